import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pharmalens.interfaces.cli import app

ROOT = Path(__file__).resolve().parents[2]
runner = CliRunner()

LICENCE = ("SHANGHAI, March 3, 2026 /PRNewswire/ -- Huaxi Biotherapeutics Co., Ltd. and Kestrel Oncology Inc. "
           "announced an exclusive license agreement for HXR-301, a Phase I radioligand therapy for cancer patients. "
           "Kestrel will pay an upfront payment of $45 million and up to $1.2 billion in milestones.\n")


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(LICENCE, encoding="utf-8")
    (folder / "b.txt").write_bytes("澜沧核药股份有限公司公告称，公司与合作方签署独家许可协议，首付款5000万美元，药物处于临床II期。".encode("gb18030"))
    (folder / "empty.txt").write_text("")
    (folder / "blob.txt").write_bytes(bytes(range(256)) * 8)
    return folder


def test_extract_json_is_the_contract_with_exact_evidence(corpus):
    result = runner.invoke(app, ["extract", "--json", str(corpus / "a.txt")])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) >= {"documents", "companies", "deals", "assets", "clinical", "regulatory", "financials",
                         "terminations", "financings", "facilities", "mentions"}
    text = (corpus / "a.txt").read_text(encoding="utf-8")
    assert data["documents"][0]["id"] == "a.txt#1"
    deal = data["deals"][0]
    assert deal["upfront"]["amount"] == 45 and deal["upfront"]["currency"] == "USD"
    assert deal["upfront"]["usd"] == 45 and deal["upfront"]["rate_date"] == "2026-03-03"
    for kind in ("deals", "assets"):
        for record in data[kind]:
            for ev in record["evidence"]:
                assert text[ev["start"]:ev["end"]] == ev["quote"]


def test_ingest_reports_bad_files_by_name_keeps_the_rest_and_is_idempotent(corpus, tmp_path):
    db = f"sqlite:///{tmp_path / 'store.db'}"
    first = runner.invoke(app, ["ingest", str(corpus), "--database", db])
    assert first.exit_code == 1
    assert "empty.txt" in first.output and "blob.txt" in first.output
    assert re.search(r"articles stored\s*│\s*2", first.output)
    second = runner.invoke(app, ["ingest", str(corpus), "--database", db])
    assert re.search(r"articles stored\s*│\s*0", second.output)
    assert re.search(r"articles unchanged\s*│\s*2", second.output)
    shown = runner.invoke(app, ["show", "deals", "--database", db, "--json"])
    deals = json.loads(shown.stdout)
    assert len(deals) == 2


def test_show_opens_one_document_by_its_contract_name(corpus, tmp_path):
    db = f"sqlite:///{tmp_path / 'store.db'}"
    runner.invoke(app, ["ingest", str(corpus / "a.txt"), str(corpus / "b.txt"), "--database", db])
    shown = runner.invoke(app, ["show", "documents", "b.txt#1", "--database", db, "--json"])
    assert shown.exit_code == 0, shown.output
    document = json.loads(shown.stdout)
    assert document["name"] == "b.txt#1" and document["id"].startswith("doc_") and "澜沧核药" in document["text"]
    assert document["facts"] and all(f["document"] == document["id"] for f in document["facts"])
    by_id = json.loads(runner.invoke(app, ["show", "documents", document["id"], "--database", db, "--json"]).stdout)
    assert by_id == document
    table = runner.invoke(app, ["show", "documents", "a.txt#1", "--database", db])
    assert table.exit_code == 0 and "Kestrel" in table.output
    missing = runner.invoke(app, ["show", "documents", "c.txt#1", "--database", db])
    assert missing.exit_code == 2 and "c.txt#1" in missing.output
    assert runner.invoke(app, ["show", "deals", "a.txt#1", "--database", db]).exit_code == 2


def test_ingest_on_one_process_and_on_dask_stores_the_same(corpus, tmp_path):
    shown = {}
    for name, options in (("one", ["--workers", "1"]), ("dask", ["--workers", "2", "--dask", "local"])):
        db = f"sqlite:///{tmp_path / name}.db"
        result = runner.invoke(app, ["ingest", str(corpus), "--database", db, *options])
        assert result.exit_code == 1 and re.search(r"articles stored\s*│\s*2", result.output), result.output
        shown[name] = [json.loads(runner.invoke(app, ["show", what, "--database", db, "--json"]).stdout)
                       for what in ("companies", "deals", "assets")]
    assert shown["one"] == shown["dask"] and shown["one"][1]


def test_show_rejects_unknown_tables(tmp_path):
    result = runner.invoke(app, ["show", "nonsense", "--database", f"sqlite:///{tmp_path / 'x.db'}"])
    assert result.exit_code == 2 and "unknown table" in result.output


def test_every_command_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    names = [c.name or c.callback.__name__ for c in app.registered_commands]
    names += [g.name for g in app.registered_groups]
    missing = [n for n in names if f"`{n}`" not in readme]
    assert not missing, f"commands missing from README.md: {missing}"


def test_every_subcommand_of_a_group_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [f"{g.name} {c.name}" for g in app.registered_groups for c in g.typer_instance.registered_commands
               if f"{g.name} {c.name}" not in readme]
    assert not missing, f"subcommands missing from README.md: {missing}"


