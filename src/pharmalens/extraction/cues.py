"""Phrasing cues, written once as data and found in one pass.

`data/cues/*.yaml` holds named cue sets ("deal.upfront": [首付款, 预付款, upfront, up-front, ...]) in
simplified Chinese and English; matching runs on the normalised copy of the text (documents/
normalise.py), so no traditional form is ever written. A phrase is a literal; English phrases match
case-insensitively at word boundaries, and a trailing `*` lets an English stem take any ending
(`licens*`). A new phrasing is one line of data.

Two ways to use a set:
- `CueIndex(text)`: every phrase of every set found in one Aho-Corasick pass; builders ask which cues
  lie in a span, the nearest one before a position, and so on;
- `cue_regex(name)`: the set as a regular-expression alternation, for composing patterns that need
  more than presence (a cue, then a gap, then a company).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from importlib import resources

import ahocorasick_rs

from ..model.frozen import frozen
from ..model.automata import overlapping_matches
from ..model.patterns import rx
from ..model.disk_cache import cached
from ..model.errors import PharmalensError
from ..model.vocabulary import parse_yaml

_WORD = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


@frozen
class Cue:
    start: int
    end: int
    name: str
    phrase: str


class CueSetError(PharmalensError):
    """The shipped cue files define a set twice, or the code asks for a set they do not define."""

    code = "cue_set_invalid"


@lru_cache(maxsize=1)
def cue_sets() -> dict[str, tuple[str, ...]]:
    return cached("cue-sets", _read_cue_sets)


def _read_cue_sets() -> dict[str, tuple[str, ...]]:
    sets: dict[str, tuple[str, ...]] = {}
    folder = resources.files("pharmalens.data").joinpath("cues")
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        if not item.name.endswith(".yaml"):
            continue
        data = parse_yaml(item.read_text(encoding="utf-8")) or {}
        for name, phrases in data.items():
            if name in sets:
                raise CueSetError(f"cue set {name!r} defined twice")
            sets[name] = tuple(str(p) for p in phrases)
    return sets


def phrases(name: str) -> tuple[str, ...]:
    try:
        return cue_sets()[name]
    except KeyError:
        raise CueSetError(f"no cue set named {name!r} in data/cues") from None


def _fragment(phrase: str) -> str:
    stem = phrase.endswith("*")
    body = phrase[:-1] if stem else phrase
    escaped = re.escape(body).replace(r"\ ", r"\s+")
    if body[:1].isascii() and body[:1].isalnum():
        escaped = r"\b" + escaped
    if stem:
        return escaped + r"[A-Za-z-]*"
    if body[-1:].isascii() and body[-1:].isalnum():
        escaped += r"\b"
    return escaped


@lru_cache(maxsize=512)
def cue_regex(name: str, anchored: bool = False, at_end: bool = False) -> re.Pattern[str]:
    """The set as one alternation (longest phrases first); `anchored`: at the start of the string
    after optional spaces; `at_end`: at its end."""
    pattern = cue_alternation(name)
    if anchored:
        pattern = r"^\s*" + pattern
    if at_end:
        pattern += r"\s*$"
    return rx(pattern, re.IGNORECASE)


@lru_cache(maxsize=512)
def cue_alternation(name: str) -> str:
    """The set as one alternation, longest phrases first, behind a lookahead for the characters its
    phrases start with: Python's engine otherwise tries every phrase at every position."""
    items = phrases(name)
    alternation = "(?:" + "|".join(_fragment(p) for p in sorted(items, key=len, reverse=True)) + ")"
    firsts = {p[0] for p in items}
    if not items or any(not c.strip() or c == "*" for c in firsts):
        return alternation
    return f"(?=[{''.join(re.escape(c) for c in sorted(firsts))}]){alternation}"


