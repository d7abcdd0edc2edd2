"""A site a company will build at a named place, with no other event word (拟在X建设…基地, 計劃在X興建…廠), is a
site; one built before (此前已在X建设) or a machine set up somewhere unnamed is none. The site takes the place
nearest its kind word (江苏常州 → 常州) and no build verb in its name. Our own words."""

_PLANNED = (
    ("白鹭制药拟在江苏泰州建设制剂生产基地，用于口服固体制剂的商业化生产。", "泰州制剂生产基地"),
    ("白鷺製藥計劃在江蘇泰州興建製劑工廠，用於口服固體製劑的商業化生產。", "泰州製劑工廠"),
)


def test_site_to_be_built_at_a_place(extracted):
    for text, name in _PLANNED:
        sites = extracted("白鹭制药扩充产能\n\n" + text).records["facilities"]
        assert [(s.kind_of_site, s.name) for s in sites] == [("gmp_plant", name)], text


def test_site_built_before_or_unplaced_is_none(extracted):
    for text in ("白鹭制药公告称，公司此前已在泰州建设制剂生产基地，本次募资用于新药研发。",
                 "白鹭制药公告称，公司计划在园区内建设一条制剂生产线，具体时间未定。"):
        assert not extracted("白鹭制药公告\n\n" + text + "公司核心产品为创新药。").records["facilities"], text
