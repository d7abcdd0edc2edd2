"""Table figures and units, on our own numbers."""
from decimal import Decimal

from pharmalens.extraction.figures import cell_unit, find_figures, find_unit


def values(text):
    return [f.value for f in find_figures(text)]


def test_a_glued_run_splits_where_comma_groups_have_three_digits():
    assert values("营业额812,3071,045,660-22.3%") == [Decimal(812307), Decimal(1045660), Decimal("-22.3")]
    percent = find_figures("812,3071,045,660-22.3%")[-1]
    assert percent.percent and not find_figures("812,3071,045,660-22.3%")[0].percent


def test_a_decimal_amount_glued_to_its_change():
    assert values("645,210,334.18-7.45 1,902,876,540.07-3.18") == [
        Decimal("645210334.18"), Decimal("-7.45"), Decimal("1902876540.07"), Decimal("-3.18")]


def test_losses_in_brackets_are_negative_and_placeholders_hold_their_column():
    assert values("(87,214)203,115") == [Decimal(-87214), Decimal(203115)]
    found = find_figures("净利润 | -- | N/A | 1,204 |")
    assert [f.placeholder for f in found] == [True, True, False]


def test_numbers_inside_prose_are_not_figures():
    assert values("公司营收3.27亿元,2024年6月成立,PSA50 反应率,售价$5.2 million") == []
    assert values("第3季") == [] and values("12/05/2026") == []


def test_units_a_table_states():
    stated = find_unit("单位:元 币种:人民币 项目 本报告期", 0, 30)
    assert stated.currency == "CNY" and stated.factor == Decimal("0.000001")
    thousand = find_unit("截至6月30日止六个月\n人民币千元人民币千元", 0, 30)
    assert thousand.currency == "CNY" and thousand.factor == Decimal("0.001")
    english = find_unit("| Item | 2026 (HK$ thousands) |", 0, 30)
    assert english.currency == "HKD" and english.factor == Decimal("0.001")
    assert find_unit("Figures are in millions of US$", 0, 40).factor == 1
    assert find_unit("公司营收3.27亿元", 0, 10) is None


def test_a_row_name_may_state_yuan_without_a_currency():
    unit = cell_unit("营业收入(元)", 0, 7)
    assert unit.currency is None and unit.factor == Decimal("0.000001")
    assert cell_unit("基本每股收益(元/股)", 0, 11) is None


def test_a_figure_ends_where_the_plain_patterns_say_for_every_ascii_and_cjk_sample_character():
    """The end test by character sets agrees with the patterns it replaced ([\\s|*]|$ under ASCII, a CJK
    character not a unit)."""
    import re
    from pharmalens.extraction.figures import _UNIT_CHARS, _free_after
    end, cjk = re.compile(r"[\s|*]|$", re.ASCII), re.compile(r"[\u4e00-\u9fff]")

    def plain(text: str, pos: int, stop: int) -> bool:
        if pos >= stop:
            return True
        after = text[pos]
        if after in "-+−(" or after.isdigit():
            return True
        if cjk.match(after):
            return after not in _UNIT_CHARS
        return bool(end.match(after))
    for ch in [chr(c) for c in range(0, 0x250)] + list("亿万元年月号营收入同比，。、（）\u3000\u00a0\u2003１２"):
        text = "1,234" + ch
        assert _free_after(text, 5, len(text)) == plain(text, 5, len(text)), repr(ch)
