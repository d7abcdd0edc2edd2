"""Text hard-wrapped at a fixed width: a newspaper column, a PDF's text layer, a plain-text press release
or e-mail. Every line of a paragraph but its last was cut where the width ran out, wherever the sentence
was, so a line that ends on a name, a figure or a full stop and a next line that opens with a capital, a
digit or a bracket are still one paragraph.

The width is read from the lines themselves: in a wrapped text most lines end close under one width
(Chinese ones at it exactly, English ones a word short of it); in a text whose lines are its paragraphs
their lengths scatter. A line is cut by the width when the next line's first word would not have fitted
on it."""
from __future__ import annotations

import unicodedata
from functools import lru_cache

from ..model.patterns import rx, unicode_rx

_CJK = rx(r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]")
_CJK_RUN = rx(r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]+")
_FIRST_WORD = rx(r"\S+")
_MIN_LINES = 3
_SHARE = 0.4  # of the lines at least half the width long, this share end near it
_LATIN_WIDTHS, _CJK_WIDTHS = (28, 110), (20, 120)


def display_width(text: str) -> int:
    """Columns the text takes on a page: two for a Chinese character or full-width sign, one for others."""
    if text.isascii():
        return len(text)
    narrow = _COMMON_WIDE.sub("", text)
    width = 2 * len(text) - len(narrow)
    return width if narrow.isascii() else width + sum(map(_wide, _OTHER_NON_ASCII.findall(narrow)))


# Blocks every character of which East Asian Width calls wide or full-width (Hangul Jamo, CJK punctuation,
# kana, CJK ideographs, Yi, Hangul syllables, compatibility ideographs and forms, full-width forms),
# counted by one pattern; any other non-ASCII character is looked up.
WIDE_BLOCKS = ((0x1100, 0x115F), (0x2E80, 0x303E), (0x3040, 0x3247), (0x3250, 0x4DBF), (0x4E00, 0xA4CF),
               (0xAC00, 0xD7A3), (0xF900, 0xFAFF), (0xFE30, 0xFE6F), (0xFF00, 0xFF60))
_BLOCKS = "".join(f"{chr(a)}-{chr(b)}" for a, b in WIDE_BLOCKS)
_COMMON_WIDE = unicode_rx(f"[{_BLOCKS}]+")
_OTHER_NON_ASCII = unicode_rx(f"[^\x00-\x7f{_BLOCKS}]")


@lru_cache(maxsize=None)
def _wide(char: str) -> int:
    return 1 if unicodedata.east_asian_width(char) in "WF" else 0


def wrap_width(lines: list[str]) -> int | None:
    """The width the text was wrapped at, in columns, or None when its lines are not cut at one width."""
    lengths = [display_width(line.rstrip()) for line in lines if line.strip()]
    if len(lengths) < _MIN_LINES:
        return None
    cjk = _mostly_cjk("\n".join(lines), sum(lengths))
    if not cjk and not _runs_on(lines):
        return None
    low, high = _CJK_WIDTHS if cjk else _LATIN_WIDTHS
    in_range = sorted((n for n in lengths if low <= n <= high), reverse=True)
    for width in dict.fromkeys(in_range):
        near = sum(1 for n in in_range if width - _band(width, cjk) <= n <= width)
        if near >= _MIN_LINES and near >= _SHARE * sum(1 for n in lengths if n >= width // 2):
            longer = sum(1 for n in lengths if n > width)
            return width if longer * 5 <= len(lengths) else None
    return None


def cjk_chars(text: str) -> int:
    """Chinese characters and full-width signs in the text: counted by what removing their runs leaves."""
    return len(text) - len(_CJK_RUN.sub("", text))


def _mostly_cjk(text: str, columns: int) -> bool:
    """cjk_chars(text) * 3 > columns, told from the UTF-8 bytes where bounds settle it: the characters
    U+4000-U+9FFF (lead bytes E4-E9) are some of the Chinese ones, the non-ASCII characters all of
    them and more."""
    data = text.encode("utf-8", "surrogatepass")
    if (len(data) - len(data.translate(None, _IDEOGRAPH_LEADS))) * 3 > columns:
        return True
    ascii_chars = len(data) - len(data.translate(None, _ASCII_BYTES))
    if (len(text) - ascii_chars) * 3 <= columns:
        return False
    return cjk_chars(text) * 3 > columns


_IDEOGRAPH_LEADS = bytes(range(0xE4, 0xEA))
_ASCII_BYTES = bytes(range(0x80))


def _runs_on(lines: list[str]) -> bool:
    """English prose cut by a width goes on in lower case on most of its next lines; a list of items, one
    a line ("Alder Bio – Kestrel (licence, $20M)"), opens each with a capital or a figure."""
    follows = [line.lstrip()[:1] for before, line in zip(lines, lines[1:]) if before.strip() and line.strip()]
    return bool(follows) and sum(c.islower() for c in follows) >= _LOWER_SHARE * len(follows)


_LOWER_SHARE = 0.3


def _band(width: int, cjk: bool) -> int:
    """How far under the width a cut line may end: up to three characters for Chinese (punctuation kept
    off a line's start, a Latin word moved down whole), a long word for English."""
    return 6 if cjk else max(8, width // 6)


def cut_by_wrap(line: str, follow: str, width: int) -> bool:
    """The line ends where the width ran out: the next line's first word would not have fitted on it."""
    line = line.rstrip()
    columns = display_width(line)
    if columns > width or not follow or not line:
        return False
    if _CJK.match(follow[0]):
        return columns >= width - _band(width, True)
    word = _FIRST_WORD.match(follow)
    gap = 0 if _CJK.match(line[-1]) else 1
    return columns + gap + display_width(word.group(0) if word else follow) > width


def joiner(line: str, follow: str) -> str:
    """What stood where the line was cut: a space between two Latin words, nothing next to Chinese or
    after a word's hyphen."""
    last, first = line.rstrip()[-1:], follow.lstrip()[:1]
    if not last or not first or _CJK.match(last) or _CJK.match(first) or last == "-":
        return ""
    return " "
