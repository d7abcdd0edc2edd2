"""A regulatory round-up numbers its items ("3. 甲公司的X获批临床。"): an item that ends its sentence is
no heading, so the next item's company and its 默示许可 are no licence from the one before. Our own
words."""


def test_numbered_approval_items_make_no_deal(facts):
    text = ("本周CDE审评动态\n\n【受理】\n2. 桐川生物的CD20/CD3双抗TC-17申报上市获受理。\n"
            "3. 岭泽医药的FAP靶向放射性配体LZ-225获得临床试验默示许可，拟用于胰腺癌。\n")
    found = facts(text)
    assert found["deals"] == []
    assert {a.asset: a.company for a in found["assets"]}.get("LZ-225") == "岭泽医药"


