"""Exact and near-duplicate articles: a hash of the normalised text, and character shingles.

Near copies are found in sub-linear time with MinHash and LSH banding: each document gets a
signature of `_HASHES` minima of random hash functions over its shingles, cut into `_BANDS` bands of
`_ROWS` rows; documents sharing any whole band are candidates, and only candidates are compared by
exact Jaccard. A pair with Jaccard s becomes a candidate with probability 1 - (1 - s**_ROWS)**_BANDS:
0.988 at s = 0.6, 0.9998 at s = 0.7, 0.05 at s = 0.2 and under 0.0002 at s = 0.05.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
import zlib

import numpy as np

_NOISE = re.compile(r"[\s\W_]+", re.UNICODE)
_SHINGLE = 5
NEAR_DUPLICATE_JACCARD = 0.6
_BANDS, _ROWS = 32, 4
_HASHES = _BANDS * _ROWS
_CHUNK = 4096  # shingles hashed at a time, to bound memory on very long texts
# Fixed multiply-add-shift hash functions (a odd): deterministic across runs and processes.
_PARAMS = np.random.default_rng(20250601).integers(0, 2**64 - 1, size=(2, _HASHES), dtype=np.uint64, endpoint=True)
_A = (_PARAMS[0] | np.uint64(1)).reshape(-1, 1)
_B = _PARAMS[1].reshape(-1, 1)
_MIX = np.random.default_rng(20250602).integers(1, 2**64 - 1, size=_ROWS, dtype=np.uint64) | np.uint64(1)
_SALT = np.random.default_rng(20250603).integers(0, 2**64 - 1, size=_BANDS, dtype=np.uint64)


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
        self._ids: list[str] = []
        self._shingles: list[np.ndarray] = []  # sorted unique shingle hashes (uint32) per document
        self._buckets: dict[int, list[int]] = {}  # LSH band key -> positions in _ids

    def add(self, doc_id: str, text: str, digest: str | None = None) -> None:
        self._by_hash.setdefault(digest or content_hash(text), doc_id)
        mine = _shingle_array(text)
        position = len(self._ids)
        self._ids.append(doc_id)
        self._shingles.append(mine)
        for key in _band_keys(mine):
            self._buckets.setdefault(key, []).append(position)

    def find(self, text: str, digest: str, own_id: str | None = None) -> str | None:
        """The id of an earlier document with the same or nearly the same text (never the
        document's own id, which it has when it is read again)."""
        if self._by_hash.get(digest) not in (None, own_id):
            return self._by_hash[digest]
        if digest in self._by_hash:
            return None
        mine = _shingle_array(text)
        candidates: set[int] = set()
        for key in _band_keys(mine):
            candidates.update(self._buckets.get(key, ()))
        best, best_score = None, NEAR_DUPLICATE_JACCARD
        for position in sorted(candidates):  # insertion order, so ties go to the later document
            doc_id, theirs = self._ids[position], self._shingles[position]
            if doc_id == own_id:
                continue
            if min(len(mine), len(theirs)) < 0.5 * max(len(mine), len(theirs)):
                continue
            score = _array_jaccard(mine, theirs)
            if score >= best_score:
                best, best_score = doc_id, score
        return best


def _shingle_array(text: str) -> np.ndarray:
    return np.fromiter(sorted(shingles(text)), dtype=np.uint32)


def _array_jaccard(a: np.ndarray, b: np.ndarray) -> float:
    if not len(a) or not len(b):
        return 0.0
    common = len(np.intersect1d(a, b, assume_unique=True))
    return common / (len(a) + len(b) - common)


def minhash(values: np.ndarray) -> np.ndarray:
    """The MinHash signature (`_HASHES` 32-bit minima, as uint64) of a set of 32-bit shingle hashes."""
    signature = np.full(_HASHES, np.iinfo(np.uint64).max, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for start in range(0, len(values), _CHUNK):
            hashed = np.multiply(_A, values[start:start + _CHUNK].astype(np.uint64))  # (_HASHES, chunk)
            hashed += _B
            np.minimum(signature, hashed.min(axis=1), out=signature)
    # the top 32 bits of a*x + b (mod 2**64) are the hash; the shift is monotone, so it can follow the minimum
    return signature >> np.uint64(32)


def _band_keys(values: np.ndarray) -> list[int]:
    """One 64-bit key per band: the band's rows mixed together, salted with the band number."""
    with np.errstate(over="ignore"):
        bands = minhash(values).reshape(_BANDS, _ROWS)
        keys = (bands * _MIX).sum(axis=1, dtype=np.uint64) + _SALT
    return [int(k) for k in keys]
