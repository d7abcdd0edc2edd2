"""Local site projects as regional news tells them: a headline's figure set apart by a space is no part
of the site's name ("总投资9亿元 X生产基地开工"), and the builder named in the next sentence ("项目由甲医药
投资建设") owns the site the headline opens, with the isotopes that sentence lists. Our own words, both
scripts."""


def test_headline_figure_before_a_space_is_no_part_of_the_site_name(facts):
    text = ("总投资9亿元 松岭放射性药物生产基地开工\n\n10月12日，泓核医药宣布，松岭放射性药物生产基地正式开工，"
            "将生产镓-68标记药物。")
    sites = facts(text)["facilities"]
    assert sites and all("总投资" not in (s.name or "") for s in sites)


def test_traditional_headline_figure_before_a_space(facts):
    text = ("總投資9億元 松嶺放射性藥物生產基地開工\n\n10月12日，泓核醫藥宣布，松嶺放射性藥物生產基地正式開工，"
            "將生產鎵-68標記藥物。")
    sites = facts(text)["facilities"]
    assert sites and all("總投資" not in (s.name or "") for s in sites)


def test_builder_of_the_project_owns_the_site_and_its_isotopes(facts):
    text = ("松岭核医药产业园放射性药物生产基地开工\n\n9月3日，松岭核医药产业园放射性药物生产基地项目开工建设。"
            "项目由泓核医药投资建设，总投资6亿元，主要生产氟-18和镥-177标记药物，预计2028年建成。")
    sites = facts(text)["facilities"]
    assert [s.company for s in sites] == ["泓核医药"]
    assert {"F-18", "Lu-177"} <= set(sites[0].nuclides)


def test_traditional_builder_of_the_project(facts):
    text = ("松嶺核醫藥產業園放射性藥物生產基地開工\n\n9月3日，松嶺核醫藥產業園放射性藥物生產基地項目開工建設。"
            "項目由泓核醫藥投資興建，總投資6億元，主要生產氟-18和鎦-177標記藥物，預計2028年建成。")
    sites = facts(text)["facilities"]
    assert [s.company for s in sites] == ["泓核醫藥"]
    assert "Lu-177" in sites[0].nuclides
