"""Drug products named by their dosage form: "布洛芬氨酚气雾剂", "QH-12注射液", "注射用某某微球",
"SYH2056片", "碘[131I]化钠口服溶液" (a radiopharmaceutical's element and isotope in brackets). The name is the run of characters before the form, back to a descriptor or a function
word; a bare tablet (片) counts only after a code or an INN-like ending, where it cannot be an
ordinary word."""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import ahocorasick_rs

from ..model.automata import overlapping_matches
from ..model.patterns import matches_from, rx
from .cues import cue_alternation, phrases

_MIN_CORE = 2
_PRE, _MAX_CORE = "注射用", 16
_LABEL = r"[\u4e00-\u9fff][\[［(（〔]\d{2,3}m?[A-Z][a-z]?[\]］)）〕](?=[\u4e00-\u9fff])"  # "碘[131I]化钠", not "氟[18F]XT110"
_LABEL_REACH = 9


@lru_cache(maxsize=1)
def _product() -> re.Pattern[str]:
    forms = cue_alternation("asset.dosage_form")
    return rx(rf"(?P<pre>{_PRE})?(?P<core>(?:{_LABEL})?[\u4e00-\u9fffA-Za-z0-9-]{{2,{_MAX_CORE}}}?)(?P<form>{forms})"
              r"(?![\u4e00-\u9fff]{0,1}(?:厂|企业|公司|行业|市场))")


def _products(text: str) -> Iterator[re.Match[str]]:
    """What _product().finditer(text) finds, trying the pattern only where a dosage form starts
    within reach after the position: tried at every character, it ran each core length there."""
    forms = phrases("asset.dosage_form")
    if any(c.isascii() for form in forms for c in form):
        yield from _product().finditer(text)  # a form with a word boundary or a space: not a plain literal
        return
    starts: set[int] = set()
    for at in {start for _, start, _ in overlapping_matches(_form_matcher(forms), text)}:
        starts.update(range(max(0, at - len(_PRE) - _MAX_CORE - _LABEL_REACH), at - _MIN_CORE + 1))
    yield from matches_from(_product(), text, starts)


@lru_cache(maxsize=1)
def _form_matcher(forms: tuple[str, ...]) -> ahocorasick_rs.AhoCorasick:
    """Every form at once, overlapping ones too (缓释片 and its 片): one pass, not a search per form."""
    return ahocorasick_rs.AhoCorasick(list(forms))


_CODE_IN_CORE = rx(r"[A-Za-z]{1,6}-?\d{2,}")
_HAN = rx(r"[\u4e00-\u9fff]+")
_LABEL_BEFORE = rx(r"\d{2,3}m?[A-Z][a-z]?-?$")
_INN_LIKE = rx(r"(?:单抗|替尼|鲁胺|西普|肽|韦|沙坦|普利|格列汀|格列净|瑞林|司他|佐米|替康|仑赛|利|尼|霉素|沙星|他汀|洛尔|地平|拉唑|昔布|司琼|沙班|替丁|西林|康唑|曲坦|[A-Za-z]{2,}-?\d{2,}[A-Za-z]{0,3})$")


@lru_cache(maxsize=1)
def _descriptors() -> tuple[str, ...]:
    return tuple(sorted(phrases("asset.zh_descriptor"), key=len, reverse=True))


def name_start(run: str) -> int:
    """Where a drug's name starts in a run of Chinese characters: after the last descriptor or
    function word that leads into it ("口服药物X替尼" -> "X替尼"), keeping at least two characters."""
    start = 0
    for word in _descriptors():
        at = run.rfind(word, start)
        if at >= 0 and len(run) - at - len(word) >= _MIN_CORE:
            start = at + len(word)
    return start


def inn_start(run: str) -> int:
    """Where a Chinese INN-like name starts in a run ending with its stem: as name_start, and past the
    form prefix 注射用 ("制剂注射用X单抗" -> "X单抗"), which names how the drug is given, not the drug."""
    start = name_start(run)
    at = run.find(_PRE, start)
    return at + len(_PRE) if at >= 0 and len(run) - at - len(_PRE) > _MIN_CORE else start


@lru_cache(maxsize=1)
def _modifiers() -> re.Pattern[str]:
    return rx(f"(?:{cue_alternation('asset.form_modifier')})+")


def _only_modifiers(core: str) -> bool:
    """"长效", "口服缓释": how the form is made or given, with no name before it."""
    return not _modifiers().sub("", core)


def product_names(text: str) -> list[tuple[int, int, str]]:
    """(start, end, core) of each product name: the full product and the name without its form."""
    found = []
    descriptors = _descriptors()
    for match in _products(text):
        skip = name_start(match.group("core"))
        code = _CODE_IN_CORE.search(match.group("core"), skip)
        label = _LABEL_BEFORE.search(match.group("core"), skip, code.start()) if code else None
        at = label.start() if label else code.start() if code else 0  # "甲医药177Lu-XY-101注射液": the label opens the name
        if code and _HAN.match(match.group("core")[at - 1:at] if at > skip else "-"):
            skip = at  # "决定终止TC-208片", "EGFR抑制剂DX-662胶囊": words run into a drug code are not its name
        core, core_start = match.group("core")[skip:], match.start("core") + skip
        if len(core) < _MIN_CORE or core in descriptors or not re.search(r"[\u4e00-\u9fff]|\d", core) or _only_modifiers(core):
            continue
        if match.group("form") == "片" and not _INN_LIKE.search(core):
            continue
        start = match.start("pre") if match.group("pre") and match.end("pre") == match.start("core") and core_start == match.start("core") else core_start
        found.append((start, match.end(), core))
    return found
