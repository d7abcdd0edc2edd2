"""Shares beside a licence, in our own words: a stake paid as part of a licence's price stays in the
licence; a separate purchase of the licensor's shares is an equity deal of its own."""


def _deals(facts, text):
    return facts(text)["deals"]


def test_a_stake_received_with_the_upfront_leaves_the_payments_with_the_licence(facts):
    texts = ("Tessaly Pharma licensed two peptide programmes to Orrin Bio for markets outside Japan. "
             "Tessaly Pharma will receive $42 million in upfront cash and a 12% equity stake in Orrin Bio, "
             "and is eligible for up to $910 million in milestones.",
             "岳麓生物将两款多肽项目在日本以外的独家权益许可给澄湾医药。"
             "澄湾医药将向岳麓生物支付首付款4200万美元，岳麓生物同时将持有澄湾医药约12%的股权；"
             "岳麓生物还可获得最高9.1亿美元的里程碑付款。")
    for text in texts:
        deal, = _deals(facts, text)
        assert (deal.licensor, deal.deal_type) in (("Tessaly Pharma", "license"), ("岳麓生物", "license"))
        assert deal.upfront.amount == 42 and deal.milestones.amount == 910


def test_the_company_that_grants_another_rights_is_the_licensor_whatever_their_countries(facts):
    text = "Tessaly Pharma has granted Hangzhou Yuelu Biotech exclusive rights in Greater China to TP-19."
    deal, = _deals(facts, text)
    assert (deal.licensor, deal.licensee) == ("Tessaly Pharma", "Hangzhou Yuelu Biotech")


def test_buying_the_licensors_shares_beside_a_licence_is_an_equity_deal_of_its_own(facts):
    texts = ("Orrin Bio struck a deal with Tessaly Pharma for rights outside China to YL-301. The deal includes "
             "$60 million upfront. In addition, Orrin Bio will purchase $25 million of Tessaly Pharma common stock.",
             "青禾医药与Orrin Bio订立独家许可协议，青禾医药授予Orrin Bio在大中华区以外开发TQ-88的独家权利。"
             "Orrin Bio将向青禾医药支付首付款2500万美元。同日，Orrin Bio亦与青禾医药订立股份认购协议，"
             "据此，Orrin Bio将以6,000万美元认购青禾医药发行的A系列优先股。")
    for text in texts:
        equity = [d for d in _deals(facts, text) if d.deal_type == "equity"]
        assert [(d.licensee, d.total.amount) for d in equity] == [("Orrin Bio", 60 if "青禾" in text else 25)]


def test_companies_each_after_its_own_with_are_the_filers_partners_not_each_others(facts):
    texts = ("澄湾医药自愿公告\n与辉瑞订立选择权协议、与岳麓生物订立合作协议\n\n"
             "本公司已与辉瑞订立选择权协议，辉瑞将向本公司支付1,500万美元选择权费，以取得QX-5的独家选择权。"
             "本公司亦已与岳麓生物订立合作协议，双方将共同开发QX-7。",
             "澄灣醫藥自願公告\n與輝瑞訂立選擇權協議、與岳麓生物訂立合作協議\n\n"
             "本公司已與輝瑞訂立選擇權協議，輝瑞將向本公司支付1,500萬美元選擇權費，以取得QX-5的獨家選擇權。")
    for text in texts:
        pairs = {frozenset((d.licensor, d.licensee)) for d in _deals(facts, text)}
        assert frozenset(("Pfizer", "岳麓生物")) not in pairs
        assert any("Pfizer" in pair for pair in pairs)


def test_new_shares_issued_to_a_named_subscriber_make_it_the_buyer(facts):
    for text in ("香港，2026年3月9日 — 岭川生物科技有限公司（「本公司」）董事会宣布，本公司将根据特别授权向松岩投资有限公司"
                 "发行60,000,000股新股，认购价为每股3.80港元，所得款项总额约为2.28亿港元。",
                 "香港，2026年3月9日 — 嶺川生物科技有限公司（「本公司」）董事會宣布，本公司將根據特別授權向松岩投資有限公司"
                 "發行60,000,000股新股，認購價為每股3.80港元，所得款項總額約為2.28億港元。",
                 "岭川生物科技有限公司（「本公司」）董事会宣布，本公司与认购人订立认购协议，据此，本公司有条件同意根据特别授权"
                 "向认购人配发及发行新股，认购人为松岩投资有限公司。认购事项之所得款项总额约为2.28亿港元。"):
        deals = facts(text)["deals"]
        assert [(d.licensor[:2], d.licensee[:2], d.deal_type) for d in deals] in ([("岭川", "松岩", "equity")],
                                                                                  [("嶺川", "松岩", "equity")])


