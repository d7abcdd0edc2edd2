"""Cue sets as data, matched in one pass; the issuer that 本公司 / the Company stand for."""
import re

from hypothesis import given, settings, strategies as st

from pharmalens.documents.language import to_simplified
from pharmalens.extraction.companies import CompanyMention
from pharmalens.extraction.cues import CueIndex, cue_regex, cue_sets
from pharmalens.extraction.issuer import find_issuer


def test_every_cue_is_written_once_in_simplified_chinese():
    for name, phrases in cue_sets().items():
        for phrase in phrases:
            assert to_simplified(phrase) == phrase, (name, phrase)


def test_every_cue_set_compiles_to_a_pattern():
    for name in cue_sets():
        assert cue_regex(name).pattern


def test_one_pass_finds_cues_of_every_set_at_word_boundaries():
    index = CueIndex("Borealis Bio announced today; the unannounced plan. 北辰药业宣布")
    found = [(c.phrase, c.name) for c in index.hits("issuer.announces")]
    assert ("announced", "issuer.announces") in found and ("宣布", "issuer.announces") in found
    assert all(c.phrase != "announced" or c.start == 13 for c in index.hits("issuer.announces"))


def test_nearest_cue_before_a_position():
    index = CueIndex("Hanwell said on Monday that the company expects growth")
    cue = index.last_before("issuer.self", 50, 30)
    assert cue is not None and cue.phrase == "the company"
    assert index.last_before("issuer.self", 20, 10) is None


def _spaced_and_cased(phrase: str) -> str:
    """A phrase as a text may write it: its words apart by a line break and tabs, letters upper case."""
    return phrase.rstrip("*").replace(" ", " \n\t").upper()


def test_a_sentence_where_a_set_can_match_is_never_skipped():
    for name, phrases in cue_sets().items():
        for phrase in phrases:
            before, written = "Ferrowick 公司 said: ", _spaced_and_cased(phrase)
            text = f"First line. {before}{written}ly done。"
            index = CueIndex(text)
            start = text.index(before)
            match = cue_regex(name).search(text, start)
            if match:
                assert index.may_match(name, start, len(text)), (name, phrase)


def test_a_sentence_without_a_word_of_the_set_is_skipped():
    text = "Ostrava Labs reported revenue. Ostrava Labs licensed its antibody to Pellbrook Pharma."
    index = CueIndex(text)
    cut = text.index("Ostrava Labs licensed")
    assert not index.may_match("deal.trigger", 0, cut) and not cue_regex("deal.trigger").search(text[:cut])
    assert index.may_match("deal.trigger", cut, len(text)) and index.may_match("deal.trigger")
    assert not CueIndex("默沙东报告了销售额。").may_match("deal.trigger")


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(sorted(cue_sets())), st.data())
def test_may_match_holds_wherever_the_sets_pattern_matches(name, data):
    phrase = data.draw(st.sampled_from(cue_sets()[name]))
    pad = st.text(alphabet="aZ9 \n\t,.-公司许可", max_size=6)
    text = data.draw(pad) + _spaced_and_cased(phrase) + data.draw(pad)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    if cue_regex(name).search(text[start:end]):
        assert CueIndex(text).may_match(name, start, end)


def _mention(text: str, name: str, nth: int = 0) -> CompanyMention:
    start = [m.start() for m in re.finditer(re.escape(name), text)][nth]
    return CompanyMention(start, start + len(name), name, name, True)


def test_the_company_beside_its_stock_code_is_the_issuer_not_the_partner_named_more_often():
    text = "北辰药业(02977.HK)公布,集团与南岭生物签署协议。南岭生物将获得首付款。南岭生物表示满意。"
    mentions = [_mention(text, "北辰药业"), _mention(text, "南岭生物", 0), _mention(text, "南岭生物", 1),
                _mention(text, "南岭生物", 2)]
    issuer = find_issuer(text, mentions)
    assert issuer is not None and issuer.name == "北辰药业" and issuer.reason == "stock_code"


