"""Literals one of which every match of a pattern holds, read from the parsed pattern.

A whole-text scan with a long pattern costs far more than a few substring tests, and many scans find
nothing because the text lacks every word the pattern needs (a Chinese period pattern over an English
article). The set is a necessary condition, never a guess: each part of the parse either yields
strings one of which a match must contain, or nothing (no guard), so `may_match` is False only where
the pattern cannot match anywhere in the string, whatever `pos` and `endpos` a caller then passes.

Case: under ASCII-only IGNORECASE (every rx pattern) an ASCII letter matches its other case and
nothing else, so such literals are tested against the lowered text; a literal under IGNORECASE that
holds another cased character (where Unicode folding could match more) gives no guard."""
from __future__ import annotations

import re
import sys
from functools import lru_cache
from itertools import product
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

from .errors import PharmalensError
from .literal_presence import LONG, LiteralPresence

Literals = frozenset[tuple[str, bool]]  # (string, compared with the lowered text)

_MAX_LITERALS = 24  # more substring tests than that cost about what the scan they would skip costs
_MAX_CLASS = 6  # a character class of up to this many characters is one of them at its place
_END = sys.maxsize
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)


def required_literals(pattern: re.Pattern[str]) -> Literals | None:
    """Strings one of which any match of the pattern contains (those marked True, in lowered form, in
    the lowered text), or None when no such small set is known."""
    return _required(pattern.pattern, pattern.flags)


@lru_cache(maxsize=2048)
def _required(source: str, flags: int) -> Literals | None:
    if flags & re.VERBOSE:
        return None
    try:
        parsed = _parser.parse(source, flags)
        found = _Reader(parsed.state.flags).sequence(list(parsed))
    except (re.error, RecursionError, AttributeError, TypeError, ValueError):
        return None
    if not found or len(found) > _MAX_LITERALS or any(not s for s, _ in found):
        return None
    return frozenset(_shortest(found))


def _shortest(found: set[tuple[str, bool]]) -> set[tuple[str, bool]]:
    """Without a literal that holds another of its kind ("Sept" beside "Sep"): the text holding it
    holds the other."""
    return {(s, f) for s, f in found if not any(o != s and g == f and o in s for o, g in found)}


def may_match(pattern: re.Pattern[str], text: str) -> bool:
    """False only where the pattern cannot match in the text: it holds none of the pattern's literals."""
    found = _required(pattern.pattern, pattern.flags)
    return found is None or _holds(text, [s for s, f in found if not f], [s for s, f in found if f])


def _holds(text: str, plain, lowered) -> bool:
    for literal in plain:  # a loop, not any() over a generator: asked for every scan of a guarded pattern
        if literal in text:
            return True
    if lowered:
        low = _lowered(text)
        for literal in lowered:
            if literal in low:
                return True
    return False


class UnguardedPattern(PharmalensError):
    """guarded() given a pattern with no literal every match needs: a mistake in the module that asks."""

    code = "unguarded_pattern"


class GuardedPattern:
    """A compiled pattern that first asks whether the string holds one of the literals every match
    needs, and answers "no match" at once where it holds none. For whole-text scans that most
    articles give nothing to (English words over a Chinese article, a rare phrase)."""

    __slots__ = ("compiled", "pattern", "flags", "groupindex", "groups", "_plain", "_lowered")

    def __init__(self, compiled: re.Pattern[str]) -> None:
        found = required_literals(compiled)
        if found is None:
            raise UnguardedPattern(f"no literal every match needs: {compiled.pattern[:80]!r}")
        self.compiled = compiled
        self.pattern, self.flags = compiled.pattern, compiled.flags
        self.groupindex, self.groups = compiled.groupindex, compiled.groups
        self._plain = tuple(sorted(s for s, f in found if not f))
        self._lowered = tuple(sorted(s for s, f in found if f))
        _PRESENCE.register(self._plain, self._lowered)

    def may_match(self, string: str) -> bool:
        if len(string) < LONG:
            return _holds(string, self._plain, self._lowered)
        found = _PRESENCE.held(string)
        if found is None:
            return _holds(string, self._plain, self._lowered)
        return not found[0].isdisjoint(self._plain) or not found[1].isdisjoint(self._lowered)

    def search(self, string: str, pos: int = 0, endpos: int = _END):
        return self.compiled.search(string, pos, endpos) if self.may_match(string) else None

    def match(self, string: str, pos: int = 0, endpos: int = _END):
        return self.compiled.match(string, pos, endpos) if self.may_match(string) else None

    def fullmatch(self, string: str, pos: int = 0, endpos: int = _END):
        return self.compiled.fullmatch(string, pos, endpos) if self.may_match(string) else None

    def finditer(self, string: str, pos: int = 0, endpos: int = _END):
        return self.compiled.finditer(string, pos, endpos) if self.may_match(string) else iter(())

    def findall(self, string: str, pos: int = 0, endpos: int = _END):
        return self.compiled.findall(string, pos, endpos) if self.may_match(string) else []

    def sub(self, repl, string: str, count: int = 0):
        return self.compiled.sub(repl, string, count) if self.may_match(string) else string


