"""The record-type registry: how every interface lists, labels and filters each kind of fact.

One `RecordType` per record class says its contract list name ("deals"), its stored kind ("deal"),
the columns a table shows (with English and Chinese labels), the filters it accepts and which record
fields feed each filter, the fields naming companies and assets, the date it is sorted by, and the
dossier section it appears in. The store indexes the filter values at ingest; CLI tables, web pages,
exports, dossier sections and watchlists read the columns and filters from here, so a new record type
is a record class, a `RecordType` entry and (for typed columns) a migration.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .errors import PharmalensError
from .vocabulary import load_yaml
from .records import (
    Asset,
    ClinicalResult,
    Deal,
    Facility,
    FinancialMetric,
    Financing,
    Record,
    RegulatoryEvent,
    Termination,
)


@dataclass(frozen=True)
class Label:
    en: str
    zh: str

    def __call__(self, lang: str = "en") -> str:
        return self.zh if lang == "zh" else self.en


@dataclass(frozen=True)
class Filter:
    """A filter by name; a record matches when any value of `fields` equals the wanted value
    (compared case-folded; `nuclide` and `stage` values are canonical)."""

    name: str
    fields: tuple[str, ...]
    label: Label


_LABELS = load_yaml("labels.yaml")
COLUMN_LABELS: dict[str, Label] = {name: Label(**words) for name, words in _LABELS["column"].items()}

FILTERS: dict[str, Filter] = {f.name: f for f in (
    Filter(name, fields, COLUMN_LABELS[name]) for name, fields in (
        ("company", ("company", "licensor", "licensee", "investors")), ("asset", ("asset", "aliases")),
        ("deal_type", ("deal_type",)), ("stage", ("stage", "phase")), ("nuclide", ("nuclide", "nuclides")),
        ("target", ("target",)), ("modality", ("modality",)), ("indication", ("indication",)),
        ("agency", ("agency",)), ("event", ("event",)), ("metric", ("metric",)), ("endpoint", ("endpoint",)),
        ("round", ("round",)), ("kind", ("kind_of_site",))))}


@dataclass(frozen=True)
class RecordType:
    list_name: str  # the contract list: "deals"
    kind: str  # the stored kind: "deal"
    cls: type[Record]
    label: Label
    columns: tuple[str, ...]  # contract field names a table shows, in order
    filters: tuple[str, ...]  # names in FILTERS
    party_fields: tuple[str, ...]  # fields naming companies (the dossier and `company` filter read them)
    date_field: str | None  # the record's own date; the document's publication date stands in
    section: str  # dossier section
    asset_field: str | None = "asset"

    def column_label(self, name: str, lang: str = "en") -> str:
        return COLUMN_LABELS[name](lang) if name in COLUMN_LABELS else name

    def filter_values(self, record: Record, name: str) -> list[Any]:
        """Every value the record offers to filter `name` (lists flattened, empty values left out)."""
        values: list[Any] = []
        for field in FILTERS[name].fields:
            value = getattr(record, field, None)
            for item in value if isinstance(value, (list, tuple)) else [value]:
                if item not in (None, ""):
                    values.append(item)
        return values

    def parties(self, record: Record) -> list[str]:
        names: list[str] = []
        for field in self.party_fields:
            value = getattr(record, field, None)
            names += [str(v) for v in (value if isinstance(value, (list, tuple)) else [value]) if v]
        return names


def _record_label(list_name: str) -> Label:
    return Label(**_LABELS["record"][list_name])


RECORD_TYPES: tuple[RecordType, ...] = (
    RecordType("deals", "deal", Deal, _record_label("deals"),
               ("licensor", "licensee", "asset", "deal_type", "territory", "upfront", "milestones", "total",
                "announced"),
               ("company", "asset", "deal_type"), ("licensor", "licensee"), "announced", "deals"),
    RecordType("assets", "asset", Asset, _record_label("assets"),
               ("asset", "company", "modality", "target", "nuclide", "indication", "stage"),
               ("company", "asset", "stage", "nuclide", "target", "modality", "indication"), ("company",), None,
               "assets"),
    RecordType("clinical", "clinical", ClinicalResult, _record_label("clinical"),
               ("asset", "endpoint", "value", "n", "ci", "indication", "trial"),
               ("asset", "endpoint", "indication"), (), None, "clinical"),
    RecordType("regulatory", "regulatory", RegulatoryEvent, _record_label("regulatory"),
               ("company", "asset", "agency", "event", "scope", "finding", "indication", "date"),
               ("company", "asset", "agency", "event", "indication"), ("company",), "date", "regulatory"),
    RecordType("financials", "financial", FinancialMetric, _record_label("financials"),
               ("company", "period", "metric", "segment", "amount", "currency", "yoy_pct"),
               ("company", "metric"), ("company",), None, "financials", asset_field=None),
    RecordType("terminations", "termination", Termination, _record_label("terminations"),
               ("company", "asset", "phase", "reason", "cumulative_spend", "date"),
               ("company", "asset", "stage"), ("company",), "date", "terminations"),
    RecordType("financings", "financing", Financing, _record_label("financings"),
               ("company", "round", "amount", "investors", "exchange", "announced"),
               ("company", "round"), ("company", "investors"), "announced", "financings", asset_field=None),
    RecordType("facilities", "facility", Facility, _record_label("facilities"),
               ("company", "kind", "name", "nuclides", "capacity", "date"),
               ("company", "nuclide", "kind"), ("company",), "date", "facilities", asset_field=None),
)


class UnknownRecordType(PharmalensError):
    code = "unknown_kind"


BY_LIST = {t.list_name: t for t in RECORD_TYPES}
BY_KIND = {t.kind: t for t in RECORD_TYPES}


def record_type(name: str) -> RecordType:
    """The record type for a list name ("deals") or a stored kind ("deal"); the error names both forms."""
    found = BY_LIST.get(name) or BY_KIND.get(name)
    if found is None:
        raise UnknownRecordType(f"unknown record type {name!r}; expected one of {', '.join(BY_LIST)} "
                                f"(or {', '.join(BY_KIND)})")
    return found


def of_record(record: Record) -> RecordType:
    return BY_KIND[record.kind]
