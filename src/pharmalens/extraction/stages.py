"""Development stages as written in Chinese and English, normalised to the contract's vocabulary."""
from __future__ import annotations

import re
from functools import lru_cache

import ahocorasick_rs

from ..model.frozen import frozen
from ..model.automata import overlapping_matches
from ..documents.language import to_simplified
from ..model.patterns import guarded, matches_from, rx
from ..model.vocabulary import load_yaml
from .cues import cue_regex


def _agency_names() -> str:
    """Every regulator's code and Chinese name (data/agencies.yaml) as one alternation, in the
    simplified script matching runs on; a bare 药监局 (a province's) too."""
    names = {entry["agency"] for entry in load_yaml("agencies.yaml")} | {"药监局"}
    names |= {alias for entry in load_yaml("agencies.yaml") for alias in entry.get("aliases", [])
              if "\u4e00" <= alias[:1] <= "\u9fff"}  # the Chinese forms: this wording is Chinese
    kept = sorted((n for n in names if to_simplified(n) == n), key=len, reverse=True)
    return "|".join(re.escape(n) for n in kept)


_ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4", "Ⅰ": "1", "Ⅱ": "2", "Ⅲ": "3", "Ⅳ": "4",
          "一": "1", "二": "2", "三": "3", "四": "4", "1": "1", "2": "2", "3": "3", "4": "4"}
_NUM = r"(?:iii|ii|iv|i|[1-4]|Ⅲ|Ⅱ|Ⅰ|Ⅳ)"
_ZH_NUM = r"(?:[1-4一二三四ⅠⅡⅢⅣ]|III|II|I|IV)"
_EN_PHASE = rx(rf"\bphase\s*(?P<a>{_NUM})[ab]?(?:\s*/\s*(?:phase\s*)?(?P<b>{_NUM})[ab]?|\s+and\s+(?P<c>{_NUM})[ab]?)?\b", re.I)
_ZH_PHASE = rx(rf"(?:临床)?(?P<a>{_ZH_NUM})[ab]?(?:\s*[/／]\s*(?P<b>{_ZH_NUM})[ab]?|\s*期\s*(?:与|和|及)\s*(?P<c>{_ZH_NUM})[ab]?)?\s*期(?:临床)?")
# Each pattern with its stage and the words (in lower case) it cannot match without, or a test of the
# lowered text for them, if any: a text holding none of them is not scanned with it.
# "differentiation from approved drugs", "与已上市药物相比": other drugs that are approved, a comparison
# and not the stage of the drug the sentence is about
_OTHER_DRUGS_EN = (r"\s+(?:[A-Za-z0-9/-]+\s+){0,2}?(?:drugs|therapies|treatments|medicines|products|agents|options|competitors|rivals"
                   r"|inhibitors|antibodies|agonists|antagonists|blockers|degraders|vaccines|ADCs|biologics|biosimilars|generics|alternatives)\b")
_OTHER_DRUGS_ZH = r"(?:的)?(?:同类)?(?:药物|药品|产品|疗法|竞品)"
# Words one of which every match of the clearance pattern holds, and those that need "ind" beside them
# ("IND approved", "IND许可"): its alternation holds too many literals for a guard to read.
_CLEARANCE_WORDS = ("clear", "study may proceed", "accepted", "allowed", "implied", "implicit", "tacit", "application",
                    "approved for clinical", "approval notice", "默示许可", "获批", "获准", "批准", "核准",
                    "临床试验许可", "临床试验批件", "临床试验申请", "开展临床试验")
_WITH_IND = ("approv", "许可")


def _may_clear(present: frozenset[str]) -> bool:
    """Whether a text whose words of _SCAN_WORDS are `present` may hold a clearance."""
    return not present.isdisjoint(_CLEARANCE_WORDS) or ("ind" in present and not present.isdisjoint(_WITH_IND))


