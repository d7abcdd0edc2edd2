"""Which agency grants which event when a clause names several of each ("Fast Track from the FDA and
PRIME from the EMA")."""
from __future__ import annotations

import re

from .context import Context
from .cues import Cue
from .sentences import Sentence
from ..model.patterns import rx


def agency_groups(ctx: Context, clause: Sentence, recorded_as: dict[str, str]) -> list[list[tuple[int, int, str]]]:
    """The agencies a clause names, those written together ("the FDA and the EMA") in one group."""
    groups: list[list[tuple[int, int, str]]] = []
    for h in ctx.hits("agency", clause.start, clause.end):
        named = (h.start, h.end, recorded_as.get(h.canonical, h.canonical))
        if groups and _TOGETHER.fullmatch(ctx.text, groups[-1][-1][1], h.start):
            groups[-1].append(named)
        else:
            groups.append([named])
    return groups


_TOGETHER = rx(r"\s*(?:,|and|&|/|、|和|及|与)?\s*(?:the\s+)?", re.I)


def nearest_group(groups: list[list[tuple[int, int, str]]], cue: Cue) -> list[str]:
    """Several events and agencies apart in one clause ("Fast Track from the FDA and PRIME from the
    EMA"): each event is granted by the agencies written nearest its word."""
    def distance(group: list[tuple[int, int, str]]) -> int:
        return min(max(s - cue.end, cue.start - e, 0) for s, e, _ in group)
    return list(dict.fromkeys(name for _, _, name in min(groups, key=distance)))
