"""Reported figures from prose, list items and tables, on our own texts with invented companies."""
from decimal import Decimal


def fin(facts, text, name="sample.txt"):
    return facts(text, name)["financials"]



def test_growth_written_before_the_amount_in_both_languages(facts, one):
    zh = fin(facts, "瀚洋药业股份有限公司发布2026年半年度报告。上半年,公司营业额上升12.4%至31.06亿元,"
                    "归母净利润同比暴涨65%至4.1亿元。公司创新药进入临床。")
    assert one(zh, metric="revenue").yoy_pct == 12.4 and one(zh, metric="revenue").amount == 3106
    assert one(zh, metric="net_profit").yoy_pct == 65 and one(zh, metric="revenue").period == "2026H1"
    en = fin(facts, "Lumora Biosciences, a radiopharmaceutical developer, reported its H1 2026 results. Revenue "
                    "increased by 18.2% to RMB 2,406.5 million, gross profit grew by 21.0% to RMB 1,800.2 million.")
    assert one(en, metric="revenue").yoy_pct == 18.2 and float(one(en, metric="revenue").amount) == 2406.5
    assert one(en, metric="gross_profit").yoy_pct == 21.0 and one(en, metric="gross_profit").period == "2026H1"


def test_growth_in_times_and_after_the_amount(facts, one):
    records = fin(facts, "港股直击 2026年8月20日\n瀚洋医药(01234)公布截至6月底止中期业绩,股东应占溢利8.8亿元"
                         "(人民币‧下同),按年增长1.35倍。收入40.2亿元,按年上升9.8%。派中期息12港仙。公司的创新药获批。")
    profit = one(records, metric="net_profit")
    assert profit.yoy_pct == 135 and profit.period == "2026H1" and profit.currency == "CNY"
    assert one(records, metric="revenue").yoy_pct == 9.8
    assert all(r.amount != 12 for r in records)


def test_a_bracketed_conversion_does_not_cut_the_figure_from_its_growth(facts, one):
    en = fin(facts, "Tessaro Biopharma results\n\nMarch 30, 2026\n\nTessaro Biopharma Group (1873.HK) reported revenue of "
                    "2.08 billion yuan ($288 million) for the year ended December 31, 2025, up 27 percent from a year "
                    "earlier, on sales of its radioligand. Its TROP2 program entered Phase II.")
    revenue = one(en, metric="revenue")
    assert revenue.yoy_pct == 27 and revenue.amount == 2080 and revenue.currency == "CNY" and revenue.period == "FY2025"
    assert [r.currency for r in en] == ["CNY"]
    zh = fin(facts, "泰萨罗生物公布2025年度业绩，营业收入20.8亿元（约合2.88亿美元），同比增长27%。公司创新药进入临床。")
    assert one(zh, metric="revenue").yoy_pct == 27 and [r.currency for r in zh] == ["CNY"]


def test_yuan_on_a_hong_kong_or_taiwan_page_unless_renminbi_is_said(facts, one):
    hk = fin(facts, "【經濟通通訊社】港股上市的海瀾製藥(01987)公布去年業績,純利增長20%至12.5億元,派末期息8港仙。"
                    "公司創新藥銷售增長。\n\n2026年3月20日", "hk.txt")
    assert one(hk, metric="net_profit").currency == "HKD" and one(hk, metric="net_profit").period == "FY2025"
    tw = fin(facts, "新藥股瑞峰生技(6543)興櫃交易,第一季合併營收3.2億元,年增15%,每股稅後盈餘0.8元。"
                    "公司新藥獲核准。\n2026-05-10", "tw.txt")
    assert one(tw, metric="revenue").currency == "TWD"
    noted = fin(facts, "海瀾製藥(01987)公布,2025年度集團錄得營業額為2.1億元,股東應佔虧損擴大1.2倍至5.6億元(人民幣;下同)。"
                       "公司研發的抗體藥物進入III期臨床。", "note.txt")
    assert {r.currency for r in noted} == {"CNY"}
    loss = one(noted, metric="net_profit")
    assert loss.amount == -560 and loss.yoy_pct is None


def test_a_quarter_and_the_nine_months_side_by_side(facts, one):
    records = fin(facts, "启衡生物医药股份有限公司发布2026年第三季度报告。第三季度单季,公司实现营业收入4.2亿元,同比增长8.0%;"
                         "前三季度累计,公司实现营业收入11.6亿元,同比增长5.5%;归母净利润亏损3200万元。公司ADC药物进入临床。")
    assert one(records, metric="revenue", period="2026Q3").amount == 420
    nine = one(records, metric="revenue", period="2026Q1-Q3")
    assert nine.amount == 1160 and nine.yoy_pct == 5.5
    assert one(records, metric="net_profit").period == "2026Q1-Q3" and one(records, metric="net_profit").amount == -32


def test_respectively_gives_each_amount_its_period(facts, one):
    records = fin(facts, "启衡生物拟收购澜沧核药。数据显示,澜沧核药2024年度和2025年度分别实现营业收入2.6亿元、3.1亿元,"
                         "净利润分别为0.42亿元和0.55亿元。澜沧核药的放射性药物已上市。")
    assert one(records, metric="revenue", period="FY2024").amount == 260
    assert one(records, metric="net_profit", period="FY2025").amount == 55
    assert {r.company for r in records} == {"澜沧核药"}


def test_the_prior_period_figure_after_from_or_compared_with(facts, one):
    records = fin(facts, "Lumora Biosciences reported fiscal year 2025 results for its radiopharmaceutical pipeline.\n"
                         "• Research and Development Expenses: Increased to $18.4 million from $7.2 million in the prior year.\n"
                         "• Net Loss: $(31.7) million, compared to a net loss of $22.0 million in FY 2024.\n")
    assert one(records, metric="rd_expense", period="FY2025").amount == Decimal("18.4")
    assert one(records, metric="rd_expense", period="FY2024").amount == Decimal("7.2")
    assert one(records, metric="net_profit", period="FY2025").amount == Decimal("-31.7")
    assert one(records, metric="net_profit", period="FY2024").amount == Decimal("-22.0")


def test_market_and_competitor_figures_are_not_the_issuers(facts, one):
    records = fin(facts, "瀚洋药业(688321)发布2026年半年报。A股共512家医药上市公司,营业收入合计1.2万亿元。"
                         "竞争对手方面,启衡生物科技股份有限公司上半年营收18亿元。瀚洋药业上半年营收6.5亿元,同比增长11%。公司创新药获批。")
    assert one(records, amount=650).company == "瀚洋药业"
    assert one(records, amount=1800).company.startswith("启衡")
    assert not [r for r in records if r.amount == 1200000]


