from decimal import Decimal

from pharmalens.model.contract import record_to_json
from pharmalens.model.records import Deal, Evidence, Facility, Money


def test_money_is_millions_and_ids_are_content_hashes():
    def deal(total):
        return Deal(document="a.txt#1", evidence=[Evidence(0, 2, "ab")], extractor="deals", licensor="A",
                    licensee="B", total=Money(Decimal(total), "USD", "up_to"))
    first, again, other = deal("158"), deal("158"), deal("159")
    out = record_to_json(first)
    assert out["total"] == {"amount": 158, "currency": "USD", "qualifier": "up_to"}
    assert out["evidence"] == [{"start": 0, "end": 2, "quote": "ab"}]
    assert out["extractor"] == "deals/1"
    assert first.id == again.id != other.id


def test_facility_site_kind_is_published_as_kind():
    f = Facility(document="d#1", evidence=[Evidence(0, 1, "x")], extractor="facilities", company="C",
                 kind_of_site="cyclotron", nuclides=["Ac-225"])
    assert record_to_json(f)["kind"] == "cyclotron"
