"""A short first line with a comma ("X公布年报：收入增长，亏损收窄") over a blank line is the headline when the
paragraph below opens as a story does (a date, 近日, a reporter's line) or names the headline's subject again;
a first sentence broken over a blank line still joins its continuation."""
from pharmalens.documents.lines import repair_lines


def test_headline_with_a_comma_stays_over_a_lede_opening_with_a_date_or_its_subject():
    for headline, lede in (("澄霄生物公布年度业绩：收入增长31%，亏损收窄", "8月20日，澄霄生物发布公告称，全年收入达到5.2亿元。"),
                           ("澄霄生物公布年度業績：收入增長31%，虧損收窄", "澄霄生物（1733）公布截至12月31日止年度業績，收入5.2億元。"),
                           ("汀岚医药授出海外权益，首付款8000万美元", "近日，汀岚医药宣布与Korvel Bio达成许可协议。"),
                           ("汀嵐醫藥授出海外權益，首付款8000萬美元", "工商時報記者 王明／台北報導 汀嵐醫藥宣布與Korvel Bio達成授權協議。")):
        text = f"{headline}\n\n{lede}\n"
        assert repair_lines(text).text.split("\n")[0] == headline, headline


def test_first_sentence_broken_over_a_blank_line_still_joins():
    text = "汀岚医药与Korvel Bio签署许可协议，将TL-41的海外权益授予对\n\n方，首付款为8000万美元。\n"
    assert repair_lines(text).text.startswith("汀岚医药与Korvel Bio签署许可协议，将TL-41的海外权益授予对方，")
