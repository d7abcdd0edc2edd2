"""Targets the vocabulary does not list, read where the text says a drug is aimed at them: a gene-style
symbol right after "targeting", "directed against", "anti-" or 靶向, before "-targeted"/"-targeting" or 为靶点, before
the word for what a drug does to it or for what the drug is ("an antibody targeting CD46", "a B7H3-targeted
radioconjugate", "an oral APOL1 inhibitor", "a TROP2 ADC", 抗GPC3单抗), and both arms of a bispecific
("BCMA/CD3双抗"). A symbol may mix cases as gene names do (EphA2, FcRn, Nav1.6). The symbol is reported as
written."""
from __future__ import annotations

import re

from ..model.patterns import guarded, holds_any, matches_from, rx, starts_of
from .lexicon import Hit

_SYMBOL = r"(?:CD\d{1,3}[A-Za-z]?|[A-Z][a-z]{1,2}(?:[A-Z][a-z]?\d{0,2}|\d{1,2}(?:\.\d{1,2})?)|[A-Z][A-Z0-9]{1,7}(?:\.\d{1,2})?|[A-Z][A-Z0-9]{0,4}-[A-Z0-9]{1,2}[A-Za-z]?)"  # PD-L1, B7-H4
_BEFORE = guarded(rx(rf"(?:\b(?:targeting|targets|directed\s+against|anti-)\s*|靶向(?:于)?\s*)(?P<s>{_SYMBOL})(?![\w-])"))
_BEFORE_HEADS = ("target", "directed", "anti-", "靶向")  # how _BEFORE's branches open
_AFTER = guarded(rx(rf"(?<![\w-])(?P<s>{_SYMBOL})(?:-(?:targeted|targeting|directed)\b|\s*为靶(?:向|点|标))"))  # 以X为靶点
_ACTED_ON = guarded(rx(rf"(?<![\w-])(?P<s>{_SYMBOL})\s*(?:(?:inhibitor|agonist|antagonist|degrader|blocker|activator)s?\b|"
                       r"(?:受体)?(?:抑制剂|激动剂|拮抗剂|降解剂))"))
# What a drug is, right after the symbol it is aimed at ("a TROP2 ADC", "CLDN6双抗", "抗GPC3单克隆抗体"), and the
# two arms of a bispecific ("BCMA/CD3双抗", "a PSMA x CD3 bispecific").
_KIND = r"(?:ADCs?|RDCs?|CAR-?T|bispecific|antibod(?:y|ies)|radioligand|radioconjugate|双抗|双特异性抗体|单抗|单克隆抗体|抗体偶联药物|抗体)"
_KIND_AFTER = guarded(rx(rf"(?<![\w-])(?:抗)?(?P<s>{_SYMBOL})\s*{_KIND}(?![A-Za-z])"))
_PAIR = guarded(rx(rf"(?<![\w-])(?P<s>{_SYMBOL})\s*(?:/|×|\s[xX]\s)\s*(?P<t>{_SYMBOL})\s*(?:[\u4e00-\u9fff]{{1,3}}?)?(?:bispecific|双抗|双特异)"))
_CODE_DIGITS = rx(r"\d{3}")  # SKB264 ADC, HS-10535: a drug's code before its kind, no target
_CUE_WORDS = ("arget", "irected", "anti-", "inhibitor", "agonist", "antagonist", "degrader", "blocker", "activator",
              "靶向", "为靶", "剂", "抗", "ADC", "RDC", "CAR", "bispecific", "ntibod", "radio")
_MUTATION = rx(r"[A-Z]\d{1,4}[A-Z]")  # KRAS G12D: the mutation a drug is selective for, not its target
_NOT_TARGETS = frozenset({"FDA", "EMA", "NMPA", "PMDA", "US", "USA", "EU", "UK", "ADC", "RDC", "RLT", "PET", "SPECT",
                          "CAR", "DNA", "RNA", "MRNA", "SIRNA", "AI", "IND", "NDA", "BLA", "GMP", "ORR", "PFS", "OS",
                          "HIV", "HBV", "HCV", "RSV", "CMV", "EBV", "HPV", "TKI", "PPI", "COVID-19", "GMP-2"})


def open_target_hits(text: str, known: list[Hit]) -> list[Hit]:
    """Hits of kind "target" for symbols named as a drug's aim that no vocabulary hit covers."""
    found: list[Hit] = []
    if not holds_any(text, _CUE_WORDS):
        return found
    taken = [(h.start, h.end) for h in known]
    for pattern in (_BEFORE, _AFTER, _ACTED_ON, _PAIR, _KIND_AFTER):
        for match in _before_matches(text) if pattern is _BEFORE else pattern.finditer(text):
            for group in ("s", "t") if pattern is _PAIR else ("s",):
                symbol, start, end = match.group(group), match.start(group), match.end(group)
                if _no_target(symbol, pattern is _KIND_AFTER) or any(s < end and start < e for s, e in taken):
                    continue
                taken.append((start, end))
                found.append(Hit(start, end, "target", symbol, symbol))
    return sorted(found, key=lambda h: h.start)


def _before_matches(text: str):
    """What _BEFORE.finditer(text) finds, tried only where one of its opening words starts, not at
    every a, d and t of the text."""
    if not _BEFORE.may_match(text):
        return iter(())
    return matches_from(_BEFORE.compiled, text, starts_of(text, _BEFORE_HEADS))


def _no_target(symbol: str, before_kind: bool) -> bool:
    """Too short, an agency, method or virus, a mutation, or (before a drug's kind) a code with three digits."""
    return not re.search(r"\d", symbol) and len(symbol) < 3 or symbol.upper() in _NOT_TARGETS \
        or bool(_MUTATION.fullmatch(symbol)) or before_kind and bool(_CODE_DIGITS.search(symbol)) and not symbol.startswith("CD")
