"""Fuzzing the reader and the extractors with generated pharma text (hypothesis strategies): crashes,
inputs over one CPU second, and evidence spans that do not quote the document.

Usage: python bench/fuzz.py [--inputs 100000] [--seed 1] [--slow 1.0] [--show 5]

Each input is a file's bytes drawn by tests/strategies.py's `document()` (shared with
tests/pipeline/test_fuzz.py): fragments in both scripts, company and drug words, amounts with
亿/万/million/billion and currencies, brackets, defined terms, dates, phases, long tokens, control
characters and line breaks, in UTF-8 or another encoding. It goes through what ingest runs on one
file (reading, articles, extraction, money in US dollars, the contract JSON, strict) under a budget
large enough never to stop it. A crash is any exception, or an article the pipeline had to skip as
`extract_error`; a span error is an evidence quote that is not the document's text at its offsets.
Prints the three counts (goal 0 / 0 / 0) and the first few inputs of each kind.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, seed, settings

from pharmalens.documents.decoding import decode_bytes
from pharmalens.model.contract import record_to_json
from pharmalens.pipeline.work import extract_source
from pharmalens.sources.files import SourceFile

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from strategies import document  # noqa: E402  (tests/strategies.py: the inputs the fuzz test draws too)


class Tally:
    def __init__(self) -> None:
        self.inputs, self.articles, self.records = 0, 0, 0
        self.crashes: list[tuple[str, bytes]] = []
        self.slow: list[tuple[float, bytes]] = []
        self.span_errors: list[tuple[str, bytes]] = []
        self.slowest = 0.0

    def run(self, data: bytes, slow: float) -> None:
        self.inputs += 1
        source = SourceFile(path="fuzz.txt", name="fuzz.txt", suffix=".txt", data=data)
        began = time.process_time()
        try:
            outcomes = extract_source(source, limits=(3600.0, 8 * 1024 ** 3))
            decoded = decode_bytes(data, source.path)
            for outcome in outcomes:
                if getattr(outcome, "code", None) == "extract_error":
                    self.crashes.append((outcome.reason, data))
                elif hasattr(outcome, "records"):
                    self.check(outcome, decoded[0], data)
        except Exception as exc:  # noqa: BLE001 - a crash is what this counts
            self.crashes.append((f"{type(exc).__name__}: {exc}", data))
        took = time.process_time() - began
        self.slowest = max(self.slowest, took)
        if took > slow:
            self.slow.append((took, data))

    def check(self, item, text: str, data: bytes) -> None:
        """Every record serialises as strict JSON and quotes the file's decoded text at its offsets."""
        self.articles += 1
        for records in item.records.values():
            for record in records:
                self.records += 1
                json.dumps(record_to_json(record), allow_nan=False)
                for evidence in record.evidence:
                    if text[evidence.start:evidence.end] != evidence.quote:
                        self.span_errors.append((f"{record.kind} {evidence.start}-{evidence.end} "
                                                 f"{evidence.quote[:60]!r}", data))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--slow", type=float, default=1.0,
                        help="CPU seconds over which an input counts as slow (CPU, not wall: the machine is shared)")
    parser.add_argument("--show", type=int, default=5, help="inputs of each kind to print")
    args = parser.parse_args()
    tally = Tally()

    def step(data: bytes) -> None:
        tally.run(data, args.slow)

    @seed(args.seed)
    @settings(max_examples=args.inputs, deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(document())
    def fuzz(data: bytes) -> None:
        step(data)

    tally.run("Kestrel Oncology licensed KO-1 to Orrin Bio for $5 million upfront.".encode(), args.slow)
    tally = Tally()  # the first input loads the vocabulary: not counted
    began = time.perf_counter()
    fuzz()
    took = time.perf_counter() - began
    print(f"inputs {tally.inputs:,}  articles {tally.articles:,}  records {tally.records:,}  "
          f"{took:.0f} s wall ({tally.inputs / max(took, 1e-9):.0f} inputs/s)  slowest {tally.slowest:.2f} CPU s")
    print(f"crashes {len(tally.crashes)}  over {args.slow:g} CPU s {len(tally.slow)}  span errors {len(tally.span_errors)}")
    for title, rows in (("crash", tally.crashes), ("span error", tally.span_errors)):
        for what, data in rows[:args.show]:
            print(f"{title}: {what[:200]}\n  input: {data[:300]!r}")
    for seconds, data in sorted(tally.slow, reverse=True)[:args.show]:
        print(f"slow: {seconds:.2f} CPU s, {len(data):,} bytes\n  input: {data[:300]!r}")


if __name__ == "__main__":
    main()
