"""Mainland and Taiwan listing news in our own words: an A-share summary's new-share issue is the IPO,
and a board named after its exchange (上交所科创板) is the listing's exchange."""


def test_an_a_share_summary_of_new_shares_issued_is_the_ipo_on_its_board(facts):
    text = ("创业新股｜岚峰生物登陆资本市场\n\n9月15日，岚峰生物医药股份有限公司在上海证券交易所科创板上市。"
            "公司本次公开发行新股2,800万股，发行价格为每股31.50元，募集资金总额为8.82亿元，"
            "扣除发行费用后募集资金净额为8.01亿元。募集资金将用于LF-620胶囊的III期临床研究。")
    record = facts(text)["financings"][0]
    assert record.company.startswith("岚峰") and record.round == "ipo" and record.exchange == "STAR"
    assert float(record.amount.amount) == 882 and record.amount.currency == "CNY"


def test_a_traditional_script_new_share_issue_is_the_ipo(facts):
    text = ("寧川藥業今日掛牌\n\n寧川藥業股份有限公司本次公開發行新股1,500萬股，發行價格為每股22.40元，"
            "募集資金總額為3.36億元，將用於NC-33注射液的臨床開發。")
    record = facts(text)["financings"][0]
    assert record.company.startswith("寧川") and record.round == "ipo"
    assert float(record.amount.amount) == 336
