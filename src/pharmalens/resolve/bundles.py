"""One article's facts resolved against the companies of the run: the bundle the store writes."""
from __future__ import annotations

from collections.abc import Iterable

from ..extraction.companies import CompanyMention
from ..model.records import Deal, Document, DocumentBundle, Money, Record
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


def once_per_deal(deals: list[Deal]) -> list[Deal]:
    """One article's deals that are one deal once their parties are resolved: a bilingual release
    tells it in Chinese and in English (岚屿医药 … Lanyu Pharma), with the same asset, kind and money.
    The first keeps its fields, filled in from the others, and their evidence."""
    kept: dict[tuple, Deal] = {}
    for deal in deals:
        key = (deal.licensor, deal.licensee, deal.asset, deal.deal_type,
               *(_amount(m) for m in (deal.upfront, deal.milestones, deal.total)))
        first = kept.setdefault(key, deal)
        if first is deal:
            continue
        for attr in ("territory", "equity", "royalty", "announced"):
            if getattr(first, attr) is None:
                setattr(first, attr, getattr(deal, attr))
        first.evidence = first.evidence + [e for e in deal.evidence if e not in first.evidence]
    return list(kept.values())


def _amount(money: Money | None) -> tuple | None:
    return (money.amount, money.currency) if money is not None else None
