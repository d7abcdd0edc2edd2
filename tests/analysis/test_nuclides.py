import math

import numpy as np
import pytest

from pharmalens.analysis import nuclides
from pharmalens.analysis.bateman import linear_chain_atoms
from pharmalens.analysis.errors import InsufficientActivity, SpecError, UnknownNuclide

REQUIRED = ["Ga-68", "F-18", "Tc-99m", "Mo-99", "Cu-64", "Cu-67", "I-123", "I-124", "I-125", "I-131", "At-211",
            "Pb-212", "Bi-212", "Bi-213", "Y-90", "Zr-89", "Lu-177", "Lu-177m", "Ac-225", "Fr-221", "Th-227",
            "Ra-223", "Ra-224", "Ge-68", "In-111", "Sm-153", "Sr-89", "Tb-161", "Sc-44", "Sc-47", "Ho-166",
            "Re-188", "W-188", "Cu-61", "C-11", "N-13", "O-15", "Rb-82", "At-217", "Po-213", "Tl-209", "Pb-209"]

DESIGN_HALF_LIVES_HOURS = {  # shared/DESIGN.md reference figures
    "Ga-68": 67.71 / 60, "F-18": 109.77 / 60, "Tc-99m": 6.015, "Mo-99": 65.94, "Cu-64": 12.70,
    "I-123": 13.27, "At-211": 7.214, "Pb-212": 10.64, "Y-90": 64.10, "Zr-89": 78.41, "I-131": 8.0207 * 24,
    "Lu-177": 6.647 * 24, "Ge-68": 270.95 * 24, "Lu-177m": 160.4 * 24,
}


def test_table_covers_required_nuclides_with_sources():
    table = nuclides.nuclide_table()
    for name in REQUIRED:
        row = table[name]
        assert row.source and row.half_life_hours > 0
        assert math.isclose(sum(d.branching for d in row.decay), 1.0, abs_tol=1e-9)
        assert row.name == f"{row.element}-{row.mass}" + ("m" if row.name.endswith("m") else "")
        assert row.element_zh


@pytest.mark.parametrize("name,hours", sorted(DESIGN_HALF_LIVES_HOURS.items()))
def test_design_half_lives(name, hours):
    assert nuclides.half_life_hours(name) == pytest.approx(hours, rel=1e-9)


def test_ac225_uses_newer_evaluation():
    assert nuclides.half_life_hours("Ac-225") == pytest.approx(9.920 * 24)


@pytest.mark.parametrize("name", ["Lu-177", "F-18", "Ac-225", "Tc-99m", "O-15", "Ge-68"])
def test_one_half_life_halves_activity(name):
    assert nuclides.decay_fraction(name, nuclides.half_life_hours(name)) == pytest.approx(0.5, abs=1e-12)


def test_lu177_keeps_90_percent_after_a_day():
    assert nuclides.decay_fraction("Lu-177", 24) == pytest.approx(0.5 ** (24 / (6.647 * 24)), rel=1e-12)
    assert nuclides.decay_fraction("Lu-177", 24) == pytest.approx(0.9010, abs=5e-5)


@pytest.mark.parametrize("text", ["Lu-177", "177Lu", "lu177", "LU-177", "镥-177", "镥177", "177镥", "¹⁷⁷Lu",
                                  "[177Lu]", "Lu 177", "Lu177"])
def test_spellings_of_lu177(text):
    assert nuclides.canonical_name(text) == "Lu-177"


@pytest.mark.parametrize("text,expected", [("99mTc", "Tc-99m"), ("tc99m", "Tc-99m"), ("锝-99m", "Tc-99m"),
                                           ("99Mo", "Mo-99"), ("177mLu", "Lu-177m"), ("Lu-177m", "Lu-177m"),
                                           ("225Ac", "Ac-225"), ("锕-225", "Ac-225"), ("18F", "F-18"),
                                           ("68Ga", "Ga-68"), ("In111", "In-111"), ("15O", "O-15")])
