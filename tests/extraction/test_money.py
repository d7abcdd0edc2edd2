from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

from pharmalens.documents.normalise import fold_forms
from pharmalens.extraction.money import find_money
from pharmalens.extraction.numbers import parse_number


@pytest.mark.parametrize("text,amount,currency,qualifier", [
    ("首付款及里程碑总金额最高至1.58亿美元", "158", "USD", "up_to"),
    ("累计研发投入6156.50万元", "61.565", "CNY", None),
    ("里程碑付款上限为8亿美元", "800", "USD", "up_to"),
    ("milestones capped at $450 million", "450", "USD", "up_to"),
    ("完成超5亿元人民币C轮融资", "500", "CNY", "at_least"),
    ("募资超3000万美元", "30", "USD", "at_least"),
    ("總額最高達12億港元", "1200", "HKD", "up_to"),
    ("营业收入三亿元", "300", "CNY", None),
    ("市场规模1.2万亿元", "1200000", "CNY", None),
    ("里程碑付款不超过9.5亿美元", "950", "USD", "up_to"),
    ("总市值约为70亿元", "7000", "CNY", "approx"),
    ("1.36亿欧元", "136", "EUR", None),
    ("an upfront payment of $45 million", "45", "USD", None),
    ("up to $1.2 billion in milestones", "1200", "USD", "up_to"),
    ("operating revenue of RMB 7.187 billion", "7187", "CNY", None),
    ("HK$12.28 billion", "12280", "HKD", None),
    ("€136 million", "136", "EUR", None),
    ("a $2.1bn acquisition", "2100", "USD", None),
    ("approximately 6.8 billion yuan", "6800", "CNY", "approx"),
    ("簽約金美金350萬元", "3.5", "USD", None),
    ("最高港元2.4億元", "240", "HKD", "up_to"),
    ("欧元 900万元", "9", "EUR", None),
    ("net sales of SEK 71.3 million", "71.3", "SEK", None),
    ("an upfront payment of DKK 250 million", "250", "DKK", None),
    ("NOK 1.4 billion", "1400", "NOK", None),
    ("收入3.2亿瑞典克朗", "320", "SEK", None),
    ("首付款5000万丹麦克朗", "50", "DKK", None),
])
def test_amounts_in_millions(text, amount, currency, qualifier):
    found = find_money(fold_forms(text))  # recognisers read the one-script copy of an article
    assert len(found) == 1
    money = found[0].money
    assert money.amount == Decimal(amount) and money.currency == currency and money.qualifier == qualifier
    assert text[found[0].start:found[0].end]


def test_share_prices_are_not_amounts():
    assert find_money("股价报收16.9元/股") == []


@pytest.mark.parametrize("text,value", [("十二", 12), ("三百", 300), ("两千零五", 2005), ("1,234.5", 1234.5), ("9333.10", 9333.1)])
def test_numbers(text, value):
    assert parse_number(text) == Decimal(str(value))


@given(st.decimals(min_value=Decimal("0.01"), max_value=Decimal("99999"), places=2))
def test_a_written_amount_reads_back(value):
    found = find_money(f"首付款{value}万美元")
    assert found[0].money.amount == (value / 100).normalize()


@pytest.mark.parametrize("text", [
    "里程碑9999999999999999999999999千万元",
    "首付款" + "9" * 40 + "亿美元",
    "an upfront payment of $" + "9" * 400 + " million",
    "USD " + "9" * 30 + " billion",
    "2" + "0" * 30 + " million dollars",
])
def test_amounts_no_one_could_pay_are_refused(text):
    assert find_money(text) == []


@pytest.mark.parametrize("text,amount", [
    ("市值约3.2万亿元", "3200000"),
    ("a market value of $4,100 billion", "4100000"),
    ("総額80万亿日元", "80000000"),
])
def test_the_largest_real_amounts_still_read(text, amount):
    found = find_money(text)
    assert [m.money.amount for m in found] == [Decimal(amount)]


@given(st.text(alphabet="0123456789.,万亿千百美元$ million billion", max_size=60))
def test_every_amount_found_is_finite_and_bounded(text):
    for mention in find_money(text):
        assert mention.money.amount.is_finite() and abs(mention.money.amount) <= Decimal("1e9")


