"""Multi-word search: every place any of many words occurs in a text, in one pass (ahocorasick_rs,
Aho-Corasick in Rust). The lexicon, the cue index, the guards' literals, relevance and the INN
finders all ask for every match, overlapping ones too, with positions in characters."""
from __future__ import annotations

import re

import ahocorasick_rs

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def overlapping_matches(matcher: ahocorasick_rs.AhoCorasick, text: str) -> list[tuple[int, int, int]]:
    """(pattern index, start, end) of every match in the text, overlapping ones too, in characters
    and in order of their ends. ahocorasick_rs reads the text as UTF-8: a lone surrogate (a JSON escape
    of half a pair) is read as U+FFFD, one character for one, so the positions stay the text's."""
    try:
        return matcher.find_matches_as_indexes(text, overlapping=True)
    except UnicodeEncodeError:
        return matcher.find_matches_as_indexes(_LONE_SURROGATE.sub("\ufffd", text), overlapping=True)
