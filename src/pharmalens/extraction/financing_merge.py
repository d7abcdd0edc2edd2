"""Merging the financings an article tells more than once: the same round named again, by its kind
word, in a later sentence or without its round, into one record."""
from __future__ import annotations

from ..model.records import Financing


def add_financing(records: list[Financing], record: Financing, published: str | None = None) -> None:
    """Merge a record into the company's record of the same round; a raise named with no round and
    either no amount ("新一轮融资将用于…"), or the amount of a round already read ("priced its IPO …,
    raising $200 million"), or told in the round's own sentence, is that round, whichever is read first (a
    headline's "raises $40 million" over the body's "$40 million Series A"). A day the body states
    replaces the page's date a headline took for want of one."""
    for existing in records:
        if existing.company == record.company and not _two_unnamed_raises(existing, record) \
                and (existing.round == record.round or _told_again(existing, record) or _told_again(record, existing)
                     or _same_round_named_twice(existing, record)):
            if existing.round is None or (existing.round in _KIND_ONLY and record.round not in _KIND_ONLY):
                existing.round = existing.round if record.round is None else record.round
            existing.amount = existing.amount or record.amount
            existing.exchange = existing.exchange or record.exchange
            stated = published is not None and existing.announced == published and record.announced is not None \
                and len(record.announced) == len(published) and record.announced < published
            existing.announced = record.announced if stated else existing.announced or record.announced
            existing.investors = list(dict.fromkeys(existing.investors + record.investors))
            existing.evidence.extend(e for e in record.evidence if e not in existing.evidence)
            return
    records.append(record)


def _two_unnamed_raises(existing: Financing, record: Financing) -> bool:
    """"secured $30 million from X. Later, it secured $12 million from Y": with no round named, two
    different amounts in one currency are two raises (in two currencies, one may convert the other)."""
    return existing.round is None and record.round is None and existing.amount is not None \
        and record.amount is not None and existing.amount.currency == record.amount.currency \
        and existing.amount.amount != record.amount.amount


_KIND_ONLY = ("pre-ipo",)  # a kind of round ("crossover"), which the same round's letter says better


def _same_round_named_twice(existing: Financing, record: Financing) -> bool:
    """"Crossover Financing" in the headline and "a $200 million Series C crossover round" below: one round."""
    if (existing.round in _KIND_ONLY) == (record.round in _KIND_ONLY) or existing.amount is None or record.amount is None:
        return False
    return (existing.amount.amount, existing.amount.currency) == (record.amount.amount, record.amount.currency)


def _told_again(existing: Financing, record: Financing) -> bool:
    if record.round is not None:
        return False
    if record.evidence[0] in existing.evidence:
        return True  # "raised $60 million in a Series A extension, bringing the total raised to $135 million"
    return record.amount is None or (existing.amount is not None and (existing.amount.amount, existing.amount.currency)
                                     == (record.amount.amount, record.amount.currency))
