"""Running the stages over a batch: sources are read here, extraction runs on the chosen executor,
and this process alone resolves and writes, in input order, one transaction per document.

`run(paths, store, settings)` ingests into the store; `extract(paths, settings)` returns the facts
of the batch without storing anything (the `extract --json` contract)."""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from ..documents.dedup import DuplicateIndex
from ..extraction.lexicon import Lexicon, default_lexicon
from ..model.records import Document, DocumentBundle, Extraction, Skipped
from ..resolve.bundles import bundle_article, once_per_deal
from ..resolve.companies import CompanyRegistry
from ..resolve.entities import EntityResolver
from ..resolve.entity_index import seeded_index
from ..settings import Settings
from ..sources.files import expand_paths, read_bytes
from ..sources.files import is_url
from .executors import Executor, Failed, InProcess, Job, Processes
from .start_up import StartUp
from .work import ExtractedArticle, FileWork, extract_source, failure

if TYPE_CHECKING:  # only `run` writes: `extract` never imports the store (SQLAlchemy)
    from ..store import Store

OnFile = Callable[[str], None]
FILES_PER_WORKER = 8


@dataclass
class RunReport:
    files: int = 0
    articles: int = 0
    stored: int = 0
    unchanged: int = 0
    duplicates: int = 0
    facts: Counter = field(default_factory=Counter)
    skipped: list[Skipped] = field(default_factory=list)
    documents: list[DocumentFacts] = field(default_factory=list)

    @property
    def read_by_hand(self) -> list[DocumentFacts]:
        """Biopharma articles of this run that gave no facts: for an analyst to read."""
        return [d for d in self.documents if d.relevant and d.status != "duplicate" and not d.facts]


@dataclass(frozen=True)
class DocumentFacts:
    """One article of a run: what happened to it and how many facts of each kind it gave."""

    label: str
    title: str
    relevant: bool
    status: str
    facts: dict[str, int]


def run(paths: Iterable[str | Path], store: Store, settings: Settings, on_file: OnFile | None = None) -> RunReport:
    """Ingest files and folders; every file left out and every article not stored is reported."""
    report = RunReport()
    with StartUp() as start_up:
        lexicon = default_lexicon(settings.user_lexicon)
        registry = CompanyRegistry(lexicon)
        resolver = stored_resolver(store, lexicon)
        for item in extracted(paths, settings, report, on_file, start_up):
            if isinstance(item, Skipped):
                report.skipped.append(item)
            else:
                write_article(item, store, Resolution(registry, resolver), report)
    store.record_run(report.files, report.articles, sum(report.facts.values()), report.skipped)
    return report


@dataclass(frozen=True)
class Resolution:
    """The run's companies (with every name seen) and its cross-document resolver."""

    registry: CompanyRegistry
    resolver: EntityResolver

    def bundle(self, item: ExtractedArticle, document: Document) -> DocumentBundle:
        mentions, decisions = self.resolver.resolve(item.records, item.companies, item.codes)
        if item.records.get("deals"):
            item.records["deals"][:] = once_per_deal(item.records["deals"])
        bundle = bundle_article(document, item.records, mentions, self.registry)
        return replace(bundle, near_duplicate_bands=item.signature.bands, decisions=decisions)


def stored_resolver(store: Store, lexicon: Lexicon) -> EntityResolver:
    """A resolver that knows the lexicon, the stored companies and assets, and every decision made."""
    from ..model.knowledge import every  # the store's paged reads: ingest only

    companies = list(every(lambda limit, offset: store.companies(limit=limit, offset=offset)))
    assets = [(a.name, list(a.aliases), a.company) for a in every(lambda limit, offset: store.assets(
        limit=limit, offset=offset))]
    return EntityResolver(seeded_index(lexicon, companies, assets), store.entity_decision_records())


def write_article(item: ExtractedArticle, store: Store, resolution: Resolution, report: RunReport) -> None:
    from ..store import StoreError

    report.articles += 1
    document = item.document
    try:  # the near-duplicate check runs in the save's transaction
        outcome = store.save(resolution.bundle(item, document), item.signature, document.text)
    except StoreError as exc:
        report.skipped.append(Skipped(document.label, "store_failed", str(exc)))
        return
    except Exception as exc:  # a resolution or store bug loses this article only
        report.skipped.append(failure(document.label, exc))
        return
    counts = {key: len(records) for key, records in item.records.items() if records}
    report.documents.append(DocumentFacts(document.label, document.title, document.relevant, outcome.status, counts))
    if outcome.status == "stored":
        report.stored += 1
        for key, records in item.records.items():
            report.facts[key] += len(records)
    elif outcome.status == "duplicate":
        report.duplicates += 1
    else:
        report.unchanged += 1


