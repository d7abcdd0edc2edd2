"""Production facilities in our own words: the site a clause is about, owners written before their
site, companies the article describes, nuclides from the sentence after, completion dates stated
later, sites told apart by place."""


def test_reactor_written_as_a_code_owned_by_the_institute_before_it(facts):
    text = ("核药供应链再添一环\n5月8日,该靶材顺利通过了华岭核技术研究所XHR堆的辐照制备,获得了2.1Ci的无载体镥-177产品,"
            "各项指标全部合格。")
    record = facts(text)["facilities"][0]
    assert record.kind_of_site == "reactor" and record.company == "华岭核技术研究所"
    assert record.nuclides == ["Lu-177"]


def test_a_reactor_building_is_the_reactor_and_its_completion_date_comes_later(facts):
    text = ("澄江核能研究院今日宣布,医用同位素生产基地的8条生产线完成建设并投入运营。\n"
            "同一天,全球首座熔盐型医用同位素堆的反应堆厂房顺利封顶,这是该堆土建阶段的重要节点。\n"
            "据介绍,该设施的建设周期为36个月,预计于2028年完工并投入运营。")
    records = {r.kind_of_site: r for r in facts(text)["facilities"]}
    assert set(records) == {"gmp_plant", "reactor"}
    assert records["reactor"].date == "2028"


def test_cyclotrons_installed_in_a_new_plant_are_one_cyclotron_site(facts):
    text = ("Tulsa plant makes first copper-64\n\n"
            "April 2, 2025 - Corvex Isotopes, a radiopharmaceutical manufacturer, announced that construction of its "
            "Tulsa, Oklahoma isotope production facility has been completed and three cyclotrons have been installed. "
            "In testing, Corvex Isotopes was able to produce Cu-64 by irradiating targets on a cyclotron.")
    records = facts(text)["facilities"]
    assert len(records) == 1
    record = records[0]
    assert record.kind_of_site == "cyclotron" and record.company == "Corvex Isotopes"
    assert record.date == "2025-04-02" and record.nuclides == ["Cu-64"]


def test_a_research_reactor_and_the_isotopes_it_produces(facts):
    text = ("Isotope supply in Europe\n\nHalden Nuclear produces Lu-177 at the Vestby research reactor (Norway), "
            "alongside Molybdenum-99 and Iodine-131 for hospitals in 20 countries.")
    record = facts(text)["facilities"][0]
    assert record.kind_of_site == "reactor" and record.company == "Halden Nuclear"
    assert record.nuclides == ["Lu-177", "Mo-99", "I-131"]


def test_planned_plant_takes_nuclides_from_the_next_paragraph_about_it(facts):
    text = ("Radiopharmaceutical supply news\n\nOrvena Health, the medical division of Orvena, announced a plan to "
            "build a radiopharmaceutical manufacturing plant in Kazakhstan.\n\n"
            "The planned facility would produce actinium-225 and lutetium-177 for cancer therapy.")
    record = facts(text)["facilities"][0]
    assert record.kind_of_site == "gmp_plant" and record.nuclides == ["Ac-225", "Lu-177"]


def test_sites_of_one_kind_in_different_cities_stay_apart_and_adjectives_are_no_sites(facts):
    text = ("海澄核医药公司位于成都的核药房已于2025年3月投入运营;公司位于郑州的核药房预计2026年投入运营。"
            "The reactor-produced isotopes were shipped to hospitals.")
    records = facts(text)["facilities"]
    assert sorted(r.date for r in records) == ["2025-03", "2026"]
    assert all(r.kind_of_site == "radiopharmacy" for r in records)


def test_cyclotrons_counted_in_a_summary_line_are_the_site_named_in_the_headline(facts):
    text = ("Orvanta Opens Harbor Point Isotope Plant in Ohio\n"
            "The radiopharmaceutical maker has finished building the plant, put in three cyclotrons and made its "
            "first Lu-177.\n"
            "Orvanta said today that its Harbor Point isotope plant is complete and three cyclotrons have been "
            "installed there.")
    sites = facts(text)["facilities"]
    assert len(sites) == 1 and sites[0].kind_of_site == "cyclotron"
    assert "cyclotrons" not in (sites[0].name or "")


def test_a_time_word_before_company_is_no_owner_of_a_site(facts):
    text = ("澄屿核药2026年报:营收增长\n澄屿核药全年营收3.2亿元。目前公司已在郑州建成核药房,可供应镥-177药物。")
    owners = {f.company for f in facts(text)["facilities"]}
    assert owners and not any(o and o.startswith("目前") for o in owners)


