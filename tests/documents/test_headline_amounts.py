"""A headline ending in an amount written with a thousands comma (入场费约8,080港元) stands over its blank
line: the comma is no clause mark, so the headline is not a broken sentence joined to the body."""
from pharmalens.documents.lines import repair_lines


def test_a_headline_ending_in_a_thousands_amount_is_not_joined_to_the_body():
    text = "瀚霖医药-B公布招股 入场费约6,240港元\n\n瀚霖医药-B（代号：02733）今日起招股，拟发行2,800万股H股。\n"
    assert repair_lines(text).text.split("\n")[0] == "瀚霖医药-B公布招股 入场费约6,240港元"


def test_a_traditional_headline_ending_in_a_thousands_amount():
    text = "瀚霖醫藥-B公佈招股 集資淨額約4,820萬港元\n\n瀚霖醫藥-B（代號：02733）今日起招股，擬發行2,800萬股H股。\n"
    assert repair_lines(text).text.split("\n")[0] == "瀚霖醫藥-B公佈招股 集資淨額約4,820萬港元"
