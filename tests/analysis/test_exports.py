from __future__ import annotations

import csv
import hashlib
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pharmalens.analysis.exports import ExportError, export, read_jsonl
from pharmalens.model.records import Asset, Company, Deal, Document, DocumentBundle, Evidence, Money
from pharmalens.store import Store

WORDS = st.text(alphabet=st.sampled_from(list("abcXYZ恒瑞诺华镥-177 ")), min_size=1, max_size=12)
NAMES = st.sampled_from(["Hengrui", "Novartis", "Lanbo", "恒瑞医药", "Kestrel"])


@st.composite
def bundles(draw: st.DrawFn) -> list[DocumentBundle]:
    texts = draw(st.lists(WORDS, min_size=1, max_size=4, unique=True))
    out = []
    for number, body in enumerate(texts, start=1):
        doc_id = f"f{number}.txt#1"
        text = f"[{doc_id}] {body}"
        doc = Document(id=doc_id, source=f"f{number}.txt", text=text, span=(0, len(text)), title=draw(WORDS),
                       lang=draw(st.sampled_from(["en", "zh-Hans"])), relevant=draw(st.booleans()),
                       published=draw(st.sampled_from([None, "2026", "2026-05-20"])),
                       content_hash=hashlib.sha256(text.encode()).hexdigest())
        evidence = [Evidence(0, len(doc_id) + 2, text[:len(doc_id) + 2])]
        amount = draw(st.decimals(min_value=0, max_value=10000, places=3, allow_nan=False))
        records = [Deal(document=doc_id, evidence=evidence, extractor="rules", licensor=draw(NAMES),
                        licensee=draw(NAMES), upfront=Money(amount, "USD"), royalty=draw(st.none() | WORDS))]
        if draw(st.booleans()):
            records.append(Asset(document=doc_id, evidence=evidence, extractor="rules", company=draw(NAMES),
                                 asset=draw(WORDS), target=draw(st.lists(WORDS, max_size=2))))
        companies = [Company(name, draw(st.lists(WORDS, max_size=2)), draw(st.sampled_from(["pharma", "other"])),
                             draw(st.booleans())) for name in draw(st.lists(NAMES, max_size=3, unique=True))]
        out.append(DocumentBundle(document=doc, records=records, companies=companies))
    return out


def snapshot(store: Store) -> tuple:
    return [d.to_json() for d in store.documents(limit=10_000).items], list(store.document_texts()), [{"name": c.name, "aliases": c.aliases, "kind": c.kind, "provisional": c.provisional} for c in store.companies(limit=10_000).items], [f.to_json() for f in store.facts()]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(bundles())