def test_the_drug_a_share_sales_proceeds_will_fund_is_not_the_deals_asset(facts):
    for text in ("岭川生物公告，董事会与松岩投资有限公司订立认购协议，松岩投资将认购本公司新股，所得款项将用于LC-310的临床开发。",
                 "嶺川生物公告，董事會與松岩投資有限公司訂立認購協議，松岩投資將認購本公司新股，所得款項將用於LC-310的臨床開發。",
                 "Orrin Bio will purchase $30 million of Lingchuan Bio common stock; Lingchuan Bio will use the proceeds "
                 "to fund the phase 2 trial of LC-310."):
        deals = facts(text)["deals"]
        assert [(d.deal_type, d.asset) for d in deals] == [("equity", None)]


def test_bringing_in_a_strategic_investor_is_no_licence(facts):
    for text in ("岷禾生物引入战略投资者，澄湾集团3亿元认购其12%股权\n2026年7月3日，岷禾生物公告，澄湾集团将以现金3亿元认购公司新增注册资本，认购完成后澄湾集团将持有公司12%的股权。",
                 "岷禾生物引入戰略投資者，澄灣集團3億元認購其12%股權\n2026年7月3日，岷禾生物公告，澄灣集團將以現金3億元認購公司新增註冊資本，認購完成後澄灣集團將持有公司12%的股權。"):
        assert [d.deal_type for d in facts(text)["deals"]] == ["equity"]


def test_preferred_shares_bought_are_an_equity_deal(facts):
    for text in ("證券代碼：6731\n嵐辰藥業股份有限公司 重大訊息公告\n主旨：代子公司公告取得Quillon Therapeutics Inc.股權\n"
                 "1.事實發生日：115/04/14\n2.標的物之名稱及性質：Quillon Therapeutics Inc.特別股\n"
                 "3.交易數量、每單位價格及交易總金額：取得特別股2,000,000股，每股美金3元，交易總金額美金600萬元。\n"
                 "4.交易相對人：Quillon Therapeutics Inc.\n5.取得目的：布局抗體新藥開發。",
                 "证券代码：6731\n岚辰药业股份有限公司 重大讯息公告\n主旨：代子公司公告取得Quillon Therapeutics Inc.股权\n"
                 "1.事实发生日：115/04/14\n2.标的物之名称及性质：Quillon Therapeutics Inc.特别股\n"
                 "3.交易数量、每单位价格及交易总金额：取得特别股2,000,000股，每股美金3元，交易总金额美金600万元。\n"
                 "4.交易相对人：Quillon Therapeutics Inc.\n5.取得目的：布局抗体新药开发。"):
        assert [(d.deal_type, d.licensor) for d in facts(text)["deals"]] == [("equity", "Quillon Therapeutics")]


def test_money_put_into_a_company_makes_it_the_investee(facts):
    for text in ("Apr 7, 2026 -- Wexcombe Bio agreed to make an equity investment of $12 million in Harlow Pharmaceuticals.",
                 "Apr 7, 2026 -- Wexcombe Bio will invest $12 million in Harlow Pharmaceuticals."):
        deal = facts(text)["deals"][0]
        assert (deal.licensor, deal.licensee, deal.deal_type) == ("Harlow Pharmaceuticals", "Wexcombe Bio", "equity")
        assert deal.equity.amount == 12


def test_a_stake_sold_between_holders_is_the_investees_and_the_buyers(facts):
    zh = ("青岚股份转让参股公司股权\n2025年4月8日,青岚医药股份有限公司公告,公司拟转让所持有的宁川制药28%股权予北湾资本。")
    deal = _deals(facts, zh)[0]
    assert (deal.licensor, deal.licensee) == ("宁川制药", "北湾资本")
    hant = ("澄泰醫療收購少數股權\n2025年5月12日,澄泰醫療集團宣佈,以人民幣0.9億元收購廣州岳峰投資有限公司所持有的"
            "杭州澄遠生物科技有限公司15%股權。")
    deal = _deals(facts, hant)[0]
    assert deal.licensor.startswith("澄遠") and deal.licensee.startswith("澄泰")


def test_the_transfer_price_of_a_stake_is_the_deals_total(facts):
    for text in ("屿川股份转让股权\n2025年4月8日,屿川医药股份有限公司公告,公司拟转让所持有的宁岳制药22%股权予北岚资本,股权转让价款为人民币1.6亿元。",
                 "嶼川股份轉讓股權\n2025年4月8日,嶼川醫藥股份有限公司公告,公司擬轉讓所持有的寧岳製藥22%股權予北嵐資本,股權轉讓價款為人民幣1.6億元。"):
        deal = _deals(facts, text)[0]
        assert float(deal.total.amount) == 160 and deal.licensee.startswith(("北岚", "北嵐"))


def test_taking_a_majority_of_a_companys_shares_buys_the_company(facts):
    texts = ("雲杉生技今(5)日公告，董事會決議以新台幣3.6億元取得北辰藥業100%股權，北辰將成為雲杉生技全資子公司。",
             "云杉生技今日公告，董事会决议以3.6亿元购入北辰药业全部股权。",
             "云杉生技今日公告，拟以3.6亿元受让北辰药业65%股权。")
    for text in texts:
        deal, = _deals(facts, text)
        assert (deal.licensor[:4], deal.licensee[:4], deal.deal_type) in (("北辰藥業", "雲杉生技", "acquisition"),
                                                                           ("北辰药业", "云杉生技", "acquisition"))
        assert deal.total.amount == 360


