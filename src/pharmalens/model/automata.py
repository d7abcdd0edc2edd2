"""Aho-Corasick automata whose root finds a text's common characters at once.

pyahocorasick finds a node's edge for the next character by scanning the node's edges in the order
they were added. The root of a large vocabulary has hundreds (every first character of a name or
phrase), and a scan returns to the root at almost every character of a text, so each common
character that starts no name (a space, 的) was compared with all of them. An automaton made here
first holds a guard word for each character of data/frequent_characters.yaml, most frequent first:
the character and then a noncharacter (U+FDD0) that no text holds. The guards only put those
characters at the front of the root's edges: they end no other word, so the automaton reports the
same words at the same places, in the same order, as one without them. A guard reported (a text
holding U+FDD0) carries the payload its maker gave, which finds nothing."""
from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

import re

import ahocorasick
import ahocorasick_rs

from .vocabulary import load_yaml

GUARD_END = "\ufdd0"


@lru_cache(maxsize=1)
def frequent_characters() -> str:
    data = load_yaml("frequent_characters.yaml")
    return "".join(dict.fromkeys(data["latin"] + data["chinese_marks"] + data["chinese"]))


def guarded_automaton(guard_payload: Callable[[str], object]) -> ahocorasick.Automaton:
    """An automaton holding the guard words only, each with guard_payload(word): add the
    vocabulary's words, then make it."""
    automaton = ahocorasick.Automaton()
    for ch in frequent_characters():
        word = ch + GUARD_END
        automaton.add_word(word, guard_payload(word))
    return automaton


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def overlapping_matches(matcher: ahocorasick_rs.AhoCorasick, text: str) -> list[tuple[int, int, int]]:
    """(pattern index, start, end) of every match in the text, overlapping ones too, in characters.
    ahocorasick_rs reads the text as UTF-8: a lone surrogate (a JSON escape of half a pair) is read as
    U+FFFD, one character for one, so the positions stay the text's."""
    try:
        return matcher.find_matches_as_indexes(text, overlapping=True)
    except UnicodeEncodeError:
        return matcher.find_matches_as_indexes(_LONE_SURROGATE.sub("\ufffd", text), overlapping=True)
