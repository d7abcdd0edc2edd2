"""A known short name whose last character opens the trade words of a longer name (石药 in 华石药业, 竹石藥業)
belongs to that other company; the known name written whole (石药集团, 石药业绩, 并非远大医药) stays the
known company's. Our own words and made-up names, both scripts."""


def _names(extracted, text):
    return {c.name for c in extracted(text).companies}


def test_a_known_short_name_ending_inside_the_trade_words_is_another_company(extracted):
    for text, name in (("证券代码:600917 证券简称:岚石药业\n岚石药业股份有限公司2024年第三季度报告，创新药收入增长。\n", "岚石"),
                       ("公司之全資附屬公司蘇州澄石藥業股份有限公司與輝瑞簽訂創新藥許可協議。\n", "澄石")):
        names = _names(extracted, text)
        assert name in names and "CSPC" not in names, names


def test_the_known_name_written_whole_stays_known(extracted):
    for text in ("石药集团今日公告，其创新药与辉瑞达成合作。石药业绩同比增长12%。", "这并非远大医药首次在核药领域授权引进创新药。"):
        names = _names(extracted, text)
        assert names & {"CSPC", "Grand Pharmaceutical"} and not any(n.startswith(("非", "石药业")) for n in names), names
