"""Tables of figures: rows named by a label, columns named by a period, a date or a change.

Results pages print them in several shapes, all read here into the same `Grid`:
- pipe and markdown tables, one row a line or a whole table run together on one line (rows then
  part at an empty cell), with row names wrapped across lines inside a cell;
- tables flattened one cell a line (header lines, then a row name and its figures);
- PDF text where a header and its rows run on in one paragraph ("项目 本报告期 ... 营业收入
  866,103,121.71-12.00 2,778,909,669.96-4.01 归属于...净利润 80,197,113.64 10.72 ...").

A row is a short label followed by a run of figures (see figures.py: glued runs are split). Column
keys come from the header before the first row (or a new header between rows): periods and dates
(2025年, 2024 (RMB Thousand), 本报告期, 年初至报告期末, 上年同期, 于2025年6月30日) and changes (YoY,
同比, 增减, 变动幅度(%), 期间变化). In pipe tables a value takes its header cell by position; in flowing
text a row of n figures takes the last n keys of the header. What a key means (which period) is for
the reader of the grid to say; this module only finds and aligns it."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..model.frozen import frozen
from ..model.budget import checked
from ..model.patterns import rx
from .figures import Figure, Unit, cell_unit, find_figures

_CHANGE = (r"(?:本报告期末?|年初至报告期末|本期|本年度?)?比上年(?:同期|度末|末)?(?:增减|变动|变化)(?:变动)?(?:幅度)?(?:\((?:%|百分比)\))?"
           r"|(?:同比|按年|期间|年度)?(?:增减|变动|变化|变幅)(?:幅度|率)?(?:\(%\))?|增长率|同比|按年"
           r"|\b(?:YoY|Y/Y|y-o-y)\b(?:\s*(?:change|growth|%))?|\b(?:%\s*)?change\b(?:\s*\(%\))?|\bgrowth\b")
_PERIOD = (r"年初至报告期末|本报告期末|本报告期|上年度末|上年同期|上年末|本期末|本期|上期"
           r"|\b(?:current|prior|previous) (?:period|year)\b"
           r"|于?(?:19|20)\d{2}年\d{1,2}月\d{1,2}日"
           r"|\b(?:as (?:of|at) )?(?:January|February|March|April|May|June|July|August|September|October|November|December)"
           r" \d{1,2},? (?:19|20)\d{2}\b"
           r"|\b(?:H[12]|Q[1-4]|[1-4]Q)\s?(?:19|20)\d{2}\b"
           r"|二[零〇][零〇一二三四五六七八九]{2}年度?(?![一二三四五六七八九十\d]{1,2}月)"
           r"|(?<![\d.,])(?:FY\s?)?(?:19|20)\d{2}(?:年(?:1-\d{1,2}月|度)?(?!\d{1,2}月)|(?![\d年月]))(?:\s?(?:H[12]|Q[1-4])\b|上半年|下半年|前三季度|第[一二三四]季度)?")
_KEY = rx(rf"(?P<change>{_CHANGE})|(?P<period>{_PERIOD})", re.I)
_GAP = rx(r"[\s$¥€£]*(?:(?:US|HK|NT)\$|RMB)?[\s$]*")  # between two figures of one row
_ALIGNMENT = rx(r":?-{3,}:?|:-+:?")
_LONG_LABEL = 30
_MAX_LABEL = 60
_MAX_GAP_PIECES = 6
_LEAD_CHARS = 400


@dataclass(frozen=True)
class Column:
    start: int
    end: int
    key: str | None  # the header key as the search text writes it, or None where the header names none
    change: bool


@dataclass(frozen=True)
class GridRow:
    start: int
    end: int
    label_start: int
    label_end: int
    label: str  # the row name with spaces, line breaks and pipes taken out
    values: tuple[Figure, ...]
    columns: tuple[Column, ...]  # one per value (a change column where the header says so)
    unit: Unit | None  # a unit the row name states ("营业收入(元)")


@dataclass(frozen=True)
class Grid:
    start: int
    end: int
    rows: tuple[GridRow, ...]
    unit: Unit | None  # the unit stated before the first row or in the header
    lead_start: int  # where the text that introduces the table (header, unit, period words) begins


@frozen
class _Piece:
    start: int
    end: int
    figures: tuple[Figure, ...] = ()
    piped: bool = False

    @property
    def is_figures(self) -> bool:
        return bool(self.figures)


def read_grids(text: str) -> list[Grid]:
    pieces = _merge_runs(_pieces(text))
    grids: list[Grid] = []
    rows: list[GridRow] = []
    header: list[Column] = []
    lead_start = 0
    unit: Unit | None = None
    last_row_piece = -10
    for i, piece in enumerate(checked(pieces)):
        if not piece.is_figures or i == 0 or pieces[i - 1].is_figures:
            continue
        if not piece.piped and len(piece.figures) < 2:
            continue
        label = _label(text, pieces[i - 1])
        if label is None:
            continue
        gap = pieces[last_row_piece + 1:i - 1]
        joined = rows and len(gap) <= _MAX_GAP_PIECES and all(_compact_len(text, p) <= 40 for p in gap)
        if not joined:
            if rows:
                grids.append(_grid(rows, unit, lead_start))
            rows, lead = [], _lead(text, pieces, i - 1, label[0])
            lead_start = lead[0] if lead else label[0]
            unit = cell_unit(text, lead_start, label[0]) if lead else None
            header = _header(text, pieces, i - 1, label[0], lead_start, piece.piped)
        else:
            new = _header(text, pieces, i - 1, label[0], pieces[last_row_piece + 1].start, piece.piped)
            header = new or header
        rows.append(_row(text, label, piece, header))
        last_row_piece = i
    if rows:
        grids.append(_grid(rows, unit, lead_start))
    return grids


def _grid(rows: list[GridRow], unit: Unit | None, lead_start: int) -> Grid:
    return Grid(rows[0].start, rows[-1].end, tuple(rows), unit, lead_start)


def _row(text: str, label: tuple[int, int], piece: _Piece, header: list[Column]) -> GridRow:
    values = piece.figures
    columns = _align(header, values)
    return GridRow(label[0], piece.end, label[0], label[1], _compact(text, label[0], label[1]), values,
                   tuple(columns), cell_unit(text, label[0], label[1]))


def _align(header: list[Column], values: tuple[Figure, ...]) -> list[Column]:
    n = len(values)
    columns = header[-n:] if len(header) >= n else header + [Column(v.start, v.start, None, False) for v in values[len(header):]]
    return [replace(c, change=True) if v.percent and not c.change else c for c, v in zip(columns, values)]


# pieces: the text cut into label-like text and runs of figures

def _pieces(text: str) -> list[_Piece]:
    pieces: list[_Piece] = []
    pos = 0
    lines = text.split("\n")
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.count("|") >= 2:
            start, first = pos, index
            while index < len(lines) and lines[index].count("|") >= 1:
                pos += len(lines[index]) + 1
                index += 1
            rows = lines[first:index]
            uniform = len(rows) >= 2 and len({row.count("|") for row in rows}) == 1  # the same cells on every line
            pieces.extend(_pipe_pieces(text, start, pos - 1, uniform))
            continue
        pieces.extend(_line_pieces(text, pos, pos + len(line)))
        pos += len(line) + 1
        index += 1
    return pieces


def _pipe_pieces(text: str, start: int, end: int, row_per_line: bool = False) -> list[_Piece]:
    """Cells between pipes; with `row_per_line`, a line break also ends a cell (a table written one
    row a line without outer pipes), else a cell may run over a line break ("研发\n投入")."""
    pieces = []
    cell_start = start
    for pos in range(start, end + 1):
        if pos == end or text[pos] == "|" or (text[pos] == "\n" and row_per_line):
            s, e = _strip(text, cell_start, pos)
            cell_start = pos + 1
            if s >= e or _ALIGNMENT.fullmatch(text[s:e]):
                continue
            figures = find_figures(text, s, e)
            if figures and _only_figures(text, s, e, figures) and not _years(figures):
                pieces.append(_Piece(s, e, tuple(figures), piped=True))
            else:
                pieces.append(_Piece(s, e, piped=True))
    return pieces


def _line_pieces(text: str, start: int, end: int) -> list[_Piece]:
    pieces = []
    runs = _runs(text, find_figures(text, start, end))
    pos = start
    for run in runs:
        if (len(run) < 2 and not _whole(text, run, start, end)) or _years(run):
            continue
        s, e = _strip(text, pos, run[0].start)
        if s < e and not _GAP.fullmatch(text, s, e):  # a currency sign alone ("$ 18,420") is no label
            pieces.append(_Piece(s, e))
        pieces.append(_Piece(run[0].start, run[-1].end, tuple(run)))
        pos = run[-1].end
    s, e = _strip(text, pos, end)
    if s < e:
        pieces.append(_Piece(s, e))
    return pieces


def _only_figures(text: str, start: int, end: int, figures: list[Figure]) -> bool:
    """A cell holding nothing but figures (and the currency sign a statement prints before them)."""
    rest, pos = [], start
    for figure in figures:
        rest.append(text[pos:figure.start])
        pos = figure.end
    rest.append(text[pos:end])
    return bool(_GAP.fullmatch("".join(rest)))


def _years(figures: list[Figure]) -> bool:
    """"2025 | 2024": a header of years, not a row of figures."""
    return all(f.value is not None and not f.percent and f.value == f.value.to_integral() and 1990 <= f.value <= 2099
               and f.end - f.start == 4 for f in figures)


def _whole(text: str, run: list[Figure], start: int, end: int) -> bool:
    """A line that holds the run and nothing else but a currency sign ("$ 18,420", "(1,204)")."""
    return bool(_GAP.fullmatch(text[start:run[0].start])) and not text[run[-1].end:end].strip()


def _runs(text: str, figures: list[Figure]) -> list[list[Figure]]:
    runs: list[list[Figure]] = []
    for figure in figures:
        if runs and _GAP.fullmatch(text[runs[-1][-1].end:figure.start]):
            runs[-1].append(figure)
        else:
            runs.append([figure])
    return runs


def _merge_runs(pieces: list[_Piece]) -> list[_Piece]:
    merged: list[_Piece] = []
    for piece in pieces:
        if merged and piece.is_figures and merged[-1].is_figures:
            last = merged[-1]
            merged[-1] = _Piece(last.start, piece.end, last.figures + piece.figures, last.piped or piece.piped)
        else:
            merged.append(piece)
    return merged


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t\r\n|":
        start += 1
    while end > start and text[end - 1] in " \t\r\n|":
        end -= 1
    return start, end


# labels and headers

def _label(text: str, piece: _Piece) -> tuple[int, int] | None:
    """The row name: the whole text piece, or the tail of a long one (after its last header key,
    sentence mark or space)."""
    start, end = piece.start, piece.end
    if _compact_len(text, piece) > _LONG_LABEL and not piece.piped:
        cut = start
        for match in _KEY.finditer(text, start, end):
            cut = max(cut, match.end())
        marks = "。;；:：\t\n" if _own_line(text, start) else "。;；:： \t\n"
        for mark in marks:
            cut = max(cut, text.rfind(mark, start, end) + 1)
        start, end = _strip(text, cut, end)
    length = len(_compact(text, start, end))
    if length == 0 or length > _MAX_LABEL or text[end - 1] in "。.;；":
        return None
    return start, end


def _own_line(text: str, start: int) -> bool:
    """A label that starts its line ("Research and development expenses (456,120)"): its spaces are
    inside the name, not after the text before it."""
    return not text[text.rfind("\n", 0, start) + 1:start].strip()


def _lead(text: str, pieces: list[_Piece], label_index: int, label_start: int) -> tuple[int, int] | None:
    """The text introducing a table: short pieces before its first row, or the end of a long one."""
    start = label_start
    if pieces[label_index].start < label_start:
        start = max(pieces[label_index].start, label_start - _LEAD_CHARS)
    for piece in reversed(pieces[max(0, label_index - 8):label_index]):
        if piece.is_figures or label_start - piece.start > _LEAD_CHARS:
            break
        start = piece.start
        if _compact_len(text, piece) > 80:
            start = max(piece.start, piece.end - 200)
            break
    return (start, label_start) if start < label_start else None


def _header(text: str, pieces: list[_Piece], label_index: int, label_start: int, lead_start: int,
            piped: bool) -> list[Column]:
    if piped:
        cells = [p for p in pieces[:label_index] if p.start >= lead_start and not p.is_figures]
        columns = [_cell_column(text, cell) for cell in cells]
        if any(c.key for c in columns):  # "| | 2026年 | 2025年 |" over "| | 人民币千元 | 人民币千元 |": the units name no column
            columns = [c for c, cell in zip(columns, cells) if c.key or cell_unit(text, cell.start, cell.end) is None]
        return columns
    return _flow_columns(text, lead_start, label_start)


def _flow_columns(text: str, start: int, end: int) -> list[Column]:
    compact, index = _compact_map(text, start, end, "\n")  # a key never runs across a line ("December 31,\n2025")
    columns = []
    for match in _KEY.finditer(compact):
        columns.append(Column(index[match.start()], index[match.end() - 1] + 1, match.group(0), bool(match.group("change"))))
    return columns


def _cell_column(text: str, cell: _Piece) -> Column:
    compact, index = _compact_map(text, cell.start, cell.end)
    keys = list(_KEY.finditer(compact))
    change = any(k.group("change") for k in keys)
    period = next((k for k in keys if k.group("period")), None)
    chosen = period if period and not change else (keys[0] if keys else None)
    if chosen is None:
        return Column(cell.start, cell.end, None, False)
    return Column(index[chosen.start()], index[chosen.end() - 1] + 1, chosen.group(0), change)


def _compact_map(text: str, start: int, end: int, line_break: str = " ") -> tuple[str, list[int]]:
    """text[start:end] without line breaks, pipes and spaces beside Chinese characters, with the
    index in `text` of each kept character. A line break between English words is `line_break`."""
    chars, index = [], []
    for pos in range(start, end):
        ch = text[pos]
        if ch == "\n" and chars and chars[-1] not in " \n" and chars[-1].isascii() and _ascii_next(text, pos, end):
            chars.append(line_break)  # "Nine Months Ended\n2025\n2024": English cells a line each stay apart
            index.append(pos)
            continue
        if ch in "|\n\r\t":
            continue
        if ch == " " and (not chars or not _ascii_around(text, pos, start, end) or chars[-1] == " "):
            continue
        chars.append(ch)
        index.append(pos)
    return "".join(chars), index


def _ascii_next(text: str, pos: int, end: int) -> bool:
    while pos < end and text[pos] in "|\n\r\t ":
        pos += 1
    return pos < end and text[pos].isascii()


def _ascii_around(text: str, pos: int, start: int, end: int) -> bool:
    before = text[pos - 1] if pos > start else ""
    after = text[pos + 1] if pos + 1 < end else ""
    return before.isascii() and after.isascii() and before not in "|\n" and after not in "|\n"


def _compact(text: str, start: int, end: int) -> str:
    return _compact_map(text, start, end)[0]


def _compact_len(text: str, piece: _Piece) -> int:
    return len(_compact(text, piece.start, piece.end))
