"""The deal-sentence clues asked through the cue index's anchors and the article's literal guards
(which asset a sentence refers back to, which firm serves a deal as its agent, whose clause tells a
story of its own) agree with the plain patterns over the same text."""
import pytest

from pharmalens.documents.articles import read_articles
from pharmalens.extraction import deal_roles
from pharmalens.extraction.context import Context
from pharmalens.extraction.cues import CueIndex
from pharmalens.extraction.deals import build_deals
from pharmalens.extraction.lexicon import default_lexicon
from pharmalens.sources.files import SourceFile

TEXTS = [
    "Corvane Bio reported data for CV-31 in gastric cancer. The drug will be licensed to Meltro Pharma for "
    "$40 million upfront.\n",
    "Meltro Pharma will pay $25 million for rights to CV-31 from Corvane Bio, while Ostrel Labs reported revenue of "
    "$80 million for the quarter.\n",
    "Quarry Pharma named underwriter Telmar Securities Inc. and licensed QP-4 to Lumen Bio for $12 million upfront.\n",
    "甲辰生物公布了CX-12的临床数据。该产品已授权给乙泰医药，首付款3000万美元。\n",
    "丙康医药与配售代理丁源证券签订配售协议，并将DY-3授权给戊安制药，首付款500万美元。\n",
]


def _context(text: str) -> Context:
    article = read_articles(SourceFile("a.txt", "a.txt", ".txt", text.encode()))[0]
    return Context(article, default_lexicon())


def _plain(monkeypatch) -> None:
    monkeypatch.setattr(deal_roles, "may_hold", lambda ctx, name, sentence: True)
    monkeypatch.setattr(CueIndex, "may_match", lambda self, name, start=0, end=None: True)
    monkeypatch.setattr(deal_roles, "_WHILE_BEFORE", deal_roles._WHILE_BEFORE.compiled)


@pytest.mark.parametrize("text", TEXTS)
def test_deals_agree_with_the_plain_patterns(text, monkeypatch):
    quick = build_deals(_context(text))
    _plain(monkeypatch)
    assert quick == build_deals(_context(text))


@pytest.mark.parametrize("text", TEXTS)
def test_each_clue_agrees_with_the_plain_pattern(text, monkeypatch):
    ctx = _context(text)
    quick = ([deal_roles.referred_asset(ctx, s) for s in ctx.sentences],
             [(deal_roles.intermediary(ctx, m), deal_roles.own_story(ctx, m)) for m in ctx.companies])
    _plain(monkeypatch)
    ctx = _context(text)
    assert quick == ([deal_roles.referred_asset(ctx, s) for s in ctx.sentences],
                     [(deal_roles.intermediary(ctx, m), deal_roles.own_story(ctx, m)) for m in ctx.companies])


def test_the_clues_are_found():
    ctx = _context(TEXTS[0])
    assert deal_roles.referred_asset(ctx, ctx.sentences[1]) == "CV-31"
    ctx = _context(TEXTS[1])
    assert [m.name for m in ctx.companies if deal_roles.own_story(ctx, m)] == ["Ostrel Labs"]
    ctx = _context(TEXTS[2])
    assert [m.name for m in ctx.companies if deal_roles.intermediary(ctx, m)] == ["Telmar Securities"]