@lru_cache(maxsize=1)
def _automaton() -> tuple[ahocorasick_rs.AhoCorasick, tuple[tuple[int, tuple[tuple[str, bool], ...], bool], ...]]:
    """A matcher of every set's phrases, folded, and by each phrase's number its length, the sets it
    belongs to (with whether it is a stem there) and whether it is bounded as a word. A hit carries
    only the number: a text holds hundreds, and most sets are never asked about."""
    table: dict[str, list[tuple[str, bool]]] = {}
    for name, items in cue_sets().items():
        for phrase in items:
            stem = phrase.endswith("*")
            key = (phrase[:-1] if stem else phrase).casefold()
            table.setdefault(key, []).append((name, stem))
    entries = []
    for key, targets in table.items():
        edges = key[0].isascii() and key[0].isalnum() or key[-1].isascii() and key[-1].isalnum()
        entries.append((len(key), tuple(targets), edges))
    return ahocorasick_rs.AhoCorasick(list(table)), tuple(entries)


def _anchor(phrase: str) -> str:
    """The longest word of a phrase, folded as texts are: wherever cue_regex finds the phrase (its
    words split by any run of space, English letters in either case), the text holds this word."""
    word = max((phrase[:-1] if phrase.endswith("*") else phrase).split(" "), key=len)
    return "".join(ch.casefold() if len(ch.casefold()) == 1 else ch for ch in word)


_AnchorTable = tuple[ahocorasick_rs.AhoCorasick, list[tuple[int, ...]], tuple[str, ...], dict[str, tuple[int, ...]]]


@lru_cache(maxsize=None)
def _anchor_table(name: str) -> _AnchorTable | None:
    """A matcher of the anchors of the set's phrases, by each anchor's index the numbers of the phrases
    holding it, the phrases in the alternation's order (longest first), and the numbers by anchor;
    None where a phrase has no anchor (or the set no phrase, whose pattern matches anywhere)."""
    ordered = tuple(sorted(phrases(name), key=len, reverse=True))
    numbers: dict[str, list[int]] = {}
    for number, phrase in enumerate(ordered):
        numbers.setdefault(_anchor(phrase), []).append(number)
    if not numbers or "" in numbers:
        return None
    by_anchor = {anchor: tuple(held) for anchor, held in numbers.items()}
    return ahocorasick_rs.AhoCorasick(list(numbers)), list(by_anchor.values()), ordered, by_anchor


@lru_cache(maxsize=1)
def _every_anchor() -> tuple[ahocorasick_rs.AhoCorasick, tuple[str, ...]]:
    """One matcher of the anchors of every set: the sets asked about one sentence share its pass."""
    words = dict.fromkeys(a for items in cue_sets().values() for p in items if (a := _anchor(p)))
    return ahocorasick_rs.AhoCorasick(list(words)), tuple(words)


@lru_cache(maxsize=32)
def _anchors_in(text: str) -> frozenset[str]:
    """The anchors of any set the text holds; a builder asks several sets about the same sentence."""
    matcher, words = _every_anchor()
    return frozenset(words[index] for index, _, _ in overlapping_matches(matcher, _folded(text)))


def _anchors(name: str) -> ahocorasick_rs.AhoCorasick | None:
    table = _anchor_table(name)
    return None if table is None else table[0]


def may_hold(name: str, text: str) -> bool:
    """False only where cue_regex(name) cannot match in the text: it holds no anchor of the set. One
    automaton pass, asked before a pattern's scan or substitution over a string no CueIndex covers."""
    matcher = _anchors(name)
    return matcher is None or bool(overlapping_matches(matcher, _folded(text)))


def blank_cues(name: str, text: str) -> str:
    """The text with the set's cues overwritten by spaces, so positions stay where they were."""
    spans = cue_spans(name, text)
    if not spans:
        return text
    pieces, pos = [], 0
    for start, end in spans:
        pieces += [text[pos:start], " " * (end - start)]
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces)


