"""A site's name starts at a word, never inside one, and leaves out how it ranks ("the world's second and
China's first commercial", "全球第二台、中国首台商业化"): the machine or plant as named. Our own words."""


def _names(facts, text):
    return [f.name for f in facts(text)["facilities"]]


def test_a_ranked_cyclotron_is_named_without_its_rank(facts):
    for text, name in (
            ("Beyond that, Halvorsen Isotopes targets the radionuclide supply bottleneck: the world's second and "
             "Norway's first commercial Vantor 24 MeV cyclotron, commissioned in March 2026, makes Ge-68 and Zr-89.\n",
             "Vantor 24 MeV cyclotron"),
            ("岳川医药宣布，公司全球第三台、亚洲首台商业化Vantor 24 MeV回旋加速器已于2026年3月投入使用，可生产Ge-68、Zr-89等放射性药物核素。\n",
             "Vantor 24 MeV回旋加速器")):
        assert _names(facts, text) == [name], _names(facts, text)
