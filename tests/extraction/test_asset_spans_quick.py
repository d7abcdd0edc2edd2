"""The spans around an asset read with substring searches (clause start, list item, the description's
end at the next asset) are those the plain list-and-scan forms give."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from pharmalens.documents.articles import read_articles
from pharmalens.extraction import asset_records
from pharmalens.extraction.asset_spans import _clause_start
from pharmalens.extraction.combinations import comparator_spans, partner_spans
from pharmalens.extraction.context import Context
from pharmalens.extraction.lexicon import default_lexicon
from pharmalens.sources.files import SourceFile

_PIECES = ["QX-11", " and ", "，", ",", "；", ";", "。", ":", "：", "甲药业", "a PSMA radioligand", " in Phase 2", "(", ")", " "]


def _context(text: str) -> Context:
    article = read_articles(SourceFile("a.txt", "a.txt", ".txt", text.encode()))[0]
    return Context(article, default_lexicon())


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14), st.integers(0, 40), st.integers(0, 60))
def test_clause_start_is_after_the_last_mark(pieces, floor, pos):
    text = "".join(pieces)
    assert _clause_start(text, floor, pos) == max([floor] + [text.rfind(ch, floor, pos) + 1 for ch in "，,；;。:："])



def test_clause_start_of_texts_asked_about_in_turn():
    """The marks are kept for the last text asked about: asking about another text in between, or an
    equal text that is another string, must not reuse them."""
    first, second = "甲药业，QX-11；a PSMA radioligand: in Phase 2", "QX-11 and QX-12, in Phase 2; 乙药业。"
    equal = "".join(list(first))
    for text in (first, second, first, equal, second):
        for floor in range(0, 12):
            for pos in range(0, len(text) + 2):
                assert _clause_start(text, floor, pos) == max([floor] + [text.rfind(ch, floor, pos) + 1 for ch in "，,；;。:："])

def _plain_description(ctx, mention, item):
    later = [a.start for a in ctx.assets if a.start >= mention.end]
    end = min([item.end, mention.end + 90, *later])
    partners = partner_spans(ctx, mention.end, end) + comparator_spans(ctx, mention.end, end)
    end = min(s for s, _ in partners) if partners else end
    return mention.end, max(mention.end, end)


def test_list_items_and_descriptions_of_each_asset():
    for text in ("Orvanta's pipeline: QX-11, a PSMA radioligand in Phase 2; QX-12, an FAP agent in Phase 1; QX-13 (preclinical).",
                 "甲药业的HRS-4357（一款PSMA RLT）处于II期；HRS-4358处于I期；另有HRS-4359与BL-ARC001联合KX-7。",
                 "Velanta said ZX-4, its lead asset in combination with ZX-5, and ZX-6 versus ZX-7 were dosed."):
        ctx = _context(text)
        assert len(ctx.assets) >= 3
        for sentence in ctx.sentences:
            for mention in ctx.in_range(ctx.assets, sentence.start, sentence.end):
                item = asset_records._list_item(ctx, sentence, mention)
                breaks = [m.end() for m in re.finditer("[;；]", ctx.text[:mention.start]) if m.end() > sentence.start]
                assert item.start == max([sentence.start, *breaks])
                assert asset_records._description(ctx, mention, item) == _plain_description(ctx, mention, item)
