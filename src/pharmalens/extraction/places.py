"""Chinese place names (provinces, cities) that open company names and descriptors."""
from __future__ import annotations

from functools import lru_cache

from ..model.vocabulary import load_yaml


@lru_cache(maxsize=1)
def chinese_places() -> tuple[str, ...]:
    names = [p for group in load_yaml("places.yaml") for p in group]
    return tuple(sorted(names, key=len, reverse=True))


@lru_cache(maxsize=1)
def chinese_place_names() -> frozenset[str]:
    """The place names as a set: whether a word is one, without comparing it with each."""
    return frozenset(chinese_places())


@lru_cache(maxsize=1)
def _by_length() -> tuple[frozenset[str], tuple[int, ...]]:
    return chinese_place_names(), tuple(sorted({len(n) for n in chinese_places()}, reverse=True))


@lru_cache(maxsize=8192)
def place_prefix(text: str, leave: int = 0) -> str:
    """The longest place name that starts the text and leaves at least `leave` characters after it."""
    names, lengths = _by_length()
    return next((text[:k] for k in lengths if len(text) - k >= leave and text[:k] in names), "")


def place_suffix(text: str, end: int) -> str:
    """The longest place name that ends at `end`: only the lengths of the names ending in the character
    before `end` are tried."""
    names = chinese_place_names()
    lengths = _lengths_by_last().get(text[end - 1], ()) if 0 < end <= len(text) else _by_length()[1]
    return next((text[end - k:end] for k in lengths if k <= end and text[end - k:end] in names), "")


@lru_cache(maxsize=1)
def _lengths_by_last() -> dict[str, tuple[int, ...]]:
    """The lengths of the place names by their last character, longest first."""
    by_last: dict[str, set[int]] = {}
    for name in chinese_places():
        by_last.setdefault(name[-1], set()).add(len(name))
    return {last: tuple(sorted(lengths, reverse=True)) for last, lengths in by_last.items()}