def extract(paths: Iterable[str | Path], settings: Settings) -> Extraction:
    """The facts of a batch read as one: duplicates found across its files, companies resolved."""
    result = Extraction()
    with StartUp() as start_up:
        lexicon = default_lexicon(settings.user_lexicon)
        resolution = Resolution(CompanyRegistry(lexicon), EntityResolver(seeded_index(lexicon)))
        duplicates = DuplicateIndex()
        for item in extracted(paths, settings, RunReport(), start_up=start_up):
            if isinstance(item, Skipped):
                result.skipped.append(item)
                continue
            document = item.document
            document = replace(document, duplicate_of=duplicates.find_signature(item.signature, document.id))
            duplicates.add_signature(document.id, item.signature)
            resolution.bundle(item, document)
            result.documents.append(document)
            for key, records in item.records.items():
                result.records[key].extend(records)
            for key, values in item.mentions.items():
                result.mentions[key].extend(v for v in values if v not in result.mentions[key])
    result.companies = resolution.registry.companies()
    return result


def extracted(paths: Iterable[str | Path], settings: Settings, report: RunReport,
              on_file: OnFile | None = None, start_up: StartUp | None = None) -> Iterator[ExtractedArticle | Skipped]:
    """Articles of every source under the paths and URLs in input order, and an outcome for each left
    out; `start_up` settles once the first file's articles have been taken."""
    start_up = start_up or StartUp()
    entries = list(sources(paths))
    executor = executor_for(settings, sum(not isinstance(entry, Skipped) for entry in entries))
    try:
        for job, result in executor.results(jobs(entries, settings)):
            if job.function is not not_a_source:
                report.files += 1
                if on_file:
                    on_file(job.key)
            yield from file_outcomes(job, result)
            start_up.settle()
    finally:
        start_up.settle()
        executor.close()


def sources(paths: Iterable[str | Path]) -> Iterator[str | Skipped]:
    """Each URL, file and file under a folder, in the order given; a path that is missing is skipped."""
    for raw in paths:
        if is_url(str(raw)):
            yield str(raw)
            continue
        files, skipped = expand_paths([raw])
        yield from skipped
        yield from (str(f) for f in files)


def _fetched(url: str, settings: Settings):
    from ..sources.web import fetch_source  # the HTTP client is imported only when a URL is given
    return fetch_source(url, settings)


def jobs(entries: list[str | Skipped], settings: Settings) -> Iterator[Job]:
    """One extraction job per source, read here (files) or fetched here (URLs), in order."""
    for entry in entries:
        if isinstance(entry, Skipped):
            yield Job(entry.item, not_a_source, (entry,))
            continue
        try:
            source = (_fetched(entry, settings) if is_url(entry)
                      else read_bytes(Path(entry), settings.max_file_bytes))
        except Exception as exc:  # a reader bug must not lose the other files
            source = failure(entry, exc)
        if isinstance(source, Skipped):
            yield Job(entry, left_out, (source,))
        else:
            yield Job(entry, extract_source, (source, settings.user_lexicon, settings.ocr, settings.document_budget))


def left_out(skipped: Skipped) -> FileWork:
    """A source that could not be read or fetched."""
    return [skipped]


def not_a_source(skipped: Skipped) -> FileWork:
    """A path given that names no file or folder."""
    return [skipped]


def file_outcomes(job: Job, result: FileWork | Failed) -> FileWork:
    if isinstance(result, Failed):
        if result.code == "worker_died":
            return [Skipped(job.key, "worker_died", result.reason)]
        return [Skipped(job.key, "extract_error", result.reason)]
    return result


def executor_for(settings: Settings, files: int) -> Executor:
    """Dask when the settings name a scheduler; else worker processes, as many as the batch keeps
    busy (starting one costs about a second), or this process alone."""
    if settings.dask:
        from .dask_cluster import DaskWorkers

        return DaskWorkers(settings.dask, settings.worker_count)
    workers = min(settings.worker_count, files // FILES_PER_WORKER)
    return Processes(workers) if workers > 1 else InProcess()
