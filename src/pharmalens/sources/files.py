"""Finding news files on disk and reading their bytes, with a reason for every file left out."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from ..model.records import Skipped

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm")


@dataclass(frozen=True)
class SourceFile:
    path: str
    name: str
    suffix: str
    data: bytes

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


def expand_paths(paths: list[str | Path]) -> tuple[list[Path], list[Skipped]]:
    """Files named directly, and supported files found under folders, in a stable order."""
    found: list[Path] = []
    skipped: list[Skipped] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(p for p in sorted(path.rglob("*"))
                         if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES and not _is_index(p))
        elif path.is_file():
            found.append(path)
        else:
            skipped.append(Skipped(str(path), "not_found", "no such file or folder"))
    return found, skipped


def read_source(path: Path, max_bytes: int) -> SourceFile | Skipped:
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        return Skipped(str(path), "unsupported_type",
                       f"unsupported file type {path.suffix or '(none)'}; expected one of {', '.join(SUPPORTED_SUFFIXES)}")
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return Skipped(str(path), "too_large", f"file is {size:,} bytes, over the limit of {max_bytes:,}")
        data = path.read_bytes()
    except OSError as exc:
        return Skipped(str(path), "unreadable", f"cannot read file: {exc.strerror or exc}")
    if not data.strip():
        return Skipped(str(path), "empty", "file is empty")
    return SourceFile(path=str(path), name=path.name, suffix=path.suffix.lower(), data=data)


def _is_index(path: Path) -> bool:
    return path.name.lower() == "readme.md"
