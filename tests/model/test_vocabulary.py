"""The shipped vocabulary (pharmalens/data) keeps the rules its file headers state."""
import re
from collections import defaultdict
from importlib import resources

import opencc
import pytest

from pharmalens.model.vocabulary import load_yaml

COMPANIES = load_yaml("companies.yaml")
DRUGS = load_yaml("drugs.yaml")
TARGETS = {t["symbol"] for t in load_yaml("targets.yaml")}
MODALITIES = {m["modality"] for m in load_yaml("modalities.yaml")}
KINDS = {"pharma", "biotech", "investor", "cro_cdmo", "regulator", "other"}
TO_SIMPLIFIED = opencc.OpenCC("t2s").convert

# Words that name a kind of company, a place or an action, never one organisation.
GENERIC = {
    "bio", "pharma", "pharmaceutical", "pharmaceuticals", "biotech", "biotechnology", "biopharma", "biologics",
    "biosciences", "therapeutics", "medicine", "medicines", "medical", "oncology", "health", "healthcare",
    "sciences", "labs", "laboratories", "capital", "ventures", "partners", "holdings", "group", "company",
    "the company", "the group", "investment", "fund", "china", "global", "international", "radiopharma",
    "isotopes", "clinical", "innovation", "genetics", "vaccine", "vaccines", "cro", "cdmo", "ipo",
    "生物", "医药", "制药", "药业", "生技", "生医", "生物科技", "生物医药", "生物制药", "生物技术", "医药科技", "医疗",
    "健康", "科技", "新药", "药物", "疫苗", "资本", "创投", "基金", "投资", "控股", "集团", "公司", "本公司",
    "本集团", "中国", "美国", "香港", "台湾", "日本", "韩国", "欧洲", "核药", "药厂", "药企", "创新药",
    "宣布", "公告", "合作", "引入", "授权", "收购",
}
VERBS_IN_NAME = re.compile(r"宣布|公告|签署|签约|获得|引入|授权|将|拟")
TICKER = re.compile(
    r"^(?:\d{4}\.HK|6[08]\d{4}\.SH|(?:00|30)\d{4}\.SZ|\d{4}\.TWO?|\d{3}[0-9A-Z]\.T|\d{6}\.K[SQ]"
    r"|[A-Z][A-Z0-9]{1,5}(?:\.[A-Z])?)$")


def company_forms(item):
    return [item["name"], *(item.get("en") or []), *(item.get("zh") or []), *(item.get("zh_hant") or [])]


def drug_forms(item):
    return [item["inn"], *(item.get("zh") or []), *(item.get("brands") or []), *(item.get("codes") or [])]


def owners(entries, forms_of, key):
    found = defaultdict(set)
    for item in entries:
        for form in forms_of(item):
            found[str(form).strip().casefold()].add(item[key])
    return found


def test_company_names_are_unique_and_complete():
    names = [c["name"] for c in COMPANIES]
    assert len(names) == len(set(names))
    for c in COMPANIES:
        assert c["kind"] in KINDS, c["name"]
        assert re.fullmatch(r"[A-Z]{2}", c["country"] or ""), c["name"]


def indication_forms(item):
    return [item["name"], *(item.get("aliases") or [])]


@pytest.mark.parametrize("entries,forms_of,key", [(COMPANIES, company_forms, "name"), (DRUGS, drug_forms, "inn"),
                                                  (load_yaml("indications.yaml"), indication_forms, "name")])
def test_a_surface_form_belongs_to_one_entry(entries, forms_of, key):
    shared = {form: sorted(who) for form, who in owners(entries, forms_of, key).items() if len(who) > 1}
    assert shared == {}


def test_no_company_form_is_a_generic_word_or_a_verb_phrase():
    for c in COMPANIES:
        for form in company_forms(c):
            folded = str(form).strip().casefold()
            assert folded not in GENERIC, (c["name"], form)
            assert not VERBS_IN_NAME.search(folded), (c["name"], form)
            if folded.isascii():
                assert len(folded) >= 3, (c["name"], form)


@pytest.mark.parametrize("entries,forms_of,key", [(COMPANIES, company_forms, "name"), (DRUGS, drug_forms, "inn")])
def test_chinese_forms_survive_conversion_to_simplified(entries, forms_of, key):
    """The extractor matches on simplified text: each zh form, converted, is still a form of its entry."""
    for item in entries:
        forms = {str(f) for f in forms_of(item)}
        for form in item.get("zh") or []:
            assert re.search(r"[\u4e00-\u9fff]", form), (item[key], form)
            assert TO_SIMPLIFIED(form) in forms, (item[key], form, TO_SIMPLIFIED(form))


def test_tickers_are_well_formed_and_unique():
    seen = {}
    for c in COMPANIES:
        for ticker in c.get("tickers") or []:
            assert TICKER.match(str(ticker)), (c["name"], ticker)
            assert seen.setdefault(ticker, c["name"]) == c["name"], (ticker, seen[ticker], c["name"])


def test_drugs_point_at_known_companies_targets_and_modalities():
    companies = {c["name"] for c in COMPANIES}
    for d in DRUGS:
        assert d["company"] in companies, (d["inn"], d["company"])
        assert d["modality"] in MODALITIES, (d["inn"], d["modality"])
        assert set(d.get("targets") or []) <= TARGETS, (d["inn"], d.get("targets"))


def test_a_drug_name_is_not_also_a_company_name():
    companies = owners(COMPANIES, company_forms, "name")
    clashes = {form: sorted(who) for form, who in owners(DRUGS, drug_forms, "inn").items() if form in companies}
    assert clashes == {}


def test_the_checks_catch_a_shared_form_and_a_bad_ticker():
    pair = [{"name": "Alpha Thera", "en": ["Alpha"]}, {"name": "Alpha Bio", "en": ["alpha"]}]
    assert owners(pair, company_forms, "name")["alpha"] == {"Alpha Thera", "Alpha Bio"}
    assert not TICKER.match("1093.hk") and not TICKER.match("900001.SH") and TICKER.match("688180.SH")


def test_every_company_section_names_the_list_it_follows():
    lines = resources.files("pharmalens.data").joinpath("companies.yaml").read_text(encoding="utf-8").splitlines()
    headers = [i for i, line in enumerate(lines) if line.startswith("# ----")]
    assert len(headers) >= 10
    for i in headers:
        assert lines[i + 1].startswith("# ") and len(lines[i + 1]) > 30, lines[i]


def test_company_and_drug_forms_are_not_other_vocabulary():
    other = set()
    for name, key in (("targets.yaml", "symbol"), ("indications.yaml", "name"), ("agencies.yaml", "agency")):
        for item in load_yaml(name):
            other.update(str(f).casefold() for f in [item[key], *(item.get("aliases") or [])])
    for item in load_yaml("modalities.yaml"):
        other.update(str(f).casefold() for f in item.get("aliases") or [])
    assert other & set(owners(COMPANIES, company_forms, "name")) == set()
    assert other & set(owners(DRUGS, drug_forms, "inn")) == set()
