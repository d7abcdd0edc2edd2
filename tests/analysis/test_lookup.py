"""Company and asset look-ups from partial, fuzzy and other-script names."""
from pharmalens.analysis.lookup import lookup

COMPANIES = [
    {"name": "Kestrel Biologics", "aliases": ["鹰隼生物", "鷹隼生物科技", "Kestrel Biologics Co., Ltd."]},
    {"name": "Kestrel Oncology", "aliases": ["Kestrel Onc"]},
    {"name": "Morrow Radiopharma", "aliases": ["莫罗放射"]},
    {"name": "Tallis Therapeutics", "aliases": []},
]


def test_exact_names_and_aliases_in_either_script():
    assert lookup("kestrel biologics", COMPANIES).chosen == "Kestrel Biologics"
    simplified = lookup("鹰隼生物科技", COMPANIES)  # the alias is written in traditional characters
    assert (simplified.chosen, simplified.how) == ("Kestrel Biologics", "exact")
    assert lookup("莫羅放射", COMPANIES).chosen == "Morrow Radiopharma"
    assert lookup("ＭＯＲＲＯＷ ＲＡＤＩＯＰＨＡＲＭＡ", COMPANIES).chosen == "Morrow Radiopharma"


def test_partial_names_pick_one_or_list_the_candidates():
    found = lookup("Tallis", COMPANIES)
    assert (found.chosen, found.how) == ("Tallis Therapeutics", "partial")
    assert "matched Tallis Therapeutics" in found.message()
    both = lookup("Kestrel", COMPANIES)
    assert both.chosen is None and both.how == "ambiguous"
    assert set(both.candidates) == {"Kestrel Biologics", "Kestrel Oncology"}
    assert "Kestrel Oncology" in both.message() and "可能是" in both.message("zh")
    assert lookup("鹰隼", COMPANIES).chosen == "Kestrel Biologics"


def test_misspelt_names_match_fuzzily_and_nonsense_does_not():
    typo = lookup("Morow Radiopharm", COMPANIES)
    assert (typo.chosen, typo.how) == ("Morrow Radiopharma", "fuzzy")
    nothing = lookup("Zzyzx Quantum", COMPANIES)
    assert nothing.how == "none" and nothing.chosen is None and "Zzyzx" in nothing.message()
    assert lookup("  ", COMPANIES).how == "none"


def test_assets_by_code_or_alias():
    assets = [{"asset": "KB-417", "aliases": ["177Lu-KB417", "鹰隼-417"]}, {"asset": "TT-9", "aliases": []}]
    assert lookup("kb-417", assets, name_key="asset").chosen == "KB-417"
    assert lookup("鷹隼-417", assets, name_key="asset").chosen == "KB-417"
