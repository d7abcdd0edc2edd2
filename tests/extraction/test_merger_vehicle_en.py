"""A buyer's merger vehicle ("Lark Merger Sub, Inc.", 合并子公司) is a shell formed for the merger: no
company of the news and no second acquirer. Our own words."""


def test_merger_sub_is_no_company_and_no_buyer(extracted):
    facts = extracted("Quillon Therapeutics to be acquired by Harwick Pharma\n\n"
                   "Harwick Pharma, Inc. agreed to acquire Quillon Therapeutics, Inc. for $14.00 per share in cash, "
                   "or about $640 million. Harwick's wholly owned subsidiary, Lark Merger Sub, Inc. (\"Purchaser\"), "
                   "will launch a tender offer for all outstanding shares of Quillon.")
    assert not any("Merger Sub" in c.name for c in facts.companies)
    assert {(d.licensor, d.licensee) for d in facts.records["deals"]} == {("Quillon Therapeutics", "Harwick Pharma")}


def test_merger_sub_in_chinese_text_is_no_company(extracted):
    facts = extracted("哈维克制药收购奎隆治疗\n\n哈维克制药宣布将以每股14美元现金收购奎隆治疗，交易总额约6.4亿美元。"
                   "根据协议，哈维克制药旗下的Lark Merger Sub, Inc.将对奎隆治疗全部已发行股份发起要约收购。")
    assert not any("Merger Sub" in c.name for c in facts.companies)
