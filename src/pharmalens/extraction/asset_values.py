"""Small readings of an asset's attributes from a span of the article: modality, targets, indications,
and the nuclide its name carries."""
from __future__ import annotations

import re
from functools import lru_cache

from .context import Context
from .nuclides import find_nuclides
from ..model.patterns import rx
from ..model.vocabulary import load_yaml

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


@lru_cache(maxsize=1)
def _radiolabelled_classes() -> dict[str, str]:
    return {row["modality"]: row["radiolabelled"] for row in load_yaml("modalities.yaml") if row.get("radiolabelled")}


def radiolabelled_modality(modality: str | None) -> str | None:
    """The radiopharmaceutical class of a drug of this modality that carries a nuclide (data/modalities.yaml
    `radiolabelled`): a labelled antibody is an ARC; the modality itself where it names no such class."""
    return _radiolabelled_classes().get(modality or "", modality)
