"""One record per deal: the same deal stated twice (a repeated paragraph, a recap of the lead), or
told once per licensor when two companies license together ("the buyer pays Halvern and Quorvane"),
becomes one record whose terms fill in and never add up; a NewCo and the licence that gives it its
founder's asset are one NewCo deal."""
from __future__ import annotations

from ..model.patterns import rx
from ..model.records import Deal
from .context import Context

_FIELDS = ("asset", "territory", "upfront", "milestones", "total", "equity", "royalty", "announced")
_AND = rx(r"^\s*(?:,?\s*and|&|和|及|与|、)\s*$")


def merged(ctx: Context, deals: list[Deal]) -> list[Deal]:
    pairs = coordinated_names(ctx)
    out: list[Deal] = []
    for deal in deals:
        same = next((d for d in out if (d.licensor, d.licensee) == (deal.licensor, deal.licensee)
                     and _kinds_agree(d, deal) and _assets_agree(d, deal)), None)
        if same is None:
            same = next((d for d in out if _co_licensor(d, deal, pairs)), None)
        if same is None:
            out.append(deal)
            continue
        if deal.deal_type == "newco":
            same.deal_type = "newco"
        for attr in _FIELDS:
            if getattr(same, attr) is None and getattr(deal, attr) is not None:
                setattr(same, attr, getattr(deal, attr))
        same.evidence = same.evidence + [e for e in deal.evidence if e not in same.evidence][:2]
    return _one_sided_absorbed(_bare_absorbed(out))


def unlisted(prose: list[Deal], listed: list[Deal]) -> list[Deal]:
    """The prose deals of pairs no table or round-up line lists. A listed pair is read once, but the
    prose may tell more of its terms than the list ("- A licensed X to B for $45 million upfront and up
    to $610 million in milestones" above a recap table with the upfront only): they fill in."""
    by_pair = {frozenset((d.licensor, d.licensee)): d for d in listed}
    out = []
    for deal in prose:
        same = by_pair.get(frozenset((deal.licensor, deal.licensee)))
        if same is None:
            out.append(deal)
        elif _kinds_agree(same, deal) and _assets_agree(same, deal):
            for attr in _FIELDS:
                if getattr(same, attr) is None and getattr(deal, attr) is not None:
                    setattr(same, attr, getattr(deal, attr))
            same.evidence = same.evidence + [e for e in deal.evidence if not any(
                e.start < o.end and o.start < e.end for o in same.evidence)][:2]
    return out


def _bare_absorbed(deals: list[Deal]) -> list[Deal]:
    """A licence or collaboration of two parties told with no asset and no money ("X Acquires Rights to a
    DLL3 Radioconjugate from Y" heading the article) is the deal of the same two that the text tells with
    its terms, whatever kind that one is."""
    out = list(deals)
    for bare in deals:
        if bare.deal_type not in ("license", "collaboration") or bare.asset or any(
                getattr(bare, attr) for attr in ("upfront", "milestones", "total", "equity")):
            continue
        full = [d for d in out if d is not bare and {d.licensor, d.licensee} == {bare.licensor, bare.licensee}]
        if len(full) != 1:
            continue
        full[0].evidence = [e for e in bare.evidence if e not in full[0].evidence][:1] + full[0].evidence
        full[0].territory = full[0].territory or bare.territory
        full[0].announced = full[0].announced or bare.announced
        out.remove(bare)
    return out


def _one_sided_absorbed(deals: list[Deal]) -> list[Deal]:
    """A deal told with one party ("GSK agrees $2bn deal for a Chinese biotech's drug") where the
    article tells exactly one deal of that party with both named is that deal: its terms fill in."""
    out = list(deals)
    for partial in deals:
        named = {partial.licensor, partial.licensee} - {None}
        if len(named) != 1:
            continue
        full = [d for d in out if d is not partial and d.licensor and d.licensee and named <= {d.licensor, d.licensee}
                and _assets_agree(d, partial) and (_kinds_agree(d, partial) or partial.deal_type == "license")]
        if len(full) != 1:
            continue
        for attr in _FIELDS:
            if getattr(full[0], attr) is None and getattr(partial, attr) is not None:
                setattr(full[0], attr, getattr(partial, attr))
        full[0].evidence = full[0].evidence + [e for e in partial.evidence if e not in full[0].evidence][:2]
        out.remove(partial)
    return out


def coordinated_names(ctx: Context) -> set[frozenset[str]]:
    """Pairs of companies the text joins with "and" ("Halvern and Quorvane", "甲公司与乙公司")."""
    pairs = set()
    companies = [m for m in ctx.companies if m.name]
    for a, b in zip(companies, companies[1:]):
        if a.name != b.name and _AND.match(ctx.text[a.end:b.start]):
            pairs.add(frozenset((a.name, b.name)))
    return pairs


def _kinds_agree(a: Deal, b: Deal) -> bool:
    """The same kind, or a NewCo and the licence through which it gets its asset from its founder, the
    stake in the NewCo that its founder takes as part of the price, or the terms its founder gets told
    with no word of licensing (a 合作 between the same two)."""
    return a.deal_type == b.deal_type or {a.deal_type, b.deal_type} in (
        {"newco", "license"}, {"newco", "equity"}, {"newco", "collaboration"})


def _assets_agree(a: Deal, b: Deal) -> bool:
    """No asset on one side, or the same name however it is capitalised ("Zanidatamab" heading a defined
    agreement name, "zanidatamab" in prose)."""
    return a.asset is None or b.asset is None or a.asset.casefold() == b.asset.casefold()


def _co_licensor(a: Deal, b: Deal, pairs: set[frozenset[str]]) -> bool:
    """Two licensors of one asset to one licensee: stated in the same sentences, or named together
    as a pair in the text and of the same kind of deal. The first licensor named stands for both."""
    if not (a.licensee and a.licensee == b.licensee and a.licensor and b.licensor and a.licensor != b.licensor):
        return False
    if a.asset and a.asset == b.asset and {(e.start, e.end) for e in a.evidence} & {(e.start, e.end) for e in b.evidence}:
        return True
    return a.deal_type == b.deal_type and _assets_agree(a, b) and frozenset((a.licensor, b.licensor)) in pairs
