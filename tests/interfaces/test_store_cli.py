from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from pharmalens import pipeline
from pharmalens.settings import Settings, get_settings
from pharmalens.interfaces.store_cli import register
from pharmalens.store import Store

runner = CliRunner()
ARTICLE = ("Huaxi Biotherapeutics licenses HXR-301\n\nSHANGHAI, March 3, 2026 -- Huaxi Biotherapeutics Co., Ltd. "
           "and Kestrel Oncology Inc. announced an exclusive license agreement for HXR-301, a Phase I "
           "radioligand therapy. Kestrel will pay an upfront payment of $45 million.\n")
CHINESE = ("澜沧核药股份有限公司公告称，公司与合作方签署独家许可协议，"
           "首付款5000万美元，药物处于临床II期。")


@pytest.fixture
def app() -> typer.Typer:
    application = typer.Typer()

    @application.callback()
    def main() -> None:
        """Test app."""

    register(application)
    return application


@pytest.fixture
def database(tmp_path: Path, app: typer.Typer) -> str:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b.txt").write_text(CHINESE, encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    assert runner.invoke(app, ["db", "upgrade", "--database", url]).exit_code == 0
    with Store(url) as store:
        pipeline.run([folder], store, Settings(workers=1))
    return url


def run(app: typer.Typer, *args: str):
    return runner.invoke(app, list(args))


def test_search_as_json_and_table(app: typer.Typer, database: str) -> None:
    result = run(app, "search", "radioligand", "--json", "--database", database)
    assert result.exit_code == 0, result.output
    with Store(database) as store:
        names = {d["id"]: d["name"] for d in [d.to_json() for d in store.documents(limit=10_000).items]}
    assert [names[hit["id"]] for hit in json.loads(result.stdout)] == ["a.txt#1"]
    chinese = run(app, "search", "许可协议", "--limit", "5", "--database", database)
    b_id = next(key for key, name in names.items() if name == "b.txt#1")
    assert chinese.exit_code == 0 and b_id in chinese.stdout


def test_correct_then_errors_exit_2(app: typer.Typer, database: str) -> None:
    with Store(database) as store:
        deal = [f.to_json() for f in store.facts(kind="deal")][0]["id"]
    result = run(app, "correct", deal, "upfront", '{"amount": 40, "currency": "USD"}', "--note", "8-K",
                 "--database", database)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["new"] == {"amount": 40, "currency": "USD"}
    bad = run(app, "correct", deal, "upfrnt", "1", "--note", "x", "--database", database)
    assert bad.exit_code == 2 and "unknown_field" in bad.stderr and "allowed:" in bad.stderr
    missing = run(app, "correct", "dea_0", "upfront", "1", "--note", "x", "--database", database)
    assert missing.exit_code == 2 and "unknown_record" in missing.stderr
    empty = run(app, "search", "  ", "--database", database)
    assert empty.exit_code == 2 and "empty_query" in empty.stderr


def test_export_and_import_roundtrip(app: typer.Typer, database: str, tmp_path: Path) -> None:
    out = tmp_path / "all.jsonl"
    assert run(app, "export", "--format", "jsonl", "--out", str(out), "--database", database).exit_code == 0
    copy = f"sqlite:///{tmp_path / 'copy.db'}"
    result = run(app, "import", str(out), "--database", copy)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["document"] == 2
    assert json.loads(run(app, "import", str(out), "--database", copy).stdout)["document"] == 0
    for fmt, target in (("csv", tmp_path / "csv"), ("xlsx", tmp_path / "kb.xlsx"), ("parquet", tmp_path / "f.parquet")):
        assert run(app, "export", "--format", fmt, "--out", str(target), "--database", database).exit_code == 0
        assert target.exists()
    bad = run(app, "export", "--format", "xml", "--out", str(tmp_path / "x"), "--database", database)
    assert bad.exit_code == 2 and "bad_format" in bad.stderr
    nofile = run(app, "import", str(tmp_path / "missing.jsonl"), "--database", copy)
    assert nofile.exit_code == 2 and "no such file" in nofile.stderr


def test_unreachable_database_is_exit_2_with_masked_password(app: typer.Typer) -> None:
    pytest.importorskip("psycopg")
    result = run(app, "db", "upgrade", "--database", "postgresql+psycopg://user:secret@127.0.0.1:1/db")
    assert result.exit_code == 2
    assert "user:***@" in result.stderr and "secret" not in result.stderr


def test_the_database_defaults_to_the_environment(app: typer.Typer, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PHARMALENS_DATABASE_URL", f"sqlite:///{tmp_path / 'from-env.db'}")
    get_settings.cache_clear()
    try:
        assert run(app, "db", "upgrade").exit_code == 0
    finally:
        get_settings.cache_clear()
    assert (tmp_path / "from-env.db").exists()
