"""Drugs given together: "X联合PD-1单抗治疗…", "X in combination with a PD-1 antibody for …". The
words after a combination cue (cues/assets.yaml asset.combination) describe the partner drug, up to
the clause's end or the disease it treats, and say nothing of X."""
from __future__ import annotations

import re

from ..model.patterns import rx
from .context import Context

_PARTNER_END = rx(r"[,，;；。]|治疗|用于|适用于|\bfor\b|\bin patients\b|\bin (?:adults?|previously)\b", re.I)


def partner_spans(ctx: Context, start: int, end: int) -> list[tuple[int, int]]:
    """Each combination cue in [start, end) with the words naming the partner drug after it."""
    return _cue_spans(ctx, "asset.combination", start, end)


def comparator_spans(ctx: Context, start: int, end: int) -> list[tuple[int, int]]:
    """Each word that brings in the drug compared with ("versus an androgen receptor inhibitor",
    "对比PD-1单抗") with the words naming that drug, as for a partner."""
    return _cue_spans(ctx, "asset.comparator_ahead", start, end)


def _cue_spans(ctx: Context, cue_set: str, start: int, end: int) -> list[tuple[int, int]]:
    """Each cue of the set in [start, end), up to the clause's end or the disease the drug treats."""
    spans = []
    for cue in ctx.cues.hits(cue_set, start, end):
        stop = _PARTNER_END.search(ctx.text, cue.end, end)
        spans.append((cue.start, stop.start() if stop else end))
    return spans


def targets_outside_partners(ctx: Context, start: int, end: int) -> list[str]:
    """The targets named in [start, end), but those of a partner or compared drug."""
    spans = partner_spans(ctx, start, end) + comparator_spans(ctx, start, end)
    return list(dict.fromkeys(h.canonical for h in ctx.hits("target", start, end)
                              if not any(s <= h.start < e for s, e in spans)))
