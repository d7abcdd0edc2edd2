"""Company and asset resolution across documents and languages, for names the lexicon does not know."""
from __future__ import annotations

from pharmalens.extraction.companies import CompanyMention
from pharmalens.extraction.lexicon import Lexicon
from pharmalens.model.entities import EntityDecision
from pharmalens.model.records import Asset, Deal, Evidence
from pharmalens.resolve.entities import MERGE_AT, EntityResolver
from pharmalens.resolve.entity_index import asset_key, seeded_index
from pharmalens.resolve.names import name_keys, stock_codes

EV = [Evidence(0, 1, "x")]


def mention(name: str, provisional: bool = True) -> CompanyMention:
    return CompanyMention(0, len(name), name, name, provisional)


def asset(name: str, company: str | None, doc: str = "d#1", aliases: list[str] | None = None) -> Asset:
    return Asset(document=doc, evidence=EV, extractor="t", company=company, asset=name, aliases=aliases or [])


def resolver(*decisions: EntityDecision) -> EntityResolver:
    return EntityResolver(seeded_index(Lexicon([])), decisions)


def document(res: EntityResolver, names: list[str], assets: list[Asset] = (), codes: dict | None = None):
    records = {"assets": list(assets), "deals": []}
    mentions, decisions = res.resolve(records, [mention(n) for n in names], codes or {})
    return records, mentions, decisions


def test_name_cores_drop_legal_forms_and_trade_words_in_both_scripts() -> None:
    assert name_keys("澜沧核药科技股份有限公司").core == name_keys("澜沧核药").core == "澜沧"
    assert name_keys("澜沧核药").pinyin == "lancang"
    assert name_keys("Xiantong Medical Technology Co., Ltd.").letters == "xiantong"
    assert name_keys("Heron Isotope Therapeutics Inc.").core == "heron"
    assert name_keys("生物").core == "生物" and name_keys("Bio").core == "bio"  # nothing left to strip to


def test_stock_codes_after_a_name_and_in_a_filing_header() -> None:
    text = "嘉岭医药-B(02617)公告；证券代码：688731  证券简称：穆棱生物  公告编号：2026-003；Tovana Bio (NASDAQ: TVNA)"
    assert stock_codes(text, ["嘉岭医药", "穆棱生物", "Tovana Bio", "Unnamed"]) == {
        "嘉岭医药": {"2617.HK"}, "穆棱生物": {"688731.SH"}, "Tovana Bio": {"TVNA"}}


def test_a_short_code_with_no_exchange_is_on_the_pages_market() -> None:
    text = "澄曜生技(6723)今(3)日公告；岚汐醫藥(股份代號：2290)公佈；穆棱生物(00871)公告"
    names = ["澄曜生技", "岚汐醫藥", "穆棱生物"]
    assert stock_codes(text, names, "TW") == {"澄曜生技": {"6723.TW"}, "岚汐醫藥": {"2290.HK"}, "穆棱生物": {"871.HK"}}
    assert stock_codes(text, names)["澄曜生技"] == {"6723.HK"}
    assert stock_codes("Tarvik Bio (4169.TWO) said", ["Tarvik Bio"], "HK") == {"Tarvik Bio": {"4169.TWO"}}


def test_a_chinese_name_joins_its_english_company_on_pinyin_and_a_shared_asset_code() -> None:
    res = resolver()
    document(res, ["Lancang Nuclear Medicine"], [asset("LC-2207", "Lancang Nuclear Medicine")])
    records, mentions, decisions = document(res, ["澜沧核药"], [asset("LC 2207", "澜沧核药")])
    assert [m.name for m in mentions] == ["Lancang Nuclear Medicine"]
    assert records["assets"][0].company == "Lancang Nuclear Medicine"
    merge = next(d for d in decisions if d.kind == "company")
    assert (merge.canonical, merge.member, merge.action) == ("Lancang Nuclear Medicine", "澜沧核药", "merge")
    assert "lancang" in merge.reason and "lc2207" in merge.reason and merge.score >= MERGE_AT


def test_pinyin_alone_is_only_proposed() -> None:
    res = resolver()
    document(res, ["Xiantong Medical"])
    _, mentions, decisions = document(res, ["先通医药"])
    assert [m.name for m in mentions] == ["先通医药"]
    assert [(d.canonical, d.member, d.action) for d in decisions] == [("Xiantong Medical", "先通医药", "propose")]


