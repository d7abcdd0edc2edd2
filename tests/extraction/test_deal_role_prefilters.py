"""The role of each amount in a deal comes out the same with the article-wide literal guards and the cue
index's anchor test in front of the role patterns as with every pattern tried at every amount."""
import pytest

from pharmalens.documents.articles import read_articles
from pharmalens.extraction import deal_terms
from pharmalens.extraction.context import Context
from pharmalens.extraction.cues import CueIndex
from pharmalens.extraction.lexicon import default_lexicon
from pharmalens.sources.files import SourceFile

TEXTS = [
    "Harlow Bio will acquire Senna Therapeutics for $14.25 per share in cash, or approximately $610 million, plus "
    "one contingent value right of up to $3.00 per share, or approximately $130 million in aggregate. "
    "Senna will receive an upfront payment of $55 million and up to $420 million in milestones.\n",
    "Quarry Pharma licensed QP-4 to Lumen Bio. Under the deal, Lumen pays an upfront fee of $30 million, "
    "an equity investment of $10 million and a total of $900 million.\n",
    "Telmar Bio will receive $75 million in upfront and near-term payments from Ostrel Labs, and $40 million, "
    "including an upfront payment, at signing. Telmar Bio received a $20 million milestone payment last year.\n",
    "丙康医药已收到丁源制药支付的里程碑款500万美元。丙康医药将获得1亿元，其中包括首付款3000万元。\n",
    "甲辰生物与乙泰医药达成授权合作，乙泰医药将支付首付款3000万美元，里程碑付款最高2.5亿美元，"
    "交易总额约2.8亿美元，并以每股12港元认购甲辰生物新股，合计约1亿港元。\n",
]


def _roles(text: str) -> list:
    article = read_articles(SourceFile("a.txt", "a.txt", ".txt", text.encode()))[0]
    ctx = Context(article, default_lexicon())
    previous = None
    out = []
    for mention in ctx.money:
        out.append((mention.start, deal_terms.role_of(ctx, mention, previous)))
        previous = mention.end
    return out


@pytest.mark.parametrize("text", TEXTS)
def test_roles_agree_with_every_pattern_tried(text, monkeypatch):
    quick = _roles(text)
    monkeypatch.setattr(deal_terms, "_CVR_THEN_WHOLE", deal_terms._CVR_THEN_WHOLE.compiled)
    monkeypatch.setattr(deal_terms, "_PER_SHARE_THEN_WHOLE", deal_terms._PER_SHARE_THEN_WHOLE.compiled)
    monkeypatch.setattr(CueIndex, "may_match", lambda self, name, start=0, end=None: True)
    assert quick == _roles(text)
    assert any(role for _, role in quick)


def test_the_article_checks_see_their_words():
    roles = dict(_roles(TEXTS[0]))
    assert "milestones" in roles.values() and "total" in roles.values()  # the CVR's and the per-share price's whole


def test_the_words_near_an_amount_are_seen():
    assert [role for _, role in _roles(TEXTS[2])] == ["upfront", "total", "milestones"]
    assert [role for _, role in _roles(TEXTS[3])][1:] == ["total", "upfront"]
    for text, paid in ((TEXTS[2], [False, False, True]), (TEXTS[3], [True, False, False])):
        ctx = Context(read_articles(SourceFile("a.txt", "a.txt", ".txt", text.encode()))[0], default_lexicon())
        assert [bool(deal_terms.milestone_paid(ctx, m)) for m in ctx.money] == paid
