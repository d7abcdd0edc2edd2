from pharmalens.documents.dating import publication_date
from pharmalens.documents.dedup import DuplicateIndex, content_hash
from pharmalens.documents.language import detect_language
from pharmalens.documents.relevance import is_relevant


def test_languages():
    assert detect_language("Novartis reported Phase III data for its radioligand therapy in prostate cancer.") == "en"
    assert detect_language("公司与合作伙伴签署独家许可协议，将获得首付款和里程碑付款。") == "zh-Hans"
    assert detect_language("本公司與合作夥伴簽訂獨家許可協議，將獲得首付款及里程碑付款。") == "zh-Hant"


def test_publication_dates_as_precise_as_the_text_allows():
    assert publication_date("标题\nUpdate time:\n2025-11-25 09:33\n正文") == "2025-11-25"
    assert publication_date("SHANGHAI, March 3, 2026 /PRNewswire/ -- Huaxi announced") == "2026-03-03"
    assert publication_date("6月14日晚间，公司公告称。2026年一季度营收增长。") == "2026-06-14"
    assert publication_date("Results were presented at ASCO 2026 and the drug was approved in 2024.") == "2026"
    assert publication_date("没有日期的文章。") is None


def test_a_data_cut_off_date_is_not_the_article_s_date_but_a_timestamped_source_line_is():
    text = "岚屿医药公布LY-7数据\n\n2026年9月3日，岚屿医药公布数据。截至2026年8月20日，共有64例患者入组。"
    assert publication_date(text) == "2026-09-03"
    assert publication_date("Corvel update\n\nAs of August 20, 2026, 64 patients were enrolled.") != "2026-08-20"
    assert publication_date("题\n\n一\n二\n三\n四\n五\n某某财经· 2025-06-11 09:40\n正文。") == "2025-06-11"


def test_relevance_rejects_franchise_and_music_royalties():
    assert is_relevant("The company licensed its PSMA radioligand to a partner for an upfront payment; "
                       "Phase II clinical data in prostate cancer patients support the drug.")
    assert not is_relevant("The burger chain charges an upfront franchise fee of $45,000 and royalties of 6% "
                           "of sales; the new territory deal covers 40 restaurants in Texas.")
    assert not is_relevant("The publisher sold its song catalogue for $300 million; royalties from streaming "
                           "rose and the licensing of songs to films doubled.")


def test_generic_makers_and_drug_procurement_are_biopharma_news():
    assert is_relevant("Tessford Health Technology (688920.SH) reported third-quarter net profit of 84.1 million yuan, "
                       "down 12 percent, as price cuts under volume-based procurement weighed on its injectables.")
    assert is_relevant("泓川健康公告，受集采降价影响，公司第三季度归母净利润8410万元，同比下降12%，仿制药收入减少。")
    assert not is_relevant("The carmaker's third-quarter net profit fell 12 percent as procurement of steel got dearer.")


def _relevant_as_read(text):
    from pharmalens.documents.articles import read_articles
    from pharmalens.sources.files import SourceFile
    return read_articles(SourceFile("a.txt", "a.txt", ".txt", text.encode("utf-8")))[0].document.relevant


def test_vaccine_news_is_biopharma_news():
    assert _relevant_as_read("雙方同意終止疫苗授權許可協議及候選疫苗的合作,公司將收回帶狀皰疹疫苗項目的全部權利。")
    assert is_relevant("The partners ended their mRNA vaccine collaboration; rights to both vaccine candidates "
                       "return to the licensor.")


def test_a_deal_for_a_t_cell_engager_or_a_blood_cancer_drug_is_biopharma_news():
    assert is_relevant("Verrin AG took an option to license OV-4, a bispecific T-cell engager for multiple myeloma, "
                       "from Castell SA for $15 million upfront and up to $410 million in later payments.")
    assert is_relevant("Verrin AG paid Castell SA $15 million upfront for rights to a monoclonal candidate in "
                       "leukemia and lymphoma.")


