"""Crossed pairs and arrow lines are looked for only in articles holding a cross or an arrow (substring
tests); the items found agree with reading every line."""
import pytest

from pharmalens.documents.articles import read_articles
from pharmalens.extraction import deal_items as items_module
from pharmalens.extraction.context import Context
from pharmalens.extraction.lexicon import default_lexicon
from pharmalens.sources.files import SourceFile

TEXTS = [
    "【交易速览】\n1. 甲辰生物 × Corvane:CX-12海外权益授权,首付款3000万美元\n2. 丙康医药 x 丁源制药:DY-3大中华区权益授权,首付款1.5亿元\n",
    "【交易速览】\n1. 甲辰生物\tX\tCorvane:CX-12海外权益授权,首付款3000万美元\n2. 丙康医药 × 丁源制药:DY-3大中华区权益授权,首付款1.5亿元\n",
    "Deal snapshot: Corvane Bio → Meltro Pharma | CV-31 | $30M upfront | up to $1.1B total\n"
    "Ostrel Labs => Quarry Pharma | QP-4 | $12M upfront\nLumen Bio ⇒ Harlow Bio: acquisition, $400M\n",
    "Corvane Bio licensed CV-31 to Meltro Pharma for $40 million upfront.\n",
    "Deal snapshot: Lumen Bio ⇒ Harlow Bio | HB-9 | $400M upfront\n",
    "Deal snapshot: Lumen Bio ➝ Harlow Bio | HB-9 | $400M upfront\n",
]


def _items(text: str) -> list:
    article = read_articles(SourceFile("a.txt", "a.txt", ".txt", text.encode()))[0]
    ctx = Context(article, default_lexicon())
    return [(i.start, i.end, i.terms_start, i.parties) for i in items_module.deal_items(ctx)]


@pytest.mark.parametrize("text", TEXTS)
def test_items_agree_with_every_line_read(text, monkeypatch):
    quick = _items(text)
    monkeypatch.setattr(items_module, "holds_any", lambda text, literals: True)
    assert quick == _items(text)


def test_each_arrow_makes_an_item():
    assert [len(_items(text)) for text in TEXTS[2:]] == [3, 0, 1, 1]
