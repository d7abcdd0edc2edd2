"""Recognisers read the one-script search copy (documents/normalise.py), so a pattern, cue or table
written with a traditional-only character can never match: it is dead code that hides gaps."""
import ast
from pathlib import Path

import yaml

from pharmalens.documents.language import to_simplified

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "pharmalens"


def _traditional_only(text: str) -> str:
    return "".join(ch for ch in text if "\u4e00" <= ch <= "\u9fff" and to_simplified(ch) != ch)


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def test_no_traditional_only_character_in_extraction_code():
    offenders = []
    for path in sorted((PACKAGE / "extraction").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skip = _docstrings(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
                chars = _traditional_only(node.value)
                if chars:
                    offenders.append(f"{path.name}:{node.lineno} {chars}")
    assert offenders == []


def test_no_traditional_only_character_in_cue_sets():
    offenders = []
    for path in sorted((PACKAGE / "data" / "cues").glob("*.yaml")):
        for name, phrases in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).items():
            offenders += [f"{path.name} {name}: {p}" for p in phrases or [] if _traditional_only(str(p))]
    assert offenders == []


def test_the_check_sees_a_traditional_character():
    assert _traditional_only("臨床試驗 trial") and not _traditional_only("临床试验 trial")


def test_no_traditional_only_character_in_relevance_terms():
    data = yaml.safe_load((PACKAGE / "data" / "relevance.yaml").read_text(encoding="utf-8"))
    assert [t["term"] for t in data["terms"] if _traditional_only(str(t["term"]))] == []