def test_forecasts_cumulative_spend_adjusted_and_per_share_figures_are_not_results(facts):
    records = fin(facts, "瀚洋药业发布2026年半年报,上半年营业收入6.5亿元。公司预计2026年全年营业收入将达15亿元。"
                         "截至目前,该产品已累计投入研发费用1.2亿元。经调整净利润1.8亿元,基本每股收益0.21元。"
                         "公司创新药获批。\n2026-08-20")
    assert [(r.metric, r.amount) for r in records] == [("revenue", 650)]


def test_a_preannouncement_of_a_closed_year_is_that_years_figure(facts, one):
    records = fin(facts, "业绩预告\n公司预计2025年1-12月归属于上市公司股东的净利润为:-312,450,118.20元,与上年同期相比"
                         "亏损增加。公司抗体药物进入III期临床。\n2026年1月28日")
    loss = one(records, metric="net_profit")
    assert loss.period == "FY2025" and float(loss.amount) == -312.45011820


def test_segments_from_an_item_key_and_from_the_words_before_revenue(facts, one):
    records = fin(facts, "瀚洋医药集团有限公司\n业绩表现\n  - 截至2026年6月止半年度,集团营业额上升5.0%至30.2亿元。\n"
                         "    (一)显像诊断:营业额下降2.4%至6.05亿元,分部利润减少1.1%至2.2亿元;\n"
                         "  - 期内,创新药收入增长41%至9.3亿元。\n")
    imaging = one(records, metric="segment_revenue", amount=Decimal("605"))
    assert imaging.segment == "显像诊断" and imaging.yoy_pct == -2.4 and imaging.period == "2026H1"
    innovative = one(records, metric="segment_revenue", amount=Decimal("930"))
    assert innovative.segment == "创新药 (innovative drugs)"
    assert not [r for r in records if r.amount == 220]


def test_a_figure_of_a_company_the_excerpt_does_not_name_has_no_company(facts, one):
    records = fin(facts, "主席报告\n\n财务表现\n\n于二零二五年,本集团实现营业额约1,204,300,000港元,较上年度减少2.1%。"
                         "本集团的抗体药物及创新药继续获纳入集中采购,多款新药进入临床。")
    revenue = one(records, metric="revenue")
    assert revenue.company is None and revenue.amount == Decimal("1204.3") and revenue.period == "FY2025"
    assert revenue.yoy_pct == -2.1


def test_a_results_table_flattened_one_cell_a_line(facts, one):
    text = ("瀚洋生物医药股份有限公司\n(股份代号:2931)\n截至2026年6月30日止六个月之中期业绩公告\n财务摘要\n截至6月30日止六个月\n"
            "2026年2025年变动\n人民币千元人民币千元\n收入812,3071,045,660-22.3%\n研发开支(402,118)(377,905)6.4%\n"
            "期内亏损(96,215)(150,880)不适用\n于2026年\n6月30日\n于2025年\n12月31日\n现金及现金等价物\n2,118,4051,760,23320.3%\n"
            "公司的ADC药物进入临床。\n")
    records = fin(facts, text)
    revenue = one(records, metric="revenue", period="2026H1")
    assert float(revenue.amount) == 812.307 and revenue.yoy_pct == -22.3 and revenue.company.startswith("瀚洋")
    assert float(one(records, metric="revenue", period="2025H1").amount) == 1045.66
    assert float(one(records, metric="rd_expense", period="2026H1").amount) == 402.118
    assert float(one(records, metric="net_profit", period="2026H1").amount) == -96.215
    assert float(one(records, metric="cash", period="2026-06-30").amount) == 2118.405


def test_a_run_on_quarterly_table_gives_the_quarter_and_the_year_to_date(facts, one):
    text = ("证券代码:600777 证券简称:启衡药业\n启衡药业股份有限公司2026年第三季度报告\n一、主要财务数据 单位:元 币种:人民币 "
            "项目 本报告期 本报告期比上年同期增减变动幅度(%)年初至报告期末 年初至报告期末比上年同期增减变动幅度(%)"
            "营业收入 645,210,334.18-7.45 1,902,876,540.07-3.18 归属于上市公司股东的扣除非经常性损益的净利润 "
            "48,002,113.05 4.40 131,900,214.66 1.95 基本每股收益(元/股)0.2011 6.00 0.5530 2.10\n公司中药创新药获批。")
    records = fin(facts, text)
    quarter = one(records, metric="revenue", period="2026Q3")
    assert round(float(quarter.amount), 3) == 645.21 and quarter.yoy_pct == -7.45
    ytd = one(records, metric="net_profit_excl_nonrecurring", period="2026Q1-Q3")
    assert round(float(ytd.amount), 3) == 131.9 and ytd.yoy_pct == 1.95
    assert not [r for r in records if r.amount < 1]


def test_the_subject_carries_to_the_next_sentence(facts, one):
    records = fin(facts, "Lumora Biosciences licensed LB-201 to Kestrel Oncology. - Kestrel Oncology reported first-half 2026 "
                         "revenue of RMB 1.02 billion, down 8.5% year-on-year [2] - The net loss for the period was RMB 96 "
                         "million [2]. The radioligand is in Phase 2.")
    assert one(records, metric="net_profit").company == "Kestrel Oncology"
    assert one(records, metric="net_profit").period == "2026H1"


def test_a_quote_page_card_names_the_company_its_figures_belong_to(facts, one):
    records = fin(facts, "02931 瀚洋醫藥\n公司資料 - 業務概覽\n瀚洋醫藥股份有限公司 股票編號: 02931\n集團簡介\n"
                         "  - 集團母公司啟衡控股集團有限公司為一家國有企業。\n業績表現\n"
                         "  - 截至2026年6月止半年度,集團營業額上升3.2%至18.40億元(人民幣;下同),核藥銷售增長。\n")
    revenue = one(records, metric="revenue")
    assert revenue.company.startswith("瀚洋") and revenue.currency == "CNY" and revenue.period == "2026H1"


def test_a_change_on_the_quarter_before_is_no_yoy_and_pre_tax_or_non_operating_lines_are_not_metrics(facts):
    records = fin(facts, "新藥股瑞峰生技(6543)公布第三季財報,第三季合併營收5.2億元,季增12%,年增30%;稅前淨利1.1億元,"
                         "業外收入0.3億元。10月營收1.9億元,月增5%。公司新藥獲核准。\n2025-11-10")
    assert [(r.metric, r.amount, r.yoy_pct) for r in records] == [("revenue", 520, 30.0)]


