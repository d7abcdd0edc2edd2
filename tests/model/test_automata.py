"""The one multi-word search: overlapping matches, in characters, whatever the text holds."""
import ahocorasick_rs
from hypothesis import given, settings
from hypothesis import strategies as st

from pharmalens.model.automata import overlapping_matches


def test_overlapping_matches_in_characters_and_past_a_lone_surrogate():
    matcher = ahocorasick_rs.AhoCorasick(["药业", "甲药业", "ab", "b"])
    text = "x\ud83d甲药业 ab"
    found = sorted(overlapping_matches(matcher, text), key=lambda m: (m[1], m[2]))
    assert [(text[s:e], i) for i, s, e in found] == [("甲药业", 1), ("药业", 0), ("ab", 2), ("b", 3)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["药业", "甲", "ab", "b", "x", "Ω", " "]), max_size=12))
def test_every_occurrence_of_every_word(pieces):
    words = ["药业", "甲药业", "ab", "b"]
    text = "".join(pieces)
    expected = sorted((i, s, s + len(w)) for i, w in enumerate(words) for s in range(len(text)) if text.startswith(w, s))
    assert sorted(overlapping_matches(ahocorasick_rs.AhoCorasick(words), text)) == expected
