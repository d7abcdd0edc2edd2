"""Ingest keeps going past any one bad document and never stores what JSON cannot hold."""
from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pharmalens.interfaces.cli import app
from pharmalens import pipeline
from pharmalens.settings import Settings
from pharmalens.store import Store

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient  # noqa: E402

from pharmalens.interfaces.api import create_app  # noqa: E402

GOOD = ("BOSTON, April 2, 2026 -- Northwind Bio Inc. announced an exclusive license agreement with Kestrel "
        "Oncology Inc. for NW-9, a Phase I antibody, with an upfront payment of $10 million.\n")
CHINESE = "2025年8月，澜沧核药股份有限公司与Solenne Pharma签署授权许可协议，首付款及里程碑总金额最高至2.36亿欧元。\n"
OVERFLOW_ZH = "2025年8月，澜沧核药与Solenne签署许可协议，里程碑9999999999999999999999999千万元"
OVERFLOW_EN = ("BOSTON, April 2, 2026 -- Northwind Bio Inc. announced an exclusive license agreement with Kestrel "
               "Oncology Inc. for NW-9, with an upfront payment of $" + "9" * 400 + " million.\n")
runner = CliRunner()


def strict_json(text: str):
    def refuse(constant):
        raise AssertionError(f"non-standard JSON constant {constant}")
    return json.loads(text, parse_constant=refuse)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    news = tmp_path / "news"
    news.mkdir()
    for name, text in {"a.txt": GOOD, "b.txt": OVERFLOW_ZH, "c.txt": OVERFLOW_EN, "d.txt": CHINESE}.items():
        (news / name).write_text(text, encoding="utf-8")
    return news


def test_absurd_amounts_are_not_money_and_everything_else_is_stored(folder: Path, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'x.db'}"
    result = runner.invoke(app, ["ingest", str(folder), "--database", url])
    assert result.exit_code == 0, result.output
    with Store(url) as store:
        assert store.counts()["documents"] == 4
    out = tmp_path / "all.jsonl"
    assert runner.invoke(app, ["export", "--format", "jsonl", "--out", str(out), "--database", url]).exit_code == 0
    rows = [strict_json(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sum(row["type"] == "document" for row in rows) == 4
    extracted = runner.invoke(app, ["extract", "--json", *(str(p) for p in sorted(folder.iterdir()))])
    assert extracted.exit_code == 0 and len(strict_json(extracted.stdout)["documents"]) == 4
    with TestClient(create_app(url), base_url="http://127.0.0.1") as client:
        deals = client.get("/api/deals")
        assert deals.status_code == 200 and deals.json()["total"] >= 2


def test_an_unexpected_store_failure_loses_one_document_only(folder: Path, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    original = Store.save

    def save(self, bundle, *near_duplicate_check):
        if "Solenne" in bundle.document.text and "2.36" in bundle.document.text:
            raise KeyError("a bug while writing")
        return original(self, bundle, *near_duplicate_check)

    monkeypatch.setattr(Store, "save", save)
    with Store(f"sqlite:///{tmp_path / 'y.db'}") as store:
        store.upgrade()
        summary = pipeline.run([folder], store, Settings(workers=1))
        assert [(s.item, s.code) for s in summary.skipped] == [(f"{folder / 'd.txt'}#1", "extract_error")]
        assert summary.stored == 3 and store.counts()["documents"] == 3


def test_an_upload_with_an_absurd_amount_is_stored_not_a_500(tmp_path: Path, job_outcome) -> None:
    with TestClient(create_app(f"sqlite:///{tmp_path / 'z.db'}", api_token="t0ken"), base_url="http://127.0.0.1") as client:
        for name, text in (("big.txt", OVERFLOW_ZH), ("inf.txt", OVERFLOW_EN)):
            response = client.post("/api/ingest", headers={"Authorization": "Bearer t0ken"},
                                   files={"file": (name, text.encode("utf-8"), "text/plain")})
            job = job_outcome(client, response, "t0ken")
            assert job["status"] == "done" and job["outcome"]["stored"] == 1 and job["outcome"]["skipped"] == []
        assert client.get("/api/deals").status_code == 200
        strict_json(client.get("/api/deals").text)


def test_files_with_one_name_in_two_folders_are_two_documents(tmp_path: Path) -> None:
    for folder, text in (("a", GOOD), ("b", CHINESE)):
        (tmp_path / "in" / folder).mkdir(parents=True)
        (tmp_path / "in" / folder / "news.txt").write_text(text, encoding="utf-8")
    with Store(f"sqlite:///{tmp_path / 'n.db'}") as store:
        store.upgrade()
        summary = pipeline.run([tmp_path / "in"], store, Settings(workers=1))
        assert summary.stored == 2 and not summary.skipped
        documents = [d.to_json() for d in store.documents(limit=10_000).items]
        assert len(documents) == 2 and len({d["id"] for d in documents}) == 2
        assert sorted(Path(d["source"]).parent.name for d in documents) == ["a", "b"]
        assert {d["name"] for d in documents} == {"news.txt#1"}
        by_document = {d["id"]: [f.to_json() for f in store.facts("deals", document_id=d["id"])] for d in documents}
        assert all(by_document.values())
        again = pipeline.run([tmp_path / "in"], store, Settings(workers=1))
        assert again.unchanged == 2 and again.stored == 0


def test_extract_prints_contract_ids_for_same_named_files(tmp_path: Path) -> None:
    for folder, text in (("a", GOOD), ("b", CHINESE)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "news.txt").write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["extract", "--json", str(tmp_path / "a"), str(tmp_path / "b")])
    data = strict_json(result.stdout)
    assert [d["id"] for d in data["documents"]] == ["news.txt#1", "news.txt#1"]
    assert {d["document"] for d in data["deals"]} == {"news.txt#1"} and len(data["deals"]) == 2
    assert len({d["key"] for d in data["documents"]}) == 2


def test_where_each_document_came_from_is_stored_and_exported(tmp_path: Path) -> None:
    news = tmp_path / "news"
    news.mkdir()
    (news / "page.html").write_text(
        '<html><head><link rel="canonical" href="https://wire.example.com/2026/northwind">'
        "<title>Northwind licenses NW-9</title></head><body><article><p>" + GOOD + "</p></article></body></html>",
        encoding="utf-8")
    (news / "zh.txt").write_text("澜沧核药与Solenne签约\n2025年8月2日　来源：https://www.example.cn/a/9.html\n" + CHINESE,
                                 encoding="utf-8")
    (news / "plain.txt").write_text(GOOD.replace("NW-9", "NW-10"), encoding="utf-8")
    (news / "plain.txt.url").write_text("https://files.example.org/plain\n", encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'origin.db'}"
    result = runner.invoke(app, ["ingest", str(news), "--workers", "1", "--database", url])
    assert result.exit_code == 0, result.output
    with Store(url) as store:
        origins = {d.name: d.url for d in store.documents().items}
    assert origins == {"page.html#1": "https://wire.example.com/2026/northwind",
                       "zh.txt#1": "https://www.example.cn/a/9.html",
                       "plain.txt#1": "https://files.example.org/plain"}
    exported = runner.invoke(app, ["export", "--format", "csv", "--out", str(tmp_path / "csv"), "--database", url])
    assert exported.exit_code == 0, exported.output
    deals = (tmp_path / "csv" / "deals.csv").read_text(encoding="utf-8-sig")
    assert "https://wire.example.com/2026/northwind" in deals and "https://www.example.cn/a/9.html" in deals
