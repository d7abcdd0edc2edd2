"""Chinese place names (provinces, cities) that open company names and descriptors."""
from __future__ import annotations

from functools import lru_cache

from ..model.vocabulary import load_yaml


@lru_cache(maxsize=1)
def chinese_places() -> tuple[str, ...]:
    names = [p for group in load_yaml("places.yaml") for p in group]
    return tuple(sorted(names, key=len, reverse=True))
