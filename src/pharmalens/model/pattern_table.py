"""Compiled patterns kept on disk between runs.

A run compiles about 850 patterns before its first article, a third of the start-up time: Python
parses each one and turns it into the engine's code in Python. The engine's code of each pattern the
package compiled is kept in the disk cache (under the package's fingerprint, which holds the Python
version, so the code is always of this engine) and handed straight to the engine the next time.
A pattern comes back equal to what re.compile makes of it (same source, flags and code; a test
checks). The table is written at exit when the run compiled patterns it did not hold, up to a bound,
so names that articles put into patterns cannot grow it for ever."""
from __future__ import annotations

import atexit
import re
from re import _compiler  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

import _sre  # type: ignore[import-not-found]

from . import disk_cache
from .pattern_scan import with_start_scan

_NAME = "patterns"
_MOST = 3000  # entries kept; about 900 are the package's own
Entry = tuple[str, int, list[int], int, dict[str, int], tuple[Any, ...]]


class _Table:
    def __init__(self) -> None:
        self.directory = disk_cache.cache_dir()
        found = disk_cache.stored(_NAME, self.directory)
        self.entries: dict[tuple[str, int], Entry] = found if isinstance(found, dict) else {}
        self.added = 0
        atexit.register(self.save)

    def save(self) -> None:
        if self.added and disk_cache.cache_dir() is not None:
            disk_cache.store(_NAME, self.directory, self.entries)
            self.added = 0


_table: list[_Table] = []


def _entries() -> _Table:
    if not _table:
        _table.append(_Table())
    return _table[0]


def known(key: str, flags: int) -> re.Pattern[str] | None:
    """The pattern compiled earlier for (key, flags), from the engine's code, or None."""
    entry = _entries().entries.get((key, flags))
    if entry is None:
        return None
    try:
        return _sre.compile(*entry)
    except (TypeError, ValueError, RuntimeError):  # a table from another engine: compiled afresh
        return None


def compile_as(key: str, flags: int, source: str, first: str | None = None) -> re.Pattern[str]:
    """The source compiled as re.compile compiles it, kept under (key, flags) for the next run; with
    `first`, the class of the characters a match can start with, the engine's search loop is told it
    (pattern_scan.py)."""
    parsed = _parser.parse(source, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]  # opcodes are int subclasses that do not pickle
    if first is not None:
        code = with_start_scan(code, first, flags | parsed.state.flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    entry: Entry = (source, flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
    compiled = _sre.compile(*entry)
    table = _entries()
    if len(table.entries) < _MOST:
        table.entries[(key, flags)] = entry
        table.added += 1
    return compiled
