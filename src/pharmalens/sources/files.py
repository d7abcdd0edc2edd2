"""Finding news files on disk and reading their bytes, with a reason for every file left out."""
from __future__ import annotations

import errno
import hashlib
import os
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import urlsplit

from ..model.records import Skipped
from .origins import given_url

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf", ".docx")
BINARY_SUFFIXES = (".pdf", ".docx")


@dataclass(frozen=True)
class SourceFile:
    """A file's bytes and where they came from. For a PDF or DOCX, `text` is the text read out of it
    (what evidence spans index) and `pages` the offset in `text` where each page starts; for a fetched
    page, `url` and `fetched_at` (ISO 8601, UTC) say where and when."""

    path: str
    name: str
    suffix: str
    data: bytes
    text: str | None = None
    pages: tuple[int, ...] = ()
    url: str | None = None
    fetched_at: str | None = None

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


def is_url(text: str) -> bool:
    return urlsplit(str(text)).scheme.lower() in ("http", "https")


def expand_paths(paths: list[str | Path]) -> tuple[list[Path], list[Skipped]]:
    """Files named directly, and supported files found under folders, in a stable order. A path
    that cannot be looked at, and a symbolic link that loops, is reported by name."""
    found: list[Path] = []
    skipped: list[Skipped] = []
    for raw in paths:
        path = Path(raw)
        problem = unusable(path)
        if problem is not None:
            skipped.append(problem)
        elif path.is_dir():
            for inside in sorted(path.rglob("*")):
                problem = unusable(inside) if inside.is_symlink() else None
                if problem is not None and (problem.code == "symlink_loop" or _supported(inside)):
                    skipped.append(problem)
                elif problem is None and inside.is_file() and _supported(inside):
                    found.append(inside)
        elif path.is_file():
            found.append(path)
        else:
            skipped.append(Skipped(printable(path), "unsupported_type", "neither a file nor a folder"))
    return found, skipped


def unusable(path: Path) -> Skipped | None:
    """Why a path cannot be read, or None when it can be looked at."""
    try:
        os.stat(path)
    except ValueError:
        return Skipped(printable(path), "unreadable", "the path holds a NUL character")
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return Skipped(printable(path), "symlink_loop", "a symbolic link that leads back to itself")
        if exc.errno in (errno.ENOENT, errno.ENOTDIR):
            what = "a symbolic link to nothing" if path.is_symlink() else "no such file or folder"
            return Skipped(printable(path), "not_found", what)
        return Skipped(printable(path), "unreadable", f"cannot look at the path: {exc.strerror or exc}")
    return None


def printable(path: Path | str) -> str:
    return "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in str(path))


def read_source(path: Path, max_bytes: int, ocr: bool = False) -> SourceFile | Skipped:
    """A file's bytes, and for a PDF or DOCX its text too."""
    source = read_bytes(path, max_bytes)
    return source if isinstance(source, Skipped) else with_text(source, ocr)


def read_bytes(path: Path, max_bytes: int) -> SourceFile | Skipped:
    """A file's bytes with the checks every source gets; reading text out of a PDF or DOCX is left
    to `with_text`, so that an extraction worker can do it."""
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
    return SourceFile(path=str(path), name=path.name, suffix=path.suffix.lower(), data=data, url=given_url(path))


def with_text(source: SourceFile, ocr: bool = False) -> SourceFile | Skipped:
    """A PDF or DOCX source with its text read out; other sources, and sources read already, as they are."""
    if source.suffix not in BINARY_SUFFIXES or source.text is not None:
        return source
    from .pdf import read_pdf
    from .word import read_docx
    read = read_pdf(source.data, source.path, ocr=ocr) if source.suffix == ".pdf" else read_docx(source.data, source.path)
    if isinstance(read, Skipped):
        return read
    return replace(source, text=read.text, pages=read.pages)


def _supported(path: Path) -> bool:
    return path.suffix.lower() in SUPPORTED_SUFFIXES and not _is_index(path)


def _is_index(path: Path) -> bool:
    return path.name.lower() == "readme.md"
