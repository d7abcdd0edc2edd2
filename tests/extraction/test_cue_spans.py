"""cue_spans and holds_cue, asked only of the phrases whose anchors a text holds, give what the set's whole
alternation gives: the same spans in the same order (the longest phrase where two start together), the
same yes or no."""
from pathlib import Path

from hypothesis import given, settings, strategies as st

from pharmalens.extraction.cues import blank_cues, cue_regex, cue_sets, cue_spans, holds_cue
from pharmalens.extraction.sentences import sentences

_GOLD = Path(__file__).parents[1] / "data" / "gold" / "text"


def _spans(name: str, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in cue_regex(name).finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(sorted(cue_sets())), st.data())
def test_spans_are_the_alternations_on_phrases_run_together(name, data):
    chosen = data.draw(st.lists(st.sampled_from(cue_sets()[name]), min_size=1, max_size=3))
    pad = st.text(alphabet="aZ9 \n\t,.-公司许可", max_size=4)
    text = "".join(data.draw(pad) + p.rstrip("*").replace(" ", data.draw(st.sampled_from([" ", "  ", "\n"])))
                   + data.draw(st.sampled_from(["", "s", "ed", "中"])) for p in chosen)
    text = data.draw(st.sampled_from([text, text.upper(), text.swapcase()]))
    assert cue_spans(name, text) == _spans(name, text)
    assert holds_cue(name, text) == bool(cue_regex(name).search(text))


def test_a_longer_phrase_starting_where_a_shorter_one_does_wins():
    text = "Ferrowick entered into an exclusive license agreement; the licensee pays."
    spans = cue_spans("deal.trigger", text)
    assert spans == _spans("deal.trigger", text) and spans
    assert blank_cues("deal.trigger", text) == cue_regex("deal.trigger").sub(lambda m: " " * len(m.group(0)), text)


def test_every_set_over_sentences_of_the_gold_news():
    texts = [s.text for path in sorted(_GOLD.glob("*"))[:6] for s in sentences(path.read_text(encoding="utf-8"))]
    for name in cue_sets():
        for text in texts:
            assert cue_spans(name, text) == _spans(name, text), (name, text)
            assert holds_cue(name, text) == bool(cue_regex(name).search(text)), (name, text)



@settings(max_examples=300, deadline=None)
@given(st.sampled_from(sorted(cue_sets())), st.data())
def test_the_index_keeps_the_longest_of_overlapping_cues_as_the_alternation_does(name, data):
    """Phrases of a set run together overlap ("exclusive license agreement", "license"); at each start the
    index keeps the longest and skips what overlaps it, as the set's alternation finds them."""
    from pharmalens.extraction.cues import CueIndex
    chosen = data.draw(st.lists(st.sampled_from(cue_sets()[name]), min_size=1, max_size=4))
    glue = st.sampled_from(["", " ", "，", " Tarnow ", "公司", "。"])
    text = "".join(data.draw(glue) + p.rstrip("*") + data.draw(st.sampled_from(["", "s", " "])) for p in chosen)
    assert [(c.start, c.end) for c in CueIndex(text).hits(name)] == _spans(name, text)
