"""The lettered-round pattern runs only over sentences holding 轮 or "series"; the rounds and
financings found agree with running it over every sentence."""
import pytest

from pharmalens.documents.articles import read_articles
from pharmalens.extraction import financings
from pharmalens.extraction.context import Context
from pharmalens.extraction.financing_cards import LETTER_ROUND, may_hold_letter_round
from pharmalens.extraction.lexicon import default_lexicon
from pharmalens.sources.files import SourceFile

TEXTS = [
    "Corvane Bio raised $60 million in a Series B financing led by Harlow Ventures. The company will advance CV-31. "
    "Its SERIES c extension followed in June.\n",
    "甲辰生物完成2亿元Pre-A轮融资，由乙泰资本领投。本轮资金将用于CX-12的临床开发。丙康医药此前完成B+轮融资。\n",
    "Meltro Pharma raised $30 million from Ostrel Capital in a private placement. A further tranche is planned.\n",
]


def _context(text: str) -> Context:
    article = read_articles(SourceFile("a.txt", "a.txt", ".txt", text.encode()))[0]
    return Context(article, default_lexicon())


@pytest.mark.parametrize("text", TEXTS)
def test_financings_agree_with_every_sentence_scanned(text, monkeypatch):
    quick = financings.build_financings(_context(text))
    monkeypatch.setattr(financings, "may_hold_letter_round", lambda text, start, end: True)
    assert quick == financings.build_financings(_context(text))


@pytest.mark.parametrize("text", TEXTS)
def test_no_sentence_with_a_lettered_round_is_passed_over(text):
    ctx = _context(text)
    for sentence in ctx.sentences:
        if LETTER_ROUND.search(ctx.text, sentence.start, sentence.end):
            assert may_hold_letter_round(ctx.text, sentence.start, sentence.end)
    assert not may_hold_letter_round("Serie A and round B", 0, 19)


def test_lettered_rounds_are_found():
    ctx = _context(TEXTS[0])
    names = [name for s in ctx.sentences for _, name in financings._rounds(ctx, s, False, True, frozenset())]
    assert names.count("b") == 1 and names.count("c") == 1
    ctx = _context(TEXTS[1])
    names = [name for s in ctx.sentences for _, name in financings._rounds(ctx, s, False, True, frozenset())]
    assert "a" in names and "b" in names
