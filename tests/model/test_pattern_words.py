"""The words a pattern cannot match without: read from the pattern, never missing a match."""
import re

from hypothesis import given, settings, strategies as st

from pharmalens.model.pattern_words import holds_a_word, lowered, required_words
from pharmalens.model.patterns import rx

_PATTERNS = [
    rx(r"〈(\d+)〉[^〈〉]{0,20}?(?:授予|许可给)〈(\d+)〉"),
    rx(r"\b(?:licens\w*|sold)\s+to\s+〈(\d+)〉", re.I),
    rx(r"(?:tender |takeover )?(?:offer|bid) for (?:the )?〈", re.I),
    rx(r"X(?:ab)+Y|(?i:Zeta)"),
    rx(r"(?:a|b)?c(?:dd|e{1,3})"),
]


def test_a_word_is_read_from_every_branch_of_an_alternation():
    assert required_words(_PATTERNS[0]) == {"授予", "许可给"}
    assert required_words(_PATTERNS[1]) >= {"licens", "sold"}
    assert required_words(rx(r"Q[1-4] (?:revenue|sales)", re.I)) == {"revenue", "sales"}


def test_an_optional_part_gives_no_word_and_case_is_ignored_in_lowered_case():
    words = required_words(_PATTERNS[2])
    assert words is not None and not words & {"tender ", "takeover ", "the "}
    assert holds_a_word(lowered("A TENDER OFFER FOR 〈1〉"), words)
    assert not holds_a_word(lowered("an offering to 〈1〉"), required_words(rx(r"\boffer for\b", re.I)))


def test_a_pattern_without_a_word_it_must_hold_gives_none_and_skips_nothing():
    assert required_words(rx(r"\d+(?:\.\d+)?")) is None and required_words(rx(r"\d+%")) == {"%"}
    assert required_words(re.compile(r"(?i:straße)")) is None  # Unicode case rules: ß is also SS
    assert required_words(rx(r"Émile|Zoë")) is None  # a letter with case outside ASCII
    assert holds_a_word("anything", None)


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(_PATTERNS), st.text(alphabet="abcdeXYZetaz 〈〉12授予许可给soldLICENSdto forferbidTENDER", max_size=30))
def test_a_text_without_the_words_never_matches(pattern, text):
    if pattern.search(text):
        assert holds_a_word(lowered(text), required_words(pattern))
