"""Every reason code a skipped item can carry is documented in the README and docs/reliability.md."""
import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def reason_codes() -> set[str]:
    codes = set()
    for path in (ROOT / "src" / "pharmalens").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Skipped":
                code = node.args[1] if len(node.args) > 1 else next((k.value for k in node.keywords if k.arg == "code"), None)
                if isinstance(code, ast.Constant):
                    codes.add(code.value)
    return codes


def test_every_reason_code_is_documented():
    codes = reason_codes()
    assert {"extract_error", "not_found", "binary"} <= codes
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    docs = (ROOT / "docs" / "reliability.md").read_text(encoding="utf-8")
    assert not [c for c in codes if f"`{c}`" not in readme], "reason codes missing from README.md"
    assert not [c for c in codes if f"`{c}`" not in docs], "reason codes missing from docs/reliability.md"
