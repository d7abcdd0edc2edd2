"""Research institutes and universities as deal parties (our own sentences)."""
from pharmalens.extraction.institutions import institution_names


def names(text):
    return [n for _, _, n in institution_names(text, [])]


def test_institution_names_in_both_scripts_and_their_bounds():
    assert names("国家新药研究院今日宣布完成技术转让。") == ["国家新药研究院"]
    assert names("该药由中国科学院南京天然药物研究所发现。") == ["中国科学院南京天然药物研究所"]
    assert names("中国核工业研究院化学与材料研究所发布公告。") == ["中国核工业研究院化学与材料研究所"]
    assert names("记者走进杭州大学看到…") == ["杭州大学"]
    assert names("Researchers at the University of Glenmoor and Harwick Institute said") == \
        ["University of Glenmoor", "Harwick Institute"]


def test_an_academicians_title_and_a_brokerages_research_unit_are_no_party():
    assert names("中国科学院院士张某表示看好该药。") == []
    assert names("岭南证券研究所分析师认为该交易估值合理。") == []


def test_an_institute_that_transfers_a_drug_is_the_licensor_in_both_languages(facts):
    zh = "国家新药研究院与澄石医药签署技术转让协议，将候选药物NDI-5的全球权益转让给澄石医药，技转金8000万元。"
    deal = facts(zh)["deals"][0]
    assert (deal.licensor, deal.licensee) == ("国家新药研究院", "澄石医药") and deal.upfront.amount == 80
    tw = "國家新藥研究院與沐川生醫完成專屬技術授權簽約，技轉金新台幣2,500萬元，另依銷售額收取衍生利益金。"
    deal = facts(tw)["deals"][0]
    assert (deal.licensor, deal.licensee) == ("國家新藥研究院", "沐川生醫") and deal.royalty == "衍生利益金"
    en = "The University of Glenmoor licensed its FAP-targeted radioligand UG-31 to Kestrel Oncology."
    deal = facts(en)["deals"][0]
    assert (deal.licensor, deal.licensee) == ("University of Glenmoor", "Kestrel Oncology")
