from pharmalens.documents.lines import repair_lines
from pharmalens.documents.splitting import split_articles


def test_a_word_broken_by_page_layout_is_joined_and_maps_back():
    text = "2024年5月，公司与欧洲药企签署授权许\n\n可商业化协议，首付款最高至1.2亿美元。\n\n短标题\n\n正文第一句。"
    mapped = repair_lines(text)
    assert "签署授权许可商业化协议" in mapped.text
    assert "短标题\n" in mapped.text
    i = mapped.text.index("许可")
    s, e = mapped.source_span(i, i + 2)
    assert text[s:e] == "许\n\n可"


def test_a_dated_byline_under_a_headline_stays_its_own_line_and_a_broken_date_still_joins():
    page = "瑞霖的两条路,以及新公司的诞生\n医药资讯 某周刊 2026-04-02 118\n\n正文第一句。"
    assert "诞生\n医药资讯" in repair_lines(page).text
    assert "诞生\n" in repair_lines("瑞霖的两条路,以及新公司的诞生\n编辑 林晓 09:42\n正文。").text
    broken = "公司公告称,岳霖生技已于\n2026年4月2日完成对一家制剂厂的收购。"
    assert "已于2026年4月2日完成" in repair_lines(broken).text


def test_english_hyphenless_break_joins_only_lowercase_continuations():
    mapped = repair_lines("The company will receive an upfront\npayment of $20 million.\nNext Heading")
    assert "upfront payment" in mapped.text and "\nNext Heading" in mapped.text


def test_an_english_comma_before_a_broken_line_keeps_its_space_unless_it_parts_one_number():
    assert "ended June 30, 2027 was" in repair_lines("Its net loss for the six months ended June 30,\n2027 was large.").text
    assert "收入为1,204,318.55元" in repair_lines("报告期内公司营业收入为1,204,\n318.55元，同比增长。").text


def test_newspaper_page_with_two_bylined_articles_splits_in_two():
    page = ("制药公司签约出海\n\n某某制药公告称，公司与合作方签署许可协议。\n\n● 本报记者 张三\n\n正文继续。\n\n"
            "电池企业扩产\n\n● 本报记者 李四\n\n某电池公司宣布扩建工厂。")
    spans = split_articles(page)
    assert len(spans) == 2
    assert page[spans[1][0]:].startswith("电池企业扩产")


def test_page_furniture_and_adverts_are_not_articles():
    page = ("标题\n正文很长的一段话，讲述了一笔交易。\nPrevious page\nNext\nRelated News\n")
    assert len(split_articles(page)) == 1
    assert "Previous" not in page[slice(*split_articles(page)[0])]
    ad = "正文结束了。\n下期预告：圆桌第十期\n扫描海报二维码，免费预约！"
    start, end = split_articles(ad)[0]
    assert ad[start:end] == "正文结束了。"


def test_a_digest_page_splits_at_each_item_dated_with_its_source_and_one_dateline_does_not():
    page = ("March 4, 2026 - Harbor Wire\nQuellmark signs a lutetium supply deal with Orvane.\n"
            "It covers five years.\nMarch 2, 2026 - Biotech Daily\nTessine raises $40 million in a Series B round.\n"
            "2026-03-01 | 医药观察\n澄江生物宣布完成B轮融资。\n")
    spans = split_articles(page)
    assert [page[s:e].split("\n")[1][:9] for s, e in spans] == ["Quellmark", "Tessine r", "澄江生物宣布完成B"]
    single = "March 4, 2026 - Harbor Wire\nQuellmark signs a supply deal.\nIt covers five years.\n"
    assert len(split_articles(single)) == 1


def test_a_card_of_fields_keeps_one_field_a_line_and_a_broken_sentence_still_joins():
    card = "申報日期：2026/03/02\n公司代號：4417\n公司名稱：沐岩生醫\n主旨：本公司取得新藥專利"
    assert repair_lines(card).text == card
    english = "Filing date: 2026-03-02\nCompany name: Stonebrook Bio\nSubject: patent granted"
    assert repair_lines(english).text == english
    wrapped = "說明：本公司與合作夥伴簽署\n授權合約，簽約金一億元。"
    assert "簽署授權合約" in repair_lines(wrapped).text


def test_a_headline_with_a_colon_over_a_blank_line_is_not_joined_to_the_body_and_a_broken_clause_is():
    page = "核药扩产：澄溪药业绵阳基地投产\n\n新华社讯 2026年3月2日，澄溪药业绵阳基地正式投产。"
    assert "投产\n\n新华社讯" in repair_lines(page).text
    broken = "澄溪药业表示，该基地将于2026年\n\n第二季度投入运营。"
    assert "2026年第二季度" in repair_lines(broken).text


def test_a_dateline_with_its_source_is_no_title():
    from pharmalens.documents.articles import read_articles
    from pharmalens.sources.files import SourceFile
    page = "2026-03-02 20:15  来源：新华社\n\n澄溪药业绵阳核药基地投产 年产能12万人份\n\n正文。"
    article = read_articles(SourceFile("p.txt", "p.txt", ".txt", page.encode()))[0]
    assert article.document.title == "澄溪药业绵阳核药基地投产 年产能12万人份"


