"""Bylines and dated item lines are found by one pass over the text; the same lines as matching each
line on its own, spaces never reaching into the next line."""
import re

from hypothesis import given, strategies as st

from pharmalens.documents.splitting import _byline_starts, _cut_promo, _dated_item_starts, _headline_before, _lines

_MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
_LINE_BYLINE = re.compile(r"^\s*[●■◆▲•]?\s*(?:本报记者|本報記者|记者|記者|文\s*[/／|]|撰文|作者[:：]|By\s+[A-Z])", re.A)
_LINE_DATED = re.compile(rf"^\s*(?:(?:{_MONTHS})[a-z]*\.?\s+\d{{1,2}},?\s+(?:19|20)\d{{2}}|\d{{1,2}}\s+(?:{_MONTHS})[a-z]*\.?\s+"
                         r"(?:19|20)\d{2}|(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)\s*[-–—|丨]\s*\S[^\n]{0,60}$",
                         re.A | re.I)


def _plain_bylines(text, limit):
    lines, starts = _lines(text), []
    for idx, (start, end) in enumerate(lines):
        if start < limit and _LINE_BYLINE.match(text[start:end]):
            headline = _headline_before(text, lines, idx)
            starts += [headline] if headline else []
    return starts


def _plain_dated(text, limit):
    found = [start for start, end in _lines(text) if start < limit and _LINE_DATED.match(text[start:end])]
    return found if len(found) >= 2 else []


_PAGE = ("今日要闻\n\n华晟医药获批新药\n本报记者 林一\n华晟医药宣布其新药获批上市。\n\n安禾生物完成融资\n记者\n王二\n安禾生物完成B轮融资。\n"
         "March 3, 2026 - Endpoints\nKestrel Bio raises $50M.\n\n4 Mar 2026 – Fierce\nBy\nJane Roe\nBy Tom Lee\n"
         "2026-03-05\n| Source line\n文 / 张三\nMarch 6,\n2026 - Wire\n")


def test_one_pass_finds_the_lines_matching_alone_finds():
    for limit in (len(_PAGE), 60, _PAGE.index("March 3")):
        assert _byline_starts(_PAGE, _lines(_PAGE), limit) == _plain_bylines(_PAGE, limit)
        assert _dated_item_starts(_PAGE, limit) == _plain_dated(_PAGE, limit)
    assert len(_dated_item_starts(_PAGE, len(_PAGE))) == 2


_PIECES = st.sampled_from(["\n", " ", "\t", "By", " Tom", "记者", "文", "/", "标题", "March 3", ",", " 2026", " - ", "X",
                           "2026-03-05", "4 Mar", "●", "。"])


@given(st.lists(_PIECES, max_size=30), st.integers(0, 200))
def test_one_pass_agrees_on_any_page(pieces, limit):
    text = "".join(pieces)
    assert _byline_starts(text, _lines(text), limit) == _plain_bylines(text, limit)
    assert _dated_item_starts(text, limit) == _plain_dated(text, limit)


@given(st.lists(st.sampled_from(["\n", "扫码报名", "。", ".", " ", "正文", "Register now"]), max_size=30))
def test_promo_cut_agrees_with_the_last_sentence_found_forwards(pieces):
    segment = "".join(pieces)
    lines = segment.split("\n")
    last = max((i for i, line in enumerate(lines) if line.rstrip().endswith(("。", "."))), default=-1)
    tail = lines[last + 1:]
    promo = tail and len([line for line in tail if line.strip()]) <= 8 and any("扫码" in t or "Register now" in t for t in tail)
    assert _cut_promo(segment) == ("\n".join(lines[:last + 1]).rstrip() if promo else segment)


_LINE_RELATED = re.compile(r"^\s*(?:Related News|Related Articles|More News|相关新闻|相关阅读|推荐阅读|延伸阅读|相關新聞|相關閱讀)\s*[:：]?\s*$",
                           re.A | re.I)


def _plain_related(text):
    for start, end in _lines(text):
        if _LINE_RELATED.match(text[start:end]):
            rest = text[end:].strip()
            return start, ((end + 1, len(text)) if len(rest) >= 300 and rest.count("\n") >= 1 else None)
    return len(text), None


def test_the_related_block_is_the_line_matching_alone_finds():
    from pharmalens.documents.splitting import _related_block
    story = "北辰医药与Halden Bio签署授权协议。\n" * 3
    tail = "\n".join(f"Brightline Pharma item {n} " + "x" * 40 for n in range(8))
    for text in (story, story + "相关阅读：\n" + tail, story + "  RELATED NEWS \n" + tail, story + "Related\nNews\n" + tail,
                 story + "More News: extra\n" + tail, "Related Articles", story + "推荐阅读\nshort"):
        assert _related_block(text) == _plain_related(text), text[-60:]


@given(st.lists(st.sampled_from(["\n", " ", "Related News", "related news", "相关阅读", "：", ":", "x" * 120, "正文。"]), max_size=20))
def test_the_related_block_agrees_on_any_page(pieces):
    from pharmalens.documents.splitting import _related_block
    text = "".join(pieces)
    assert _related_block(text) == _plain_related(text)
