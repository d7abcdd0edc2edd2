"""How much extraction leans on the form a text happens to be written in: the real-news corpus scored
again after a change of form that leaves its facts as they are.

Usage: python bench/text_forms.py [--form script|wrap|fullwidth] [--width 30] [--realnews ../shared/realnews]
                                  [--keep DIR]

Forms:
  script     every Chinese article in the other script (simplified to traditional and back, OpenCC's
             s2t/t2s), its gold converted alike, so names are compared in the script the text now uses;
  wrap       every paragraph hard-wrapped as a newspaper column or a PDF's text layer is, at --width
             columns (a Chinese character takes two), never inside a word or a number;
  fullwidth  ASCII letters, digits and signs in their full-width forms (Ｎｏｖａｒｔｉｓ，１２．５亿),
             as some Chinese pages type them; the gold is unchanged (the scorer compares NFKC forms).
A general mechanism holds under every form; a drop names a rule that only holds for one way of writing.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import unicodedata
from pathlib import Path

import opencc

sys.path.insert(0, str(Path(__file__).resolve().parent))
from name_swap import records_line  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def _convert(value, convert):
    if isinstance(value, str):
        return convert(value)
    if isinstance(value, list):
        return [_convert(v, convert) for v in value]
    if isinstance(value, dict):
        return {k: _convert(v, convert) for k, v in value.items()}
    return value


def _script(text: str, gold: dict) -> tuple[str, dict]:
    langs = {d.get("lang") for d in gold.get("documents", [])}
    if "zh-Hans" in langs:
        config, lang = "s2t", "zh-Hant"
    elif "zh-Hant" in langs:
        config, lang = "t2s", "zh-Hans"
    else:
        return text, gold
    convert = opencc.OpenCC(config).convert
    gold = _convert(gold, convert)
    for document in gold.get("documents", []):
        if document.get("lang") in ("zh-Hans", "zh-Hant"):
            document["lang"] = lang
    return convert(text), gold


def _columns(c: str) -> int:
    return 2 if unicodedata.east_asian_width(c) in "WF" else 1


def _wrap_line(line: str, width: int) -> str:
    """Greedy wrap at `width` columns (a Chinese character takes two), never inside a Latin word or a
    number, dropping the space a cut falls on."""
    out, current, columns = [], "", 0
    for token in re.findall(r"[A-Za-z0-9$%.,'’/()&+-]+|\s|.", line):
        size = sum(_columns(c) for c in token)
        if columns + size > width and current.strip():
            out.append(current.rstrip(" "))
            current, columns = "", 0
            if token.isspace():
                continue
        current, columns = current + token, columns + size
    return "\n".join([*out, current])


def _wrap(text: str, width: int) -> str:
    return "\n".join(_wrap_line(line, width) for line in text.split("\n"))


def _fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def write_form(source: Path, out: Path, form: str, width: int) -> None:
    (out / "text").mkdir(parents=True, exist_ok=True)
    (out / "gold").mkdir(parents=True, exist_ok=True)
    for path in sorted((source / "text").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        gold_path = source / "gold" / f"{path.stem}.json"
        gold = json.loads(gold_path.read_text(encoding="utf-8")) if gold_path.exists() else None
        if form == "script" and gold is not None:
            text, gold = _script(text, gold)
        elif form == "wrap":
            text = _wrap(text, width)
        elif form == "fullwidth":
            text = _fullwidth(text)
        (out / "text" / path.name).write_text(text, encoding="utf-8")
        if gold is not None:
            (out / "gold" / gold_path.name).write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--form", choices=("script", "wrap", "fullwidth"), default="script")
    ap.add_argument("--width", type=int, default=64)
    ap.add_argument("--realnews", type=Path, default=ROOT.parent / "shared" / "realnews")
    ap.add_argument("--keep", type=Path, help="write the rewritten corpus here instead of a temporary folder")
    args = ap.parse_args()
    scorer = args.realnews.parent / "tools" / "score_facts.py"
    out = args.keep or Path(tempfile.mkdtemp(prefix="text-form-"))
    write_form(args.realnews, out, args.form, args.width)
    print(f"form: {args.form}  (corpus in {out})")
    print("as written:\n" + records_line(args.realnews, scorer))
    print(f"{args.form}:\n" + records_line(out, scorer))


if __name__ == "__main__":
    main()
