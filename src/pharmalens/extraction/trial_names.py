"""Codes that name a trial or a study rather than a drug: a study number after a drug's code
(BGB-72215-101), a spoken acronym with a short number written as a trial's name (the VELA-2 trial)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..model.patterns import rx

if TYPE_CHECKING:
    from .assets import AssetMention


def is_study_code(mention: AssetMention, codes: set[str]) -> bool:
    """BGB-72215-101 names a study of BGB-72215, not an asset."""
    root = re.sub(r"-\d{3}$", "", mention.name)
    return not mention.from_lexicon and root != mention.name and root in codes


_TRIAL_ACRONYM = rx(r"(?P<word>[A-Z]{4,12})-\d{1,3}|(?P<short>[A-Z]{3})-\d{1,2}")
_PHASE_BETWEEN = r"(?:(?:pivotal|registrational|global)\s+)?(?:phase\s*(?:[1-4]|I{1,3}|IV)[ab]?(?:\s*/\s*(?:[1-4]|I{1,3}))?\s+)?"
_ZH_PHASE_BETWEEN = r"(?:(?:[1-4]|I{1,3}|IV|[一二三四])[ab]?(?:/(?:[1-4]|I{1,3}))?\s*期\s*)?"
_TRIAL_WORD_AFTER = rx(rf"(?:\s+{_PHASE_BETWEEN}(?:trials?|stud(?:y|ies))\b|\s*{_ZH_PHASE_BETWEEN}(?:临床试验|临床研究|试验|研究))", re.I)  # "VELA-3 Phase 3 study"
_TRIAL_WORD_BEFORE = rx(r"(?:\b(?:trial|study)|试验|研究)\s*[(（]?\s*$", re.I)  # "III期研究（ASTER-301）"


def without_trial_names(text: str, found: list[AssetMention]) -> list[AssetMention]:
    """A spoken acronym with a short number (VELA-2, ORCHID-301) written only as a trial's name
    ("the VELA-2 trial", 临床试验ORCHID-301中) names the trial, when the text has a drug besides."""
    trials = {m.name for m in found if _looks_like_trial(m)}
    for mention in found:
        if mention.name in trials and not _in_trial_position(text, mention):
            trials.discard(mention.name)
    if not trials or all(m.name in trials for m in found):
        return found
    return [m for m in found if m.name not in trials]


def _looks_like_trial(mention: AssetMention) -> bool:
    match = None if mention.from_lexicon else _TRIAL_ACRONYM.fullmatch(mention.surface)
    if match is None:
        return False
    word = match.group("word") or match.group("short")  # "ARC-3": three letters spoken as a word, a short number
    return sum(ch in "AEIOU" for ch in word) * 3 >= len(word)


def _in_trial_position(text: str, mention: AssetMention) -> bool:
    return bool(_TRIAL_WORD_AFTER.match(text, mention.end)
                or _TRIAL_WORD_BEFORE.search(text, max(0, mention.start - 8), mention.start))
