"""What a plant costs to build (总投资, 投资总额) is no deal's term: an investment agreement with a district
government that only says where the company builds gives no deal. Our own words, both scripts."""


def test_a_plant_investment_under_a_district_agreement_is_no_deal(facts):
    text = ("11月28日，岳川药业与嘉兴市秀洲区人民政府签署投资协议。根据协议，岳川药业将在秀洲区建设制剂生产基地，"
            "总投资8.5亿元。")
    assert facts(text)["deals"] == []


def test_a_traditional_script_plant_with_its_total_investment(facts):
    text = ("岳川藥業與台中市政府簽署投資協議。根據協議，岳川藥業將在台中建設無菌製劑廠，投資總額約新台幣30億元。")
    assert facts(text)["deals"] == []
