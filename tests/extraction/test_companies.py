from hypothesis import given, settings, strategies as st

from pharmalens.extraction.companies import find_companies
from pharmalens.extraction.lexicon import Entry, Lexicon
from pharmalens.documents.articles import read_articles
from pharmalens.extraction.pipeline import extract_article
from pharmalens.sources.files import SourceFile

LEXICON = Lexicon([Entry("company", "Novartis", ["Novartis", "诺华"], {"kind": "pharma", "country": "CH"}),
                   Entry("company", "Sinotau", ["Sinotau", "先通医药", "Xiantong Pharmaceutical"], {"kind": "biotech", "country": "CN"})])


def names(text):
    return [(m.name, m.provisional) for m in find_companies(text, LEXICON)]


def test_lexicon_names_in_both_languages_resolve_to_one_company():
    assert names("诺华与先通医药签约；Xiantong Pharmaceutical and Novartis") == [
        ("Novartis", False), ("Sinotau", False), ("Sinotau", False), ("Novartis", False)]


def test_unknown_companies_found_from_titles_and_suffixes():
    found = names("——国通新药首席运营官白戈、冷杉溪资本执行董事程超及晶核生物BD副总裁赵寰瑜")
    assert [n for n, _ in found] == ["国通新药", "冷杉溪资本", "晶核生物"]
    assert all(p for _, p in found)


def test_a_name_before_a_government_body_s_head_word_is_no_company():
    text = ("Velmont Biotherapeutics said its Hangzhou plant passed an inspection by the Zhejiang Medical Products "
            "Administration. The Zhejiang Medical team also audited the site; Singapore's Health Sciences Authority "
            "cleared the batch.")
    assert names(text) == [("Velmont Biotherapeutics", True)]


def test_a_headline_s_short_form_and_the_body_s_full_name_are_one_company():
    text = ("Tarvella Pharma to buy isotope startup Quenlix for 900 million yuan\n\n"
            "Tarvella Pharma said it will acquire Suzhou Quenlix Isotope Technology for 900 million yuan. "
            "Brightwater-backed Morvanta Bio licensed its ADC to Orlen Therapeutics; Morvanta Biologics gets $30 million.")
    found = {(m.surface, m.name) for m in find_companies(text, LEXICON)}
    assert ("Quenlix", "Suzhou Quenlix Isotope Technology") in found
    assert ("Morvanta Bio", "Morvanta Biologics") in found and not any("Brightwater" in s for s, _ in found)
    assert len({n for _, n in found}) == 4


def test_shares_of_a_company_are_not_part_of_its_name():
    text = "Shares of Corrow Medicine fell 9% after the FDA declined to approve CRW-7. Stock of Felden Therapeutics rose."
    assert names(text) == [("Corrow Medicine", True), ("Felden Therapeutics", True)]


def test_a_bracketed_chinese_name_after_a_legal_form_is_the_same_company():
    for form in ("Co.", "Co., Ltd."):
        text = (f"Taipei (CNA) Torvan Biotech {form} (托凡生技, 6733) said it licensed TV-12 to U.S.-based Merrow "
                "Therapeutics.")
        found = {(m.surface, m.name) for m in find_companies(text, LEXICON)}
        assert ("托凡生技", "Torvan Biotech") in found and len({n for _, n in found}) == 2, form


def test_english_provisional_names_keep_their_full_form():
    mentions = find_companies("Among them, China Isotope & Radiation Corporation and Kestrel Oncology Ltd. reported", LEXICON)
    assert [(m.name, m.surface, m.provisional) for m in mentions] == [
        ("China Isotope & Radiation", "China Isotope & Radiation Corporation", True),
        ("Kestrel Oncology", "Kestrel Oncology Ltd.", True)]


def test_a_legal_name_then_a_short_name_is_one_company():
    found = names("华曦生物科技股份有限公司公告称，华曦将获得首付款。")
    assert {n for n, _ in found} == {"华曦"}
    assert len(found) == 2


