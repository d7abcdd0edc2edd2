"""Small readings of an asset's attributes from a span of the article: modality, targets, indications,
and the nuclide its name carries."""
from __future__ import annotations

import re

from .context import Context
from .nuclides import find_nuclides
from ..model.patterns import rx

GENERIC_MODALITIES = {"radiopharmaceutical", "rlt"}
NOT_DISCLOSED = rx(r"not disclosed|undisclosed|未披露|n/?a", re.I)


def indications_in(ctx: Context, start: int, end: int) -> list[str]:
    """Indications as the article writes them (a long name and its abbreviation both kept)."""
    return list(dict.fromkeys(ctx.evidence(h.start, h.end).quote for h in ctx.hits("indication", start, end)))


def modality_in(ctx: Context, start: int, end: int) -> str | None:
    hits = ctx.hits("modality", start, end)
    return hits[-1].canonical if hits else None


def targets_in(ctx: Context, start: int, end: int) -> list[str]:
    return list(dict.fromkeys(h.canonical for h in ctx.hits("target", start, end)))


def name_nuclide(name: str) -> str | None:
    found = find_nuclides(name)
    return found[0].nuclide if found else None