CONNECTOR_PAGES = {"feeds": "feeds.md", "watch": "alerts.md", "mcp": "mcp.md"}


def test_connector_commands_have_a_docs_page_with_a_worked_example():
    for name, page in CONNECTOR_PAGES.items():
        doc = (ROOT / "docs" / page).read_text(encoding="utf-8")
        group = next((g for g in app.registered_groups if g.name == name), None)
        commands = [f"{name} {c.name}" for c in group.typer_instance.registered_commands] if group else [name]
        assert all(f"pharmalens {c}" in doc for c in commands), (page, commands)


NO_FACTS = ("临床肿瘤学会年会今日开幕，多位专家讨论抗体药物偶联物和放射性药物的研发趋势，"
            "与会者认为创新药临床开发仍面临挑战，核药与ADC将是未来几年的热点方向。\n")


def test_extract_reports_facts_per_document_and_what_to_read_by_hand(corpus):
    (corpus / "talk.txt").write_text(NO_FACTS, encoding="utf-8")
    result = runner.invoke(app, ["extract", "--json", str(corpus / "a.txt"), str(corpus / "talk.txt")])
    data = json.loads(result.stdout)
    facts = {d["id"]: d["facts"] for d in data["documents"]}
    assert facts["a.txt#1"]["deals"] == 1 and facts["talk.txt#1"] == {}
    assert data["read_by_hand"] == ["talk.txt#1"]
    table = runner.invoke(app, ["extract", str(corpus / "a.txt"), str(corpus / "talk.txt")])
    assert "Read by hand" in table.output and "talk.txt#1" in table.output


def test_ingest_summary_lists_relevant_articles_without_facts(corpus, tmp_path):
    (corpus / "talk.txt").write_text(NO_FACTS, encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'rbh.db'}"
    result = runner.invoke(app, ["ingest", "--database", url, str(corpus / "a.txt"), str(corpus / "talk.txt")])
    assert "Read by hand" in result.output
    assert re.search(r"read by hand \(relevant, no facts\)\s*│\s*1\s*│", result.output)


def test_an_unreadable_path_is_reported_and_the_rest_still_ingested(corpus, tmp_path):
    db = f"sqlite:///{tmp_path / 'store.db'}"
    too_long = str(tmp_path / ("x" * 300 + ".txt"))
    result = runner.invoke(app, ["ingest", too_long, str(corpus), "--database", db])
    assert result.exit_code == 1, result.output
    assert "unreadable" in result.output and "Traceback" not in result.output
    assert re.search(r"articles stored\s*│\s*2", result.output)


@pytest.mark.parametrize("value", ["20MB", "lots", "-5"])
def test_a_bad_size_setting_is_a_clear_error(corpus, tmp_path, monkeypatch, value):
    from pharmalens.settings import get_settings
    monkeypatch.setenv("PHARMALENS_MAX_FILE_BYTES", value)
    get_settings.cache_clear()
    try:
        result = runner.invoke(app, ["ingest", str(corpus), "--database", f"sqlite:///{tmp_path / 's.db'}"])
    finally:
        get_settings.cache_clear()
    if value == "20MB":
        assert result.exit_code == 1 and re.search(r"articles stored\s*│\s*2", result.output), result.output
    else:
        assert result.exit_code == 2, result.output
        assert "PHARMALENS_MAX_FILE_BYTES" in result.output and "Traceback" not in result.output


def test_eval_prints_the_records_line_and_one_per_language(tmp_path):
    gold_dir, text_dir = tmp_path / "gold", tmp_path / "text"
    gold_dir.mkdir()
    text_dir.mkdir()
    (text_dir / "en.txt").write_text(LICENCE, encoding="utf-8")
    (gold_dir / "en.json").write_text(json.dumps({"file": "en.txt", "lang": "en", "deals": [
        {"licensor": ["Huaxi Biotherapeutics"], "licensee": ["Kestrel Oncology"], "upfront": {"amount": 45, "currency": "USD"}}]}),
        encoding="utf-8")
    result = runner.invoke(app, ["eval", "--gold", str(gold_dir), "--sources", str(text_dir),
                                 "--scorer", str(ROOT.parent / "shared" / "tools" / "score_facts.py")])
    assert result.exit_code == 0, result.output
    assert re.search(r"records in en +P=\d\.\d{3} R=\d\.\d{3} F1=\d\.\d{3} \(1 files\)", result.output)
    assert re.search(r"records \(documents left out\): P=\d\.\d{3} R=1\.000", result.output)


def test_extract_json_is_utf8_even_when_the_process_stdout_is_ascii(tmp_path):
    import json
    import os
    import subprocess
    import sys
    article = tmp_path / "a.txt"
    article.write_text("澄江生物与衡湾医药签署QX-7授权协议,首付款5000万美元。", encoding="utf-8")
    env = {**os.environ, "PYTHONIOENCODING": "ascii", "PHARMALENS_CACHE_DIR": str(tmp_path / "cache")}
    run = subprocess.run([sys.executable, "-m", "pharmalens", "extract", "--json", str(article)],
                         capture_output=True, env=env, timeout=300)
    assert run.returncode == 0, run.stderr.decode("utf-8", "replace")[-400:]
    payload = json.loads(run.stdout.decode("utf-8"))
    assert any("澄江" in c["name"] for c in payload["companies"])
