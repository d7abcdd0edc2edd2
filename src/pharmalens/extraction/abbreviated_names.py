"""Chinese company names given with their Latin abbreviation in brackets ("与台湾生物医药制造公司（TBMC）
合作"): the bracket says the words before it are a name, however ordinary those words are, and the
abbreviation names the same company."""
from __future__ import annotations

from ..model.patterns import holds_any, matches_from, rx
from .company_context import trim_zh_lead

_NAMED = rx(r"(?P<n>[\u4e00-\u9fff]{3,16}?(?:公司|集团|研究院|研究所|中心))\s*[（(]\s*(?P<a>[A-Z][A-Z0-9&]{1,7})\s*[)）]")
_NAME_END = rx(r"(?:公司|集团|研究院|研究所|中心)(?=\s*[（(]\s*[A-Z][A-Z0-9&]{1,7}\s*[)）])")  # _NAMED's tail
_FUNCTION_CHARS = set("与和及对在为是将把被向从以据让给即其等或并而且又但称的了就于由")
_MIN_NAME = 4


def abbreviated_names(text: str) -> list[tuple[int, int, str, int, int]]:
    """(start, end, name, abbreviation start, abbreviation end) of each such name."""
    found = []
    if not holds_any(text, ("公司", "集团", "研究院", "研究所", "中心")):  # the name's last word
        return found
    for match in matches_from(_NAMED, text, _name_starts(text)):
        run = match.group("n")
        cut = max((i + 1 for i, ch in enumerate(run[:-_MIN_NAME]) if ch in _FUNCTION_CHARS), default=0)
        name = trim_zh_lead(run[cut:])
        if len(name) >= _MIN_NAME:
            start = match.end("n") - len(name)
            found.append((start, match.end("n"), name, match.start("a"), match.end("a")))
    return found


def _name_starts(text: str) -> list[int]:
    """Every place a match of _NAMED can start: three to sixteen characters before a name's last word
    that a bracketed abbreviation follows (one word ends at each such place: 司, 团, 院, 所, 心)."""
    return [m.start() - n for m in _NAME_END.finditer(text) for n in range(3, 17) if m.start() - n >= 0]
