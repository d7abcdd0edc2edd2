"""A legal name whose core is also a place or an everyday word of middling frequency (X石林股份有限公司,
Y天坛股份有限公司) is a company: the legal form after it says so, and its results belong to it, not to a
parent named later. Our own words, both scripts."""


def _issuer_of_results(facts, text):
    return {f.company for f in facts(text)["financials"]}


def test_a_legal_name_with_a_place_word_core_is_the_issuer(facts):
    for text in ("02918 云南石林\n云南石林股份有限公司 股票编号: 02918\n集团主要从事放射性药品及创新药的研究、开发、制造及销售。\n业绩表现\n"
                 "  - 截至2025年6月止半年度，集团营业额上升3.4%至12.6亿元(人民币)，股东应占溢利增长8.2%至1.05亿元。\n"
                 "  - 集团母公司澄湾控股集团为一家国有企业。\n",
                 "02918 雲南石林\n雲南石林股份有限公司 股票編號: 02918\n集團主要從事放射性藥品及創新藥的研究、開發、製造及銷售。\n業績表現\n"
                 "  - 截至2025年6月止半年度，集團營業額上升3.4%至12.6億元(人民幣)，股東應佔溢利增長8.2%至1.05億元。\n"
                 "  - 集團母公司澄灣控股集團為一家國有企業。\n"):
        assert _issuer_of_results(facts, text) == {"石林"}, text
