"""What an extraction worker does with one source: its text (PDF and DOCX read here), articles,
facts, USD amounts, evidence pages and the near-duplicate signature, returned as plain picklable
records for the writer.

The same function runs in-process, in a worker process and on a Dask worker, so every mode
produces the same facts. Any exception in one article becomes that article's `extract_error`."""
from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from ..documents.articles import read_articles
from ..documents.dedup import Signature, signature
from ..extraction.companies import CompanyMention
from ..extraction.lexicon import default_lexicon
from ..extraction.money import local_currency
from ..extraction.pipeline import extract_article
from ..model.budget import DOCUMENT_MEMORY_BYTES, DOCUMENT_SECONDS, TooComplex, budget
from ..model.contract import record_to_json
from ..model.records import Document, Record, Skipped
from ..resolve.currency import add_usd
from ..resolve.names import stock_codes
from ..sources.files import SourceFile, with_text


@dataclass(frozen=True)
class ExtractedArticle:
    """One article's facts before cross-document resolution. `document.duplicate_of` is not set:
    only the writer, which sees the documents in order, can say what came first."""

    document: Document
    records: dict[str, list[Record]]
    companies: list[CompanyMention]
    mentions: dict[str, list[str]]
    signature: Signature
    codes: dict[str, set[str]]  # stock codes written beside the names of companies the lexicon does not know


FileWork = list[ExtractedArticle | Skipped]


def failure(item: str, exc: BaseException) -> Skipped:
    """The outcome of an exception while working on one file or document: `too_complex` when it
    went over its budget (or memory ran out), else `extract_error`."""
    if isinstance(exc, TooComplex):
        return Skipped(item, "too_complex", str(exc))
    if isinstance(exc, MemoryError):
        return Skipped(item, "too_complex", "ran out of memory")
    message = " ".join(str(exc).split())[:300]
    return Skipped(item, "extract_error", f"{type(exc).__name__}: {message}" if message else type(exc).__name__)


def extract_source(source: SourceFile, user_lexicon: Path | None = None, ocr: bool = False,
                   limits: tuple[float, int] = (DOCUMENT_SECONDS, DOCUMENT_MEMORY_BYTES)) -> FileWork:
    """Every article of one source, or why it was left out; one bad article never loses the others.
    Reading the file, and extracting each article, run under a budget of `limits` (seconds, bytes)."""
    lexicon = default_lexicon(user_lexicon)
    try:
        with budget(*limits):
            readable = with_text(source, ocr)
            articles = readable if isinstance(readable, Skipped) else read_articles(readable)
    except Exception as exc:  # a reader bug must not lose the other files
        return [failure(source.path, exc)]
    if isinstance(articles, Skipped):
        return [articles]
    out: FileWork = []
    for article in articles:
        try:
            with budget(*limits):
                out.append(extract_one(article, lexicon))
        except Exception as exc:  # an extractor, currency or serialisation bug loses this article only
            out.append(failure(article.document.label, exc))
    return out


def extract_one(article, lexicon) -> ExtractedArticle:
    facts = extract_article(article, lexicon)
    document = facts.article.document
    records = [record for group in facts.records.values() for record in group]
    add_usd(records)
    add_pages(records, document)
    for record in records:
        record_to_json(record)  # refuses what JSON cannot hold (non-finite numbers) before anything is kept
    document = replace(document, offsets=())  # the writer never needs the offset map
    return ExtractedArticle(document, facts.records, facts.companies, facts.mentions,
                            signature(document.text, document.content_hash),
                            provisional_codes(document.text, facts.companies, document.lang))


def provisional_codes(text: str, mentions: list[CompanyMention], lang: str = "en") -> dict[str, set[str]]:
    """Stock codes beside each provisional company's names, by the company's name; a short code with
    no exchange is Taiwan's on a page whose money is Taiwan's."""
    codes: dict[str, set[str]] = {}
    surfaces = {}
    for mention in mentions:
        if mention.provisional:
            surfaces.setdefault(mention.surface, mention.name)
            surfaces.setdefault(mention.name, mention.name)
    if not surfaces:
        return codes
    market = "TW" if local_currency(text, lang) == "TWD" else "HK"
    for surface, found in stock_codes(text, list(surfaces), market).items():
        codes.setdefault(surfaces[surface], set()).update(found)
    return codes


def add_pages(records: list[Record], document: Document) -> None:
    """Every evidence of a paged source (PDF) says which page it starts on."""
    if not document.pages:
        return
    for record in records:
        record.evidence = [replace(e, page=document.page_of(e.start)) for e in record.evidence]
