"""Writing the store out as JSON Lines, CSV, XLSX or Parquet for people who live in spreadsheets.

All formats read `Store.export_records()`. JSON Lines is the lossless one (`Store.import_records`
reads it back). CSV and XLSX have one table per record type (the registry's columns) plus documents
and companies, with the same columns in both: money as its amount in millions, its currency, its
qualifier and its US-dollar figure at the deal date; lists joined with "; "; then the source
document's title, URL and date and the evidence quote as plain text. In XLSX the header is frozen
and filterable, columns have widths and each amount carries its currency's number format
("RMB "#,##0.0"m").
"""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pharmalens.model.registry import COLUMN_LABELS, RECORD_TYPES

if TYPE_CHECKING:
    from pharmalens.store import Store

from .errors import AnalysisError
from .money import amount_of

FORMATS = ("jsonl", "csv", "xlsx", "parquet")
MONEY_FIELDS = ("upfront", "milestones", "total", "equity", "amount", "cumulative_spend")
DATE_FIELDS = ("announced", "date")
EXCEL_CELL_LIMIT = 32767
WIDTHS = {"text": 18, "name": 26, "amount": 14, "usd": 13, "number": 10, "quote": 80, "url": 40, "title": 40}
CURRENCY_FORMAT = {"USD": '"US$"#,##0.0##"m"', "CNY": '"RMB "#,##0.0##"m"', "HKD": '"HK$"#,##0.0##"m"',
                   "EUR": '"€"#,##0.0##"m"', "GBP": '"£"#,##0.0##"m"', "JPY": '"JP¥"#,##0.0##"m"',
                   "TWD": '"NT$"#,##0.0##"m"'}
USD_FORMAT = '"US$"#,##0.0##"m"'
Row = dict[str, Any]


class ExportError(AnalysisError):
    """An export that cannot be written: unknown format, missing library, unwritable path."""

    code = "export_failed"

    def __init__(self, message: str, code: str = "export_failed") -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class Column:
    key: str
    heading: str
    kind: str = "text"  # text | name | amount | usd | number | quote | url | title


def heading(name: str) -> str:
    label = COLUMN_LABELS.get(name)
    return label("en") if label else name.replace("_", " ").capitalize()


def record_columns(fields: Sequence[str]) -> list[Column]:
    """The columns of a table of records with these fields, each value in one plain column."""
    out = [Column("id", "Id")]
    for name in fields:
        if name == "currency" and "amount" in fields:
            continue
        if name in MONEY_FIELDS:
            head = heading(name)
            out += [Column(name, f"{head} (m)", "amount"), Column(f"{name}_currency", f"{head} currency"),
                    Column(f"{name}_qualifier", f"{head} qualifier"), Column(f"{name}_usd", f"{head} (US$m)", "usd")]
        else:
            kind = "name" if name in ("licensor", "licensee", "company", "asset", "investors") else "text"
            out.append(Column(name, heading(name), "number" if name in ("value", "n", "yoy_pct") else kind))
    return out + [Column("source_title", "Source title", "title"), Column("source_url", "Source URL", "url"),
                  Column("published", "Published"), Column("evidence", "Evidence", "quote"),
                  Column("document", "Document id")]


DOCUMENT_COLUMNS = [Column(k, h, kind) for k, h, kind in (
    ("id", "Id", "text"), ("name", "Name", "text"), ("title", "Title", "title"), ("url", "URL", "url"),
    ("published", "Published", "text"), ("lang", "Language", "text"), ("source", "File", "url"),
    ("relevant", "Relevant", "text"), ("duplicate_of", "Duplicate of", "text"))]
COMPANY_COLUMNS = [Column("name", "Name", "name"), Column("aliases", "Aliases", "quote"),
                   Column("kind", "Kind"), Column("provisional", "Provisional")]


def record_row(record: Row, columns: Sequence[Column], documents: dict[str, Row]) -> Row:
    """One record as plain values for `columns` (money split, lists joined, source beside)."""
    document = documents.get(str(record.get("document") or ""), {})
    date = next((record.get(k) for k in DATE_FIELDS if record.get(k)), None) or document.get("published")
    row: Row = {}
    for column in columns:
        key = column.key
        if column.kind == "amount":
            money = record.get(key)
            if key == "amount" and not isinstance(money, dict):
                money = {"amount": money, "currency": record.get("currency")} if money is not None else None
            amount = amount_of(money, date)
            row[key] = number(amount.millions) if amount else None
            row[f"{key}_currency"] = amount.currency if amount else None
            row[f"{key}_qualifier"] = amount.qualifier if amount else None
            row[f"{key}_usd"] = number(amount.usd) if amount else None
        elif key not in row:
            row[key] = plain(record.get(key))
    evidence = record.get("evidence") or []
    row.update({"source_title": document.get("title") or document.get("name"), "source_url": document.get("url"),
                "published": document.get("published"),
                "evidence": " … ".join(str(e.get("quote") or "") for e in evidence) or None,
                "document": record.get("document")})
    return {c.key: row.get(c.key) for c in columns}


def number(value: float | None) -> int | float | None:
    """A figure as written: 210, not 210.0."""
    return int(value) if value is not None and float(value).is_integer() else value


