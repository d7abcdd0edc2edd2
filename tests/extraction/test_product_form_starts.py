"""Product names are tried only within reach before a dosage form, the forms found in one pass: the same
matches as a scan of the whole text, overlapping forms (缓释片 and its 片) included."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pharmalens.extraction import products
from pharmalens.extraction.cues import phrases


def _same(text: str) -> None:
    assert [m.span() for m in products._products(text)] == [m.span() for m in products._product().finditer(text)], text


def test_forms_in_chinese_and_english_text():
    for text in ("甲药业的QH-12注射液、注射用某某微球和SYH2056缓释片获批；乙生物布洛芬氨酚气雾剂与碘[131I]化钠口服溶液在研。",
                 "Velorin licensed KX-4 to 丙制药 (its KX-4胶囊 and 舌下片).", "芯片与图片不是产品，维舒肠溶片是。", "No forms here."):
        _same(text)
    assert [m.group("form") for m in products._products("维舒肠溶片和乐康缓释片")] == ["肠溶片", "缓释片"]


_PIECES = list(phrases("asset.dosage_form")) + ["甲", "药业", "的", "QH-12", "177Lu", "X", "注射用", "替尼", "单抗", "，", "（",
                                                 "[131I]", "碘", "化钠", "厂", "公司", " ", "a"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14))
def test_anchored_scan_finds_what_the_whole_scan_finds(pieces):
    _same("".join(pieces))
