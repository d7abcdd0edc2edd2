"""A machine-written recap strings its items on one line (" - " between them, a cited source "[3]" after
each): every item is a sentence of its own, so one item's terms never reach another's deal, and what a
class of drugs or a market gathered, ranked against others, is no deal's term. Our own words, both
scripts, other companies and numbers."""
from pharmalens.extraction.sentences import sentences


def test_inline_items_of_a_chinese_recap_are_sentences_of_their_own():
    text = "出海交易盘点 - 岳川生物与诺华合作 首付款2000万美元 [1] - 2023年交易额达120亿美元 [2] - 澄湾医药授权给辉瑞 [4]"
    assert [s.text for s in sentences(text)] == [
        "出海交易盘点", "岳川生物与诺华合作 首付款2000万美元 [1]", "2023年交易额达120亿美元 [2]", "澄湾医药授权给辉瑞 [4]"]


def test_an_english_dash_inside_a_sentence_stays_inside_it():
    text = "Orlin Bio - a Boston biotech - licensed OB-4 to Novartis."
    assert [s.text for s in sentences(text)] == [text]


def _deals(facts, text):
    return {d.licensee: (d.total.amount if d.total else None) for d in facts(text)["deals"]}


def test_a_recap_item_keeps_its_own_total_and_a_ranked_class_total_is_none(facts):
    for text in ("交易速览 - 岳川生物与诺华达成授权 首付款3000万美元 潜在总金额达12.5亿美元 [1] - "
                 "ADC药物以318.2亿美元交易总额成为最热门技术 澄湾医药等为出海主力 [2] - "
                 "双抗以96.4亿美元交易额跃居第二 岳川生物与辉瑞创21亿美元授权纪录 [3]",
                 "交易速覽 - 岳川生物與諾華達成授權 首付款3000萬美元 潛在總金額達12.5億美元 [1] - "
                 "ADC藥物以318.2億美元交易總額成為最熱門技術 澄灣醫藥等為出海主力 [2] - "
                 "雙抗以96.4億美元交易額躍居第二 岳川生物與輝瑞創21億美元授權紀錄 [3]"):
        deals = _deals(facts, text)
        assert deals.get("Novartis") == 1250 and deals.get("Pfizer") == 2100, deals
        assert not any(total in (31820, 9640) for total in deals.values()), deals


def test_an_unknown_name_opening_a_recap_phrase_beside_a_known_partner_is_the_licensor(facts):
    for text in ("交易速览 - 双抗以96.4亿美元交易额跃居第二 岳澄天川与辉瑞创21亿美元授权纪录 [3]",
                 "交易速覽 - 雙抗以96.4億美元交易額躍居第二 岳澄天川與輝瑞創21億美元授權紀錄 [3]"):
        assert [(d.licensor, d.licensee) for d in facts(text)["deals"]] == [("岳澄天川", "Pfizer")], text


def test_a_year_in_an_item_citing_another_source_does_not_date_the_deal(facts):
    text = ("2025-06-03 来源：医药观察\n出海交易盘点 - 岳川生物与诺华合作获2000万美元首付款 潜在总金额达8亿美元 [2] - "
            "2023年中国医药BD交易总金额达410亿美元 同比增长18% [3] - 澄湾医药将CW-21授权给辉瑞 首付款5000万美元 [5]")
    dates = {d.licensee: d.announced for d in facts(text)["deals"]}
    assert dates.get("Novartis") != "2023" and dates.get("Pfizer") != "2023", dates
