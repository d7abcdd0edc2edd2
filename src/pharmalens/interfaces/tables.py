"""Facts as the cells of a table a person reads: money in its unit with the USD figure beside, names
as the article wrote them with the canonical name beside, vocabulary in the page's language, and
every cell linked to the words it came from (`/documents/{id}?fact=..&field=..#focus`).

The columns of each record type come from the record-type registry; the same cells serve the web
pages, and their plain text the CLI tables and exports.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ..analysis.evidence import field_span, written_name
from ..analysis.money import amount_of, format_amount
from ..model.registry import record_type
from .i18n import column, term
from .urls import segment

MONEY_FIELDS = {"upfront", "milestones", "total", "equity", "cumulative_spend"}
COMPANY_FIELDS = {"licensor", "licensee", "company", "investors"}
VOCABULARY = {"deal_type": "deal_type", "stage": "stage", "phase": "stage", "modality": "modality",
              "event": "event", "metric": "metric", "round": "round", "kind": "kind", "endpoint": "endpoint",
              "role": "role"}
DATE_FIELDS = ("announced", "date")
PERCENT_ENDPOINTS = ("ORR", "DCR", "CR_rate", "PSA50", "PSA90")


@dataclass
class Cell:
    text: str = ""
    href: str | None = None  # the evidence of this value
    title: str | None = None  # shown on hover: the exact figure, the canonical name
    note: str | None = None  # shown beside: the canonical name when the article wrote another
    company: str | None = None  # link target of a company name
    origin: str | None = None  # where the source document came from (its web address)
    sort: Any = None
    num: bool = False


@dataclass
class Table:
    id: str
    headings: list[str]
    keys: list[str]
    rows: list[list[Cell]] = field(default_factory=list)
    facts: list[str] = field(default_factory=list)  # fact id of each row
    links: list[str | None] = field(default_factory=list)  # per heading: a link that sorts by it


@dataclass
class View:
    """What cells need to know besides the fact: the page language, links, documents, company names."""

    lang: str
    link: Callable[..., str]
    documents: dict[str, dict[str, Any]]  # id -> stored document (title, published, url)
    aliases: dict[str, list[str]]  # canonical company name -> aliases

    def evidence_url(self, document: str, fact: str | None = None, field_name: str | None = None) -> str:
        path = "/documents/" + segment(str(document))
        fast = getattr(self.link, "evidence", None)  # a page's linker writes a fact's part once
        url = fast(path, fact, field_name) if fast is not None else self.link(path, fact=fact, field=field_name)
        return url + ("#focus" if fact else "")

    def company_url(self, name: str) -> str:
        return self.link("/companies/" + segment(str(name)))

    def date_of(self, fact: dict[str, Any]) -> str | None:
        """The deal or event date, else the date of the document that reports it."""
        own = next((fact.get(k) for k in DATE_FIELDS if fact.get(k)), None)
        return own or (self.documents.get(fact.get("document") or "", {}).get("published"))

    def title_of(self, document: str) -> str:
        doc = self.documents.get(document) or {}
        return doc.get("title") or doc.get("name") or document


def money_cell(value: Any, view: View, date: str | None) -> Cell:
    amount = amount_of(value, date)
    text = format_amount(amount, view.lang)
    if amount is None:
        return Cell(text, sort=None, num=True)
    exact = f"{Decimal(repr(amount.millions)).normalize():f} m {amount.currency}"
    rate = f"; USD at {amount.rate_date}" if amount.usd is not None and amount.currency != "USD" else ""
    return Cell(text, title=exact + rate, sort=amount.usd, num=True)


def name_cell(name: str, fact: dict[str, Any], view: View, is_company: bool) -> Cell:
    quotes = [str(e.get("quote") or "") for e in fact.get("evidence") or []]
    aliases = view.aliases.get(name, []) if is_company else list(fact.get("aliases") or [])
    written = written_name(quotes, name, aliases) or name
    differs = written.casefold() != name.casefold()
    return Cell(written, note=name if differs else None, title=name,
                company=view.company_url(name) if is_company else None, sort=name.casefold())


def value_cell(fact: dict[str, Any], key: str, view: View) -> Cell:
    """The cell of one field of a fact (without its evidence link)."""
    value = fact.get(key)
    if key in MONEY_FIELDS or (key == "amount" and isinstance(value, dict)):
        return money_cell(value, view, view.date_of(fact))
    if key == "amount":
        money = {"amount": value, "currency": fact.get("currency")} if value is not None else None
        return money_cell(money, view, view.date_of(fact))
    if value in (None, "", []):
        return Cell("")
    if key in COMPANY_FIELDS and isinstance(value, str):
        return name_cell(value, fact, view, True)
    if key == "asset":
        return name_cell(str(value), fact, view, False)
    if key in VOCABULARY:
        return Cell(term(VOCABULARY[key], value, view.lang), title=str(value), sort=str(value))
    return Cell(_plain(key, value, fact), sort=value if isinstance(value, (int, float)) else str(value),
                num=isinstance(value, (int, float)))


def _plain(key: str, value: Any, fact: dict[str, Any]) -> str:
    if key == "yoy_pct":
        return f"{float(value):+.1f}%"
    if key == "value" and fact.get("endpoint") in PERCENT_ENDPOINTS:
        return f"{float(value):g}%"
    if key == "ci" and isinstance(value, list) and len(value) == 2:
        return f"{value[0]:g}–{value[1]:g}"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return f"{value:g}" if isinstance(value, float) else str(value)


def source_for(row: dict[str, Any], key: str, aliases: dict[str, list[str]]) -> tuple[str, str | None]:
    """(document, fact id) of the evidence of one field. A fact is its own source; a row standing
    for an entity (with `sources`) takes the source whose quote states the field, else its first."""
    sources = row.get("sources")
    if not sources:
        return str(row.get("document") or ""), row.get("id")
    if len(sources) == 1:  # the only source, whether or not its quote states the field
        return sources[0]["document"], sources[0]["fact"]
    for source in sources:
        text = str(source.get("quote") or "")
        if key and row.get(key) not in (None, "", []) and field_span(text, [(0, len(text))], row, key, aliases):
            return source["document"], source["fact"]
    return sources[0]["document"], sources[0]["fact"]


def fact_cells(fact: dict[str, Any], keys: Iterable[str], view: View) -> list[Cell]:
    """One row: each field's cell linked to its evidence, then the source document."""
    cells = []
    for key in keys:
        cell = value_cell(fact, key, view)
        if fact.get(key) not in (None, "", []):
            document, fact_id = source_for(fact, key, view.aliases)
            cell.href = view.evidence_url(document, fact_id, key) if document else None
        cells.append(cell)
    document, fact_id = source_for(fact, "", view.aliases)
    more = len(fact.get("sources") or []) - 1
    origin = (view.documents.get(document) or {}).get("url")
    cells.append(Cell(view.title_of(document) + (f" (+{more})" if more > 0 else ""),
                      href=view.evidence_url(document, fact_id) if document else None,
                      title=origin or document, origin=origin))
    return cells