def test_one_metric_for_the_quarter_and_for_the_full_year(facts, one):
    records = fin(facts, "Lumora Biosciences, a radiopharmaceutical company, reported fourth quarter and full year 2025 "
                         "results. Total revenue was $86.0 million in the fourth quarter and $312.4 million for the full year.")
    assert one(records, period="2025Q4").amount == Decimal("86.0")
    assert one(records, period="FY2025").amount == Decimal("312.4")


def test_a_statement_table_with_dollar_signs_and_a_header_of_years(facts, one):
    records = fin(facts, "Lumora Biosciences Reports Full Year 2025 Results\nLumora Biosciences, a radiopharmaceutical "
                         "company, reported results.\nStatements of Operations (in thousands, except per share data)\n"
                         "| | 2025 | 2024 |\n|---|---|---|\n| Total revenue | $ 86,012 | $ 70,981 |\n"
                         "| Net loss | $ (6,204) | $ (9,110) |\n")
    assert one(records, metric="revenue", period="FY2025").amount == Decimal("86.012")
    loss = one(records, metric="net_profit", period="FY2024")
    assert loss.amount == Decimal("-9.11") and loss.currency == "USD"


def test_a_market_value_takes_the_day_it_was_measured(facts, one):
    records = fin(facts, "百川生物制药股份有限公司发布公告。\n2026年6月16日\n截至6月15日收盘,公司股价报收16.9元/股,"
                         "公司最新总市值约为70亿元。公司的生物类似药获批。")
    assert one(records, metric="market_cap").period == "2026-06-15"


def test_metrics_listed_before_their_amounts_respectively(facts, one):
    records = fin(facts, "启衡生物医药股份有限公司发布2025年年报,公司营业收入和归母净利润分别为12.6亿元和1.8亿元。"
                         "Lumora Biosciences said its 2025 revenue and net loss were $88.0 million and $12.5 million, "
                         "respectively. 公司ADC药物获批。")
    assert one(records, metric="net_profit", currency="CNY").amount == 180
    assert one(records, metric="revenue", currency="CNY").amount == 1260
    assert one(records, metric="net_profit", currency="USD").amount == Decimal("-12.5")


def test_current_and_prior_period_columns_in_a_table_with_its_unit_in_brackets(facts, one):
    records = fin(facts, "瀚洋药业股份有限公司2026年半年度报告摘要\n主要数据(人民币百万元)\n| 项目 | 本期 | 上年同期 | 变动 |\n"
                         "|---|---|---|---|\n| 营业收入 | 1,204.5 | 1,010.2 | 19.2% |\n公司创新药获批。")
    assert one(records, period="2026H1").amount == Decimal("1204.5") and one(records, period="2026H1").yoy_pct == 19.2
    assert one(records, period="2025H1").amount == Decimal("1010.2")


def test_a_figure_for_an_undated_last_year_takes_no_year_from_the_founding_date(facts):
    found = facts("成立于2012年的岭川医药今日举行法说会,去年营收3.2亿元,税后净利2000万元。")["financials"]
    assert found == []  # no year is given: neither the founding year nor an amount read as one


def test_english_growth_year_over_year_before_the_amount_and_after_a_long_period_phrase(facts):
    records = facts("March 4, 2026 -- Ardent Isotopes, a radiopharmaceutical company, reported fourth-quarter revenue "
                    "up 27% year-over-year to $64.8 million.")["financials"]
    assert [(r.period, r.metric, r.amount, r.yoy_pct) for r in records] == [("2025Q4", "revenue", Decimal("64.8"), 27.0)]
    records = facts("March 4, 2026 -- Ardent Isotopes, a radiopharmaceutical company, reported revenue of $250.2 "
                    "million for the twelve months ended December 31, 2025, an increase of 19% over the prior year.")["financials"]
    assert [(r.period, r.amount, r.yoy_pct) for r in records] == [("FY2025", Decimal("250.2"), 19.0)]


def test_a_yearless_period_not_yet_over_when_published_is_last_years(facts):
    text = "2026年3月10日 创新药企晟澜生物公告，四季度实现营业收入3.2亿元，同比增长18%；上半年营业收入5.1亿元。"
    records = facts(text)["financials"]
    assert [(r.period, r.amount) for r in records] == [("2025Q4", Decimal("320")), ("2025H1", Decimal("510"))]
    text = "2026年8月20日 创新药企晟澜生物公告，上半年实现营业收入6.4亿元，同比增长25%。"
    assert [r.period for r in facts(text)["financials"]] == ["2026H1"]


def test_hong_kong_english_results_with_glued_currency_codes_and_british_dates(facts):
    text = ("August 27, 2025 -- Tallis Biopharma Holdings (stock code: 6123), a biopharmaceutical company developing "
            "oncology drugs, announced its interim results. Revenue for the six months ended 30 June 2025 amounted to "
            "RMB2,041.7 million, representing an increase of 18.2% as compared with the corresponding period of last "
            "year. Research and development expenses were RMB512.3 million.")
    records = {r.metric: r for r in facts(text)["financials"]}
    assert (records["revenue"].period, records["revenue"].amount, records["revenue"].currency) == ("2025H1", Decimal("2041.7"), "CNY")
    assert records["revenue"].yoy_pct == 18.2
    assert (records["rd_expense"].period, records["rd_expense"].amount) == ("2025H1", Decimal("512.3"))


def test_the_last_word_of_a_companys_name_before_its_sales_is_no_product(facts):
    text = ("In the first nine months of 2025, Velmora Biopharma's product sales reached RMB1.8 billion, up 12% "
            "year on year. The biotech develops antibody drugs.")
    found = facts(text)["financials"]
    assert found and all(f.segment is None for f in found)


def test_a_listed_drug_company_reporting_its_half_year_is_read_and_the_named_years_period_is_the_same_half(facts):
    text = ("岚澈生物(02913.HK)公布2026年中期业绩：期内收入4.15亿元，同比增长21.0%；"
            "期内亏损收窄至0.82亿元（2025年同期亏损1.47亿元）。")
    rows = {(f.metric, f.period): f.amount for f in facts(text)["financials"]}
    assert rows[("revenue", "2026H1")] == 415
    assert rows[("net_profit", "2026H1")] == -82 and rows[("net_profit", "2025H1")] == -147
    en = "Tidewell Pharma (HKEX: 3318) reported revenue of RMB 512 million for the six months ended 30 June 2026."
    assert [f.period for f in facts(en)["financials"]] == ["2026H1"]


