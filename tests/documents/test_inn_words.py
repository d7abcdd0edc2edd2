"""Words ending in an INN stem, found from the stems that end a word: the words a scan with
\\b[a-z]{4,}(?:stem)\\b finds."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from pharmalens.documents.relevance import _ascii_lower, _inn_words
from pharmalens.model.vocabulary import load_yaml

_STEMS = load_yaml("inn_stems.yaml")


def _by_pattern(text: str) -> set[str]:
    any_case = "|".join(sorted(_STEMS["stems"], key=len, reverse=True))
    lower_case = "|".join(_STEMS["lower_case_stems"])
    return set(re.findall(rf"\b[a-z]{{4,}}(?:{any_case})\b", _ascii_lower(text))) | \
        set(re.findall(rf"\b[a-z]{{4,}}(?:{lower_case})\b", text))


def test_inns_of_a_licence_note():
    text = "Corvane licensed Velotuzumab and orbitinib to 甲药业; Halvorsen said kavinersen data came in 2025."
    assert _inn_words(text, _ascii_lower(text)) == {"velotuzumab", "orbitinib", "kavinersen"}


def test_stem_inside_a_word_or_a_short_word_is_none():
    text = "The mabtech kit, a tinibx code, 抗体mab and the word 'umab' name no drug; neither does zumab2."
    assert _inn_words(text, _ascii_lower(text)) == set()


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["velo", "tuzumab", "mab", "tinib", "rsen", "Halvo", "idro", "x", "Q", "7", "_", " ",
                                 "-", "抗", "é", "vir", "zumab", "cept", "ab"]), max_size=12))
def test_same_words_as_the_pattern(pieces):
    text = "".join(pieces)
    assert _inn_words(text, _ascii_lower(text)) == _by_pattern(text)