def test_the_subject_of_the_lead_is_the_issuer_past_an_apposition(facts, one):
    text = ("Hangzhou startup Pellucid Bio raises $90 million\n\nPellucid Bio, a Hangzhou-based developer of "
            "radioligand therapies, has completed a $90 million Series B round led by Greywater Capital. Proceeds "
            "will fund a Phase I trial of its FAP radioligand PLB-31.")
    mentions = [_mention(text, "Pellucid Bio", 0), _mention(text, "Pellucid Bio", 1), _mention(text, "Greywater Capital")]
    issuer = find_issuer(text, mentions)
    assert issuer is not None and issuer.name == "Pellucid Bio" and issuer.reason == "announcer"
    assert one(facts(text)["assets"], asset="PLB-31").company == "Pellucid Bio"


def test_a_filing_header_line_names_the_issuer():
    text = "Harrowgate Therapeutics\n\nDISCLOSEABLE TRANSACTION\n\nThe Company entered into an agreement with Oaken Bio."
    mentions = [_mention(text, "Harrowgate Therapeutics"), _mention(text, "Oaken Bio")]
    assert find_issuer(text, mentions).name == "Harrowgate Therapeutics"


def test_a_header_line_of_a_name_and_the_filing_it_is_names_the_issuer(facts, one):
    for text in ("證券代碼：4173\n晴川生醫股份有限公司 重大訊息公告\n主旨：本公司與Pellmoor Bio簽訂授權合約\n"
                 "說明：本公司將QC-88於歐洲之開發權利授權予Pellmoor Bio，簽約金美金500萬元。",
                 "证券代码：300912\n晴川生物医药股份有限公司 自愿公告\n本公司将QC-88于欧洲的开发权利授权予Pellmoor Bio，首付款500万美元。"):
        deal = one(facts(text)["deals"])
        assert deal.licensor.startswith("晴川") and deal.licensee == "Pellmoor Bio"


def test_a_short_name_in_a_filings_header_field_is_the_company_that_says_ben_gongsi(facts, one):
    for text in ("公司代號 6712 公司簡稱 晴川 發言日期 115/03/04\n主旨:本公司取得松澗藥業股份有限公司80%股權\n"
                 "1.事實發生日:115/03/04\n2.交易總金額:新台幣210,000,000元",
                 "公司代号:6712 公司简称:晴川\n主旨:本公司取得松涧药业股份有限公司80%股权\n"
                 "1.事实发生日:115/03/04\n2.交易总金额:新台币210,000,000元"):
        deal = one(facts(text)["deals"])
        assert deal.licensee == "晴川" and deal.licensor.startswith("松") and deal.deal_type == "acquisition"


def test_a_company_named_once_in_passing_is_no_issuer():
    text = "市场回顾:多家药企股价上涨,其中也包括远川生物。"
    assert find_issuer(text, [_mention(text, "远川生物")]) is None


def test_a_company_given_as_an_example_is_no_issuer_and_tongguo_is_no_announcing_verb():
    text = "新模式的好处:效率提升,如远川生物通过新公司把双抗推进到二期;风险分散,如澄江药业借此专注主业。"
    mentions = [_mention(text, "远川生物"), _mention(text, "澄江药业")]
    assert find_issuer(text, mentions) is None
    filed = "远川生物(06612)公布,董事会通过年度业绩。"
    assert find_issuer(filed, [_mention(filed, "远川生物")]).name == "远川生物"


def test_a_section_label_above_the_headline_does_not_hide_the_company_it_opens_with():
    for label in ("Key Points", "核心要点：", "Summary:"):
        text = f"{label}\n- Quillmark Bio out-licensed QM-12 to Tarnley Pharma.\n- The company's revenue rose 12%."
        mentions = [_mention(text, "Quillmark Bio"), _mention(text, "Tarnley Pharma")]
        issuer = find_issuer(text, mentions)
        assert issuer is not None and issuer.name == "Quillmark Bio"


def test_a_european_issuer_after_a_dateline_with_its_legal_form_and_exchange_owns_the_pipeline(facts, one):
    for lead in ("Uppsala, Sweden, 12 May 2026 – Fyrisan Oncology AB (Nasdaq Stockholm: FYRO) publishes its "
                 "interim report.",
                 "Ghent, 12 May 2026 – Leiebrug Therapeutics NV (Euronext Brussels: LEIB) today reported results."):
        records = facts(lead + " The Phase 1 study of FYR-3, an antibody targeting CLDN18.2, completed enrolment.")
        owner = one(records["assets"], asset="FYR-3").company
        assert owner in ("Fyrisan Oncology", "Leiebrug Therapeutics"), lead
