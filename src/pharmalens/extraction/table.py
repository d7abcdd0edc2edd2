"""Pipe-delimited tables (research notes, pipeline overviews, deal lists, results snapshots), read
by their header: each column gets a role, each row becomes a dict of role to cell with exact spans."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model.frozen import frozen
from ..model.patterns import rx

# Checked in order; the first role whose pattern matches a header cell wins.
_ROLES = [
    ("licensee", rx(r"被许可方|被授权方|引进方|(?<!被)收购方|licensee|受让方|买方|acquirer|buyer|in-licensor", re.I)),
    ("licensor", rx(r"许可方|(?<!被)授权方|出让方|被收购方|licensor|转让方|卖方|seller|out-licensor|target company", re.I)),
    ("upfront", rx(r"首付|upfront", re.I)),
    ("total", rx(r"总额|总金额|交易价值|交易金额|total|deal value|headline", re.I)),
    ("milestones", rx(r"里程碑|milestone", re.I)),
    ("yoy", rx(r"yoy|y/y|同比|增速|growth", re.I)),
    ("net_profit", rx(r"净利|net (?:profit|income|loss)|溢利", re.I)),
    ("rd_expense", rx(r"研发(?:费用|投入|开支)|r&d|research and development", re.I)),
    ("revenue", rx(r"营收|营业收入|收益|revenue|sales", re.I)),
    ("n", rx(r"例数|可评估|evaluable|^n$|patients", re.I)),
    ("ORR", rx(r"^ORR|客观缓解", re.I)),
    ("DCR", rx(r"^DCR|疾病控制", re.I)),
    ("PFS_median", rx(r"mPFS|median PFS|中位无进展|中位PFS", re.I)),
    ("company", rx(r"developer|originator|company|sponsor|公司|企业|研发方|申办方", re.I)),
    ("asset", rx(r"product|asset|drug(?! type)|candidate|molecule|code|产品|药物|资产|管线|品种", re.I)),
    ("facility", rx(r"facility|设施", re.I)),
    ("site", rx(r"\bsite\b|location|地点|基地|城市", re.I)),
    ("modality", rx(r"drug type|modality|carrier|类型|\btype\b|种类", re.I)),
    ("target", rx(r"target|靶点", re.I)),
    ("nuclide", rx(r"nuclide|isotope|核素", re.I)),
    ("indication", rx(r"indication|适应症", re.I)),
    ("stage", rx(r"stage|phase|status|进展|阶段", re.I)),
    ("date", rx(r"date|month|announced|start|时间|日期|月份|年份", re.I)),
    ("note", rx(r"highlight|progress|note|remark|comment|亮点|备注|来源", re.I)),
]


@frozen
class Cell:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class TableRow:
    start: int
    end: int
    cells: dict[str, Cell]


@dataclass(frozen=True)
class Table:
    start: int
    end: int
    header: dict[str, Cell]
    rows: list[TableRow]


def read_tables(text: str) -> list[Table]:
    """Pipe tables, and tables flattened to one cell per line (a web page copied as text)."""
    return sorted(_pipe_tables(text) + _flattened_tables(text), key=lambda t: t.start)


_CELL_CHARS = 60
_HEADER_CHARS = 24
_SENTENCE_END = ("。", ".", "!", "?", ";", ":", ",")


def _flattened_tables(text: str) -> list[Table]:
    """A run of short header lines that each name a column role, then the cells row by row, one per
    line (blank lines between them allowed): as many cells per row as there were headers."""
    lines = [(m.start() + len(m.group(0)) - len(m.group(0).lstrip()), m.end(), m.group(0).strip())
             for m in re.finditer(r"[^\n]+", text) if m.group(0).strip()]
    tables, i = [], 0
    while i < len(lines):
        width = _header_width(lines, i)
        if width < 3:
            i += 1
            continue
        header_cells = [Cell(s, s + len(t), t) for s, _, t in lines[i:i + width]]
        roles = _roles(header_cells)
        rows, j = [], i + width
        while j + width <= len(lines) and all(_cell_like(t) for _, _, t in lines[j:j + width]):
            cells = [Cell(s, s + len(t), t) for s, _, t in lines[j:j + width]]
            rows.append(TableRow(cells[0].start, cells[-1].end, {roles[k]: c for k, c in enumerate(cells) if k in roles}))
            j += width
        if rows:
            tables.append(Table(header_cells[0].start, rows[-1].end, {r: header_cells[k] for k, r in roles.items()}, rows))
            i = j
        else:
            i += 1
    return tables


def _header_width(lines: list[tuple[int, int, str]], i: int) -> int:
    """How many lines from i are column headers: short, no sentence end, each naming a distinct role,
    with parties or an asset among them."""
    width = 0
    while i + width < len(lines) and width < 8:
        line = lines[i + width][2]
        if len(line) > _HEADER_CHARS or line.endswith(_SENTENCE_END):
            break
        roles = _roles([Cell(0, len(x), x) for _, _, x in lines[i:i + width + 1]])
        if len(roles) != width + 1:
            break
        width += 1
    named = set(_roles([Cell(0, len(x), x) for _, _, x in lines[i:i + width]]).values())
    return width if named & {"licensor", "licensee", "asset", "company"} else 0


def _cell_like(line: str) -> bool:
    return len(line) <= _CELL_CHARS and not line.endswith(("。", "!", "?"))


def _pipe_tables(text: str) -> list[Table]:
    tables: list[Table] = []
    header: dict[int, str] | None = None
    header_cells: dict[str, Cell] = {}
    rows: list[TableRow] = []
    start = pos = 0
    for line in text.split("\n") + [""]:
        line_start = pos
        pos += len(line) + 1
        if line.count("|") < 3:
            if header is not None and rows:
                tables.append(Table(start, rows[-1].end, header_cells, rows))
            header, header_cells, rows = None, {}, []
            continue
        cells = _cells(line, line_start)
        if header is None:
            header = _roles(cells)
            header_cells = {role: cells[i] for i, role in header.items()}
            start = line_start
            continue
        if all(re.fullmatch(r"[\s:\-|—]*", c.text) for c in cells):
            continue
        mapped = {header[i]: cell for i, cell in enumerate(cells) if i in header and cell.text}
        rows.append(TableRow(line_start, line_start + len(line), mapped))
    return tables


def table_rows(text: str) -> list[TableRow]:
    """Rows of the text's tables that list assets (a product or drug column)."""
    return asset_rows(read_tables(text))