def test_a_size_before_a_site_is_not_its_name_and_a_place_after_a_generic_site_names_it(facts):
    text = ("Ardent Isotopes, a radiopharmaceutical company, began building a 45,000-square-foot manufacturing "
            "facility in Tempe, Arizona, to make Ac-225 therapies.")
    site = facts(text)["facilities"][0]
    assert site.company == "Ardent Isotopes" and site.kind_of_site == "gmp_plant"
    assert site.name == "manufacturing facility in Tempe, Arizona" and site.nuclides == ["Ac-225"]


def test_a_site_and_its_event_with_a_place_written_between_them(facts):
    text = ("Ardent Isotopes, a radiopharmaceutical company, said its new cyclotron facility in Ghent, Belgium, "
            "began operations in May and supplies Ga-68 to nearby hospitals.")
    site = facts(text)["facilities"][0]
    assert (site.company, site.kind_of_site, site.name) == ("Ardent Isotopes", "cyclotron",
                                                           "cyclotron facility in Ghent, Belgium")
    site = facts("创新药企晟澜药业位于合肥的核药生产基地正式投产，主要生产镥-177药物。")["facilities"][0]
    assert (site.company, site.kind_of_site, site.nuclides) == ("晟澜药业", "gmp_plant", ["Lu-177"])


def test_a_site_that_began_producing_or_came_online_is_a_facility_event(facts):
    english = ("Marlowe Isotopes said its cyclotron facility in Ghent, Belgium, began producing copper-64 in "
               "March 2026 for radiopharmaceutical makers.")
    chinese = "沛川核药的武汉回旋加速器于2026年3月正式投用，开始生产F-18放射性药物。"
    for text in (english, chinese):
        found = facts(text)["facilities"]
        assert [(f.kind_of_site, f.date) for f in found] == [("cyclotron", "2026-03")]


def test_a_site_with_its_place_then_an_aside_that_dates_it_is_a_site_and_the_place_no_company(facts):
    for aside in ("in use since March 2025", "commissioned in March 2025"):
        text = (f"Tessaly Isotopes widened its network. A 30 MeV cyclotron in Xiamen, {aside}, "
                "now produces F-18 and Ga-68.")
        site, = facts(text)["facilities"]
        assert (site.company, site.kind_of_site, site.date) == ("Tessaly Isotopes", "cyclotron", "2025-03")


def test_a_fund_with_its_short_name_in_brackets_is_not_the_filer_of_an_allotment_announcement(facts):
    texts = ("岳麓核药科技股份有限公司\n\n全球发售 最终发售价及配发结果公告\n\n基石投资者：澄湾资本（CWC）及衡山创投（HSV）"
             "合共认购约1.2亿港元之发售股份，澄湾资本为本次最大基石投资者。\n\n"
             "本公司于成都营运一台回旋加速器，该回旋加速器于2025年11月投入运营，可生产氟-18。",
             "Yuelu Isotopes Limited\n\nAllotment Results Announcement\n\nCornerstone investors: Tessaly Capital Partners (TCP) "
             "and Orrin Ventures (ORV) subscribed for HK$120 million of the offer shares; Tessaly Capital Partners is the largest.\n\n"
             "The Company operates a cyclotron in Chengdu, which began operations in November 2025 and produces F-18.")
    for text in texts:
        site, = facts(text)["facilities"]
        assert site.company in ("岳麓核药", "Yuelu Isotopes")


def test_a_radiopharmacy_after_its_firm_with_a_licence_or_a_yearly_supply(facts):
    for text, firm in (("近日，澄汐医药长沙核药房取得湖南省生态环境厅颁发的《辐射安全许可证》，可年供应氟[18F]脱氧葡糖注射液约12万人份。",
                        "澄汐医药"),
                       ("近日，澄汐醫藥長沙核藥房取得湖南省生態環境廳頒發的《輻射安全許可證》，可年供應氟[18F]脫氧葡糖注射液約12萬人份。",
                        "澄汐醫藥")):
        site = facts(text)["facilities"][0]
        assert site.company == firm and site.kind_of_site == "radiopharmacy"
        assert site.capacity.endswith("12万人份") or site.capacity.endswith("12萬人份")
        assert site.nuclides == ["F-18"]


def test_a_radiopharmacy_opening_states_its_yearly_supply_capacity(facts):
    site = facts("澄汐医药株洲核药中心正式投入运营，年供应能力达8万人份。")["facilities"][0]
    assert site.company == "澄汐医药" and site.capacity == "年供应能力达8万人份"