def test_exact_and_near_duplicates():
    index = DuplicateIndex()
    story = "Kestrel Oncology licensed HXR-301 to Northwind for $45 million upfront and up to $1.2 billion. " * 3
    index.add("a#1", story)
    assert index.find(story, content_hash(story)) == "a#1"
    near = story.replace("licensed", "out-licensed", 1)
    assert index.find(near, content_hash(near)) == "a#1"
    other = "A completely different article about liquid cooling for data centres and GPUs. " * 3
    assert index.find(other, content_hash(other)) is None


def test_relevance_words_count_whole_words_in_any_case_and_a_few_times_at_most():
    from pharmalens.documents.relevance import relevance_score
    text = "Oncology update. " + "x" * 400
    assert relevance_score(text) == relevance_score(text.replace("Oncology", "ONCOLOGY")) > 0
    assert relevance_score(text.replace("Oncology", "Oncologyx")) == 0
    many = " ".join(["oncology"] * 20) + " " + "y" * 400
    few = " ".join(["oncology"] * 5) + " " + "y" * (400 + 15 * 9)
    assert relevance_score(many) == relevance_score(few)


def test_the_number_of_a_drug_code_is_not_a_year():
    from pharmalens.documents.dating import publication_date
    text = "Halvern won approval in 2024 for its lead drug. Its follow-on QRX-2049 and 远山-2038 start trials next."
    assert publication_date(text) == "2024"


def test_a_generated_or_release_time_line_dates_the_page_and_a_deadline_year_does_not():
    from pharmalens.documents.dating import publication_date
    brief = ("Briefing: Halvern to buy Quorvane\n\nGenerated: March 3, 2026 | Sources: 2\n\n"
             "- The milestone is paid only if approval comes before the end of 2031.\n")
    release = "Quorvane reports results\nRelease Time 14 Sep 2025\nQuorvane said sales rose in 2025."
    assert publication_date(brief) == "2026-03-03"
    assert publication_date(release) == "2025-09-14"
    assert publication_date("The milestone is due before the end of 2031, the company said in 2026.") == "2026"


def test_a_posted_on_line_and_a_slashed_date_date_the_page_in_either_order():
    from pharmalens.documents.articles import read_articles
    from pharmalens.sources.files import SourceFile

    def published(text):
        return read_articles(SourceFile("p.txt", "p.txt", ".txt", text.encode()))[0].document.published

    posted = "\n-\n作者 編輯部\n-\n來源:醫藥週刊\n刊登者 林小姐\n發佈於 2026-03-09 10:15\n岳霖 今日宣布新藥臨床結果,2025年營收成長"
    assert published(posted) == "2026-03-09"
    assert published("09/04/2026 17:20\n瑞霖(4123)公布,收購一家製劑廠股權。") == "2026-04-09"
    assert published("04/09/2026 07:05\nQuorvane said on Thursday it licensed its lead drug.") == "2026-04-09"
    assert published("21/05/2026 07:05\nQuorvane said on Thursday it licensed its lead drug.") == "2026-05-21"
    assert published("13/13/2026\n岳霖公告今年营收成长。2026年") == "2026"


def test_a_date_labelled_as_such_or_followed_by_a_clock_time_near_the_top_is_the_page_date():
    from pharmalens.documents.articles import read_articles
    from pharmalens.sources.files import SourceFile

    def published(text):
        return read_articles(SourceFile("p.txt", "p.txt", ".txt", text.encode()))[0].document.published
    assert published(" date 2026-03-04 Halvern Pharma is licensing a gout drug from Quorvane Bio.\n\n"
                     "Halvern will pay $20 million upfront.") == "2026-03-04"
    assert published("Halvern licenses a gout drug\n\nMar. 4, 2026 9:15 AM ETHalvern Pharma (HLV)By: a news editor\n"
                     "Halvern will pay $20 million upfront, it said.") == "2026-03-04"
    assert published(" 日期 2026-03-04 青禾医药宣布引进一款痛风新药。") == "2026-03-04"


