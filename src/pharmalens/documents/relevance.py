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
def _terms() -> tuple[dict[str, _Key], list[tuple[float, bool]], float]:
    """Every term's key (ASCII terms casefolded and matched as whole words) with what it is, the
    terms' weights, and the threshold."""
    data = load_yaml("relevance.yaml")
    keys: dict[str, tuple[bool, list[int]]] = {}
    weights: list[tuple[float, bool]] = []
    for index, entry in enumerate(data["terms"]):
        word = entry["term"]
        weights.append((float(entry["weight"]), bool(entry.get("deal", False))))
        keys.setdefault(_ascii_lower(word), (word.isascii(), []))[1].append(index)
    return keys, weights, float(data["threshold"])


def _counts(folded: str, matches: list[tuple[int, int, int]]) -> dict[int, int]:
    """Hits of each term in a text with A-Z in lower case (_ascii_lower), from the matches of the
    terms' keys (_terms) in it; a term's hits do not overlap. Counted by key, as every term of a key
    has the key's hits, and handed out to the terms in the order they were first hit."""
    payloads = _lowered_matcher()[2]
    counts: dict[int, int] = {}
    last_end: dict[int, int] = {}
    length = len(folded)
    for key, start, end in matches:
        if payloads[key][0] and (start and folded[start - 1] in _WORD or end < length and folded[end] in _WORD):
            continue  # an ASCII term inside a longer word
        if last_end.get(key, 0) <= start:
            counts[key] = counts.get(key, 0) + 1
            last_end[key] = end
    return {index: hits for key, hits in counts.items() for index in payloads[key][1]}


@lru_cache(maxsize=1)
def _lowered_matcher() -> tuple[ahocorasick_rs.AhoCorasick, list[tuple[int | None, bool]], list[_Key]]:
    """One matcher over the terms' keys and the any-case INN stems, both asked of the lowered text:
    for each of its words, the term key it is (an index into the keys' payloads) and whether it is a stem."""
    keys, _, _ = _terms()
    roles: dict[str, tuple[int | None, bool]] = {key: (index, False) for index, key in enumerate(keys)}
    for stem in load_yaml("inn_stems.yaml")["stems"]:
        roles[stem] = (roles.get(stem, (None, False))[0], True)
    # a DFA: built once in a millisecond, it reads a text's every byte (Chinese ones three) faster than the NFA
    matcher = ahocorasick_rs.AhoCorasick(list(roles), implementation=ahocorasick_rs.Implementation.DFA)
    return matcher, list(roles.values()), list(keys.values())


def _lowered_matches(folded: str) -> tuple[list[tuple[int, int, int]], list[tuple[int, int, int]]]:
    """The matches of the terms' keys and of the any-case INN stems in the lowered text, in one pass."""
    matcher, roles, _ = _lowered_matcher()
    terms, stems = [], []
    for word, start, end in overlapping_matches(matcher, folded):
        key, stem = roles[word]
        if key is not None:
            terms.append((key, start, end))
        if stem:
            stems.append((word, start, end))
    return terms, stems


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
    return _stem_words(folded, overlapping_matches(any_case, folded)) | _stem_words(text, overlapping_matches(lower_case, text))


def _stem_words(string: str, stems: list[tuple[int, int, int]]) -> set[str]:
    words = set()
    for _, stem_start, end in stems:
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
    terms, stems = _lowered_matches(folded)
    _, lower_case, stem_weight = _inn_names()
    inn = _stem_words(folded, stems) | _stem_words(text, overlapping_matches(lower_case, text))
    domain, deal = stem_weight * min(len(inn), 5), 0.0
    for index, hits in _counts(folded, terms).items():
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
