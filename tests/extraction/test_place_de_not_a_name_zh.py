"""A place and 的 before a trade word (公司位于绍兴的核药工厂, 位於臺南的生物藥廠) say where a site stands: the place
and 的 open no company name. Our own words."""

_TEXTS = (
    "青屿核药完成1.2亿元A轮融资，由石门资本领投。公司位于绍兴的核药工厂预计2027年投产。",
    "青嶼核藥完成1.2億元A輪融資，由石門資本領投。公司位於紹興的核藥工廠預計2027年投產。",
)


def test_place_and_de_open_no_company(extracted):
    for text in _TEXTS:
        names = [m.name for m in extracted(text).companies]
        assert not [n for n in names if "的" in n], names
        assert any(n in ("青屿核药", "青嶼核藥") for n in names), names

