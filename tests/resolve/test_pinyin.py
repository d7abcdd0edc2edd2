"""A Chinese core's pinyin from the cached tables is pypinyin's lazy_pinyin, joined."""
from __future__ import annotations

import random
import re
import subprocess
import sys
from pathlib import Path

from pypinyin import lazy_pinyin
from pypinyin.constants import PHRASES_DICT

from pharmalens.model.vocabulary import load_yaml
from pharmalens.resolve.names import chinese_core
from pharmalens.resolve.pinyin import core_pinyin

ROOT = Path(__file__).resolve().parents[2]


def _same(text: str) -> None:
    assert core_pinyin(text) == "".join(lazy_pinyin(text)), text


def test_every_shipped_chinese_name_and_its_core():
    names = {str(n) for item in load_yaml("companies.yaml") or [] for n in (*item.get("zh", []), *item.get("zh_hant", []))}
    assert len(names) > 100
    for name in names:
        _same(name)
        if chinese_core(name):
            _same(chinese_core(name))


def test_runs_of_chinese_in_the_examples_and_test_texts():
    texts = [p.read_text(encoding="utf-8", errors="ignore") for folder in ("examples", "tests/data")
             for p in (ROOT / folder).rglob("*.txt")]
    runs = {run for text in texts for run in re.findall(r"[\u4e00-\u9fff]{2,}", text)}
    rng = random.Random(5)
    for run in runs:
        _same(run)
        start = rng.randrange(len(run))
        _same(run[start:start + rng.randint(1, 6)])


def test_made_up_names_from_pieces_of_phrases():
    rng = random.Random(8)
    phrases = sorted(PHRASES_DICT)
    for _ in range(5000):
        pieces = [rng.choice(phrases) for _ in range(rng.randint(1, 3))]
        text = "".join(p[rng.randrange(len(p)):] if rng.random() < 0.3 else p for p in pieces)
        _same(text)
        _same(text[1:] or text)


def test_read_from_the_cache_without_pypinyin(tmp_path):
    script = ("import sys; from pathlib import Path; from pharmalens.model.disk_cache import use_directory\n"
              "use_directory(Path(sys.argv[1])); from pharmalens.resolve.pinyin import core_pinyin\n"
              "print(core_pinyin('澜沧核药'), 'pypinyin' in sys.modules)")
    runs = [subprocess.run([sys.executable, "-c", script, str(tmp_path)], capture_output=True, text=True, check=True)
            for _ in range(2)]
    assert [run.stdout.split() for run in runs] == [["lancangheyao", "True"], ["lancangheyao", "False"]]


def test_without_a_disk_cache_pypinyin_answers(monkeypatch):
    from pharmalens.model import disk_cache
    from pharmalens.resolve import pinyin
    monkeypatch.setattr(disk_cache, "_directory", [None])
    monkeypatch.setattr(pinyin, "_build", lambda: (_ for _ in ()).throw(AssertionError("built without a cache")))
    pinyin._tables.cache_clear()
    try:
        assert core_pinyin("澜沧核药") == "lancangheyao"
    finally:
        pinyin._tables.cache_clear()
