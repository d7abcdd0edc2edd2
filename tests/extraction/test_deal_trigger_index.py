"""Whether a sentence holds a deal word, read from the article's cue index, agrees with the plain test
over the sentence's text, sentence by sentence."""
import pytest

from pharmalens.documents.articles import read_articles
from pharmalens.extraction.context import Context
from pharmalens.extraction.deal_roles import sentence_triggers, triggers
from pharmalens.extraction.lexicon import default_lexicon
from pharmalens.sources.files import SourceFile

TEXTS = [
    "Corvane Bio licensed its antibody CV-31 to Meltro Pharma for $40 million upfront. "
    "Meltro Pharma will acquire Ostrel Labs in a deal worth $1.2 billion. "
    "Corvane Bio said its product CV-8, which it sells in Peru and Chile, grew 9%. "
    "The company also filed an at-the-market offering agreement with its bank. "
    "Shares rose 4% on the news. Corvane Bio kept the file ref_acquire in its archive.\n",
    "甲辰生物与乙泰医药签署许可协议，获得CX-12在大中华区的权益。"
    "甲辰生物已取得临床试验许可。"
    "乙泰医药合作licensing团队今日宣布扩编。"
    "双方将共同开发新的双抗药物。\n",
]


def _context(text: str) -> Context:
    article = read_articles(SourceFile("a.txt", "a.txt", ".txt", text.encode()))[0]
    return Context(article, default_lexicon())


@pytest.mark.parametrize("text", TEXTS)
def test_the_index_answers_as_the_plain_test_does(text):
    ctx = _context(text)
    for sentence in ctx.sentences:
        assert sentence_triggers(ctx, sentence) == triggers(sentence.text), sentence.text


def test_a_deal_word_the_index_finds_but_the_pattern_does_not_bound_is_no_trigger():
    ctx = _context(TEXTS[0])
    sentence = next(s for s in ctx.sentences if "ref_acquire" in s.text)
    assert ctx.cues.hits("deal.trigger", sentence.start, sentence.end)  # "_" is no letter of a word for the index
    assert not triggers(sentence.text) and not sentence_triggers(ctx, sentence)
