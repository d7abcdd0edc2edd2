"""Ingesting paths into the store: the loop shared by the CLI and the API."""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..documents.dedup import DuplicateIndex
from ..model.records import Skipped
from ..resolve.batch import failure, iter_article_facts, safe_bundle
from ..resolve.companies import CompanyRegistry
from ..extraction.lexicon import default_lexicon
from ..settings import Settings
from ..store import Store, StoreError


@dataclass
class IngestSummary:
    files: int = 0
    articles: int = 0
    stored: int = 0
    unchanged: int = 0
    duplicates: int = 0
    facts: Counter = field(default_factory=Counter)
    skipped: list[Skipped] = field(default_factory=list)


def ingest_paths(store: Store, paths: Iterable[str | Path], on_file: Callable[[str], None] | None = None,
                 settings: Settings | None = None) -> IngestSummary:
    summary = IngestSummary()
    duplicates = DuplicateIndex()
    for doc_id, text in store.document_texts():
        duplicates.add(doc_id, text)
    registry = CompanyRegistry(default_lexicon())

    def count_file(name: str) -> None:
        summary.files += 1
        if on_file:
            on_file(name)

    for item in iter_article_facts(paths, duplicates=duplicates, on_file=count_file, settings=settings):
        if isinstance(item, Skipped):
            summary.skipped.append(item)
            continue
        summary.articles += 1
        done = safe_bundle(item, registry)
        if isinstance(done, Skipped):
            summary.skipped.append(done)
            continue
        try:
            outcome = store.save(done)
        except StoreError as exc:
            summary.skipped.append(Skipped(done.document.id, "store_failed", str(exc)))
            continue
        except Exception as exc:  # a store bug loses this document only
            summary.skipped.append(failure(done.document.id, exc))
            continue
        if outcome.status == "stored":
            summary.stored += 1
            for key, records in item.records.items():
                summary.facts[key] += len(records)
        elif outcome.status == "duplicate":
            summary.duplicates += 1
        else:
            summary.unchanged += 1
    store.record_run(summary.files, summary.articles, sum(summary.facts.values()), summary.skipped)
    return summary
