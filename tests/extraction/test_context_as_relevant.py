from pharmalens.documents.articles import read_articles
from pharmalens.extraction.context import Context
from pharmalens.extraction.lexicon import default_lexicon
from pharmalens.sources.files import SourceFile


def _context(text: str) -> Context:
    article = read_articles(SourceFile("a.txt", "a.txt", ".txt", text.encode()))[0]
    return Context(article, default_lexicon())


def test_a_context_marked_relevant_keeps_what_was_recognised_and_gives_the_same_afresh():
    ctx = _context("Kestrel Therapeutics signed an agreement with Halvard Pharma on 3 March 2025.")
    companies = ctx.companies
    twin = ctx.as_relevant()
    assert twin.article.document.relevant and twin.article.search == ctx.article.search
    assert twin.companies is companies
    fresh = Context(twin.article, ctx.lexicon)
    assert [(m.start, m.name) for m in fresh.companies] == [(m.start, m.name) for m in twin.companies]
    assert [(d.start, d.end) for d in fresh.dates] == [(d.start, d.end) for d in twin.dates]
    twin.claimed_money.add(1)
    assert 1 not in ctx.claimed_money
