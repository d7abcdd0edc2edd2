"""Why a programme stopped: the clause after a cause word (terminations.reason in
data/cues/terminations.yaml: 由于, 基于, due to), else a clause opened by 因, else the kind of reasons named."""
from __future__ import annotations

import re

from ..documents.language import to_simplified
from ..model.patterns import rx
from .context import Context
from .sentences import Sentence

_CAUSE_CLAUSE = rx(r"(?:^|(?<=[,，;；:：。\n]))\s*因(?![此而])(?P<r>[^,，;；。]{2,30})"
                   r"|\bfor\s+(?P<r2>(?:[a-z-]+\s+){0,2}(?:reasons?|considerations?))\b", re.I)


def reason_of(ctx: Context, sentence: Sentence) -> str | None:
    """The clause after a cause word (由于, due to); else a clause opened by 因 ("因战略调整,…"), or
    the kind of reasons named ("for business reasons")."""
    cue = next(iter(ctx.cues.hits("terminations.reason", sentence.start, sentence.end)), None)
    if cue is None:
        match = _CAUSE_CLAUSE.search(ctx.text, sentence.start, sentence.end)
        if match is None:
            return None
        group = "r" if match.group("r") else "r2"
        return ctx.evidence(match.start(group), match.end(group)).quote.strip()
    end = cue.end
    while end < sentence.end and ctx.text[end] not in ",;。.":
        end += 1
    reason = ctx.evidence(cue.end, end).quote.strip()
    tail = _DECISION_TAIL.search(to_simplified(reason))
    if tail and tail.start() >= 4:
        reason = reason[:tail.start()]  # "基于…未达预期做出的决策": the cause, not the decision it led to
    return reason or None


_DECISION_TAIL = rx(r"(?:而|所)?(?:做出|作出|做|作)?的?(?:决定|决策|考虑|考量)$")
