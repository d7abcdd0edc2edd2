"""A drug code written with its dosage form right after a target and class ("CDK4/6抑制剂DX-662胶囊",
"EGFR抑制劑…膠囊"): the product's name starts at the code, so the class words and the target stay a
description. Our own words, both scripts."""


def _asset(records, name):
    return next(a for a in records["assets"] if a.asset == name)


def test_class_words_before_a_coded_capsule(facts):
    text = "晟安医药的CDK4/6抑制剂SA-318胶囊申报上市，拟用于晚期乳腺癌。"
    asset = _asset(facts(text), "SA-318")
    assert "CDK4/6" in asset.target
    assert not any("抑制剂" in alias for alias in asset.aliases)


def test_traditional_class_words_before_a_coded_tablet(facts):
    text = "晟安醫藥的ALK抑制劑SA-455片獲得藥品註冊批准。"
    asset = _asset(facts(text), "SA-455")
    assert not any("抑制" in alias for alias in asset.aliases)
