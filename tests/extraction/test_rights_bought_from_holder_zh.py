"""A company that takes over (受让/购买/收购) the rights another company holds (Y持有的…项目技术) is the licensee and
the holder the licensor. Our own words, both scripts."""


def test_rights_taken_over_from_their_holder(facts):
    for text in ("技术受让公告\n\n2027年2月3日，汐岚药业公告，公司拟以1.5亿元受让瑞朴生物科技（杭州）有限公司持有的RP-33项目"
                 "在中国大陆的全部技术及权益。RP-33是一款GLP-1受体激动剂，已进入I期临床。",
                 "技術受讓公告\n\n2027年2月3日，汐嵐藥業公告，公司擬以1.5億元受讓瑞樸生物科技（杭州）有限公司持有的RP-33項目"
                 "在中國大陸的全部技術及權益。RP-33是一款GLP-1受體激動劑，已進入I期臨床。"):
        deals = facts(text)["deals"]
        assert [(d.licensor[:2], d.licensee[:2]) for d in deals] in ([("瑞朴", "汐岚")], [("瑞樸", "汐嵐")]), text
