"""Finding a company or asset from what a person types: exact names and aliases first, then a
prefix or part of a name, then fuzzy matching (rapidfuzz) over every name and alias, with forms
folded so that 藥明生物 finds 药明生物 and ＴａｉＭｅｄ finds TaiMed.

The answer says how it matched and, when several names are about as close, lists them instead of
picking one, so the caller can say which company was chosen or ask the user to choose.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from rapidfuzz import fuzz, process, utils

from ..documents.normalise import fold_forms

How = Literal["exact", "partial", "fuzzy", "ambiguous", "none"]
FUZZY_CUTOFF = 85.0  # normalised Levenshtein similarity out of 100
CLOSE = 5.0  # candidates this close to the best are listed instead of picking one
MAX_CANDIDATES = 8


@dataclass(frozen=True)
class Lookup:
    query: str
    how: How
    chosen: str | None  # the canonical name picked, or None (ambiguous or nothing)
    matched: str | None = None  # the name or alias that matched
    candidates: tuple[str, ...] = field(default_factory=tuple)  # canonical names, best first

    def message(self, lang: str = "en") -> str:
        """One line for the user: which company was chosen, or which ones might be meant."""
        if lang == "zh":
            if self.how == "none":
                return f"未找到与“{self.query}”相符的名称"
            if self.chosen is None:
                return f"“{self.query}”可能是：" + "、".join(self.candidates)
            return f"“{self.query}”匹配到 {self.chosen}" + (f"（{self.matched}）" if self.matched != self.chosen else "")
        if self.how == "none":
            return f"no name matches {self.query!r}"
        if self.chosen is None:
            return f"{self.query!r} may be: " + "; ".join(self.candidates)
        via = f" (as {self.matched!r})" if self.matched and self.matched != self.chosen else ""
        return f"{self.query!r} matched {self.chosen}{via} [{self.how}]"


def key(text: str) -> str:
    """A name folded for comparing: one script, ASCII forms, lower case, punctuation as spaces."""
    return utils.default_process(fold_forms(str(text)))


def lookup(query: str, entries: list[dict[str, Any]], name_key: str = "name") -> Lookup:
    """The entry (a company {"name", "aliases"} or an asset {"asset", "aliases"}) that `query` names."""
    wanted = key(query)
    if not wanted:
        return Lookup(query, "none", None)
    names: list[tuple[str, str]] = []  # (canonical, name or alias)
    for entry in entries:
        canonical = str(entry.get(name_key) or "")
        if canonical:
            names += [(canonical, str(n)) for n in (canonical, *(entry.get("aliases") or [])) if n]
    keys = [key(n) for _, n in names]
    exact = [names[i] for i, k in enumerate(keys) if k == wanted]
    if exact:
        return _decide(query, "exact", exact)
    partial = [names[i] for i, k in enumerate(keys) if k and (k.startswith(wanted) or _word_in(wanted, k))]
    if partial:
        return _decide(query, "partial", partial)
    scored = process.extract(wanted, keys, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=50)
    if not scored:
        return Lookup(query, "none", None)
    best = scored[0][1]
    close = [names[i] for _, score, i in scored if score >= best - CLOSE]
    return _decide(query, "fuzzy", close)


def _word_in(wanted: str, name: str) -> bool:
    """`wanted` inside `name` at word starts (Latin), or anywhere in a Chinese name of 2+ characters."""
    if not wanted.isascii():
        return len(wanted) >= 2 and wanted in name
    return f" {wanted}" in f" {name}" and len(wanted) >= 3


def _decide(query: str, how: How, found: list[tuple[str, str]]) -> Lookup:
    canonicals = list(dict.fromkeys(c for c, _ in found))
    if len(canonicals) == 1:
        return Lookup(query, how, canonicals[0], found[0][1], tuple(canonicals))
    return Lookup(query, "ambiguous", None, None, tuple(canonicals[:MAX_CANDIDATES]))