def test_a_headline_site_after_its_owner_and_the_bodys_site_with_a_nuclide_code_are_one_site(facts, one):
    text = ("Torvane Isotopes opens lead-212 production facility in Ohio\n\n"
            "Torvane Isotopes today announced the opening of its new Pb-212 production facility in Dayton, Ohio. "
            "The facility will supply clinical trial sites across North America.")
    site = one(facts(text)["facilities"], company="Torvane Isotopes")
    assert not site.name.startswith("Torvane") and "Ohio" in site.name
    assert site.nuclides == ["Pb-212"]


def test_a_sites_name_keeps_its_taiwan_city_and_drops_its_pronoun(facts):
    for text in ("2026年5月3日，澄鈦生技宣布，其台南迴旋加速器正式啟用，可生產F-18與Ga-68藥物。",
                 "2026年5月3日，澄钛生技宣布，其台南回旋加速器正式启用，可生产F-18与Ga-68药物。"):
        (site,) = facts(text)["facilities"]
        assert site.name in ("台南迴旋加速器", "台南回旋加速器")
    listed = "2026年5月3日，澄钛医疗公布，公司运营多台回旋加速器，其中天津回旋加速器于去年投产。"
    assert all(not f.name.startswith("其") for f in facts(listed)["facilities"])


def test_its_site_is_the_acting_company_s_and_the_drug_it_serves_is_not(facts, one):
    texts = ("Dunmore Bio said Kellan Isotopes will produce Cu-64 for DMB-8 at its cyclotron in Aberdeen.",
             "Kellan Isotopes will produce Cu-64 for Dunmore Bio's DMB-8 at its cyclotron in Aberdeen.",
             "Dunmore Bio signed a supply agreement with Kellan Isotopes, which will produce Cu-64 for DMB-8 at its "
             "cyclotron in Aberdeen.")
    for text in texts:
        found = facts(text)
        assert one(found["facilities"], kind_of_site="cyclotron").company == "Kellan Isotopes"
        assert one(found["assets"], asset="DMB-8").company == "Dunmore Bio"
    apposed = facts("Kellan Isotopes said DMB-8, Dunmore Bio's imaging agent, entered Phase 2.")["assets"]
    assert one(apposed, asset="DMB-8").company == "Dunmore Bio"


def test_a_yearly_output_is_capacity_and_the_sentences_full_stop_is_not_part_of_it(facts):
    texts = {"Marrick Nuclear opened a new Pb-212 production facility in Ohio, which will produce up to 8 Ci of Pb-212 "
             "per year.": "produce up to 8 Ci of Pb-212 per year",
             "Marrick Nuclear, a radiopharmaceutical company, opened a radiopharmacy in Leeds to supply Lu-177 PSMA "
             "radioligand therapy doses to hospitals, expanding its capacity to 180,000 doses.": "capacity to 180,000 doses",
             "马瑞克核药在江苏建成铅-212生产基地，每年可生产8居里铅-212。": "每年可生产8居里铅-212"}
    for text, capacity in texts.items():
        assert [f.capacity for f in facts(text)["facilities"]] == [capacity]


def test_a_chinese_sites_name_starts_after_its_owners_pronoun(facts):
    text = "2026年6月2日，科洛维同位素公告，其铅-212生产基地正式投产。"
    assert [f.name for f in facts(text)["facilities"]] == ["铅-212生产基地"]


def test_a_yearly_output_told_with_nian_chan_is_the_capacity(facts):
    for text, capacity in (("2026年9月1日，穆棱核药位于江西赣州的放射性药物生产基地正式投产，可年产锕-225药物2万剂。",
                            "可年产锕-225药物2万剂"),
                           ("2026年9月1日，穆棱核藥位於江西贛州的放射性藥物生產基地正式投產，年產鎦-177藥物6000劑。",
                            "年產鎦-177藥物6000劑")):
        (site,) = facts(text)["facilities"]
        assert site.capacity == capacity


def test_an_isotope_label_is_no_capacity(facts):
    for text in ("2026年3月2日，岳核医药宣布其位于昆明的核药房正式投入运营，可年产氟[18F]脱氧葡糖注射液等正电子药物。",
                 "2026年3月2日，岳核醫藥宣佈其位於昆明的核藥房正式投入運營，可年產氟[18F]脫氧葡糖注射液等正電子藥物。"):
        site = facts(text)["facilities"][0]
        assert site.kind_of_site == "radiopharmacy" and site.capacity is None
    text = "2026年3月2日，岳核医药宣布其位于昆明的核药房正式投入运营，可年产氟[18F]脱氧葡糖注射液12万人份。"
    assert facts(text)["facilities"][0].capacity.endswith("12万人份")


