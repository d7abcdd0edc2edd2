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

MORE = [
    "Harlow Bio completed its IPO on the Nasdaq, raising $120 million. Shares rose. Harlow Bio also closed a "
    "seed round earlier.\n",
    "丁源制药完成天使轮融资。公司计划于明年启动IPO。戊安医药完成定向增发，募集资金5亿元。\n",
    "Lumen Bio said its Series D drew Quarry Capital and Telmar Partners. The company raised $90 million in the Series D round.\n",
    "戊安医药宣布C轮由己辰资本领投。戊安医药完成C轮融资3亿元。\n",
]


def _context(text: str) -> Context:
    article = read_articles(SourceFile("a.txt", "a.txt", ".txt", text.encode()))[0]
    return Context(article, default_lexicon())


@pytest.mark.parametrize("text", TEXTS + MORE)
def test_financings_agree_with_every_sentence_scanned(text, monkeypatch):
    quick = financings.build_financings(_context(text))
    monkeypatch.setattr(financings, "may_hold_letter_round", lambda text, start, end: True)
    assert quick == financings.build_financings(_context(text))
    monkeypatch.setattr(financings, "_may_name_round", lambda ctx, sentence, starts, lettered: True)
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




@pytest.mark.parametrize("text", TEXTS + MORE)
def test_every_sentence_naming_a_round_is_read(text):
    ctx = _context(text)
    present = frozenset(name for name in financings._ROUND_SETS if ctx.cues.has(name))
    starts = sorted(c.start for name in present for c in ctx.cues.hits(name))
    named = 0
    for sentence in ctx.sentences:
        if financings._rounds(ctx, sentence, ctx.cues.has("financings.ipo"), True, present):
            assert financings._may_name_round(ctx, sentence, starts, True)
            named += 1
    assert named
