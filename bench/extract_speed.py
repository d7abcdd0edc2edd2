"""Extraction speed on one core: articles/s and MB/s over a generated corpus, and peak memory.

Usage: python bench/extract_speed.py [--articles 5000] [--chars 3000]

The corpus is made from examples/news: each article is one example's text with its company names,
codes and numbers varied, padded to about --chars characters by repeating its paragraphs.
"""
from __future__ import annotations

import argparse
import random
import re
import resource
import sys
import time
from pathlib import Path

from pharmalens.documents.articles import read_articles
from pharmalens.documents.decoding import decode_bytes
from pharmalens.extraction.pipeline import extract_article
from pharmalens.sources.files import SourceFile, expand_paths

ROOT = Path(__file__).resolve().parents[1]


def _examples() -> list[str]:
    files, _ = expand_paths([ROOT / "examples" / "news"])
    texts = []
    for f in files:
        decoded = decode_bytes(f.read_bytes(), str(f))
        if isinstance(decoded, tuple) and f.suffix == ".txt":
            texts.append(decoded[0])
    return texts


def _vary(text: str, rng: random.Random, chars: int) -> str:
    text = re.sub(r"\d+(?:\.\d+)?", lambda m: str(round(float(m.group(0)) * rng.uniform(0.5, 1.5), 2)), text)
    text = re.sub(r"\b([A-Z]{2,4})-(\d{3,4})\b", lambda m: f"{m.group(1)}-{rng.randint(100, 9999)}", text)
    while len(text) < chars:
        text += "\n" + text[: chars - len(text)]
    return text[:chars]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=5000)
    ap.add_argument("--chars", type=int, default=3000)
    args = ap.parse_args()
    rng = random.Random(7)
    bases = _examples()
    corpus = [_vary(rng.choice(bases), rng, args.chars) for _ in range(args.articles)]
    total_bytes = sum(len(t.encode("utf-8")) for t in corpus)
    extract_article(read_articles(SourceFile("w.txt", "w.txt", ".txt", corpus[0].encode()))[0])
    start = time.perf_counter()
    cpu_start = time.process_time()
    records = 0
    for i, text in enumerate(corpus):
        for article in read_articles(SourceFile(f"b{i}.txt", f"b{i}.txt", ".txt", text.encode("utf-8"))):
            facts = extract_article(article)
            records += sum(len(v) for v in facts.records.values())
    elapsed = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles: {args.articles}  chars/article: {args.chars}  records: {records}")
    print(f"articles/s: {args.articles / elapsed:.1f} (wall)")
    print(f"articles per CPU-second: {args.articles / cpu:.1f}")
    print(f"MB/s: {total_bytes / elapsed / 1e6:.2f}")
    print(f"peak memory: {peak_mb:.0f} MB")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