def test_a_forecast_range_gives_its_low_end_and_the_low_end_of_its_growth(facts, one):
    for text in ("岳泓药业发布2025年年度业绩预告，预计2025年实现归母净利润2.40亿元至2.85亿元，同比增长18.6%至40.8%；"
                 "扣非净利润9,600至11,800万元，同比增长12.5%-38.3%。",
                 "岳泓藥業發布2025年年度業績預告，預計2025年實現歸母淨利潤2.40億元至2.85億元，同比增長18.6%至40.8%；"
                 "扣非淨利潤9,600至11,800萬元，同比增長12.5%-38.3%。"):
        records = fin(facts, text)
        profit = one(records, metric="net_profit")
        assert float(profit.amount) == 240 and profit.yoy_pct == 18.6 and profit.period == "FY2025"
        core = one(records, metric="net_profit_excl_nonrecurring")
        assert float(core.amount) == 96 and core.yoy_pct == 12.5


def test_a_pipe_table_without_outer_pipes_keeps_each_row_to_its_line(facts, one):
    for text in ("岳泓药业2025年度业绩快报\n\n岳泓药业（688904）发布2025年度业绩快报，主要财务数据如下：\n\n单位：万元\n"
                 "项目 | 本报告期 | 上年同期 | 增减变动幅度（%）\n营业总收入 | 54,120.30 | 47,600.00 | 13.70\n"
                 "归属于母公司所有者的扣除非经常性损益的净利润 | 6,830.50 | 5,210.00 | 31.10\n",
                 "岳泓藥業2025年度業績快報\n\n岳泓藥業（688904）發布2025年度業績快報，主要財務數據如下：\n\n單位：萬元\n"
                 "項目 | 本報告期 | 上年同期 | 增減變動幅度（%）\n營業總收入 | 54,120.30 | 47,600.00 | 13.70\n"
                 "歸屬於母公司所有者的扣除非經常性損益的淨利潤 | 6,830.50 | 5,210.00 | 31.10\n"):
        records = fin(facts, text)
        revenue = one(records, metric="revenue", period="FY2025")
        assert float(revenue.amount) == 541.203 and revenue.yoy_pct == 13.7
        core = one(records, metric="net_profit_excl_nonrecurring", period="FY2025")
        assert float(core.amount) == 68.305 and core.yoy_pct == 31.1
        assert float(one(records, metric="net_profit_excl_nonrecurring", period="FY2024").amount) == 52.1


def test_cash_and_bank_balances_at_a_date_are_cash(facts):
    for text in ("Tamsin Pharma reported H1 2026 results. As at 30 June 2026, cash and bank balances amounted to RMB1,208.4 million.",
                 "泊远医药公布2026年中期业绩。于2026年6月30日，银行结余及现金为12.1亿元人民币。",
                 "泊遠醫藥公佈2026年中期業績。於2026年6月30日，銀行結餘及現金為12.1億元人民幣。"):
        (cash,) = [f for f in facts(text)["financials"] if f.metric == "cash"]
        assert cash.period == "2026-06-30" and float(cash.amount) in (1208.4, 1210.0)


def test_a_results_grid_of_months_ended_is_a_quarter_in_the_articles_currency(facts):
    text = ("May 7, 2026 -- Ostrel Therapeutics (Nasdaq: OSTL) reported first quarter results.\n"
            "Statements of Operations (in thousands)\n"
            "| | Three Months Ended March 31, 2026 | Three Months Ended March 31, 2025 |\n|---|---|---|\n"
            "| Product revenue, net | 18,400 | 9,950 |\n| Research and development | 30,020 | 27,400 |\n"
            "| Net loss | (21,300) | (25,120) |\n")
    got = {(f.metric, f.period, f.currency, float(f.amount)) for f in facts(text)["financials"]}
    assert ("revenue", "2026Q1", "USD", 18.4) in got and ("net_profit", "2025Q1", "USD", -25.12) in got
    assert ("rd_expense", "2026Q1", "USD", 30.02) in got
    chinese = ("2026年4月28日，沐川生物公布一季度业绩。\n单位：千元\n| | 2026年1-3月 | 2025年1-3月 |\n|---|---|---|\n"
               "| 营业收入 | 184,000 | 99,500 |\n")
    assert {f.currency for f in facts(chinese)["financials"]} == {"CNY"}


def test_a_loss_range_is_read_at_the_low_end_of_the_profit_however_it_is_written(facts):
    texts = ("岭泉医药发布2025年度业绩预告，预计2025年度归母净利润-4.5亿元至-3.8亿元。",
             "岭泉医药发布2025年度业绩预告，预计2025年度亏损3.8亿元至4.5亿元。",
             "嶺泉醫藥發布2025年度業績預告，預計2025年度歸母淨利潤虧損3.8億元至4.5億元。",
             "岭泉医药发布2025年度业绩预告，预计2025年度归母净利润亏损38,000万元至45,000万元。")
    for text in texts:
        found = [(f.period, f.metric, float(f.amount)) for f in facts(text)["financials"]]
        assert found == [("FY2025", "net_profit", -450.0)]


def test_a_loss_written_after_the_core_profit_is_its_sign_not_a_net_profit(facts):
    for text in ("岭泉医药发布2025年度业绩预告，预计2025年度归母净利润亏损3.1亿元，扣非净利润亏损3.6亿元。",
                 "嶺泉醫藥發布2025年度業績預告，預計2025年度歸母淨利潤虧損3.1億元，扣非淨利潤虧損3.6億元。"):
        found = {(f.metric, float(f.amount)) for f in facts(text)["financials"]}
        assert found == {("net_profit", -310.0), ("net_profit_excl_nonrecurring", -360.0)}


def test_a_loss_word_after_a_colon_signs_the_metric_before_it(facts):
    for text in ("汀溪生物医药股份有限公司\n2026年半年度业绩预告\n归属于上市公司股东的净利润：亏损6,200万元至7,400万元\n"
                 "扣除非经常性损益后的净利润：亏损8,100万元至9,300万元\n",
                 "汀溪生物醫藥股份有限公司\n2026年半年度業績預告\n歸屬於上市公司股東的淨利潤：虧損6,200萬元至7,400萬元\n"
                 "扣除非經常性損益後的淨利潤：虧損8,100萬元至9,300萬元\n"):
        found = {(f.period, f.metric, float(f.amount)) for f in facts(text)["financials"]}
        assert found == {("2026H1", "net_profit", -74.0), ("2026H1", "net_profit_excl_nonrecurring", -93.0)}


def test_a_range_of_losses_written_largest_last_or_reaching_a_profit_keeps_its_low_end(facts):
    text = "岭泉医药发布2025年度业绩预告，预计2025年度归母净利润为-3.8亿元至-4.5亿元。"
    assert [float(f.amount) for f in facts(text)["financials"]] == [-450.0]
    text = "岭泉医药发布2025年度业绩预告，预计2025年度归母净利润为-2,400万元至3,000万元。"
    assert [float(f.amount) for f in facts(text)["financials"]] == [-24.0]


