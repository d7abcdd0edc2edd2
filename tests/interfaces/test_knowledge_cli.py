import importlib.util
import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from pharmalens.interfaces.knowledge_cli import register

_spec = importlib.util.spec_from_file_location(
    "knowledge_store_cli", Path(__file__).resolve().parents[1] / "analysis" / "knowledge_store.py")
kb = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(kb)
runner = CliRunner()


@pytest.fixture(scope="module")
def app():
    throwaway = typer.Typer()
    register(throwaway)

    @throwaway.command("noop")
    def noop() -> None:  # a second command keeps "kb" a sub-command
        pass

    return throwaway


@pytest.fixture
def url(tmp_path):
    return kb.build_store(tmp_path)


def run(app, *args):
    return runner.invoke(app, [str(a) for a in args], env={"COLUMNS": "160"})


def test_kb_deals_json(app, url):
    result = run(app, "kb", "deals", "--database", url, "--json")
    assert result.exit_code == 0, result.output
    deals = json.loads(result.stdout)
    assert len(deals) == 3
    merged = next(d for d in deals if d["asset"] == "DL-7" and d["licensor"] == "Delta Pharma")
    assert merged["upfront"] == {"amount": 50, "currency": "USD"} and len(merged["sources"]) == 3
    assert [c["value"]["amount"] for c in merged["conflicts"]["upfront"]] == [50, 55, 55.2]


def test_kb_deals_conflicts_only(app, url):
    result = run(app, "kb", "deals", "--database", url, "--json", "--conflicts-only")
    assert result.exit_code == 0, result.output
    assert [(d["licensor"], d["asset"]) for d in json.loads(result.stdout)] == [("Delta Pharma", "DL-7")]


def test_kb_deals_table(app, url):
    result = run(app, "kb", "deals", "--database", url)
    assert result.exit_code == 0, result.output
    assert "Deals (3)" in result.stdout and "DL-9" in result.stdout
    assert "US$50m" in result.stdout and "⚠" in result.stdout and "upfro" in result.stdout


def test_kb_assets(app, url):
    result = run(app, "kb", "assets", "--database", url, "--json")
    assert result.exit_code == 0, result.output
    [asset] = json.loads(result.stdout)
    assert [h["stage"] for h in asset["stage_history"]] == ["preclinical", "phase1", "phase2"]
    table = run(app, "kb", "assets", "--database", url)
    assert table.exit_code == 0, table.output
    assert "DL-7" in table.stdout and "modality" in table.stdout and "phase2" in table.stdout


def test_kb_bad_database_exits_2(app, tmp_path):
    result = run(app, "kb", "deals", "--database", "nosuch://x")
    assert result.exit_code == 2
    assert "error:" in result.output
