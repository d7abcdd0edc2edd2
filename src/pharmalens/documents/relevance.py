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


def _counts(text: str) -> dict[int, int]:
    automaton, _, _ = _terms()
    folded = _ascii_lower(text)
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
def _inn_names() -> tuple[re.Pattern[str], float]:
    """Words ending in an INN stem, and the weight each counts."""
    data = load_yaml("relevance.yaml")
    stems = "|".join(sorted(set(data["inn_stems"]), key=len, reverse=True))
    return re.compile(rf"\b[a-z]{{4,}}(?:{stems})\b"), float(data["inn_stem_weight"])


def inn_named(name: str) -> bool:
    """Whether a drug's name holds a word ending in an INN stem (zanidatamab zovodotin)."""
    return bool(_inn_names()[0].search(_ascii_lower(name)))


def _inn_weight(folded: str) -> float:
    pattern, weight = _inn_names()
    return weight * min(len(set(pattern.findall(folded))), 5)


def relevance_score(text: str) -> float:
    """Weighted hits per 1,000 characters; deal words count only beside biopharma words, drugs' INNs
    (words ending in an INN stem) as biopharma words."""
    _, weights, _ = _terms()
    domain, deal = _inn_weight(_ascii_lower(text)), 0.0
    for index, hits in _counts(text).items():
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
