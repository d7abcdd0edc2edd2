"""Which regulator an event is told of: the agencies its clause or sentence names, else those of the
countries it names, else (for filings, approvals and designations) the agency its paragraph named last,
and for an approval the one agency its headline names."""
from __future__ import annotations

import re
from functools import lru_cache

from ..model.patterns import rx
from ..model.vocabulary import load_yaml
from .context import Context
from .cues import cue_sets
from .sentences import Sentence, clauses

_DESIGNATIONS = ("breakthrough", "orphan", "fast_track")
_LIST_ITEM = rx(r"\s*(?:and\s+|与|和|及|以及)?(?:the\s+)?[A-Z\u4e00-\u9fff][\w.\s\u4e00-\u9fff]{0,20}", re.I)


@lru_cache(maxsize=1)
def _country_sets() -> tuple[tuple[str, str], ...]:
    return tuple((name, name.rsplit(".", 1)[1]) for name in cue_sets() if name.startswith("regulatory.country."))


@lru_cache(maxsize=1)
def recorded_as() -> dict[str, str]:
    return {a["agency"]: a["recorded_as"] for a in load_yaml("agencies.yaml") if a.get("recorded_as")}


@lru_cache(maxsize=1)
def payers() -> frozenset[str]:
    """Bodies that list, price or pay for drugs and approve none (NHSA, CMS): no event falls to them."""
    return frozenset(a["agency"] for a in load_yaml("agencies.yaml") if a.get("payer"))


def event_agencies(ctx: Context, sentence: Sentence, clause: Sentence, event: str, pos: int,
                   siblings: tuple[tuple[int, int], ...] = ()) -> list[str]:
    """The clause's agencies, else the sentence's but for those of the other items of its list of events."""
    for start, end in ((clause.start, clause.end), (sentence.start, sentence.end)):
        named = [recorded_as().get(h.canonical, h.canonical) for h in ctx.hits("agency", start, end)
                 if not any(s <= h.start < e for s, e in siblings)]
        if named:
            return list(dict.fromkeys(named))
    if ctx.cues.has("regulatory.china_documents", clause.start, clause.end) and ctx.in_range(ctx.assets, clause.start, clause.end) \
            and set(countries(ctx, sentence.start, sentence.end)) <= {"NMPA"}:
        return ["NMPA"]  # a notice only NMPA issues (…批准通知书), for a drug the clause names
    if event == "ind" and _REGULATOR.search(ctx.text, clause.start, clause.end):
        return _country_agencies(ctx, sentence, clause) or _agency_before(ctx, sentence)  # "China's drug regulator"
    if event in ("filing", "approval"):
        return _country_agencies(ctx, sentence, clause) or _agency_before(ctx, sentence) or _headline_agency(ctx, sentence)
    if event == "ind":
        return _headline_agency(ctx, sentence)
    return (_nearest_country(ctx, sentence, clause, pos) or _agency_before(ctx, sentence)) if event in _DESIGNATIONS else []


_REGULATOR = rx(r"\b(?:regulators?|health authorit(?:y|ies)|watchdog)\b|药监部门|药品监管部门|监管机构", re.I)


def _nearest_country(ctx: Context, sentence: Sentence, clause: Sentence, pos: int) -> list[str]:
    """A designation's countries: the clause's, else the sentence's nearest it ("In the US, X has BTD, and orphan status in the EU")."""
    hits = sorted((abs(c.start - pos), agency) for name, agency in _country_sets() for c in ctx.cues.hits(name, sentence.start, sentence.end))
    return list(dict.fromkeys(countries(ctx, clause.start, clause.end))) or [a for _, a in hits[:1]]


def _agency_before(ctx: Context, sentence: Sentence) -> list[str]:
    """A designation or filing whose sentence names no agency nor country is granted by, or filed with,
    the one its paragraph named last before it ("The FDA granted X Breakthrough Therapy designation. X
    previously received Fast Track designation", "…获NMPA批准。此外，Y的上市申请已获受理")."""
    start, _ = ctx.paragraph_of(sentence.start)
    earlier = [h for h in ctx.hits("agency", start, sentence.start) if h.canonical not in payers()]
    return [recorded_as().get(earlier[-1].canonical, earlier[-1].canonical)] if earlier else []


def _headline_agency(ctx: Context, sentence: Sentence) -> list[str]:
    """The one agency a headline names, for an approval, filing or trial clearance its body tells
    without one ("FDA clears X's gout drug" … "X was approved for adults with gout"; a round-up
    "本周NMPA审评审批一览" over "甲公司的X获批临床")."""
    end = ctx.text.find("\n")
    if end < 0 or sentence.start <= end:
        return []
    named = {recorded_as().get(h.canonical, h.canonical) for h in ctx.hits("agency", 0, end) if h.canonical not in payers()}
    return list(named) if len(named) == 1 else []


def _country_agencies(ctx: Context, sentence: Sentence, clause: Sentence) -> list[str]:
    """Regulators of the countries the clause names, with the list it opens ("in the United States,
    China, and Japan"); else of those the sentence names."""
    found = countries(ctx, clause.start, clause.end)
    if found:
        for following in [c for c in clauses(sentence) if c.start > clause.start]:
            if not _LIST_ITEM.fullmatch(following.text):
                break
            found += countries(ctx, following.start, following.end)
        return list(dict.fromkeys(found))
    return countries(ctx, sentence.start, sentence.end)


def countries(ctx: Context, start: int, end: int) -> list[str]:
    hits = sorted((c.start, agency) for name, agency in _country_sets() for c in ctx.cues.hits(name, start, end))
    return [agency for _, agency in hits]