def test_relevance_reads_the_one_script_copy_so_traditional_words_count():
    flash = "衡灣集團公布全年業績:創新藥銷售額上升四成至30億元,研發開支6億元,純利8.4億元。"
    assert _relevant_as_read(flash)
    assert _relevant_as_read(flash.replace("創新藥", "创新药").replace("研發", "研发"))
    assert not _relevant_as_read(flash.replace("創新藥", "地產").replace("研發", "酒店"))


def test_a_founding_year_or_a_plants_start_year_does_not_date_the_page():
    text = "澄屿核药登录兴柜\n成立于2013年的澄屿核药将投资3亿元新建厂房,2027年第3季投产。去年营收1.2亿元。"
    assert publication_date(text) is None
    assert publication_date("Founded in 2014, Corvane said in 2025 that a plant is expected in 2028.") == "2025"


def test_an_amount_of_two_thousand_is_no_year_of_publication():
    assert publication_date("公司去年税后净利2000万元,营收3.2亿元。") is None
    assert publication_date("The firm raised 2025.5 million yuan, a sum of 2019,000 shares.") is None
    assert publication_date("该药于2021年获批上市,去年营收2000万元。") == "2021"


def test_the_year_a_long_span_began_does_not_date_the_article_but_a_dated_start_does():
    assert publication_date("自2015年获得临床批件以来,公司已投入8亿元。") is None
    assert publication_date("3月2日讯,协议自2026年2月27日起生效。").startswith("2026")


def test_a_taiwan_calendar_date_line_dates_the_page():
    assert publication_date("沐川生醫重大訊息\n發言日期：113/09/27\n沐川生醫公告新藥SL-11取得藥證。") == "2024-09-27"
    assert publication_date("沐川生醫公告\n民國115年1月8日\n沐川生醫公告新藥SL-11完成收案。") == "2026-01-08"
    assert publication_date("Ardent Isotopes update\nRelease time: 09:30\nRatio 113/09/27 in the table.") is None


def test_plural_and_maker_words_count_as_biopharma_words():
    assert is_relevant("Two drugmakers agreed to co-develop therapies for solid tumors and sell antibodies in Europe.")
    assert not is_relevant("Two automakers agreed to co-develop batteries for trucks and sell them in Europe.")


def test_biotechnology_and_efficacy_words_count_but_a_numbered_phase_does_not():
    assert is_relevant("Corvell said its readout showed efficacy; the biotechnology group will file next year.")
    assert not is_relevant("Corvell said Phase 2 of the stadium is done; the construction group will file next year.")


def test_a_year_a_deal_is_expected_to_close_in_does_not_date_the_page():
    assert publication_date("Halvern agreed to buy Quorvane in 2024. The deal is expected to close in the "
                            "first half of 2027.") == "2024"
    assert publication_date("澜桥医药于2024年收购沐溪生物，交易预计将在2027年上半年完成。") == "2024"


def test_a_byline_under_the_headline_dates_the_page_to_the_day_or_the_month_it_gives():
    from pharmalens.documents.lines import repair_lines

    def dated(text):
        return publication_date(repair_lines(text).text)
    body = "\n\n岳麓生物公告称，公司QX-4的上市申请获受理，预计于2027年获批。去年公司营收增长，2025年亏损收窄。"
    assert dated("岳麓生物：QX-4上市申请获受理" + "\n\n2026年4月" + body) == "2026-04"
    assert dated("岳麓生物QX-4上市申请获受理\n\n2026年4月 医药周刊" + body) == "2026-04"
    assert dated("岳麓生物QX-4上市申请获受理\n\n医药周刊 2026年4月" + body) == "2026-04"
    assert dated("岳麓生物QX-4上市申请获受理\n\n2026/04/09 医药周刊 记者王某某／新竹科学园区报导" + body) == "2026-04-09"
    english = "\n\nOrrin Bio said its filing for QX-4 was accepted; a decision is expected in 2027. Its 2025 loss narrowed."
    assert dated("Orrin Bio: QX-4 filing accepted\n\nApril 2026 Sector research desk" + english) == "2026-04"


