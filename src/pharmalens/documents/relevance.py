"""Is an article biopharma news? A weighted keyword score over data/relevance.yaml."""
from __future__ import annotations

import re
from functools import lru_cache

import ahocorasick

from ..model.vocabulary import load_yaml

_WORD = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz")  # \w of an ASCII pattern


def _ascii_lower(text: str) -> str:
    """The text with A-Z in lower case and every other character as it is: bytes.lower() touches
    ASCII bytes only, and no byte of a UTF-8 multibyte character is one (ten times a str.translate)."""
    return text.encode("utf-8", "surrogatepass").lower().decode("utf-8", "surrogatepass")


@lru_cache(maxsize=1)
def _terms() -> tuple[ahocorasick.Automaton, list[tuple[float, bool]], float]:
    """One automaton over every term (ASCII terms casefolded and matched as whole words)."""
    data = load_yaml("relevance.yaml")
    automaton = ahocorasick.Automaton()
    weights: list[tuple[float, bool]] = []
    for index, entry in enumerate(data["terms"]):
        word = entry["term"]
        key = _ascii_lower(word)
        weights.append((float(entry["weight"]), bool(entry.get("deal", False))))
        if key in automaton:
            automaton.get(key)[2].append(index)
        else:
            automaton.add_word(key, (len(key), word.isascii(), [index]))
    automaton.make_automaton()
    return automaton, weights, float(data["threshold"])


def _counts(folded: str) -> dict[int, int]:
    """Hits of each term in a text with A-Z in lower case (_ascii_lower)."""
    automaton, _, _ = _terms()
    counts: dict[int, int] = {}
    last_end: dict[int, int] = {}
    for end, (length, ascii_term, indices) in automaton.iter(folded):
        start = end - length + 1
        if ascii_term and not _whole_word(folded, start, end + 1):
            continue
        for index in indices:
            if last_end.get(index, -1) < start:
                counts[index] = counts.get(index, 0) + 1
                last_end[index] = end
    return counts


def _whole_word(text: str, start: int, end: int) -> bool:
    return not (start > 0 and text[start - 1] in _WORD) and not (end < len(text) and text[end] in _WORD)


@lru_cache(maxsize=1)
def _inn_names() -> tuple[ahocorasick.Automaton, ahocorasick.Automaton, float]:
    """The INN stems (data/inn_stems.yaml; those that end surnames too apart, asked of the text as
    written, not lowered), and the weight a word ending in one counts."""
    stems = load_yaml("inn_stems.yaml")
    automata = []
    for kept in (stems["stems"], stems["lower_case_stems"]):
        automaton = ahocorasick.Automaton()
        for stem in kept:
            automaton.add_word(stem, len(stem))
        automaton.make_automaton()
        automata.append(automaton)
    return automata[0], automata[1], float(load_yaml("relevance.yaml")["inn_stem_weight"])


_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")
_INN_PREFIX = 4  # letters an INN holds before its stem, at least


def _inn_words(text: str, folded: str) -> set[str]:
    """Words of small letters only, ending in an INN stem after four letters or more: found from the
    stems that end a word (a word ends where no Unicode word character follows), not by trying every
    word at every split."""
    any_case, lower_case, _ = _inn_names()
    words = set()
    for string, automaton in ((folded, any_case), (text, lower_case)):
        for last, length in automaton.iter(string):
            end = last + 1
            if end < len(string) and _UNICODE_WORD.match(string, end):
                continue
            start = end - length
            while start > 0 and string[start - 1] in _LOWER:
                start -= 1
            if end - length - start >= _INN_PREFIX and not (start and _UNICODE_WORD.match(string, start - 1)):
                words.add(string[start:end])
    return words


_UNICODE_WORD = re.compile(r"\w")


def inn_named(name: str) -> bool:
    """Whether a drug's name holds a word ending in an INN stem (zanidatamab zovodotin)."""
    return bool(_inn_words(name, _ascii_lower(name)))


def relevance_score(text: str) -> float:
    """Weighted hits per 1,000 characters; deal words count only beside biopharma words, drugs' INNs
    (words ending in an INN stem) as biopharma words."""
    _, weights, _ = _terms()
    folded = _ascii_lower(text)
    domain, deal = _inn_names()[2] * min(len(_inn_words(text, folded)), 5), 0.0
    for index, hits in _counts(folded).items():
        weight, is_deal = weights[index]
        if is_deal:
            deal += weight * min(hits, 5)
        else:
            domain += weight * min(hits, 5)
    score = domain + (deal if domain >= 3 else 0.0)
    return score * 1000 / max(len(text), 400)


def is_relevant(text: str) -> bool:
    _, _, threshold = _terms()
    return relevance_score(text) >= threshold
