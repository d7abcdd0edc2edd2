"""Deals told as a summary card: consecutive "key: value" lines whose keys name the licensor and the
licensee (or seller and buyer) and the asset ("**Licensor:** X", "**Licensee:** Y", "**Asset:** Z",
"**Upfront:** $40 million"; 许可方：…、被许可方：…). A machine summary states a deal this way with no
sentence relating the two companies."""
from __future__ import annotations

from .context import Context
from .cues import cue_regex
from .deal_items import DealItem
from .items import Item, card_runs
from .parties import Parties

_ROLES = ("licensor", "licensee", "asset", "upfront", "milestones", "total")
_MONEY_ROLES = ("upfront", "milestones", "total")


def card_deals(ctx: Context, taken: list[DealItem]) -> list[DealItem]:
    found = []
    for card in card_runs(ctx.text, ctx.layout.items):
        start, end = card[0].start, card[-1].end
        if any(i.start < end and start < i.end for i in taken):
            continue
        roles = _roles(ctx, card)
        licensor, licensee = _company(ctx, roles.get("licensor")), _company(ctx, roles.get("licensee"))
        if licensor is None or licensee is None or licensor.name == licensee.name:
            continue
        asset = next((a.label for a in ctx.in_range(ctx.assets, *roles["asset"])), None) if "asset" in roles else None
        money = {r: m.money for r in _MONEY_ROLES if r in roles for m in ctx.in_range(ctx.money, *roles[r])[:1]}
        found.append(DealItem(start, end, start, Parties(licensor, licensee, True), asset=asset, money=money or None))
    return found


def _roles(ctx: Context, card: list[Item]) -> dict[str, tuple[int, int]]:
    roles: dict[str, tuple[int, int]] = {}
    for item in card:
        key = ctx.text[item.key[0]:item.key[1]].strip(" \t*_#")
        role = next((r for r in _ROLES if cue_regex(f"deal.card_{r}", anchored=True, at_end=True).match(key)), None)
        if role is not None:
            roles.setdefault(role, item.value)
    return roles


def _company(ctx: Context, span: tuple[int, int] | None):
    return next(iter(ctx.companies_in(*span, with_self=False)), None) if span else None
