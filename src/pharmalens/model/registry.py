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


FILTERS: dict[str, Filter] = {f.name: f for f in (
    Filter("company", ("company", "licensor", "licensee", "investors"), Label("Company", "公司")),
    Filter("asset", ("asset", "aliases"), Label("Asset", "资产")),
    Filter("deal_type", ("deal_type",), Label("Type", "类型")),
    Filter("stage", ("stage", "phase"), Label("Stage", "阶段")),
    Filter("nuclide", ("nuclide", "nuclides"), Label("Nuclide", "核素")),
    Filter("target", ("target",), Label("Target", "靶点")),
    Filter("modality", ("modality",), Label("Modality", "药物类型")),
    Filter("indication", ("indication",), Label("Indication", "适应症")),
    Filter("agency", ("agency",), Label("Agency", "监管机构")),
    Filter("event", ("event",), Label("Event", "事件")),
    Filter("metric", ("metric",), Label("Metric", "指标")),
    Filter("endpoint", ("endpoint",), Label("Endpoint", "终点")),
    Filter("round", ("round",), Label("Round", "轮次")),
    Filter("kind", ("kind_of_site",), Label("Kind", "类别")),
)}

COLUMN_LABELS: dict[str, Label] = {
    "licensor": Label("Licensor", "授权方"), "licensee": Label("Licensee", "被授权方"),
    "asset": Label("Asset", "资产"), "deal_type": Label("Type", "类型"), "territory": Label("Territory", "区域"),
    "upfront": Label("Upfront", "首付款"), "milestones": Label("Milestones", "里程碑"), "total": Label("Total", "总额"),
    "equity": Label("Equity", "股权"), "royalty": Label("Royalty", "特许权使用费"),
    "announced": Label("Announced", "公告日期"), "company": Label("Company", "公司"),
    "aliases": Label("Aliases", "别名"), "modality": Label("Modality", "药物类型"), "target": Label("Target", "靶点"),
    "nuclide": Label("Nuclide", "核素"), "indication": Label("Indication", "适应症"), "stage": Label("Stage", "阶段"),
    "endpoint": Label("Endpoint", "终点"), "value": Label("Value", "数值"), "n": Label("Patients", "例数"),
    "ci": Label("95% CI", "置信区间"), "trial": Label("Trial", "试验"), "agency": Label("Agency", "监管机构"),
    "event": Label("Event", "事件"), "scope": Label("Scope", "范围"), "finding": Label("Finding", "发现"),
    "date": Label("Date", "日期"), "period": Label("Period", "期间"), "metric": Label("Metric", "指标"),
    "amount": Label("Amount", "金额"), "currency": Label("Currency", "币种"), "segment": Label("Segment", "分部"),
    "yoy_pct": Label("YoY %", "同比%"), "phase": Label("Phase", "阶段"), "reason": Label("Reason", "原因"),
    "cumulative_spend": Label("Spent", "累计投入"), "investors": Label("Investors", "投资方"),
    "round": Label("Round", "轮次"), "exchange": Label("Exchange", "交易所"), "kind": Label("Kind", "类别"),
    "name": Label("Name", "名称"), "nuclides": Label("Nuclides", "核素"), "capacity": Label("Capacity", "产能"),
    "document": Label("Source", "来源"), "role": Label("Role", "角色"),
}


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


RECORD_TYPES: tuple[RecordType, ...] = (
    RecordType("deals", "deal", Deal, Label("Deals", "交易"),
               ("licensor", "licensee", "asset", "deal_type", "territory", "upfront", "milestones", "total",
                "announced"),
               ("company", "asset", "deal_type"), ("licensor", "licensee"), "announced", "deals"),
    RecordType("assets", "asset", Asset, Label("Assets", "管线资产"),
               ("asset", "company", "modality", "target", "nuclide", "indication", "stage"),
               ("company", "asset", "stage", "nuclide", "target", "modality", "indication"), ("company",), None,
               "assets"),
    RecordType("clinical", "clinical", ClinicalResult, Label("Clinical", "临床数据"),
               ("asset", "endpoint", "value", "n", "ci", "indication", "trial"),
               ("asset", "endpoint", "indication"), (), None, "clinical"),
    RecordType("regulatory", "regulatory", RegulatoryEvent, Label("Regulatory", "监管事件"),
               ("company", "asset", "agency", "event", "scope", "finding", "indication", "date"),
               ("company", "asset", "agency", "event", "indication"), ("company",), "date", "regulatory"),
    RecordType("financials", "financial", FinancialMetric, Label("Financials", "财务"),
               ("company", "period", "metric", "segment", "amount", "currency", "yoy_pct"),
               ("company", "metric"), ("company",), None, "financials", asset_field=None),
    RecordType("terminations", "termination", Termination, Label("Terminations", "终止项目"),
               ("company", "asset", "phase", "reason", "cumulative_spend", "date"),
               ("company", "asset", "stage"), ("company",), "date", "terminations"),
    RecordType("financings", "financing", Financing, Label("Financings", "融资"),
               ("company", "round", "amount", "investors", "exchange", "announced"),
               ("company", "round"), ("company", "investors"), "announced", "financings", asset_field=None),
    RecordType("facilities", "facility", Facility, Label("Facilities", "设施"),
               ("company", "kind", "name", "nuclides", "capacity", "date"),
               ("company", "nuclide", "kind"), ("company",), "date", "facilities", asset_field=None),
)

BY_LIST = {t.list_name: t for t in RECORD_TYPES}
BY_KIND = {t.kind: t for t in RECORD_TYPES}


def record_type(name: str) -> RecordType:
    """The record type for a list name ("deals") or a stored kind ("deal"); KeyError names both forms."""
    found = BY_LIST.get(name) or BY_KIND.get(name)
    if found is None:
        raise KeyError(f"unknown record type {name!r}; expected one of {', '.join(BY_LIST)} "
                       f"(or {', '.join(BY_KIND)})")
    return found


def of_record(record: Record) -> RecordType:
    return BY_KIND[record.kind]
