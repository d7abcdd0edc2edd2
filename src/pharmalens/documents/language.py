"""Language of an article: simplified Chinese, traditional Chinese or English."""
from __future__ import annotations

import re
from functools import lru_cache
from operator import ne

import numpy as np
import opencc

_LATIN = re.compile(r"[A-Za-z]+")
_SCRIPT_SAMPLE = 1500  # Han characters compared for the script: enough to tell, cheap to convert
_MIN_HAN = 6  # fewer Han characters than this is a Chinese name in an English text, however short the text


@lru_cache(maxsize=2)
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def detect_language(text: str) -> str:
    sample = text[:6000]
    cjk = _han(sample)
    if len(cjk) < _MIN_HAN or len(cjk) < _latin_words(sample, len(cjk)) * 0.8:
        return "en"
    han = cjk[:_SCRIPT_SAMPLE]
    to_simplified = _converter("t2s").convert(han)
    if to_simplified == han:
        return "zh-Hans"  # no traditional-only character: it cannot outnumber the simplified ones
    to_traditional = _converter("s2t").convert(han)
    traditional_only = sum(map(ne, han, to_simplified))
    simplified_only = sum(map(ne, han, to_traditional))
    return "zh-Hant" if traditional_only > simplified_only else "zh-Hans"


def _han(sample: str) -> str:
    """The sample's Han characters (U+3400-U+9FFF) in order: picked from its code points with numpy."""
    codes = np.frombuffer(sample.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    return codes[(codes >= 0x3400) & (codes <= 0x9FFF)].tobytes().decode("utf-32-le")


def _latin_words(sample: str, han: int) -> int:
    """The Latin words of the sample, or a bound on them when the bound already leaves the Han
    characters the majority: words need a separator each, so at most half the other characters."""
    bound = (len(sample) - han + 1) // 2
    return bound if han >= bound * 0.8 else len(_LATIN.findall(sample))


def to_simplified(text: str) -> str:
    """Same length as the input (OpenCC's character conversion keeps one character per character)."""
    convert = _converter("t2s").convert
    converted = convert(text)
    if len(converted) == len(text):
        return converted
    return "".join(c if len(c) == 1 else ch for ch, c in ((ch, convert(ch)) for ch in text))


def to_traditional(text: str) -> str:
    return _converter("s2t").convert(text)
