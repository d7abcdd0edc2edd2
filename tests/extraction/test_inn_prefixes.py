"""A new drug named by a syllable or two before a known Chinese INN (X曲妥珠单抗 as an ADC of one's own) is
that drug, not the INN's and not a biosimilar of it; a word saying what kind of copy or use it is (国产, 联合)
leaves the INN. Our own words, both scripts."""


def _assets(extracted, text):
    return {a.asset: a for a in extracted(text).records["assets"]}


def test_a_syllable_before_a_known_inn_names_a_new_drug(extracted):
    for text in ("岷川生物新药获批\n\n岷川生物宣布，公司自主研发的创新药岷曲妥珠单抗（研发代号：MC-303）获国家药监局批准上市，"
                 "用于HER2阳性胃癌。岷曲妥珠单抗是一款靶向HER2的抗体偶联药物（ADC）。",
                 "岷川生物新藥獲批\n\n岷川生物宣布，公司自主研發的創新藥岷曲妥珠單抗（研發代號：MC-303）獲國家藥監局批准上市，"
                 "用於HER2陽性胃癌。岷曲妥珠單抗是一款靶向HER2的抗體偶聯藥物（ADC）。"):
        found = _assets(extracted, text)
        drug = next(a for name, a in found.items() if name.startswith("岷曲妥珠"))
        assert drug.company == "岷川生物" and drug.modality == "adc", text
        assert "trastuzumab" not in drug.aliases and "trastuzumab" not in found, text


def test_a_describing_word_before_a_known_inn_leaves_the_inn(extracted):
    text = ("岷川生物研发进展\n\n岷川生物的MC-303联合曲妥珠单抗治疗HER2阳性胃癌的II期临床试验完成首例患者入组；"
            "国产曲妥珠单抗的价格已明显下降。")
    assert not any(name.endswith("曲妥珠单抗") and name != "曲妥珠单抗" for name in _assets(extracted, text))