def test_a_headline_in_chinese_characters_only_is_the_title_in_both_scripts():
    from pharmalens.documents.articles import read_articles
    from pharmalens.sources.files import SourceFile
    for head in ("衡川医药与泊远生物签署授权协议", "衡川醫藥與泊遠生物簽署授權協議"):
        page = f"{head}\n\n2026年5月6日，衡川医药宣布与泊远生物达成合作。"
        article = read_articles(SourceFile("p.txt", "p.txt", ".txt", page.encode()))[0]
        assert article.document.title == head
    rule = read_articles(SourceFile("p.txt", "p.txt", ".txt", "——————\n衡川医药公告\n\n正文。".encode()))[0]
    assert rule.document.title == "衡川医药公告"


def _title_of(page: str) -> str:
    from pharmalens.documents.articles import read_articles
    from pharmalens.sources.files import SourceFile
    return read_articles(SourceFile("p.txt", "p.txt", ".txt", page.encode()))[0].document.title


def test_the_title_skips_credits_captions_menus_and_the_issuer_block_of_an_announcement():
    credits = "文 | 澄江研究\n编辑｜林舟\n（图片来源：网络）\n衡川医药牵手泊远生物 核药出海再下一城\n\n正文。"
    assert _title_of(credits) == "衡川医药牵手泊远生物 核药出海再下一城"
    menu = "首页 行业资讯 研发追踪 政策法规\n泊遠生物上半年營收增長三成\n\n正文。"
    assert _title_of(menu) == "泊遠生物上半年營收增長三成"
    notice = ("香港交易及結算所有限公司對本公告的內容概不負責。\n\n衡川醫藥控股有限公司\nHENGCHUAN PHARMA HOLDINGS LIMITED\n"
              "（股份代號：9990）\n\n自願公告\n與泊遠生物訂立獨家許可協議\n\n董事會欣然宣佈。")
    assert _title_of(notice) == "與泊遠生物訂立獨家許可協議"
    english = "Hengchuan Pharma Ltd.\nVoluntary Announcement\nLicence Agreement with Boyuan Bio for HC-301\n\nThe Board..."
    assert _title_of(english) == "Licence Agreement with Boyuan Bio for HC-301"


def test_a_lede_without_a_headline_still_titles_the_article_by_its_first_sentence():
    assert _title_of("衡川医药今日宣布，与泊远生物达成授权合作。首付款为1亿元。") == "衡川医药今日宣布，与泊远生物达成授权合作。"


def test_a_pages_time_and_source_stamp_over_the_article_is_not_joined_to_its_first_line():
    for page in ("2026-05-07 14:30 来源：新药观察\n沐川生物宣布以3亿元收购岚屿医药全部股权。\n",
                 "2026/05/07 14:30 來源：新藥觀察\n沐川生物宣布以3億元收購嵐嶼醫藥全部股權。\n",
                 "May 7, 2026 | Source: Pharma Wire\nHarlow Bio agreed to buy Fenwick\nTherapeutics for $300 million.\n"):
        lines = repair_lines(page).text.split("\n")
        assert lines[0] == page.split("\n")[0]
    wrapped = "沐川生物于2026年5月7日与岚屿医药及其全体股东正式签署\n收购协议，交易总额3亿元。\n"
    assert "签署收购协议" in repair_lines(wrapped).text


def test_a_field_line_holding_a_code_or_date_is_not_joined_with_the_line_after_it():
    for head in ("證券代碼：4173\n", "证券代码:300912\n", "發言日期：114/10/02\n"):
        text = head + "晴川生醫股份有限公司 重大訊息公告\n主旨：本公司新藥獲准進行臨床試驗"
        assert head in repair_lines(text).text
    broken = "主要内容：公司将其抗体\n授权予合作方。"
    assert "抗体授权予" in repair_lines(broken).text


def test_a_headline_is_not_joined_to_the_dated_first_sentence_under_it():
    for text in ("锶-89产能突破：岭同核素完成首批靶件辐照\n2026年8月4日，岭同核素宣布新产线投运。",
                 "鍶-89產能突破：嶺同核素完成首批靶件輻照\n2026年8月4日（週二），嶺同核素宣布新產線投運。"):
        assert "辐照\n" in repair_lines(text).text or "輻照\n" in repair_lines(text).text
    broken = "公司公告称,岭同核素已于\n2026年8月4日，完成产线验收。"
    assert "已于2026年8月4日" in repair_lines(broken).text


def test_a_header_line_of_several_fields_is_not_joined_with_the_title_under_it():
    for text in ("证券代码：688418 证券简称：岷衡生物\n岷衡生物2026年第一季度报告",
                 "證券代碼：688418　證券簡稱：岷衡生物\n岷衡生物2026年第一季度報告"):
        assert "生物\n岷衡" in repair_lines(text).text


def test_a_sites_section_name_over_the_story_is_no_title_in_either_script():
    english = "Latest News\n\nHalden Bio Opens Ac-225 Line in Ohio\n\nHalden Bio said on Monday its new line is running."
    assert _title_of(english) == "Halden Bio Opens Ac-225 Line in Ohio"
    for section, head in (("要闻", "泊远生物上半年营收增长三成"), ("要聞", "泊遠生物上半年營收增長三成"),
                          ("行業動態", "衡川醫藥與泊遠生物簽署授權協議")):
        assert _title_of(f"{section}\n\n{head}\n\n正文第一句。") == head
    assert _title_of("Pharma News Roundup for May\n\nBody.") == "Pharma News Roundup for May"  # a headline, not a section
