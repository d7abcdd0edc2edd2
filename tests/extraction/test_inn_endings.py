"""The INN scan starts where the first INN ending lets a match start, and finds what a scan of the
whole text finds."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pharmalens.extraction.assets import _INN
from pharmalens.extraction.inn_endings import inn_scan_start

_PIECES = ["mab", "tinib", "zumab", "rsen", "Halvorsen", "cept", "tide", "vir", "单抗", "西单抗", "替尼", "沙星",
           "quorvi", "Tel", "lanotu", "x", "7", "_", "-", " ", ",", "（", "的", "创新药", "恒曲妥珠", "伯", "deruxtecan",
           " vedotin", " mesylate", "Zanbo", "ABC-12"]


def _spans(text: str, start: int | None) -> list[tuple[int, int]]:
    return [] if start is None else [m.span() for m in _INN.finditer(text, start)]


def test_no_ending_no_scan():
    assert inn_scan_start("Brevan Bio licensed BRV-210 to a partner for $40 million upfront.") is None
    assert inn_scan_start("甲生物将其ABC-12授权给乙药业，首付款3亿元。") is None


def test_a_stem_inside_a_word_is_no_ending():
    assert inn_scan_start("the mabtech platform and tinibx codes") is None  # no word ends in a stem


def test_scan_starts_at_the_word_of_the_first_ending():
    text = "Quorvane said its partner's drug quorvitinib met its goal."
    start = inn_scan_start(text)
    assert start is not None and start <= text.index("quorvitinib")
    assert _spans(text, start) == [m.span() for m in _INN.finditer(text)] != []


def test_chinese_ending_leaves_room_for_the_name_before_it():
    text = "公司宣布其自主研发的恒曲妥珠单抗获批临床，另一款洛沃替尼进入III期。"
    start = inn_scan_start(text)
    assert start is not None and start <= text.index("恒曲妥珠单抗")
    assert _spans(text, start) == [m.span() for m in _INN.finditer(text)] != []


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14))
def test_same_matches_as_a_whole_scan(pieces):
    text = "".join(pieces)
    assert _spans(text, inn_scan_start(text)) == [m.span() for m in _INN.finditer(text)]
