"""Which of the guarded patterns' literals a long string holds, found in one automaton pass.

An article's text is asked about by twenty-odd guarded patterns in a row (pattern_literals.py), each
testing its literals with a substring search over the whole text: some 170 searches of 3,000
characters per article. One Aho-Corasick pass over the text (and one over its lowered copy) finds
every registered literal it holds (ahocorasick_rs); each guard then looks its literals up in that set. A string is
passed over when it is asked about a second time: the document stage asks once or twice about each
of several copies of a page, where the substring tests are cheaper than a pass."""
from __future__ import annotations

import ahocorasick_rs

from .automata import overlapping_matches

LONG = 400  # shorter strings are asked about once or twice: their own substring tests are cheaper
_KEPT = 4  # texts whose literals are kept: a builder's questions come about one article at a time


class LiteralPresence:
    def __init__(self) -> None:
        self._plain: set[str] = set()
        self._lowered: set[str] = set()
        self._automata: tuple[_Matcher | None, _Matcher | None] | None = None
        self._recent: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
        self._asked_once: dict[str, None] = {}

    def register(self, plain: tuple[str, ...], lowered: tuple[str, ...]) -> None:
        """Literals a guard will ask about (plain ones in the string, lowered ones in its lowered copy)."""
        if not (self._plain.issuperset(plain) and self._lowered.issuperset(lowered)):
            self._plain.update(plain)
            self._lowered.update(lowered)
            self._automata = None
            self._recent.clear()

    def known(self, text: str, plain: tuple[str, ...]) -> bool | None:
        """Whether `text` holds one of the plain literals, when a pass over it was made and they are
        registered (a guard asked about this text already); else None, and they are registered."""
        found = self._recent.get(text)
        if found is None or not all(plain):  # the empty string is in every text, and in no automaton
            return None
        if not self._plain.issuperset(plain):
            self.register(plain, ())
            return None
        return not found[0].isdisjoint(plain)

    def held(self, text: str) -> tuple[frozenset[str], frozenset[str]] | None:
        """The registered plain literals `text` holds, and the lowered ones its lowered copy holds;
        None the first time the text is asked about."""
        found = self._recent.get(text)
        if found is None:
            if text not in self._asked_once:
                if len(self._asked_once) >= _KEPT:
                    del self._asked_once[next(iter(self._asked_once))]
                self._asked_once[text] = None
                return None
            plain_automaton, lowered_automaton = self._automata or self._build()
            found = (_found(plain_automaton, text) if plain_automaton is not None else frozenset(),
                     _found(lowered_automaton, text.lower()) if lowered_automaton is not None else frozenset())
            if len(self._recent) >= _KEPT:
                del self._recent[next(iter(self._recent))]
            self._recent[text] = found
        return found

    def _build(self) -> tuple[_Matcher | None, _Matcher | None]:
        self._automata = (_matcher(self._plain), _matcher(self._lowered))
        return self._automata


_Matcher = tuple[ahocorasick_rs.AhoCorasick, list[str]]


def _matcher(literals: set[str]) -> _Matcher | None:
    if not literals:
        return None
    ordered = sorted(literals)
    return ahocorasick_rs.AhoCorasick(ordered), ordered


def _found(matcher: _Matcher, text: str) -> frozenset[str]:
    automaton, literals = matcher
    return frozenset(literals[index] for index in {index for index, _, _ in overlapping_matches(automaton, text)})
