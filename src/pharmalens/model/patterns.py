"""Regular expressions for mixed Chinese and English text.

Python's \\b and \\w count Chinese characters as word characters, so "EU GMP要求" has no word
boundary after "GMP". Every pattern of the pipeline is compiled ASCII-aware, which makes \\b mean
"between an ASCII letter or digit and anything else"."""
from __future__ import annotations

import re
from functools import lru_cache

from .pattern_starts import start_class


def rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """The pattern, behind a lookahead for the characters it can start with where the engine would
    otherwise try it whole at every position (see pattern_starts.py)."""
    return _compiled(pattern, flags | re.ASCII)


def unicode_rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """As rx, with Unicode classes (\\d, \\s of every script): for the document stage's patterns."""
    return _compiled(pattern, flags)


@lru_cache(maxsize=4096)
def _compiled(pattern: str, flags: int) -> re.Pattern[str]:
    first = start_class(pattern, flags)
    if first is not None:
        try:
            return re.compile(f"(?={first})(?:{pattern})", flags)
        except re.error:
            pass
    return re.compile(pattern, flags)


@lru_cache(maxsize=4096)
def cached(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return rx(pattern, flags)


def rx_starting(first: str, pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A long alternation tried only where one of its branches can start: `first` is a lookahead
    body naming those starts (a character class, or \\b before a letter). Python's engine otherwise
    tries every branch at every position of the text."""
    return rx(f"(?={first})(?:{pattern})", flags)
