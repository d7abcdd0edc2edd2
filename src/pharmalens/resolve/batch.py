"""Extracting a batch of files into one Extraction: documents, companies, records, mentions."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path

from ..documents.articles import Article, read_articles
from ..documents.dedup import DuplicateIndex
from ..extraction.lexicon import Lexicon, default_lexicon
from ..extraction.pipeline import ArticleFacts, extract_article
from ..model.contract import record_to_json
from ..model.records import Document, DocumentBundle, Extraction, Record, Skipped
from ..settings import Settings, get_settings
from ..sources.files import expand_paths, read_source
from ..sources.web import fetch_source, is_url
from .companies import CompanyRegistry
from .currency import add_usd

_COMPANY_FIELDS = ("company", "licensor", "licensee")


def iter_article_facts(paths: Iterable[str | Path], duplicates: DuplicateIndex | None = None,
                       lexicon: Lexicon | None = None,
                       on_file: Callable[[str], None] | None = None,
                       settings: Settings | None = None) -> Iterable[ArticleFacts | Skipped]:
    """Facts of every article under the paths and URLs, in order, and an outcome for every one left out."""
    lexicon = lexicon or default_lexicon()
    settings = settings or get_settings()
    duplicates = duplicates if duplicates is not None else DuplicateIndex()
    for item in iter_sources(paths, on_file):
        if isinstance(item, Skipped):
            yield item
            continue
        articles = _safe_read(item, settings, duplicates)
        if isinstance(articles, Skipped):
            yield articles
            continue
        for article in articles:
            yield _safe_extract(article, lexicon)


def iter_sources(paths: Iterable[str | Path], on_file: Callable[[str], None] | None = None) -> Iterable[str | Skipped]:
    """Each URL, file and file under a folder, in the order given; a path that is missing is skipped."""
    for raw in paths:
        if is_url(str(raw)):
            names, skipped = [str(raw)], []
        else:
            files, skipped = expand_paths([raw])
            names = [str(f) for f in files]
        yield from skipped
        for name in names:
            if on_file:
                on_file(name)
            yield name


def failure(item: str, exc: BaseException) -> Skipped:
    """The outcome of an unexpected exception while working on one file or document."""
    message = " ".join(str(exc).split())[:300]
    return Skipped(item, "extract_error", f"{type(exc).__name__}: {message}" if message else type(exc).__name__)


def _safe_read(name: str, settings: Settings, duplicates: DuplicateIndex) -> list[Article] | Skipped:
    try:
        source = (fetch_source(name, settings) if is_url(name)
                  else read_source(Path(name), settings.max_file_bytes, ocr=settings.ocr))
        return source if isinstance(source, Skipped) else read_articles(source, duplicates)
    except Exception as exc:  # a reader bug must not lose the other files
        return failure(name, exc)


def _safe_extract(article: Article, lexicon: Lexicon) -> ArticleFacts | Skipped:
    try:
        return extract_article(article, lexicon)
    except Exception as exc:  # an extractor bug must not lose the other articles
        return failure(article.document.id, exc)


def safe_bundle(facts: ArticleFacts, registry: CompanyRegistry) -> DocumentBundle | Skipped:
    """`bundle`, with any exception turned into the document's outcome."""
    try:
        return bundle(facts, registry)
    except Exception as exc:  # currency, serialisation or resolution bugs lose one document only
        return failure(facts.article.document.id, exc)


def bundle(facts: ArticleFacts, registry: CompanyRegistry) -> DocumentBundle:
    """The article's records with USD amounts and its companies resolved. Records are checked to
    serialise (finite numbers) before the registry learns anything from a document that may fail."""
    records = [r for rs in facts.records.values() for r in rs]
    add_usd(records)
    add_pages(records, facts.article.document)
    for record in records:
        record_to_json(record)
    for mention in facts.companies:
        registry.add(mention)
    names = {m.name for m in facts.companies}
    for record in records:
        for field in _COMPANY_FIELDS:
            name = getattr(record, field, None)
            registry.ensure(name)
            if name:
                names.add(name)
    by_name = {c.name: c for c in registry.companies()}
    return DocumentBundle(facts.article.document, records, [by_name[n] for n in sorted(names) if n in by_name])


def add_pages(records: list[Record], document: Document) -> None:
    """Every evidence of a paged source (PDF) says which page it starts on."""
    if not document.pages:
        return
    for record in records:
        record.evidence = [replace(e, page=document.page_of(e.start)) for e in record.evidence]


def extract_batch(paths: Iterable[str | Path], lexicon: Lexicon | None = None,
                  settings: Settings | None = None) -> Extraction:
    lexicon = lexicon or default_lexicon()
    registry = CompanyRegistry(lexicon)
    result = Extraction()
    for item in iter_article_facts(paths, lexicon=lexicon, settings=settings):
        if isinstance(item, Skipped):
            result.skipped.append(item)
            continue
        done = safe_bundle(item, registry)
        if isinstance(done, Skipped):
            result.skipped.append(done)
            continue
        result.documents.append(item.article.document)
        for key, records in item.records.items():
            result.records[key].extend(records)
        for key, values in item.mentions.items():
            result.mentions[key].extend(v for v in values if v not in result.mentions[key])
    result.companies = registry.companies()
    return result
