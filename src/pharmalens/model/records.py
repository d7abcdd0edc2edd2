"""Typed records passed between the stages.

Every extracted record carries the document it came from, its evidence spans and the name and
version of the extractor that produced it. Amounts are Decimal internally, in millions of the
currency, as the facts contract asks.
"""
from __future__ import annotations

import bisect
import hashlib
import json
from dataclasses import dataclass, field, fields
from decimal import Decimal
from typing import Any

from .frozen import frozen
from .entities import EntityDecision


@frozen
class Evidence:
    start: int
    end: int
    quote: str
    page: int | None = None  # 1-based page of `start` in a paged source (PDF), else None


@frozen
class Money:
    amount: Decimal
    currency: str
    qualifier: str | None = None  # "up_to", "approx", "at_least" or None
    usd: Decimal | None = None  # in millions, at the ECB reference rate of rate_date
    rate_date: str | None = None

    def usd_millions(self) -> float | None:
        """The amount in USD millions: its conversion, or the amount itself when stated in USD."""
        if self.usd is not None:
            return float(self.usd)
        return float(self.amount) if self.currency == "USD" else None


@dataclass(frozen=True)
class Skipped:
    """An item that was not processed, with a stable code and a human reason."""

    item: str
    code: str
    reason: str


def document_id(source: str, content_hash: str) -> str:
    """The stored id of an article: a hash of where it came from and what it says, so two files
    of one name in different folders are two documents and reading a file again changes nothing."""
    return "doc_" + hashlib.sha256(f"{source}\n{content_hash}".encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Document:
    id: str  # document_id(source, content_hash)
    source: str
    text: str  # the article's text, repaired for reading (line breaks mid-word joined)
    span: tuple[int, int]  # [start, end) in the decoded file text
    title: str
    lang: str
    relevant: bool
    published: str | None
    content_hash: str
    duplicate_of: str | None = None
    offsets: tuple[int, ...] = ()  # offsets[i] = index in the file text of text[i]
    url: str | None = None  # where a fetched page came from
    fetched_at: str | None = None  # when it was fetched (ISO 8601, UTC)
    pages: tuple[int, ...] = ()  # offset in the file text where each page starts (PDF), else empty
    name: str = ""  # "<file name>#<n>": the id the facts contract prints (not unique across folders)

    @property
    def label(self) -> str:
        """How a person finds the article: its source and its number in the file ("news/a.txt#2")."""
        number = self.name.rpartition("#")[2] if "#" in self.name else ""
        return f"{self.source}#{number}" if number else self.source

    def page_of(self, offset: int) -> int | None:
        """1-based page holding a file-text offset, or None for a source without pages."""
        return bisect.bisect_right(self.pages, offset) if self.pages else None


@dataclass(kw_only=True)
class Record:
    document: str
    evidence: list[Evidence]
    extractor: str
    version: str = "1"

    kind: str = field(default="record", init=False, repr=False)

    def payload(self) -> dict[str, Any]:
        skip = {"document", "evidence", "extractor", "version", "kind"}
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name not in skip}

    @property
    def id(self) -> str:
        blob = json.dumps([self.kind, self.document, _plain(self.payload())], sort_keys=True, default=str)
        return self.kind[:3] + "_" + hashlib.sha256(blob.encode()).hexdigest()[:16]


@dataclass(kw_only=True)
class Deal(Record):
    licensor: str | None
    licensee: str | None
    asset: str | None = None
    deal_type: str = "license"
    territory: str | None = None
    upfront: Money | None = None
    milestones: Money | None = None
    total: Money | None = None
    equity: Money | None = None
    royalty: str | None = None
    announced: str | None = None
    kind: str = field(default="deal", init=False, repr=False)


@dataclass(kw_only=True)
class Asset(Record):
    company: str | None
    asset: str
    aliases: list[str] = field(default_factory=list)
    modality: str | None = None
    target: list[str] = field(default_factory=list)
    nuclide: str | None = None
    indication: list[str] = field(default_factory=list)
    stage: str | None = None
    kind: str = field(default="asset", init=False, repr=False)


@dataclass(kw_only=True)
class ClinicalResult(Record):
    asset: str | None
    endpoint: str
    value: float
    n: int | None = None
    ci: list[float] | None = None
    indication: list[str] = field(default_factory=list)
    trial: str | None = None
    kind: str = field(default="clinical", init=False, repr=False)


@dataclass(kw_only=True)
class RegulatoryEvent(Record):
    company: str | None
    asset: str | None
    agency: str
    event: str
    scope: str | None = None
    finding: str | None = None
    indication: list[str] = field(default_factory=list)
    date: str | None = None
    kind: str = field(default="regulatory", init=False, repr=False)


@dataclass(kw_only=True)
class FinancialMetric(Record):
    company: str | None
    period: str | None
    metric: str
    amount: Decimal
    currency: str
    segment: str | None = None
    yoy_pct: float | None = None
    kind: str = field(default="financial", init=False, repr=False)


@dataclass(kw_only=True)
class Termination(Record):
    company: str | None
    asset: str | None  # None for an agreement stopped with no drug named
    phase: str | None = None
    reason: str | None = None
    cumulative_spend: Money | None = None
    date: str | None = None
    kind: str = field(default="termination", init=False, repr=False)


@dataclass(kw_only=True)
class Financing(Record):
    company: str
    investors: list[str] = field(default_factory=list)
    round: str | None = None
    amount: Money | None = None
    exchange: str | None = None
    announced: str | None = None
    kind: str = field(default="financing", init=False, repr=False)


@dataclass(kw_only=True)
class Facility(Record):
    company: str | None
    kind_of_site: str
    name: str | None = None
    date: str | None = None
    nuclides: list[str] = field(default_factory=list)
    capacity: str | None = None
    kind: str = field(default="facility", init=False, repr=False)


@dataclass
class Company:
    name: str
    aliases: list[str] = field(default_factory=list)
    kind: str = "other"  # pharma, biotech, investor, cro_cdmo, regulator, other
    provisional: bool = False


RECORD_LISTS = {
    "deals": Deal,
    "assets": Asset,
    "clinical": ClinicalResult,
    "regulatory": RegulatoryEvent,
    "financials": FinancialMetric,
    "terminations": Termination,
    "financings": Financing,
    "facilities": Facility,
}


@dataclass
class Extraction:
    """Everything found in one batch of documents."""

    documents: list[Document] = field(default_factory=list)
    companies: list[Company] = field(default_factory=list)
    records: dict[str, list[Record]] = field(default_factory=lambda: {k: [] for k in RECORD_LISTS})
    mentions: dict[str, list[str]] = field(default_factory=lambda: {"nuclides": [], "targets": [], "modalities": []})
    skipped: list[Skipped] = field(default_factory=list)


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, Money):
        return {"amount": float(value.amount), "currency": value.currency}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


@dataclass
class DocumentBundle:
    """One article with the records extracted from it and the companies it names: the unit the
    store writes in one transaction."""

    document: Document
    records: list[Record] = field(default_factory=list)
    companies: list[Company] = field(default_factory=list)
    near_duplicate_bands: tuple[int, ...] = ()  # LSH band keys of the text; the store computes them if empty
    decisions: list[EntityDecision] = field(default_factory=list)  # merges and proposals made resolving it