def test_a_pipe_table_with_a_row_of_units_under_its_years_keeps_the_years_as_columns(facts):
    for text in ("澄禾生物科技有限公司\n（股份代號：2739）\n截至2026年6月30日止六個月之中期業績公告\n"
                 "| | 2026年 | 2025年 |\n| | 人民幣千元 | 人民幣千元 |\n| 收入 | 518,204 | 377,915 |\n",
                 "澄禾生物科技有限公司\n（股份代号：2739）\n截至2026年6月30日止六个月之中期业绩公告\n"
                 "| | 2026年 | 2025年 |\n| | 人民币千元 | 人民币千元 |\n| 收入 | 518,204 | 377,915 |\n"):
        found = {(f.period, f.metric, float(f.amount)) for f in facts(text)["financials"]}
        assert found == {("2026H1", "revenue", 518.204), ("2025H1", "revenue", 377.915)}


def test_span_headers_over_pairs_of_year_columns_give_each_pair_its_span(facts):
    text = ("November 5, 2026 -- Brannock Bio (Nasdaq: BRNK) reported results for the three and nine months ended "
            "September 30, 2026.\n"
            "Statements of Operations (in thousands)\n"
            "| | Three Months Ended September 30, | | Nine Months Ended September 30, | |\n"
            "| | 2026 | 2025 | 2026 | 2025 |\n"
            "| Collaboration revenue | 7,100 | 5,200 | 19,800 | 13,900 |\n"
            "| Net loss | (30,400) | (28,100) | (88,700) | (80,250) |\n")
    got = {(f.metric, f.period, float(f.amount)) for f in facts(text)["financials"]}
    assert {("revenue", "2026Q3", 7.1), ("revenue", "2025Q3", 5.2), ("revenue", "2026Q1-Q3", 19.8),
            ("net_profit", "2025Q1-Q3", -80.25)} <= got
    assert ("revenue", "2026Q1-Q3", 7.1) not in got


def test_a_statement_flattened_one_cell_a_line_under_span_headers(facts):
    text = ("Harrowgate Bio Reports Results\n\nHarrowgate Bio, Inc. (Nasdaq: HRWG) reported results for the three "
            "and six months ended June 30, 2027.\n\nStatements of Operations\n(in thousands)\n"
            "Three Months Ended June 30,\nSix Months Ended June 30,\n2027\n2026\n2027\n2026\n"
            "License revenue\n$ 4,810\n$ 2,050\n$ 9,300\n$ 3,975\n"
            "Research and development\n15,220\n13,900\n29,870\n27,010\n"
            "Net loss\n$ (12,040)\n$ (13,110)\n$ (23,400)\n$ (25,990)\n")
    got = {(f.metric, f.period, float(f.amount)) for f in facts(text)["financials"]}
    assert {("revenue", "2027Q2", 4.81), ("revenue", "2026Q2", 2.05), ("revenue", "2027H1", 9.3),
            ("rd_expense", "2026H1", 27.01), ("net_profit", "2027Q2", -12.04), ("net_profit", "2026H1", -25.99)} <= got


def test_revenue_from_a_source_is_no_comparison_with_a_prior_period(facts):
    text = ("Dunmore Pharma Limited (HKEX: 3377) announced on 21 August 2027 its results for the six months ended "
            "June 30, 2027. Revenue from product sales was RMB 86.2 million.")
    got = {(f.metric, f.period, float(f.amount)) for f in facts(text)["financials"]}
    assert ("revenue", "2027H1", 86.2) in got and ("revenue", "2026H1", 86.2) not in got


def test_revenue_of_a_named_product_is_that_products_not_the_companys_total(facts):
    text = ("Wexford Bio Reports Second Quarter 2027 Financial Results\n\n"
            "BOSTON, Aug. 5, 2027 -- Wexford Bio, Inc. (Nasdaq: WXFB) today reported financial results for the second "
            "quarter ended June 30, 2027.\n"
            "- Net product revenue of TAVLEXA was $41.3 million in the second quarter of 2027.\n"
            "- Total revenues were $47.9 million, compared with $30.2 million a year earlier.\n")
    got = {(f.metric, f.segment, f.period, float(f.amount)) for f in facts(text)["financials"]}
    assert ("revenue", None, "2027Q2", 47.9) in got and ("segment_revenue", "TAVLEXA", "2027Q2", 41.3) in got


def test_sales_of_a_product_described_before_its_name_are_that_products(facts):
    text = ("Tamworth Bio, Inc. (Nasdaq: TMWB) on Tuesday reported third-quarter 2027 revenue of $63.0 million, as "
            "sales of its migraine drug ORVELTA climbed to $52.4 million.")
    got = {(f.metric, f.segment, float(f.amount)) for f in facts(text)["financials"]}
    assert ("segment_revenue", "ORVELTA", 52.4) in got


def test_collaboration_or_license_revenue_is_the_companys_revenue_not_a_products(facts):
    text = ("Harlan Bio Reports Full Year 2027 Results\n\nBOSTON, March 2, 2028 -- Harlan Bio, Inc. (Nasdaq: HRLB) "
            "today reported results for the year ended December 31, 2027. License revenue was $8.4 million in 2027.")
    got = {(f.metric, f.segment, float(f.amount)) for f in facts(text)["financials"]}
    assert ("revenue", None, 8.4) in got


def test_cash_named_after_its_amount_is_the_cash_held(facts):
    text = ("Harlan Bio Reports Full Year 2027 Results\n\nBOSTON, March 2, 2028 -- Harlan Bio, Inc. (Nasdaq: HRLB) "
            "today reported results for the year ended December 31, 2027. Harlan Bio ended 2027 with $214.6 million "
            "in cash, cash equivalents and marketable securities.")
    got = {(f.metric, f.period, float(f.amount)) for f in facts(text)["financials"]}
    assert ("cash", "FY2027", 214.6) in got


def test_a_parts_amount_told_after_its_share_of_the_whole_is_the_parts_revenue(facts):
    zh = ("岭泽药业2025年半年报\n2025年8月25日,岭泽药业公布半年报,实现营业收入26.4亿元,同比增长12.0%;"
          "其中生物药收入占总收入的39%,达人民币10.3亿元,同比增长22.6%。")
    parts = [r for r in facts(zh)["financials"] if r.metric == "segment_revenue"]
    assert [(r.segment, float(r.amount), r.yoy_pct) for r in parts] == [("生物药", 1030.0, 22.6)]
    hant = ("澄霖製藥前三季業績\n2025年10月30日,澄霖製藥公布前三季度業績,營業收入為41.2億元。其中,境外業務收入佔營業收入比重約為31.5%,"
            "金額為12.98億元。")
    parts = [r for r in facts(hant)["financials"] if r.metric == "segment_revenue"]
    assert [float(r.amount) for r in parts] == [1298.0]


