"""Regular expressions for mixed Chinese and English text.

Python's \\b and \\w count Chinese characters as word characters, so "EU GMP要求" has no word
boundary after "GMP". Every pattern of the pipeline is compiled ASCII-aware, which makes \\b mean
"between an ASCII letter or digit and anything else"."""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from . import pattern_table
from .pattern_literals import guarded, known_to_hold  # noqa: F401  (guarded(rx(...)) is written beside rx)
from .pattern_starts import scan_class, start_class


_ASCII = int(re.ASCII)


def rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """The pattern, behind a lookahead for the characters it can start with where the engine would
    otherwise try it whole at every position (see pattern_starts.py), its search loop told that class
    (pattern_scan.py). Flags are combined as plain
    ints: builders call rx inside loops, and or-ing RegexFlag members goes through the enum's Python code."""
    return _compiled(pattern, int(flags) | _ASCII)


def unicode_rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """As rx, with Unicode classes (\\d, \\s of every script): for the document stage's patterns."""
    return _compiled(pattern, flags)


@lru_cache(maxsize=4096)
def _compiled(pattern: str, flags: int) -> re.Pattern[str]:
    done = pattern_table.known(pattern, flags)
    if done is not None:
        return done
    first = start_class(pattern, flags)
    if first is not None:
        try:
            return pattern_table.compile_as(pattern, flags, f"(?={first})(?:{pattern})", first)
        except re.error:
            pass
    return pattern_table.compile_as(pattern, flags, pattern, scan_class(pattern, flags))


@lru_cache(maxsize=4096)
def cached(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return rx(pattern, flags)


def rx_starting(first: str, pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A long alternation tried only where one of its branches can start: `first` is a lookahead
    body naming those starts (a character class, or \\b before a letter). Python's engine otherwise
    tries every branch at every position of the text."""
    return rx(f"(?={first})(?:{pattern})", flags)


_WORD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")


def occurrences(text: str, literal: str) -> Iterator[tuple[int, int]]:
    """Spans of the literal in the text, left to right and not overlapping, at ASCII word boundaries
    when the literal is ASCII: what rx(r"\\b" + re.escape(literal) + r"\\b").finditer finds, without
    compiling a pattern for each name an article defines."""
    bounded = literal.isascii()
    first_word, last_word = literal[:1] in _WORD_CHARS, literal[-1:] in _WORD_CHARS
    at = text.find(literal)
    while at >= 0:
        end = at + len(literal)
        if not bounded or ((at > 0 and text[at - 1] in _WORD_CHARS) != first_word
                           and (end < len(text) and text[end] in _WORD_CHARS) != last_word):
            yield at, end
            at = text.find(literal, end)
        else:
            at = text.find(literal, at + 1)


def holds_any(text: str, literals: Iterable[str]) -> bool:
    """Whether the text holds any of the literals: asked before a scan with a pattern that cannot match
    without one of them (written out in it), to skip the scan of a text that has none. An article's
    text is answered from the literals the guards' pass found in it (pattern_literals.known_to_hold)."""
    if type(literals) is tuple:
        known = known_to_hold(text, literals)
        if known is not None:
            return known
    for literal in literals:  # a loop, not any() over a generator: asked ~6,700 times per bench pass
        if literal in text:
            return True
    return False


_HAN = re.compile(r"[\u4e00-\u9fff]")


_LAST_HAN: list = ["", False]


def holds_han(text: str) -> bool:
    """Whether the text holds a Chinese character (U+4E00 to U+9FFF): a finder each of whose matches
    needs one is not run over an English text. Eight company finders ask about an article's text in
    turn (a text without one is scanned to its end each time): the answer for the last string asked
    about is kept, for that same string object only."""
    if text is not _LAST_HAN[0]:
        _LAST_HAN[0], _LAST_HAN[1] = text, _HAN.search(text) is not None
    return _LAST_HAN[1]


def starts_of(text: str, words: Iterable[str]) -> list[int]:
    """Every position where one of the words starts in the text, overlapping ones too (in no order):
    the places a pattern opening with one of them can start, for matches_from."""
    starts = []
    for word in words:
        at = text.find(word)
        while at >= 0:
            starts.append(at)
            at = text.find(word, at + 1)
    return starts


def matches_from(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """What pattern.finditer(text) finds, for a pattern that never matches the empty string, given
    every position a match of it can start at (or more): the pattern is tried only there."""
    end = 0
    for start in sorted(set(starts)):
        match = pattern.match(text, start) if start >= end else None
        if match:
            end = match.end()
            yield match