def test_a_line_whose_commissioning_is_done_is_a_site(facts):
    for text in ("2026年8月4日，岭同同位素宣布其位于江苏常州的镥-177生产线完成调试，预计年产能可达300居里，供应放射性药物企业。",
                 "2026年8月4日，嶺同同位素宣布其位於江蘇常州的鎦-177生產線調試完成，預計年產能可達300居里，供應放射性藥物企業。"):
        site = facts(text)["facilities"][0]
        assert site.kind_of_site == "gmp_plant" and site.nuclides == ["Lu-177"] and site.capacity.endswith("300居里")


def test_a_cyclotron_centre_for_gallium_is_biopharma_news_in_both_scripts(facts):
    for text in ("2026年6月2日，岭昇医疗宣布其位于合肥的回旋加速器中心正式启用，可年产镓-68发生器40套。",
                 "2026年6月2日，嶺昇醫療宣布其位於合肥的迴旋加速器中心正式啟用，可年產鎵-68發生器40套。"):
        sites = facts(text)["facilities"]
        assert [(s.kind_of_site, s.nuclides) for s in sites] == [("cyclotron", ["Ga-68"])]


def test_a_capacity_told_in_the_next_sentence_about_the_site_is_its_capacity(facts):
    text = ("Feb 9, 2027 -- Tollbridge Isotopes opened a cyclotron facility in Leeds. The site can produce up to "
            "12 Ci of Cu-64 per year.")
    site = facts(text)["facilities"][0]
    assert site.capacity and "12 Ci" in site.capacity


def test_a_permit_for_a_radiopharmaceutical_plant_reports_the_plant_once_with_every_product_it_makes(facts):
    for text in ("近日，青岑核药（西安）有限公司核药生产基地取得陕西省生态环境厅核发的《辐射安全许可证》。"
                 "该基地建有177Lu及225Ac核素药物生产线，设计年产能为177Lu药物1500居里、225Ac药物30居里。",
                 "近日，青岑核藥（西安）有限公司核藥生產基地取得陝西省生態環境廳核發的《輻射安全許可證》。"
                 "該基地建有177Lu及225Ac核素藥物生產線，設計年產能為177Lu藥物1500居里、225Ac藥物30居里。"):
        record, = facts(text)["facilities"]
        assert record.kind_of_site == "gmp_plant" and record.company.startswith("青岑")
        assert record.nuclides == ["Lu-177", "Ac-225"] and record.date is None
        assert record.name.startswith("西安") and record.capacity.endswith("30居里")


def test_an_environmental_approval_for_a_production_project_and_its_capacity_told_next(facts):
    text = ("2026年3月2日，岑溪同位素公告，全资子公司岑溪核药（南宁）有限公司放射性药物生产项目环境影响报告书获得批复。"
            "项目建成后将形成年产镥-177药物800Ci、锕-225药物15Ci的生产能力。")
    record, = facts(text)["facilities"]
    assert record.kind_of_site == "gmp_plant" and record.name == "南宁放射性药物生产项目"
    assert record.nuclides == ["Lu-177", "Ac-225"] and record.capacity == "年产镥-177药物800Ci、锕-225药物15Ci"


def test_a_cyclotron_inside_a_plant_just_named_is_that_site(facts):
    for text in ("青岑核藥於台中建置的放射性藥物製造廠，日前取得藥品製造許可。廠內設有一座18MeV迴旋加速器，鎵-68標誌藥物年產能可達3萬人份。",
                 "青岑核药于台中建置的放射性药物制造厂，日前取得药品制造许可。厂内设有一座18MeV回旋加速器，镓-68标记药物年产能可达3万人份。"):
        record, = facts(text)["facilities"]
        assert record.nuclides == ["Ga-68"] and record.name.startswith("台中")


def test_an_isotope_plant_starting_commercial_operations_and_its_capacity_in_curies(facts):
    planned = ("Harrowgate Isotopes said its new actinium-225 production facility in Saskatoon, Saskatchewan is "
               "expected to begin commercial operations in 2028.")
    site = facts(planned)["facilities"]
    assert [(f.company, f.kind_of_site, f.nuclides, f.date) for f in site] == [
        ("Harrowgate Isotopes", "gmp_plant", ["Ac-225"], "2028")]
    told_next = ("Harrowgate Isotopes said its new Lu-177 production facility in Saskatoon came online in March. "
                 "The facility will produce up to 2,400 curies per year.")
    assert [f.capacity for f in facts(told_next)["facilities"]] == ["produce up to 2,400 curies per year"]


