"""A kind word describing a party is blanked only where the cue index has an anchor of the set just
before the name; the text given back agrees with trying the pattern before every name."""
import pytest

from pharmalens.documents.articles import read_articles
from pharmalens.extraction.context import Context
from pharmalens.extraction.cues import CueIndex
from pharmalens.extraction.deal_kinds import without_descriptors
from pharmalens.extraction.lexicon import default_lexicon
from pharmalens.sources.files import SourceFile

TEXTS = [
    "The joint venture Halvick Isotopes agreed to supply Morrow Pharma with Lu-177 for $8 million.\n",
    "Telmar Bio and Quarry Pharma formed a joint venture, Ostrel Therapeutics, to develop QP-4.\n",
    "甲辰生物与合资公司乙泰医药签署供应协议，金额为500万美元。\n",
]


def _blanked(text: str) -> list[str]:
    ctx = Context(read_articles(SourceFile("a.txt", "a.txt", ".txt", text.encode()))[0], default_lexicon())
    return [without_descriptors(ctx, s.start, s.end) for s in ctx.sentences]


@pytest.mark.parametrize("text", TEXTS)
def test_blanking_agrees_with_the_pattern_before_every_name(text, monkeypatch):
    quick = _blanked(text)
    monkeypatch.setattr(CueIndex, "may_match", lambda self, name, start=0, end=None: True)
    assert quick == _blanked(text)


def test_a_describing_kind_word_is_blanked():
    assert "joint venture" not in _blanked(TEXTS[0])[0]
    assert "joint venture" in _blanked(TEXTS[1])[0]  # "formed a joint venture" tells the deal
