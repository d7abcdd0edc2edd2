"""A permit to run a plant or a radiopharmacy (放射性药品生产许可证, a manufacturing licence) that an
agency issues is no approval of the drugs the site makes; in our own words, both scripts and English."""


def test_a_radiopharmaceutical_production_permit_is_no_drug_approval(facts):
    text = ("岭核医药华东基地获发放射性药品生产许可证\n\n10月9日，岭核医药（杭州）有限公司宣布，其华东核药生产基地取得"
            "浙江省药品监督管理局核发的《放射性药品生产许可证》，生产范围包括氟[18F]脱氧葡糖注射液。该基地配备一台"
            "回旋加速器，设计年产能为20万人份。")
    records = facts(text)
    assert not [r for r in records["regulatory"] if r.event == "approval"]
    assert records["facilities"]


def test_a_traditional_script_plant_permit_is_no_drug_approval(facts):
    text = ("鈺核藥業取得生產許可證\n\n鈺核藥業股份有限公司今日宣布，其新竹核醫藥品廠獲衛生福利部食品藥物管理署核發"
            "藥品製造許可，可生產鎵-68標記之PSMA顯像劑GH-068注射液，年產能5萬人份。")
    assert not [r for r in facts(text)["regulatory"] if r.event == "approval"]


def test_an_approval_to_market_beside_a_permit_stays_an_approval(facts):
    text = ("岭核医药获批上市\n\n岭核医药（杭州）有限公司宣布，其LH-217注射液获国家药品监督管理局批准上市，"
            "用于前列腺癌PET显像，公司此前已取得放射性药品生产许可证。")
    assert [r for r in facts(text)["regulatory"] if r.event == "approval"]