def holds_cue(name: str, text: str) -> bool:
    """Whether cue_regex(name) finds a match in the text: asked of the phrases whose anchor the text holds."""
    table = _phrase_table(name)
    if table is None:
        return cue_regex(name).search(text) is not None
    return any(_phrase_regex(p).search(text) for p in _held_phrases(table, text))


def cue_spans(name: str, text: str) -> list[tuple[int, int]]:
    """The spans cue_regex(name).finditer(text) gives, found with one small pattern per phrase whose anchor
    the text holds: a phrase without its anchor cannot match anywhere, so leaving it out of the alternation
    changes no match. At each step the earliest start wins, and at one start the phrase the alternation
    tries first (the longest)."""
    table = _phrase_table(name)
    if table is None:
        return [m.span() for m in cue_regex(name).finditer(text)]
    patterns = [_phrase_regex(p) for p in _held_phrases(table, text)]
    found = [p.search(text) for p in patterns]
    spans: list[tuple[int, int]] = []
    pos = 0
    while True:
        best = None
        for k, match in enumerate(found):
            if match is not None and match.start() < pos:
                match = found[k] = patterns[k].search(text, pos)
            if match is not None and (best is None or match.start() < best.start()):
                best = match
        if best is None:
            return spans
        spans.append(best.span())
        pos = best.end()


_NARROWED_FROM = 30  # phrases: below this, one pass of the alternation costs less than the anchor pass


def _phrase_table(name: str) -> _AnchorTable | None:
    """The set's anchor table, or None where the set is small enough that its whole pattern is the
    cheaper test."""
    table = _anchor_table(name)
    return table if table is not None and len(table[2]) >= _NARROWED_FROM else None


def _held_phrases(table: _AnchorTable, text: str) -> list[str]:
    _, _, ordered, by_anchor = table
    held: set[int] = set()
    for anchor in _anchors_in(text):
        numbers = by_anchor.get(anchor)
        if numbers is not None:
            held.update(numbers)
    return [ordered[n] for n in sorted(held)]


@lru_cache(maxsize=4096)
def _phrase_regex(phrase: str) -> re.Pattern[str]:
    return rx(_fragment(phrase), re.IGNORECASE)


@lru_cache(maxsize=16)
def _folded(text: str) -> str:
    """The text case-folded as the cue automata are, one character for one (a character whose fold is
    longer, as ß, is kept): positions in it are positions in the text. Deal sources are asked about by
    several sets in a row."""
    folded = text.casefold()
    if len(folded) != len(text):
        folded = "".join(ch.casefold() if len(ch.casefold()) == 1 else ch for ch in text)
    return folded


