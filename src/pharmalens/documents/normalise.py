"""The copy of an article that recognisers read: one script, one set of text forms, exact spans.

Every pattern of the extraction stage is written once, in simplified Chinese and ASCII punctuation,
and matched on this copy. Making it:
- traditional characters become simplified ones (character for character);
- full-width and small-form ASCII (１２３，（），：﹒) become ASCII, the ideographic space a space;
- a dot-like mark between digits (6﹒3, 29・99, 1‧5) is a decimal point;
- a space between a number and the Chinese unit or currency after it ("3.5 亿美元") goes, and so does
  a pronunciation gloss after a Chinese character ("药(yào)");
Every character keeps the index of the file character it came from, so a span found here maps back
to the exact span of the source.
"""
from __future__ import annotations

import re
import unicodedata

from ..model.patterns import holds_any, unicode_rx
from .language import to_simplified
from .lines import MappedText

_DOT_LIKE = "﹒．・‧·•∙"
_DECIMAL_MARK = unicode_rx(rf"(?<=\d)[{_DOT_LIKE}](?=\d)")
_UNITS = "万亿|千万|百万|亿|万|千|元|美元|港元|欧元|人民币|%|个月|年|月|日|倍|例|名|家|股"
_UNIT_AFTER_SPACE = unicode_rx(rf"(?<=\d)[ \u00a0\u3000]+(?=(?:{_UNITS}))")
_SPACE_BEFORE_NUMBER = unicode_rx(r"(?<=[\u4e00-\u9fff])[ \u00a0\u3000]+(?=\d)|(?<=\d)[ \u00a0\u3000]+(?=[\u4e00-\u9fff])")
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_GLOSS = unicode_rx(rf"(?<=[\u4e00-\u9fff])\s?[(（][a-zü]{{0,6}}[{_TONED}][a-zü]{{0,6}}[)）]")


def _fold_table() -> dict[int, str]:
    table = {}
    for code in [*range(0xFF01, 0xFF5F), *range(0xFE50, 0xFE6C), 0x3000, 0x00A0]:
        folded = unicodedata.normalize("NFKC", chr(code))
        if len(folded) == 1:
            table[code] = folded
    table[0x2019] = table[0x2018] = "'"  # typographic apostrophes: "Alzheimer’s" is "Alzheimer's"
    table[0x4E28] = "|"  # 丨, a radical that news pages use as a separator ("9月1日丨X医药公布")
    return table


_FOLD = _fold_table()
_FOLDED = unicode_rx("[" + "".join(re.escape(chr(code)) for code in sorted(_FOLD)) + "]")


def fold_forms(text: str) -> str:
    """Full-width and small forms to ASCII, traditional to simplified: the same length as the input.
    A text holds a few of the folded characters (，：（）) many times: each is replaced all at once."""
    for char in set(_FOLDED.findall(text)):
        text = text.replace(char, _FOLD[ord(char)])
    return to_simplified(text)


def normalise(mapped: MappedText) -> MappedText:
    """The search copy of a repaired article, with offsets straight into the file text."""
    text = fold_forms(mapped.text)
    text = _DECIMAL_MARK.sub(".", text)
    drop = _dropped(text)
    if not drop:
        return MappedText(text, mapped.offsets)
    return _without(text, mapped.offsets, sorted(drop))


def _without(text: str, offsets: tuple[int, ...], cut: list[int]) -> MappedText:
    """The text and its offsets without the characters at the sorted positions, copied a run at a time
    between them: a few spaces are dropped from a text of thousands of characters."""
    pieces: list[str] = []
    kept: list[int] = []
    start = 0
    for i in cut:
        pieces.append(text[start:i])
        kept.extend(offsets[start:i])
        start = i + 1
    pieces.append(text[start:])
    kept.extend(offsets[start:])
    return MappedText("".join(pieces), tuple(kept))


def _dropped(text: str) -> set[int]:
    drop: set[int] = set()
    han = _HAN.search(text) is not None
    for pattern in _drop_patterns(text, han):
        for match in pattern.finditer(text):
            drop.update(range(match.start(), match.end()))
    if han and _is_spaced_machine_text(text):
        for match in _SPACE_BEFORE_NUMBER.finditer(text):
            drop.update(range(match.start(), match.end()))
    return drop


def _drop_patterns(text: str, han: bool) -> list[re.Pattern[str]]:
    """The patterns worth running: each unit holds a word of its own; in a text without a Chinese
    character the only unit is a per cent sign after a space, and no gloss follows a Chinese one."""
    if not han:
        return [_UNIT_AFTER_SPACE] if any(space + "%" in text for space in " \u00a0\u3000") else []
    patterns = [_UNIT_AFTER_SPACE] if holds_any(text, _UNITS.split("|")) else []
    return patterns + ([_GLOSS] if holds_any(text, _TONED) else [])


def _is_spaced_machine_text(text: str) -> bool:
    """Machine-written Chinese puts spaces around every number ("在 2025 年达成 1360 亿美元");
    ordinary Chinese text does not."""
    if not _HAN.search(text):
        return False  # each such space has a Chinese character on one side: an English text has many spaces and none
    spaced = len(_SPACE_BEFORE_NUMBER.findall(text))
    return spaced >= 3


_HAN = unicode_rx(r"[\u4e00-\u9fff]")