def test_jsonl_roundtrip_into_an_empty_store(batch: list[DocumentBundle]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        with Store(f"sqlite:///{folder}/a.db") as source, Store(f"sqlite:///{folder}/b.db") as target:
            source.upgrade()
            target.upgrade()
            for bundle in batch:
                source.save(bundle)
            export(source, "jsonl", Path(folder) / "all.jsonl")
            target.import_records(read_jsonl(Path(folder) / "all.jsonl"))
            assert snapshot(target) == snapshot(source)
            assert list(target.export_records()) == list(source.export_records())
            again = target.import_records(read_jsonl(Path(folder) / "all.jsonl"))
            assert again["unchanged"] == sum(1 for _ in source.export_records())


@pytest.fixture
def filled(tmp_path: Path) -> Store:
    text = "[a.txt#1] Hengrui licensed HRS-4357 to Novartis for RMB 210 million upfront; =SUM(A1) 诺华"
    doc = Document(id="a.txt#1", source="a.txt", text=text, span=(0, len(text)), title="=1+1", lang="en",
                   relevant=True, published="2025-04-02", content_hash=hashlib.sha256(text.encode()).hexdigest(),
                   url="https://news.example.org/hengrui-deal")
    evidence = [Evidence(10, 17, text[10:17])]
    records = [Deal(document="a.txt#1", evidence=evidence, extractor="rules", licensor="Hengrui",
                    licensee="Novartis", upfront=Money(Decimal("210"), "CNY", usd=Decimal("28.9"),
                                                       rate_date="2025-04-02"),
                    total=Money(Decimal("1500"), "USD", "up_to")),
               Asset(document="a.txt#1", evidence=evidence, extractor="rules", company="Hengrui",
                     asset="HRS-4357", target=["PSMA", "FAP"])]
    store = Store(f"sqlite:///{tmp_path / 's.db'}")
    store.upgrade()
    store.save(DocumentBundle(doc, records, [Company("Hengrui", ["恒瑞医药"])]))
    yield store
    store.close()


def test_csv_folder_and_single_file(filled: Store, tmp_path: Path) -> None:
    summary = export(filled, "csv", tmp_path / "out")
    assert summary["rows"]["deals"] == 1 and summary["rows"]["documents"] == 1
    with (tmp_path / "out" / "deals.csv").open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    header, deal = rows[0], dict(zip(rows[0], rows[1]))
    assert len(header) == len(set(header))  # no column twice
    assert not any("." in column for column in header)  # no "upfront.amount" beside "upfront"
    assert (deal["Licensor"], deal["Upfront (m)"], deal["Upfront currency"], deal["Upfront (US$m)"]) == \
        ("Hengrui", "210", "CNY", "28.9")
    assert (deal["Total (m)"], deal["Total qualifier"], deal["Total (US$m)"]) == ("1500", "up_to", "1500")
    assert deal["Milestones (m)"] == "" and deal["Milestones (US$m)"] == ""  # undisclosed is empty, not 0
    assert deal["Source URL"] == "https://news.example.org/hengrui-deal" and deal["Evidence"] == "Hengrui"
    assert deal["Source title"] == "=1+1" and deal["Published"] == "2025-04-02"
    export(filled, "csv", tmp_path / "facts.csv")
    with (tmp_path / "facts.csv").open(encoding="utf-8-sig") as handle:
        facts = list(csv.DictReader(handle))
    assert [row["Record type"] for row in facts] == ["deals", "assets"]
    assert facts[1]["Target"] == "PSMA; FAP"


def test_xlsx_has_one_sheet_per_record_type(filled: Store, tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    export(filled, "xlsx", tmp_path / "out.xlsx")
    export(filled, "csv", tmp_path / "csv")
    book = openpyxl.load_workbook(tmp_path / "out.xlsx")
    assert book.sheetnames == ["documents", "companies", "deals", "assets", "clinical", "regulatory",
                               "financials", "terminations", "financings", "facilities"]
    documents = list(book["documents"].values)
    title = documents[0].index("Title")
    assert documents[1][title] == "=1+1" and book["documents"].cell(2, title + 1).data_type == "s"
    assert documents[1][documents[0].index("URL")] == "https://news.example.org/hengrui-deal"
    assert book["documents"].cell(2, documents[0].index("URL") + 1).hyperlink.target == \
        "https://news.example.org/hengrui-deal"
    assert book["documents"].cell(2, documents[0].index("File") + 1).hyperlink is None
    deals = book["deals"]
    header = [c.value for c in deals[1]]
    with (tmp_path / "csv" / "deals.csv").open(encoding="utf-8-sig") as handle:
        assert next(csv.reader(handle)) == header  # CSV has the same columns
    assert deals.freeze_panes == "A2" and deals.auto_filter.ref == f"A1:{deals.cell(1, len(header)).column_letter}2"
    assert deals.column_dimensions["A"].width and deals["A1"].font.bold
    upfront = deals.cell(2, header.index("Upfront (m)") + 1)
    assert upfront.value == 210 and upfront.number_format == '"RMB "#,##0.0##"m"'
    assert deals.cell(2, header.index("Total (m)") + 1).number_format.startswith('"US$"')
    assert deals.cell(2, header.index("Evidence") + 1).value == "Hengrui"
    assert deals.cell(2, header.index("Source URL") + 1).hyperlink.target == "https://news.example.org/hengrui-deal"
    assert deals.max_row == 2 and book["clinical"].max_row == 1


def test_parquet_has_the_facts_with_json_payloads(filled: Store, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    assert export(filled, "parquet", tmp_path / "facts.parquet")["rows"] == {"facts": 2}
    table = pq.read_table(tmp_path / "facts.parquet").to_pylist()
    assert [row["kind"] for row in table] == ["deal", "asset"]
    assert '"licensor": "Hengrui"' in table[0]["payload"]


def test_missing_pyarrow_and_unknown_format_are_clear(filled: Store, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(ExportError, match="needs pyarrow.*pip install") as caught:
        export(filled, "parquet", tmp_path / "facts.parquet")
    assert caught.value.code == "missing_dependency"
    with pytest.raises(ExportError, match="allowed: jsonl, csv, xlsx, parquet") as caught:
        export(filled, "xml", tmp_path / "x.xml")
    assert caught.value.code == "bad_format"
