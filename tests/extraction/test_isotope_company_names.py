"""A legal name whose line of business is isotopes (甲乙同位素科技有限公司) keeps all of its own name
before that trade: 同位素 counted as the name's core, so the 4-character cap cut its first character off."""


def _names(records):
    return {r.company for r in records["regulatory"]} | {r.company for r in records["facilities"]}


def test_an_isotope_firms_legal_name_keeps_its_first_character(facts):
    text = ("泓核同位素科技有限公司近日宣布，公司位于江苏的医用同位素生产线通过药品GMP符合性检查，可生产碘-131。")
    assert _names(facts(text)) == {"泓核"}


def test_a_traditional_script_isotope_firm_keeps_its_whole_name(facts):
    text = ("澔核同位素科技股份有限公司今日宣布，其醫用同位素生產線通過藥品GMP符合性檢查，可生產鎦-177。")
    assert _names(facts(text)) == {"澔核"}

