"""Approvals that are IND clearances: an approval whose object is a clinical trial, and one whose
subject is a trial application named earlier in the sentence."""
from __future__ import annotations

import re

from ..model.patterns import rx
from .context import Context
from .cues import Cue
from .sentences import Sentence, clauses

_TRIAL_PERMIT = rx(r"(?P<gap>[^。;]{0,24}?)(?:(?:开展|进行|执行|展开|启动|进入)[^。;,]{0,8}?临床(?:试验|研究)|(?:开展|进行|执行|展开|启动|进入)[^。;,]{0,4}?[一二三四1-4IⅠⅡⅢ]+[ab]?期临床|了?(?:其|该)?(?:临床试验|IND)申请|[之的]\s*(?:第?[一二三四1-4IⅠⅡⅢ]+期)?\s*(?:人体)?临床试验|"
                   r"\b(?:to (?:start|begin|conduct|initiate|proceed with)|for (?:a|the|its))\b[^.;]{0,30}?\b(?:clinical (?:trial|stud)|phase \w+ (?:trial|stud)))", re.I)
_TRIAL_RIGHT_AFTER = rx(r"\s*(?:第?[一二三四1-4IⅠⅡⅢ]+[ab]?期|人体)+\s*临床(?:试验|研究)", re.I)
_TRIAL_BEFORE = rx(r"(?:临床(?:试验|研究)(?:计划|计画|方案|申请)?|试验(?:计划|计画)|IND申请)(?:\s*[(（][A-Za-z ]{2,8}[)）])?")
_AGENCY_GAP = rx(r"\s*(?:已|正式|并)?\s*(?:获得?|经|取得|通过|由)?\s*(?:美国|台湾|欧盟|欧洲|日本|中国|韩国)?\s*(?:的)?\s*")
_FROM_AGENCY = rx(r"\s*(?:from|by|of)\s+(?:the\s+)?(?:[A-Z][\w.]*(?:'s|’s)\s+)?|\s*", re.I)
_FROM_REGULATOR = rx(r"\s*(?:from|by)\s+(?:the\s+)?(?:[A-Z][\w.]*(?:'s|’s)\s+)?(?:[\w.-]+\s+){0,4}?"
                     r"(?:regulators?|authority|authorities|agency|administration|watchdog)\b", re.I)
_BASED_ON = rx(r"基于|根据|依据|based on|supported by|on the basis", re.I)
_NO_SUBJECT = rx(r"\s*(?:and\s+|which\s+)?(?:has|have|had|was|were|is|are)\s+(?:now\s+|also\s+|formally\s+)*(?:been\s+)?"
                 r"(?:formally\s+)?(?:approved|cleared|granted)\b|\s*(?:并|且|现|目前|近日|日前)?已?(?:于[^,，。;；]{0,16})?(?:获得?|取得|通过)", re.I)
_APPOSITIVE = rx(r"\s*(?:an?|the|one|its)\s|\s*(?:为|是)?(?:一款|一种|一个|该)", re.I)


def permits_a_trial(ctx: Context, approval: Cue) -> bool:
    """An approval whose object is a clinical trial ("获FDA批准,可在美国开展临床试验", "核准进入二期临床", "核准之第二期
    临床试验", "approval to begin its first-in-human study"): an IND clearance."""
    sentence = ctx.sentence_at(approval.start)
    end = sentence.end if sentence else approval.end + 40
    if _TRIAL_RIGHT_AFTER.match(ctx.text, approval.end):
        return True  # "核准人体临床试验", "批准II期临床试验": the trial is the approval's object
    start = _past_agency(ctx, approval.end, end)
    match = _TRIAL_PERMIT.match(ctx.text, start, min(end, start + 60))
    return bool(match) and not _BASED_ON.search(match.group("gap"))


def _past_agency(ctx: Context, start: int, end: int) -> int:
    """"approval from Taiwan's Food and Drug Administration to begin …": the agency's name, however
    long, is no part of the gap between the approval and its object."""
    for hit in ctx.hits("agency", start, min(end, start + 60)):
        if _FROM_AGENCY.fullmatch(ctx.text, start, hit.start):
            return hit.end
    described = _FROM_REGULATOR.match(ctx.text, start, end)  # "from China's drug regulator": no agency's name
    return described.end() if described else start


def approves_a_trial_before(ctx: Context, clause: Sentence, approval: Cue) -> bool:
    """"X之第二期临床试验计划获美国FDA核准", "X的IND申请已获NMPA批准": the trial (or its
    plan, or the application for it) is what the agency approved,
    written right before the approval with only the agency and 获 between."""
    trials = list(_TRIAL_BEFORE.finditer(ctx.text, clause.start, approval.start))
    if not trials:
        return False
    gap = list(ctx.text[trials[-1].end():approval.start])
    for hit in ctx.hits("agency", trials[-1].end(), approval.start):
        gap[hit.start - trials[-1].end():hit.end - trials[-1].end()] = " " * (hit.end - hit.start)
    return _AGENCY_GAP.fullmatch("".join(gap)) is not None


def approves_an_earlier_application(ctx: Context, clause: Sentence, approval: Cue) -> bool:
    """"The IND application for X, a radioligand for Y, has been approved by the NMPA": a clause with
    no subject of its own whose approval falls on the trial application of the clause before it,
    past any clauses that only describe the drug."""
    sentence = ctx.sentence_at(approval.start)
    if sentence is None or not _NO_SUBJECT.match(ctx.text, clause.start, approval.end):
        return False
    before = [c for c in clauses(sentence) if c.end <= clause.start]
    for earlier in reversed(before):
        if ctx.cues.has("regulatory.event.ind", earlier.start, earlier.end) \
                or ctx.cues.has("regulatory.trial_application", earlier.start, earlier.end):
            return True
        if not _APPOSITIVE.match(earlier.text):
            return False
    return False
