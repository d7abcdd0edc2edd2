"""The knowledge base: one real asset or deal across every document that reports it, as the store
keeps them, with the sources behind each and the values the sources disagree on.

Also the small typed shapes the store's read side returns: a page of results, a document without its
text, a landscape cell.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from typing import Any, Generic, TypeVar

from .contract import money_to_json
from .records import Money

T = TypeVar("T")


@dataclass(frozen=True)
class SourceRef:
    """One fact behind an entity: its id, document, the document's kind and date, its quotes joined, and
    each evidence span (start, end, quote) in the source."""

    fact: str
    document: str
    source_kind: str
    published: str | None
    quote: str
    spans: tuple[tuple[int, int, str], ...] = ()


@dataclass(frozen=True)
class ConflictValue:
    """One stated value of a field in conflict, with where it comes from; the chosen one is first."""

    value: Any
    fact: str
    document: str
    source_kind: str
    published: str | None


@dataclass(frozen=True)
class StageStep:
    stage: str
    date: str | None
    document: str
    fact: str
    source_kind: str


def _json(value: Any) -> Any:
    if isinstance(value, Money):
        return money_to_json(value)
    if isinstance(value, tuple):
        return [_json(v) for v in value]
    return value


@dataclass(frozen=True)
class AssetEntity:
    id: str
    name: str
    aliases: tuple[str, ...]
    company: str | None
    modality: str | None
    target: tuple[str, ...]
    nuclide: str | None
    indication: tuple[str, ...]
    stage: str | None  # the latest stated stage
    most_advanced_stage: str | None
    n_sources: int
    conflict_fields: tuple[str, ...] = ()
    sources: tuple[SourceRef, ...] = ()  # filled when one asset is read in full
    conflicts: dict[str, tuple[ConflictValue, ...]] = field(default_factory=dict)
    stage_history: tuple[StageStep, ...] = ()

    def to_json(self, detail: bool = True) -> dict[str, Any]:
        """The entity as JSON; with `detail` (and sources read) also its sources, conflicts and stages."""
        out = {"id": self.id, "asset": self.name, "aliases": list(self.aliases), "company": self.company,
               "modality": self.modality, "target": list(self.target), "nuclide": self.nuclide,
               "indication": list(self.indication), "stage": self.stage,
               "most_advanced_stage": self.most_advanced_stage, "n_sources": self.n_sources,
               "conflict_fields": list(self.conflict_fields)}
        if self.sources and detail:
            out["sources"] = [asdict(s) for s in self.sources]
            out["conflicts"] = {k: [asdict(c) for c in v] for k, v in self.conflicts.items()}
            out["stage_history"] = [asdict(s) for s in self.stage_history]
        return out


@dataclass(frozen=True)
class DealEntity:
    id: str
    licensor: str | None
    licensee: str | None
    asset: str | None
    deal_type: str | None
    territory: str | None
    upfront: Money | None
    milestones: Money | None
    total: Money | None
    equity: Money | None
    royalty: str | None
    announced: str | None
    n_sources: int
    conflict_fields: tuple[str, ...] = ()
    sources: tuple[SourceRef, ...] = ()
    conflicts: dict[str, tuple[ConflictValue, ...]] = field(default_factory=dict)
    licensor_country: str | None = None
    modality: str | None = None  # of the deal's asset
    target: tuple[str, ...] = ()
    nuclide: str | None = None
    stage: str | None = None  # the asset's stage in the deal's earliest article, else its most advanced

    MONEY = ("upfront", "milestones", "total", "equity")

    def to_json(self, detail: bool = True) -> dict[str, Any]:
        """The entity as JSON; with `detail` (and sources read) also its sources and conflicts."""
        out = {name: _json(getattr(self, name)) for name in (
            "id", "licensor", "licensee", "asset", "deal_type", "territory", "upfront", "milestones", "total",
            "equity", "royalty", "announced", "licensor_country", "modality", "target", "nuclide", "stage",
            "n_sources", "conflict_fields")}
        if self.sources and detail:
            out["sources"] = [asdict(s) for s in self.sources]
            out["conflicts"] = {k: [asdict(c) for c in v] for k, v in self.conflicts.items()}
        return out


@dataclass(frozen=True)
class DocumentSummary:
    """A stored document without its text."""

    id: str
    name: str  # "<file name>#<n>", as the facts contract prints it
    source: str
    url: str | None
    title: str
    lang: str
    relevant: bool
    published: str | None
    duplicate_of: str | None
    span: tuple[int, int]
    source_kind: str
    fetched_at: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The contract's document form (url and fetched_at only when known) and the source kind."""
        return {"id": self.id, "name": self.name, "source": self.source, "title": self.title, "lang": self.lang,
                "relevant": self.relevant, "published": self.published, "duplicate_of": self.duplicate_of,
                "span": list(self.span),
                **{key: value for key, value in (("url", self.url), ("fetched_at", self.fetched_at)) if value},
                "source_kind": self.source_kind}


@dataclass(frozen=True)
class LandscapeCell:
    target: str
    modality: str
    nuclide: str
    stage: str
    n_assets: int
    n_companies: int
    assets: tuple[str, ...]  # asset names, at most the store's sample size
    companies: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {"target": self.target, "modality": self.modality, "nuclide": self.nuclide, "stage": self.stage,
                "n_assets": self.n_assets, "n_companies": self.n_companies, "assets": list(self.assets),
                "companies": list(self.companies)}


@dataclass(frozen=True)
class LandscapeEntry:
    """One asset on one line of the landscape grid: the target it is there for ("-" for none stated)."""

    target: str
    asset: AssetEntity


@dataclass(frozen=True)
class TargetCrowding:
    """How crowded a target is among the assets a filter keeps: distinct assets, owners, assets by stage."""

    target: str
    assets: int
    companies: int
    by_stage: dict[str, int]

    def to_json(self) -> dict[str, Any]:
        return {"target": self.target, "assets": self.assets, "companies": self.companies,
                "by_stage": dict(self.by_stage)}


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of a longer result: `total` matching items, `items` from `offset`, at most `limit`."""

    items: tuple[T, ...]
    total: int
    limit: int
    offset: int

    def to_json(self) -> dict[str, Any]:
        return {"total": self.total, "limit": self.limit, "offset": self.offset,
                "items": [item.to_json() if hasattr(item, "to_json") else item for item in self.items]}


def every(read: Callable[[int, int], Page[T]], size: int = 1000) -> Iterator[T]:
    """Every item of a paged read (`read(limit, offset)`), a page at a time."""
    offset = 0
    while True:
        page = read(size, offset)
        yield from page.items
        offset += len(page.items)
        if not page.items or offset >= page.total:
            return
