"""How common a word is: Zipf frequencies of English and Chinese words (wordfreq), read once."""
from __future__ import annotations

import math
from functools import lru_cache

from ..model.disk_cache import cached
from ..model.patterns import rx

RARE_ZIPF = 3.0
COMMON_EN = 4.5
ZH_ZIPF_FLOOR = 2.6  # the lowest frequency any Chinese test reads: rarer words count as unseen
_ZIPF_CACHE: dict[str, float] = {}
_PLAIN_WORD = rx(r"[a-z]+")


@lru_cache(maxsize=16384)
def zipf(word: str) -> float:
    """The Zipf frequency of an English word; a plain word is looked up in the table of common words
    (rarer ones read 0), anything else goes through wordfreq's own tokenizer."""
    key = word.casefold()
    if _PLAIN_WORD.fullmatch(key):
        return _en_frequencies().get(key, 0.0)
    if key not in _ZIPF_CACHE:
        from wordfreq import zipf_frequency
        _ZIPF_CACHE[key] = zipf_frequency(key, "en")
    return _ZIPF_CACHE[key]


def zh_zipf(word: str) -> float:
    return _zh_frequencies().get(word, 0.0)


COMMON_ZH = 4.0  # a word as common as 临床, 上市 or 首次 (Zipf)


def holds_common_zh(name: str) -> bool:
    """Whether a run of Chinese characters is, or holds as two characters, a common word: a coined
    drug name or brand (洛沃西, 康瑞宁) holds none."""
    return zh_zipf(name) >= COMMON_ZH or any(zh_zipf(name[i:i + 2]) >= COMMON_ZH for i in range(len(name) - 1))


@lru_cache(maxsize=1)
def _en_frequencies() -> dict[str, float]:
    return cached("en-zipf", _read_en_zipf, depends=("wordfreq",))


def _read_en_zipf() -> dict[str, float]:
    from wordfreq import get_frequency_dict
    frequencies = get_frequency_dict("en", wordlist="best")
    return {w: zipf for w, f in frequencies.items()
            if _PLAIN_WORD.fullmatch(w) and (zipf := round(math.log10(f) + 9, 2)) >= RARE_ZIPF}


@lru_cache(maxsize=1)
def _zh_frequencies() -> dict[str, float]:
    """Zipf frequencies of the Chinese words at or above the floor (a fifth of the list)."""
    return cached("zh-zipf", _read_zh_zipf, depends=("wordfreq",))


def _read_zh_zipf() -> dict[str, float]:
    from wordfreq import get_frequency_dict
    frequencies = get_frequency_dict("zh", wordlist="best")
    return {w: zipf for w, f in frequencies.items() if (zipf := math.log10(f) + 9) >= ZH_ZIPF_FLOOR}


def common_word(word: str) -> bool:
    """A very common English word ("Under", "Japan"), which never stands alone for a company."""
    return zipf(word) >= COMMON_EN


def rare_word(word: str) -> bool:
    """Not an ordinary English word: a name can stand for its company on its own."""
    return zipf(word) < RARE_ZIPF