def test_homophones_are_never_merged_on_sound() -> None:
    res = resolver()
    document(res, ["Huaxi Biotherapeutics", "华熙生物"])  # named together: one company
    _, mentions, decisions = document(res, ["华西医药"], [asset("HX-9", "华西医药")])
    assert [m.name for m in mentions] == ["华西医药"]
    assert all(d.action != "merge" for d in decisions if d.member == "华西医药")


def test_two_chinese_names_that_sound_alike_make_the_english_match_a_review() -> None:
    res = resolver()
    document(res, ["华熙生物"])
    document(res, ["华西医药"])
    _, mentions, decisions = document(res, ["Huaxi Pharma"])
    assert [m.name for m in mentions] == ["Huaxi Pharma"]
    assert all(d.action == "propose" and "sound alike" in d.reason for d in decisions)


def test_the_same_stock_code_merges_different_spellings() -> None:
    res = resolver()
    document(res, ["穆棱生物"], codes={"穆棱生物": {"688731.SH"}})
    _, mentions, decisions = document(res, ["Muling Biotech Co"], codes={"Muling Biotech Co": {"688731.SH"}})
    assert mentions[0].name == "穆棱生物"
    assert "same stock code 688731.SH" in decisions[0].reason and decisions[0].action == "merge"


def test_same_core_in_one_script_merges_short_and_legal_names() -> None:
    res = resolver()
    _, mentions, decisions = document(res, ["青岚核", "青岚核医药股份有限公司"])
    assert {m.name for m in mentions} == {"青岚核医药股份有限公司"}
    assert decisions[0].member == "青岚核" and decisions[0].action == "merge"


def test_a_person_s_split_keeps_two_names_apart_and_a_merge_joins_them() -> None:
    split = EntityDecision("company", "青岚核医药", "青岚核", "split", "by a person", source="user")
    res = resolver(split)
    document(res, ["青岚核医药"])
    _, mentions, decisions = document(res, ["青岚核"])
    assert mentions[0].name == "青岚核" and decisions == []
    forced = resolver(EntityDecision("company", "Corvid Ventures", "渡鸦资本", "merge", "by a person", source="user"))
    _, mentions, _ = document(forced, ["渡鸦资本"])
    assert mentions[0].name == "Corvid Ventures"


def test_assets_merge_on_a_shared_code_unless_their_owners_differ() -> None:
    res = resolver()
    document(res, ["Heron Isotope"], [asset("HIT-412", "Heron Isotope")])
    records, _, decisions = document(res, ["Heron Isotope"], [asset("镥[177Lu]赫伦肽", "Heron Isotope",
                                                                       aliases=["HIT412"])])
    assert records["assets"][0].asset == "HIT-412" and "镥[177Lu]赫伦肽" in records["assets"][0].aliases
    assert any(d.kind == "asset" and d.action == "merge" for d in decisions)
    records, _, decisions = document(res, ["Pemberton Oncology"], [asset("HIT 412", "Pemberton Oncology")])
    assert records["assets"][0].asset == "HIT 412"
    assert [d.action for d in decisions if d.kind == "asset"] == ["propose"]
    assert asset_key("HIT-412") == asset_key("hit 412") and asset_key("Pluvicto") == "pluvicto"


def test_deal_parties_are_renamed_with_their_company() -> None:
    res = resolver()
    document(res, ["Lancang Nuclear Medicine"], [asset("LC-2207", "Lancang Nuclear Medicine")])
    deal = Deal(document="d#2", evidence=EV, extractor="t", licensor="澜沧核药", licensee="Pemberton Oncology",
                asset="LC-2207")
    records = {"assets": [asset("LC-2207", "澜沧核药", "d#2")], "deals": [deal]}
    res.resolve(records, [mention("澜沧核药"), mention("Pemberton Oncology")], {})
    assert deal.licensor == "Lancang Nuclear Medicine" and deal.licensee == "Pemberton Oncology"


def test_a_longer_name_with_trade_words_of_its_own_is_another_company() -> None:
    res = resolver()
    document(res, ["Corsa Therapeutics"])
    _, mentions, _ = document(res, ["Corsa Nuclear Technologies"])
    assert [m.name for m in mentions] == ["Corsa Nuclear Technologies"]
    _, mentions, _ = document(res, ["Corsa Therapeutics Inc."])
    assert [m.name for m in mentions] == ["Corsa Therapeutics"]


