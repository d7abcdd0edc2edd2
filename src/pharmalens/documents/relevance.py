"""Is an article biopharma news? A weighted keyword score over data/relevance.yaml."""
from __future__ import annotations

import re
from functools import lru_cache

from ..model.vocabulary import load_yaml
from ..model.patterns import rx


@lru_cache(maxsize=1)
def _patterns() -> tuple[list[tuple[re.Pattern[str], float, bool]], float]:
    data = load_yaml("relevance.yaml")
    compiled = []
    for entry in data["terms"]:
        word = entry["term"]
        flags = re.IGNORECASE if word.isascii() else 0
        pattern = rf"\b{re.escape(word)}\b" if word.isascii() else re.escape(word)
        compiled.append((rx(pattern, flags), float(entry["weight"]), bool(entry.get("deal", False))))
    return compiled, float(data["threshold"])


def relevance_score(text: str) -> float:
    """Weighted hits per 1,000 characters; deal words count only beside biopharma words."""
    patterns, _ = _patterns()
    domain = deal = 0.0
    for pattern, weight, is_deal in patterns:
        hits = len(pattern.findall(text))
        if hits and is_deal:
            deal += weight * min(hits, 5)
        elif hits:
            domain += weight * min(hits, 5)
    score = domain + (deal if domain >= 3 else 0.0)
    return score * 1000 / max(len(text), 400)


def is_relevant(text: str) -> bool:
    _, threshold = _patterns()
    return relevance_score(text) >= threshold