@pytest.mark.parametrize("text,lang,currency", [
    ("云帆生物-B(02299)公布,集资总额约3.4亿元,每股作价12.5港元。", "zh-Hant", "HKD"),
    ("澄川生技(6618)董事会通过增资,募集2.1亿元,将于兴柜交易。", "zh-Hant", "TWD"),
    ("云帆医药(01899)公布,中期收入5.2亿元(人民币.下同),按年升12%。", "zh-Hant", "CNY"),
    ("澄川医药(688321)公告,营业收入5.2亿元,港交所上市的子公司亦公告。", "zh-Hans", "CNY"),
    ("云帆医药(600888.SH)公布,研发投入2.3亿元。", "zh-Hant", "CNY"),
    ("台湾的澄川生技(6618.TWO)公布上半年营收3.1亿元。", "zh-Hans", "TWD"),
    ("澄川生技获卫福部食药署核准,全年营收8.4亿元。", "zh-Hans", "TWD"),
    ("澄川生技(6618.TWO)与科创板的云帆医药合作,云帆营收8.4亿元。", "zh-Hans", "CNY"),
])
def test_a_bare_yuan_is_the_currency_of_the_page(text, lang, currency):
    """On the normalised (simplified) copy of a page, as recognisers read it."""
    from pharmalens.extraction.money import local_currency
    amounts = find_money(text, local_currency(text, lang))
    assert amounts[0].money.currency == currency


@pytest.mark.parametrize("text", ["首付款数千万美元", "數十億美元的交易", "首付款几亿元", "上千万美元投入"])
def test_an_order_of_magnitude_is_not_a_figure(text):
    from pharmalens.documents.normalise import fold_forms
    assert find_money(fold_forms(text)) == []


def test_a_spelled_figure_without_a_vague_word_is_still_read():
    assert [m.money.amount for m in find_money("首付款三千万美元及数6000万元")] == [30, 60]


def test_a_currency_code_written_against_its_number_is_money():
    from pharmalens.extraction.money import find_money
    found = [(m.money.amount, m.money.currency) for m in find_money("RMB1,406.2 million and USD38 million, not RMBS", None)]
    assert found == [(Decimal("1406.2"), "CNY"), (Decimal("38"), "USD")]


def test_the_yen_sign_is_yen_in_english_news_unless_the_page_names_the_renminbi():
    from pharmalens.extraction.money import find_money, sign_currency
    text = "Osaka-based Kintaro Pharma will pay ¥12 billion upfront."
    assert [m.money.currency for m in find_money(text, "CNY", sign_currency(text, "en"))] == ["JPY"]
    text = "The RMB-denominated round raised ¥300 million for the Suzhou biotech."
    assert [m.money.currency for m in find_money(text, "CNY", sign_currency(text, "en"))] == ["CNY"]
    text = "公司获得¥3亿元融资。"
    assert {m.money.currency for m in find_money(text, "CNY", sign_currency(text, "zh-Hans"))} == {"CNY"}


def test_an_amount_on_its_own_line_starts_at_its_first_digit():
    text = "交易價值\n\n4.2億美元\n\n2025年"
    found = find_money(fold_forms(text))
    assert [text[m.start:m.end] for m in found] == ["4.2億美元"]


def test_a_chinese_amount_is_found_whatever_character_ends_its_currency():
    from pharmalens.extraction.money import find_money
    found = find_money("甲方支付800万美金首付款，另付2亿港币及3000万日圆，合计超过1亿元。")
    assert [(m.money.currency, float(m.money.amount)) for m in found] == [
        ("USD", 8.0), ("HKD", 200.0), ("JPY", 30.0), ("CNY", 100.0)]
    assert find_money("甲方支付800万首付款，另付2亿及3000万") == []


def test_won_kronor_and_nordic_million_codes_are_money():
    found = [(float(m.money.amount), m.money.currency) for m in
             find_money("a fee of 35 billion won, then 2.4 billion Swedish kronor, MNOK 18 on filing and 75 MDKK later")]
    assert found == [(35000.0, "KRW"), (2400.0, "SEK"), (18.0, "NOK"), (75.0, "DKK")]
    assert not find_money("The drug won 2 million new patients.")


@pytest.mark.parametrize("text,amount,currency", [
    ("期内收入为人民币274,318千元", "274.318", "CNY"),
    ("現金及現金等價物為1,806,250千港元", "1806.25", "HKD"),
    ("研發開支人民幣95,417千元", "95.417", "CNY"),
])
def test_an_amount_in_thousands_of_yuan_is_read_in_its_unit(text, amount, currency):
    found = find_money(fold_forms(text))
    assert [(m.money.amount, m.money.currency) for m in found] == [(Decimal(amount), currency)]


@pytest.mark.parametrize("text,amount,currency", [
    ("授權金總額最高達新台幣2億4,600萬元", "246", "TWD"),
    ("簽約金美金1億2,500萬元", "125", "USD"),
    ("交易对价为3亿7500万元人民币", "375", "CNY"),
    ("合计人民币贰亿零伍佰万元", "205", "CNY"),
])
def test_a_figure_written_in_yi_and_wan_is_one_amount(text, amount, currency):
    found = find_money(fold_forms(text), "TWD" if "新台" in text else "CNY")
    assert [(m.money.amount, m.money.currency) for m in found] == [(Decimal(amount), currency)]
    assert found[0].start < fold_forms(text).index("亿")


def test_two_figures_a_yi_apart_stay_two_amounts():
    found = find_money("收入1亿元,利润8500万元")
    assert [m.money.amount for m in found] == [Decimal("100"), Decimal("85")]
