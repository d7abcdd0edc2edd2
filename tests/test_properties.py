"""Invariants that must hold for any input, checked with generated examples."""
from hypothesis import given, settings, strategies as st

from pharmalens.documents.dedup import normalise
from pharmalens.documents.lines import repair_lines
from pharmalens.extraction.nuclides import normalise_nuclide

CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x4FFF)
TEXT = st.lists(st.one_of(st.text(CJK, min_size=1, max_size=30), st.sampled_from(["\n", "\n\n", "，", "。", "abc ", "1.5"])),
                max_size=40).map("".join)


@given(TEXT)
@settings(max_examples=200)
def test_repaired_text_maps_every_character_back_to_the_source(text):
    mapped = repair_lines(text)
    assert len(mapped.offsets) == len(mapped.text)
    for i, ch in enumerate(mapped.text):
        source = text[mapped.offsets[i]]
        assert source == ch or (ch == " " and source == "\n")
    assert list(mapped.offsets) == sorted(mapped.offsets)


@given(st.text(max_size=200))
def test_normalisation_is_idempotent(text):
    assert normalise(normalise(text)) == normalise(text)


MEDICAL = {("Lu", "177"), ("Ac", "225"), ("Ga", "68"), ("Pb", "212")}


@given(st.sampled_from(["Lu", "Ac", "Ga", "Pb", "镥", "锕", "lutetium"]), st.sampled_from(["177", "225", "68", "212"]))
def test_nuclide_normalisation_is_idempotent(element, mass):
    for written in (f"{mass}{element}", f"{element}-{mass}", f"[{mass}{element}]"):
        once = normalise_nuclide(written)
        if (element, mass) in MEDICAL:
            assert once == f"{element}-{mass}", written
        assert once is None or normalise_nuclide(once) == once
