"""End to end on examples/news: every file read, every record cited exactly, traps stay empty."""
from pathlib import Path

from pharmalens.documents.decoding import decode_bytes
from pharmalens.model.contract import extraction_to_json
from pharmalens.pipeline import extract
from pharmalens.settings import Settings

NEWS = Path(__file__).resolve().parents[1] / "examples" / "news"


def test_examples_extract_with_exact_evidence():
    result = extract([NEWS], Settings(workers=1))
    assert not result.skipped, result.skipped
    data = extraction_to_json(result)
    texts = {}
    for doc in data["documents"]:
        decoded = decode_bytes(Path(doc["source"]).read_bytes(), doc["source"])
        texts[doc["id"]] = decoded[0]
    for kind in ("deals", "assets", "clinical", "regulatory", "financials", "terminations", "financings", "facilities"):
        assert data[kind], f"no {kind} found in examples/news"
        for record in data[kind]:
            text = texts[record["document"]]
            if record["document"].split("#")[0].endswith((".html", ".htm")):
                continue
            for ev in record["evidence"]:
                assert text[ev["start"]:ev["end"]] == ev["quote"]


def test_examples_languages_duplicates_and_off_topic():
    data = extraction_to_json(extract([NEWS], Settings(workers=1)))
    langs = {d["lang"] for d in data["documents"]}
    assert langs == {"en", "zh-Hans", "zh-Hant"}
    assert any(d["duplicate_of"] for d in data["documents"])
    off_topic = [d for d in data["documents"] if not d["relevant"]]
    assert len(off_topic) >= 2
    off_ids = {d["id"] for d in off_topic}
    for kind in ("deals", "financials", "assets"):
        assert not [r for r in data[kind] if r["document"] in off_ids]
