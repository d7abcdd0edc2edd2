"""The approved-brand patterns are tried only where an approval verb starts: the same matches as a scan
of the whole text."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pharmalens.extraction import approved_brands as brands
from pharmalens.model.patterns import matches_from


def _same(text: str) -> None:
    for pattern in (brands._WITH_OWNER, brands._ALONE):
        anchored = [m.span() for m in matches_from(pattern, text, brands.verb_starts(text))]
        assert anchored == [m.span() for m in pattern.finditer(text)], text


def test_each_verb_opens_a_match():
    for text in ("The FDA approved Corvell's Ondrexa for adults.", "EMA authorised Tessel Rowe's Vantrila (velorexant) to treat",
                 "Health Canada cleared Brivoxa, an oral drug", "granted marketing authorization to Halvard's Quintela for use",
                 "approval of Ondrexa in patients with X; authorization for Ondrexa (zelmitide)", "批准甲生物的Ondrexa用于治疗"):
        _same(text)
        assert any(list(matches_from(p, text, brands.verb_starts(text))) for p in (brands._WITH_OWNER, brands._ALONE)) or "批准" in text


_PIECES = ["approved ", "approves ", "approval of ", "approvals for ", "authorized ", "authorisations to ", "clears ", "cleared ",
           "marketing authorization for ", "marketing  authorisation to ", "the ", "Corvell", "'s ", "’ ", "Ondrexa", "®", " for",
           " in adults", " to treat", " (velorexant)", ", an oral", ", a", " as a", "Approved ", "Nuclear", "x", "\n"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12))
def test_anchored_scans_find_what_whole_scans_find(pieces):
    _same("".join(pieces))
