"""A code written with its radiolabel in front ([225Ac]Ac-HLX-207, [225Ac]-HLX-207, 177Lu-XT117): one drug
known by its code, unless the article labels the one ligand with two nuclides ([225Ac]-X beside
[177Lu]-X), where each labelled form is a drug of its own."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from .nuclides import find_nuclides

if TYPE_CHECKING:
    from .assets import AssetMention

LABEL = r"(?:\[\s*\d{2,3}m?\s*[A-Z][a-z]?\s*\]\s*(?:[A-Z][a-z]?)?-|(?<![A-Za-z0-9-])\d{2,3}m?[A-Z][a-z]?-)"


@lru_cache(maxsize=8192)
def canonical_code(surface: str, body: str) -> str:
    """The code without its label, where what is left is a code (matches `body`) holding a digit."""
    surface = re.sub(r"\s+", "", surface)
    bare = re.sub(LABEL, "", surface, count=1)
    if bare != surface and re.fullmatch(body, bare) and re.search(r"\d", bare):
        return bare
    return surface


def _label_nuclide(mention: AssetMention) -> str | None:
    label = re.match(LABEL, mention.surface)
    found = find_nuclides(label.group(0)) if label else []
    return found[0].nuclide if found else None


def separate_variants(found: list[AssetMention]) -> list[AssetMention]:
    """Where one code carries labels of two nuclides, each labelled mention is named as written, and a
    bare mention of the code is the variant named last before it (else the first)."""
    nuclides: dict[str, set[str]] = {}
    for mention in found:
        nuclide = _label_nuclide(mention) if mention.surface != mention.name else None
        if nuclide:
            nuclides.setdefault(mention.name, set()).add(nuclide)
    split = {name for name, kinds in nuclides.items() if len(kinds) > 1}
    if not split:
        return found
    ordered = sorted(found, key=lambda m: m.start)
    labelled = {id(m): re.sub(r"\s+", "", m.surface) for m in ordered
                if m.name in split and m.surface != m.name and _label_nuclide(m)}
    first = {}
    for mention in ordered:
        if id(mention) in labelled:
            first.setdefault(mention.name, labelled[id(mention)])
    out, last = [], dict(first)
    for mention in ordered:
        if id(mention) in labelled:
            last[mention.name] = labelled[id(mention)]
            mention = replace(mention, name=labelled[id(mention)])
        elif mention.name in split:
            mention = replace(mention, name=last[mention.name])
        out.append(mention)
    return out