def asset_rows(tables: list[Table]) -> list[TableRow]:
    """Rows of tables that list assets (a product or drug column)."""
    return [row for table in tables if "asset" in table.header and "licensor" not in table.header
            for row in table.rows if row.cells.get("asset")]


def deal_asset_rows(table: Table) -> list[TableRow]:
    """Rows of a deal table (licensor and asset columns): their asset cell may describe the drug."""
    return [row for row in table.rows if row.cells.get("asset")] if "licensor" in table.header else []


def line_cells(line: str, offset: int) -> list[Cell]:
    """The cells of one pipe-table line, spans offset by where the line starts."""
    return _cells(line, offset)


def _cells(line: str, offset: int) -> list[Cell]:
    cells = []
    pos = 0
    parts = line.split("|")
    for i, part in enumerate(parts):
        start = offset + pos
        pos += len(part) + 1
        if (i == 0 or i == len(parts) - 1) and not part.strip():
            continue
        stripped = part.strip().strip("`").strip()
        lead = part.find(stripped) if stripped else 0
        cells.append(Cell(start + lead, start + lead + len(stripped), stripped))
    return cells


def _roles(cells: list[Cell]) -> dict[int, str]:
    mapping: dict[int, str] = {}
    for i, cell in enumerate(cells):
        for name, pattern in _ROLES:
            if name == "yoy" and pattern.search(cell.text) and i - 1 in mapping:
                mapping[i] = f"yoy:{mapping[i - 1]}"
                break
            if name not in mapping.values() and pattern.search(cell.text):
                mapping[i] = name
                break
    if "licensor" in mapping.values() or "licensee" in mapping.values():
        mapping = {i: ("deal_type" if role == "modality" else role) for i, role in mapping.items()}
    if "facility" in mapping.values() and "modality" in mapping.values():
        mapping = {i: r for i, r in mapping.items() if r != "modality"}
    return mapping


_UNIT = rx(r"(?P<cur>RMB|CNY|HK\$|HKD|US\$|USD|EUR|€|人民币|港元|港币|美元|欧元)?\s*"
           r"(?P<unit>million|mn|billion|bn|百万|亿|万|千)\s*(?P<cur2>美元|港元|港币|欧元|人民币|元)?", re.I)
_CURRENCIES = {"rmb": "CNY", "cny": "CNY", "人民币": "CNY", "元": "CNY", "hk$": "HKD", "hkd": "HKD",
               "港元": "HKD", "港币": "HKD", "us$": "USD", "usd": "USD", "美元": "USD", "eur": "EUR",
               "€": "EUR", "欧元": "EUR"}
_TO_MILLIONS = {"million": 1, "mn": 1, "百万": 1, "billion": 1000, "bn": 1000, "亿": 100,
                "万": 0.01, "千": 0.001}


def table_unit(text: str, table: Table, column: Cell | None = None) -> tuple[str, float] | None:
    """Currency and factor to millions stated in a column header or around the table
    ("首付款（百萬美元）", "Figures are in RMB million", "金額單位：百萬美元")."""
    places = [column.text] if column else []
    places += [text[max(0, table.start - 400):table.start], text[table.end:table.end + 200]]
    for place in places:
        for match in _UNIT.finditer(place):
            currency = match.group("cur") or match.group("cur2")
            if currency:
                return _CURRENCIES[currency.casefold()], _TO_MILLIONS[match.group("unit").casefold()]
    return None


def cell_number(cell: Cell | None) -> float | None:
    if cell is None:
        return None
    match = re.fullmatch(r"\s*([+\-−]?)\s*(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*%?\s*", cell.text)
    if not match:
        return None
    value = float(match.group(2).replace(",", ""))
    return -value if match.group(1) in ("-", "−") else value