_APPROVED = guarded(rx(r"\bapproved\b(?!" + _OTHER_DRUGS_EN + r")|\bmarketed\b(?!" + _OTHER_DRUGS_EN + r")|\bcommercially available\b|获批上市|已上市(?!" + _OTHER_DRUGS_ZH + r")|批准上市|核准上市|获准上市|已在商业化|持续获批|"
    r"\b(?:received?|receives|granted|won|wins|gained|gains|secured|secures|obtained|obtains)\s+(?:(?!(?:implied|implicit|tacit)\b)[\w-]+\s+){0,3}?"
    r"(?:(?:marketing\s+)?approval|marketing\s+authori[sz]ation(?!\s+applications?))\b(?!(?:\s+(?:from|by)\s(?:[^.;]|\.(?=\S)){0,60}?)?\s+(?:to\s+(?:start|begin|initiate|conduct)|for\s+(?:a\s+)?(?:clinical|phase|trial|study)))|"
    r"获核准|获颁药证|取得药证|获得药证|核发药证|新药证书|获批不久|获批不足|"
    r"首次(?:在[\u4e00-\u9fff]{1,4})?进行商业(?:化)?销售", re.I))
_CLEARED = rx(r"\bapproved for clinical trials?\b|\bcleared for clinical\b|\bIND\s+(?:approved|approval|cleared|clearance)\b|"
    r"\b(?:clinical trial|IND) clearance\b|\bclearance by the FDA for a clinical trial\b|\bStudy May Proceed\b|"
    r"\b(?:cleared|accepted|allowed)\s+(?:[\w'’-]+\s+){0,3}?(?:Investigational New Drug|IND)\b|"
    r"\bclinical trial approval notice\b|\b(?:implied|implicit|tacit)\s+(?:approval|licen[cs]e)\b|默示许可|IND获批|IND\s*(?:申请)?\s*(?:已)?(?:获得?)?(?:批准|许可|获批|核准)|获批\s*IND|获批临床|临床试验许可|临床试验批准|临床试验批件|获准开展临床|获批开展临床|"
    r"临床试验申请(?:已)?获(?:得)?(?:批准|核准|受理后的默示许可)|可在[\u4e00-\u9fff]{1,6}开展临床试验|"
    r"(?:临床试验|IND\s*)申请[^。；;]{0,40}?获得?[^。；;，,]{0,30}?(?:批准|核准)|(?:批准|核准)人体临床试验|批准了?(?:其|该)?(?:临床试验|IND)申请|批准[^，,。；;]{0,20}?(?:的(?:药物)?(?:临床试验|IND)申请|开展临床)|"
    r"\b(?:IND|Investigational New Drug|clinical trial)(?:\s*\(\W?IND\W?\))?\s+application\b"  # the application, the subject
    r"(?:(?!\b(?:and|but|while|which|it)\b)[^.;]){0,100}?\b(?:was|has\s+been|have\s+been|had\s+been)\s+(?:approved|cleared)\b",
    re.I)
_FILED = rx(r"\b(?:NDA|BLA|MAA)\b|上市申请|查验登记申请|\bfiled\b|"
             r"(?<!investigational )\b(?:new drug|biologics? licen[cs]e|marketing authori[sz]ation)\s+applications?\b", re.I)
# How each branch of _CLEARED, _FILED and _APPROVED opens, in lower case: the pattern is tried only where
# one of these starts (one automaton pass), not at nearly every letter as its first characters allow.
_CLEARED_HEADS = ("approved for clinical", "cleared", "ind", "clinical trial", "clearance", "study may proceed", "accepted",
                  "allowed", "implied", "implicit", "tacit", "investigational new drug", "默示许可", "获批", "临床试验", "获准",
                  "可在", "批准", "核准")
_FILED_HEADS = ("nda", "bla", "maa", "上市申请", "查验登记申请", "filed", "new drug", "biologic", "marketing authori")
_APPROVED_HEADS = ("approved", "marketed", "commercially available", "receive", "granted", "won", "wins", "gained", "gains",
                   "secured", "secures", "obtained", "obtains", "获批上市", "已上市", "批准上市", "核准上市", "获准上市",
                   "已在商业化", "持续获批", "获核准", "获颁药证", "取得药证", "获得药证", "核发药证", "新药证书", "获批不久",
                   "获批不足", "首次")


