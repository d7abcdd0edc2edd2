"""Diseases the vocabulary does not list, read where the text says what a drug treats: the words after
"for the treatment of", "to treat", "indicated for", "patients with", 用于治疗 or 适应症为, up to the end of
the phrase, when they end with a disease's head word ("for the treatment of Marlow-Kent syndrome",
"用于治疗成人难治性X综合征"), or after "a treatment for", "drugs for" or a Taiwan filing's 用途: (up to 治疗 after
it: "用途:X癌治疗"). The phrase is reported as written.

A Chinese disease also names what a drug is for when it stands right before 新药, 候选药物 or 适应症
("产后焦虑症口服新药", "轻、中度岚川综合征适应症"): the phrase runs back from its head word to a mark, a
particle or a name the vocabulary holds."""
from __future__ import annotations

from functools import lru_cache

from ..model.patterns import guarded, holds_any, rx
from .cues import cue_alternation, phrases
from .lexicon import Hit

_EN_INTRO = (r"\b(?:for\s+the\s+treatment\s+of|to\s+treat|(?:indicated|treatments?|therap(?:y|ies)|drugs?|medicines?|"
             r"(?:being\s+)?developed)\s+for(?:\s+the\s+treatment\s+of)?|"
             r"(?:trials?|stud(?:y|ies)|therap(?:y|ies)|treatments?)\s+in|"
             r"(?:in|for)\s+(?:adult\s+)?patients\s+with)\s+(?:(?:an?|the)\s+)?")
_EN_END = r"(?=\s*(?:[,.;:()]|$)|\s+(?:who|whose|and|or|in\s+combination|following|after|that|which|as|at|from|in|under|by)\b)"
# "an oral narcolepsy drug", "the proposed Marlow-Kent syndrome study": a disease right before the drug word.
_EN_LEAD = (r"(?:\b(?:an?|its|their|the|our)|['’]s)\s+(?:(?:oral|injectable|inhaled|topical|investigational|"
            r"experimental|potential|novel|new|proposed|pivotal|once-\w+|twice-\w+|first-in-class|late-stage|"
            r"mid-stage|early-stage|lead)\s+)*")
_EN_KIND = r"\s+(?:drugs?|therap(?:y|ies)|treatments?|candidates?|medicines?|pills?|injections?|stud(?:y|ies)|trials?|programs?)\b"
_EN_SUFFIX_HEAD = r"[A-Za-z]+(?:lepsy|itis|pathy|algia)"
_ZH_INTRO = r"(?:用于治疗|用于|适应症为|适应症[:：]|拟定适应症为|用途[:：]\s*(?:治疗)?|(?:[一二三]线|后线|获批|批准|通过|拟)治疗)"
_ZH_END = r"(?=[，。；、,;（(：:]|的|患者|治疗|$)"
_CUES = ("treat", "indicated", "patients with", "用于", "适应症", "用途", "治疗", "therap", "drug", "injection", "program",
         "drugs for", "medicine", "developed for", "candidate", "stud", "trial", "pill", "al in", "ies in", "dy in", "apy in", "ment in", "ments in")
_KIND = rx(r"(?:合并)?(?:治疗)?(?:口服)?(?:新药|候选药物|适应症)")
_KIND_CUES = ("新药", "候选药物", "适应症")
_NOT_IN_NAME = frozenset("抗的其及与和或等为是将在对款个项类种、，。；：:;,.()（）“”\"'【】《》 \n\t")
_LONGEST = 12
_STARTS_AFTER = ("治疗", "用于", "注射液", "胶囊")


@lru_cache(maxsize=1)
def _zh_heads() -> tuple[str, ...]:
    return tuple(h for h in sorted(phrases("indication.disease_head"), key=len, reverse=True) if not h.isascii())


@lru_cache(maxsize=1)
def _patterns():
    head = cue_alternation("indication.disease_head")
    english = rx(rf"{_EN_INTRO}(?:(?:adults?|children|people|patients)\s+with\s+)?(?P<p>(?:[A-Za-z][\w'’-]*\s+){{0,6}}?(?:{head}|{_EN_SUFFIX_HEAD})){_EN_END}")
    chinese = rx(rf"{_ZH_INTRO}(?P<p>[\u4e00-\u9fffA-Za-z0-9-]{{1,18}}?{head}){_ZH_END}")
    before_kind = rx(rf"{_EN_LEAD}(?P<p>(?:[A-Za-z][\w'’-]*\s+){{0,3}}?(?:{head}|{_EN_SUFFIX_HEAD})){_EN_KIND}")
    return guarded(english), guarded(chinese), guarded(before_kind)


def open_indication_hits(text: str, known: list[Hit]) -> list[Hit]:
    """Hits of kind "indication" for disease phrases a drug is said to treat that no vocabulary hit
    touches (a phrase holding a listed disease keeps the listed one)."""
    taken = [(h.start, h.end) for h in known if h.kind == "indication"]
    found: list[Hit] = []
    spans = _after_intro(text) if holds_any(text, _CUES) else []
    if holds_any(text, _KIND_CUES):
        spans += _before_a_kind(text, known)
    for start, end in spans:
        if any(s < end and start < e for s, e in taken):
            continue
        taken.append((start, end))
        found.append(Hit(start, end, "indication", text[start:end], text[start:end]))
    return found


def _after_intro(text: str) -> list[tuple[int, int]]:
    return [match.span("p") for pattern in _patterns() for match in pattern.finditer(text)]


def _before_a_kind(text: str, known: list[Hit]) -> list[tuple[int, int]]:
    """Disease phrases ending right before 新药/候选药物/适应症, run back from the head word to a mark, a
    particle, a product's form (注射液) or the end of a vocabulary name (a company's, a drug's). A head word
    alone (癌新药), a run with no such start within reach, and what a drug works against (抗肿瘤新药) are no
    disease named. The kind words are found first: a scan for the head words stopped at every 病, 症 and
    English letter."""
    ends = {h.end for h in known}
    spans = []
    for kind in _KIND.finditer(text):
        end = kind.start()
        head = next((h for h in _zh_heads() if text.endswith(h, 0, end)), None)
        if head is None:
            continue
        start = head_start = end - len(head)
        while (start > 0 and end - start < _LONGEST and start not in ends
               and text[start - 1] not in _NOT_IN_NAME and not text.endswith(_STARTS_AFTER, 0, start)):
            start -= 1
        if start < head_start and end - start < _LONGEST and text[start - 1:start] != "抗":
            spans.append((start, end))
    return spans
