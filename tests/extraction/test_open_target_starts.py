"""The pattern for a symbol after "targeting", "anti-" or 靶向 is tried only where such a word starts:
the same matches as a scan of the whole text."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pharmalens.extraction import open_targets


def _same(text: str) -> None:
    plain = [m.span() for m in open_targets._BEFORE.finditer(text)]
    assert [m.span() for m in open_targets._before_matches(text)] == plain, text


def test_each_opening_word_is_tried():
    for text in ("an antibody targeting CD46, a drug that targets EphA2 and one directed  against FcRn; anti-B7H3 and anti- GPRC5D",
                 "甲药业靶向于 CLDN18.2 的ADC与靶向Nav1.6的小分子", "targetingCD3 retargeting TROP2 and no symbol here"):
        _same(text)
    assert [m.group("s") for m in open_targets._before_matches("a drug that targets EphA2, anti-PD-L1")] == ["EphA2", "PD-L1"]


_PIECES = ["targeting", "targets", "target", "directed", " against", "anti-", "靶向", "于", " ", "\n", "CD46", "EphA2", "B7-H4",
           "PD-L1", "Nav1.6", "X", "-", "甲", "re", "Anti-"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12))
def test_anchored_scan_finds_what_the_whole_scan_finds(pieces):
    _same("".join(pieces))