_OTHER = [
    (_CLEARED, "ind", _may_clear),
    (rx(r"(?:上市申请|许可申请|注册申请|查验登记申请|\b(?:s?NDA|s?BLA|MAA)s?\b)[^,，。;；]{0,24}?获(?:得)?[^,，。;；]{0,32}?(?:批准|核准)|"
        r"\b(?:s?NDA|s?BLA|MAA|marketing application|(?:new drug|biologics? licen[cs]e|marketing authori[sz]ation)\s+application)\b"
        r"[^,.;]{0,30}?\b(?:was|has\s+been|were|is)\s+approved\b", re.I), "approved", ("获", "approved")),
    (rx(rf"(?:{_agency_names()})(?:\s*[（(][^（()）]{{1,16}}[)）])?(?:已经?|正式|已正式)?(?:附条件)?(?:批准|核准)"
        rf"(?:(?!临床|试验|IND|研究)[^，,。；;]){{2,40}}?(?:用于|上市)", re.I),
     "approved", ("批准", "核准")),  # 批准甲的X用于治疗, (NMPA)已附条件批准X上市
    (rx(r"\bIITs?\b|研究者发起"), "iit", ("iit", "研究者发起")),
    (rx(r"\bpre-?clinical\b|\bIND[- ]enabling\b|临床前", re.I), "preclinical", ("preclinical", "pre-clinical", "enabling", "临床前")),
    (_FILED, "nda", ("nda", "bla", "maa", "上市申请", "查验登记申请", "filed", "application")),
    (_APPROVED, "approved", None),  # sold: not "首次商业销售里程碑"
    (rx(r"\bterminated\b|\bdiscontinued\b|终止", re.I), "terminated", ("terminated", "discontinued", "终止")),
]


_SCAN_WORDS = tuple(dict.fromkeys(_CLEARED_HEADS + _APPROVED_HEADS + _FILED_HEADS + _CLEARANCE_WORDS + _WITH_IND + ("ind",)
                                   + tuple(w for _, _, words in _OTHER if isinstance(words, tuple) for w in words)))
_OPENINGS = {pattern: frozenset(_SCAN_WORDS.index(h) for h in heads)
             for pattern, heads in ((_CLEARED, _CLEARED_HEADS), (_APPROVED, _APPROVED_HEADS), (_FILED, _FILED_HEADS))}


def _anchored_matches(pattern, text: str, low: str, found: list[tuple[int, int, int]]):
    """What pattern.finditer(text) finds; a pattern with opening words (_OPENINGS) is tried only where
    one starts in `low`, the text in lower case (read where a character lowered into two has not
    moved the positions). `found` is _scan(low)'s pass: where each word of _SCAN_WORDS is."""
    own = _OPENINGS.get(pattern)
    if own is None:
        return pattern.finditer(text)
    compiled = getattr(pattern, "compiled", pattern)
    if compiled is not pattern and not pattern.may_match(text):
        return iter(())
    if len(low) != len(text):
        return compiled.finditer(text)
    return matches_from(compiled, text, {start for index, start, _ in found if index in own})


def _scan(low: str) -> tuple[list[tuple[int, int, int]], frozenset[str]]:
    """Where each word of _SCAN_WORDS stands in the lowered text, and which of them it holds: one
    automaton pass for the patterns' opening words and the words the text must hold to be scanned
    with each, not one pass per pattern and a substring search per word."""
    found = overlapping_matches(_scan_matcher(), low)
    return found, frozenset(_SCAN_WORDS[index] for index in {index for index, _, _ in found})


@lru_cache(maxsize=1)
def _scan_matcher() -> ahocorasick_rs.AhoCorasick:
    return ahocorasick_rs.AhoCorasick(list(_SCAN_WORDS))


_RESPECTIVELY = rx(r"分别|各自")
# "has to be reviewed and approved before launch", "if approved": a requirement or a hope, not a stage
_NOT_YET = rx(r"\b(?:(?:must|needs?\s+to|can|could|would|should|will|may|has\s+yet\s+to|yet\s+to|to)\s+be"
              r"(?:\s+[a-z]+\s+and)?|not(?:\s+yet)?(?:\s+been)?|before\s+being|if|once|unless|until)\s+$", re.I)


