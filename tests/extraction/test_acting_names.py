"""Short Chinese names the lexicon does not know, found acting once after a word for a drug company or
with their Latin name in brackets."""
from pharmalens.documents.language import to_simplified
from pharmalens.extraction.companies import find_companies
from pharmalens.extraction.lexicon import Lexicon


def names(text):
    return {m.name for m in find_companies(to_simplified(text), Lexicon([]))}


def test_a_firm_named_once_after_its_country_of_origin_and_shang_is_a_company():
    assert "莫伦达" in names("岚桥生技与法商莫伦达签署合作协议，双方将共同开发眼科新药。")
    assert "莫伦达" in names("嵐橋生技與美商莫倫達簽署合作協議，雙方將共同開發眼科新藥。")


def test_a_latin_name_in_brackets_between_a_name_and_its_verb_keeps_the_name():
    assert "莫伦达" in names("岚桥生技宣布，与法商莫伦达（Morenda）签署合作协议，共同开发眼科新药。")
    assert "莫伦达" in names("嵐橋生技宣布，與德商莫倫達(Morenda Pharma)簽署合作協議，共同開發眼科新藥。")


def test_a_country_before_a_word_for_a_drug_company_still_vouches_for_the_name_after_it():
    assert "莫伦达" in names("岚桥生技今日宣布，与法国药企莫伦达（Morenda）签署合作协议。")
    assert "莫伦达" in names("嵐橋生技今日宣布，與瑞士藥企莫倫達簽署合作協議。")


def test_a_clause_about_drug_firms_in_general_names_no_company_after_the_word():
    assert names("这种模式使药企既能获得资金，又能保留股权。") == set()
