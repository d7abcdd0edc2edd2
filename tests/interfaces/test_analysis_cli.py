import csv
import importlib.util
import io
import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from pharmalens.interfaces.analysis_cli import register

_spec = importlib.util.spec_from_file_location(
    "analysis_sample_store_cli", Path(__file__).resolve().parents[1] / "analysis" / "sample_store.py")
sample_store = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(sample_store)
runner = CliRunner()


@pytest.fixture(scope="module")
def app():
    throwaway = typer.Typer()
    register(throwaway)
    return throwaway


@pytest.fixture
def url(tmp_path):
    return sample_store.build_store(tmp_path)


def run(app, *args):
    return runner.invoke(app, [str(a) for a in args])


def test_comps_json(app, url):
    result = run(app, "comps", "--database", url, "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert (data["count"], data["n_upfront_disclosed"], data["upfront"]["median"]) == (4, 3, 20.0)


def test_comps_filters_and_csv(app, url):
    result = run(app, "comps", "--database", url, "--target", "PSMA", "--from-year", "2025", "--csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["asset"], r["upfront_usd"], r["document"]) for r in rows] == [("BT-202", "20.0", "b.txt#1")]


def test_comps_table(app, url):
    result = run(app, "comps", "--database", url, "--deal-type", "newco")
    assert result.exit_code == 0, result.output
    assert "GT-3" in result.stdout and "upfront" in result.stdout


def test_comps_bad_filter_exits_2(app, url):
    result = run(app, "comps", "--database", url, "--stage", "phase9")
    assert result.exit_code == 2
    assert "unknown stage 'phase9'" in result.stderr


def test_dossier(app, url):
    result = run(app, "dossier", "阿尔法生物", "--database", url, "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["name"] == "Alpha Bio" and data["sunk_cost"]["by_currency"] == {"CNY": 50.0, "USD": 3.0}
    table = run(app, "dossier", "Alpha Bio", "--database", url)
    assert table.exit_code == 0, table.output
    assert "sunk cost" in table.stdout and "AB-009" in table.stdout


def test_dossier_unknown_company_exits_2(app, url):
    result = run(app, "dossier", "Nobody", "--database", url)
    assert result.exit_code == 2
    assert "no company named 'Nobody'" in result.stderr


def test_brief(app, url):
    result = run(app, "brief", "--document", "a.txt#1", "--database", url, "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [line["cited"][-3:] for line in data["sections"]["deals"]] == ["[1]"]
    assert "upfront US$10m" in data["sections"]["deals"][0]["text"]
    assert [r["quote"] for r in data["references"]][:2] == ["$10 million upfront", "AB-101"]
    text = run(app, "brief", "--query", "贝塔", "--database", url)
    assert text.exit_code == 0 and "贝塔生物授权BT-202 (b.txt#1)" in text.stdout
    assert text.stdout.count("(b.txt#1)") == 1 and text.stdout.count("References") == 1
    assert "[1] " in text.stdout and "首付款2000万美元" in text.stdout
    missing = run(app, "brief", "--query", "zzz", "--database", url)
    assert missing.exit_code == 2 and "zzz" in missing.stderr


def test_watch_add_and_run(app, url, tmp_path):
    path = tmp_path / "watch.json"
    added = run(app, "watch", "add", "ac", "type=deal nuclide=Ac-225", "--file", path)
    assert added.exit_code == 0, added.output
    first = run(app, "watch", "run", "ac", "--file", path, "--database", url, "--json")
    assert first.exit_code == 0, first.output
    assert [f["asset"] for f in json.loads(first.stdout)[0]["new"]] == ["AB-101"]
    second = run(app, "watch", "run", "--file", path, "--database", url)
    assert second.exit_code == 0 and "0 new" in second.stdout


def test_watch_bad_expression_exits_2(app, tmp_path):
    result = run(app, "watch", "add", "w", "colour=red", "--file", tmp_path / "w.json")
    assert result.exit_code == 2
    assert "allowed fields" in result.stderr
