"""Exact and near-duplicate articles: a hash of the normalised text, and character shingles."""
from __future__ import annotations

import hashlib
import re
import unicodedata
import zlib

_NOISE = re.compile(r"[\s\W_]+", re.UNICODE)
_SHINGLE = 5
NEAR_DUPLICATE_JACCARD = 0.6


def normalise(text: str) -> str:
    return _NOISE.sub("", unicodedata.normalize("NFKC", text).casefold())


def content_hash(text: str) -> str:
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()


def shingles(text: str) -> frozenset[int]:
    flat = normalise(text)
    return frozenset(zlib.crc32(flat[i:i + _SHINGLE].encode()) for i in range(max(1, len(flat) - _SHINGLE + 1)))


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


class DuplicateIndex:
    """Documents seen so far in a batch (and optionally the store), to find exact and near copies."""

    def __init__(self) -> None:
        self._by_hash: dict[str, str] = {}
        self._shingles: list[tuple[str, frozenset[int]]] = []

    def add(self, doc_id: str, text: str, digest: str | None = None) -> None:
        self._by_hash.setdefault(digest or content_hash(text), doc_id)
        self._shingles.append((doc_id, shingles(text)))

    def find(self, text: str, digest: str, own_id: str | None = None) -> str | None:
        """The id of an earlier document with the same or nearly the same text (never the
        document's own id, which it has when it is read again)."""
        if self._by_hash.get(digest) not in (None, own_id):
            return self._by_hash[digest]
        if digest in self._by_hash:
            return None
        mine = shingles(text)
        best, best_score = None, NEAR_DUPLICATE_JACCARD
        for doc_id, theirs in self._shingles:
            if doc_id == own_id:
                continue
            if min(len(mine), len(theirs)) < 0.5 * max(len(mine), len(theirs)):
                continue
            score = jaccard(mine, theirs)
            if score >= best_score:
                best, best_score = doc_id, score
        return best