def test_taking_a_minority_stake_is_an_equity_deal(facts):
    deal, = _deals(facts, "雲杉生技公告，以新台幣8,000萬元取得北辰藥業12%股權，雙方將共同開發放射性藥物。")
    assert (deal.licensor, deal.licensee, deal.deal_type) == ("北辰藥業", "雲杉生技", "equity")


def test_buying_a_companys_shares_by_issuing_new_ones_makes_the_issuer_the_buyer(facts):
    for text in ("岚峰药业：发行股份购买资产预案\n2026年6月2日\n岚峰药业股份有限公司拟通过发行股份及支付现金的方式"
                 "购买澄溪生物科技有限公司100%股权，交易作价暂定为12.4亿元。",
                 "嵐峰藥業：發行股份購買資產預案\n2026年6月2日\n嵐峰藥業股份有限公司擬通過發行股份及支付現金的方式"
                 "購買澄溪生物科技有限公司100%股權，交易作價暫定為12.4億元。"):
        deal, = _deals(facts, text)
        assert (deal.licensor[:2], deal.licensee[:2], deal.deal_type) in (("澄溪", "岚峰", "acquisition"),
                                                                          ("澄溪", "嵐峰", "acquisition"))
        assert deal.total.amount == 1240


def test_money_put_into_a_company_as_new_capital_makes_it_the_investee(facts):
    for text in ("禾川制药：关于对外投资的公告\n2026年6月2日\n禾川制药股份有限公司拟以自有资金3000万元对杭州屿安生物科技有限公司"
                 "进行增资，增资完成后公司将持有屿安生物8%的股权。",
                 "禾川製藥：關於對外投資的公告\n2026年6月2日\n禾川製藥股份有限公司擬以自有資金3000萬元對杭州嶼安生物科技有限公司"
                 "進行增資，增資完成後公司將持有嶼安生物8%的股權。"):
        deal, = _deals(facts, text)
        assert (deal.licensor[:2], deal.licensee[:2], deal.deal_type) in (("屿安", "禾川", "equity"), ("嶼安", "禾川", "equity"))


def test_an_investment_in_a_company_with_no_amount_is_an_equity_deal_not_a_licence(facts):
    for text in ("Harrowgate Ventures said on Monday it had invested in Selvine Bio, a maker of gene therapies "
                 "for inherited deafness. Terms were not disclosed.",
                 "Harrowgate Ventures has made an undisclosed investment in Selvine Bio, a maker of gene therapies "
                 "for inherited deafness."):
        deal, = _deals(facts, text)
        assert (deal.licensor, deal.licensee, deal.deal_type) == ("Selvine Bio", "Harrowgate Ventures", "equity")


def test_shares_subscribed_beside_an_upfront_are_the_deals_equity_not_its_total(facts):
    texts = ("6月，苏州岚禾生物与诺华达成双抗药物研发合作。诺华将支付6000万美元首付款，同时以2000万美元认购岚禾生物新发行股份，"
             "合作交易总额最高达7.2亿美元。",
             "6月，蘇州嵐禾生物與諾華達成雙抗藥物研發合作。諾華將支付6000萬美元首付款，同時以2000萬美元認購嵐禾生物新發行股份，"
             "合作交易總額最高達7.2億美元。",
             "Quenby Pharma will pay Halvard Bio $60 million upfront and buy $20 million of newly issued Halvard shares; "
             "the collaboration is worth up to $720 million in total.")
    for text in texts:
        [deal] = facts(text)["deals"]
        assert (deal.deal_type, deal.upfront.amount, deal.equity.amount, deal.total.amount) == ("collaboration", 60, 20, 720), text


def test_a_stake_listed_among_a_licence_s_payments_keeps_it_a_licence_and_a_new_us_company_is_a_newco(facts):
    texts = ("Quenby Bio licensed rights outside China to its KRAS inhibitor QB-77 to Halloran Oncology for $30 million "
             "upfront, a 15% equity stake and up to $700 million in milestones.",
             "岷山医药将QB-77在中国以外的权益授权给哈洛兰肿瘤，获得3000万美元首付款及15%的股权，以及最高7亿美元的里程碑付款。")
    for text in texts:
        deal, = _deals(facts, text)
        assert deal.deal_type == "license" and deal.upfront.amount == 30 and deal.milestones.amount == 700
    newco = ("Quenby Bio has formed Tallis Therapeutics, a new U.S. company, with investors who committed $90 million. "
             "Quenby Bio licensed rights outside China to QB-77 to Tallis Therapeutics for $30 million upfront, a 15% "
             "equity stake and up to $700 million in milestones.")
    assert [(d.licensee, d.deal_type) for d in _deals(facts, newco)] == [("Tallis Therapeutics", "newco")]