def test_a_plants_manufacturing_permit_is_no_licence_deal(facts):
    for text in ("岚辰核医(8362)公告,旗下台中核医药厂已取得卫福部核发之放射性药品制造许可,年产能达每年2万剂。",
                 "嵐辰核醫(8362)公告,旗下台中核醫藥廠已取得衛福部核發之放射性藥品製造許可,年產能達每年2萬劑。"):
        records = facts(text)
        assert records["deals"] == []
        assert [f.kind_of_site for f in records["facilities"]] == ["gmp_plant"]


def test_a_sites_name_starts_after_a_digest_header_or_an_owned_by_word(facts):
    for text in ("【澄汐核药】Ac-225产线投产\n澄汐核药宣布,其Ac-225药物产线正式投产,年产能可达1万人份。",
                 "【澄汐核藥】Ac-225產線投產\n澄汐核藥宣布,其Ac-225藥物產線正式投產,年產能可達1萬人份。",
                 "岚辰核医(8362)公告,旗下台南核医药厂已取得卫福部核发之放射性药品制造许可。"):
        names = [f.name for f in facts(text)["facilities"]]
        assert len(names) == 1 and not names[0].startswith(("【", "旗下"))


def test_a_sites_place_is_written_in_the_script_of_the_article(facts):
    text = "岚汐核藥今日宣布,其位於桃園的放射性藥物生產中心已竣工,預計明年投產,可年產氟-18標記藥物逾3萬劑。"
    names = [f.name for f in facts(text)["facilities"]]
    assert names and all("园" not in n for n in names) and any(n.startswith("桃園") for n in names)


def test_an_isotope_s_facility_starting_commercial_production_is_a_plant(facts):
    text = ("Ardent Isotopes said it has started commercial production at its new actinium-225 facility in Leeds, "
            "with annual capacity of 120 curies. Separately, the firm drew on a $40 million credit facility.")
    site, = facts(text)["facilities"]
    assert (site.company, site.kind_of_site, site.nuclides) == ("Ardent Isotopes", "gmp_plant", ["Ac-225"])
    assert "120 curies" in site.capacity


def test_a_groundbreaking_for_a_plant_to_house_cyclotrons_and_the_output_told_once_it_runs(facts):
    en = ("Marrowind Isotopes held a groundbreaking ceremony on June 9, 2026 for its new production facility in "
          "Fargo, North Dakota, which will house three cyclotrons. Once fully operational in 2029, the site is expected "
          "to produce up to 2,400 curies of Cu-64 and 60,000 doses of Ga-68 tracers a year.")
    zh = ("灵溪同位素公司6月9日为其新的生产基地举行奠基仪式，基地将配备两台回旋加速器。"
          "建成投产后，该基地每年可生产镥-177约3000居里、锕-225约40居里，预计2029年完工。")
    record = facts(en)["facilities"][0]
    assert record.kind_of_site == "cyclotron" and record.company == "Marrowind Isotopes"
    assert record.nuclides == ["Cu-64", "Ga-68"] and record.date == "2029"
    assert "2,400 curies" in record.capacity and "60,000 doses" in record.capacity
    record = facts(zh)["facilities"][0]
    assert record.kind_of_site == "cyclotron" and record.nuclides == ["Lu-177", "Ac-225"]
    assert "3000居里" in record.capacity and "40居里" in record.capacity and record.date == "2029"


def test_the_output_told_with_the_start_of_operations_in_a_later_sentence_is_the_capacity(facts):
    en = ("Hayase Isotope Co., Ltd. will build a medical isotope reactor in Fukui Prefecture at a cost of ¥31 billion. "
          "Construction is set to begin in May 2026, with operations expected to start in 2031 and annual output of "
          "25,000 curies of Mo-99.")
    zh = "早濑同位素公司将在福井县新建一座医用同位素反应堆，总投资310亿日元。项目预计2031年投入运营，年产能为钼-99 2.5万居里。"
    for text, amount in ((en, "25,000 curies"), (zh, "2.5万居里")):
        [record] = facts(text)["facilities"]
        assert record.kind_of_site == "reactor" and record.date == "2031", text
        assert record.capacity and amount in record.capacity, text


def test_a_plant_that_can_supply_up_to_a_number_of_patient_doses_states_its_capacity(facts):
    text = ("Bellhaven Radiopharma opened a radiopharmaceutical manufacturing facility in Tulsa that can supply up to "
            "45,000 patient doses of Lu-177 therapies per year.")
    [record] = facts(text)["facilities"]
    assert record.capacity and "45,000 patient doses" in record.capacity
