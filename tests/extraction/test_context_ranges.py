"""Context.in_range: what a plain filter of the list gives, whether or not the list's ends rise with
its starts (where they do, only the last items are checked against the end)."""
from collections import namedtuple

from hypothesis import given, strategies as st

from pharmalens.extraction.context import Context

Span = namedtuple("Span", "start end")


def _bare_context() -> Context:
    ctx = Context.__new__(Context)
    ctx._start_cache = {}
    return ctx


def _plain(items, start, end):
    return [i for i in items if start <= i.start < end and i.end <= end]


@given(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 30)), max_size=12), st.integers(0, 70), st.integers(0, 90))
def test_in_range_is_the_plain_filter(pairs, start, end):
    spans = sorted((Span(s, s + n) for s, n in pairs), key=lambda x: x.start)
    ctx = _bare_context()
    assert ctx.in_range(spans, start, end) == _plain(spans, start, end)
    assert ctx.in_range(spans, start, end) == _plain(spans, start, end)  # from the kept index


def test_rising_ends_past_the_end_are_all_left_out():
    ctx = _bare_context()
    spans = [Span(0, 4), Span(5, 9), Span(10, 30), Span(12, 31), Span(14, 32)]
    assert ctx.in_range(spans, 0, 20) == [Span(0, 4), Span(5, 9)]
    crossing = [Span(0, 40), Span(5, 9), Span(10, 12)]  # ends that do not rise
    assert ctx.in_range(crossing, 0, 20) == [Span(5, 9), Span(10, 12)]


@given(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 30)), max_size=12), st.integers(0, 70), st.integers(0, 90),
       st.booleans())
def test_first_starting_is_the_first_of_a_plain_filter(pairs, start, end, ordered):
    spans = [Span(s, s + n) for s, n in pairs]
    spans = sorted(spans, key=lambda x: x.start) if ordered else spans
    expected = next((i for i in spans if start <= i.start < end), None)
    ctx = _bare_context()
    assert ctx.first_starting(spans, start, end) == expected
    assert ctx.first_starting(spans, start, end) == expected  # from the kept index


def test_first_starting_keeps_a_span_that_runs_past_the_end():
    ctx = _bare_context()
    assert ctx.first_starting([Span(2, 50), Span(3, 4)], 1, 10) == Span(2, 50)


Found = namedtuple("Found", "start end kind")


@given(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 30), st.sampled_from(["target", "indication"])), max_size=12),
       st.integers(0, 70), st.integers(0, 90))
def test_hits_of_a_kind_are_the_plain_filter(triples, start, end):
    """Hits of one kind in [start, end), whether or not their ends rise with their starts."""
    hits = sorted((Found(s, s + n, k) for s, n, k in triples), key=lambda h: h.start)
    ctx = _bare_context()
    ctx.__dict__["lexicon_hits"] = hits
    for kind in ("target", "indication", "agency"):
        assert ctx.hits(kind, start, end) == _plain([h for h in hits if h.kind == kind], start, end)
