"""Targets the vocabulary does not list, read where the text says a drug is aimed at them: a gene-style
symbol right after "targeting", "directed against" or "anti-", before "-targeted"/"-targeting", or before
the word for what a drug does to it ("an antibody targeting CD46", "a B7H3-targeted radioconjugate", "an oral
APOL1 inhibitor"). The symbol is reported as written."""
from __future__ import annotations

import re

from ..model.patterns import holds_any, rx
from .lexicon import Hit

_SYMBOL = r"(?:CD\d{1,3}[A-Za-z]?|[A-Z][A-Z0-9]{1,7}(?:\.\d{1,2})?)"
_BEFORE = rx(rf"\b(?:targeting|targets|directed\s+against|anti-)\s*(?P<s>{_SYMBOL})(?![\w-])")
_AFTER = rx(rf"(?<![\w-])(?P<s>{_SYMBOL})-(?:targeted|targeting|directed)\b")
_ACTED_ON = rx(rf"(?<![\w-])(?P<s>{_SYMBOL})\s+(?:inhibitor|agonist|antagonist|degrader|blocker|activator)s?\b")
_CUE_WORDS = ("arget", "irected", "anti-", "inhibitor", "agonist", "antagonist", "degrader", "blocker", "activator")
_MUTATION = rx(r"[A-Z]\d{1,4}[A-Z]")  # KRAS G12D: the mutation a drug is selective for, not its target
_NOT_TARGETS = frozenset({"FDA", "EMA", "NMPA", "PMDA", "US", "USA", "EU", "UK", "ADC", "RDC", "RLT", "PET", "SPECT",
                          "CAR", "DNA", "RNA", "MRNA", "SIRNA", "AI", "IND", "NDA", "BLA", "GMP", "ORR", "PFS", "OS",
                          "HIV", "HBV", "HCV", "RSV", "CMV", "EBV", "HPV", "TKI", "PPI"})


def open_target_hits(text: str, known: list[Hit]) -> list[Hit]:
    """Hits of kind "target" for symbols named as a drug's aim that no vocabulary hit covers."""
    found: list[Hit] = []
    if not holds_any(text, _CUE_WORDS):
        return found
    taken = [(h.start, h.end) for h in known]
    for pattern in (_BEFORE, _AFTER, _ACTED_ON):
        for match in pattern.finditer(text):
            symbol, start, end = match.group("s"), match.start("s"), match.end("s")
            if not re.search(r"\d", symbol) and len(symbol) < 3 or symbol.upper() in _NOT_TARGETS or _MUTATION.fullmatch(symbol):
                continue
            if any(s < end and start < e for s, e in taken):
                continue
            taken.append((start, end))
            found.append(Hit(start, end, "target", symbol, symbol))
    return sorted(found, key=lambda h: h.start)
