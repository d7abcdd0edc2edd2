"""Where a file on disk came from, when something beside it says: a sidecar (news.txt.url or news.url,
a bare address or an Internet Shortcut) or a manifest of the folder or the folder above it
(SOURCES.tsv / sources.csv with a `file` and a `url` column). Only http(s) addresses are taken."""
from __future__ import annotations

import configparser
import csv
from functools import lru_cache
from pathlib import Path

SIDECAR = ".url"
SIDECAR_BYTES = 4096
MANIFESTS = ("SOURCES.tsv", "sources.tsv", "SOURCES.csv", "sources.csv")
MANIFEST_BYTES = 5_000_000
FILE_COLUMNS = ("file", "path", "name")
URL_COLUMNS = ("url", "link", "source_url")


def given_url(path: Path) -> str | None:
    """The address a sidecar gives for `path`, else the one a manifest lists for it."""
    return sidecar_url(path) or listed_url(path)


def _web(url: str | None) -> str | None:
    url = (url or "").strip()
    return url if url.lower().startswith(("http://", "https://")) else None


def sidecar_url(path: Path) -> str | None:
    """The web address in a sidecar next to a file (news.txt.url or news.url): a bare address, or an
    Internet Shortcut ([InternetShortcut] URL=...)."""
    for candidate in (path.with_name(path.name + SIDECAR), path.with_suffix(SIDECAR)):
        try:
            if not candidate.is_file() or candidate == path:
                continue
            text = candidate.read_bytes()[:SIDECAR_BYTES].decode("utf-8", errors="replace").lstrip("\ufeff")
        except OSError:
            continue
        shortcut = configparser.ConfigParser(interpolation=None)
        try:
            shortcut.read_string(text)
            url = shortcut.get("InternetShortcut", "URL", fallback="")
        except configparser.Error:
            url = next((line.strip() for line in text.splitlines() if line.strip()), "")
        if _web(url):
            return _web(url)
    return None


def listed_url(path: Path) -> str | None:
    """The address the nearest manifest lists for `path` (by file name, or path from the manifest)."""
    for folder in (path.parent, path.parent.parent):
        for name in MANIFESTS:
            manifest = folder / name
            try:
                if not manifest.is_file() or manifest.stat().st_size > MANIFEST_BYTES:
                    continue
                listed = _manifest(str(manifest), manifest.stat().st_mtime_ns)
            except OSError:
                continue
            url = listed.get(path.relative_to(folder).as_posix()) or listed.get(path.name)
            if url:
                return url
    return None


@lru_cache(maxsize=16)
def _manifest(manifest: str, _mtime: int) -> dict[str, str]:
    text = Path(manifest).read_text(encoding="utf-8-sig", errors="replace")
    rows = csv.DictReader(text.splitlines(), delimiter="\t" if manifest.endswith(".tsv") else ",")
    out: dict[str, str] = {}
    for row in rows:
        fields = {str(k).strip().lower(): v for k, v in row.items() if k is not None}
        file = next((fields[c] for c in FILE_COLUMNS if fields.get(c)), None)
        url = next((_web(fields[c]) for c in URL_COLUMNS if _web(fields.get(c))), None)
        if file and url:
            out.setdefault(file.strip().replace("\\", "/"), url)
    return out