def test_a_products_sales_told_with_that_product_are_not_the_companys_revenue(facts):
    for text in ("岭峰药业集采中选\n2025年12月3日,岭峰药业股份有限公司公告,公司产品盐酸罗哌卡因注射液在集中带量采购中拟中选。"
                 "该产品2024年销售收入为1.8亿元,占公司营业收入的9.2%。",
                 "嶺峰藥業集採中選\n2025年12月3日,嶺峰藥業股份有限公司公告,公司產品鹽酸羅哌卡因注射液在集中帶量採購中擬中選。"
                 "該產品2024年銷售收入為1.8億元,佔公司營業收入的9.2%。"):
        assert not [r for r in facts(text)["financials"] if r.metric == "revenue"]


def test_a_parts_share_that_fell_to_a_level_before_its_amount_is_still_the_parts_revenue(facts):
    for text in ("澄岭医药中期业绩\n2025年8月22日,澄岭医药公布中期业绩,期内收益为人民币9.8亿元;其中,原料药收入占总收益的比例降至22%,为人民币2.2亿元。",
                 "澄嶺醫藥中期業績\n2025年8月22日,澄嶺醫藥公佈中期業績,期內收益為人民幣9.8億元;其中,原料藥收入佔總收益的比例降至22%,為人民幣2.2億元。"):
        parts = [r for r in facts(text)["financials"] if r.metric == "segment_revenue"]
        assert [float(r.amount) for r in parts] == [220.0]


def test_a_traditional_sales_segment_keeps_its_script(facts):
    text = "澄嶺醫藥中期業績\n2025年8月22日,澄嶺醫藥公佈中期業績,期內收益為人民幣9.8億元;其中,製劑銷售收入達人民幣6.1億元。"
    parts = [r for r in facts(text)["financials"] if r.metric == "segment_revenue"]
    assert [r.segment for r in parts] == ["製劑銷售"]


def test_a_year_written_only_for_the_comparison_does_not_date_the_next_figure(facts, one):
    records = fin(facts, "Quorvant Bio, a developer of antibody drugs, reported results for the nine months ended September 30, 2026.\n"
                         "Revenue for the nine months ended September 30, 2026 was $41.7 million, compared with $30.2 million for "
                         "the nine months ended September 30, 2025. Research and development expenses for the nine months were "
                         "$63.9 million.\n")
    assert one(records, metric="rd_expense").period == "2026Q1-Q3"
    hk = fin(facts, "Tianrui Biologics (HKEX: 3291), a developer of biologic drugs, announced interim results for the six "
                    "months ended 30 June 2026. For the six months ended 30 June 2026, revenue amounted to RMB702.6 million, "
                    "an increase of 11.4% over the corresponding period of 2025. Research and development expenses "
                    "amounted to RMB288.0 million.")
    assert one(hk, metric="rd_expense").period == "2026H1"


def test_product_and_collaboration_revenue_beside_the_total_do_not_replace_it(facts):
    text = ("Kestrel Peak Bio, a biotechnology company selling an antibody drug, reported second quarter 2026 results.\n"
            "Net product revenues for the second quarter of 2026 were $52.4 million. License revenue was $6.1 million. "
            "Total revenues were $58.5 million, an increase of 19% year over year.\n")
    got = {(f.metric, f.period): float(f.amount) for f in facts(text)["financials"]}
    assert got[("revenue", "2026Q2")] == 58.5 and got[("product_revenue", "2026Q2")] == 52.4
    assert 6.1 not in got.values()
    alone = ("Marlow Ridge Therapeutics, a developer of gene therapies, reported third quarter 2026 results. "
             "Collaboration revenue was $2.7 million for the third quarter of 2026.")
    assert {(f.metric, float(f.amount)) for f in facts(alone)["financials"]} == {("revenue", 2.7)}


def test_each_year_column_under_a_wrapped_span_header_is_its_own_quarter(facts):
    text = ("Halvard Bio, Inc., a clinical-stage biotechnology company developing antibody drugs, reported results for "
            "the quarter ended June 30, 2027.\nCondensed Statements of Operations\n(in thousands)\n"
            "Three Months Ended June 30,\n2027 2026\nRevenue $ 3,410 $ 2,980\nResearch and development 51,200 44,870\n"
            "Net loss $ (61,030) $ (52,440)\n")
    got = {(f.metric, f.period): float(f.amount) for f in facts(text)["financials"]}
    assert got[("rd_expense", "2026Q2")] == 44.87 and got[("net_profit", "2026Q2")] == -52.44
    assert got[("rd_expense", "2027Q2")] == 51.2


def test_a_prior_loss_compared_with_the_loss_word_alone_is_the_prior_years(facts, one):
    records = fin(facts, "Yarrow Bio Limited (HKEX: 2935), a biotechnology company developing cancer drugs, announced "
                         "annual results. For the year ended 31 December 2026, revenue was RMB310.4 million. Loss for the year "
                         "amounted to RMB188.9 million, as compared to a loss of RMB240.3 million in 2025.")
    assert one(records, metric="net_profit", period="FY2025").amount == Decimal("-240.3")


def test_a_hong_kong_profit_warning_for_a_closed_year_reports_its_figure(facts):
    zh = ("2026年2月3日，创新药企澄屿生物（9xxx.HK）发布盈利预警公告，预期截至2025年12月31日止年度录得净亏损约"
          "人民币4.4亿元至4.9亿元，主要由于CY-12的III期临床研发开支增加。")
    zht = ("2026年2月3日，創新藥企澄嶼生物（9xxx.HK）發盈喜，預期截至2025年12月31日止年度錄得純利約人民幣1.3億元，"
           "主要由於抗腫瘤藥物CY-12銷售增長。")
    assert [(r.period, r.metric, r.amount) for r in facts(zh)["financials"]] == [("FY2025", "net_profit", -490)]
    assert [(r.period, r.metric, r.amount) for r in facts(zht)["financials"]] == [("FY2025", "net_profit", 130)]