def plain(value: Any) -> Any:
    if isinstance(value, list):
        return "; ".join(str(v) if not isinstance(v, float) else f"{v:g}" for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value


def tables(records: Iterable[Row]) -> dict[str, tuple[list[Column], list[Row]]]:
    """Every sheet: documents, companies, then one per record type, as (columns, rows)."""
    documents: dict[str, Row] = {}
    companies: list[Row] = []
    facts: dict[str, list[Row]] = {t.kind: [] for t in RECORD_TYPES}
    for record in records:
        if record["type"] == "document":
            documents[record["id"]] = record
        elif record["type"] == "company":
            companies.append(record)
        elif record["type"] == "fact" and record["kind"] in facts:
            facts[record["kind"]].append(record["payload"])
    out = {"documents": (DOCUMENT_COLUMNS, [{c.key: plain(d.get(c.key)) for c in DOCUMENT_COLUMNS}
                                            for d in documents.values()]),
           "companies": (COMPANY_COLUMNS, [{c.key: plain(d.get(c.key)) for c in COMPANY_COLUMNS} for d in companies])}
    for kind in RECORD_TYPES:
        columns = record_columns(kind.columns)
        out[kind.list_name] = (columns, [record_row(r, columns, documents) for r in facts[kind.kind]])
    return out


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


def write_jsonl(records: Iterable[Row], path: Path) -> dict[str, int]:
    counts: dict[str, int] = {}
    with path.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False, sort_keys=True, allow_nan=False) + "\n")
            counts[record["type"]] = counts.get(record["type"], 0) + 1
    return counts


def read_jsonl(path: str | Path) -> Iterator[Row]:
    """The records of a JSON Lines export, one per non-empty line."""
    with Path(path).open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                yield json.loads(line)
            except ValueError as exc:
                raise ExportError(f"{path}, line {number}: not JSON ({exc})", code="bad_jsonl") from None


def write_csv(records: Iterable[Row], path: Path) -> dict[str, int]:
    """`path` ending in .csv: every fact in one file, its record type first, the columns of all
    types side by side; otherwise a folder with documents.csv, companies.csv, deals.csv, ..."""
    sheets = tables(records)
    if path.suffix.lower() == ".csv":
        facts = {name: sheet for name, sheet in sheets.items() if name not in ("documents", "companies")}
        columns = [Column("record_type", "Record type")]
        for sheet_columns, _ in facts.values():
            columns += [c for c in sheet_columns if c.key not in {k.key for k in columns}]
        rows = [{"record_type": name, **row} for name, (_, sheet_rows) in facts.items() for row in sheet_rows]
        path.write_text(csv_text(columns, rows), encoding="utf-8-sig")
        return {"facts": len(rows)}
    path.mkdir(parents=True, exist_ok=True)
    for name, (columns, rows) in sheets.items():
        (path / f"{name}.csv").write_text(csv_text(columns, rows), encoding="utf-8-sig")
    return {name: len(rows) for name, (_, rows) in sheets.items()}


def csv_text(columns: Sequence[Column], rows: Iterable[Row]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([c.heading for c in columns])
    for row in rows:
        writer.writerow(["" if row.get(c.key) is None else row.get(c.key) for c in columns])
    return out.getvalue()


def write_xlsx(records: Iterable[Row], path: Path | io.BytesIO) -> dict[str, int]:
    """One sheet per record type plus documents and companies."""
    sheets = tables(records)
    workbook_of(sheets).save(path)
    return {name: len(rows) for name, (_, rows) in sheets.items()}


def workbook_of(sheets: dict[str, tuple[list[Column], list[Row]]]) -> Any:
    """A workbook with the sheets: header frozen and filterable, widths set, amounts in their
    currency's number format; text never read as a formula, long cells cut to Excel's limit."""
    openpyxl = require("openpyxl", "openpyxl==3.1.5")
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = openpyxl.Workbook(write_only=True)
    for name, (columns, rows) in sheets.items():
        sheet = book.create_sheet(name[:31])
        sheet.freeze_panes = "A2"
        for i, column in enumerate(columns, start=1):
            sheet.column_dimensions[get_column_letter(i)].width = WIDTHS.get(column.kind, 18)
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{len(rows) + 1}"
        header = []
        for column in columns:
            cell = WriteOnlyCell(sheet, column.heading)
            cell.font = Font(bold=True)
            header.append(cell)
        sheet.append(header)
        for row in rows:
            sheet.append([_cell(WriteOnlyCell(sheet), row, column, ILLEGAL_CHARACTERS_RE) for column in columns])
    return book


def _cell(cell: Any, row: Row, column: Column, illegal: Any) -> Any:
    value = row.get(column.key)
    if isinstance(value, str):
        value = illegal.sub("", value)[:EXCEL_CELL_LIMIT]
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"
        if column.kind == "url" and value.lower().startswith(("http://", "https://")):
            cell.hyperlink, cell.style = value, "Hyperlink"
    elif column.kind == "amount" and value is not None:
        currency = str(row.get(f"{column.key}_currency") or "")
        cell.number_format = CURRENCY_FORMAT.get(currency, f'#,##0.0##"m {currency}"')
    elif column.kind == "usd" and value is not None:
        cell.number_format = USD_FORMAT
    return cell


def write_parquet(records: Iterable[Row], path: Path) -> dict[str, int]:
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
