"""How much extraction leans on one kind of lexicon entry: the real-news corpus extracted again with the
shipped lexicon's entries of the given kinds (drug, company, target, ...) left out, and scored.

Usage: python bench/lexicon_ablation.py [--without drug] [--realnews ../shared/realnews]

The articles kept apart name drugs and companies the lexicon may not hold; the records line without a
kind shows what the context rules find on their own (bench/name_swap.py does the same for company names
by rewriting the text). Figures are printed, not asserted.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Run in a fresh interpreter so that the lexicon is built once, without the left-out kinds.
_RUNNER = """
import runpy, sys
import pharmalens.extraction.lexicon as lexicon
left_out = set(sys.argv.pop(1).split(","))
load = lexicon._load_entries
lexicon._load_entries = lambda user: [e for e in load(user) if e.kind not in left_out]
sys.argv = ["pharmalens", "extract", "--json", *sys.argv[1:]]
runpy.run_module("pharmalens", run_name="__main__")
"""


def records(corpus: Path, without: str, scorer: Path) -> str:
    texts = sorted(str(p) for p in (corpus / "text").glob("*.txt"))
    with tempfile.TemporaryDirectory() as cache, tempfile.NamedTemporaryFile("w+", suffix=".json") as handle:
        env = {**os.environ, "PHARMALENS_CACHE_DIR": cache}
        subprocess.run([sys.executable, "-c", _RUNNER, without, *texts], stdout=handle, check=True,
                       stderr=subprocess.DEVNULL, env=env, cwd=ROOT)
        report = subprocess.run([sys.executable, str(scorer), "--gold", str(corpus / "gold"), "--pred", handle.name,
                                 "--sources", str(corpus / "text")], capture_output=True, text=True, check=True)
    return "\n".join(line for line in report.stdout.splitlines()
                     if line.startswith(("records", "overall", "  records in")) or line.strip().startswith(
                         ("deals ", "assets ", "clinical ", "regulatory ")))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--without", default="drug", help="lexicon kinds to leave out, comma-separated")
    parser.add_argument("--realnews", type=Path, default=ROOT.parent / "shared" / "realnews")
    args = parser.parse_args()
    scorer = args.realnews.parent / "tools" / "score_facts.py"
    print("with the whole lexicon:")
    print(records(args.realnews, "", scorer))
    print(f"without {args.without}:")
    print(records(args.realnews, args.without, scorer))


if __name__ == "__main__":
    main()
