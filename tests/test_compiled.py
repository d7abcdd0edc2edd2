"""The compiled copies of the per-article stages (tools/compile.py) never stand in for newer code."""
from __future__ import annotations

import importlib.util
import os
import shutil
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_SUFFIX = sysconfig.get_config_var("EXT_SUFFIX")


def _tool():
    spec = importlib.util.spec_from_file_location("compile_tool", ROOT / "tools" / "compile.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_compiled_module_is_as_new_as_its_source():
    tool = _tool()
    outdated = [str(tool.built(p).relative_to(ROOT)) for p in tool.sources()
                if tool.built(p).exists() and tool.built(p).stat().st_mtime < p.stat().st_mtime]
    orphans = [str(e.relative_to(ROOT)) for stage in tool.STAGES for e in (tool.SRC / "pharmalens" / stage).glob("*" + _SUFFIX)
               if not e.with_name(e.name[: -len(_SUFFIX)] + ".py").exists()]
    assert not outdated and not orphans, f"rebuild with `make install` (tools/compile.py): {outdated + orphans}"


def test_a_compiled_module_is_what_python_imports():
    import pharmalens.extraction.context as context

    tool = _tool()
    source = tool.SRC / "pharmalens" / "extraction" / "context.py"
    if not tool.built(source).exists():
        pytest.skip("the package runs as plain Python here (tools/compile.py was not run)")
    assert context.__file__.endswith(_SUFFIX)


def _tree(tmp_path: Path) -> Path:
    for stage in ("documents", "extraction", "model"):
        (tmp_path / "pharmalens" / stage).mkdir(parents=True)
    return tmp_path


def test_outdated_and_orphaned_builds_are_removed_before_compiling(tmp_path, monkeypatch):
    tool = _tool()
    src = _tree(tmp_path)
    monkeypatch.setattr(tool, "SRC", src)
    stage = src / "pharmalens" / "extraction"
    fresh, edited = stage / "kinase_terms.py", stage / "orbit_deals.py"
    for source in (fresh, edited):
        source.write_text("X = 1\n")
        tool.built(source).write_bytes(b"\0")
    orphan = stage / ("retired_module" + _SUFFIX)
    orphan.write_bytes(b"\0")
    os.utime(tool.built(edited), (1_000_000, 1_000_000))  # built long before the source was edited
    os.utime(tool.built(fresh), (4_000_000_000, 4_000_000_000))
    todo = tool.drop_outdated()
    assert todo == [edited]
    assert not tool.built(edited).exists() and not orphan.exists()
    assert tool.built(fresh).exists()


def test_a_module_compiles_and_does_what_its_source_does(tmp_path, monkeypatch):
    pytest.importorskip("Cython")
    if not shutil.which(sysconfig.get_config_var("CC").split()[0]):
        pytest.skip("no C compiler here: the package runs as plain Python")
    tool = _tool()
    src = _tree(tmp_path)
    monkeypatch.setattr(tool, "SRC", src)
    monkeypatch.setattr(tool, "ROOT", tmp_path)
    monkeypatch.chdir(tmp_path)
    for package in ("", "model"):
        (src / "pharmalens" / package / "__init__.py").write_text("")
    source = src / "pharmalens" / "model" / "milestones.py"
    source.write_text("def total(upfront: int, *later: int) -> list:\n    return (upfront + sum(later), [*later])\n")
    assert tool.compile_stale() == 0
    assert tool.built(source).exists() and not source.with_suffix(".c").exists()
    spec = importlib.util.spec_from_file_location("pharmalens.model.milestones", tool.built(source))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.total(35, 120, 45) == (200, [120, 45])  # the annotation is not taken as a C type
    assert tool.stale(tool.sources()) == []
