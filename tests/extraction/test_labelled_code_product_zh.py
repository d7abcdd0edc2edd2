"""A company's name run straight into an isotope-labelled code product ("澜核医药225Ac-LH-07注射液") is no part of
the product's name: the name starts at the label, as it starts at a bare code. Our own words, both scripts."""


def test_company_run_into_a_labelled_code(extracted):
    for text in ("澜核医药225Ac-LH-07注射液获批临床\n\n澜核医药225Ac-LH-07注射液的临床试验申请获得国家药监局批准，"
                 "拟用于神经内分泌肿瘤。",
                 "瀾核醫藥225Ac-LH-07注射液獲批臨床\n\n瀾核醫藥225Ac-LH-07注射液的臨床試驗申請獲得國家藥監局批准，"
                 "擬用於神經內分泌腫瘤。"):
        assets = extracted(text).records["assets"]
        names = {n for a in assets for n in (a.asset, *a.aliases)}
        assert "225Ac-LH-07注射液" in names, names
        assert not [n for n in names if "医药" in n or "醫藥" in n], names
