"""Big files through the batch pipeline: 640 KB of ordinary news and a 5 MB line without a break each
end with records or as too_complex under the document budget, never with an exception or a hang."""
import json
import time
from pathlib import Path

import pytest

from pharmalens import pipeline
from pharmalens.model.contract import extraction_to_json
from pharmalens.settings import Settings

from .corpus import CHINESE, FINANCING, HERON

BUDGET = Settings(workers=1, document_seconds=3)


def paragraphs(size: int) -> list[str]:
    """Bodies of the corpus articles, each about another asset for other money, `size` bytes in all."""
    out, total, n = [], 0, 0
    while total < size:
        for article in (HERON, CHINESE, FINANCING):
            body = article.split("\n\n", 1)[1].strip()
            body = body.replace("HIT-412", f"HIT-{n}").replace("QL-207", f"QL-{n}").replace("$32 million", f"${n % 90 + 1} million")
            out.append(body)
            total += len(body.encode("utf-8")) + 2
            n += 1
    return out


NEWS = "\n\n".join(paragraphs(640 * 1024)) + "\n"
ONE_LINE = " ".join(paragraphs(6 * 1024 * 1024)).encode("utf-8")[:5 * 1024 * 1024].decode("utf-8", "ignore")


def test_the_inputs_are_what_they_say() -> None:
    assert 640 * 1024 <= len(NEWS.encode("utf-8")) < 700 * 1024 and NEWS.count("\n\n") > 1000
    assert 5 * 1024 * 1024 - 4 < len(ONE_LINE.encode("utf-8")) <= 5 * 1024 * 1024 and "\n" not in ONE_LINE


@pytest.mark.parametrize("text", [NEWS, ONE_LINE], ids=["640KB-news", "5MB-one-line"])
def test_a_big_file_gives_records_or_is_too_complex(tmp_path: Path, text: str) -> None:
    path = tmp_path / "big.txt"
    path.write_text(text, encoding="utf-8")
    (tmp_path / "warm.txt").write_text(HERON, encoding="utf-8")
    pipeline.extract([tmp_path / "warm.txt"], Settings(workers=1))  # vocabularies loaded before the clock runs
    started = time.monotonic()
    result = pipeline.extract([path], BUDGET)
    # reading and extraction each stop soon after their 3 s; a step the budget cannot interrupt took
    # minutes here before company finding was made linear (5 MB: ~150 s)
    assert time.monotonic() - started < 60
    assert [s.code for s in result.skipped] in ([], ["too_complex"])
    if result.skipped:
        assert "3 s" in result.skipped[0].reason and not result.documents
        return
    assert result.documents and result.records["deals"]
    out = json.loads(json.dumps(extraction_to_json(result), allow_nan=False))
    for key in result.records:
        for record in out[key]:
            assert all(text[e["start"]:e["end"]] == e["quote"] for e in record["evidence"])