# "pays out only if X, its PSMA radioligand, receives FDA approval", "若X获批上市": a condition, not a stage
_CONDITION = rx(r"(?:\b(?:if|unless|until|provided that|contingent on|conditioned on|subject to)\b|如果|(?:^|(?<=[，,；;：:\s]))若(?!干)|一旦|假如|倘若)"
                r"[^.;。；!?]*$", re.I)
_CONDITION_REACH = 80


# "寻求FDA批准上市", "可能推迟X的获批上市", "could delay the approved label": an approval sought or put off
_PUT_OFF = rx(r"(?:\b(?:seeking|seeks?|sought|delay(?:s|ed)?|push(?:es|ed)?\s+back)\b|寻求|推迟|延迟|延后)[^.;。；!?,，]{0,40}$", re.I)


# "the Board of Directors (the "Board") of X approved a restructuring plan": a company's own
# body approving a plan, a cut or a merger, no drug's approval
_BODY_APPROVES = rx(r"(?:\b(?:board|directors|shareholders|stockholders|committee|trustees)\b(?:\s*\([^()]{0,30}\))?"
                    r"(?:\s+of(?:\s+[\w.,&-]+){1,5}?(?:\s*\([^()]{0,30}\))?)?(?:\s+(?:has|have|had|unanimously|also))*\s+)$", re.I)


# "the recommended Phase 2 dose", "推荐II期剂量(RP2D)": a dose named after the trial it is for, no stage
_A_DOSE = rx(r"\s*(?:doses?|dosage)\b(?![\s-]*(?:escalat|expan|find|rang|optimi|select))|\s*剂量(?!递增|扩展|爬坡|探索|优化|选择)", re.I)


@frozen
class StageMention:
    start: int
    end: int
    stage: str


def _phase(a: str, b: str | None) -> str:
    first = _ROMAN.get(a.lower() if a.isascii() else a, a)
    if b:
        second = _ROMAN.get(b.lower() if b.isascii() else b, b)
        if second != first:
            return f"phase{first}/{second}"
    return f"phase{first}"


def find_stages(text: str) -> list[StageMention]:
    low = text.lower()
    found = [StageMention(m.start(), m.end(), _phase(m.group("a"), m.group("b") or m.group("c")))
             for m in (_EN_PHASE.finditer(text) if "phase" in low else ()) if not _A_DOSE.match(text, m.end())]
    for m in _ZH_PHASE.finditer(text) if "期" in text else ():
        if any(f.start <= m.start() < f.end for f in found) or _A_DOSE.match(text, m.end()):
            continue
        if m.group("c") and _RESPECTIVELY.search(text[max(0, m.start() - 12):m.start()]):  # 分别处于I期和II期: two stages
            found += [StageMention(m.start(), text.index("期", m.end("a")) + 1, _phase(m.group("a"), None)),
                      StageMention(m.start("c"), m.end(), _phase(m.group("c"), None))]
        else:
            found.append(StageMention(m.start(), m.end(), _phase(m.group("a"), m.group("b") or m.group("c"))))
    scanned, present = _scan(low)
    for pattern, stage, words in _OTHER:
        if words is not None and not (words(present) if callable(words) else not present.isdisjoint(words)):
            continue
        for m in _anchored_matches(pattern, text, low, scanned):
            if stage == "approved" and (_NOT_YET.search(text[max(0, m.start() - 40):m.start()])
                                        or _CONDITION.search(text, max(0, m.start() - _CONDITION_REACH), m.start())
                                        or cue_regex("regulatory.corporate_approver").search(text, max(0, m.start() - 24), m.start())
                                        or _BODY_APPROVES.search(text, max(0, m.start() - _CONDITION_REACH), m.start())
                                        or _PUT_OFF.search(text, max(0, m.start() - 40), m.start())):
                continue
            if not any(f.start < m.end() and m.start() < f.end for f in found):
                found.append(StageMention(m.start(), m.end(), stage))
    return _without_planned_phases(text, _outside_cautions(text, sorted(found, key=lambda s: s.start)))


