"""A drug plant (放射性药物厂) and a cyclotron planned elsewhere, told in one sentence, are two sites: the
places in their names (in either script) set them apart. Our own words, both scripts."""


def _sites(facts, text):
    return {(f.kind_of_site, f.name) for f in facts(text)["facilities"]}


def test_a_plant_and_a_cyclotron_in_another_city_are_two_sites(facts):
    text = "澄湾核药表示，公司位于新竹的放射性药物厂已完工，另规划在高雄新建一座回旋加速器。"
    kinds = {kind for kind, _ in _sites(facts, text)}
    assert kinds == {"gmp_plant", "cyclotron"}


def test_a_traditional_script_plant_and_a_cyclotron_apart(facts):
    text = "澄灣核藥表示，公司位於新竹的放射性藥物廠已完工，另規劃在高雄新建一座迴旋加速器。"
    names = {name for _, name in _sites(facts, text)}
    assert any(n and "新竹" in n for n in names) and any(n and "高雄" in n for n in names)
