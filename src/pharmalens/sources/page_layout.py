"""Reading order of one PDF page from positioned words: rows, a column gutter, paragraphs, tables.

Words come in with their boxes (points, top-down y). A page may open with full-width rows (a title)
and continue in two columns; each run of rows that the gutter divides is read left column first.
Rows inside the header and footer bands are returned apart, so the document reader can drop the
ones that repeat on every page and the page numbers."""
from __future__ import annotations

import re
from dataclasses import dataclass

_CJK = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")
_SENTENCE_END = tuple("。！？!?；;：:.\"”」）)")
BAND = 0.08  # share of the page height kept for headers at the top and footers at the bottom


@dataclass(frozen=True)
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float


@dataclass(frozen=True)
class Row:
    words: tuple[Word, ...]

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return self.words[-1].x1

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @property
    def height(self) -> float:
        return self.bottom - self.top

    @property
    def text(self) -> str:
        out = self.words[0].text
        for before, word in zip(self.words, self.words[1:]):
            touching = word.x0 - before.x1 < 0.15 * (word.bottom - word.top)
            cjk = _CJK.match(before.text[-1]) and _CJK.match(word.text[0])
            out += ("" if touching and cjk else " ") + word.text
        return out


@dataclass(frozen=True)
class Block:
    """Text read as one unit: a paragraph or a table row, placed on the page at `top`."""

    top: float
    text: str


@dataclass(frozen=True)
class PageText:
    body: list[str]  # paragraphs and table rows in reading order
    furniture: list[str]  # header and footer rows


def group_rows(words: list[Word]) -> list[Row]:
    """Words on the same baseline form a row, in left-to-right order."""
    rows: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (round(w.top + w.bottom), w.x0)):
        middle = (word.top + word.bottom) / 2
        if rows:
            last = rows[-1]
            centre = sum((w.top + w.bottom) / 2 for w in last) / len(last)
            if abs(middle - centre) < 0.5 * (word.bottom - word.top):
                last.append(word)
                continue
        rows.append([word])
    return [Row(tuple(sorted(r, key=lambda w: w.x0))) for r in rows]


def split_row(row: Row, gutter: tuple[float, float] | None) -> tuple[Row | None, Row | None, bool]:
    """(left part, right part, crosses) of a row around the gutter band [left edge, right edge]: a row
    with a word reaching into the band spans both columns."""
    if gutter is None:
        return row, None, True
    left_edge, right_edge = gutter
    if any(w.x0 < right_edge and w.x1 > left_edge for w in row.words):
        return row, None, True
    left = tuple(w for w in row.words if w.x1 <= left_edge)
    right = tuple(w for w in row.words if w.x0 >= right_edge)
    return (Row(left) if left else None), (Row(right) if right else None), False


def find_gutter(rows: list[Row], width: float) -> tuple[float, float] | None:
    """The empty band between two columns: found at an x in the middle half of the page that many
    rows skip over and almost none cross, then widened to the columns' inner edges."""
    best, best_split = None, 0
    for step in range(int(width * 0.25), int(width * 0.75), 2):
        x = float(step)
        split = crossing = 0
        for row in rows:
            if any(w.x0 - 2 < x < w.x1 + 2 for w in row.words):
                crossing += 1
            elif _wide_gap_at(row, x):
                split += 1
        if split >= 2 and crossing <= max(2, len(rows) // 4) and split > best_split:
            best, best_split = x, split
    if best is None:
        return None
    divided = [r for r in rows if _wide_gap_at(r, best) and not any(w.x0 < best < w.x1 for w in r.words)]
    left_edge = max(w.x1 for r in divided for w in r.words if w.x1 <= best)
    right_edge = min(w.x0 for r in divided for w in r.words if w.x0 >= best)
    return left_edge, right_edge


def _wide_gap_at(row: Row, x: float) -> bool:
    """The row has words on both sides of x, further apart than a space between words."""
    before = [w.x1 for w in row.words if w.x1 <= x]
    after = [w.x0 for w in row.words if w.x0 >= x]
    return bool(before and after) and min(after) - max(before) >= max(8.0, 1.2 * row.height)


def paragraphs(rows: list[Row]) -> list[Block]:
    """Rows of one column joined into paragraphs: a new paragraph after a wide vertical gap, or after
    a short row that ends a sentence."""
    blocks: list[Block] = []
    if not rows:
        return blocks
    right_edge = max(r.x1 for r in rows)
    left_edge = min(r.x0 for r in rows)
    text, top, previous = rows[0].text, rows[0].top, rows[0]
    for row in rows[1:]:
        gap = row.top - previous.bottom
        short = previous.x1 < left_edge + 0.85 * (right_edge - left_edge)
        if gap > 0.9 * max(previous.height, row.height) or (short and text.endswith(_SENTENCE_END)):
            blocks.append(Block(top, text))
            text, top = row.text, row.top
        else:
            text = _join(text, row.text)
        previous = row
    blocks.append(Block(top, text))
    return blocks


def _join(text: str, more: str) -> str:
    if _CJK.match(text[-1]) or _CJK.match(more[0]):
        return text + more
    if text.endswith("-") and len(text) > 1 and text[-2].islower() and more[0].islower():
        return text[:-1] + more
    return f"{text} {more}"


def read_page(words: list[Word], width: float, height: float, tables: list[Block]) -> PageText:
    """The page's paragraphs and table rows in reading order, and its header/footer rows."""
    rows = group_rows(words)
    furniture = [r for r in rows if r.bottom < height * BAND or r.top > height * (1 - BAND)]
    body = [r for r in rows if r.bottom >= height * BAND and r.top <= height * (1 - BAND)]
    gutter = find_gutter(body, width)
    blocks: list[Block] = []
    full: list[Row] = []
    left_run: list[Row] = []
    right_run: list[Row] = []
    for row in body:
        left, right, crosses = split_row(row, gutter)
        if crosses:
            blocks.extend(paragraphs(left_run) + paragraphs(right_run))
            left_run, right_run = [], []
            full.append(row)
            continue
        blocks.extend(paragraphs(full))
        full = []
        left_run.extend([left] if left else [])
        right_run.extend([right] if right else [])
    blocks.extend(paragraphs(full) + paragraphs(left_run) + paragraphs(right_run))
    return PageText(_with_tables(blocks, tables), [r.text for r in furniture])


def _with_tables(blocks: list[Block], tables: list[Block]) -> list[str]:
    """Text stays in the order it was read; table rows go in by their place on the page."""
    out: list[str] = []
    pending = sorted(tables, key=lambda b: b.top)
    for block in blocks:
        while pending and pending[0].top < block.top:
            out.append(pending.pop(0).text)
        out.append(block.text)
    out.extend(b.text for b in pending)
    return out
