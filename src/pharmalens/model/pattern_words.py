"""Words a regular expression cannot match without, read from the parsed pattern.

A relation pattern run over every deal sentence ("X licensed ... to Y", "X与Y...达成") fails on most
of them, and fails slowly: each tries its gaps at every company mark. A sentence that holds none of
the words one of which every match must contain (licens, sold, 授予, 收购...) is passed over with a
substring test. The words are read from the pattern itself, so a new phrasing written into the
pattern is never missed: a literal run of a sequence, or one word from every branch of an
alternation. Words and text are compared in lower case: a word's letters are ASCII or have no case,
so a text holding a match holds the word in lower case, whether or not the pattern ignores case."""
from __future__ import annotations

import re
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)


def lowered(text: str) -> str:
    return text.lower()


def required_words(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Words (in lower case) one of which every match of the pattern holds, or None where the pattern
    gives none for certain (where it ignores case, it must do so by ASCII rules)."""
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except (re.error, RecursionError):
        return None
    ascii_case = bool(parsed.state.flags & re.ASCII)
    if parsed.state.flags & re.IGNORECASE and not ascii_case:
        return None
    words = _sequence(list(parsed), ascii_case)
    if not words or not all(ch.isascii() or ch.lower() == ch == ch.upper() for w in words for ch in w):
        return None  # a letter with case outside ASCII: its lower case may differ in a text
    return frozenset(w.lower() for w in words)


def holds_a_word(text: str, words: frozenset[str] | None) -> bool:
    """Whether a text (as lowered() gives it) can hold a match of a pattern with these words."""
    if words is None:
        return True
    for word in words:  # a loop, not any() over a generator: asked ~36,000 times per bench pass
        if word in text:
            return True
    return False


def _sequence(items: list, ascii_case: bool) -> set[str] | None:
    """The most telling choice of words for a sequence: the one whose shortest word is longest."""
    choices: list[set[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is C.LITERAL:
            run.append(chr(av))
            continue
        if run:
            choices.append({"".join(run)})
            run = []
        found = _item(op, av, ascii_case)
        if found:
            choices.append(found)
    if run:
        choices.append({"".join(run)})
    return max(choices, key=lambda words: min(map(len, words)), default=None)


def _item(op, av, ascii_case: bool) -> set[str] | None:
    if op is C.SUBPATTERN:
        unicode_case = av[1] & re.IGNORECASE and not ascii_case  # (?i:...) with Unicode case rules
        return None if unicode_case else _sequence(list(av[3]), ascii_case)
    if op is C.ATOMIC_GROUP:
        return _sequence(list(av), ascii_case)
    if op in _REPEATS:
        return _sequence(list(av[2]), ascii_case) if av[0] >= 1 else None
    if op is C.BRANCH:
        found: set[str] = set()
        for branch in av[1]:
            words = _sequence(list(branch), ascii_case)
            if not words:
                return None
            found |= words
        return found
    return None
