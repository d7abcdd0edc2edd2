"""The engine's own scan for the characters a pattern can start with.

A pattern behind a lookahead for its first characters (patterns.rx, rx_starting) fails at once where
the text holds none of them, but the engine still enters its matcher at every position to find that
out: for a whole-text scan that entry is most of the cost. The engine has a loop of its own for a
pattern whose first step is a plain character set (the "charset" of its info block): it tests each
character against the set and enters the matcher only where one is. re's compiler writes that block
only for a pattern opening with such a set, so here the block is written for the lookahead's class.

The set must admit every character a match can start with. It is read without IGNORECASE (the scan
compares characters as they are), so under ASCII IGNORECASE both cases of each ASCII letter are put
in; under Unicode IGNORECASE, where folding reaches further, no block is written."""
from __future__ import annotations

import re
from re import _compiler  # type: ignore[attr-defined]
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

_CASED = ((ord("A"), ord("Z"), 32), (ord("a"), ord("z"), -32))


def with_start_scan(code: list[int], first: str, flags: int) -> list[int]:
    """The engine's code with an info block telling the search loop the class `first` (as start_class
    writes it) of the pattern's first characters; the code unchanged where that cannot be said."""
    if flags & re.IGNORECASE and not flags & re.ASCII or flags & re.LOCALE:
        return code
    if code[0] != C.INFO or code[2] != 0 or code[3] == 0:  # a prefix or set already, or a pattern matching ""
        return code
    items = _class_items(first, flags & ~re.IGNORECASE)
    if items is None:
        return code
    if flags & re.IGNORECASE:
        items = items + _other_cases(items)
    charset, _ = _compiler._optimize_charset(items)
    info = [C.INFO, 0, C.SRE_INFO_CHARSET, code[3], code[4]]
    _compiler._compile_charset(charset, flags & ~re.IGNORECASE, info)
    info[1] = len(info) - 1
    return [int(op) for op in info] + code[1 + code[1]:]


def _class_items(first: str, flags: int) -> list | None:
    """The items of the one character class `first`, or None if it is not one."""
    try:
        parsed = list(_parser.parse(first, flags))
    except re.error:
        return None
    if len(parsed) != 1 or parsed[0][0] not in (C.IN, C.LITERAL):
        return None
    items = [parsed[0]] if parsed[0][0] is C.LITERAL else list(parsed[0][1])
    if any(op not in (C.LITERAL, C.RANGE, C.CATEGORY) for op, _ in items):
        return None
    return items


def _other_cases(items: list) -> list:
    """The other case of every ASCII letter the items admit (ASCII IGNORECASE folds those only)."""
    out = []
    for op, av in items:
        lo, hi = (av, av) if op is C.LITERAL else av if op is C.RANGE else (0, -1)
        for start, end, shift in _CASED:
            a, b = max(lo, start), min(hi, end)
            if a <= b:
                out.append((C.RANGE, (a + shift, b + shift)))
    return out