class CueIndex:
    """Every cue of every set in one text, found in one pass. A set's cues are checked and ordered
    when a builder first asks for that set: most sets found in an article are never asked for."""

    def __init__(self, text: str) -> None:
        self.text = text
        folded = _folded(text)
        matcher, entries = _automaton()
        ends: dict[int, list[int]] = {}
        for number, _, end in overlapping_matches(matcher, folded):
            at = ends.get(number)
            if at is None:
                ends[number] = [end]
            else:
                at.append(end)
        phrases_of: dict[str, list[tuple[int, bool, bool, list[int]]]] = {}
        for number, at in ends.items():
            length, targets, edges = entries[number]
            for name, stem in targets:
                phrases_of.setdefault(name, []).append((length, stem, edges, at))
        self._found = phrases_of
        self._folded = folded
        self._anchored: dict[str, list[int] | None] = {}
        self._by_name: dict[str, tuple[list[Cue], list[int]]] = {}
        self._names: frozenset[str] | None = None

    def _cues(self, name: str) -> tuple[list[Cue], list[int]]:
        """The set's cues (bounded, overlaps resolved to the longest) and their starts."""
        done = self._by_name.get(name)
        if done is None:
            text = self.text
            spans = []
            for length, stem, edges, at in self._found.get(name, ()):
                bounded = edges or stem
                for end in at:
                    start, stop = end - length, _word_end(text, end) if stem else end
                    if not bounded or _bounded(text, start, stop, stem):
                        spans.append((start, start - stop, stop))
            chosen = [Cue(start, stop, name, text[start:stop]) for start, stop in _longest(spans)]
            done = self._by_name[name] = (chosen, [c.start for c in chosen])
        return done

    def hits(self, name: str, start: int = 0, end: int | None = None) -> list[Cue]:
        if name not in self._found:
            return []
        cues, starts = self._by_name.get(name) or self._cues(name)
        end = len(self.text) if end is None else end
        i, j = bisect_left(starts, start), bisect_left(starts, end)
        return cues[i:j] if i == j or cues[j - 1].end <= end else cues[i:j - 1]  # only the last can run past end

    def has(self, name: str, start: int = 0, end: int | None = None) -> bool:
        if name not in self._found:
            return False
        cues, starts = self._by_name.get(name) or self._cues(name)
        end = len(self.text) if end is None else end
        i = bisect_left(starts, start)
        return i < len(cues) and cues[i].start < end and cues[i].end <= end  # the first ends soonest

    def may_match(self, name: str, start: int = 0, end: int | None = None) -> bool:
        """False only where cue_regex(name) cannot match inside [start, end): no anchor of the set
        ends there. A cheap test before running the set's pattern over a sentence; the set's anchors
        are looked for when it is first asked about."""
        if name not in self._anchored:
            matcher = _anchors(name)
            self._anchored[name] = None if matcher is None else \
                sorted(end for _, _, end in overlapping_matches(matcher, self._folded))
        ends = self._anchored[name]
        if ends is None:
            return True
        i = bisect_right(ends, start)
        return i < len(ends) and (end is None or ends[i] <= end)

    def last_before(self, name: str, pos: int, window: int) -> Cue | None:
        cues, starts = self._cues(name)
        i = bisect_right(starts, pos) - 1
        while i >= 0 and cues[i].end > pos:
            i -= 1
        return cues[i] if i >= 0 and cues[i].start >= pos - window else None

    def first_after(self, name: str, pos: int, window: int) -> Cue | None:
        cues, starts = self._cues(name)
        i = bisect_left(starts, pos)
        return cues[i] if i < len(cues) and cues[i].start <= pos + window else None

    def names(self) -> frozenset[str]:
        if self._names is None:
            self._names = frozenset(n for n in self._found if self._present(n))
        return self._names

    def _present(self, name: str) -> bool:
        """Whether a phrase of the set found stands as the set wants it (bounded as a word)."""
        text = self.text
        for length, stem, edges, at in self._found[name]:
            if not (edges or stem):
                return True
            if any(_bounded(text, end - length, _word_end(text, end) if stem else end, stem) for end in at):
                return True
        return False


@lru_cache(maxsize=8)
def cue_index(text: str) -> CueIndex:
    """The index of a text's cues, made once: the context and the page's currency ask about the same
    article text (an index only answers questions about its text, so it is shared)."""
    return CueIndex(text)


def _word_end(text: str, end: int) -> int:
    while end < len(text) and (text[end].isascii() and (text[end].isalpha() or text[end] == "-")):
        end += 1
    return end


def _bounded(text: str, start: int, end: int, stem: bool) -> bool:
    first, last = text[start], text[end - 1]
    if first.isascii() and first.isalnum() and start > 0 and text[start - 1] in _WORD:
        return False
    if not stem and last.isascii() and last.isalnum() and end < len(text) and text[end] in _WORD:
        return False
    return True


def _longest(spans: list[tuple[int, int, int]]) -> list[tuple[int, int]]:
    """Within one set, overlapping cues keep the longest: of (start, minus length, end) spans, the
    (start, end) of those kept, which never overlap, so their ends rise with their starts."""
    chosen: list[tuple[int, int]] = []
    last_end = -1
    for start, _, end in sorted(spans):
        if start < last_end:
            continue
        chosen.append((start, end))
        last_end = end
    return chosen