def test_other_spellings(text, expected):
    assert nuclides.canonical_name(text) == expected


def test_unknown_nuclide_lists_allowed_values():
    with pytest.raises(UnknownNuclide) as caught:
        nuclides.half_life_hours("Xx-999")
    assert caught.value.code == "nuclide_unknown"
    assert "Xx-999" in str(caught.value) and "Lu-177" in str(caught.value) and "Ac-225" in caught.value.allowed


def test_unknown_nuclide_in_a_spec_field_names_the_field():
    with pytest.raises(SpecError) as caught:
        nuclides.nuclide_field("Lu-178", "asset.nuclide")
    assert caught.value.field == "asset.nuclide" and "Lu-177" in str(caught.value)


def test_activity_to_produce_doubles_after_one_half_life():
    hours = nuclides.half_life_hours("Lu-177")
    assert nuclides.activity_to_produce("Lu-177", 7.4e9, hours) == pytest.approx(14.8e9)
    assert nuclides.activity_to_produce("Lu-177", 7.4e9, 0) == pytest.approx(7.4e9)


def test_max_shipping_hours():
    t = nuclides.half_life_hours("Ac-225")
    assert nuclides.max_shipping_hours("Ac-225", 2.0, 1.0) == pytest.approx(t)
    assert nuclides.max_shipping_hours("Ac-225", 4.0, 1.0, handling_hours=5) == pytest.approx(2 * t - 5)
    with pytest.raises(InsufficientActivity):
        nuclides.max_shipping_hours("F-18", 10.0, 7.4, handling_hours=2)


def test_negative_time_is_rejected():
    with pytest.raises(SpecError) as caught:
        nuclides.decay_fraction("Lu-177", -1)
    assert caught.value.field == "hours"


def test_two_member_bateman_matches_closed_form():
    l1, l2 = math.log(2) / 66.0, math.log(2) / 6.0
    t = np.array([0.0, 10.0, 100.0])
    expected = l1 / (l2 - l1) * (np.exp(-l1 * t) - np.exp(-l2 * t))
    assert np.allclose(linear_chain_atoms(np.array([l1, l2]), t), expected, rtol=1e-12, atol=1e-15)


def test_ac225_chain_conserves_atoms_and_reaches_equilibrium():
    chain = nuclides.daughters_over_time("Ac-225", [0, 24, 72, 240])
    assert chain.members[:4] == ("Ac-225", "Fr-221", "At-217", "Bi-213")
    assert set(chain.members) >= {"Po-213", "Tl-209", "Pb-209", "Bi-209"}
    atoms = np.array(chain.atoms)
    activity = dict(zip(chain.members, (np.array(a) for a in chain.activity)))
    assert np.allclose(atoms.sum(axis=0), 1.0, atol=1e-9)
    assert activity["Ac-225"][0] == 1.0 and all(activity[m][0] < 1e-9 for m in chain.members[1:])
    assert activity["Ac-225"][3] == pytest.approx(0.5 ** (240 / (9.92 * 24)), rel=1e-9)
    lam = {m: math.log(2) / nuclides.half_life_hours(m) for m in ("Ac-225", "Fr-221", "At-217", "Bi-213")}
    equilibrium = np.prod([lam[m] / (lam[m] - lam["Ac-225"]) for m in ("Fr-221", "At-217", "Bi-213")])
    ratio = activity["Bi-213"][3] / activity["Ac-225"][3]
    assert ratio == pytest.approx(equilibrium, rel=1e-6)
    assert activity["Po-213"][3] == pytest.approx(0.9786 * activity["Bi-213"][3], rel=1e-6)


def test_daughters_of_pb212():
    chain = nuclides.daughters_over_time("Pb-212", [24])
    activity = dict(zip(chain.members, (a[0] for a in chain.activity)))
    assert activity["Po-212"] == pytest.approx(0.6406 * activity["Bi-212"], rel=1e-6)
    assert activity["Tl-208"] > 0
