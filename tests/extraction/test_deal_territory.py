"""The territory of a deal told in Chinese: regions of China, Hong Kong, Macau and Taiwan, and the
distribution rights a partner gets there."""


def test_distribution_rights_in_taiwan_name_taiwan_as_the_territory(facts):
    zh = "2026年5月8日，岑峰生物宣布授予汀澜药业CF-204在台湾的独家经销权，汀澜药业将支付首付款250万美元。"
    zht = "2026年5月8日，岑峰生物宣佈授予汀瀾藥業CF-204在台灣的獨家經銷權，汀瀾藥業將支付首付款250萬美元。"
    assert [d.territory for d in facts(zh)["deals"]] == ["台湾"]
    assert [d.territory for d in facts(zht)["deals"]] == ["台灣"]


def test_several_regions_before_the_selling_rights_are_kept_whole(facts):
    zh = "岑峰生物与汀澜药业签署协议，汀澜药业获得CF-207在香港、澳门及台湾地区的独家销售权，首付款180万美元。"
    assert [d.territory for d in facts(zh)["deals"]] == ["香港、澳门及台湾"]


def test_a_region_of_china_before_the_rights_is_the_territory(facts):
    zh = "岑峰生物将CF-211华南地区的独家权益授予汀澜药业，首付款1200万元。"
    zht = "岑峰生物將CF-211華南地區的獨家權益授予汀瀾藥業，首付款1200萬元。"
    assert [d.territory for d in facts(zh)["deals"]] == ["华南地区"]
    assert [d.territory for d in facts(zht)["deals"]] == ["華南地區"]


def test_a_list_of_regions_left_out_of_global_rights_is_kept_whole(facts):
    zh = "2026年5月8日，岑峰生物宣布将CF-215除中国大陆、香港及台湾以外的全球权益授予Hallowell Bio，首付款3000万美元。"
    zht = "2026年5月8日，岑峰生物宣佈將CF-215除中國大陸、香港及台灣以外的全球權益授予Hallowell Bio，首付款3000萬美元。"
    assert [d.territory for d in facts(zh)["deals"]] == ["中国大陆、香港及台湾以外的全球"]
    assert [d.territory for d in facts(zht)["deals"]] == ["中國大陸、香港及台灣以外的全球"]


def test_a_region_after_the_drugs_description_is_the_territory(facts):
    en = ("Morrow Bio said on 3 June 2027 that it granted Sakaido Pharma an exclusive option to license rights to "
          "MB-52, a CD38-directed antibody, in Japan and Taiwan. Morrow will receive $9 million upfront.")
    zh = "岑峰生物授予汀澜药业CF-230(一款靶向CD38的单抗)在日本的独家开发及商业化权利,首付款900万美元。"
    assert [d.territory for d in facts(en)["deals"]] == ["Japan and Taiwan"]
    assert [d.territory for d in facts(zh)["deals"]] == ["日本"]


def test_a_region_a_licence_is_taken_for_is_the_territory_but_a_dollar_amount_is_not(facts):
    region = ("Daebong Pharm will pay $11 million upfront to license MB-61 from Morrow Bio for South Korea and "
              "Southeast Asia.")
    money = "Daebong Pharm licensed MB-61 from Morrow Bio for US $11 million upfront."
    assert [d.territory for d in facts(region)["deals"]] == ["South Korea and Southeast Asia"]
    assert [d.territory for d in facts(money)["deals"]] == [None]


def test_a_global_pharmaceutical_company_as_the_partner_is_no_territory(facts):
    for text in ("Ulsan-based Haneul Bio said it has signed a KRW 38 billion licence agreement with a global "
                 "pharmaceutical company for its antibody HN-40.",
                 "Haneul Bio licensed HN-40 to a worldwide leader in dermatology for $20 million upfront."):
        assert [d.territory for d in facts(text)["deals"]] == [None], text
    kept = facts("Haneul Bio licensed global rights to HN-40 to Orrin Pharma for $20 million upfront.")
    assert [d.territory for d in kept["deals"]] == ["global"]
