"""One article's facts resolved against the companies of the run: the bundle the store writes."""
from __future__ import annotations

from collections.abc import Iterable

from ..extraction.companies import CompanyMention
from ..model.records import Document, DocumentBundle, Record
from .companies import CompanyRegistry

COMPANY_FIELDS = ("company", "licensor", "licensee")


def bundle_article(document: Document, records: dict[str, list[Record]], mentions: Iterable[CompanyMention],
                   registry: CompanyRegistry) -> DocumentBundle:
    """The document, its records, and every company it names with all the names known so far."""
    mentions = list(mentions)
    for mention in mentions:
        registry.add(mention)
    flat = [record for group in records.values() for record in group]
    names = {mention.name for mention in mentions}
    for record in flat:
        for field in COMPANY_FIELDS:
            name = getattr(record, field, None)
            registry.ensure(name)
            if name:
                names.add(name)
    companies = [registry.get(name) for name in sorted(names)]
    return DocumentBundle(document, flat, [company for company in companies if company is not None])
