"""Very long lines cut at safe points before recognisers read them, so no pattern that stops at a
line end (and no search back to the line's start) ever sees more than `LINE_LIMIT` characters.

The cut replaces one character by a line break and never inserts or removes one, so every index
into the text stays an index into the article: spans and quotes are unchanged. A cut goes, in order
of preference, at the space after a sentence end (not after Inc. or Co.), at a Chinese sentence end, at a space, at a comma
or semicolon, and only when a line has none of those in its last half at the limit itself."""
from __future__ import annotations

import re

LINE_LIMIT = 2000
_LONG_LINE = re.compile(rf"[^\n]{{{LINE_LIMIT + 1},}}")
_ABBREVIATIONS = "".join(rf"(?<!{word}\.)" for word in ("Inc", "Co", "Ltd", "Corp", "No", "St", "Dr", "Mr", "Ms", "vs"))
_CUTS = (re.compile(rf"(?<=[.!?;]){_ABBREVIATIONS}[ \t](?=[A-Z0-9“\"(\[])"), re.compile(r"[。！？；]"),
         re.compile(r"[ \t]"), re.compile(r"[，、,;：:]"))


def split_long_lines(text: str, limit: int = LINE_LIMIT) -> str:
    """The text with every line longer than `limit` cut into lines of at most `limit` characters."""
    if max(map(len, text.split("\n"))) <= limit:
        return text  # the pattern below retries every position of a line: quadratic in its length
    pattern = _LONG_LINE if limit == LINE_LIMIT else re.compile(rf"[^\n]{{{limit + 1},}}")
    long_lines = [match.span() for match in pattern.finditer(text)]
    if not long_lines:
        return text
    chars = list(text)
    for start, end in long_lines:
        for cut in _cuts(text, start, end, limit):
            chars[cut] = "\n"
    return "".join(chars)


def _cuts(text: str, start: int, end: int, limit: int) -> list[int]:
    cuts = []
    while end - start > limit:
        cut = _safe_point(text, start + limit // 2, start + limit)
        cuts.append(cut)
        start = cut + 1
    return cuts


def _safe_point(text: str, low: int, high: int) -> int:
    """The last preferred cut in text[low:high], else `high`."""
    for pattern in _CUTS:
        last = None
        for last in pattern.finditer(text, low, high):
            pass
        if last is not None:
            return last.start()
    return high
