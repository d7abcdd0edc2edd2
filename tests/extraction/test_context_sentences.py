"""The facility and regulatory builders loop only over the sentences a cue of their sets starts in
(Context.sentences_holding): every sentence the sets' cues are asked about and found in must
be among them, in order. Our own words, English and Chinese."""
from pharmalens.documents.articles import read_articles
from pharmalens.extraction.context import Context
from pharmalens.extraction.facilities import _TOLD_SETS
from pharmalens.extraction.lexicon import default_lexicon
from pharmalens.extraction.regulatory import _telling_sets
from pharmalens.sources.files import SourceFile

_TEXTS = (
    "Brindle Isotopes opens Ac-225 plant\n\nMarch 3, 2026 - Brindle Isotopes said its new Ac-225 production facility "
    "in Ghent, Belgium, began operations. The plant will produce up to 4 Ci a year. Separately, the FDA granted "
    "Fast Track designation to BRX-12 for prostate cancer. The company expects to file an NDA in 2027. "
    "Its second cyclotron is expected to be completed in 2028.",
    "岷山医药宣布常州基地投产\n\n岷山医药今日宣布，其位于常州的放射性药物生产基地正式投产。公司拟在成都建设第二个生产基地，"
    "预计2028年建成。此外，MS-301获国家药监局批准开展I期临床试验。该基地通过了GMP符合性检查。",
)


def _context(text: str) -> Context:
    return Context(read_articles(SourceFile("t.txt", "t.txt", ".txt", text.encode()))[0], default_lexicon())


def _plain(ctx: Context, names: tuple[str, ...]) -> list:
    return [s for s in ctx.sentences if any(ctx.cues.has(n, s.start, s.end) for n in names)]


def test_every_sentence_holding_a_cue_of_the_sets_is_kept_in_order():
    for text in _TEXTS:
        ctx = _context(text)
        for names in (_TOLD_SETS, ("regulatory.gmp_context", *_telling_sets())):
            picked = ctx.sentences_holding(names)
            assert picked == sorted(picked, key=lambda s: s.start)
            wanted = _plain(ctx, names)
            assert wanted, (text, names)
            assert [s for s in picked if s in wanted] == wanted, (text, names)


def test_a_sentence_without_a_cue_is_left_out():
    ctx = _context(_TEXTS[0])
    picked = ctx.sentences_holding(("facilities.event",))
    assert picked and all(ctx.cues.hits("facilities.event", s.start, s.end) for s in picked)
    assert len(picked) < len(ctx.sentences)
    assert ctx.sentences_holding(()) == []


def test_sentences_starting_in_a_window_are_those_a_look_at_each_finds():
    for text in _TEXTS:
        ctx = _context(text)
        edges = sorted({0, len(ctx.text)} | {s.start for s in ctx.sentences} | {s.end for s in ctx.sentences})
        for lo in edges:
            for hi in edges:
                plain = [s for s in ctx.sentences if lo <= s.start <= hi]
                assert ctx.sentences_starting(lo, hi) == plain
                assert ctx.sentences_starting(lo + 1, hi - 1) == [s for s in ctx.sentences if lo + 1 <= s.start <= hi - 1]
