"""A sentence describing the site just named from inside it (该基地建有…, 该基地配备…) is that site, owned by
the site's owner, even where the sentence before names another company last."""


def test_the_base_described_after_a_spun_off_firm_stays_the_institutes(facts):
    text = ("核技术应用新进展\n\n依托国家同位素工程中心，岷江核研究院建成了医用同位素生产基地，并孵化了成都岷同医疗科技有限公司。"
            "该基地建有约8000平方米的生产厂房，配备6条生产线，可批量生产碘-125和锶-89。")
    sites = facts(text)["facilities"]
    assert len(sites) == 1 and sites[0].company.startswith("岷江核研究院")


def test_a_traditional_script_base_described_after_a_spun_off_firm(facts):
    text = ("核醫藥新進展\n\n依託同位素工程中心，瀚江核研究院建成了醫用同位素生產基地，並孵化了新竹瀚同醫療科技股份有限公司。"
            "該基地建有約5000平方米的生產廠房，配備4條生產線，可生產碘-131。")
    sites = facts(text)["facilities"]
    assert len(sites) == 1 and sites[0].company.startswith("瀚江核研究院")
