"""Where a text's first INN can begin, from one automaton pass over the INN endings.

An INN ends in a WHO stem at a word's end (data/inn_stems.yaml) or in a Chinese INN ending
(inn_prefixes.ZH_INN_ENDS). Scanning a whole article with the INN pattern tries its long alternation
at every letter; most articles hold no ending at all, and the pattern need only start where the word
of the first ending, or the Chinese characters before it, can."""
from __future__ import annotations

from functools import lru_cache

import ahocorasick_rs

from ..model.automata import overlapping_matches
from ..model.vocabulary import load_yaml
from .inn_prefixes import ZH_INN_ENDS

ZH_NAME_BEFORE_END = 6  # the INN pattern's Chinese characters before an ending, at most
_WORD = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")
_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


@lru_cache(maxsize=1)
def _endings() -> tuple[ahocorasick_rs.AhoCorasick, list[bool], int]:
    """A matcher of the stems and the Chinese endings, whether each ends a word (a stem) or not, and
    the longest Chinese ending."""
    stems = load_yaml("inn_stems.yaml")
    words = stems["stems"] + stems["lower_case_stems"]
    zh = ZH_INN_ENDS.split("|")
    return ahocorasick_rs.AhoCorasick(words + zh), [True] * len(words) + [False] * len(zh), max(map(len, zh))


def inn_scan_start(text: str) -> int | None:
    """A position no INN match starts before (None: the text holds no INN ending). The first ending
    found ends a word, or closes Chinese characters: a match holding it starts at that word, or at
    most an ending's and a name's length before; a match holding a later ending starts later."""
    matcher, word_end, longest = _endings()
    ends = [end for index, _, end in overlapping_matches(matcher, text)
            if not (word_end[index] and end < len(text) and text[end] in _WORD)]
    if not ends:
        return None
    end = min(ends)
    start = end
    while start > 0 and text[start - 1] in _LETTERS:
        start -= 1
    return max(0, min(start, end - longest - ZH_NAME_BEFORE_END))
