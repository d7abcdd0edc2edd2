"""Where a text's first INN can begin, from one automaton pass over the INN endings.

An INN ends in a WHO stem at a word's end (data/inn_stems.yaml) or in a Chinese INN ending
(inn_prefixes.ZH_INN_ENDS). Scanning a whole article with the INN pattern tries its long alternation
at every letter; most articles hold no ending at all, and the pattern need only start where the word
of the first ending, or the Chinese characters before it, can."""
from __future__ import annotations

from functools import lru_cache

import ahocorasick

from ..model.vocabulary import load_yaml
from .inn_prefixes import ZH_INN_ENDS

ZH_NAME_BEFORE_END = 6  # the INN pattern's Chinese characters before an ending, at most
_WORD = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")
_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


@lru_cache(maxsize=1)
def _endings() -> tuple[ahocorasick.Automaton, int]:
    stems = load_yaml("inn_stems.yaml")
    automaton = ahocorasick.Automaton()
    for stem in stems["stems"] + stems["lower_case_stems"]:
        automaton.add_word(stem, True)  # a stem ends a word
    zh = ZH_INN_ENDS.split("|")
    for ending in zh:
        automaton.add_word(ending, False)
    automaton.make_automaton()
    return automaton, max(map(len, zh))


def inn_scan_start(text: str) -> int | None:
    """A position no INN match starts before (None: the text holds no INN ending). The first ending
    found ends a word, or closes Chinese characters: a match holding it starts at that word, or at
    most an ending's and a name's length before; a match holding a later ending starts later."""
    automaton, longest = _endings()
    for end, word_end in automaton.iter(text):
        end += 1
        if word_end and end < len(text) and text[end] in _WORD:
            continue
        start = end
        while start > 0 and text[start - 1] in _LETTERS:
            start -= 1
        return max(0, min(start, end - longest - ZH_NAME_BEFORE_END))
    return None
