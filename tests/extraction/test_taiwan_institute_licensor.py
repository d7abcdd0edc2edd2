"""Taiwan's public research institutes, named by their usual short forms (工研院, 国卫院, 中研院), license
technology out (技术移转): the institute is the licensor and the firm that pays is the licensee. Our own
words, both scripts."""


def test_a_traditional_script_tech_transfer_from_itri(facts):
    text = "澄瀾生技宣布與工研院簽署技術移轉合約，取得LX-402新藥的全球專屬授權，將支付簽約金新台幣1,800萬元。"
    deal = facts(text)["deals"][0]
    assert deal.licensor == "Industrial Technology Research Institute" and deal.licensee == "澄瀾生技"


def test_a_simplified_script_licence_from_the_health_institutes(facts):
    text = "岳屿生技今日公告，与国卫院完成RX-71抗体技术移转签约，岳屿将支付技术移转授权金新台币2500万元。"
    deal = facts(text)["deals"][0]
    assert deal.licensor == "National Health Research Institutes" and deal.licensee == "岳屿生技"
