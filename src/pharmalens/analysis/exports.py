"""Writing the store out as JSON Lines, CSV, XLSX or Parquet for people who live in spreadsheets.

All formats read `Store.export_records()`. JSON Lines is the lossless one (`Store.import_records`
reads it back); the others flatten each fact's payload into columns ("upfront.amount", ...).
"""
from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from pharmalens.store import FACT_KINDS, Store

from .errors import AnalysisError

FORMATS = ("jsonl", "csv", "xlsx", "parquet")
SHEETS = ("documents", "companies", *FACT_KINDS)
LIST_NAMES = {kind: name for name, kind in FACT_KINDS.items()}
EXCEL_CELL_LIMIT = 32767


class ExportError(AnalysisError):
    """An export that cannot be written: unknown format, missing library, unwritable path."""

    code = "export_failed"

    def __init__(self, message: str, code: str = "export_failed") -> None:
        super().__init__(message)
        self.code = code


def export(store: Store, fmt: str, out: str | Path) -> dict[str, Any]:
    """Write the store to `out` in `fmt`; returns {"format", "path", "rows"} with rows per sheet."""
    writers = {"jsonl": write_jsonl, "csv": write_csv, "xlsx": write_xlsx, "parquet": write_parquet}
    if fmt not in writers:
        raise ExportError(f"unknown export format {fmt!r}; allowed: {', '.join(FORMATS)}", code="bad_format")
    path = Path(out)
    try:
        rows = writers[fmt](store.export_records(), path)
    except OSError as exc:
        raise ExportError(f"could not write {path}: {exc.strerror or exc}") from None
    return {"format": fmt, "path": str(path), "rows": rows}


def write_jsonl(records: Iterable[dict[str, Any]], path: Path) -> dict[str, int]:
    counts: dict[str, int] = {}
    with path.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False, sort_keys=True, allow_nan=False) + "\n")
            counts[record["type"]] = counts.get(record["type"], 0) + 1
    return counts


def read_jsonl(path: str | Path) -> Iterator[dict[str, Any]]:
    """The records of a JSON Lines export, one per non-empty line."""
    with Path(path).open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                yield json.loads(line)
            except ValueError as exc:
                raise ExportError(f"{path}, line {number}: not JSON ({exc})", code="bad_jsonl") from None


def sheets(records: Iterable[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Flat rows by sheet name: documents, companies, then one per contract list (deals, ...)."""
    out: dict[str, list[dict[str, Any]]] = {name: [] for name in SHEETS}
    for record in records:
        kind = record["type"]
        if kind == "document":
            out["documents"].append(flatten({k: v for k, v in record.items() if k != "type"}))
        elif kind == "company":
            out["companies"].append(flatten({k: v for k, v in record.items() if k != "type"}))
        elif kind == "fact":
            out[LIST_NAMES[record["kind"]]].append(flatten(record["payload"]))
    return out


def flatten(values: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested objects become dotted columns; lists of plain values are joined with "; ", other
    lists kept as JSON text."""
    flat: dict[str, Any] = {}
    for key, value in values.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(flatten(value, f"{name}."))
        elif isinstance(value, list):
            plain = all(isinstance(item, (str, int, float, bool)) for item in value)
            flat[name] = "; ".join(str(item) for item in value) if plain else json.dumps(value, ensure_ascii=False)
        else:
            flat[name] = value
    return flat


def columns(rows: list[dict[str, Any]]) -> list[str]:
    seen: dict[str, None] = {}
    for row in rows:
        seen.update(dict.fromkeys(row))
    return list(seen) or ["id"]


def write_csv(records: Iterable[dict[str, Any]], path: Path) -> dict[str, int]:
    """`path` ending in .csv: one file of every fact, flattened, with its kind; otherwise a folder
    with documents.csv, companies.csv and one file per record list (deals.csv, ...)."""
    by_sheet = sheets(records)
    if path.suffix.lower() == ".csv":
        facts = [{"kind": name, **row} for name in FACT_KINDS for row in by_sheet[name]]
        write_csv_file(path, facts)
        return {"facts": len(facts)}
    path.mkdir(parents=True, exist_ok=True)
    for name, rows in by_sheet.items():
        write_csv_file(path / f"{name}.csv", rows)
    return {name: len(rows) for name, rows in by_sheet.items()}


def write_csv_file(path: Path, rows: list[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=columns(rows))
        writer.writeheader()
        writer.writerows(rows)


def write_xlsx(records: Iterable[dict[str, Any]], path: Path) -> dict[str, int]:
    """One sheet per record type; text is never read as a formula and long cells are cut to
    Excel's limit."""
    openpyxl = require("openpyxl", "openpyxl==3.1.5")
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    by_sheet = sheets(records)
    book = openpyxl.Workbook(write_only=True)
    for name, rows in by_sheet.items():
        sheet = book.create_sheet(name)
        header = columns(rows)
        sheet.append(header)
        for row in rows:
            sheet.append([excel_cell(WriteOnlyCell(sheet), row.get(key), ILLEGAL_CHARACTERS_RE) for key in header])
    book.save(path)
    return {name: len(rows) for name, rows in by_sheet.items()}


def excel_cell(cell: Any, value: Any, illegal: Any) -> Any:
    if isinstance(value, str):
        value = illegal.sub("", value)[:EXCEL_CELL_LIMIT]
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"
    return cell


def write_parquet(records: Iterable[dict[str, Any]], path: Path) -> dict[str, int]:
    """The facts, one row each, with the payload as JSON text beside the indexed columns."""
    require("pyarrow", "pyarrow")
    import pyarrow as pa
    import pyarrow.parquet as pq

    names = ("id", "kind", "document_id", "company", "asset", "created_at")
    rows = [{**{name: record[name] for name in names},
             "payload": json.dumps(record["payload"], ensure_ascii=False, sort_keys=True)}
            for record in records if record["type"] == "fact"]
    schema = pa.schema([(name, pa.string()) for name in (*names, "payload")])
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), path)
    return {"facts": len(rows)}


def require(module: str, pin: str) -> Any:
    try:
        return __import__(module)
    except ImportError:
        raise ExportError(f"this export needs {module}, which is not installed: pip install '{pin}'",
                          code="missing_dependency") from None