def test_a_change_written_after_the_compared_figure_is_the_current_figures_yoy(facts, one):
    text = ("Brennock Bio Reports Second Quarter 2026 Results\n\nBrennock Bio today reported results for the quarter "
            "ended June 30, 2026. Total revenue was $1,204.6 million for the second quarter of 2026, compared to "
            "$903.1 million for the same period in 2025, an increase of 33%.")
    record = one(facts(text)["financials"], period="2026Q2", metric="revenue")
    assert (record.amount, record.yoy_pct) == (Decimal("1204.6"), 33)
    assert one(facts(text)["financials"], period="2025Q2", metric="revenue").yoy_pct is None
    text = ("岭川生物发布2026年半年度报告\n\n岭川生物8月18日晚间发布半年报，2026年上半年实现营业收入4.6亿元，"
            "上年同期为3.1亿元，同比增长48.4%。公司核心产品LC-22为ADC药物。")
    assert one(facts(text)["financials"], period="2026H1", metric="revenue").yoy_pct == 48.4


def test_the_prior_period_of_a_compared_figure_does_not_carry_past_a_semicolon(facts, one):
    text = ("岭川生物发布2026年半年度报告\n\n岭川生物8月18日晚间发布半年报，2026年上半年实现营业收入4.6亿元，"
            "上年同期为3.1亿元，同比增长48.4%；归母净利润亏损0.9亿元，研发费用1.7亿元。公司核心产品LC-22为ADC药物。")
    records = fin(facts, text)
    assert one(records, metric="net_profit").period == "2026H1"
    assert one(records, metric="rd_expense").period == "2026H1"


def test_how_long_cash_lasts_is_no_period_of_the_figures_after_it(facts):
    en = ("Marlow Bio Reports Second Quarter 2026 Financial Results\n"
          "Cash and cash equivalents were $141.0 million, expected to fund operations into the second half of 2028. "
          "Research and development expenses were $19.6 million for the quarter, compared to $15.2 million for the "
          "same period in 2025.")
    zh = ("岭澄生物公布2026年第二季度业绩\n"
          "公司现金及现金等价物为12.3亿元,预计可支持公司运营至2028年下半年。本季度研发费用为2.6亿元,上年同期为2.2亿元。")
    zht = ("嶺澄生物公佈2026年第二季度業績\n"
           "公司現金及現金等價物為12.3億元,預計可支持公司運營至2028年下半年。本季度研發費用為2.6億元,上年同期為2.2億元。")
    for text in (en, zh, zht):
        rd = {r.period for r in facts(text)["financials"] if r.metric == "rd_expense"}
        assert rd == {"2026Q2", "2025Q2"}


def test_results_of_an_issuer_listed_with_the_biotech_marker_are_read_though_its_name_has_no_trade_word(facts):
    for text in ("澄羽-B(2231.HK)发布公告,截至2025年12月31日止年度,集团收入约人民币4.12亿元,按年增长22.5%;研发开支约人民币3.05亿元。",
                 "澄羽-B(2231.HK)發佈公告,截至2025年12月31日止年度,集團收入約人民幣4.12億元,按年增長22.5%;研發開支約人民幣3.05億元。"):
        rows = {f.metric: f for f in facts(text)["financials"]}
        assert (float(rows["revenue"].amount), rows["revenue"].yoy_pct, rows["revenue"].period) == (412.0, 22.5, "FY2025")


def test_a_change_on_an_earlier_year_and_the_pcp_leave_the_year_reported_on(facts, one):
    records = fin(facts, "Tallawong Biotech Ltd (ASX: TWB) posted revenue of A$21.7 million for FY26, up 18% on FY25. "
                         "Net loss after tax was A$6.3 million. Revenue for the pcp was A$18.4 million. Its antibody "
                         "program entered a Phase 2 trial.")
    assert one(records, metric="net_profit").period == "FY2026"
    assert one(records, metric="revenue", period="FY2025").amount == Decimal("18.4")
    assert one(records, metric="revenue", period="FY2026").yoy_pct == 18


def test_quarters_named_by_their_last_month_by_a_fiscal_years_two_digits_or_ended_day_first(facts, one):
    records = fin(facts, "Perth, 28 January 2027 -- Yarrabee Pharma Ltd (ASX: YBP) posted revenue of A$4.6 million for "
                         "the December quarter, up 12% on the September quarter. Revenue in Q2 FY27 was the highest yet, "
                         "and revenue in H1 FY26 was A$7.9 million. Its antibody entered a Phase 2 trial.")
    assert one(records, metric="revenue", amount=Decimal("4.6")).period == "2026Q4"
    assert one(records, metric="revenue", amount=Decimal("7.9")).period == "2026H1"
    records = fin(facts, "Yarrabee Pharma Ltd (ASX: YBP) said revenue for the quarter ended 31 March 2027 was "
                         "A$5.2 million. Its antibody entered a Phase 2 trial.")
    assert one(records, metric="revenue").period == "2027Q1"
    assert fin(facts, "Yarrabee Pharma Ltd said its revenue in Q3 FY27 was A$2.2 million. Its antibody is in "
                      "a Phase 2 trial.")[0].period == "2027Q3"


def test_cash_at_bank_term_deposits_and_a_quarter_ended_with_cash_are_cash(facts, one):
    records = fin(facts, "Murrumba Bio Ltd (ASX: MRB) held cash at bank of A$14.8 million at 31 March 2026. "
                         "Its antibody entered a Phase 2 trial.")
    assert one(records, metric="cash").amount == Decimal("14.8")
    records = fin(facts, "Murrumba Bio Ltd reported results for the second quarter of 2026. The company ended the "
                         "quarter with cash of $52.3 million. Its antibody entered a Phase 2 trial.")
    assert one(records, metric="cash").amount == Decimal("52.3")
    records = fin(facts, "Murrumba Bio Ltd (ASX: MRB) had cash and term deposits of A$9.4 million at 30 June 2026. "
                         "Its antibody entered a Phase 2 trial.")
    assert one(records, metric="cash").amount == Decimal("9.4")


def test_each_balance_takes_the_date_written_right_after_it(facts, one):
    records = fin(facts, "Wirrina Therapeutics Ltd (ASX: WRT) held cash reserves of A$8.2 million at 31 March 2026 and "
                         "cash reserves of A$26.9 million at 30 June 2026, after its placement. Its antibody entered a "
                         "Phase 2 trial.")
    assert one(records, metric="cash", period="2026-03-31").amount == Decimal("8.2")
    assert one(records, metric="cash", period="2026-06-30").amount == Decimal("26.9")


