"""Indications the article states about an asset without naming it: a described drug before its name
("licensing an oral obesity drug from X ... a licence to HS-1234") and a drug referred back to after it
("The firms develop the alpha therapy in thyroid cancer"), the targets a code spells (QX-HER3V), and a
drug set between the words of a Chinese comparison (与多西他赛相比)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..model.patterns import rx
from .context import Context
from .cues import cue_alternation
from .lexicon import Lexicon
from .sentences import Sentence

_AFTER_NOUN = 45  # an indication this close after a described drug, led into by "for"/"治疗", is what it treats


@lru_cache(maxsize=1)
def _indefinite() -> re.Pattern[str]:
    """A drug described, not named: "a potential oral obesity drug", "the first treatment", "一款治疗痛风的新药"."""
    nouns = cue_alternation("asset.drug_noun")
    return rx(rf"\b(?:a|an|first)\s+(?:[\w-]+\s+){{0,4}}?{nouns}"
              rf"|(?:一款|一种|一个|首个|首款)[^，,。；;]{{0,16}}?{nouns}", re.I)


@lru_cache(maxsize=1)
def _definite() -> re.Pattern[str]:
    """A drug named by a definite description: the article has named it before."""
    return rx(rf"\b(?:the|this)\s+(?:[\w-]+\s+){{0,4}}?{cue_alternation('asset.drug_noun')}"
              rf"|(?:该|此|这款|这一|这种)[\w\u4e00-\u9fff-]{{0,12}}?{cue_alternation('asset.drug_noun')}", re.I)


_LEADS_INTO = rx(r"\b(?:for|against|to treat|treating)\b|用于|治疗|针对", re.I)
_CLAUSE_END = rx(r"[.;。；!?！？]")


def described_indications(ctx: Context, sentence: Sentence) -> list[str]:
    """Indications a sentence ties to a drug word ("an obesity drug", "a treatment for gout",
    "一款治疗痛风的新药")."""
    found: list[str] = []
    if not ctx.hits("indication", sentence.start, sentence.end):
        return found  # every indication read below lies in the sentence
    for noun in _indefinite().finditer(sentence.text):
        start, end = sentence.start + noun.start(), sentence.start + noun.end()
        found.extend(ctx.quote(h.start, h.end) for h in ctx.hits("indication", start, end))
        after = ctx.hits("indication", end, min(sentence.end, end + _AFTER_NOUN))
        between = ctx.text[end:after[0].start] if after else ""
        if after and not _CLAUSE_END.search(between) and _LEADS_INTO.search(between):
            found.append(ctx.quote(after[0].start, after[0].end))
    return list(dict.fromkeys(found))


def code_targets(lexicon: Lexicon, code: str) -> list[str]:
    """A target spelled inside a company's code after its prefix (QX-HER3V, QX-B7H4A: HER3, B7-H4)."""
    found = []
    targets = _dashless_targets(lexicon)
    for part in code.upper().split("-")[1:]:
        for length in range(len(part), 2, -1):
            target = targets.get(part[:length])
            if target and len(part) - length <= 2 and part[length:].isalpha():
                found.append(target)
                break
    return found


@lru_cache(maxsize=4)
def _dashless_targets(lexicon: Lexicon) -> dict[str, str]:
    """Target names with a digit, as a code writes them: upper case, without dashes or spaces."""
    table: dict[str, str] = {}
    for (kind, canonical), entry in lexicon.entries.items():
        for name in entry.names if kind == "target" else ():
            key = re.sub(r"[-\s]", "", name).upper()
            if len(key) >= 3 and any(c.isdigit() for c in key) and key.isalnum() and key.isascii():
                table.setdefault(key, canonical)
    return table


def refers_back(sentence: Sentence) -> bool:
    """The sentence speaks of a drug named before ("the lead-212 therapy", "该药物")."""
    return _definite().search(sentence.text) is not None


def compared_with(ctx: Context, start: int, end: int) -> bool:
    """The drug at start..end is what another is compared with in Chinese: 与X相比, 和X对比, 较X而言."""
    if not _COMPARED_OPEN.search(ctx.text, max(0, start - 2), start):
        return False
    return ctx.cues.first_after("asset.compared_close", end, 3) is not None


_LONGEST_CUE = 24


def after_comparison_word(ctx: Context, cue_set: str, pos: int, window: int) -> bool:
    """A word of comparison (versus, 对比, 相比) stands just before pos, and it does not close a
    comparison with a drug before it (与X相比，Y…: Y is the drug tested, not a comparator), nor one a
    clause break parts from pos (与对照组相比，Y…, compared with placebo, Y…: Y is the clause's subject)."""
    cue = ctx.cues.last_before(cue_set, pos, window + _LONGEST_CUE)
    if cue is None or pos - cue.end > window:  # the gap after the word, whatever its length ("compared with")
        return False
    if clause_break_between(ctx, cue.end, pos):
        return False
    return not any(compared_with(ctx, a.start, a.end) for a in ctx.in_range(ctx.assets, max(0, cue.start - 8), cue.start))


_COMPARED_OPEN = rx(r"(?:与|和|同|跟|较)\s*$")
_CLAUSE_BREAK = rx(r"[,，;；]")


def clause_break_between(ctx: Context, start: int, end: int) -> bool:
    return _CLAUSE_BREAK.search(ctx.text, start, end) is not None
