"""The company a relative clause tells of: "partnered with X, which paid $18 million before handing the rights
back" makes X the subject of the clause's event, though X follows a preposition."""
from __future__ import annotations

import re

from .context import Context
from ..model.patterns import rx

_RELATIVE = rx(r"\s*(?:which|who)\b", re.I)
_BEFORE_COMMA = rx(r"\s*,\s*")


def relative_subject(ctx: Context, named: list, clause_start: int, pos: int) -> str | None:
    """The company written just before ", which" when the event word sits in that clause."""
    if not _RELATIVE.match(ctx.text, clause_start, pos):
        return None
    before = [m for m in named if m.end < clause_start and _BEFORE_COMMA.fullmatch(ctx.text, m.end, clause_start)]
    return before[-1].name if before else None
