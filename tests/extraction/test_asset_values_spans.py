"""The targets and indications named in a span of the article (asset_values.targets_in,
indications_in) answer an empty span at once: the answer must be what reading each hit gives, in
Chinese and English, for spans holding hits and spans holding none."""
from pharmalens.documents.articles import read_articles
from pharmalens.extraction.asset_values import indications_in, targets_in
from pharmalens.extraction.context import Context
from pharmalens.extraction.lexicon import default_lexicon
from pharmalens.sources.files import SourceFile

_TEXTS = ("Larkspur Bio said LB-17, a HER2 and TROP2 antibody, is in a Phase 2 trial for breast cancer and gastric cancer.",
          "岚川生物表示，靶向HER2的LC-22正在开展治疗胃癌和乳腺癌的II期临床试验。")


def _context(text: str) -> Context:
    return Context(read_articles(SourceFile("t.txt", "t.txt", ".txt", text.encode()))[0], default_lexicon())


def test_spans_with_and_without_hits_read_as_each_hit_gives():
    for text in _TEXTS:
        ctx = _context(text)
        seen_targets = seen_indications = False
        for start in range(0, len(ctx.text), 3):
            for end in range(start, len(ctx.text) + 1, 5):
                targets = list(dict.fromkeys(h.canonical for h in ctx.hits("target", start, end)))
                indications = list(dict.fromkeys(ctx.evidence(h.start, h.end).quote for h in ctx.hits("indication", start, end)))
                assert targets_in(ctx, start, end) == targets
                assert indications_in(ctx, start, end) == indications
                seen_targets, seen_indications = seen_targets or bool(targets), seen_indications or bool(indications)
        assert seen_targets and seen_indications, text
