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


# Each nuclide as written in news: symbols before or after the mass (with superscripts and the
# [177Lu] of drug names), Chinese names before or after it (镥-177, 131碘) and English names before it.
NUCLIDES = {"Lu-177": ("Lu", "镥", "鎦", "lutetium", "Lutetium"), "Ac-225": ("Ac", "锕", "actinium"),
            "Ga-68": ("Ga", "镓", "gallium"), "Pb-212": ("Pb", "铅", "lead")}
SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def spellings(name: str, mass: str) -> tuple[str, ...]:
    if name.isascii() and len(name) <= 2:
        return (f"{mass}{name}", mass.translate(SUPERSCRIPT) + name, f"[{mass}{name}]", f"{name}-{mass}",
                f"{name}{mass}")
    if not name.isascii():
        return (f"{mass}{name}", f"{name}-{mass}", f"{name}{mass}", f"{name} {mass}")
    return (f"{name}-{mass}", f"{name} {mass}", f"{name}{mass}")


@given(st.sampled_from([(nuclide, name) for nuclide, names in NUCLIDES.items() for name in names]))
def test_nuclide_normalisation_is_idempotent(spelled):
    nuclide, name = spelled
    for written in spellings(name, nuclide.split("-")[1]):
        once = normalise_nuclide(written)
        assert once == nuclide, written
        assert normalise_nuclide(once) == once


@given(st.sampled_from([(name, mass) for nuclide, names in NUCLIDES.items() for name in names
                        for mass in ("177", "225", "68", "212") if mass != nuclide.split("-")[1]]))
def test_a_mass_the_element_has_no_isotope_of_is_no_nuclide(spelled):
    name, mass = spelled
    assert [normalise_nuclide(written) for written in spellings(name, mass)] == [None] * len(spellings(name, mass))
