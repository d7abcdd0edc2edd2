"""Is an article biopharma news? A weighted keyword score over data/relevance.yaml."""
from __future__ import annotations

import re
from functools import lru_cache

import ahocorasick_rs

from ..model.automata import overlapping_matches
from ..model.vocabulary import load_yaml

_WORD = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz")  # \w of an ASCII pattern


def _ascii_lower(text: str) -> str:
    """The text with A-Z in lower case and every other character as it is: bytes.lower() touches
    ASCII bytes only, and no byte of a UTF-8 multibyte character is one (ten times a str.translate)."""
    return text.encode("utf-8", "surrogatepass").lower().decode("utf-8", "surrogatepass")


_Key = tuple[bool, list[int]]  # whether a matched key is ASCII, and the terms it is


@lru_cache(maxsize=1)
def _terms() -> tuple[tuple[ahocorasick_rs.AhoCorasick, list[_Key]], list[tuple[float, bool]], float]:
    """One matcher over every term (ASCII terms casefolded and matched as whole words), and its keys."""
    data = load_yaml("relevance.yaml")
    keys: dict[str, tuple[bool, list[int]]] = {}
    weights: list[tuple[float, bool]] = []
    for index, entry in enumerate(data["terms"]):
        word = entry["term"]
        weights.append((float(entry["weight"]), bool(entry.get("deal", False))))
        keys.setdefault(_ascii_lower(word), (word.isascii(), []))[1].append(index)
    return (ahocorasick_rs.AhoCorasick(list(keys)), list(keys.values())), weights, float(data["threshold"])


def _counts(folded: str) -> dict[int, int]:
    """Hits of each term in a text with A-Z in lower case (_ascii_lower); a term's hits do not overlap."""
    (matcher, payloads), _, _ = _terms()
    counts: dict[int, int] = {}
    last_end: dict[int, int] = {}
    for key, start, end in overlapping_matches(matcher, folded):
        ascii_term, indices = payloads[key]
        if ascii_term and not _whole_word(folded, start, end):
            continue
        for index in indices:
            if last_end.get(index, 0) <= start:
                counts[index] = counts.get(index, 0) + 1
                last_end[index] = end
    return counts


def _whole_word(text: str, start: int, end: int) -> bool:
    return not (start > 0 and text[start - 1] in _WORD) and not (end < len(text) and text[end] in _WORD)


@lru_cache(maxsize=1)
def _inn_names() -> tuple[ahocorasick_rs.AhoCorasick, ahocorasick_rs.AhoCorasick, float]:
    """Matchers of the INN stems (data/inn_stems.yaml; those that end surnames too apart, asked of the
    text as written, not lowered), and the weight a word ending in one counts."""
    stems = load_yaml("inn_stems.yaml")
    return (ahocorasick_rs.AhoCorasick(stems["stems"]), ahocorasick_rs.AhoCorasick(stems["lower_case_stems"]),
            float(load_yaml("relevance.yaml")["inn_stem_weight"]))


_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")
_INN_PREFIX = 4  # letters an INN holds before its stem, at least


def _inn_words(text: str, folded: str) -> set[str]:
    """Words of small letters only, ending in an INN stem after four letters or more: found from the
    stems that end a word (a word ends where no Unicode word character follows), not by trying every
    word at every split."""
    any_case, lower_case, _ = _inn_names()
    words = set()
    for string, matcher in ((folded, any_case), (text, lower_case)):
        for _, stem_start, end in overlapping_matches(matcher, string):
            if end < len(string) and _UNICODE_WORD.match(string, end):
                continue
            start = stem_start
            while start > 0 and string[start - 1] in _LOWER:
                start -= 1
            if stem_start - start >= _INN_PREFIX and not (start and _UNICODE_WORD.match(string, start - 1)):
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
