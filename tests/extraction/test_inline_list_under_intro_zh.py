"""An intro that tells an event and names no drug, then its drugs in one sentence after the colon, parted by
semicolons ("药监局批准以下新药上市：甲的X，用于…；乙的Y，用于…；以及丙的Z…。"): each drug has the event with its
item's company. Our own words, both scripts."""

_TEXTS = (
    "药监局批准两款新药\n\n国家药监局日前批准以下新药上市：岭南制药的岭帕妥单抗注射液，用于治疗胃癌；"
    "以及北辰生物的北沙替尼片，用于治疗EGFR突变非小细胞肺癌。",
    "藥監局批准兩款新藥\n\n國家藥監局日前批准以下新藥上市：嶺南製藥的嶺帕妥單抗注射液，用於治療胃癌；"
    "以及北辰生物的北沙替尼片，用於治療EGFR突變非小細胞肺癌。",
)


def test_each_drug_after_the_colon_has_the_event(extracted):
    for text, companies in zip(_TEXTS, ({"岭南制药", "北辰生物"}, {"嶺南製藥", "北辰生物"})):
        found = {r.company for r in extracted(text).records["regulatory"] if r.event == "approval"}
        assert found >= companies, found


def test_items_end_with_the_sentence(extracted):
    text = ("药监局批准新药\n\n国家药监局日前批准以下新药上市：岭南制药的岭帕妥单抗注射液，用于治疗胃癌；"
            "北辰生物的北沙替尼片，用于治疗肺癌。另据了解，东垣医药的东瑞替尼胶囊正在开展III期临床。")
    found = {r.company for r in extracted(text).records["regulatory"] if r.event == "approval"}
    assert "北辰生物" in found and "东垣医药" not in found, found
