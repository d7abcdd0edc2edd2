"""Hostile generated news (tests/strategies.py, the inputs bench/fuzz.py draws too) goes through what
`pharmalens extract --json` runs: the batch pipeline, the contract JSON, strict. Nothing escapes, no
article is lost to an exception, no number is non-finite or beyond any real amount, every evidence
quotes the decoded file at its offsets."""
import json
import math

import pytest
from hypothesis import HealthCheck, given, settings

from pharmalens import pipeline
from pharmalens.documents.decoding import decode_bytes
from pharmalens.model.contract import extraction_to_json
from pharmalens.settings import Settings

from ..strategies import document

ONE = Settings(workers=1)
# What a generated file may end as besides articles: unreadable bytes, or over the (default) budget.
LEFT_OUT = {"binary", "undecodable", "empty", "too_complex"}
LARGEST_AMOUNT = 1e9  # millions of any currency: 10**15, beyond any real deal, revenue or value


def strict_json(text: str):
    def refuse(constant):
        raise AssertionError(f"non-standard JSON constant {constant}")
    return json.loads(text, parse_constant=refuse)


def numbers(value, path="$"):
    """Every number of a parsed JSON value, with where it is."""
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return
    if isinstance(value, (int, float)):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from numbers(item, f"{path}.{key}")
    else:
        for i, item in enumerate(value):
            yield from numbers(item, f"{path}[{i}]")


def amounts(value):
    """Every money object ({"amount", "currency", ...}) of a parsed JSON value."""
    if isinstance(value, dict):
        if "amount" in value and "currency" in value:
            yield value
        for item in value.values():
            yield from amounts(item)
    elif isinstance(value, list):
        for item in value:
            yield from amounts(item)


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("fuzz")


@settings(max_examples=120, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example])
@given(data=document())
def test_hostile_news_gives_strict_json_with_exact_evidence_or_a_reason(folder, data):
    path = folder / "fuzz.txt"
    path.write_bytes(data)
    result = pipeline.extract([path], ONE)  # what `pharmalens extract --json` runs, then writes as below
    out = strict_json(json.dumps(extraction_to_json(result), ensure_ascii=False, indent=1, allow_nan=False))

    assert [(s.code, s.reason) for s in result.skipped if s.code not in LEFT_OUT] == []
    assert [(where, n) for where, n in numbers(out) if not math.isfinite(n)] == []
    assert [m for m in amounts(out) if not abs(m["amount"]) < LARGEST_AMOUNT] == []
    decoded = decode_bytes(data, str(path))
    if not isinstance(decoded, tuple):
        assert not out["documents"] and [s.code for s in result.skipped] == [decoded.code]
        return
    text = decoded[0]
    for document_json in out["documents"]:
        start, end = document_json["span"]
        assert 0 <= start <= end <= len(text)
    wrong = [(key, e["start"], e["end"], e["quote"][:60], text[e["start"]:e["end"]][:60])
             for key in result.records for record in out[key] for e in record["evidence"]
             if text[e["start"]:e["end"]] != e["quote"] or not e["quote"]]
    assert wrong == []