_TRIAL_WORDS = r"(?:(?:global|pivotal|registrational|multinational|confirmatory|randomi[sz]ed|new|larger|U\.S\.|US)\s+)*"
_PLANNED = rx(r"(?:\b(?:to|will|would|plans? to|intends? to|expects? to|rather than|instead of)\s+(?:soon\s+|shortly\s+|then\s+|now\s+)?(?:start|begin|initiate|conduct|launch|commence|run)(?:ning)?\s+(?:an?\s+|the\s+|its\s+)?" + _TRIAL_WORDS +
              r"|\b(?:to|will|plans? to)\s+dose\s+(?:the\s+)?first\s+(?:patient|subject|participant)s?\s+in\s+(?:an?\s+|the\s+|its\s+)?"
              r"|\b(?:planned|expected|anticipated)\s+(?:initiation|start|launch)\s+of\s+(?:an?\s+|the\s+|its\s+)?" + _TRIAL_WORDS +
              r"|\b(?:support|supports|supported|justify|justifies|justified|warrant|warrants|warranted)\s+(?:advancing|moving|progressing)?\s*(?:(?:in)?to\s+)?(?:an?\s+|the\s+)?" + _TRIAL_WORDS +
              r"|\bto\s+(?:advance|move|progress)\s+(?:[\w-]+\s+){0,2}?(?:in)?to\s+(?:an?\s+|the\s+)?" + _TRIAL_WORDS +
              r"|(?:将|拟|计划|预计|准备)(?:于[^，。；,;]{0,12}?)?(?:在[^，。；,;]{0,12}?)?(?:开展|启动|进行|开始)\s*"
              r"|(?:不支持|未能|无法|难以)(?:推进|进入|开展|启动)(?:至|到)?\s*)$", re.I)  # "did not support a phase 3", 未能进入III期
_STARTED_AFTER_CLEARANCE = rx(r"(?:以)?(?:开展|启动|进行|开始)\s*$")  # after an IND clearance, the trial it allows
_PLAN_REACH = 160


_CAUTION = rx(r"^[ \t#*]*(?:Forward[- ]Looking Statements?|Cautionary (?:Note|Statement)s?\b[^\n]{0,60}|"
              r"Safe Harbou?r\b[^\n]{0,60}|前瞻性(?:陈述|声明))[ \t*:：]*$", re.I | re.M)
_SECTION_END = rx(r"^[ \t#*]*(?:About\s+[A-Z][^\n]{0,60}|(?:Media|Investor|Press)?\s*Contacts?\b[^\n]{0,40}|关于[^\n]{2,20})[ \t*:：]*$", re.M)


def _outside_cautions(text: str, found: list[StageMention]) -> list[StageMention]:
    """A press release's forward-looking statements speak of trials to come and approvals hoped for
    ("the phase 3 trial of X planned for 2027"): no stage read in that section, up to the next
    heading (About X, Contacts) or the end, is one reached."""
    if not found or ("ooking" not in text and "afe harbo" not in text and "autionary" not in text and "前瞻性" not in text):
        return found
    spans = []
    for heading in _CAUTION.finditer(text):
        end = _SECTION_END.search(text, heading.end())
        spans.append((heading.start(), end.start() if end else len(text)))
    return [s for s in found if not any(lo <= s.start < hi for lo, hi in spans)]


def _without_planned_phases(text: str, found: list[StageMention]) -> list[StageMention]:
    """A phase an IND clearance allows to start ("cleared to initiate a Phase 2 study",
    "获临床试验批准，将开展I期临床") is the trial to come: the stage is the clearance."""
    clearances = [s.end for s in found if s.stage == "ind"]
    return [s for s in found if not (s.stage.startswith("phase") and (
        _PLANNED.search(text, max(0, s.start - 60), s.start)
        or _STARTED_AFTER_CLEARANCE.search(text, max(0, s.start - 60), s.start)
        and any(0 <= s.start - end <= _PLAN_REACH for end in clearances)))]


def normalise_stage(text: str | None) -> str | None:
    if not text:
        return None
    hits = find_stages(text)
    return hits[0].stage if hits else None
