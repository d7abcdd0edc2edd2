"""The relation patterns tried on a masked sentence are chosen by the relation words it holds; the
choice read from each word's relations agrees with asking every relation about every word held."""
import pytest

from pharmalens.extraction import parties


def _plain(masked: str) -> list:
    matcher, _ = parties._word_matcher()
    words = sorted({w for words in parties._RELATION_WORDS if words for w in words})
    held = {words[index] for index, _, _ in parties.overlapping_matches(matcher, masked.lower())}
    return [relation for relation, words in zip(parties._RELATIONS, parties._RELATION_WORDS)
            if words is None or not held.isdisjoint(words)]


def _every_word() -> list[str]:
    return sorted({w for words in parties._RELATION_WORDS if words for w in words})


@pytest.mark.parametrize("word", _every_word())
def test_each_relation_word_brings_its_relations(word):
    masked = f"〈0〉 then {word} 〈1〉"
    assert parties._relations_possible(masked) == _plain(masked)


@pytest.mark.parametrize("masked", [
    "〈0〉 Licensed its antibody to 〈1〉 and will ACQUIRE 〈2〉 for $40 million.",
    "〈0〉与〈1〉签署许可协议，〈2〉收购〈3〉持有的〈4〉 30%股权。",
    "〈0〉 and 〈1〉 announced a partnership; 〈1〉 will pay 〈0〉 $5 million.",
    "Shares of 〈0〉 rose 4%.",
    "",
])
def test_sentences_holding_several_words_or_none(masked):
    assert parties._relations_possible(masked) == _plain(masked)
