"""Splitting a file's text into articles and cutting page furniture.

A newspaper page holds several articles, each opened by a short headline block followed by a byline;
a web page ends with previous/next links, a related-news block or an event advertisement, none of
which is an article."""
from __future__ import annotations

import re
from ..model.patterns import rx

# Line patterns run over "\n" + the text: each match opens with the newline before its line (found by a
# plain character scan, where a pattern opening with ^ is tried at every position), and its spaces never
# cross into the next line.
_S = r"[^\S\n]"
_BYLINE = re.compile(rf"\n{_S}*[●■◆▲•]?{_S}*(?:本报记者|本報記者|记者|記者|文{_S}*[/／|]|撰文|作者[:：]|By{_S}+[A-Z])", re.A)
_RELATED = re.compile(rf"\n{_S}*(?:Related News|Related Articles|More News|相关新闻|相关阅读|推荐阅读|延伸阅读|相關新聞|相關閱讀)"
                      rf"{_S}*[:：]?{_S}*$", re.A | re.I | re.M)
_TRAILING_FURNITURE = rx(
    r"^\s*(?:Previous page|Previous|Next page|Next|上一篇.*|下一篇.*|返回.*|分享到?.*|Share.*|打印|关闭|"
    r"责任编辑.*|Editor[:：].*|Reads?[:：]?\s*\d*|阅读\s*\d*|点赞.*|收藏)\s*$", re.IGNORECASE)
_PROMO = rx(r"二维码|扫码|免费预约|免费报名|立即报名|报名通道|直播预告|Register now|Sign up|Scan the QR", re.IGNORECASE)
_SENTENCE_END = ("。", ".", "！", "？", "!", "?", "”", "\"")
_HEADLINE_MAX = 44
_RELATED_MIN_CHARS = 300


def split_articles(text: str) -> list[tuple[int, int]]:
    """[start, end) spans of the articles in a file's text, in order."""
    lines = _lines(text)
    body_end, related = _related_block(text)
    starts = sorted({0, *_byline_starts(text, lines, body_end), *_dated_item_starts(text, body_end)})
    spans = []
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else body_end
        spans.append(_trim(text, start, end))
    if related is not None:
        spans.append(_trim(text, *related))
    return [s for s in spans if text[s[0]:s[1]].strip()]


def _lines(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for raw in text.split("\n"):
        spans.append((pos, pos + len(raw)))
        pos += len(raw) + 1
    return spans


def _related_block(text: str) -> tuple[int, tuple[int, int] | None]:
    match = _RELATED.search("\n" + text)
    if match is None:
        return len(text), None
    start, end = match.start(), match.end() - 1
    rest = text[end:].strip()
    if len(rest) >= _RELATED_MIN_CHARS and rest.count("\n") >= 1:
        return start, (end + 1, len(text))
    return start, None


def _byline_starts(text: str, lines: list[tuple[int, int]], limit: int) -> list[int]:
    starts: list[int] = []
    line_index: dict[int, int] = {}
    for match in _BYLINE.finditer("\n" + text):
        if match.start() >= limit:
            break
        line_index = line_index or {start: idx for idx, (start, _) in enumerate(lines)}
        headline = _headline_before(text, lines, line_index[match.start()])
        if headline is not None and headline > 0:
            starts.append(headline)
    return starts


_DATED_SOURCE = re.compile(rf"\n{_S}*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?{_S}+\d{{1,2}},?{_S}+(?:19|20)\d{{2}}|"
                           rf"\d{{1,2}}{_S}+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?{_S}+(?:19|20)\d{{2}}|"
                           rf"(?:19|20)\d{{2}}{_S}*[-/.年]{_S}*\d{{1,2}}{_S}*[-/.月]{_S}*\d{{1,2}}{_S}*日?){_S}*[-–—|丨]{_S}*\S[^\n]{{0,60}}$",
                           re.A | re.I | re.M)


def _dated_item_starts(text: str, limit: int) -> list[int]:
    """A digest page: each item opened by a line holding only its date and source ("December 2, 2019 -
    Fierce Biotech"); one such line is a dateline, two or more split the page."""
    found = [match.start() for match in _DATED_SOURCE.finditer("\n" + text) if match.start() < limit]
    return found if len(found) >= 2 else []


def _headline_before(text: str, lines: list[tuple[int, int]], idx: int) -> int | None:
    """Start of the block of one to three short headline lines right above a byline, if there is
    one and something stands before it."""
    first = None
    count = 0
    j = idx - 1
    while j >= 0:
        line = _line(text, lines[j]).strip()
        if not line:
            j -= 1
            continue
        if len(line) > _HEADLINE_MAX or line.endswith(("。", ".")) or count == 3:
            break
        first = lines[j][0]
        count += 1
        j -= 1
    if first is None:
        return None
    has_text_before = any(_line(text, lines[k]).strip() for k in range(0, j + 1))
    return first if has_text_before else None


def _line(text: str, span: tuple[int, int]) -> str:
    return text[span[0]:span[1]]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Cut trailing page furniture and a trailing advertisement block."""
    segment = text[start:end]
    kept = segment.rstrip()
    while True:
        last_break = kept.rfind("\n")
        last = kept[last_break + 1:]
        if last.strip() and _TRAILING_FURNITURE.match(last):
            kept = kept[:max(0, last_break)].rstrip()
            continue
        break
    kept = _cut_promo(kept)
    return start, start + len(kept)


def _cut_promo(segment: str) -> str:
    lines = segment.split("\n")
    last_sentence = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].rstrip().endswith(("。", "."))), -1)
    tail = lines[last_sentence + 1:]
    if tail and len([line for line in tail if line.strip()]) <= 8 and any(_PROMO.search(line) for line in tail):
        return "\n".join(lines[:last_sentence + 1]).rstrip()
    return segment

