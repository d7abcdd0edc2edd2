"""Research institutes and universities, which license out drugs (技术转让, tech transfer) as companies
do: names ending in a word only an institution's name ends in (研究院, 研究所, 科学院, 大学; University,
Institute). A Chinese name runs back from that word to punctuation, a function word or a verb; an
academician's title (中国科学院院士) and a brokerage's research unit (证券研究所) are no party."""
from __future__ import annotations

from ..model.patterns import rx
from .cues import phrases
from .places import place_prefix

_ZH_SUFFIX = rx(r"(?:研究院|研究所|科学院|大学)(?!院士|教授|学者|附属|医学院)")
_ZH_STOP = set("由与和及对在为是将把被向从以据让给即其等或并而且又但称的了就于此后、，,。；;：:（）()《》“”\"' \n\t")
_ZH_MAX = 16
_SHORT_NAME = 4
_NATIONAL = ("国家", "中国")
_NOT_PARTY = rx(r"证券|期货|银行|咨询")
_EN_NAME = rx(r"\b(?:The\s+)?(?P<name>(?:University\s+of\s+(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+"
              r"|(?:[A-Z][a-z]+\s+){1,3}(?:University|Institute)(?:\s+of\s+(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)?))\b")


def institution_names(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, name) of each institution named in the text outside the `taken` spans."""
    found = []
    for match in _ZH_SUFFIX.finditer(text) if _has_zh_suffix(text) else ():
        start = _zh_start(text, match.start(), match.end())
        name = text[start:match.end()] if start is not None else ""
        if name and not _NOT_PARTY.search(name) and not _verb_inside(name):
            found.append((start, match.end(), name))
    if "Univers" in text or "Institut" in text:  # asked once, not of each capitalised run the scan finds
        found += [(m.start(), m.end(), m.group("name")) for m in _EN_NAME.finditer(text)]
    return [f for f in _outermost(found) if not any(s < f[1] and f[0] < e for s, e in taken)]


def _zh_start(text: str, suffix_start: int, end: int) -> int | None:
    """Where the name ending in a suffix starts: at the first place word (or 国家) of the run of Han
    characters before it, else the run itself when it is short ("复旦大学"); a longer run with no
    place in it is a clause, not a name."""
    start = _run_start(text, suffix_start, end)
    if start > 1 and text[start - 1] in "与和":  # "…研究院核物理与化学研究所": one name over 与
        before = _run_start(text, start - 1, end)
        if _ZH_SUFFIX.search(text, before, start - 1):
            start = before
    run = text[start:suffix_start]
    for i in range(len(run)):
        if run.startswith(_NATIONAL, i) or place_prefix(run[i:]):
            return start + i
    return start if 2 <= len(run) <= _SHORT_NAME else None


def _run_start(text: str, pos: int, end: int) -> int:
    """The start of the run of Han characters, but stop words, before `pos`, within the longest name."""
    start = pos
    while start > 0 and end - start < _ZH_MAX + 8 and text[start - 1] not in _ZH_STOP and "\u4e00" <= text[start - 1] <= "\u9fff":
        start -= 1
    return start


def _has_zh_suffix(text: str) -> bool:
    return any(w in text for w in ("研究院", "研究所", "科学院", "大学"))


def _verb_inside(name: str) -> bool:
    """A run that takes in a verb (宣布, 签署) is a clause, not a name; the one-character cues (与)
    may join two names of one institution."""
    return any(len(verb) > 1 and verb in name for verb in phrases("company.zh_acts"))


def _outermost(found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """"中国科学院上海药物研究所": the whole name, not the 中国科学院 inside it."""
    kept = []
    for start, end, name in sorted(found, key=lambda f: (f[0], -(f[1] - f[0]))):
        if kept and start < kept[-1][1]:
            continue
        kept.append((start, end, name))
    return kept
