"""A sentence continues a deal when it is near, names no company outside the deal and states terms:
the three tests give the same answer in any order (the cheap ones are asked first)."""
from pharmalens.documents.articles import read_articles
from pharmalens.extraction.context import Context
from pharmalens.extraction.cues import holds_cue
from pharmalens.extraction.deals import Frame, _continues
from pharmalens.extraction.lexicon import default_lexicon
from pharmalens.extraction.parties import Parties
from pharmalens.sources.files import SourceFile

TEXT = ("Corvane Bio licensed CV-31 to Meltro Pharma. Meltro Pharma will pay an upfront payment of $20 million. "
        "Ostrel Labs will receive an upfront payment of $5 million. Meltro Pharma opened an office.\n"
        "甲辰生物将CX-12授权给乙泰医药。乙泰医药将支付首付款3000万美元。丙康医药将获得首付款500万美元。\n")


def test_continues_agrees_with_each_test_asked():
    ctx = Context(read_articles(SourceFile("a.txt", "a.txt", ".txt", TEXT.encode()))[0], default_lexicon())
    answers = []
    for first in (0, 4):
        named = ctx.companies_in(ctx.sentences[first].start, ctx.sentences[first].end)
        frame = Frame(Parties(named[0], named[1], True), [ctx.sentences[first]])
        for sentence in ctx.sentences[first + 1:first + 4]:
            mentions = ctx.companies_in(sentence.start, sentence.end)
            plain = sentence.start - frame.end <= 1500 and holds_cue("deal.terms", sentence.text) \
                and {m.name for m in mentions} <= frame.names()
            assert _continues(ctx, frame, sentence, mentions) == plain
            answers.append(plain)
    assert answers == [True, False, False, True, False]
