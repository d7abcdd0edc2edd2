"""Diseases the vocabulary does not list, read where the text says what a drug treats: the words after
"for the treatment of", "to treat", "indicated for", "patients with", 用于治疗 or 适应症为, up to the end of
the phrase, when they end with a disease's head word ("for the treatment of Marlow-Kent syndrome",
"用于治疗成人难治性X综合征"). The phrase is reported as written."""
from __future__ import annotations

from functools import lru_cache

from ..model.patterns import holds_any, rx
from .cues import cue_alternation
from .lexicon import Hit

_EN_INTRO = (r"\b(?:for\s+the\s+treatment\s+of|to\s+treat|indicated\s+for(?:\s+the\s+treatment\s+of)?|"
             r"(?:in|for)\s+(?:adult\s+)?patients\s+with)\s+")
_EN_END = r"(?=\s*(?:[,.;:()]|$)|\s+(?:who|whose|and\s+in|in\s+combination|following|after|that|which|as|at|from|in|under|by)\b)"
_ZH_INTRO = r"(?:用于治疗|用于|适应症为|适应症[:：]|拟定适应症为)"
_ZH_END = r"(?=[，。；、,;（(：:]|的|患者|$)"
_CUES = ("treat", "indicated", "patients with", "用于", "适应症")


@lru_cache(maxsize=1)
def _patterns():
    head = cue_alternation("indication.disease_head")
    english = rx(rf"{_EN_INTRO}(?:(?:adults?|children|people|patients)\s+with\s+)?(?P<p>(?:[A-Za-z][\w'’-]*\s+){{0,6}}?{head}){_EN_END}")
    chinese = rx(rf"{_ZH_INTRO}(?P<p>[\u4e00-\u9fffA-Za-z0-9-]{{1,18}}?{head}){_ZH_END}")
    return english, chinese


def open_indication_hits(text: str, known: list[Hit]) -> list[Hit]:
    """Hits of kind "indication" for disease phrases a drug is said to treat that no vocabulary hit
    touches (a phrase holding a listed disease keeps the listed one)."""
    if not holds_any(text, _CUES):
        return []
    taken = [(h.start, h.end) for h in known if h.kind == "indication"]
    found: list[Hit] = []
    for pattern in _patterns():
        for match in pattern.finditer(text):
            start, end = match.start("p"), match.end("p")
            if any(s < end and start < e for s, e in taken):
                continue
            taken.append((start, end))
            found.append(Hit(start, end, "indication", match.group("p"), match.group("p")))
    return found
