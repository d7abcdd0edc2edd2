"""Names listed among companies ("合作方包括甲药业、乙生物、丙生肽等", "保荐人为甲国际及乙国际"): in a list
whose other members are known companies (two of three or more, or one where the words before the list
call its members companies: "两家AI药物公司甲控股、乙"), a name of four to eight characters is a
company too, and a three-character one that is no everyday word."""
from __future__ import annotations

from ..model.budget import checked
from ..model.patterns import holds_any, rx
from .company_context import trim_zh_lead, zh_name_like

_ITEM = r"[\u4e00-\u9fff]{2,12}(?:[（(][^（()）\n]{0,24}[)）])?"
_JOINERS = "（(、和及与以"  # what a list's first item runs into (以及 opens with 以)


def _han_except(chars: str) -> str:
    """The ranges of a character class of the Chinese characters other than `chars`."""
    ranges, low = [], 0x4E00
    for code in sorted({ord(ch) for ch in chars if "\u4e00" <= ch <= "\u9fff"}):
        ranges.append(f"\\u{low:04x}-\\u{code - 1:04x}" if code > low else "")
        low = code + 1
    return "".join(ranges) + f"\\u{low:04x}-\\u9fff"


# A list's first item runs on into a bracket or a joining word within twelve characters: where none
# does, the whole pattern is not tried (it would backtrack through every split of the run). The
# characters before the first joiner are taken whole ({0,10}+), one class test each, where a lazy run tried
# the joiners and then a character at each step.
_LIST = rx(rf"(?=[\u4e00-\u9fff]{{2}}[{_han_except(_JOINERS)}]{{0,10}}+[{_JOINERS}])"
           rf"{_ITEM}(?:、{_ITEM})*(?:(?:、|和|及|与|以及){_ITEM})")
_SPLIT = rx(r"[（(][^（()）\n]{0,24}[)）]|、|以及|和|及|与|等")
_MIN, _MAX = 4, 8


def enumerated_names(text: str, known: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, name) of each unknown member of a list that names at least two known companies."""
    found = []
    if not holds_any(text, "、和及与"):  # a list needs one of its joining words (以及 holds 及)
        return found
    taken = bytearray(len(text))  # characters of the known names: an overlap is a slice, not a pass over them
    for s, e in known:
        taken[s:e] = b"\x01" * (e - s)
    for match in checked(match for start, end in _lines_naming(text, taken) for match in _LIST.finditer(text, start, end)):
        items = _items(text, match.start(), match.end())
        named = [item for item in items if any(taken[item[0]:item[1]])]
        listed = len(items) >= 3 and len(named) >= 2
        if not listed and not (len(items) >= 2 and named and _after_kind_noun(text, items[0])):
            continue
        for start, end in items:
            if (start, end) in named:
                continue
            name = trim_zh_lead(text[start:end])
            start = end - len(name)
            if not listed and not zh_name_like(name):
                continue  # named a company by the words before the list only: the name must look like one
            if _MIN <= len(name) <= _MAX or (len(name) == _MIN - 1 and zh_name_like(name)):
                found.append((start, end, name))
    return found


_KIND_NOUN = rx(r"(?:公司|药企|企业|药厂|生技厂|biotech)(?:包括|如|为|是|有)?$")


def _after_kind_noun(text: str, first: tuple[int, int]) -> bool:
    """"两家领先的AI药物公司甲控股、乙": a list the words before it call companies."""
    name = trim_zh_lead(text[first[0]:first[1]])
    return bool(_KIND_NOUN.search(text, max(0, first[0] - 8), first[1] - len(name)))


def _items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    items, at = [], start
    for sep in _SPLIT.finditer(text, start, end):
        if sep.start() > at:
            items.append((at, sep.start()))
        at = sep.end()
        if sep.group(0) == "等":
            return items  # "甲、乙等头部企业": the list ends at 等
    if at < end:
        items.append((at, end))
    return items


def _lines_naming(text: str, taken: bytearray) -> list[tuple[int, int]]:
    """The lines holding a character of a known name: no list runs past a line's end, and a list naming no
    known company is passed over, so only these lines are searched."""
    lines, start = [], 0
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if taken.find(1, start, end) >= 0:
            lines.append((start, end))
        start = end + 1
    return lines
