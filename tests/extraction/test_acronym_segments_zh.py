"""A business line named by an acronym glued to a Chinese word ("CDMO业务收入", "CXO板塊收入") keeps the
acronym: the segment is not the bare "业务". Our own words, both scripts."""


def _segments(records):
    return {r.segment for r in records["financials"] if r.metric == "segment_revenue"}


def test_acronym_business_line(facts):
    text = ("岚拓医药发布2026年中期业绩\n\n上半年公司实现营业收入18.2亿元，同比增长11.0%。其中，"
            "创新药收入为9.6亿元，CDMO业务收入为3.1亿元，同比增长8.7%。")
    segments = _segments(facts(text))
    assert "CDMO业务" in segments and "业务" not in segments


def test_traditional_acronym_business_line(facts):
    text = ("嵐拓醫藥公佈2026年中期業績\n\n本集團期內收入為人民幣1,820.0百萬元。其中：\n"
            "‧ CDMO業務收入為人民幣310.4百萬元，同比增長8.7%；\n‧ 創新藥收入為人民幣960.2百萬元。\n")
    segments = _segments(facts(text))
    assert "CDMO業務" in segments and "業務" not in segments