def _repeated(unit: str, size: int) -> str:
    return unit * (size // len(unit.encode()) + 1)


def test_a_defined_term_repeated_through_64_kb_is_every_use_one_company():
    from pharmalens.model.budget import budget
    unit = "Corvina Therapeutics, Inc.（下称“Corvina”）与诺华签署协议，Corvina将支付首付款1000万美元。\n"
    text = _repeated(unit, 64_000)
    with budget(seconds=20):  # the quadratic version took over five minutes here
        mentions = find_companies(text, LEXICON)
    corvina = [m for m in mentions if m.surface == "Corvina"]
    assert len(corvina) == text.count("“Corvina”") + text.count("，Corvina将")
    assert {m.name for m in corvina} == {"Corvina Therapeutics"}


def test_many_legal_names_with_short_names_through_64_kb_stay_linear():
    from pharmalens.model.budget import budget
    unit = "Kestrel Oncology Ltd. and 澜沧核药股份有限公司 signed; Kestrel and 澜沧核药 said the deal closed. "
    text = _repeated(unit, 64_000)
    with budget(seconds=20):
        mentions = find_companies(text, LEXICON)
    assert sum(m.surface == "Kestrel" for m in mentions) == text.count("; Kestrel and")
    assert {m.name for m in mentions if m.surface in ("Kestrel", "Kestrel Oncology Ltd.")} == {"Kestrel Oncology"}
    assert sum(m.surface == "澜沧核药" for m in mentions) == text.count("and 澜沧核药 said")


def test_a_company_found_once_by_its_context_is_found_wherever_its_name_recurs():
    found = find_companies("启衡生物拟收购澜沧核药51%股权。数据显示,澜沧核药去年营收2.6亿元,而澜沧核药主要从事核药研发。", LEXICON)
    assert [m.surface for m in found].count("澜沧核药") == 3
    assert len({m.name for m in found if m.surface == "澜沧核药"}) == 1


LINE_ENDS = ["Phase I", "Phase II", "in Phase I", "LNM-101 Phase I", "2026年3月4日", "Lu-177 PSMA", "Pipeline",
             "Tidewater Oncology Inc.", "澜沧核药", "approval of LNM-7 for", "a deal worth", "I", "US"]
NAMES = ["Lancang Nuclear Medicine", "Lancang Nuclear Medicine Co., Ltd.", "Orrin Therapeutics Inc.",
         "BRIGHTWATER BIO", "Kestrel Radiopharma", "云杉核药股份有限公司", "Alder Isotopes AG"]
TAILS = [" announced a licence with Orrin Bio Inc. for $20 million upfront.", " licensed LNM-7 to Orrin Bio Inc.",
         " and Orrin Bio Inc. signed a collaboration for LNM-7.", "与Orrin Bio签署许可协议，首付款2000万美元。",
         " (HKEX: 2552) raised $50 million in a Series B."]


@given(st.lists(st.tuples(st.sampled_from(LINE_ENDS), st.sampled_from(["\n", "\n\n", " \n", "\r\n"]),
                          st.sampled_from(NAMES), st.sampled_from(TAILS)), min_size=1, max_size=3))
@settings(max_examples=60, deadline=None)
def test_company_names_do_not_run_across_a_line_break(parts):
    text = "News of the week\n\n" + "".join(f"{end}{brk}{name}{tail}\n" for end, brk, name, tail in parts)
    source = SourceFile(path="week.txt", name="week.txt", suffix=".txt", data=text.encode("utf-8"))
    extracted = extract_article(read_articles(source)[0])
    for mention in extracted.companies:
        assert "\n" not in mention.surface and "\n" not in mention.name, mention
    for record in (r for rs in extracted.records.values() for r in rs):
        for field in ("company", "licensor", "licensee"):
            assert "\n" not in (getattr(record, field, None) or ""), (field, record)


def _names(text):
    from pharmalens.extraction.companies import find_companies
    from pharmalens.extraction.lexicon import default_lexicon
    return {m.name for m in find_companies(text, default_lexicon())}


def test_a_long_run_before_a_trade_word_keeps_the_name_the_last_place_opens():
    assert "杭州远帆星生物医药" in _names("青禾集团以2亿元人民币增持杭州远帆星生物医药科技20%股权。")
    assert "上海翠屿生技" in _names("宣布收购中国上海翠屿生技位于上海的营运资产。")


def test_a_name_with_its_latin_abbreviation_in_brackets_is_a_company_however_plain_its_words():
    from pharmalens.documents.articles import read_articles
    from pharmalens.extraction.context import Context
    from pharmalens.extraction.lexicon import default_lexicon
    assert "华南生物制造公司" in _names("为深化与华南生物制造公司（SBMC）合作，青禾医药拟认购SBMC新股。")
    text = "為深化與華南生物製造公司（SBMC）合作，青禾醫藥擬認購SBMC新股。"
    article = read_articles(SourceFile("t.txt", "t.txt", ".txt", text.encode()))[0]
    mentions = Context(article, default_lexicon()).companies
    assert [m.surface for m in mentions if m.surface in ("華南生物製造公司", "SBMC")] == ["華南生物製造公司", "SBMC", "SBMC"]


def test_a_name_before_a_company_act_is_a_company():
    assert "远帆医药" in _names("公司收到远帆医药支付的300万美元里程碑付款。")
    assert "云岭生命科学" in _names("公司公告称其子公司云岭生命科学申报的QX-1注射液获受理。")


def test_a_name_written_with_its_legal_form_is_a_company_whatever_words_it_is_made_of():
    assert {"Harbour Escrow Services", "Isotope Trading"} <= _names(
        "Quorvane Bio signed the merger agreement with Harbour Escrow Services LLC, and Isotope Trading JSC "
        "distributes its products.")
    assert "The Northgate Lemford Group (Asia)" in _names("基石投资者包括投资机构The Northgate Lemford Group (Asia) Limited。")
    assert not _names("The Time Limited offer ends today.") & {"Time", "The Time"}


def test_a_name_listed_among_known_companies_is_a_company():
    zh = "据统计，辉瑞的合作方包括恒瑞医药、百济神州、和铂医药、远帆星肽等。"
    assert "远帆星肽" in _names(zh)
    zht = "據統計，輝瑞的合作方包括恆瑞醫藥、百濟神州、和鉑醫藥、遠帆星肽等。"
    from pharmalens.documents.articles import read_articles
    from pharmalens.extraction.context import Context
    from pharmalens.extraction.lexicon import default_lexicon
    article = read_articles(SourceFile("t.txt", "t.txt", ".txt", zht.encode()))[0]
    assert "遠帆星肽" in {m.surface for m in Context(article, default_lexicon()).companies}
    assert "远帆星肽" not in _names("据统计，合作方包括远帆星肽、青松研究所、白云实验室等。")


def test_the_unknown_side_of_a_round_up_pair_with_terms_in_brackets_is_a_company(facts):
    text = ("Biopharma licensing deals of the year: Pfizer–Lodestar (May 2026, $400 million upfront, $1.1 billion "
            "milestones for an obesity drug) and Roche–Meridian (July 2026, $90 million upfront for a cancer antibody).")
    parties = {(d.licensor, d.licensee) for d in facts(text)["deals"]}
    assert {"Lodestar", "Meridian"} <= {p for pair in parties for p in pair}
    assert "Lodestar" not in _names("The Pfizer–Lodestar rivalry (a long story) goes on.")


def test_the_newco_word_run_into_a_name_is_not_part_of_it():
    assert "Lumen Bioscience" in _names("2026年初，青禾医药合作的NewCoLumen Bioscience在成立后登陆纳斯达克。")
    assert "NewCo Therapeutics" in _names("NewCo Therapeutics raised $50 million.")


def test_a_known_company_with_a_common_ending_is_also_its_stem_alone():
    lexicon = Lexicon([Entry("company", "Vellmar Med", ["Vellmar Med"], {"kind": "biotech", "country": "FR"})])
    text = ("Vellmar Med will make the drug. The buyer will pay Quorral Bio and Vellmar €40 million upfront. "
            "Quorral Bio and Vellmar are talking to regulators.")
    found = [(m.name, m.surface) for m in find_companies(text, lexicon)]
    assert found.count(("Vellmar Med", "Vellmar")) == 2


def test_a_legal_name_beside_its_listed_name_and_a_trade_word_variant_are_one_company():
    text = ("澄湖药业-B(02899.HK)公告,公司之全资附属公司杭州澄湖药业有限公司与上海岭东恒医药有限公司签约。"
            "岭东恒医药将负责销售,澄湖药业负责生产。")
    found = {m.name for m in find_companies(text, LEXICON)}
    assert "澄湖药业-B" in found and not any(n.startswith("杭州") or n == "澄湖" for n in found)
    assert len([n for n in found if n.startswith("岭东恒")]) == 1


def test_a_single_word_after_a_word_for_a_drug_maker_or_before_what_a_firm_owns_is_a_company():
    assert {n for n, _ in names("Halvorsen agreed to buy radiopharmaceutical developer Quellix for $900 million.")} \
        >= {"Quellix"}
    assert "Brantova" in {n for n, _ in names("Orbis licensed ORB-11, Brantova's lead drug, last year.")}
    assert "Pluvicto" not in {n for n, _ in names("Pluvicto's sales rose 40% in the quarter.")}


def test_a_short_name_in_brackets_with_a_stock_code_is_the_company_it_follows():
    text = ("Zhenlan Biopharmaceutical Co., Ltd. (ZHENLANBIO-B, stock code: 09912) listed today. "
            "ZHENLANBIO-B's shares rose 80%.")
    assert {n for n, _ in names(text)} == {"Zhenlan Biopharmaceutical"}
    text = "澄岭生物科技有限公司（澄岭科技-B，股份代号：09913）今日上市。澄岭科技-B的股价上涨80%。"
    assert len({n for n, _ in names(text)}) == 1


def test_an_unknown_single_word_that_opens_builds_or_stops_something_is_a_company():
    for text in ("Vantrelle opened a radiopharmaceutical plant in Ohio.",
                 "Vantrelle broke ground on an actinium-225 site.",
                 "Vantrelle discontinued its lupus antibody."):
        assert "Vantrelle" in {n for n, _ in names(text)}, text
    assert names("Officials opened a new hospital wing.") == []


def test_a_heading_in_capitals_names_the_company_the_text_writes_in_mixed_case():
    text = ("LICENCE AGREEMENT WITH TALVERA THERAPEUTICS\n"
            "Corvane Biopharma Limited signed a licence with Talvera Therapeutics, Inc. for CV-12.")
    found = names(text)
    assert {n for n, _ in found} == {"Talvera Therapeutics", "Corvane Biopharma"}


def test_a_firm_name_right_before_its_drugs_code_is_a_company():
    assert "沐川医药" in {n for n, _ in names("沐川医药MC-305的上市申请获受理。")}
    assert "沐川生物" in {n for n, _ in names("沐川生物MC305注射液获批临床。")}
    assert names("创新药MC-305的上市申请获受理。") == []


def test_a_latin_name_opening_a_chinese_clause_before_a_companys_verb_is_a_company():
    assert "Veyra" in {n for n, _ in names("Veyra以2亿美元首付款获得沐川医药MC-7的全球权益。")}
    assert "Tollan Bio" in {n for n, _ in names("据悉，Tollan Bio宣布完成B轮融资。")}
    assert names("FDA宣布批准该药物上市。") == []


def test_a_single_word_before_s_and_a_drug_code_is_a_company_but_not_before_a_nuclide():
    assert "Quellix" in {n for n, _ in names("Orbis licensed Quellix's QX-7 antibody.")}
    assert "Quellix" not in {n for n, _ in names("Orbis uses Quellix's Ge-68 source.")}


def test_a_latin_name_in_capitals_in_a_chinese_party_slot_is_a_company_but_a_short_acronym_is_not():
    assert "VALDRA" in {n for n, _ in names("公司将X-12的欧洲权益授权给VALDRA，首付款为2000万欧元。")}
    assert "VALDRA" in {n for n, _ in names("2026年3月，公司与VALDRA签署授权协议。")}
    assert names("公司与CRO签署服务协议。") == []


def test_a_latin_name_after_a_country_and_a_party_word_is_a_company():
    assert "Serovane" in {n for n, _ in names("沐岚生技今日公告，与法国Serovane签署授权合约。")}


def test_an_unknown_single_word_that_installs_or_commissions_something_is_a_company():
    assert "Vantrelle" in {n for n, _ in names("Vantrelle installed a cyclotron in Ohio.")}
    assert "Vantrelle" in {n for n, _ in names("Vantrelle commissioned an actinium-225 line.")}


def test_a_filing_header_with_the_english_and_chinese_names_stacked_is_one_company():
    from pharmalens.extraction.companies import find_companies
    from pharmalens.extraction.lexicon import default_lexicon

    text = ("QUILLMARK THERAPEUTICS LIMITED\n翎标医药有限公司\n(Stock Code: 3391)\n\n"
            "The board of Quillmark Therapeutics Limited (the \"Company\") announces a licence of QT-9.")
    names = {m.name for m in find_companies(text, default_lexicon())}
    assert names == {"Quillmark Therapeutics"}


def test_a_chinese_firms_english_name_is_its_second_word_alone_after_the_place():
    text = ("Orrin Bio signed an agreement with Hangzhou Yuelu Biotech on Monday. "
            "Yuelu will run the trials and Orrin Bio will pay for them.")
    assert {m.name for m in find_companies(text, LEXICON) if m.surface == "Yuelu"} == {"Hangzhou Yuelu Biotech"}


def test_a_chinese_name_after_a_time_phrase_or_a_pointing_word_does_not_take_them_in():
    for text in ("交易完成后岳麓生物将持有澄湾医药约12%的股权。", "据此岳麓生物将以5000万元认购澄湾医药新股。"):
        assert "岳麓生物" in [m.name for m in find_companies(text, LEXICON)]


def test_a_name_in_capitals_with_its_legal_form_is_a_company_and_a_chinese_name_beside_it_stays_canonical():
    from pharmalens.extraction.lexicon import default_lexicon

    alone = "MERIDALE ONCOLOGY HOLDINGS LIMITED\n(Stock Code: 2741)\n\nThe board announces a licence of MO-5."
    assert {m.name for m in find_companies(alone, default_lexicon())} == {"MERIDALE ONCOLOGY HOLDINGS"}
    stacked = "麦岭肿瘤控股有限公司\nMERIDALE ONCOLOGY HOLDINGS LIMITED\n（股份代号：2741）\n\n麦岭肿瘤宣布授权MO-5。"
    assert {m.name for m in find_companies(stacked, default_lexicon())} == {"麦岭肿瘤"}


def test_companies_in_a_span_asked_again_are_the_same_and_a_caller_changing_its_list_changes_nothing():
    from pharmalens.extraction.context import Context
    from pharmalens.extraction.lexicon import default_lexicon
    text = "Pfizer signed a licence with Quorvane Biosciences. The Company said Pfizer will pay $20 million."
    article = read_articles(SourceFile("c.txt", "c.txt", ".txt", text.encode()))[0]
    ctx = Context(article, default_lexicon())
    first = ctx.companies_in(0, len(ctx.text))
    assert [m.name for m in first][:2] == ["Pfizer", "Quorvane Biosciences"]
    first.clear()
    again = ctx.companies_in(0, len(ctx.text))
    assert again and again == Context(article, default_lexicon()).companies_in(0, len(ctx.text))
    assert ctx.companies_in(0, 10) == [m for m in again if m.end <= 10]


def test_a_name_before_its_bracketed_abbreviation_is_tried_at_every_place_it_can_start():
    from pharmalens.extraction.abbreviated_names import _NAMED, _name_starts
    from pharmalens.model.patterns import matches_from
    text = ("，甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳公司（ABCD）签约；与华南生物制造公司 (SBMC) 及北方研究院（NRI）合作，"
            "东方红集团(DF)")
    expected = [m.span("n") for m in _NAMED.finditer(text)]
    assert [e - s for s, e in expected] == [18, 9, 6, 5]  # sixteen and three characters before the last word
    assert [m.span("n") for m in matches_from(_NAMED, text, _name_starts(text))] == expected


def test_a_short_name_used_once_after_a_trade_word_is_the_company(facts):
    for text, name in (("疫苗厂澄禾宣布，其四价流感疫苗CH-101获得国家药监局批准上市。", "澄禾"),
                       ("疫苗廠澄禾宣布，其四價流感疫苗CH-101獲得國家藥監局批准上市。", "澄禾"),
                       ("原料药厂岭丰宣布，其原料药车间通过美国FDA现场检查。", "岭丰"),
                       ("生物医药公司岚越今日宣布，其TROP2 ADC LY-77获FDA授予突破性疗法认定。", "岚越")):
        found = facts(text)
        companies = {r.company for r in found["regulatory"]}
        assert companies == {name}


def test_a_trade_word_of_the_isotope_or_imaging_trade_ends_the_name_of_a_company_that_acts(facts):
    text = ("Vardel Nuclear said it will build an Ac-225 plant in Texas. Vardel Nuclear's pipeline includes VDN-7, a "
            "PSMA radioligand. Kessow Diagnostics announced Phase 2 data for KSW-2, a FAP imaging agent.")
    assert {a.asset: a.company for a in facts(text)["assets"]} == {"VDN-7": "Vardel Nuclear", "KSW-2": "Kessow Diagnostics"}


def test_a_chinese_name_spelt_in_sound_characters_is_a_name_though_two_of_them_make_a_word(facts):
    for name, text in (("贝尔斯维生物", "2026年6月2日，贝尔斯维生物公告，其BSV-15获得国家药监局临床试验批准。"),
                       ("贝尔斯维药业", "贝尔斯维药业宣布，BSV-15获得临床试验批准。")):
        assert [a.company for a in facts(text)["assets"]] == [name]


def test_a_chinese_name_before_a_granting_verb_is_a_company(facts):
    for text in ("卡斯特尔生物授予奥林医药CSB-40的独家选择权，首付款1200万美元。",
                 "卡斯特尔生物授权给奥林医药CSB-40的大中华区权益，首付款1200万美元。"):
        deal, = facts(text)["deals"]
        assert (deal.licensor, deal.licensee) == ("卡斯特尔生物", "奥林医药")


def test_isotope_and_nuclear_medicine_words_end_a_chinese_company_name(facts):
    texts = {"2026年6月2日，科洛维同位素公告，其铅-212生产基地正式投产。": ("facilities", "科洛维同位素"),
             "2026年6月2日，科洛维核医学宣布，其核药KLV-7获得临床试验批准。": ("assets", "科洛维核医学")}
    for text, (kind, name) in texts.items():
        assert [r.company for r in facts(text)[kind]] == [name]


def _article_companies(text):
    source = SourceFile(path="item.txt", name="item.txt", suffix=".txt", data=text.encode("utf-8"))
    return {m.name for m in extract_article(read_articles(source)[0]).companies}


def test_a_run_of_particles_before_a_time_word_and_a_verb_is_no_company():
    for text in ("澜泊药业公告，公司工厂接受了检查，并于近日收到检查报告。公司并于近日收到客户订单，产品恢复出口。",
                 "瀾泊藥業公告，公司工廠接受了檢查，並於近日收到檢查報告。公司並於近日收到客戶訂單，產品恢復出口。"):
        assert not any(name.startswith(("并", "並")) for name in _article_companies(text))


def test_a_modal_after_a_particle_before_a_verb_is_no_company():
    for text in ("松溪生技公告取得禾田藥業股權\n1.標的物之名稱(如為特別股，並應載明發行條件):禾田藥業普通股\n"
                 "2.交易相對人為關係人者，並應公告選定其為交易對象之原因:不適用",
                 "松溪生技公告取得禾田药业股权\n1.标的物之名称(如为特别股，并应载明发行条件):禾田药业普通股\n"
                 "2.交易相对人为关系人者，并须公告选定其为交易对象之原因:不适用"):
        assert not any(name.startswith(("并", "並")) for name in _article_companies(text))


def test_an_adverb_between_a_short_name_and_its_verb_is_no_part_of_the_name(facts):
    for text in ("2026年2月3日，岱宁达医药宣布与Corlew Bio合作。岱宁达将DN-7的海外权益授予Corlew Bio，岱宁达将获得3000万美元首付款。",
                 "2026年2月3日，岱寧達醫藥宣佈與Corlew Bio合作。岱寧達將DN-7的海外權益授予Corlew Bio，岱寧達將獲得3000萬美元首付款。"):
        names = _article_companies(text)
        assert not any(name.endswith(("将", "將", "已")) for name in names)
        assert {d.licensor for d in facts(text)["deals"]} <= {"岱宁达医药", "岱寧達醫藥"}


def test_a_new_name_that_begins_with_a_known_short_name_is_another_company(facts):
    for text in ("2026年6月2日，信达康生物宣布将XK-12的海外权益授予Merrow Bio。信达康将获得2000万美元首付款，信达康将继续负责中国开发。",
                 "2026年6月2日，信達康生物宣佈將XK-12的海外權益授予Merrow Bio。信達康將獲得2000萬美元首付款，信達康將繼續負責中國開發。"):
        deal = facts(text)["deals"][0]
        assert deal.licensor in ("信达康生物", "信達康生物") and deal.licensee == "Merrow Bio"
        assert not any(name.startswith("Innovent") for name in _article_companies(text))


def test_a_firm_named_before_the_class_of_its_new_drug_is_a_company(facts):
    for text in ("据CDE官网显示，岷川医药1类新药MC-30片被纳入突破性治疗品种，拟用于晚期胆管癌。",
                 "據CDE官網顯示，岷川醫藥1類新藥MC-30片被納入突破性治療品種，擬用於晚期膽管癌。"):
        assert [e.company for e in facts(text)["regulatory"]] in (["岷川医药"], ["岷川醫藥"])


def test_a_verb_of_giving_back_before_a_firm_is_no_part_of_its_name(facts):
    for text in ("2026年3月9日，Ostrell Bio通知终止许可协议，QM-80在美国的全部权益将退回岱泽医药。",
                 "2026年3月9日，Ostrell Bio通知終止許可協議，QM-80在美國的全部權益將退還岱澤醫藥。"):
        names = _article_companies(text)
        assert names & {"岱泽医药", "岱澤醫藥"} and not any(n.startswith(("退", "归")) for n in names)


def test_a_firm_named_before_xiang_and_its_counterparty_is_a_company(facts):
    for text in ("2026年5月4日，霁岭生物向Ormond Bio授出JL-5于韩国开发及商业化的独家许可。",
                 "2026年5月4日，霽嶺生物向Ormond Bio授出JL-5於韓國開發及商業化的獨家許可。"):
        assert [d.licensor for d in facts(text)["deals"]] in (["霁岭生物"], ["霽嶺生物"])


def test_a_peer_word_before_a_bought_firm_is_no_part_of_its_name(facts):
    for text in ("岭元生技宣布以新台币8亿元收购同业泽亨药业100%股权。", "嶺元生技宣布以新台幣8億元收購同業澤亨藥業100%股權。"):
        assert [d.licensor for d in facts(text)["deals"]] in (["泽亨药业"], ["澤亨藥業"])


def test_a_legal_name_with_the_trade_word_yaopin_is_a_company(facts):
    for text in ("岭元生技宣布以新台币8亿元收购泽亨药品股份有限公司。", "嶺元生技宣布以新台幣8億元收購澤亨藥品股份有限公司。"):
        assert [d.licensor for d in facts(text)["deals"]] in (["泽亨"], ["澤亨"])


def test_a_firm_heading_an_item_of_a_news_list_before_a_colon_is_a_company(facts):
    for text in ("医药早报\n1、岷峰药业：公司与Tallis Bio签署协议。\n2、澄源生物：CY-21注射液获得FDA孤儿药资格认定，用于治疗胆管癌。",
                 "醫藥早報\n1、岷峰藥業：公司與Tallis Bio簽署協議。\n2、澄源生物：CY-21注射液獲得FDA孤兒藥資格認定，用於治療膽管癌。"):
        assert [e.company for e in facts(text)["regulatory"]] == ["澄源生物"]


def test_a_buyer_spending_and_the_firm_it_buys_are_named_apart_from_the_verbs(facts):
    for text in ("岷海药业斥资3.2亿元买下澄溪生物QH-5的大中华区权益，交易已于2026年5月完成交割。",
                 "岷海藥業斥資3.2億元買下澄溪生物QH-5的大中華區權益，交易已於2026年5月完成交割。"):
        deal = facts(text)["deals"][0]
        assert deal.licensor in ("澄溪生物",) and deal.licensee in ("岷海药业", "岷海藥業")


def test_an_agencys_verb_in_a_headline_is_not_part_of_the_name_after_it():
    for verb in ("Accepts", "Approves", "Validates", "Clears"):
        found = names(f"FDA {verb} Wrenfield's Biologics License Application for WF-3")
        assert not any(verb in n for n, _ in found), (verb, found)


def test_a_regulators_name_ending_in_a_trade_word_is_no_company(facts):
    text = ("Pelling Bio, Inc. said on 2 June 2027 that the UK Medicines and Healthcare products Regulatory Agency "
            "granted marketing authorisation for PLB-4 in adults with myelofibrosis.")
    records = facts(text)
    assert [(r.company, r.agency) for r in records["regulatory"]] == [("Pelling Bio", "MHRA")]
    assert [a.company for a in records["assets"] if a.asset == "PLB-4"] == ["Pelling Bio"]


def test_a_rounds_letter_ending_a_sentence_does_not_open_the_next_name():
    found = names("Velmont Bio closed a $70 million Series C. Quarrywood Capital Partners led the round.")
    assert not any(n.startswith("C.") for n, _ in found), found


def test_a_firms_name_before_develops_is_its_name(facts):
    for text in ("澄岭药业开发的CL-205已完成一期临床。", "澄嶺生醫開發的核醫藥物CL-177已完成一期臨床。",
                 "澄岭生物科技研制的CL-330获批临床。"):
        asset, = facts(text)["assets"]
        assert asset.company is not None and asset.company.startswith("澄")


def test_a_short_name_of_an_everyday_or_place_word_with_its_trade_word_is_a_company_when_it_announces(facts):
    cases = (("黄河生物今日宣布，其单抗HH-101获批上市。", "黄河生物"),
             ("黃河生技今(12)日公告，單株抗體HH-101獲准上市。", "黃河生技"),
             ("西江股份公告，公司获得药品注册证书，产品为HH-7注射液。", "西江股份"),
             ("岭南医药公告，拟以3.1亿元收购光华生物60%股权。", "光华生物"))
    for text, name in cases:
        assert name in _article_companies(text)


def test_shares_and_sector_words_before_a_trade_word_are_no_company():
    for text in ("该等股份将于下月上市。", "限售股份公告如下。", "我国医药表示出口增长。", "国内生物宣布的新政策。"):
        assert not _article_companies(text)


def test_a_capitalised_dateline_after_a_headline_ending_in_a_company_is_no_company():
    text = ("Tamsin Bio Signs Supply Agreement with Greywater Partners\n\n"
            "LA JOLLA, April 2, 2026 -- Tamsin Bio, Inc. today announced an agreement with Greywater Partners.")
    assert all("JOLLA" not in name for name, _ in names(text))


def test_a_fund_named_with_and_without_its_royalty_and_lp_words_is_one_company():
    text = ("Brenmoor Bio Signs Royalty Purchase Agreement with Quillon Royalty\n\n"
            "Brenmoor Bio, Inc. today announced an agreement with Quillon Royalty LP. Under the agreement, "
            "Quillon will pay Brenmoor $90 million.")
    assert {name for name, _ in names(text) if name.startswith("Quillon")} == {"Quillon Royalty"}


def test_a_headline_telling_a_takeover_names_only_the_buyer_and_the_target(facts):
    text = ("Ostrava Pharma Completes Acquisition of Lindqvist Bio\n\n"
            "PRAGUE, August 4, 2026 -- Ostrava Pharma a.s. today announced the completion of its acquisition of "
            "Lindqvist Bio, Inc., a developer of oral therapies for fibrosis, for up to $640 million.")
    records = facts(text)
    assert {(d.licensor, d.licensee) for d in records["deals"]} == {("Lindqvist Bio", "Ostrava Pharma")}


def test_a_name_of_two_words_before_its_trade_word_stands_for_its_company_alone(facts, one):
    text = ("Vossberg Pharma today unveiled Corbett Bay Therapeutics, a newly formed company that will develop "
            "VSB-88, Vossberg's oral NLRP3 inhibitor, in the United States. Under the terms, Vossberg receives "
            "$25 million upfront and a 12% stake in Corbett Bay, and is eligible for up to $390 million in milestones.")
    deal = one(facts(text)["deals"], licensor="Vossberg Pharma")
    assert deal.licensee == "Corbett Bay Therapeutics"


def test_an_adverb_opening_a_clause_is_no_part_of_the_name_after_it_nor_vouches_for_one():
    for text in ("合资公司注册资本3亿元，其中岚德集团持股60%，此外岚德集团将提供厂房。",
                 "合資公司註冊資本3億元，其中嵐德集團持股60%，此外嵐德集團將提供廠房。"):
        assert {name[:2] for name in _article_companies(text)} in ({"岚德"}, {"嵐德"})
    assert _article_companies("屿禾生技今日举行说明会，其中实收资本额3.2亿元。") == {"屿禾生技"}


def test_english_names_ending_in_other_biopharma_trade_words_are_companies():
    found = names("Hexley Biomedicine, Tarvo Biopharmaceutical, Quessa Genomics and Ruan Pharmatech signed.")
    assert [n for n, _ in found] == ["Hexley Biomedicine", "Tarvo Biopharmaceutical", "Quessa Genomics", "Ruan Pharmatech"]


def test_a_line_of_business_before_a_legal_form_belongs_to_the_legal_name(facts, one):
    texts = ("2026年5月6日，澄溪医药宣布与杭州枫屿产业发展有限公司就QX-310片在中东的商业化签订许可协议，"
             "澄溪医药有权收取不超过人民币2.4亿元的首付款及里程碑付款。",
             "2026年5月6日，澄溪醫藥宣布與杭州楓嶼商貿有限公司就QX-310片在中東的商業化簽訂許可協議，"
             "澄溪醫藥有權收取不超過人民幣2.4億元的首付款及里程碑付款。")
    for text, short in zip(texts, ("枫屿", "楓嶼")):
        deal = one(facts(text)["deals"], asset="QX-310")
        assert deal.licensor.startswith("澄溪") and deal.licensee == short
    assert {n for n, _ in names("甲方为宁波禾川实业有限公司。")} == {"禾川"}


def test_korean_and_japanese_trade_words_end_a_company_name(facts):
    assert [n for n, _ in names("Seoul-based Hanseong Pharm and Nagoya's Kiryu Seiyaku signed a supply pact")] == [
        "Hanseong Pharm", "Kiryu Seiyaku"]
    deal = facts("Hanseong Pharm licensed HS-207 to Brightmoor Therapeutics for $18 million upfront.")["deals"][0]
    assert (deal.licensor, deal.licensee) == ("Hanseong Pharm", "Brightmoor Therapeutics")


def test_a_japanese_trade_word_makes_a_name_after_a_city_or_a_common_word(facts):
    text = ("Nagano Seiyaku (TSE: 4588) announced it has acquired Pellham Bio for $90 million in cash. Separately, "
            "Tokyo-based Hoshi Kagaku Kenkyusho and Sendai Kagaku Kogyo each signed research pacts.")
    found = [n for n, _ in names(text)]
    assert {"Nagano Seiyaku", "Hoshi Kagaku Kenkyusho", "Sendai Kagaku Kogyo"} <= set(found)
    deal = facts(text.split(" Separately")[0])["deals"][0]
    assert (deal.licensor, deal.licensee) == ("Pellham Bio", "Nagano Seiyaku")


def test_a_gene_company_is_named_by_its_trade_word_and_a_gene_in_a_sentence_is_not(facts):
    from pharmalens.extraction.lexicon import default_lexicon
    for text, buyer, bought in (("澄川制药宣布收购岚石基因,交易对价4.8亿元。", "澄川制药", "岚石基因"),
                                ("澄川製藥宣布收購嵐石基因,交易對價4.8億元。", "澄川製藥", "嵐石基因")):
        deal = facts(text)["deals"][0]
        assert (deal.licensee, deal.licensor, deal.deal_type) == (buyer, bought, "acquisition")
    assert facts("启衡基因科技有限公司完成2亿元A轮融资。")["financings"][0].company in ("启衡", "启衡基因")
    for sentence in ("该药用于携带NTRK融合基因的实体瘤患者。", "BRCA基因突变的患者获益更多。"):
        assert not find_companies(sentence, default_lexicon())


def test_a_firm_heading_a_bulleted_line_before_a_colon_is_the_company_of_its_news(facts):
    for text, firm in (("【核药周报】\n· 岚辰医疗:镥[177Lu]LC-08注射液获NMPA临床试验默示许可\n· 启衡核药:完成1.8亿元A轮融资", "启衡核药"),
                       ("【核藥週報】\n・嵐辰醫療:鑥[177Lu]LC-08注射液獲NMPA臨床試驗默示許可\n・啟衡核藥:完成1.8億元A輪融資", "啟衡核藥")):
        records = facts(text)
        assert [(f.company, float(f.amount.amount)) for f in records["financings"]] == [(firm, 180.0)]
        assert [e.company for e in records["regulatory"]] == [text.split("\n")[1].lstrip("·・ ").split(":")[0]]


def test_a_name_whose_last_character_before_the_trade_word_is_he_is_one_name(facts):
    for text, firm in (("澄和核药宣布,其锝-99m发生器生产线已通过国家药监局GMP符合性检查。", "澄和核药"),
                       ("澄和核藥宣布,其鍀-99m發生器生產線已通過國家藥監局GMP符合性檢查。", "澄和核藥")):
        assert [e.company for e in facts(text)["regulatory"]] == [firm]
    deal = facts("岚峰医药与澄和生物签署协议,将LF-77的大中华区权益授予澄和生物,首付款3000万元。")["deals"][0]
    assert (deal.licensor, deal.licensee) == ("岚峰医药", "澄和生物")
    from pharmalens.extraction.lexicon import default_lexicon
    assert not find_companies("公司的产品和药品均已上市,并加强研发和医药创新。", default_lexicon())


def test_an_issuer_named_with_its_listing_marker_and_then_without_it_is_one_party(facts):
    for text in ("岚澄生物-B(2198.HK)宣布,已與日本Kaziro Pharma就其雙抗LC-52在日本的開發及商業化訂立獨家授權協議。"
                 "根據協議,岚澄生物將收取首付款800萬美元,並有權收取最多合共1.2億美元的里程碑付款。",
                 "岚澄生物-B(2198.HK)宣布,已与日本Kaziro Pharma就其双抗LC-52在日本的开发及商业化订立独家授权协议。"
                 "根据协议,岚澄生物将收取首付款800万美元,并有权收取最多合共1.2亿美元的里程碑付款。"):
        deals = facts(text)["deals"]
        assert len(deals) == 1 and (deals[0].licensor, deals[0].licensee) == ("岚澄生物-B", "Kaziro Pharma")
        assert (float(deals[0].upfront.amount), float(deals[0].milestones.amount)) == (8.0, 120.0)


def test_a_rare_word_joined_to_a_company_that_acts_is_a_company(facts):
    text = ("Actinex and Brevia Isotopes announced a collaboration to develop AX-105, Actinex's Phase 2 radioligand, "
            "with Brevia supplying Ac-225.")
    records = facts(text)
    assert {(d.licensor, d.licensee) for d in records["deals"]} == {("Actinex", "Brevia Isotopes")}
    assert [(a.asset, a.company) for a in records["assets"]] == [("AX-105", "Actinex")]
    assert "Growth" not in {n for n, _ in names("Growth and Kestrel Oncology announced a merger.")}


def test_cell_is_a_trade_word_of_chinese_company_names(facts):
    for text in ("2026年3月，青禾细胞宣布完成2亿元A轮融资，由澄川资本领投。", "2026年3月，青禾細胞宣布完成2億元A輪融資，由澄川資本領投。"):
        [record] = facts(text)["financings"]
        assert record.company in ("青禾细胞", "青禾細胞") and record.round == "a", text
    assert names("该公司的CAR-T细胞疗法已进入II期，免疫细胞治疗和干细胞研究持续推进。") == []



def test_a_board_or_committee_of_a_company_is_no_part_of_its_name():
    text = ("On May 19, 2026, the Board of Directors of Tamsworth Biosciences, Inc. approved a plan to reduce its "
            "headcount by about a third. The Audit Committee of Fellbrook Therapeutics met the same day.")
    assert {n for n, _ in names(text)} == {"Tamsworth Biosciences", "Fellbrook Therapeutics"}


def test_a_name_of_common_words_before_a_cutting_back_verb_is_a_company():
    for text, name in (("Copper Bay Bio will seek a partner for CB-12 after cutting staff.", "Copper Bay Bio"),
                       ("Amid cuts, Copper Bay Bio is laying off 40% of its staff.", "Copper Bay Bio"),
                       ("Copper Bay Bio is winding down its lab in Austin.", "Copper Bay Bio")):
        assert name in {n for n, _ in names(text)}, text


def test_a_short_surname_ending_a_quote_is_no_part_of_the_next_sentences_company():
    for text in ('"We had a strong quarter," said Kim. Hanbyeol Pharm\'s sales rose 9% to KRW 210 billion.',
                 '"Demand held up," said Ito. Kizuna Pharma raised its forecast.'):
        found = {n for n, _ in names(text)}
        assert found & {"Hanbyeol Pharm", "Kizuna Pharma"} and not any("." in n for n in found), (text, found)
    titled = {n for n, _ in names("St. Aldric Therapeutics signed a supply pact with J. Morrow Bio.")}
    assert titled == {"St. Aldric Therapeutics", "J. Morrow Bio"}


def test_biopharm_ends_a_korean_company_name():
    found = {n for n, _ in names("Sejin Biopharm granted Orrin Therapeutics global rights to SJ-71 for $25 million.")}
    assert found == {"Sejin Biopharm", "Orrin Therapeutics"}
