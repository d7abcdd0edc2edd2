"""What one article's extraction hands on besides records."""
from pharmalens.documents.articles import read_articles
from pharmalens.extraction.pipeline import extract_article
from pharmalens.sources.files import SourceFile


def test_companies_keep_the_names_a_traditional_chinese_file_writes():
    text = "恆瑞醫藥公布,其新藥獲國家藥監局批准上市,用於治療晚期肺癌患者。恆瑞醫藥表示將加快臨床開發。"
    article = read_articles(SourceFile("tw.txt", "tw.txt", ".txt", text.encode("utf-8")))[0]
    surfaces = {m.surface for m in extract_article(article).companies}
    assert "恆瑞醫藥" in surfaces


def test_a_report_of_a_company_whose_name_says_its_trade_is_read_though_the_lexicon_does_not_know_it():
    from pharmalens.documents.articles import read_articles
    from pharmalens.extraction.pipeline import extract_article
    from pharmalens.sources.files import SourceFile
    text = ("[季报]衡湾(301234):2026年第一季度报告\n证券代码:301234  证券简称:衡湾  公告编号:2026-011\n"
            "衡湾药业集团股份有限公司\n2026年第一季度报告\n本公司及董事会全体成员保证信息披露的内容真实、准确、完整。\n"
            "一、主要财务数据\n本报告期营业收入为3.2亿元,同比增长12.5%;归属于上市公司股东的净利润为4100万元,同比增长8.1%。\n"
            "二、股东信息\n" + "".join(f"股东{i}:持股比例{i}.0%,报告期内持股数量未发生变化,不存在质押或冻结情况。\n" for i in range(1, 16)) +
            "衡湾于2026年4月28日召开董事会审议通过本报告。衡湾董事会全体成员出席。\n")
    article = read_articles(SourceFile("q.txt", "q.txt", ".txt", text.encode("utf-8")))[0]
    facts = extract_article(article)
    assert facts.article.document.relevant
    assert {f.metric for f in facts.records["financials"]} >= {"revenue", "net_profit"}
    unrelated = text.replace("药业集团", "置业集团")
    assert not extract_article(read_articles(SourceFile("q.txt", "q.txt", ".txt", unrelated.encode("utf-8")))[0]).records["financials"]


def test_a_filing_with_no_drug_word_but_a_known_drug_named_again_and_again_is_read():
    from pharmalens.documents.articles import read_articles
    from pharmalens.extraction.pipeline import extract_article
    from pharmalens.sources.files import SourceFile
    text = ("Item 1.02 Termination of a Material Definitive Agreement.\nOn March 3, 2026, Corvane Ltd. and Marlow Inc. "
            "entered into a termination agreement ending the agreement under which Marlow held rights to Herceptin "
            "in certain territories. Under the termination agreement, all rights to Herceptin revert to Corvane Ltd., "
            "and Marlow will transfer its Herceptin filings to Corvane Ltd. within 90 days.")
    article = read_articles(SourceFile("k.txt", "k.txt", ".txt", text.encode("utf-8")))[0]
    assert not article.document.relevant
    facts = extract_article(article)
    assert facts.article.document.relevant


def _flash(text: str):
    return extract_article(read_articles(SourceFile("f.txt", "f.txt", ".txt", text.encode("utf-8")))[0])


def test_a_one_sentence_flash_about_a_drug_company_is_relevant_and_keeps_its_facts():
    for text in ("南京衡屿生物完成3亿元B轮融资，由丹枫资本领投。", "南京衡嶼生物完成3億元B輪融資，由丹楓資本領投。",
                 "Ardley Therapeutics closed a $60 million Series A led by Pinecrest Ventures."):
        facts = _flash(text)
        assert facts.article.document.relevant
        assert [f.round for f in facts.records["financings"]] in (["b"], ["a"])
    assert not _flash("南京衡屿科技完成3亿元B轮融资，由丹枫资本领投。").article.document.relevant  # no drug trade
    assert not _flash("南京衡屿生物今日发布新的品牌标识。").article.document.relevant  # no fact


def test_a_flash_stating_a_drug_companys_stop_is_relevant_in_both_languages(facts):
    for text in ("Oct. 28, 2026 -- Harwick Bio culled HW-44 from its pipeline.", "2026年10月28日，泊川生物宣布终止PC-44的开发。"):
        (stop,) = facts(text)["terminations"]
        assert stop.asset in ("HW-44", "PC-44")


def test_an_asset_with_no_stage_of_its_own_is_at_the_step_its_regulatory_event_tells(facts, one):
    text = ("Tarnow Radiopharma announced FDA approval of Tarnoscan (gallium Ga 68 tarnotide) injection, a PET imaging "
            "agent for detecting FAP-positive lesions in adults with sarcoma.")
    assert one(facts(text)["assets"], asset="Tarnoscan").stage == "approved"


def test_a_filing_headed_by_its_issuers_name_alone_is_a_drug_companys_report(facts):
    for text in ("澄岭生物-B\n截至2025年6月30日止六个月之中期业绩公告\n财务摘要\n截至6月30日止六个月，收入为人民币1.25亿元，"
                 "较去年同期增加56.6%；期内亏损为人民币1.50亿元。",
                 "澄嶺生物-B\n截至2025年6月30日止六個月之中期業績公告\n財務摘要\n截至6月30日止六個月，收入為人民幣1.25億元，"
                 "較去年同期增加56.6%；期內虧損為人民幣1.50億元。"):
        found = {(f.period, f.metric) for f in facts(text)["financials"]}
        assert {("2025H1", "revenue"), ("2025H1", "net_profit")} <= found, text


def test_an_approval_told_as_a_marketing_authorisation_by_a_european_or_british_regulator_is_an_approval_in_biopharma_news():
    for text in ("Ostvik AS said the European Commission granted marketing authorisation for Brelvora (tenrapimab) "
                 "in hereditary angioedema.",
                 "Calder plc said the MHRA has approved Pemzora (oselatinib) for adults with myelofibrosis.",
                 "岷川生物宣布，欧盟委员会已授予QR-212上市许可，用于遗传性血管性水肿。",
                 "岷川生物宣布，歐盟委員會已授予QR-212上市許可，用於遺傳性血管性水腫。"):
        facts = _flash(text)
        assert facts.article.document.relevant, text
        assert [e.event for e in facts.records["regulatory"]] == ["approval"], text
