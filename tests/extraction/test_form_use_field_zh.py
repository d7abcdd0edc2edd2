"""A MOPS form's use field on its own line under the drug's name (5.用途:治疗X) gives that drug its
indication. Our own words, both scripts."""


def test_a_traditional_form_use_field_is_the_drugs_indication(facts):
    text = ("頤嵐生技重大訊息：新藥YL-15獲准進行第一期臨床試驗\n\n1.事實發生日:114/10/08\n2.公司名稱:頤嵐生技股份有限公司\n"
            "3.研發新藥名稱或代號:YL-15\n4.用途:治療特發性肺纖維化\n5.目前進行中之研發階段:美國FDA核准進行第一期人體臨床試驗")
    asset = next(a for a in facts(text)["assets"] if a.asset == "YL-15")
    assert asset.indication


def test_a_simplified_form_use_field(facts):
    text = ("颐岚生技重大讯息：新药YL-27获准进行第二期临床试验\n\n1.事实发生日:114/10/08\n2.公司名称:颐岚生技股份有限公司\n"
            "3.研发新药名称或代号:YL-27\n4.用途:治疗特发性肺纤维化\n5.目前进行中之研发阶段:美国FDA核准进行第二期临床试验")
    asset = next(a for a in facts(text)["assets"] if a.asset == "YL-27")
    assert asset.indication
