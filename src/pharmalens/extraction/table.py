"""Rows of pipe-delimited tables (research notes, pipeline overviews), read by their header."""
from __future__ import annotations

import re
from dataclasses import dataclass
from ..model.patterns import rx

_COLUMNS = {
    "company": rx(r"developer|originator|company|sponsor|公司|企业|研发方|申办方", re.I),
    "asset": rx(r"product|asset|drug(?! type)|candidate|molecule|code|产品|药物名称|管线|品种", re.I),
    "modality": rx(r"drug type|modality|type|carrier|类型|种类", re.I),
    "target": rx(r"target|靶点", re.I),
    "nuclide": rx(r"nuclide|isotope|radionuclide|核素", re.I),
    "indication": rx(r"indication|适应症|適應症", re.I),
    "stage": rx(r"stage|phase|status|进展|阶段|临床阶段", re.I),
    "note": rx(r"highlight|progress|note|remark|亮点|备注", re.I),
}


@dataclass(frozen=True)
class Cell:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class TableRow:
    start: int
    end: int
    cells: dict[str, Cell]


def table_rows(text: str) -> list[TableRow]:
    rows: list[TableRow] = []
    header: dict[int, str] | None = None
    pos = 0
    for line in text.split("\n"):
        line_start = pos
        pos += len(line) + 1
        if line.count("|") < 3:
            header = None
            continue
        cells = _cells(line, line_start)
        if header is None:
            header = _header(cells)
            continue
        if all(re.fullmatch(r"[\s:\-|]*", c.text) for c in cells):
            continue
        mapped = {header[i]: cell for i, cell in enumerate(cells) if i in header and cell.text}
        if mapped.get("asset"):
            rows.append(TableRow(line_start, line_start + len(line), mapped))
    return rows


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


def _header(cells: list[Cell]) -> dict[int, str] | None:
    mapping: dict[int, str] = {}
    for i, cell in enumerate(cells):
        for name, pattern in _COLUMNS.items():
            if name not in mapping.values() and pattern.search(cell.text):
                mapping[i] = name
                break
    return mapping if "asset" in mapping.values() else None
