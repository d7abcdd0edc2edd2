"""Brands no code, INN or lexicon entry names, known as drugs from their context: the arm of a trial they
are given in ("median PFS was 7.1 months with Ondrexa vs 4.0 months", "patients randomized to receive
Ondrexa", and, written in capitals as labels write a brand, "ONDREXA achieved a response"), a description
as a drug ("Ondrexa is the first approved PSMA-targeted radioligand therapy", "Ondrexa, an oral KRAS
inhibitor"), a radionuclide in brackets before the name ("[177Lu]Ondrexa"), or, in Chinese, the word for
what it is before it and its approval or sales after it ("降脂药物X在内地获批")."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import lru_cache

from ..model.patterns import guarded, holds_any, holds_han, rx
from .word_frequency import holds_common_zh

_BRAND = r"(?P<brand>[A-Z][a-z]{3,}[A-Za-z]*|[A-Z]{5,})[®™]?"
_ARM_BEFORE = (r"\b(?:treated\s+with|dosed\s+with|randomi[sz]ed\s+to(?:\s+receive)?|(?:study|trial)\s+of|"
               r"receiv(?:e|ed|ing))\s+")
_COMPARED = r"(?=\s*(?:\d\s*)?(?:vs\.?|versus|compared\s+(?:with|to))\s)"
_RESULT_VERB = (r"(?=\s+(?:achieved|demonstrated|showed|met|reduced|improved|extended|prolonged|"
                r"(?:more\s+than\s+)?doubled)\b)")
_ARM = rx(rf"{_ARM_BEFORE}{_BRAND}|\bwith\s+{_BRAND.replace('brand', 'versus')}{_COMPARED}|"
          rf"\b(?P<subject>[A-Z]{{5,}})[®™]?{_RESULT_VERB}")  # a company is no subject in capitals
_TRIAL_WORDS = guarded(rx(r"\b(?:PFS|OS|ORR|DoR|DCR|response|survival|hazard\s+ratio|HR|median|endpoint|patients|arm)\b"))
# What a drug is; the words between the article and it may not say a company ("a biotech with a radioligand
# therapy", "a developer of ADCs") nor start a clause.
_DRUG_NOUN = (r"(?:therap(?:y|ies)|drug|medicine|antibody|radioligand|radiopharmaceutical|radioconjugate|conjugate|ADC|"
              r"inhibitor|agonist|antagonist|degrader|vaccine|biologic|biosimilar|small\s+molecule)")
_DRUG_NOUN_WORDS = ("therap", "drug", "medicine", "antibod", "radio", "conjugate", "ADC", "inhibitor", "agonist",
                    "antagonist", "degrader", "vaccine", "biologic", "biosimilar", "molecule")  # _DRUG_NOUN's
_NOT_A_DRUGS_WORD = (r"(?:company|compan(?:y|ies)['’]s|biotech\w*|firm|developer|maker|drugmaker|start-?up|pharma\w*|"
                     r"group|leader|pioneer|provider|partner|player|in|at|on|of|with|for|which|that|whose|who|and|"
                     r"developing|focused|based|owned|listed)")
_NOUN_ENDS = r"(?=\s*(?:[,.;:()]|$)|\s+(?:for|in|to|that|which|with|approved|developed|targeting|and|from)\b)"  # not "a radiopharmaceutical CDMO"
# The name's letters are taken whole (+): what follows them is a comma or a space, never a letter given back.
_DESCRIBED = rx(rf"\b(?P<described>[A-Z][a-z]{{3,}}+[A-Za-z]*+|[A-Z]{{5,}}+)[®™]?(?:,|\s+is|\s+was)\s+(?:a|an|the)\s+"
                rf"(?:(?!{_NOT_A_DRUGS_WORD}\b)[\w-]+\s+){{0,5}}?{_DRUG_NOUN}s?{_NOUN_ENDS}")
_LABELLED = rx(r"\[(?:\d{2,3}[A-Z][a-z]?|[A-Z][a-z]?-?\d{2,3})\]\s*(?P<labelled>[A-Z][A-Za-z]{3,})")


# A Chinese brand right after the word for what it is and before its approval, launch or sales
# ("降脂药物X在内地获批", "明星产品X销售额…"): two to four characters holding no common word.
_ZH_BRAND = rx(r"(?:药物|新药|药品|产品|疗法)(?P<zh>(?:(?![获批上市售的已在将和与及共])[\u4e00-\u9fff]){2,4}?)(?=(?:在[\u4e00-\u9fff]{1,6})?(?:已于[^，。]{0,8})?"
               r"(?:获批|上市|获得批准|销售额|销售收入|的销售))")


def _zh_brands(text: str) -> Iterator[tuple[int, int]]:
    for match in _ZH_BRAND.finditer(text):
        brand = match.group("zh")
        if not holds_common_zh(brand):
            yield match.start("zh"), match.end("zh")


def context_brands(text: str, rare: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    """Spans of names a trial gives to its patients, compares with a control or credits with a result
    (when the text speaks of a trial), that a sentence describes as a drug, or that carry a radionuclide
    in brackets; each no ordinary English word (nor one in capitals)."""
    latin, chinese = _candidates(text)
    for start, end, word in latin:
        if rare(word) and rare(word.casefold()) and rare(word.capitalize()):
            yield start, end
    yield from chinese


@lru_cache(maxsize=4)
def _candidates(text: str) -> tuple[tuple[tuple[int, int, str], ...], tuple[tuple[int, int], ...]]:
    """The Latin names context_brands weighs (span and word) and its Chinese brands, found once per text:
    the company and the asset finders both ask, each with its own test of a rare word."""
    matches = list(_DESCRIBED.finditer(text)) if holds_any(text, _DRUG_NOUN_WORDS) else []
    matches += _LABELLED.finditer(text) if "[" in text else []
    if _TRIAL_WORDS.search(text):
        matches += _ARM.finditer(text)
    latin = []
    for match in matches:
        group = next(name for name in ("brand", "versus", "subject", "described", "labelled")
                     if name in match.re.groupindex and match.group(name))
        if match.group(group)[0].isupper():
            latin.append((match.start(group), match.end(group), match.group(group)))
    return tuple(latin), tuple(_zh_brands(text)) if holds_han(text) else ()
