"""Start-up cost of the command line: CPU seconds (user + system, of the child process) and wall
seconds of `pharmalens --help`, of importing the CLI module alone, and of `pharmalens extract --json`
on one small example file; p50 and best of --runs runs each, and which heavy packages each one loaded.

Usage: python bench/cli_startup.py [--runs 5] [--file examples/news/01_en_license_prnewswire.txt]

Byte-compiled files are written first (one untimed run each), as an installed package has them.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("sqlalchemy", "fastapi", "numpy", "scipy", "jinja2", "alembic", "mcp", "httpx", "trafilatura",
         "pypinyin", "wordfreq", "opencc")
PROBE = """
import json, sys
sys.argv = ["pharmalens", *json.loads(sys.argv[1])]
if sys.argv[1:]:
    from pharmalens.interfaces.cli import main
    try:
        main()
    except SystemExit:
        pass
else:
    import pharmalens.interfaces.cli
sys.stderr.write("\\nMODULES " + json.dumps(sorted({m.split(".")[0] for m in sys.modules})) + "\\n")
"""


def run_once(args: list[str], env: dict[str, str]) -> tuple[float, float, set[str]]:
    """CPU seconds and wall seconds of one fresh interpreter running the probe, and what it loaded."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", PROBE, json.dumps(args)], capture_output=True, text=True,
                          env=env, check=False, cwd=ROOT)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    line = next((x for x in done.stderr.splitlines() if x.startswith("MODULES ")), "MODULES []")
    return cpu, wall, set(json.loads(line.removeprefix("MODULES ")))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--file", default=str(ROOT / "examples" / "news" / "01_en_license_prnewswire.txt"))
    options = parser.parse_args()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    cases = {"import pharmalens.interfaces.cli": [], "pharmalens --help": ["--help"],
             "pharmalens extract --json FILE": ["extract", "--json", options.file]}
    print(f"{'command':34s} {'CPU p50 s':>9s} {'CPU best':>9s} {'wall p50 s':>10s}  heavy packages loaded")
    for label, args in cases.items():
        run_once(args, env)
        runs = [run_once(args, env) for _ in range(options.runs)]
        cpu = [r[0] for r in runs]
        wall = [r[1] for r in runs]
        heavy = sorted(set(HEAVY) & runs[-1][2])
        print(f"{label:34s} {statistics.median(cpu):9.3f} {min(cpu):9.3f} {statistics.median(wall):10.3f}  "
              f"{', '.join(heavy) or '-'}")
    print(f"load average: {os.getloadavg()[0]:.1f} (CPU seconds do not depend on it much; wall seconds do)")


if __name__ == "__main__":
    main()
