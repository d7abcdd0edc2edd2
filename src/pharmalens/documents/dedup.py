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
import string
import threading
import unicodedata
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from ..model.disk_cache import cached

_NOISE = re.compile(r"[\s\W_]+", re.UNICODE)
_SHINGLE = 5
NEAR_DUPLICATE_JACCARD = 0.6
_BANDS, _ROWS = 32, 4
_HASHES = _BANDS * _ROWS
_CHUNK = 4096  # shingles hashed at a time, to bound memory on very long texts


def _draw_parameters() -> tuple[list[int], ...]:
    """Fixed multiply-add-shift hash functions (a odd), their band mixers and salts: deterministic
    across runs and processes."""
    from numpy.random import default_rng
    params = default_rng(20250601).integers(0, 2**64 - 1, size=(2, _HASHES), dtype=np.uint64, endpoint=True)
    mix = default_rng(20250602).integers(1, 2**64 - 1, size=_ROWS, dtype=np.uint64) | np.uint64(1)
    shingle_mix = default_rng(20250604).integers(1, 2**64 - 1, size=_SHINGLE, dtype=np.uint64) | np.uint64(1)
    salt = default_rng(20250603).integers(0, 2**64 - 1, size=_BANDS, dtype=np.uint64)
    return params[0].tolist(), params[1].tolist(), mix.tolist(), shingle_mix.tolist(), salt.tolist()


# drawn once per version of numpy and kept in the disk cache: importing numpy.random costs 10 ms a process
_PARAMETERS = [np.array(values, dtype=np.uint64) for values in cached(f"minhash-parameters-{np.__version__}", _draw_parameters)]
_A = (_PARAMETERS[0] | np.uint64(1)).reshape(-1, 1)
_B = _PARAMETERS[1].reshape(-1, 1)
_MIX, _SHINGLE_MIX, _SALT = _PARAMETERS[2:]


@lru_cache(maxsize=4)
def normalise(text: str) -> str:
    """The text as duplicates are compared: NFKC, case folded, without spaces, punctuation and
    underscores. Kept for the last few texts: an article's content hash and its shingles (read in
    another stage) both start from it."""
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    if codes.max(initial=0) <= 0xFFFF:
        if not _PLAIN_BMP[codes].all():
            return plain_normalise(text)
        kept = codes[_KEPT_BMP[codes]]
    else:
        beyond = codes > 0xFFFF
        if not _PLAIN_BMP[codes[~beyond]].all() or not all(map(_sip_ideograph, codes[beyond].tolist())):
            return plain_normalise(text)
        kept = codes[beyond | _KEPT_BMP[np.minimum(codes, 0xFFFF)]]
    return kept.tobytes().decode("utf-32-le").lower()


def _sip_ideograph(code: int) -> bool:
    return any(low <= code <= high for low, high in _SIP_IDEOGRAPHS)


def plain_normalise(text: str) -> str:
    return _NOISE.sub("", unicodedata.normalize("NFKC", text).casefold())


def _droppable_punctuation() -> str:
    """The characters of the punctuation blocks that `plain_normalise` drops whatever stands beside
    them: no letter or digit in their NFKC form, and a decomposition that opens with a character
    nothing before it combines with (neither a combining mark nor a conjoining jamo)."""
    found = []
    for low, high in _PUNCTUATION_BLOCKS:
        for char in map(chr, range(low, high + 1)):
            first = unicodedata.normalize("NFKD", char)[0]
            if not char.isalnum() and not plain_normalise(char) and not unicodedata.combining(first) \
                    and not "\u1100" <= first <= "\u11ff":
                found.append(char)
    return "".join(found)


_PUNCTUATION_BLOCKS = ((0x80, 0xFF), (0x2000, 0x206F), (0x2190, 0x21FF), (0x2500, 0x27BF), (0x3000, 0x303F),
                       (0xFE30, 0xFE6F), (0xFF00, 0xFFEF))
# Unified ideographs assigned in Unicode 14 (Python 3.11): each its own NFKC form, case fold and a letter.
IDEOGRAPHS = ("\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0002a6df\U0002a700-\U0002b738\U0002b740-\U0002b81d"
              "\U0002b820-\U0002cea1\U0002ceb0-\U0002ebe0\U00030000-\U0003134a")
DROPPABLE = _droppable_punctuation()
# A text of ASCII, ideographs and droppable punctuation normalises character by character, NFKC
# changing none of them: its ASCII letters, digits and ideographs kept (picked from its code points
# through tables), in lower case.
_SIP_IDEOGRAPHS = tuple((ord(low), ord(high)) for low, high in re.findall("(.)-(.)", IDEOGRAPHS) if ord(low) > 0xFFFF)


def _bmp_tables() -> tuple[np.ndarray, np.ndarray]:
    """Over the Basic Multilingual Plane: which characters make a plain text (ASCII, ideographs,
    droppable punctuation), and which of them normalise keeps (ASCII letters and digits, ideographs)."""
    kept = np.zeros(0x10000, dtype=bool)
    for low, high in re.findall("(.)-(.)", IDEOGRAPHS):
        if ord(high) <= 0xFFFF:
            kept[ord(low):ord(high) + 1] = True
    kept[[ord(c) for c in string.ascii_letters + string.digits]] = True
    plain = kept.copy()
    plain[:0x80] = True
    plain[[ord(c) for c in DROPPABLE]] = True
    return plain, kept


_PLAIN_BMP, _KEPT_BMP = _bmp_tables()


def content_hash(text: str) -> str:
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()


def shingles(text: str) -> frozenset[int]:
    return frozenset(shingle_array(text).tolist())


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


