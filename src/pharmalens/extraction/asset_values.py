"""Small readings of an asset's attributes from a span of the article: modality, targets, indications,
and the nuclide its name carries."""
from __future__ import annotations

import re
from functools import lru_cache

from .context import Context
from ..documents.language import to_simplified
from .nuclides import find_nuclides
from ..model.patterns import rx
from ..model.vocabulary import load_yaml

GENERIC_MODALITIES = {"radiopharmaceutical", "rlt"}
NOT_DISCLOSED = rx(r"not disclosed|undisclosed|未披露|n/?a", re.I)


def indications_in(ctx: Context, start: int, end: int) -> list[str]:
    """Indications as the article writes them (a long name and its abbreviation both kept)."""
    hits = ctx.hits("indication", start, end)
    return list(dict.fromkeys(ctx.quote(h.start, h.end) for h in hits)) if hits else []


def modality_in(ctx: Context, start: int, end: int) -> str | None:
    hits = ctx.hits("modality", start, end)
    return hits[-1].canonical if hits else None


def targets_in(ctx: Context, start: int, end: int) -> list[str]:
    """The targets named in the span, each once; asked ~35 times an article, most spans naming none."""
    hits = ctx.hits("target", start, end)
    return list(dict.fromkeys(h.canonical for h in hits)) if hits else []


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


@lru_cache(maxsize=1)
def _stems() -> list[tuple[str, str]]:
    return [(stem, row["modality"]) for row in load_yaml("modalities.yaml") for stem in row.get("stems") or []]


_INN_WORD = rx(r"[A-Za-z]{6,}|[\u4e00-\u9fff]{3,}")


@lru_cache(maxsize=1)
def _conjugate_heads() -> dict[str, str]:
    """Known ADCs by their antibody's INN (mirvetuximab soravtansine): the conjugate written without its
    payload is still the conjugate, unless that antibody is a drug of its own (trastuzumab)."""
    rows = load_yaml("drugs.yaml")
    alone = {row["inn"].lower() for row in rows if " " not in row.get("inn", "")}
    return {head: "adc" for row in rows if row.get("modality") == "adc" and " " in row["inn"]
            and (head := row["inn"].split()[0].lower()) not in alone}


def stem_modality(names: list[str]) -> str | None:
    """The modality an INN's stem names (velmisiran an siRNA, tolarimab an antibody): read only for a
    single-word name, where nothing else gives the drug one."""
    for name in names:
        if _INN_WORD.fullmatch(name):
            word = to_simplified(name).lower()
            found = _conjugate_heads().get(word) \
                or next((modality for stem, modality in _stems() if word.endswith(stem)), None)
            if found:
                return found
    return None
