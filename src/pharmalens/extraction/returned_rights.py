"""Rights going back to their owner: the end of a licence, told as a termination, never a new deal; and
whether a drug whose rights went back stays in development (`handed_back`, `development_stops`).

Phrases say it outright (退还给X, rights revert to X: data/cues deal.returned_rights); a take-back verb
says it with the drug between it and the rights (收回X的全球权益, 取回该产品在大中华区的权利, regained the
worldwide rights to X). The owner is the one the rights go back to: the company after 给/予/to, else the
subject that takes them back.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..model.patterns import rx
from .companies import CompanyMention
from .context import Context
from .cues import cue_alternation

_CLAUSE_REACH = 30
_MAY = rx(r"(?:有权|可以|可|或将|若|如|\bmay|\bcould|\bright to|\bentitled to|\bwould)\s*$", re.I)  # a right, not a hand-back
_IN_RETURN = rx(r"\bin\s+$", re.I)  # "in return for the rights": a licence's price
_FROM = rx(r"(?:从|自|向|与|和|同|\bfrom|\bwith)[^,，。;；]{0,6}$", re.I)  # "从(合作伙伴)X取回": X hands them back
_TO_OWNER = rx(r"\s*(?:给|予|至|\bto\b|\bback\s+to\b)\s*$", re.I)


@lru_cache(maxsize=1)
def _taken_back() -> re.Pattern[str]:
    return rx(rf"(?:{cue_alternation('rights.take_back')})[^,，;；。.]{{0,{_CLAUSE_REACH}}}?"
              rf"(?:{cue_alternation('rights.rights_word')})", re.I)


def rights_back_at(ctx: Context, start: int, end: int) -> int | None:
    """Where [start, end) tells rights going back to their owner, or None."""
    cue = next(iter(ctx.cues.hits("deal.returned_rights", start, end)), None)
    if cue is None and not ctx.cues.may_match("rights.take_back", start, end):
        return None  # no take-back verb: the pattern cannot match
    match = next((m for m in _taken_back().finditer(ctx.text, start, end)
                  if not _IN_RETURN.search(ctx.text, max(0, m.start() - 4), m.start())
                  and not _MAY.search(ctx.text, max(0, m.start() - 14), m.start())), None)
    found = [p for p in (cue.start if cue else None, match.start() if match else None) if p is not None]
    return min(found) if found else None


def may_tell_rights_back(ctx: Context) -> bool:
    """False only where `rights_back_at` is None for every stretch of the article."""
    return ctx.cues.has("deal.returned_rights") or ctx.cues.may_match("rights.take_back")


def rights_owner(ctx: Context, start: int, end: int) -> CompanyMention | None:
    """The company the rights of [start, end) go back to."""
    at = rights_back_at(ctx, start, end)
    if at is None:
        return None
    companies = ctx.companies_in(start, end)
    for m in companies:
        if m.start > at and _TO_OWNER.search(ctx.text, max(start, m.start - 8), m.start):
            return m
    if _taken_back().match(ctx.text, at) and not ctx.cues.has("deal.returned_rights", at, end):
        before = [m for m in companies if m.end <= at and not _FROM.search(ctx.text, max(start, m.start - 8), m.start)]
        return before[0] if before else None  # the subject, not a partner named after 与/从
    return None


def returned_assets(ctx: Context) -> dict[str, str | None]:
    """Assets whose rights the article says went back, each to its owner (None where unnamed): the
    owner keeps developing them, so they are neither stopped nor the former licensee's."""
    found: dict[str, str | None] = {}
    for sentence in ctx.sentences if may_tell_rights_back(ctx) else ():
        if rights_back_at(ctx, sentence.start, sentence.end) is None:
            continue
        owner = rights_owner(ctx, sentence.start, sentence.end)
        for asset in ctx.in_range(ctx.assets, sentence.start, sentence.end):
            found.setdefault(asset.label, owner.name if owner else None)
    return found


def tells_rights_back(ctx: Context) -> bool:
    return may_tell_rights_back(ctx) and any(rights_back_at(ctx, s.start, s.end) is not None for s in ctx.sentences)


# Rights handed back with words between the verb and "rights" ("returned global rights to", "hands back
# its ex-US development rights"); the cue list holds only "return(ed) the rights".
RETURNS_RIGHTS = rx(r"\b(?:return(?:s|ed|ing)?|hand(?:s|ed|ing)?\s+back|gave\s+back|give(?:s|n)?\s+back)\s+"
                     r"(?:(?:the|all|its|their|of|and|full|global|worldwide|exclusive|remaining|commercial|"
                     r"development|commercialization|commercialisation|licensed|ex-[\w.]+|[A-Z][\w.]*)\s+){1,4}rights\b|"
                     r"\b(?:hand(?:s|ed|ing)?|giv(?:e|es|en|ing)|gave)\s+(?:(?:the|all|its|their|[\w-]+)\s+){0,3}rights\s+back\b")


_HANDED_BACK = rx(rf"{RETURNS_RIGHTS.pattern}|\brights\s+(?:will\s+|to\s+[\w-]+\s+)?revert|\breverted\s+the\s+rights\b|"
                  r"(?:退回|归还|交还|返还)[^，,。；;]{0,12}(?:权益|权利|给)|权益(?:将)?(?:回归|归还|退回)")
_DEVELOPMENT_STOPS = rx(r"\b(?:discontinu\w*|(?:stop|stops|stopped|cease[sd]?|halt(?:s|ed)?|end(?:s|ed)?)\s+(?:the\s+)?(?:clinical\s+)?"
                        r"develop\w*|no\s+longer\s+(?:develop|pursu)\w*|abandon\w*|shelv\w*|wind(?:s|ing)?\s+down|wound\s+down)\b|"
                        r"(?:停止|终止|放弃|不再)(?:开发|研发|推进)|移出[^，。]{0,4}管线|管线中(?:移除|剔除)", re.I)


def handed_back(ctx: Context, asset: str, returner: str | None) -> tuple[bool, str | None]:
    """Whether a stop over the asset is only its rights handed back ("returned global rights to X to Y",
    权益归还给乙) while no sentence naming it says development stops; and the company they go back to."""
    handed, receiver = False, None
    for sentence in ctx.sentences:
        if not any(a.label == asset or a.name == asset for a in ctx.in_range(ctx.assets, sentence.start, sentence.end)):
            continue
        if _DEVELOPMENT_STOPS.search(sentence.text):
            return False, None
        match = _HANDED_BACK.search(ctx.text, sentence.start, sentence.end)
        if match and not handed:
            handed = True
            after = [c.name for c in ctx.companies_in(match.start(), sentence.end) if c.name != returner]
            receiver = after[0] if after else None
    return handed, receiver


def development_stops(ctx: Context, asset: str) -> bool:
    """Whether a sentence naming the asset says its development stops."""
    return any(_DEVELOPMENT_STOPS.search(s.text) for s in ctx.sentences
               if any(a.label == asset or a.name == asset for a in ctx.in_range(ctx.assets, s.start, s.end)))
