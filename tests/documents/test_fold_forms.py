"""Folding replaces each folded character the text holds all at once; the same as translating the
text one character at a time."""
from hypothesis import given, strategies as st

from pharmalens.documents.language import to_simplified
from pharmalens.documents.normalise import _FOLD, fold_forms


def _plain(text: str) -> str:
    return to_simplified(text.translate(_FOLD))


def test_no_folded_character_folds_into_another_one():
    assert all(value == chr(code) or ord(value) not in _FOLD for code, value in _FOLD.items())


def test_folding_a_filing_line():
    text = "安澜醫藥（ＨＫ：０８２１）公佈：與Ｒｉｖｅｒ　Ｂｉｏ簽署協議﹐首付款１.２億美元﹒9月1日丨公告 ‘ok’"
    assert fold_forms(text) == _plain(text)
    assert all(fold_forms(chr(code)) == _plain(chr(code)) for code in _FOLD)


@given(st.lists(st.sampled_from([*map(chr, list(_FOLD)[::7]), "，", "：", "（", "）", "藥", "药", "a", " ", "1"]), max_size=40))
def test_folding_any_mix(pieces):
    text = "".join(pieces)
    assert fold_forms(text) == _plain(text)


def test_spaced_machine_text_needs_a_chinese_character_beside_its_spaces():
    from pharmalens.documents.normalise import _SPACE_BEFORE_NUMBER, _is_spaced_machine_text
    for text in ("Tarn Bio paid 12 million in 2025 and 30 more in 2026 for 4 assets", "在 2025 年达成 1360 亿美元，另有 12 家",
                 "在 2025 年达成", "药 1 药 2 药 3", "Q 1 Q 2 Q 3 　４ 药"):
        assert _is_spaced_machine_text(text) == (len(_SPACE_BEFORE_NUMBER.findall(text)) >= 3), text
