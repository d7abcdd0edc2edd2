"""A batch survives any one bad document: the failure becomes an outcome naming it, the rest goes on.
The failures are planted in this process, so the batches run in it (one worker)."""
import json
import math
from decimal import Decimal

import pytest

from pharmalens.model.contract import extraction_to_json
from pharmalens.pipeline import extract, work
from pharmalens.settings import Settings

GOOD = ("SHANGHAI, March 3, 2026 -- Huaxi Biotherapeutics Co., Ltd. and Kestrel Oncology Inc. announced an "
        "exclusive license agreement for HXR-301. Kestrel will pay an upfront payment of $45 million.\n")
OTHER = "2025年8月，澜沧核药股份有限公司与Solenne Pharma签署授权许可协议，首付款及里程碑总金额最高至2.36亿欧元。\n"
OVERFLOW_ZH = "2025年8月，澜沧核药与Solenne签署许可协议，里程碑9999999999999999999999999千万元"
OVERFLOW_EN = ("SHANGHAI, March 3, 2026 -- Huaxi Biotherapeutics Co., Ltd. and Kestrel Oncology Inc. announced an "
               "exclusive license agreement for HXR-301. Kestrel will pay an upfront payment of $"
               + "9" * 400 + " million.")


ONE = Settings(workers=1)


def strict_json(text: str):
    def refuse(constant):
        raise AssertionError(f"non-standard JSON constant {constant}")
    return json.loads(text, parse_constant=refuse)


@pytest.fixture
def files(tmp_path):
    def write(**texts):
        paths = []
        for name, text in texts.items():
            path = tmp_path / f"{name}.txt"
            path.write_text(text, encoding="utf-8")
            paths.append(path)
        return paths
    return write


@pytest.mark.parametrize("text", [OVERFLOW_ZH, OVERFLOW_EN])
def test_absurd_amounts_neither_stop_the_batch_nor_reach_the_output(files, text):
    result = extract(files(a=GOOD, b=text, c=OTHER), ONE)
    out = strict_json(json.dumps(extraction_to_json(result), allow_nan=False))
    assert [d["id"] for d in out["documents"]] == ["a.txt#1", "b.txt#1", "c.txt#1"]
    for deal in out["deals"]:
        for role in ("upfront", "milestones", "total"):
            if deal[role]:
                assert math.isfinite(deal[role]["amount"]) and deal[role]["amount"] < 1e9


def _fail_on(marker, exception):
    def fail(text):
        if marker in text:
            raise exception
    return fail


@pytest.mark.parametrize("step", ["extract_article", "add_usd"])
def test_an_exception_in_one_document_is_skipped_by_name_and_the_batch_goes_on(files, monkeypatch, step):
    original = getattr(work, step)

    def broken(first, *args, **kwargs):
        text = first.search if step == "extract_article" else " ".join(r.evidence[0].quote for r in first)
        if "Kestrel" in text:
            raise ZeroDivisionError("a bug in one recogniser")
        return original(first, *args, **kwargs)

    monkeypatch.setattr(work, step, broken)
    result = extract(files(a=OTHER, b=GOOD, c=OTHER.replace("2.36", "3.5")), ONE)
    assert [d.name for d in result.documents] == ["a.txt#1", "c.txt#1"]
    assert [(s.item.rsplit("/", 1)[-1], s.code) for s in result.skipped] == [("b.txt#1", "extract_error")]
    assert "ZeroDivisionError" in result.skipped[0].reason
    kept = {d.id for d in result.documents}
    assert all(r.document in kept for records in result.records.values() for r in records)
    assert not any("Kestrel" in c.name for c in result.companies)


def test_a_file_that_breaks_the_reader_is_skipped_by_name(files, monkeypatch):
    original = work.read_articles

    def broken(source, *args, **kwargs):
        if source.name == "b.txt":
            raise RecursionError("deep")
        return original(source, *args, **kwargs)

    monkeypatch.setattr(work, "read_articles", broken)
    result = extract(files(a=OTHER, b=GOOD, c=GOOD.replace("45", "55")), ONE)
    assert [d.name for d in result.documents] == ["a.txt#1", "c.txt#1"]
    assert [(s.item.rsplit("/", 1)[-1], s.code) for s in result.skipped] == [("b.txt", "extract_error")]


def test_a_non_finite_number_is_an_extract_error_not_output(files, monkeypatch):
    original = work.extract_article

    def poisoned(article, *args, **kwargs):
        facts = original(article, *args, **kwargs)
        for deal in facts.records["deals"]:
            deal.upfront = deal.upfront and type(deal.upfront)(Decimal("Infinity"), "USD")
        return facts

    monkeypatch.setattr(work, "extract_article", poisoned)
    result = extract(files(a=GOOD), ONE)
    assert [(s.item.rsplit("/", 1)[-1], s.code) for s in result.skipped] == [("a.txt#1", "extract_error")]
    strict_json(json.dumps(extraction_to_json(result), allow_nan=False))
