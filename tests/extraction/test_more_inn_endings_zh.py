"""Chinese INN endings of -gliptin (格列汀), -sartan (沙坦), -statin (他汀), -prazole (拉唑) and -floxacin (沙星) mark
a drug no list names, so its tablet is named without the form (X格列汀片 → X格列汀); a class word (他汀类药物)
names no drug. Our own words, both scripts."""


def test_unlisted_inn_endings_name_the_drug(extracted):
    cases = (("柏川制药的柏格列汀片获批上市，用于治疗2型糖尿病。", "柏格列汀"),
             ("柏川製藥的柏沙坦片獲批上市，用於治療原發性高血壓。", "柏沙坦"),
             ("柏川制药的柏瑞他汀片获批上市，用于治疗高胆固醇血症。", "柏瑞他汀"))
    for text, name in cases:
        assets = extracted("新药获批\n\n国家药监局公告，" + text).records["assets"]
        assert name in [a.asset for a in assets], text


def test_class_words_name_no_drug(extracted):
    text = ("柏川制药研发进展\n\n柏川制药表示，长期服用他汀类药物的患者与使用拉唑类药物的人群均纳入研究；"
            "公司的BC-12片已进入II期临床，用于治疗高血压。")
    assert [a.asset for a in extracted(text).records["assets"]] == ["BC-12"]
