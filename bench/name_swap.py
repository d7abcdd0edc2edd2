"""How much extraction leans on the company lexicon: the real-news corpus scored again after every
company it names (but the multinationals, which any lexicon knows) is given a made-up name.

Usage: python bench/name_swap.py [--seed 1] [--realnews ../shared/realnews] [--keep DIR]

Each gold company's distinctive part (the name without its place and trade words: 澄江 of 上海澄江生物,
Corvane of Corvane Therapeutics) is replaced by invented characters or syllables of the same shape, in
the text and the gold alike, so spans and aliases stay consistent. The scorer's records line for the
swapped corpus, beside the one for the corpus as written, shows what a lexicon entry is worth and
what the context rules find on their own. Several seeds give several made-up corpora.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
_GENERIC_EN = set("""Therapeutics Pharmaceutical Pharmaceuticals Pharma Bio Biosciences Bioscience BioSciences Biologics
Biopharma Biopharmaceutical Biopharmaceuticals Biotech Biotechnology Oncology Medicines Medical Isotopes Inc Inc. Ltd Ltd.
Co Co. Corp Corporation Group Holdings International Limited LLC GmbH SA AG plc PTE JSC Technologies Discovery
Healthcare and The of China Shanghai Sichuan Asia Hong Kong Life Molecular Services Power Med Isotope Radiation BC
Pioneering Theragnostics Cross Green ADC LTD INC CO""".split())
_ZH_TRADE = sorted("""股份有限公司 有限责任公司 有限責任公司 有限公司 集团 集團 控股 生物医药 生物醫藥 生物科技 生物技术 生物技術 生技 医药
醫藥 药业 藥業 制药 製藥 生物 科技 新药 新藥 国际 國際 公司 医疗 醫療 -B 股份""".split(), key=len, reverse=True)
_ZH_PLACES = "上海 北京 江苏 江蘇 浙江 广东 廣東 深圳 苏州 蘇州 杭州 成都 四川 山东 山東 南京 天津 武汉 武漢 香港 台湾 台灣 中国 中國".split()
_ZH_POOL = "安森泰博嘉禾川石明光英美合正元朗信立平天山力百方昊晨星恒益瑞宇思若岳峰舟雨林竹松柏"
_SYLLABLES = "vor tal zen mar quo bel dri nex sov rik kav tev lun dop wen fal ser yul".split()


def _multinationals() -> set[str]:
    """Every name of the companies in the lexicon's multinationals block."""
    text = (ROOT / "src" / "pharmalens" / "data" / "companies.yaml").read_text(encoding="utf-8")
    block = text.split("-- multinationals", 1)[1].split("\n# ----", 1)[0]
    names: set[str] = set()
    for entry in yaml.safe_load(block.split("\n", 1)[1]) or []:
        for key, value in entry.items():
            if key != "kind":
                names.update(str(v) for v in (value if isinstance(value, list) else [value]))
    return names


def _zh_core(name: str) -> str:
    core, changed = name, True
    while changed:
        changed = False
        for word in _ZH_TRADE:
            if core.endswith(word) and len(core) > len(word):
                core, changed = core[:-len(word)], True
                break
    place = next((p for p in _ZH_PLACES if core.startswith(p) and len(core) > len(p) + 1), "")
    return core[len(place):]


def _made_up(token: str, rng: random.Random) -> str:
    if token.isupper():
        return "".join(rng.choice("BCDFGHJKLMNPQRSTVWXZ") for _ in token)
    word = ""
    while len(word) < max(4, len(token)):
        word += rng.choice(_SYLLABLES)
    word = word[:max(4, len(token))]
    return word.capitalize() if token[0].isupper() else word


def swap_table(gold_dir: Path, rng: random.Random) -> dict[str, str]:
    keep, table = _multinationals(), {}
    for path in sorted(gold_dir.glob("*.json")):
        for aliases in json.loads(path.read_text(encoding="utf-8")).get("companies", []):
            if any(a in keep for a in aliases):
                continue
            for alias in aliases:
                if re.search(r"[\u4e00-\u9fff]", alias):
                    core = _zh_core(alias)
                    if len(core) >= 2 and core not in table and core not in _ZH_TRADE and core not in _ZH_PLACES:
                        table[core] = "".join(rng.choice(_ZH_POOL) for _ in core)
                    continue
                for token in re.findall(r"[A-Za-z][A-Za-z0-9-]*", alias):
                    if token not in _GENERIC_EN and len(token) >= 2 and token not in table:
                        table[token] = _made_up(token, rng)
                        if not token.isupper() and len(token) > 3:
                            table.setdefault(token.upper(), table[token].upper())
    return table


def write_swapped(source: Path, out: Path, table: dict[str, str]) -> None:
    keys = sorted(table, key=len, reverse=True)
    pattern = re.compile("|".join(rf"(?<![A-Za-z]){re.escape(k)}(?![a-z])" if k.isascii() else re.escape(k) for k in keys))
    for sub in ("text", "gold"):
        (out / sub).mkdir(parents=True, exist_ok=True)
        for path in (source / sub).iterdir():
            swapped = pattern.sub(lambda m: table[m.group(0)], path.read_text(encoding="utf-8"))
            (out / sub / path.name).write_text(swapped, encoding="utf-8")


def records_line(corpus: Path, scorer: Path) -> str:
    texts = sorted(str(p) for p in (corpus / "text").glob("*.txt"))
    prediction = subprocess.run([sys.executable, "-m", "pharmalens", "extract", "--json", *texts],
                                capture_output=True, text=True, check=True).stdout
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as handle:
        handle.write(prediction)
    report = subprocess.run([sys.executable, str(scorer), "--gold", str(corpus / "gold"), "--pred", handle.name,
                             "--sources", str(corpus / "text")], capture_output=True, text=True, check=True).stdout
    lines = [line for line in report.splitlines() if line.startswith("records") or "company_recall" in line]
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--realnews", type=Path, default=ROOT.parent / "shared" / "realnews")
    ap.add_argument("--keep", type=Path, help="write the swapped corpus here instead of a temporary folder")
    args = ap.parse_args()
    scorer = args.realnews.parent / "tools" / "score_facts.py"
    table = swap_table(args.realnews / "gold", random.Random(args.seed))
    out = args.keep or Path(tempfile.mkdtemp(prefix="name-swap-"))
    write_swapped(args.realnews, out, table)
    print(f"names swapped: {len(table)}  (seed {args.seed}, corpus in {out})")
    print("as written:\n" + records_line(args.realnews, scorer))
    print("names swapped:\n" + records_line(out, scorer))


if __name__ == "__main__":
    main()
