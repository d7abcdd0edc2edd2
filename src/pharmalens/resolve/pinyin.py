"""The pinyin of a Chinese name's core, as pypinyin's lazy_pinyin gives it, without importing pypinyin
in a run that reads the answer from the disk cache: its dictionaries (a JSON file of 47,000 phrases, a
prefix set built over them) cost about 0.15 s of CPU per process.

lazy_pinyin cuts a run of Chinese characters into words by greedy longest match over its phrase list
(a word is a listed phrase or one character) and writes each word on its own, whatever its neighbours.
So three tables rebuild it exactly: the prefixes of listed phrases that are no phrase themselves, each
phrase's pinyin and each character's pinyin, each computed by lazy_pinyin itself once per version of pypinyin and of the package.
A character the tables do not hold, or a run without a disk cache (building the tables costs more than
importing pypinyin), sends the name to pypinyin."""
from __future__ import annotations

from functools import lru_cache

from ..model.disk_cache import cache_dir, cached

_HAN_BLOCKS = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF))


def core_pinyin(core: str) -> str:
    """The letters of lazy_pinyin(core), joined."""
    if cache_dir() is None or not all(ch in _tables()[2] for ch in core):
        from pypinyin import lazy_pinyin
        return "".join(lazy_pinyin(core))
    starts, phrases, characters = _tables()
    return "".join(phrases[word] if word in phrases else characters[word]
                   for word in _words(core, starts, phrases))


def _words(text: str, starts: frozenset[str], phrases: dict[str, str]) -> list[str]:
    """pypinyin's cut of a run of characters (seg.mmseg.Seg.cut, listed phrases only): from the left,
    the longest listed phrase among the prefixes the phrase list has, else one character; a rest
    whose every prefix is a prefix of a phrase, none of them a phrase, goes character by character."""
    words: list[str] = []
    rest = text
    while rest:
        best = 0
        for end in range(1, len(rest) + 1):
            word = rest[:end]
            if word in phrases:
                best = end
            elif word not in starts:
                break
        else:
            if not best:
                words.extend(rest)
                return words
        best = best or 1
        words.append(rest[:best])
        rest = rest[best:]
    return words


@lru_cache(maxsize=1)
def _tables() -> tuple[frozenset[str], dict[str, str], dict[str, str]]:
    return cached("pinyin-tables", _build, depends=("pypinyin",))


def _build() -> tuple[frozenset[str], dict[str, str], dict[str, str]]:
    from pypinyin import lazy_pinyin
    from pypinyin.constants import PHRASES_DICT, RE_HANS
    phrases = {phrase: "".join(lazy_pinyin(phrase)) for phrase in PHRASES_DICT}
    starts = frozenset(phrase[:end] for phrase in PHRASES_DICT for end in range(1, len(phrase))) - phrases.keys()
    characters = {ch: "".join(lazy_pinyin(ch)) for low, high in _HAN_BLOCKS for code in range(low, high + 1)
                  if RE_HANS.match(ch := chr(code))}
    return starts, phrases, characters
