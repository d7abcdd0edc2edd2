"""The read side of `Store`: typed records, paged, each query reading only its rows through indexes.

Every method opens its own short read transaction. Pages are `model.knowledge.Page`: `items` from
`offset`, at most `limit` (1..MAX_PAGE), and the `total` that match.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pharmalens.model.filters import AssetFilter, DealFilter
from pharmalens.model.knowledge import (
    AssetEntity,
    DealEntity,
    DocumentSummary,
    LandscapeCell,
    LandscapeEntry,
    Page,
    TargetCrowding,
)
from pharmalens.model.records import Company, Document
from pharmalens.model.registry import RECORD_TYPES, UnknownRecordType, record_type
from pharmalens.model.stored import StoredFact

from . import (
    counts,
    deal_summary,
    document_queries,
    entity_queries,
    fact_queries,
    landscape_queries,
    repository,
    search,
)
from .database import StoreError
from .deal_summary import DealFigureSummary
from .schema import DEAL_DATED, DEAL_MONTH, DEAL_TOTAL, AssetRow, DealRow
from .sql import driver_rows

MAX_PAGE = 10_000
STAGES = landscape_queries.STAGES


def _float(value: Any) -> float | None:
    return float(value) if value is not None else None


def checked(limit: int, offset: int) -> None:
    entity_queries.check_page(limit, offset, MAX_PAGE)


class Reads:
    """Mixed into `Store`; `_reading()` is a context manager giving a read session."""

    def _reading(self) -> AbstractContextManager[Session]:  # pragma: no cover - provided by Store
        raise NotImplementedError

    # ---- documents and companies -------------------------------------------------------------------

    def documents(self, lang: str | None = None, limit: int = 100, offset: int = 0) -> Page[DocumentSummary]:
        """Stored documents without their text, in the order they were stored."""
        checked(limit, offset)
        with self._reading() as session:
            return document_queries.read_documents(session, lang, limit, offset)

    def document(self, document_id: str) -> Document | None:
        """One document with its text, by its id or its contract name ("<file name>#<n>")."""
        with self._reading() as session:
            return document_queries.read_document(session, document_id)

    def document_with_facts(self, ref: str) -> tuple[Document, DocumentSummary, list[StoredFact]] | None:
        """One document (as `document`), its summary (as `document_summaries`) and its facts (as
        `facts(document_id=...)`), read in one transaction: what a page showing one document needs."""
        with self._reading() as session:
            found = document_queries.read_document_and_summary(session, ref)
            if found is None:
                return None
            return found[0], found[1], fact_queries.read_document_facts(session, found[0].id)

    def document_id(self, ref: str) -> str | None:
        """The id of the document a stored id or a contract name ("<file name>#<n>") names, or None."""
        with self._reading() as session:
            return document_queries.read_document_id(session, ref)

    def document_summaries(self, ids: Iterable[str]) -> dict[str, DocumentSummary]:
        """Documents by id, without text (to cite facts with); unknown ids are left out."""
        with self._reading() as session:
            return document_queries.read_summaries(session, ids)

    def document_texts(self) -> Iterator[tuple[str, str]]:
        """Every (id, text), oldest first, read in batches."""
        with self._reading() as session:
            yield from repository.read_texts(session)

    def companies(self, limit: int = 100, offset: int = 0) -> Page[Company]:
        checked(limit, offset)
        with self._reading() as session:
            return document_queries.read_companies(session, limit, offset)

    def company(self, name: str) -> Company | None:
        """The company a name or alias belongs to (case-insensitive)."""
        with self._reading() as session:
            return document_queries.read_company(session, name)

    def companies_named(self, names: Iterable[str]) -> dict[str, Company]:
        """The company each of `names` belongs to (as `company`, in one read); unknown names left out."""
        with self._reading() as session:
            return document_queries.read_companies_named(session, names)

    # ---- facts ---------------------------------------------------------------------------------------

    def facts(self, kind: str | None = None, document_id: str | None = None) -> list[StoredFact]:
        """Every stored fact of a kind ("deal" or "deals"), or of a document, or all, oldest first.
        On a large store prefer `fact_page`."""
        with self._reading() as session:
            if document_id is not None:
                found = fact_queries.read_document_facts(session, document_id)
                return [f for f in found if kind is None or f.kind == record_type(kind).kind]
            return [StoredFact.from_json(row.kind, row.payload)
                    for row in repository.read_facts(session, repository.fact_kind(kind) if kind else None)]

    def fact_page(self, kind: str, filters: dict[str, str] | None = None, sort: str = "created", order: str = "asc",
                  limit: int = 100, offset: int = 0) -> Page[StoredFact]:
        """Facts of one kind matching the registry's `filters` (name -> value), sorted by `created`,
        `date` or a typed field (`fact_queries.sorts`), empty values last, and paged."""
        checked(limit, offset)
        try:
            record_type(kind)
        except UnknownRecordType as error:
            raise StoreError(error.message, code="unknown_kind") from None
        with self._reading() as session:
            return fact_queries.read_fact_page(session, kind, dict(filters or {}), sort, order, limit, offset)

    def fact(self, fact_id: str) -> StoredFact | None:
        with self._reading() as session:
            return fact_queries.read_fact(session, fact_id)

    def facts_about(self, company: str, kinds: Iterable[str] | None = None, limit: int = 100,
                    offset: int = 0) -> tuple[Company | None, dict[str, Page[StoredFact]]]:
        """The company a name or alias belongs to (None if unknown), and per record list the facts that
        name it (by any of its names) in a party field, by date."""
        checked(limit, offset)
        with self._reading() as session:
            found = document_queries.read_company(session, company)
            names = fact_queries.company_terms(session, found.name if found else company)
            wanted = list(kinds) if kinds is not None else [t.list_name for t in RECORD_TYPES]
            return found, fact_queries.read_facts_about(session, names, wanted, limit, offset)

    def termination_spend(self, company: str) -> dict[str, Any]:
        """What a company's terminated programmes had cost: {"by_currency", "usd", "n_with_usd",
        "n_undisclosed"} over every termination naming it."""
        with self._reading() as session:
            return fact_queries.read_spend(session, fact_queries.company_terms(session, company))

    # ---- entities, landscape and figures -------------------------------------------------------------

    def assets(self, filters: AssetFilter | None = None, sort: str = "asset", order: str = "asc",
               limit: int = 100, offset: int = 0, detail: bool = False) -> Page[AssetEntity]:
        """Asset entities (one per real asset) matching `filters`, sorted by one of
        `entity_queries.ASSET_SORTS` (empty values last) and paged; `detail` adds each one's sources,
        conflicts and stage history."""
        checked(limit, offset)
        with self._reading() as session:
            return entity_queries.read_assets(session, filters or AssetFilter(), sort, order, limit, offset, detail)

    def asset(self, name: str) -> AssetEntity | None:
        """The asset a name or alias belongs to, with sources, conflicts and stage history."""
        with self._reading() as session:
            return entity_queries.read_asset(session, name)

    def deals(self, filters: DealFilter | None = None, sort: str = "announced", order: str = "desc",
              limit: int = 100, offset: int = 0, detail: bool = False, total: int | None = None) -> Page[DealEntity]:
        """Deal entities (one per real deal) matching `filters`, sorted by one of
        `entity_queries.DEAL_SORTS` (empty values last) and paged; `detail` adds sources and conflicts.
        `total`: how many deals match, when the caller has just read them all (not counted again)."""
        return self.deal_pages(filters, [(sort, order, limit, offset)], detail, total)[0]

    def deal_pages(self, filters: DealFilter | None, pages: Sequence[tuple[str, str, int, int]],
                   detail: bool = False, total: int | None = None) -> list[Page[DealEntity]]:
        """Several pages (sort, order, limit, offset; as `deals`) of the same matching deals, in one read:
        a page of a table and its largest deals, counted once, their sources read together."""
        for _sort, _order, limit, offset in pages:
            checked(limit, offset)
        with self._reading() as session:
            return entity_queries.read_deal_pages(session, filters or DealFilter(), pages, detail, total)

    def deal(self, deal_id: str) -> DealEntity | None:
        with self._reading() as session:
            return entity_queries.read_deal(session, deal_id)

    def deal_figures(self, filters: DealFilter | None = None) -> list[tuple[float | None, float | None, float | None]]:
        """(upfront, milestones, total) in USD millions of every matching deal, for statistics."""
        with self._reading() as session:
            query = entity_queries.deal_query(session, filters or DealFilter()).with_only_columns(
                DealRow.upfront_usd, DealRow.milestones_usd, DealRow.total_usd)
            return driver_rows(session, query)

    def deal_figure_summary(self, filters: DealFilter | None = None) -> DealFigureSummary | None:
        """The count and spread of the matching deals' figures computed by the database, or None where
        it cannot (SQLite: read `deal_figures` and summarise them)."""
        with self._reading() as session:
            return deal_summary.read_summary(session, filters or DealFilter())

    def landscape(self, filters: AssetFilter | None = None, limit: int = 100, offset: int = 0,
                  sample: int = 10) -> Page[LandscapeCell]:
        """Cells (target × modality × nuclide × stage; "-" where not stated) by target, nuclide, stage and
        modality, with their counts and up to `sample` asset and company names each."""
        checked(limit, offset)
        with self._reading() as session:
            return landscape_queries.read_landscape(session, filters or AssetFilter(), limit, offset, sample)

    def landscape_grid(self, filters: AssetFilter | None = None, limit: int = 100, offset: int = 0,
                       first_source: bool = False) -> Page[LandscapeEntry]:
        """A page of the landscape grid: each asset the filters keep (with its sources; `first_source`:
        its oldest only) once per target, ordered by target, modality, nuclide, stage and name."""
        checked(limit, offset)
        with self._reading() as session:
            return landscape_queries.read_grid(session, filters or AssetFilter(), limit, offset, first_source)

    def asset_options(self) -> dict[str, list[str]]:
        """The nuclides, modalities and targets of the stored assets, for filter choices."""
        with self._reading() as session:
            return landscape_queries.read_options(session)

    def target_crowding(self, filters: AssetFilter | None, targets: Iterable[str]) -> list[TargetCrowding]:
        """Distinct assets and companies, and assets by stage, of each target among the filtered assets."""
        with self._reading() as session:
            return landscape_queries.read_target_crowding(session, filters or AssetFilter(), list(targets))

    def crowding(self, limit: int = 100, offset: int = 0) -> Page[dict[str, Any]]:
        """Per target: distinct assets and companies, and assets by stage."""
        checked(limit, offset)
        with self._reading() as session:
            return landscape_queries.read_crowding(session, limit, offset)

    def landscape_matrix(self) -> dict[str, Any]:
        """Targets × stages with the number of assets in each."""
        with self._reading() as session:
            return landscape_queries.read_matrix(session)

    def deal_money_by_month(self) -> list[tuple[str, float | None, float | None]]:
        """(month, total, upfront) in USD millions per announcement month, oldest first: the sum of the
        deals' headline totals (upfront + milestones where no total is stated) and of their upfronts."""
        with self._reading() as session:
            query = (select(DEAL_MONTH, func.sum(DEAL_TOTAL), func.sum(DealRow.upfront_usd))
                     .where(DEAL_DATED).group_by(DEAL_MONTH).order_by(DEAL_MONTH))
            return [(m, _float(t), _float(u)) for m, t, u in session.execute(query)]

    def assets_by_stage(self) -> list[tuple[str, int]]:
        with self._reading() as session:
            found = dict(session.execute(select(func.coalesce(AssetRow.stage, "-"), func.count())
                                         .group_by(AssetRow.stage)).all())
            return [(stage, found[stage]) for stage in STAGES if found.get(stage)]

    # ---- counts and search ---------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        """Documents, companies, all facts, facts under each contract list name, and entities."""
        with self._reading() as session:
            kept = counts.read(session)
        out = {"documents": kept.get("documents", 0), "companies": kept.get("companies", 0)}
        by_list = {t.list_name: kept.get(counts.fact_key(t.kind), 0) for t in RECORD_TYPES}
        return {**out, "facts": sum(by_list.values()), **by_list, "asset_entities": kept.get("assets", 0),
                "deal_entities": kept.get("deals", 0)}

    def fingerprint(self) -> int:
        """Changes whenever anything is written (one indexed read), so callers can cache what they derive."""
        with self._reading() as session:
            return counts.writes(session)

    def search(self, query: str, limit: int = 20, offset: int = 0) -> list[dict[str, Any]]:
        """Documents matching every word of `query`, best first, as {"id", "title", "snippet"};
        matched words are marked [like this] in the snippet. Chinese substrings match too."""
        with self._reading() as session:
            return search.search(session, query, limit, offset)
