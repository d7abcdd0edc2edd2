"""Guarded automata report what plain ones do: the guards only reorder the root's edges."""
import ahocorasick
from hypothesis import given, settings, strategies as st

from pharmalens.model.automata import GUARD_END, frequent_characters, guarded_automaton

_ALPHABET = " eta的公司x-药\ufdd0"


def _automata(words: list[str]) -> tuple[ahocorasick.Automaton, ahocorasick.Automaton]:
    plain, guarded = ahocorasick.Automaton(), guarded_automaton(lambda word: ("guard", word))
    for word in words:
        plain.add_word(word, ("word", word))
        guarded.add_word(word, ("word", word))
    plain.make_automaton()
    guarded.make_automaton()
    return plain, guarded


def _words_found(automaton: ahocorasick.Automaton, text: str) -> list[tuple[int, tuple[str, str]]]:
    return [(end, value) for end, value in automaton.iter(text) if value[0] == "word"]


def test_common_characters_of_both_scripts_come_first_once_each():
    chars = frequent_characters()
    assert chars[0] == " " and "e" in chars[:5] and "的" in chars[:120] and "\n" in chars
    assert len(set(chars)) == len(chars)


def test_a_guarded_automaton_finds_the_words_of_a_plain_one_in_order():
    words = ["te", "eta", "公司", "药公司", "a 的", "x-"]
    plain, guarded = _automata(words)
    text = "the eta 公司 and 药公司 at a 的 x-ray"
    assert _words_found(guarded, text) == list(plain.iter(text)) != []


def test_a_text_holding_the_guards_end_reports_a_guard_and_nothing_else():
    plain, guarded = _automata(["eta"])
    text = f"e{GUARD_END}ta eta"
    found = list(guarded.iter(text))
    assert ("guard", "e" + GUARD_END) in [value for _, value in found]
    assert _words_found(guarded, text) == list(plain.iter(text))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=_ALPHABET, min_size=1, max_size=4), min_size=1, max_size=8),
       st.text(alphabet=_ALPHABET, max_size=40))
def test_guards_change_no_word_found(words, text):
    plain, guarded = _automata(list(dict.fromkeys(words)))
    assert _words_found(guarded, text) == list(plain.iter(text))


def test_overlapping_matches_in_characters_and_past_a_lone_surrogate():
    import ahocorasick_rs

    from pharmalens.model.automata import overlapping_matches
    matcher = ahocorasick_rs.AhoCorasick(["药业", "甲药业", "ab", "b"])
    text = "x\ud83d甲药业 ab"
    found = sorted(overlapping_matches(matcher, text), key=lambda m: (m[1], m[2]))
    assert [(text[s:e], i) for i, s, e in found] == [("甲药业", 1), ("药业", 0), ("ab", 2), ("b", 3)]
