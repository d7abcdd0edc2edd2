"""The only company a sentence names after a drug is its owner unless the words between set it beside the
drug: the maker of a comparator ("与乙的药物头对头", "versus Y's drug") or a partner ("(合作乙)", "partnered
with Y"). The drug then stays the article's company's. Our own words, both scripts."""


def _owners(facts, text):
    return {a.asset: a.company for a in facts(text)["assets"]}


def test_a_comparators_maker_after_the_drug_is_no_owner(facts):
    for text in ("岳川生物(2689.HK)今日股价大涨。其双抗药物YC-207与诺华“明星”药物头对头的III期试验结果公布。",
                 "岳川生物(2689.HK)今日股價大漲。其雙抗藥物YC-207與諾華“明星”藥物頭對頭的III期試驗結果公布。",
                 "Lindqvist Bio (Nasdaq: LQVB) shares rose. Its antibody LQ-12 versus Novartis' drug met the phase 3 goal."):
        owners = _owners(facts, text)
        assert owners.get("YC-207", owners.get("LQ-12")) in ("岳川生物", "Lindqvist Bio"), owners


def test_a_partner_in_brackets_after_the_drug_is_no_owner(facts):
    for text in ("澄湾医药(1877.HK)发布管线进展。\nTROP2 ADC：CW-33(合作辉瑞)已启动6项全球III期临床。",
                 "Corvane Bio (Nasdaq: CRVB) updated its pipeline.\nTROP2 ADC: CW-33 (partnered with Pfizer) is in phase 3."):
        assert _owners(facts, text).get("CW-33") in ("澄湾医药", "Corvane Bio"), _owners(facts, text)