def test_a_prior_periods_figure_in_brackets_leaves_the_period_reported_on(facts, one):
    records = fin(facts, "Lorient Biotherapies SA reported half-year 2027 results. Revenue was EUR 6.4 million "
                         "(H1 2026: EUR 3.9 million). Net loss was EUR 11.2 million. Its antibody entered a Phase 2 trial.")
    assert one(records, metric="revenue", amount=Decimal("6.4")).period == "2027H1"
    assert one(records, metric="net_profit").period == "2027H1"
    for text in ("澜屿药业公布业绩，2027年上半年收入为8.3亿元（2026年上半年：6.1亿元），净利润为1.2亿元。创新药进入临床。",
                 "瀾嶼藥業公布業績，2027年上半年收入為8.3億元（2026年上半年：6.1億元），淨利潤為1.2億元。創新藥進入臨床。"):
        assert one(fin(facts, text), metric="net_profit").period == "2027H1", text


def test_a_months_revenue_is_not_the_quarters_a_headline_names(facts):
    for text in ("泰和生技8月營收年增三成 第二季EPS 0.35元\n工商時報 2026-09-08\n"
                 "泰和生技(4133)8月合併營收9,860萬元，年增30.4%；第二季營收2.75億元，年增12.6%。",
                 "泰和生技8月营收年增三成 第二季EPS 0.35元\n工商时报 2026-09-08\n"
                 "泰和生技(4133)8月合并营收9,860万元，年增30.4%；第二季营收2.75亿元，年增12.6%。"):
        revenue = [(r.period, float(r.amount), r.yoy_pct) for r in facts(text)["financials"] if r.metric == "revenue"]
        assert revenue == [("2026Q2", 275.0, 12.6)], text


def test_a_bare_yuan_takes_the_currency_its_sentence_named_before_it(facts):
    for text in ("鼎越醫藥-B公布中期業績\n港股新聞 2026年8月20日\n"
                 "鼎越醫藥-B(02688)公布截至6月底止中期業績，股東應佔虧損2.04億元人民幣，去年同期虧損2.87億元。不派中期息。",
                 "鼎越医药-B公布中期业绩\n港股新闻 2026年8月20日\n"
                 "鼎越医药-B(02688)公布截至6月底止中期业绩，股东应占亏损2.04亿元人民币，去年同期亏损2.87亿元。不派中期息。"):
        losses = {r.period: (float(r.amount), r.currency) for r in facts(text)["financials"] if r.metric == "net_profit"}
        assert losses == {"2026H1": (-204.0, "CNY"), "2025H1": (-287.0, "CNY")}, text


def test_a_hong_kong_profit_alert_worded_with_expects_and_no_year_in_its_dateline_reports_the_closed_half(facts):
    for text in ("泰恒药业-B(02731)发正面盈利预告\n格隆汇8月2日丨泰恒药业-B(02731.HK)公告，预期截至2026年6月30日止六个月"
                 "取得净利润不少于0.9亿元人民币，而去年同期录得净亏损约1.3亿元人民币。",
                 "泰恆藥業-B(02731)發正面盈利預告\n格隆匯8月2日丨泰恆藥業-B(02731.HK)公告，預期截至2026年6月30日止六個月"
                 "取得淨利潤不少於0.9億元人民幣，而去年同期錄得淨虧損約1.3億元人民幣。"):
        profits = {r.period: float(r.amount) for r in facts(text)["financials"] if r.metric == "net_profit"}
        assert profits == {"2026H1": 90.0, "2025H1": -130.0}, text


def test_a_taiwan_results_story_in_simplified_script_is_in_taiwan_dollars(facts):
    text = ("岳康生技前三季每股亏损1.6元\n工商时报 2026-11-13\n"
            "岳康生技(6588)公布第三季财报，第三季营业收入3,150万元，年减22%，税后亏损9,800万元，每股亏损0.61元。")
    figures = {(r.period, r.metric): r.currency for r in facts(text)["financials"]}
    assert figures == {("2026Q3", "revenue"): "TWD", ("2026Q3", "net_profit"): "TWD"}


def test_a_card_whose_key_is_the_cash_balance_records_it_but_cash_in_prose_does_not(facts, one):
    card = fin(facts, "Quarterly snapshot\n\nOrtella Bio (NASDAQ: ORTB) reported Phase 1 data for OB-12 in lymphoma.\n"
                      "• Cash: $86.4 million as of June 30, 2026\n• 现金：人民币3.2亿元（截至2026年6月30日）\n")
    assert one(card, amount=Decimal("86.4")).metric == "cash" and one(card, amount=Decimal("86.4")).period == "2026-06-30"
    prose = fin(facts, "Ortella Bio licensed OB-12 to Hartwell Pharma, receiving $20 million in cash upfront, as of June 30, 2026.")
    assert prose == []


def test_a_balance_held_told_after_its_amount_as_cash_and_equivalents_or_in_cash(facts):
    for text in ("Quarry Bio reported a net loss of $8.6 million for the first quarter of 2026. The company ended the "
                 "quarter with $41.5 million in cash and equivalents.",
                 "Quarry Bio reported a net loss of $8.6 million for the first quarter of 2026 and ended March with about "
                 "$41.5 million in cash."):
        cash = [r for r in facts(text)["financials"] if r.metric == "cash"]
        assert [float(r.amount) for r in cash] == [41.5], text
    sale = facts("Halvern agreed to buy Quarry Bio for $5.00 per share, or $41.5 million in cash.")["financials"]
    assert [r for r in sale if r.metric == "cash"] == []


def test_a_bracketed_span_of_months_after_the_period_keeps_the_figure_with_its_metric(facts):
    text = ("Hidaka Yakuhin K.K. said revenue for the second quarter of fiscal 2026 (July-September 2026) rose 4.8% "
            "to ¥61.2 billion.")
    [record] = facts(text)["financials"]
    assert (record.metric, record.period, float(record.amount), record.currency) == ("revenue", "2026Q2", 61200.0, "JPY")


def test_an_analyst_estimate_of_a_companys_revenue_is_no_result(facts):
    for text in ("Analysts expect Marden Pharma to post 2026 revenue of $3.1 billion, according to consensus figures.",
                 "券商预估马登制药2026年营业收入约为31亿元。",
                 "券商預估馬登製藥2026年營業收入約為31億元。"):
        assert facts(text)["financials"] == [], text
    beat = facts("Marden Pharma's revenue for 2025 was $2.8 billion, ahead of the $2.7 billion analysts had expected.")
    assert [(r.metric, float(r.amount)) for r in beat["financials"]] == [("revenue", 2800.0)]


def test_a_quarter_alone_takes_the_last_quarter_closed_by_the_publication_month(facts, one):
    records = fin(facts, "2026年8月\n泽川药业单季营业收入3.4亿元，同比增长6.1%。公司创新药获批临床。")
    assert one(records, metric="revenue").period == "2026Q2"