def test_a_short_chinese_item_is_chinese_and_a_chinese_name_in_english_text_is_not():
    assert detect_language("瀚川生技今宣布新藥HC-77取得藥證。") == "zh-Hant"
    assert detect_language("澄江生物完成2亿元A轮融资。") == "zh-Hans"
    assert detect_language("Lanqiao Bio (蓝桥生物) dosed the first patient with LQ-5 in its Phase 1 trial.") == "en"


def test_a_year_a_plan_or_a_notes_maturity_names_is_no_publication_year():
    assert publication_date("Ravel Bio dosed its first patient in 2025 and plans to start Phase 2 in mid-2027.") == "2025"
    assert publication_date("Ravel Bio sold $90 million of 5% convertible notes due 2030 to fund trials begun in 2024.") == "2024"


def test_a_target_action_date_is_no_publication_year():
    text = "The FDA accepted Orvale Bio's filing in 2026 and set a PDUFA target action date of March 9, 2027."
    assert publication_date(text) == "2026"


def test_isotope_supply_and_numbered_trial_phases_are_biopharma_but_a_rollouts_phases_are_not():
    supply = ("Ostwick Nuclear signs Ga-68 supply pact with Lanner Medical\n\nLanner Medical will deliver gallium-68 "
              "from its cyclotron in Turin to Ostwick, whose radiotracer OWN-8 is in a Phase 1/2 study.")
    assert is_relevant(supply)
    rollout = ("Harbor Grill signs franchise pact for Chile\n\nPhase 1 of the rollout opens 20 grills in Santiago and "
               "Phase 2 follows in 2028; the partner pays an upfront fee and milestones per opening.")
    assert not is_relevant(rollout)


def test_a_plants_capacity_in_curies_or_doses_does_not_date_the_article():
    for text in ("甲核药成都基地建成，年产能为2000居里镥-177药物。", "乙核藥新廠完工，年產能可達2000人份。"):
        assert publication_date(text) is None


def test_a_cash_runway_or_a_fiscal_year_still_running_does_not_date_the_page():
    assert publication_date("Torvane said in 2025 that its $90 million should fund operations into 2028.") == "2025"
    assert publication_date("Sakuragi Pharma posted results in 2026 and guided for the fiscal year ending "
                            "March 2027.") == "2026"
    assert publication_date("Sakuragi Pharma said in 2026 that the year ending March 31, 2028 is its target.") == "2026"


def test_a_quarterly_filing_excerpt_with_collaboration_revenue_is_biopharma_news():
    text = ("Collaboration revenue was $6.4 million for the three months ended March 31, 2026, compared to $2.2 million "
            "for the same period in 2025. Net loss was $19.8 million, and Ostrel Bio held cash and cash equivalents "
            "of $151.0 million as of March 31, 2026.")
    assert is_relevant(text)
    assert not is_relevant("Subscription revenue was $6.4 million for the quarter. Net loss was $19.8 million, and "
                           "Ostrel Software held cash of $151.0 million.")


def test_japanese_and_korean_pharma_names_mark_results_news_as_biopharma():
    for text in ("Osaka, May 12, 2026 - Hikari Yakuhin Co., Ltd. (TSE: 4599) reported revenue of ¥88.1 billion for "
                 "the fiscal year ended March 31, 2026, up 3.0% year on year, and operating profit of ¥9.4 billion.",
                 "Nagoya, May 12, 2026 - Kobe Shinyaku K.K. said full-year revenue rose 4% to ¥51.6 billion.",
                 "Seoul, May 12, 2026 - Hanul Pharm Co., Ltd. said annual revenue rose 9% to KRW 410 billion."):
        assert is_relevant(text), text
    assert not is_relevant("Osaka, May 12, 2026 - Hikari Kogyo Co., Ltd. reported revenue of ¥88.1 billion for the "
                           "fiscal year ended March 31, 2026, up 3.0% year on year.")


def test_analyst_commentary_on_a_drugs_peak_sales_is_biopharma_news():
    assert is_relevant("Piper analyst Dana Ruiz estimates KT-4 could reach peak sales of $2.2 billion and sees "
                       "Kestrel shares worth $31, well above Friday's close.")
    assert is_relevant("分析师认为，KT-4的销售峰值有望达到22亿美元，目标价31美元。")