def test_a_name_the_article_glosses_with_a_known_company_s_name_is_merged() -> None:
    res = resolver()
    document(res, ["Mingrui Biologics"])
    glossed = CompanyMention(0, 4, "明瑞生物", "Mingrui Biologics", True)
    records = {"assets": [asset("MR-0417", "明瑞生物")], "deals": []}
    mentions, decisions = res.resolve(records, [mention("明瑞生物"), glossed], {})
    assert {m.name for m in mentions} == {"Mingrui Biologics"}
    assert records["assets"][0].company == "Mingrui Biologics"
    assert [(d.canonical, d.member, d.action) for d in decisions if d.kind == "company"] == [
        ("Mingrui Biologics", "明瑞生物", "merge")]
    assert "writes Mingrui Biologics as another name" in decisions[0].reason


def test_an_open_proposal_is_merged_when_a_later_document_shows_a_shared_asset() -> None:
    res = resolver()
    document(res, ["Mingrui Biologics"], [asset("MR-0417", "Mingrui Biologics")])
    _, _, first = document(res, ["明瑞生物"])
    assert [d.action for d in first] == ["propose"]
    records, mentions, later = document(res, ["明瑞生物"], [asset("MR 0417", "明瑞生物")])
    assert [(d.canonical, d.member, d.action) for d in later if d.kind == "company"] == [
        ("Mingrui Biologics", "明瑞生物", "merge")]
    assert later[0].score >= MERGE_AT and "scored again" in later[0].reason
    assert records["assets"][0].company == "Mingrui Biologics" and {m.name for m in mentions} == {"Mingrui Biologics"}
    assert res.index.by_name["明瑞生物"] == "Mingrui Biologics" and "明瑞生物" not in res.index.companies
    _, _, again = document(res, ["明瑞生物"], [asset("MR-0417", "明瑞生物")])
    assert [d for d in again if d.kind == "company"] == []


def test_evidence_for_the_proposal_s_canonical_side_also_settles_it() -> None:
    res = resolver()
    document(res, ["Mingrui Biologics"])
    document(res, ["明瑞生物"], [asset("MR-0417", "明瑞生物")])
    _, mentions, later = document(res, ["Mingrui Biologics"], [asset("MR-0417", "Mingrui Biologics")])
    assert [(d.canonical, d.member, d.action) for d in later if d.kind == "company"] == [
        ("Mingrui Biologics", "明瑞生物", "merge")]
    assert {m.name for m in mentions} == {"Mingrui Biologics"}


def test_a_person_s_rejection_stops_a_proposal_from_being_scored_again() -> None:
    res = resolver()
    document(res, ["Mingrui Biologics"], [asset("MR-0417", "Mingrui Biologics")])
    document(res, ["明瑞生物"])
    res.remember(EntityDecision("company", "Mingrui Biologics", "明瑞生物", "reject", "two firms", source="user"))
    _, mentions, later = document(res, ["明瑞生物"], [asset("MR-0417", "明瑞生物")])
    assert [d for d in later if d.kind == "company"] == [] and {m.name for m in mentions} == {"明瑞生物"}


def test_a_pinyin_match_with_drug_codes_of_one_series_merges() -> None:
    res = resolver()
    document(res, ["岷川核药"], [asset("MC-1104", "岷川核药")])
    records, mentions, decisions = document(res, ["Minchuan Isotopes"], [asset("MC-2120", "Minchuan Isotopes")])
    merge = next(d for d in decisions if d.kind == "company")
    assert (merge.canonical, merge.member, merge.action) == ("岷川核药", "Minchuan Isotopes", "merge")
    assert "MC-" in merge.reason and merge.score >= MERGE_AT


def test_drug_codes_of_one_series_alone_merge_nothing() -> None:
    res = resolver()
    document(res, ["岷川核药"], [asset("MC-1104", "岷川核药")])
    _, mentions, decisions = document(res, ["Corvane Bio"], [asset("MC-2120", "Corvane Bio")])
    assert [m.name for m in mentions] == ["Corvane Bio"]
    assert not [d for d in decisions if d.kind == "company"]
