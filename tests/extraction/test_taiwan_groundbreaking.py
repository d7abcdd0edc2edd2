"""Taiwan plant news: a groundbreaking (动土典礼) and cyclotrons to be built (建置) are a site's events, and a
ceremony's verb (举行) is no part of the site's name. In our own words, both scripts."""


def test_a_traditional_script_groundbreaking_is_a_site_named_without_the_ceremony_verb(facts):
    text = ("瀚源核醫藥高雄廠動土\n\n瀚源核醫藥今日於高雄舉行放射性藥物製造廠動土典禮，總投資新台幣12億元，"
            "可生產氟-18及鎵-68標記藥物，年產能約8萬劑。")
    sites = facts(text)["facilities"]
    assert len(sites) == 1 and sites[0].company.startswith("瀚源")
    assert "舉行" not in (sites[0].name or "") and "F-18" in sites[0].nuclides


def test_cyclotrons_to_be_built_in_simplified_script(facts):
    text = ("瀚源核医药扩产\n\n瀚源核医药宣布，将于新竹厂区建置两台回旋加速器，可生产氟-18标记药物。")
    sites = facts(text)["facilities"]
    assert sites and sites[0].company.startswith("瀚源")