_PRESENCE = LiteralPresence()


def known_to_hold(text: str, literals: tuple[str, ...]) -> bool | None:
    """Whether a long text holds one of the literals, answered from the pass the guards made over it;
    None when none was made (the literals are then registered for the next pass)."""
    return _PRESENCE.known(text, literals) if len(text) >= LONG else None


def guarded(compiled: re.Pattern[str]) -> GuardedPattern:
    """The pattern behind its literal test (see GuardedPattern); fails at import if it has none."""
    return GuardedPattern(compiled)


@lru_cache(maxsize=8)
def _lowered(text: str) -> str:
    """The text lowered once for the few patterns asked about it in a row."""
    return text.lower()


class _Reader:
    def __init__(self, flags: int) -> None:
        self.flags = flags

    def sequence(self, items: list) -> set[tuple[str, bool]] | None:
        """The best of the sets its parts require: runs of fixed text joined across parts, or a
        part's own set (a group, an alternation, a repeat of at least one, a lookaround)."""
        candidates: list[set[tuple[str, bool]]] = []
        run: set[tuple[str, bool]] | None = None
        for op, av in items:
            if op is C.AT or op is C.ASSERT_NOT:
                continue  # zero-width: the characters around it are still one run
            fixed = self.fixed(op, av)
            if fixed is not None:
                joined = None if run is None else _joined(run, fixed)
                if joined is None and run is not None:
                    candidates.append(run)
                run = fixed if joined is None else joined
                continue
            if run is not None:
                candidates.append(run)
                run = None
            own = self.part(op, av)
            if own is not None:
                candidates.append(own)
        if run is not None:
            candidates.append(run)
        candidates = [c for c in candidates if len(c) <= _MAX_LITERALS]
        return max(candidates, key=_quality, default=None)

    def fixed(self, op, av) -> set[tuple[str, bool]] | None:
        """The strings a part of fixed width matches, when they are few (a character, a small class, a
        group of such), else None."""
        if op is C.LITERAL:
            return self.char(chr(av))
        if op is C.IN:
            return self.char_class(av)
        if op is C.SUBPATTERN and not av[1] and not av[2]:
            out: set[tuple[str, bool]] | None = {("", False)}
            for sub_op, sub_av in av[3]:
                part = self.fixed(sub_op, sub_av)
                out = None if part is None or out is None else _joined(out, part)
                if out is None:
                    return None
            return out
        if op is C.BRANCH:
            out = set()
            for branch in av[1]:
                part = self.fixed(C.SUBPATTERN, (None, 0, 0, branch))
                if part is None:
                    return None
                out |= part
            return out if len(out) <= _MAX_LITERALS else None
        return None

    def char(self, ch: str) -> set[tuple[str, bool]] | None:
        if not self.flags & re.IGNORECASE or not _cased(ch):
            return {(ch, False)}
        if self.flags & re.ASCII and ch.isascii():
            return {(ch.lower(), True)}
        return None

    def char_class(self, items) -> set[tuple[str, bool]] | None:
        out: set[tuple[str, bool]] = set()
        for op, av in items:
            if op is not C.LITERAL:
                return None
            part = self.char(chr(av))
            if part is None:
                return None
            out |= part
        return out if len(out) <= _MAX_CLASS else None

    def part(self, op, av) -> set[tuple[str, bool]] | None:
        if op is C.SUBPATTERN:
            return _Reader((self.flags | av[1]) & ~av[2]).sequence(list(av[3]))
        if op is C.ATOMIC_GROUP:
            return self.sequence(list(av))
        if op is C.BRANCH:
            out: set[tuple[str, bool]] = set()
            for branch in av[1]:
                part = self.sequence(list(branch))
                if part is None:
                    return None
                out |= part
            return out
        if op in _REPEATS and av[0] >= 1:
            return self.sequence(list(av[2]))
        if op is C.ASSERT:
            return self.sequence(list(av[1]))
        return None


def _cased(ch: str) -> bool:
    return ch.lower() != ch or ch.upper() != ch or ch.casefold() != ch


def _joined(left: set[tuple[str, bool]], right: set[tuple[str, bool]]) -> set[tuple[str, bool]] | None:
    """Every string of the left followed by one of the right, while they stay few: a joined string is
    compared with the lowered text if either side is, so a side kept as written must be caseless."""
    if len(left) * len(right) > _MAX_LITERALS:
        return None
    out = set()
    for (a, fa), (b, fb) in product(left, right):
        if fa != fb and ((not fa and _has_cased(a)) or (not fb and _has_cased(b))):
            return None
        out.add((a + b, fa or fb))
    return out


def _has_cased(s: str) -> bool:
    return any(_cased(ch) for ch in s)


def _quality(found: set[tuple[str, bool]]) -> tuple[int, int]:
    """Longer shortest literals first (a rarer test), then fewer of them."""
    return min(min(len(s) for s, _ in found), 4), -len(found)
