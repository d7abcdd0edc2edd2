import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_stages_import_only_earlier_stages():
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint), "--config", str(ROOT / "pyproject.toml")], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 4 kept, 0 broken" in result.stdout


def test_only_the_interfaces_build_settings():
    """Settings are built once in the interfaces and passed down; no later stage reads the environment."""
    offenders = []
    for path in (ROOT / "src" / "pharmalens").rglob("*.py"):
        relative = path.relative_to(ROOT / "src" / "pharmalens")
        if relative.parts[0] in ("interfaces", "settings.py"):
            continue
        text = path.read_text(encoding="utf-8")
        if "get_settings" in text or "from_env(" in text or "os.environ" in text:
            offenders.append(str(relative))
    assert offenders == []
