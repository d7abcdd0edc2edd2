"""The code patterns of the asset finder are tried only where an anchor says a match can start: the
same codes as a scan of the whole text with each pattern."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pharmalens.extraction import asset_code_starts as starts_of, assets
from pharmalens.model.patterns import matches_from

_SCANS = ((assets._LABELLED_WORD, starts_of.labelled_starts), (assets._CODE, starts_of.code_starts),
          (assets._SMALL_CODE, starts_of.small_code_starts), (assets._ABBREVIATED_INN, starts_of.abbreviation_starts))
_PIECES = ["QX", "-", "318", "7", "HRS", "Lu", "177", "Ac", "[", "]", " ", "225", "m", "Tc", "a", "zb", "mRNA", "rx", "CDx",
           "BL", "ARC", "001", "KX", "12", "Pb", "(", "甲药业", "，", "I&T", ".", "FY", "2026", "e", "Z", "PSMA", "\n", "sac", "TIMT", "izabren", "datopotamab", "dxd", "Dxd"]


def _same(text: str) -> None:
    for pattern, starts in _SCANS:
        anchored = [m.span() for m in matches_from(pattern, text, starts(text))]
        assert anchored == [m.span() for m in pattern.finditer(text)], (pattern.pattern[-40:], text)


def test_codes_in_english_and_chinese():
    for text in ("Velorin's QX-318 and HRS-4357 met their endpoints; BL-ARC001 and KX12b follow.",
                 "[225Ac]Ac-XT381, [ 177 Lu ] Lu-PSMA-617, 177Lu-PSMA-I&T, 99mTc-MIP-1404 and 212Pb-VMT01 were dosed.",
                 "甲药业的QX3183（PSMA）与zb-101、mRNA-2217、ab-1234a进入II期，lead-212不是代号。",
                 "At the start: AB-12 then [68Ga]Ga-FAPI-46; FY-2026 and 2026-AB-01",
                 "225mAc-PSMA-T4 with TLX-Lu-177 and abCDEFG-1234 beside 225mAc-PSMA",
                 "sac-TIMT and T-DXd, dato-DXd, trastu-deruxt; first-in-class and well-known-drug 甲药业sacit-Govitec(合作乙)"):
        _same(text)


def test_each_anchor_finds_its_codes():
    text = "[18F]F-DCFPyL, 225mAc-NOTA-X, AMG-510, TLX-Lu-177, abCDEFG-501 and abc-4321 at the end AB123"
    found = {pattern: [text[m.start():m.end()] for m in matches_from(pattern, text, starts(text))] for pattern, starts in _SCANS}
    assert found[assets._LABELLED_WORD] == ["[18F]F-DCFPyL", "225mAc-NOTA-X"]
    assert {"AMG-510", "TLX-Lu-177", "AB123"} <= set(found[assets._CODE])
    assert found[assets._SMALL_CODE] == ["abCDEFG-501", "abc-4321"]
    text = "Rivals: sacit-GOVITE and dato-DXd, not first-in-class"
    assert [text[m.start():m.end()] for m in matches_from(assets._ABBREVIATED_INN, text, starts_of.abbreviation_starts(text))] == [
        "sacit-GOVITE", "dato-DXd"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=20))
def test_anchored_scans_find_what_whole_scans_find(pieces):
    _same("".join(pieces))