@dataclass(frozen=True)
class Signature:
    """What near-duplicate search needs of one text: its content hash, its sorted unique shingle
    hashes and its LSH band keys. Computed once (in an extraction worker) and used by the writer."""

    digest: str
    shingles: np.ndarray = field(repr=False, compare=False)
    bands: tuple[int, ...] = field(repr=False, compare=False)


def signature(text: str, digest: str | None = None) -> Signature:
    values = shingle_array(text)
    return Signature(digest or content_hash(text), values, tuple(_band_keys(values)))


def best_match(mine: np.ndarray, candidates: Iterable[tuple[str, np.ndarray]], own_id: str | None = None) -> str | None:
    """The candidate most like `mine` at Jaccard >= NEAR_DUPLICATE_JACCARD (ties go to the later
    candidate), never `own_id`; candidates far apart in size are not compared."""
    best, best_score = None, NEAR_DUPLICATE_JACCARD
    for doc_id, theirs in candidates:
        if doc_id == own_id:
            continue
        if min(len(mine), len(theirs)) < 0.5 * max(len(mine), len(theirs)):
            continue
        score = _array_jaccard(mine, theirs)
        if score >= best_score:
            best, best_score = doc_id, score
    return best


class DuplicateIndex:
    """Documents seen so far in a batch, to find exact and near copies in memory."""

    def __init__(self) -> None:
        self._by_hash: dict[str, str] = {}
        self._ids: list[str] = []
        self._shingles: list[np.ndarray] = []  # sorted unique shingle hashes (uint32) per document
        self._buckets: dict[int, list[int]] = {}  # LSH band key -> positions in _ids

    def add(self, doc_id: str, text: str, digest: str | None = None) -> None:
        self.add_signature(doc_id, signature(text, digest))

    def add_signature(self, doc_id: str, sig: Signature) -> None:
        self._by_hash.setdefault(sig.digest, doc_id)
        position = len(self._ids)
        self._ids.append(doc_id)
        self._shingles.append(sig.shingles)
        for key in sig.bands:
            self._buckets.setdefault(key, []).append(position)

    def find(self, text: str, digest: str, own_id: str | None = None) -> str | None:
        """The id of an earlier document with the same or nearly the same text (never the
        document's own id, which it has when it is read again)."""
        if self._by_hash.get(digest) not in (None, own_id):
            return self._by_hash[digest]
        if digest in self._by_hash:
            return None
        return self.find_signature(signature(text, digest), own_id)

    def find_signature(self, sig: Signature, own_id: str | None = None) -> str | None:
        if self._by_hash.get(sig.digest) not in (None, own_id):
            return self._by_hash[sig.digest]
        if sig.digest in self._by_hash:
            return None
        candidates: set[int] = set()
        for key in sig.bands:
            candidates.update(self._buckets.get(key, ()))
        # insertion order, so ties go to the later document
        return best_match(sig.shingles, ((self._ids[p], self._shingles[p]) for p in sorted(candidates)), own_id)


def shingle_array(text: str) -> np.ndarray:
    """The sorted unique 32-bit hashes of every `_SHINGLE` characters in a row of the normalised
    text (one shingle for a shorter text), hashed all at once: a polynomial of the code points."""
    codes = np.frombuffer(normalise(text).encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    if len(codes) < _SHINGLE:
        codes = np.concatenate([codes, np.zeros(_SHINGLE - len(codes), dtype=np.uint64)])
    windows = len(codes) - _SHINGLE + 1
    with np.errstate(over="ignore"):
        hashed = np.zeros(windows, dtype=np.uint64)
        for k in range(_SHINGLE):
            hashed += codes[k:k + windows] * _SHINGLE_MIX[k]
        hashed ^= hashed >> np.uint64(29)
        hashed *= _SHINGLE_MIX[0]
    return _sorted_unique((hashed >> np.uint64(32)).astype(np.uint32))


def _sorted_unique(values: np.ndarray) -> np.ndarray:
    """np.unique of a plain array, without its check for a masked one: that check imports numpy.ma
    (25 ms) in a process that has no other use for it."""
    values.sort()
    if len(values) < 2:
        return values
    return values[np.concatenate(([True], values[1:] != values[:-1]))]


class ShingleCache:
    """Shingle arrays of the texts seen lately, up to about `max_bytes` of texts and arrays: the writer
    compares each new article with stored ones, mostly the same few again and again."""

    def __init__(self, max_bytes: int = 64 << 20) -> None:
        self.max_bytes = max_bytes
        self._arrays: OrderedDict[str, np.ndarray] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def get(self, text: str) -> np.ndarray:
        with self._lock:
            found = self._arrays.get(text)
            if found is not None:
                self._arrays.move_to_end(text)
                return found
        values = shingle_array(text)
        self.put(text, values)
        return values

    def put(self, text: str, values: np.ndarray) -> None:
        """Keep the shingle array of `text` (as `shingle_array(text)` gives it, e.g. a signature's)."""
        with self._lock:
            if text not in self._arrays:
                self._arrays[text] = values
                self._bytes += _size(text, values)
            while self._bytes > self.max_bytes and self._arrays:
                old, old_values = self._arrays.popitem(last=False)
                self._bytes -= _size(old, old_values)


def _size(text: str, values: np.ndarray) -> int:
    return len(text) + values.nbytes


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
    """One 64-bit key per band: the band's rows mixed together, salted with the band number; read
    as signed, so that a database's BIGINT holds it."""
    with np.errstate(over="ignore"):
        bands = minhash(values).reshape(_BANDS, _ROWS)
        keys = (bands * _MIX).sum(axis=1, dtype=np.uint64) + _SALT
    return [int(k) for k in keys.view(np.int64)]
