"""List items and key: value cards, and the line breaks that only wrap a line.

An item starts at a marker at the start of a line (•, ●, ★, ▪, -, *, 1., 1、, (1), (一), 一、, ①, A.)
or is a card line "key: value" ("股票编号: 01763", "1.事实发生日:107/03/09", "Net Loss: Grew to ...").
Lines indented under an item, without a marker of their own, continue it. Machine summaries that run
their bullets together on one line (" - The company ... - Revenue ...") are cut at each " - ".

`unwrap(text)` gives a copy of the same length in which a line break that only wraps a line (inside
an item, or before an indented line that continues an unfinished one) is a space, so sentences and
clauses read across it."""
from __future__ import annotations

import re

from ..model.frozen import frozen
from ..model.patterns import rx

_MARKER = rx(r"(?P<marker>[•●○◦▪▫■□◆◇★☆►▶➢✓✔‧·\-–—*](?=\s|[\u4e00-\u9fff])|\d{1,2}[.、)](?!\d)|[(]\d{1,2}[)]"
             r"|[(][一二三四五六七八九十]{1,3}[)]|[一二三四五六七八九十]{1,3}、|[①-⑳]|[A-Za-z][.)](?=\s|[\u4e00-\u9fff]))\s*")
_KEY = rx(r"(?P<key>[^:,，。;；!?()\n]{1,40}?)\s*:\s*(?=\S)")
_TIME_OR_LINK = rx(r"\d\s*$|https?$|www$", re.I)
_RUN_ON = rx(r"\s-\s+(?=[A-Z\u4e00-\u9fff])")
_TERMINAL = "。！？!?"


@frozen
class Item:
    start: int
    end: int  # end of the item, continuation lines included
    marker: tuple[int, int] | None
    key: tuple[int, int] | None  # "Net Loss" in "Net Loss: Grew to ...", "核药" in "(二)核药:营业额..."
    value: tuple[int, int]  # what follows the marker and key
    indent: int


def read_items(text: str) -> list[Item]:
    items: list[Item] = []
    lines = line_spans(text)
    i = 0
    while i < len(lines):
        start, end = lines[i]
        body = text[start:end]
        indent = len(body) - len(body.lstrip(" \t"))
        head = start + indent
        marker = _MARKER.match(text, head, end)
        key = _key(text, marker.end() if marker else head, end)
        if marker is None and key is None:
            items.extend(_run_on(text, start, end))
            i += 1
            continue
        j = i + 1
        while j < len(lines) and _continues(text, lines[j], indent):
            end = lines[j][1]
            j += 1
        value_start = key[1] if key else marker.end()
        key_span = (key[0], key[0] + len(text[key[0]:key[1]].split(":")[0].rstrip())) if key else None
        items.append(Item(head, end, marker.span("marker") if marker else None, key_span, (value_start, end), indent))
        i = j
    return items


def unwrap(text: str, items: list[Item] | None = None) -> str:
    chars = list(text)
    for item in read_items(text) if items is None else items:
        for pos in range(item.start, item.end):
            if chars[pos] == "\n":
                chars[pos] = " "
    lines = line_spans(text)
    for (s0, e0), (s1, e1) in zip(lines, lines[1:]):
        previous = text[s0:e0].rstrip()
        following = text[s1:e1]
        if previous and previous[-1] not in _TERMINAL and following[:2] in ("  ", "\t ") and following.strip() \
                and not _MARKER.match(following.lstrip(" \t")) and e0 < len(chars):
            chars[e0] = " "
    return "".join(chars)


def line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line of the text, without its newline."""
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _key(text: str, start: int, end: int) -> tuple[int, int] | None:
    match = _KEY.match(text, start, end)
    if not match or _TIME_OR_LINK.search(match.group("key")) or not re.search(r"[A-Za-z\u4e00-\u9fff]", match.group("key")):
        return None
    return match.start("key"), match.end()


def _continues(text: str, line: tuple[int, int], indent: int) -> bool:
    body = text[line[0]:line[1]]
    stripped = body.lstrip(" \t")
    if not stripped:
        return False
    own = len(body) - len(stripped)
    return own > indent and not _MARKER.match(stripped)


def _run_on(text: str, start: int, end: int) -> list[Item]:
    if text.count("-", start, end) < 2:
        return []  # each cut holds its own hyphen: a line with fewer than two has no run-on items
    cuts = [m for m in _RUN_ON.finditer(text, start, end)]
    if len(cuts) < 2:
        return []
    items = []
    for k, cut in enumerate(cuts):
        stop = cuts[k + 1].start() if k + 1 < len(cuts) else end
        marker = (cut.start() + 1, cut.start() + 2)
        key = _key(text, cut.end(), stop)
        key_span = (key[0], key[0] + len(text[key[0]:key[1]].split(":")[0].rstrip())) if key else None
        items.append(Item(cut.start() + 1, stop, marker, key_span, (key[1] if key else cut.end(), stop), 0))
    return items


def card_runs(text: str, items: list[Item]) -> list[list[Item]]:
    """Summary cards: runs of two or more keyed lines ("**Round:** Series A", "许可方：甲") with nothing
    but a line break between them."""
    runs: list[list[Item]] = []
    for item in items:
        if item.key is None:
            continue
        if runs and not text[runs[-1][-1].end:item.start].strip():
            runs[-1].append(item)
        else:
            runs.append([item])
    return [run for run in runs if len(run) >= 2]


def bullets_under(text: str, pos: int) -> int | None:
    """Where the bulleted lines right under a heading line end, `pos` being where the heading's own words
    end ("**1. A — B (license)**" then "- Asset: …", "- Terms: …"): they tell that item's details.
    None when the line runs on after `pos` or no bullet follows it."""
    line_end = text.find("\n", pos)
    if line_end < 0 or text[pos:line_end].strip(" \t*_"):
        return None
    end = None
    for bullet in _BULLET_LINE.finditer(text, line_end + 1):
        if bullet.start() != (end + 1 if end is not None else line_end + 1):
            break
        end = bullet.end()
    return end


_BULLET_LINE = rx(r"^[ \t]*(?:[-•·▪◦]|\*(?!\*))[ \t]+[^\n]*", re.M)
