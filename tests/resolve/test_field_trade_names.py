"""One core with trade words of different fields names two companies: "Dravik Oncology" is not a "Dravik
Therapeutics" met before, nor in the same article; one trade word for another of no field ("Dravik Bio",
"Dravik Therapeutics") is still one. Our own names."""
from __future__ import annotations

from pharmalens.documents.articles import read_articles
from pharmalens.extraction.companies import CompanyMention
from pharmalens.extraction.lexicon import Lexicon
from pharmalens.extraction.pipeline import extract_article
from pharmalens.resolve.entities import EntityResolver
from pharmalens.resolve.entity_index import seeded_index
from pharmalens.sources.files import SourceFile


def _resolved(first: str, second: str) -> list[str]:
    res = EntityResolver(seeded_index(Lexicon([])), [])
    res.resolve({"assets": [], "deals": []}, [CompanyMention(0, len(first), first, first, True)], {})
    mentions, _ = res.resolve({"assets": [], "deals": []}, [CompanyMention(0, len(second), second, second, True)], {})
    return [m.name for m in mentions]


def test_an_oncology_name_is_not_a_therapeutics_company_met_before() -> None:
    assert _resolved("Dravik Therapeutics", "Dravik Oncology") == ["Dravik Oncology"]
    assert _resolved("Dravik Therapeutics", "Dravik Isotopes") == ["Dravik Isotopes"]
    assert _resolved("Dravik Therapeutics", "Dravik Bio") == ["Dravik Therapeutics"]


def test_two_fields_of_one_core_in_an_article_are_two_companies() -> None:
    text = ("Dravik Oncology raises $60 million\n\nDravik Oncology, a Seattle developer of Ac-225 conjugates, raised "
            "$60 million in a Series A round led by Pellham Ventures. It is not related to Dravik Therapeutics, "
            "a gene therapy company.")
    source = SourceFile(path="dravik.txt", name="dravik.txt", suffix=".txt", data=text.encode("utf-8"))
    facts = extract_article(read_articles(source)[0])
    assert {r.company for r in facts.records["financings"]} == {"Dravik Oncology"}


def test_a_field_word_beside_a_shared_trade_word_is_still_another_company() -> None:
    assert _resolved("Dravik Therapeutics", "Dravik Nuclear Therapeutics") == ["Dravik Nuclear Therapeutics"]
