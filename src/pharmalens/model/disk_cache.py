"""Start-up state kept on disk between runs: what is slow to build from the shipped vocabulary (parsed
YAML, word-frequency tables, name keys) is pickled once per installed version of the package.

The file name carries a fingerprint of every module and data file of the package and the Python
version, so an edited vocabulary or module is never read from a stale copy. The cache is an
optimisation only: a missing, unreadable or unwritable cache directory means building the value as if
there were none. The interfaces set the directory from Settings.cache_dir (`use_directory`); until
they do, it is ~/.cache/pharmalens (none when the process has no home directory)."""
from __future__ import annotations

import gc
import hashlib
import os
import pickle
import sys
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Callable, TypeVar

from .errors import PharmalensError

T = TypeVar("T")
_PACKAGE = Path(__file__).resolve().parent.parent
_SOURCES = (".py", ".yaml", ".yml", ".json", ".txt", ".csv")
_COPIES_KEPT = 4  # versions of one table kept side by side (several installs share a user's cache)


def user_cache_dir(xdg_cache_home: str | None = None) -> Path | None:
    """The user's cache directory for pharmalens; None where the process has no home (a sandbox user
    without a passwd entry): the cache is then off."""
    if xdg_cache_home:
        return Path(xdg_cache_home) / "pharmalens"
    try:
        return Path.home() / ".cache" / "pharmalens"
    except (RuntimeError, KeyError, OSError):
        return None


_directory: list[Path | None] = [user_cache_dir()]


def use_directory(directory: Path | None) -> None:
    """Where the cache lives from now on in this process; None turns it off."""
    _directory[0] = directory


def cache_dir() -> Path | None:
    return _directory[0]


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """A digest of the interpreter and of the name, size and modification time of each of the
    package's modules and data files (an edit changes the time)."""
    digest = hashlib.sha1(sys.version.encode())
    for folder, subfolders, files in os.walk(_PACKAGE):
        subfolders[:] = sorted(d for d in subfolders if d != "__pycache__")
        for file in sorted(files):
            if file.endswith(_SOURCES):
                stat = os.stat(os.path.join(folder, file))
                digest.update(f"{folder}/{file}:{stat.st_size}:{stat.st_mtime_ns};".encode())
    return digest.hexdigest()[:16]


def cached(name: str, build: Callable[[], T], depends: tuple[str, ...] = ()) -> T:
    """The value `build` returns, read from the cache when this version of the package (and of the
    distributions named in `depends`) made it."""
    directory = cache_dir()
    if directory is None:
        return build()
    key = fingerprint()
    if depends:
        key = hashlib.sha1((key + "".join(_installed_version(d) for d in depends)).encode()).hexdigest()[:16]
    path = directory / f"{name}-{key}.pickle"
    found = _read(path)
    if found is not None:
        return found
    value = build()
    _write(directory, path, value)
    return value


def stored(name: str, directory: Path | None) -> object | None:
    """What `store` kept under the name for this version of the package, or None."""
    return None if directory is None else _read(directory / f"{name}-{fingerprint()}.pickle")


def store(name: str, directory: Path | None, value: object) -> None:
    """Keep a value that grows while the package runs (see pattern_table.py), for this version."""
    if directory is not None:
        _write(directory, directory / f"{name}-{fingerprint()}.pickle", value)


def _read(path: Path) -> object | None:
    """The pickled value, read with the garbage collector's passes held off: a table of tens of
    thousands of objects would otherwise set off a full pass over everything alive, and none of what
    loading allocates is garbage."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, IndexError, TypeError):
        return None
    finally:
        if collecting:
            gc.enable()


def _installed_version(distribution: str) -> str:
    from importlib.metadata import PackageNotFoundError, version
    try:
        return version(distribution)
    except PackageNotFoundError:
        raise MissingDependency(
            f"{distribution}, a dependency of pharmalens, is not installed in {sys.executable}; "
            "run `make install` (or `pip install -e .`) in the checkout") from None


class MissingDependency(PharmalensError):
    """An environment made before a dependency was added: a stale virtualenv."""

    code = "missing_dependency"


def _write(directory: Path, path: Path, value: object) -> None:
    try:
        directory.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=directory, prefix=".tmp-", delete=False) as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(handle.name, path)
        copies = sorted(directory.glob(f"{path.name.rsplit('-', 1)[0]}-*.pickle"), key=lambda p: p.stat().st_mtime_ns)
        for old in copies[:-_COPIES_KEPT]:
            old.unlink(missing_ok=True)
    except (OSError, pickle.PicklingError):
        return
