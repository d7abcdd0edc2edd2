"""Compile the per-article stages (documents, extraction, model) to C extension modules with Cython.

Cython reads the modules as plain Python (annotations are not taken as C types), so the compiled
module does what the source does; it only runs without the interpreter's per-bytecode dispatch.
The extension files sit beside their sources, where Python's import system takes them before the
`.py`. Only modules whose source changed since their last build are compiled again. Without Cython
or a C compiler the package runs as plain Python, which is the same code, only slower.

Usage: python tools/compile.py [--clean]
"""
from __future__ import annotations

import argparse
import os
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
STAGES = ("documents", "extraction", "model")
_SUFFIX = sysconfig.get_config_var("EXT_SUFFIX")
_DIRECTIVES = {"language_level": 3, "annotation_typing": False}


def sources() -> list[Path]:
    return sorted(p for stage in STAGES for p in (SRC / "pharmalens" / stage).glob("*.py") if p.name != "__init__.py")


def built(source: Path) -> Path:
    return source.with_name(source.stem + _SUFFIX)


def stale(paths: list[Path]) -> list[Path]:
    return [p for p in paths if not built(p).exists() or built(p).stat().st_mtime < p.stat().st_mtime]


def clean() -> None:
    for source in sources():
        for leftover in (built(source), source.with_suffix(".c")):
            leftover.unlink(missing_ok=True)


def drop_outdated() -> list[Path]:
    """Removes every compiled module older than its source or without one, so an old build is never
    imported in place of newer code; returns the sources to compile again."""
    todo = stale(sources())
    for source in todo:
        built(source).unlink(missing_ok=True)
    for stage in STAGES:
        for extension in (SRC / "pharmalens" / stage).glob("*" + _SUFFIX):
            if not extension.with_name(extension.name[: -len(_SUFFIX)] + ".py").exists():
                extension.unlink()
    return todo


def compile_stale() -> int:
    todo = drop_outdated()
    if not todo:
        return 0
    try:
        from Cython.Build import cythonize
        from Cython.Compiler.Errors import CompileError
        from setuptools import Distribution
        from setuptools.command.build_ext import build_ext
    except ImportError as missing:
        print(f"compile: skipped ({missing.name} is not installed); the package runs as plain Python", file=sys.stderr)
        return 0
    os.environ["CFLAGS"] = os.environ.get("CFLAGS", "") + " -O1 -g0 -w"  # a third of -O3's build time; the warnings are about generated code
    os.chdir(SRC)
    modules, refused = [], []
    for source in todo:
        try:
            modules += cythonize([str(source.relative_to(SRC))], quiet=True, compiler_directives=_DIRECTIVES)
        except CompileError:  # syntax Cython does not take: that module stays plain Python
            refused.append(source)
    command = build_ext(Distribution({"ext_modules": modules}))
    command.inplace, command.parallel = True, os.cpu_count() or 1
    command.build_temp = str(ROOT / "build" / "compile")
    command.ensure_finalized()
    try:
        command.run()
    except Exception as failed:  # noqa: BLE001 - no compiler: the plain modules still run
        print(f"compile: skipped ({failed}); the package runs as plain Python", file=sys.stderr)
        clean()
        return 0
    for source in todo:
        source.with_suffix(".c").unlink(missing_ok=True)
    print(f"compile: {len(modules)} modules compiled; plain Python: {', '.join(p.name for p in refused) or 'none'}",
          file=sys.stderr)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clean", action="store_true", help="remove the compiled modules (plain Python again)")
    args = parser.parse_args()
    if args.clean:
        clean()
        return 0
    return compile_stale()


if __name__ == "__main__":
    sys.exit(main())
