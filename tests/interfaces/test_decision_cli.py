import importlib.util
import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from pharmalens.interfaces.decision_cli import register

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "valuation"
runner = CliRunner()


@pytest.fixture(scope="module")
def app():
    throwaway = typer.Typer()
    register(throwaway)
    return throwaway


def run(app, *args):
    return runner.invoke(app, [str(a) for a in args])


def test_value_json(app):
    result = run(app, "value", "--spec", EXAMPLES / "ac225_psma_phase1.yaml", "--json", "--paths", 20000, "--seed", 1)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert {"rnpv", "p_positive", "p10", "p50", "p90", "mean", "std_error", "tornado"} <= set(data)
    assert data["monte_carlo"]["paths"] == 20000 and data["monte_carlo"]["seed"] == 1


def test_value_table_and_html_plot(app, tmp_path):
    plot = tmp_path / "value.html"
    result = run(app, "value", "--spec", EXAMPLES / "lu177_phase3.yaml", "--paths", 10000, "--plot", plot)
    assert result.exit_code == 0, result.output
    assert "rNPV (deterministic)" in result.stdout and "Tornado" in result.stdout
    page = plot.read_text(encoding="utf-8")
    assert page.count('class="plotly-graph-div"') == 2  # the distribution and the tornado
    assert "NPV distribution" in page and "Tornado around rNPV" in page
    assert 'src="http' not in page and "plotly.js v" in page  # plotly.js inside, nothing fetched


def test_value_png_through_kaleido_and_chromium(app, tmp_path):
    result = run(app, "value", "--spec", EXAMPLES / "lu177_phase3.yaml", "--paths", 1000, "--plot", tmp_path / "v.png")
    if importlib.util.find_spec("kaleido") is None or not Path("/usr/bin/chromium").exists():
        assert result.exit_code == 2 and ("kaleido" in result.stderr or "Chromium" in result.stderr)
    else:
        assert result.exit_code == 0, result.output
        assert (tmp_path / "v.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_bad_spec_exits_2_with_the_field_and_no_traceback(app, tmp_path):
    spec = tmp_path / "bad.yaml"
    text = (EXAMPLES / "lu177_phase3.yaml").read_text(encoding="utf-8")
    spec.write_text(text.replace("probability: 0.60", "probability: 1.60"), encoding="utf-8")
    result = run(app, "value", "--spec", spec)
    assert result.exit_code == 2
    assert "phases.phase3.probability" in result.stderr and "0 to 1" in result.stderr
    assert "Traceback" not in result.output


def test_missing_spec_file(app, tmp_path):
    result = run(app, "value", "--spec", tmp_path / "nope.yaml")
    assert result.exit_code == 2 and "file not found" in result.stderr


def test_deal_value_json_and_solve(app):
    result = run(app, "deal-value", "--spec", EXAMPLES / "deal_terms.yaml", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["licensor_value"] + data["licensee_value"] == pytest.approx(data["total_rnpv"])
    assert data["comparables"]
    solved = json.loads(run(app, "deal-value", "--spec", EXAMPLES / "deal_terms.yaml", "--solve", "royalty",
                            "--share", 0.5, "--json").stdout)
    assert solved["solved_for"] == "royalty" and abs(solved["deal"]["licensor_share"] - 0.5) < 1e-6
    table = run(app, "deal-value", "--spec", EXAMPLES / "deal_terms.yaml", "--solve", "upfront", "--share", 0.6)
    assert table.exit_code == 0 and "Solved: upfront" in table.stdout


def test_deal_value_bad_solve(app):
    result = run(app, "deal-value", "--spec", EXAMPLES / "deal_terms.yaml", "--solve", "equity")
    assert result.exit_code == 2 and "royalty, upfront" in result.stderr


def test_score(app, tmp_path):
    result = run(app, "score", "--spec", EXAMPLES / "scorecard_evidence.yaml", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert 0 < data["total"] <= 100 and data["lens"] == "overseas"
    weights = tmp_path / "w.yaml"
    weights.write_text("domestic:\n  pricing: 40\n", encoding="utf-8")
    table = run(app, "score", "--spec", EXAMPLES / "scorecard_evidence.yaml", "--lens", "domestic",
                "--weights", weights)
    assert table.exit_code == 0 and "Domestic buyer scorecard" in table.stdout and "no evidence" in table.stdout


def test_decay(app):
    data = json.loads(run(app, "decay", "177Lu", "--after", "24h", "--json").stdout)
    assert data["fraction"] == pytest.approx(0.9010, abs=5e-5)
    assert data["half_life_hours"] == pytest.approx(6.647 * 24)
    assert "90.10%" in run(app, "decay", "镥-177", "--after", "PT24H").stdout


def test_decay_errors(app):
    unknown = run(app, "decay", "Xx-1", "--after", "1h")
    assert unknown.exit_code == 2 and "Lu-177" in unknown.stderr and "Traceback" not in unknown.output
    bad = run(app, "decay", "Lu-177", "--after", "soon")
    assert bad.exit_code == 2 and "'soon'" in bad.stderr and "PT24H" in bad.stderr


def test_dose(app):
    data = json.loads(run(app, "dose", "Lu-177", "--activity", "7.4GBq", "--hours-until", "48", "--json").stdout)
    assert data["produce_bq"] == pytest.approx(7.4e9 / 0.5 ** (48 / (6.647 * 24)))
    assert "GBq" in run(app, "dose", "Lu-177", "--activity", "200 mCi", "--hours-until", "2d").stdout
    bad = run(app, "dose", "Lu-177", "--activity", "7.4", "--hours-until", "48")
    assert bad.exit_code == 2 and "7.4GBq" in bad.stderr


def test_ship_window(app):
    data = json.loads(run(app, "ship-window", "Ac-225", "--calibration", "10MBq", "--required", "5MBq",
                          "--handling", "2h", "--json").stdout)
    assert data["max_shipping_hours"] == pytest.approx(9.92 * 24 - 2)
    short = run(app, "ship-window", "F-18", "--calibration", "10GBq", "--required", "7.4GBq", "--handling", "2h")
    assert short.exit_code == 2 and "activity_insufficient" in short.stderr


def test_daughters(app):
    data = json.loads(run(app, "daughters", "--hours", "0,24,72,240", "--json").stdout)
    assert data["parent"] == "Ac-225" and data["hours"] == [0, 24, 72, 240]
    assert "Bi-213" in {m["nuclide"] for m in data["members"]}
    assert "Fr-221" in run(app, "daughters").stdout


def test_reach(app, tmp_path):
    html = tmp_path / "reach.html"
    result = run(app, "reach", "--sites", EXAMPLES / "sites.csv", "--hospitals", EXAMPLES / "hospitals.csv",
                 "--html", html)
    assert result.exit_code == 0, result.output
    for nuclide in ("Ga-68", "F-18", "Lu-177", "Ac-225"):
        assert nuclide in result.stdout
    assert "plotly-graph-div" in html.read_text(encoding="utf-8")
    data = json.loads(run(app, "reach", "--sites", EXAMPLES / "sites.csv", "--hospitals",
                          EXAMPLES / "hospitals.csv", "--json").stdout)
    rows = {r["nuclide"]: r for r in data["nuclides"]}
    assert rows["Lu-177"]["reachable"] >= rows["F-18"]["reachable"] >= rows["Ga-68"]["reachable"]
