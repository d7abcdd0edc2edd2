"""A local government's agreement with a company for a site ("松岭市人民政府与泓核医药签署合作协议", "与…管委会签署
投资协议") makes no deal between companies: the company alone is the site's owner, and the government no
part of its name. Our own words, both scripts."""


def test_government_agreement_is_a_site_of_the_company_and_no_deal(facts):
    text = ("核药项目签约\n\n9月5日，松岭市人民政府与泓核医药有限公司签署合作协议，项目总投资6亿元，"
            "将建设医用同位素生产基地，建成后年产镥-177同位素。")
    records = facts(text)
    assert records["deals"] == []
    assert [s.company for s in records["facilities"]] and all("政府" not in s.company for s in records["facilities"])


def test_traditional_agreement_with_a_zone_committee(facts):
    text = ("核藥項目落戶松嶺\n\n2026年10月9日，泓核醫藥與松嶺經開區管委會簽署投資協議，項目總投資5億元，"
            "將建設放射性藥物生產基地，生產鎵-68標記藥物。")
    records = facts(text)
    assert records["deals"] == []
    assert [s.company for s in records["facilities"]] == ["泓核醫藥"]
