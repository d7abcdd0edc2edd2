"""The characters a regular expression can start a match with, as a character class.

Python's engine tries a whole pattern at every position of the text unless the pattern opens with a
literal or a plain character set; a long alternation of case-insensitive phrases ("\\bphase ...|
\\bIND ...|临床...") pays for every branch at every character. A lookahead for the possible first
characters lets each position fail on one test. The class is read from the parsed pattern, so it
always admits every character the pattern can start with; where that is not certain (a pattern
that can match nothing, a negated set, a backreference, inline flags) there is none."""
from __future__ import annotations

import re
from re import _compiler  # type: ignore[attr-defined]
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

_CATEGORIES = {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_SPACE: r"\s",
               C.CATEGORY_NOT_SPACE: r"\S", C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_WORD: r"\W"}
_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)


def start_class(pattern: str, flags: int) -> str | None:
    """A character class holding every character a match of the pattern can start with, or None."""
    if flags & re.VERBOSE:
        return None
    try:
        parsed = _parser.parse(pattern, flags)
        if parsed.state.flags & ~flags & (re.IGNORECASE | re.VERBOSE | re.DOTALL | re.MULTILINE):
            return None
        if _quick_already(parsed, flags):
            return None
        chars, nullable = _first(_opening_lookahead(parsed) or list(parsed))
    except (re.error, RecursionError, AttributeError, TypeError):  # re.error: a part with no first-character class
        return None
    return None if nullable or not chars else "[" + "".join(chars) + "]"


def scan_class(pattern: str, flags: int) -> str | None:
    """The class of the first character of a pattern whose first step tests one character (a lookahead
    for one, a repeat of one) without opening with a literal or a plain set: the engine scans such a
    pattern by entering its matcher at every position unless its search loop is told the class
    (pattern_scan.py)."""
    if flags & re.VERBOSE:
        return None
    try:
        parsed = _parser.parse(pattern, flags)
        if parsed.state.flags & ~flags & (re.IGNORECASE | re.VERBOSE | re.DOTALL | re.MULTILINE) \
                or _compiler._get_literal_prefix(parsed, flags)[0] or _compiler._get_charset_prefix(parsed, flags):
            return None
        step = _one_character_step(parsed)
        chars, nullable = _first_of(*step) if step else ([], True)
    except (re.error, RecursionError, AttributeError, TypeError):
        return None
    return None if nullable or not chars else "[" + "".join(chars) + "]"


def _opening_items(parsed) -> list:
    """The pattern's items, inside the plain groups it opens with."""
    items = list(parsed)
    while items and items[0][0] is C.SUBPATTERN and not items[0][1][1] and not items[0][1][2]:
        items = list(items[0][1][3])
    return items


def _one_character_step(parsed) -> tuple | None:
    """The one-character item (a literal or a set) that a pattern's opening lookahead for one
    character, or its opening repeat of one at least once, tests."""
    items = _opening_items(parsed)
    if not items:
        return None
    op, av = items[0]
    if op is C.ASSERT and av[0] == 1:
        body = list(av[1])
        return body[0] if len(body) == 1 and body[0][0] in (C.LITERAL, C.IN) else None
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1 and len(av[2]) == 1 \
            and av[2][0][0] in (C.LITERAL, C.IN):
        return av[2][0]
    return None


def _quick_already(parsed, flags: int) -> bool:
    """Patterns the engine scans quickly by itself (it found a literal prefix or a set of first
    characters), anchored at the start, or whose first step is one test of a character anyway."""
    if _compiler._get_literal_prefix(parsed, flags)[0] or _compiler._get_charset_prefix(parsed, flags):
        return True
    items = _opening_items(parsed)
    if items and items[0][0] is C.AT:
        return items[0][1] in (C.AT_BEGINNING, C.AT_BEGINNING_STRING)
    return _one_character_step(parsed) is not None  # a lookahead for one character, or a repeat of one


def _opening_lookahead(parsed) -> list | None:
    """The body of the lookahead a pattern opens with (rx_starting): where a match can start is
    said there, more narrowly than the branches after it say it."""
    items = list(parsed)
    if items and items[0][0] is C.ASSERT and items[0][1][0] == 1:
        return list(items[0][1][1])
    return None


def _first(items: list) -> tuple[list[str], bool]:
    """The first characters of a sequence, and whether it can match without consuming one."""
    chars: list[str] = []
    for op, av in items:
        item_chars, nullable = _first_of(op, av)
        chars += item_chars
        if not nullable:
            return chars, False
    return chars, True


def _first_of(op, av) -> tuple[list[str], bool]:
    if op is C.LITERAL:
        return [_char(av)], False
    if op is C.IN:
        return _set(av), False
    if op in _ZERO_WIDTH:
        return [], True
    if op in (C.SUBPATTERN, C.ATOMIC_GROUP):
        if op is C.SUBPATTERN and (av[1] or av[2]):
            raise re.error("no first-character class")
        return _first(list(av[3] if op is C.SUBPATTERN else av))
    if op is C.BRANCH:
        chars, nullable = [], False
        for branch in av[1]:
            branch_chars, branch_nullable = _first(list(branch))
            chars += branch_chars
            nullable = nullable or branch_nullable
        return chars, nullable
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        chars, nullable = _first(list(av[2]))
        return chars, nullable or av[0] == 0
    raise re.error("no first-character class")


def _set(items) -> list[str]:
    out = []
    for op, av in items:
        if op is C.LITERAL:
            out.append(_char(av))
        elif op is C.RANGE:
            out.append(f"{_char(av[0])}-{_char(av[1])}")
        elif op is C.CATEGORY and av in _CATEGORIES:
            out.append(_CATEGORIES[av])
        else:
            raise re.error("no first-character class")
    return out


def _char(code: int) -> str:
    return f"\\U{code:08x}"