def columns_of(list_name: str) -> list[str]:
    """The registry's columns of a record type; an amount shows its currency, so no currency column."""
    columns = list(record_type(list_name).columns)
    return [c for c in columns if not (c == "currency" and "amount" in columns)]


def preload(facts: list[dict[str, Any]], view: View, name_fields: Iterable[str] | None = None) -> None:
    """Let the view read every document and name the cells of these facts will look up at once (a view
    reading from the store has `preload`; plain dicts need none). The documents are the facts' own: an
    entity row's is its first source, the one its source cell and dates read (its other sources are
    only linked, by id). Names are the strings the facts hold in `name_fields` (default: any field)."""
    preload_tables([(facts, name_fields)], view)


def preload_tables(tables: Iterable[tuple[list[dict[str, Any]], Iterable[str] | None]], view: View) -> None:
    """`preload` for several tables (facts, name fields) at once: one read of documents and one of names."""
    documents: set[str] = set()
    names: set[str] = set()
    for facts, name_fields in tables:
        fields = set(name_fields) if name_fields is not None else None
        documents.update(str(f.get("document") or "") for f in facts)
        names.update(str(v) for f in facts for key, value in f.items() if isinstance(value, (str, list))
                     and (fields is None or key in fields)
                     for v in (value if isinstance(value, list) else [value]) if isinstance(v, str))
    for lookup, keys in ((view.documents, documents), (view.aliases, names)):
        if hasattr(lookup, "preload"):
            lookup.preload(keys)


def fact_table(list_name: str, facts: list[dict[str, Any]], view: View, keys: list[str] | None = None,
               table_id: str | None = None, preloaded: bool = False) -> Table:
    """A table of facts of one record type with the registry's columns (or `keys`) and a source column;
    `preloaded`: the view already holds the facts' documents and names (`preload_tables`)."""
    keys = keys or columns_of(list_name)
    table = Table(table_id or list_name, [column(k, view.lang) for k in keys] + [column("source", view.lang)], keys)
    if not preloaded:
        preload(facts, view, keys)  # a cell looks up the names of its own field only
    for fact in facts:
        table.rows.append(fact_cells(fact, keys, view))
        table.facts.append(str(fact.get("id") or ""))
    return table


def describe(fact: dict[str, Any], list_name: str, view: View, cells: list[Cell] | None = None) -> list[tuple[str, str]]:
    """A fact as (heading, text) pairs of its non-empty fields, for the facts beside a document; `cells`
    are its row in a `fact_table` of the list's columns when one was drawn already."""
    pairs = []
    for n, key in enumerate(columns_of(list_name)):
        cell = cells[n] if cells is not None else value_cell(fact, key, view)
        if cell.text and (fact.get(key) not in (None, "", []) or key in MONEY_FIELDS):
            text = f"{cell.text} ({cell.note})" if cell.note else cell.text
            pairs.append((column(key, view.lang), text))
    return pairs
