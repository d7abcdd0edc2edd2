"""Sites listed one after another in a park's news: a count before the site ("一座核药房", "兩條生產線") is no
part of its name, and a site told without a date does not take another site's planned completion
("…预计2028年投产；乙将建设一座核药房"). Our own words, both scripts."""


def _sites(records):
    return {s.company: s for s in records["facilities"]}


def test_counted_site_is_named_without_its_count(facts):
    text = ("岭北核医学产业园签约\n\n2026年9月14日，岭北核医学产业园项目集中签约。其中，澄核生物将投资2亿元建设镥-177同位素生产线，"
            "预计2028年投产；汀核医药将建设一座核药房，服务周边医院。")
    sites = _sites(facts(text))
    assert sites["汀核医药"].name == "核药房"
    assert sites["汀核医药"].date != "2028" and sites["澄核生物"].date == "2028"


def test_traditional_counted_site(facts):
    text = ("嶺北核醫學產業園簽約\n\n2026年9月14日，嶺北核醫學產業園項目集中簽約。其中，澄核生物將投資2億元建設鎦-177同位素生產線，"
            "預計2028年投產；汀核醫藥將建設一座核藥房，服務周邊醫院。")
    sites = _sites(facts(text))
    assert sites["汀核醫藥"].name == "核藥房" and sites["汀核醫藥"].date != "2028"


def test_use_of_proceeds_joins_no_words_into_the_site_name(facts):
    text = ("汀核医药完成4亿元B轮融资\n\n2026年8月2日，汀核医药宣布完成4亿元B轮融资，资金将用于推进镥-177标记药物TH-05的II期临床，"
            "以及西安放射性药物生产基地的建设，该基地预计2027年投产。")
    assert [s.name for s in facts(text)["facilities"]] == ["西安放射性药物生产基地"]


def test_traditional_use_of_proceeds_site_name(facts):
    text = ("汀核醫藥完成4億元B輪融資\n\n2026年8月2日，汀核醫藥宣布完成4億元B輪融資，資金將用於推進鎦-177標記藥物TH-05的II期臨床，"
            "以及西安放射性藥物生產基地的建設，該基地預計2027年投產。")
    assert [s.name for s in facts(text)["facilities"]] == ["西安放射性藥物生產基地"]
