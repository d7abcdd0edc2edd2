"""How common a word is: Zipf frequencies of English and Chinese words (wordfreq), read once.

A word of letters and digits joined by hyphens or ampersands (Ac-225, first-in-class, R&D) is read
as wordfreq reads it, without importing wordfreq and loading its whole English list (a fifth of a
second): its tokens are the runs between the joiners, a run of two or more digits is looked up with
its digits as zeros and weighted by wordfreq's estimate of that number, and the tokens' frequencies
combine as 1/f = 1/f1 + 1/f2 + ... . ASCII signs alone (&) hold no token and read 0. A word holding
a letters-only token rarer than the table of common words reads 0, as a plain rare word does: the
exact value is under RARE_ZIPF either way."""
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
_JOINED_WORD = rx(r"[a-z0-9]+(?:[-&][a-z0-9]+)+|[a-z0-9]*[0-9][a-z0-9]*")
_JOINER = rx(r"[-&]")
_NUMBER = rx(r"[0-9]{2,}")
_SIGNS = rx(r"[!-/:-@\[-^`{-~]+")  # ASCII punctuation and symbols only: no token at all
_NUMBER_WORD = rx(r"[a-z0-9]*[0-9][a-z0-9]*")
_UNSEEN = 10 ** 0.0 / 1e9  # wordfreq's floor, as it computes it: Zipf 0


@lru_cache(maxsize=16384)
def zipf(word: str) -> float:
    """The Zipf frequency of an English word; a plain word is looked up in the table of common words
    (rarer ones read 0), anything else goes through wordfreq's own tokenizer."""
    key = word.casefold()
    if _PLAIN_WORD.fullmatch(key):
        return _en_frequencies().get(key, 0.0)
    if _JOINED_WORD.fullmatch(key):
        return _joined_zipf(key)
    if _SIGNS.fullmatch(key):
        return 0.0
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


def _joined_zipf(key: str) -> float:
    """wordfreq's zipf_frequency(key, "en") for letters and digits joined by - or & (see the module's
    docstring), or 0 where a letters-only token is rarer than the common-word table holds."""
    inverse = 0.0
    for token in _JOINER.split(key):
        smashed = _NUMBER.sub(lambda m: "0" * len(m.group(0)), token)
        if _PLAIN_WORD.fullmatch(smashed):
            zipf_of = _en_frequencies().get(smashed)
            if zipf_of is None:
                return 0.0
            frequency = 10 ** (-round((9 - zipf_of) * 100) / 100)  # the list's centibel steps, as wordfreq has them
        else:
            frequency = _en_number_words().get(smashed, 0.0)
            if not frequency:
                return 0.0
        if smashed != token:
            frequency *= _numbers_frequency(token)
        inverse += 1.0 / frequency
    unrounded = max(1.0 / inverse, _UNSEEN)
    rounded = round(unrounded, math.floor(-math.log(unrounded, 10)) + 3)
    return round(math.log(rounded, 10) + 9, 2)


def _numbers_frequency(token: str) -> float:
    """wordfreq's digit_freq: how likely these digits are among numbers of as many digits (years
    peak from 2019 to 2039, other numbers follow Benford's law)."""
    frequency = 1.0
    for number in _NUMBER.findall(token):
        frequency *= _year_frequency(number) if len(number) == 4 else _benford(number)
    return frequency


_DIGIT_SHARES = (0.009, 0.300, 0.175, 0.124, 0.096, 0.078, 0.066, 0.057, 0.050, 0.045)


def _benford(number: str) -> float:
    return _DIGIT_SHARES[int(number[0])] / 10 ** (len(number) - 1)


def _year_frequency(number: str) -> float:
    year = int(number)
    if year <= 2019:
        log_frequency = -1.9185 - 0.0083 * (2019 - year)
    elif year <= 2039:
        log_frequency = -1.9185
    else:
        log_frequency = -1.9185 - 0.2 * (year - 2039)
    return 10.0 ** log_frequency + 0.1 * _benford(number)


@lru_cache(maxsize=1)
def _en_number_words() -> dict[str, float]:
    """Frequencies of the English list's entries of letters and digits with a digit (00s, 3rd, 000m)."""
    return cached("en-number-words", _read_en_number_words, depends=("wordfreq",))


def _read_en_number_words() -> dict[str, float]:
    from wordfreq import get_frequency_dict
    return {w: f for w, f in get_frequency_dict("en", wordlist="best").items()
            if _NUMBER_WORD.fullmatch(w)}


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
