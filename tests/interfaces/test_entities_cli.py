"""`pharmalens entities`: a Chinese name merged into its English company at ingest with the reason
kept, proposals listed, and a person's split, merge and reject applied to the store and respected
by later ingests. On SQLite, and on PostgreSQL when configured."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pharmalens.interfaces.cli import app

runner = CliRunner()
ENGLISH = ("Lanfeng Radiopharma licenses LF-316 to Orvane Oncology\n\n"
           "SUZHOU, May 6, 2026 -- Lanfeng Radiopharma Co., Ltd. granted Orvane Oncology Inc. exclusive rights "
           "outside Greater China to LF-316, a Phase I actinium-225 radioligand against FAP, for an upfront "
           "payment of $25 million and up to $400 million in milestones.\n")
CHINESE = ("岚峰核药宣布LF-316完成首例患者给药\n\n2026年6月3日，岚峰核药股份有限公司宣布，其自主研发的锕-225放射性配体药物"
           "LF-316在中国开展的I期临床试验完成首例患者给药。\n")
SOUND_ONLY = ("岚峰核药获得新一轮融资\n\n2026年7月1日，岚峰核药股份有限公司宣布完成B轮融资，融资金额3亿元人民币，"
              "由鹭港资本领投。\n")


def cli(*args: str, url: str):
    result = runner.invoke(app, [*args, "--database", url])
    return result


def as_json(*args: str, url: str):
    result = cli(*args, "--json", url=url)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def ingest(tmp_path: Path, name: str, text: str, url: str) -> None:
    folder = tmp_path / name
    folder.mkdir(exist_ok=True)
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    assert cli("ingest", str(folder), "--workers", "1", url=url).exit_code == 0


def owners(url: str) -> dict[str, str]:
    """Asset owner by the contract name of the asset's document."""
    names = {d["id"]: d["name"] for d in as_json("show", "documents", url=url)}
    return {names[a["document"]]: a["company"] for a in as_json("show", "assets", url=url)}


def test_a_chinese_name_joins_its_english_company_and_a_person_can_split_and_merge(tmp_path: Path, url: str) -> None:
    ingest(tmp_path, "en", ENGLISH, url)
    ingest(tmp_path, "zh", CHINESE, url)
    merged = as_json("entities", "review", "--all", url=url)
    assert [(d["canonical"], d["member"], d["action"], d["source"]) for d in merged] == [
        ("Lanfeng Radiopharma", "岚峰核药", "merge", "auto")]
    assert "pinyin lanfeng" in merged[0]["reason"] and "lf316" in merged[0]["reason"]
    assert owners(url) == {"en.txt#1": "Lanfeng Radiopharma", "zh.txt#1": "Lanfeng Radiopharma"}
    companies = {c["name"]: c["aliases"] for c in as_json("show", "companies", url=url)}
    assert "岚峰核药" in companies["Lanfeng Radiopharma"]

    split = as_json("entities", "split", "Lanfeng Radiopharma", "岚峰核药", "--note", "two firms", url=url)
    assert split[0]["action"] == "split" and split[0]["source"] == "user" and "two firms" in split[0]["note"]
    assert owners(url) == {"en.txt#1": "Lanfeng Radiopharma", "zh.txt#1": "岚峰核药"}
    companies = {c["name"]: c["aliases"] for c in as_json("show", "companies", url=url)}
    assert "岚峰核药" in companies and "岚峰核药" not in companies["Lanfeng Radiopharma"]
    ingest(tmp_path, "zh", CHINESE.replace("6月3日", "6月4日"), url)  # a later article: the split holds
    assert owners(url)["zh.txt#1"] == "岚峰核药"

    as_json("entities", "merge", "Lanfeng Radiopharma", "岚峰核药", url=url)
    assert set(owners(url).values()) == {"Lanfeng Radiopharma"}
    trail = as_json("entities", "review", "--all", url=url)
    assert [d["action"] for d in trail] == ["merge", "split", "merge"]


def test_a_match_on_sound_alone_is_proposed_and_can_be_rejected(tmp_path: Path, url: str) -> None:
    ingest(tmp_path, "en", ENGLISH, url)
    ingest(tmp_path, "money", SOUND_ONLY, url)
    proposals = as_json("entities", "review", url=url)
    assert [(p["canonical"], p["member"], p["action"]) for p in proposals] == [
        ("Lanfeng Radiopharma", "岚峰核药", "propose")]
    as_json("entities", "reject", "Lanfeng Radiopharma", "岚峰核药", url=url)
    assert as_json("entities", "review", url=url) == []


def test_a_proposal_is_scored_again_when_a_later_article_brings_evidence(tmp_path: Path, url: str) -> None:
    ingest(tmp_path, "en", ENGLISH, url)
    ingest(tmp_path, "money", SOUND_ONLY, url)
    ingest(tmp_path, "zh", CHINESE, url)  # the Chinese name now owns the English company's LF-316
    trail = as_json("entities", "review", "--all", url=url)
    assert [(d["canonical"], d["member"], d["action"]) for d in trail] == [
        ("Lanfeng Radiopharma", "岚峰核药", "propose"), ("Lanfeng Radiopharma", "岚峰核药", "merge")]
    assert "lf316" in trail[1]["reason"] and "scored again" in trail[1]["reason"]
    assert as_json("entities", "review", url=url) == []
    companies = {c["name"]: c["aliases"] for c in as_json("show", "companies", url=url)}
    assert "岚峰核药" not in companies and "岚峰核药" in companies["Lanfeng Radiopharma"]
    assert {f["company"] for f in as_json("show", "financings", url=url)} == {"Lanfeng Radiopharma"}
    assert set(owners(url).values()) == {"Lanfeng Radiopharma"}


def test_a_rejected_proposal_is_not_merged_by_later_evidence(tmp_path: Path, url: str) -> None:
    ingest(tmp_path, "en", ENGLISH, url)
    ingest(tmp_path, "money", SOUND_ONLY, url)
    as_json("entities", "reject", "Lanfeng Radiopharma", "岚峰核药", url=url)
    ingest(tmp_path, "zh", CHINESE, url)
    assert [d["action"] for d in as_json("entities", "review", "--all", url=url)] == ["propose", "reject"]
    assert owners(url)["zh.txt#1"] == "岚峰核药"


def test_bad_decisions_are_refused_with_a_reason(tmp_path: Path, url: str) -> None:
    ingest(tmp_path, "en", ENGLISH, url)
    unknown = cli("entities", "merge", "No Such Company", "岚峰核药", url=url)
    assert unknown.exit_code == 2 and "No Such Company" in unknown.output
    never = cli("entities", "split", "Lanfeng Radiopharma", "Orvane Oncology", url=url)
    assert never.exit_code == 2 and "never merged" in never.output
    kind = cli("entities", "merge", "a", "b", "--kind", "drug", url=url)
    assert kind.exit_code == 2 and "company, asset" in kind.output


@pytest.fixture(autouse=True)
def _quiet_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PHARMALENS_DASK", raising=False)
