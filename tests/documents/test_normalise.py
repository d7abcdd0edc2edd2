"""The search copy: one script and one set of text forms, every character mapped to the file."""
from hypothesis import given, strategies as st

from pharmalens.documents.lines import identity
from pharmalens.documents.normalise import _FOLD, fold_forms, normalise


def _norm(text: str):
    return normalise(identity(text))


def test_traditional_and_full_width_forms_fold_to_one_script():
    assert fold_forms("禮來（ＬＬＹ）宣佈：營收１２億") == "礼来(LLY)宣布:营收12亿"


def test_dot_marks_between_digits_are_decimal_points():
    mapped = _norm("泰华药业以7﹒25億元收购，股价升3・5%，名为柳叶刀·呼吸")
    assert "7.25亿元" in mapped.text and "3.5%" in mapped.text
    assert "柳叶刀·呼吸" in mapped.text  # a name separator stays


def test_space_before_a_chinese_unit_goes_and_spans_still_map_to_the_file():
    source = "恒康医药投入约人民币 812.40 万元研发"
    mapped = _norm(source)
    assert "812.40万元" in mapped.text
    at = mapped.text.index("812.40万元")
    start, end = mapped.source_span(at, at + len("812.40万元"))
    assert source[start:end] == "812.40 万元"


def test_machine_text_with_spaces_around_numbers_is_closed_up():
    mapped = _norm("某药企在 2024 年达成 35 亿美元授权 , 首付款 2 亿美元")
    assert "2024年" in mapped.text and "35亿美元" in mapped.text


def test_a_pronunciation_gloss_is_dropped_but_an_acronym_in_brackets_stays():
    assert _norm("该药(yào)获批，报告(EIR)送达").text == "该药获批,报告(EIR)送达"


@given(st.text(alphabet=st.sampled_from(list("药業１２﹒3 亿元(ā)ABC，。\n")), max_size=60))
def test_every_character_maps_back_to_a_file_character_in_order(text):
    mapped = _norm(text)
    assert len(mapped.offsets) == len(mapped.text)
    assert list(mapped.offsets) == sorted(set(mapped.offsets))
    assert all(0 <= o < len(text) for o in mapped.offsets)


def test_full_width_forms_and_ideographic_spaces_fold_one_for_one():
    from pharmalens.documents.normalise import fold_forms
    source = "ＡＢＣ１２３（注）：\u3000５﹒６"
    folded = fold_forms(source)
    assert folded == "ABC123(注): 5.6" and len(folded) == len(source)



def test_folding_only_the_runs_of_folded_characters_gives_what_folding_every_character_gives():
    from pharmalens.documents.language import to_simplified
    folded = [chr(c) for c in sorted(_FOLD)]
    for text in ("藥".join(folded), "".join(folded), "A 1,(" + "".join(reversed(folded)) + "禮來"):
        assert fold_forms(text) == to_simplified(text.translate(_FOLD))
