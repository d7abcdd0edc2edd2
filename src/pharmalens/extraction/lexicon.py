"""Bilingual vocabulary matched in text with Aho-Corasick automata.

English surface forms match case-insensitively at word boundaries, except a short abbreviation
written in mixed case ("PsA" is psoriatic arthritis, "PSA" a prostate blood test), which matches only
as written; Chinese forms match exactly.
Overlapping hits resolve to the longest, then the earliest."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

import ahocorasick_rs

from ..model.frozen import frozen
from ..documents.normalise import fold_forms
from ..model.vocabulary import load_user_yaml, load_yaml
from ..model.automata import overlapping_matches
from ..model.patterns import rx
from .cues import phrases

_MIXED_CASE_ABBREVIATION = rx(r"(?=[A-Za-z]*[a-z])(?=[A-Za-z]*[A-Z][A-Za-z]*[A-Z]|[a-z]+[A-Z])[A-Za-z]{2,5}")
_RECENT_TEXTS = 8
_WORD = frozenset(chr(c) for lo, hi in ((0x30, 0x39), (0x41, 0x5A), (0x61, 0x7A), (0xC0, 0xD6), (0xD8, 0xF6), (0xF8, 0x24F))
                  for c in range(lo, hi + 1))  # digits and Latin letters; not × and ÷


@frozen
class Hit:
    start: int
    end: int
    kind: str
    canonical: str
    surface: str


@dataclass
class Entry:
    kind: str
    canonical: str
    names: list[str]
    info: dict[str, Any] = field(default_factory=dict)


class Lexicon:
    def __init__(self, entries: Iterable[Entry]):
        self.entries: dict[tuple[str, str], Entry] = {}
        self._names: dict[str, list[tuple[str, str]]] = {}  # folded name: (kind, canonical) of its entries
        self._matcher: ahocorasick_rs.AhoCorasick | None = None  # made on the first search after a change
        self._words: list[tuple[str, list[tuple[str, str]]]] = []  # the matcher's names, by its index
        self._recent: dict[str, list[Hit]] = {}
        self._as_written: dict[tuple[str, str, str], set[str]] = {}
        for entry in entries:
            self.add(entry)

    def add(self, entry: Entry) -> None:
        key = (entry.kind, entry.canonical)
        existing = self.entries.get(key)
        if existing is None:
            self.entries[key] = entry
        else:
            existing.names.extend(n for n in entry.names if n not in existing.names)
        names = [*entry.names, *_short_forms(entry.names)] if entry.kind == "drug" \
            else [*entry.names, *_number_forms(entry.names)] if entry.kind == "indication" else entry.names
        for name in _with_search_forms(names):
            folded = name.casefold()
            if len(folded) < 2:
                continue
            self._recent.clear()
            self._matcher = None
            payload = self._names.setdefault(folded, [])
            if (entry.kind, entry.canonical) not in payload:
                payload.append((entry.kind, entry.canonical))
            if entry.kind != "company" and _MIXED_CASE_ABBREVIATION.fullmatch(name):
                self._as_written.setdefault((folded, entry.kind, entry.canonical), set()).add(name)

    def find(self, text: str, kinds: set[str] | None = None) -> list[Hit]:
        hits = [h for h in self._raw_hits(text) if kinds is None or h.kind in kinds]
        return _longest_first(hits)

    def _raw_hits(self, text: str) -> list[Hit]:
        """Every entry name in the text, of every kind, longest first, then in order (as _longest_first
        weighs them: a stable sort of the kinds asked for is this order filtered, so it is sorted once);
        the last few texts' are kept, as the builders of one article ask about its text several times,
        between questions about short names."""
        recent = self._recent.get(text)
        if recent is not None:
            return recent
        if not self._names:
            return []
        folded = text.casefold()
        if len(folded) != len(text):
            folded = "".join(ch.casefold() if len(ch.casefold()) == 1 else ch for ch in text)
        hits = []
        found = self._found(folded)
        as_written, words = self._as_written, self._words
        for index, start, end in found:
            word, targets = words[index]
            latin = word.isascii()
            if latin and not _at_word_boundary(text, start, end):
                continue
            surface = text[start:end]
            coded = latin and _in_code(text, start, end)
            for kind, canonical in targets:
                written = as_written.get((word, kind, canonical))
                if (written is None or surface in written) and not (coded and kind == "indication"):
                    hits.append(Hit(start, end, kind, canonical, surface))
        hits.sort(key=_longest_then_first)
        if len(self._recent) >= _RECENT_TEXTS:
            del self._recent[next(iter(self._recent))]
        self._recent[text] = hits
        return hits

    def _found(self, folded: str) -> list[tuple[int, int, int]]:
        """(name's index, start, end) of every name in the folded text, overlapping ones too."""
        if self._matcher is None:
            self._words = list(self._names.items())
            self._matcher = ahocorasick_rs.AhoCorasick([word for word, _ in self._words])
        return overlapping_matches(self._matcher, folded)

    def entry(self, kind: str, canonical: str) -> Entry | None:
        return self.entries.get((kind, canonical))

    def names(self, kind: str, canonical: str) -> list[str]:
        entry = self.entry(kind, canonical)
        return list(entry.names) if entry else [canonical]

    def canonical(self, kind: str, name: str) -> str | None:
        folded = name.casefold()
        if folded in self._names:
            for k, canonical in self._names[folded]:
                if k == kind:
                    return canonical
        return None


def _in_code(text: str, start: int, end: int) -> bool:
    """Letters that open or close a drug code ("TB-4", "AX-TB"): no disease named there."""
    return (text[end:end + 1] == "-" and text[end + 1:end + 2].isdigit()) or \
        (start >= 2 and text[start - 1] == "-" and text[start - 2].isalnum() and text[start - 2].isupper())


def _short_forms(names: list[str]) -> list[str]:
    """A Chinese antibody name as news shortens it, without its class word (依沃西单抗 → 依沃西):
    only stems of three or more characters, which are not words of their own."""
    shorts = []
    for folded in map(fold_forms, names):
        for suffix in phrases("asset.zh_antibody_suffix"):
            stem = folded[:-len(suffix)] if folded.endswith(suffix) else ""
            if len(stem) >= 3 and _CJK_ONLY.fullmatch(stem):
                shorts.append(stem)
    return shorts


def _number_forms(names: list[str]) -> list[str]:
    """An English disease name in the other number ("neuroendocrine cancer" / "... cancers"), and a
    Chinese one without its closing 症/病 as news often writes it (产后抑郁症 → 产后抑郁)."""
    heads = phrases("indication.countable_head")
    forms = [name[:-1] for name in names if name[-1:] in ("症", "病") and len(name) >= 4 and _CJK_ONLY.fullmatch(name)]
    for name in names:
        last = name.rsplit(" ", 1)[-1].casefold()
        if last in heads:
            forms.append(name + "s")
        elif last.endswith("s") and last[:-1] in heads:
            forms.append(name[:-1])
    return forms


_CJK_ONLY = rx(r"[\u4e00-\u9fff]+")


def _with_search_forms(names: list[str]) -> list[str]:
    """The names, and each as the search copy of a text writes it (one script, folded forms), so a
    traditional or full-width name in the vocabulary still matches."""
    return list(dict.fromkeys([*names, *(fold_forms(n) for n in names)]))


def _at_word_boundary(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return before not in _WORD and not (after in _WORD and text[end - 1] in _WORD)


def _longest_then_first(hit: Hit) -> tuple[int, int]:
    return -(hit.end - hit.start), hit.start


def _longest_first(hits: list[Hit]) -> list[Hit]:
    """Longest hits first (the order `hits` come in); a hit overlapping a chosen one is dropped unless it
    has the same span (one name of two kinds). Linear: chosen characters are marked, not rescanned."""
    chosen: list[Hit] = []
    taken = bytearray(max((h.end for h in hits), default=0))
    spans: set[tuple[int, int]] = set()
    for hit in hits:
        if any(taken[hit.start:hit.end]) and (hit.start, hit.end) not in spans:
            continue
        chosen.append(hit)
        taken[hit.start:hit.end] = b"\x01" * (hit.end - hit.start)
        spans.add((hit.start, hit.end))
    return sorted(chosen, key=lambda h: (h.start, h.kind))


def _company_entries(data: list[dict]) -> Iterable[Entry]:
    for item in data or []:
        names = [item["name"], *item.get("en", []), *item.get("zh", []), *item.get("zh_hant", [])]
        yield Entry("company", item["name"], _unique(names),
                    {"kind": item.get("kind", "other"), "country": item.get("country")})


def _simple_entries(data: list[dict], kind: str, key: str, alias_keys: tuple[str, ...],
                    key_is_name: bool = True) -> Iterable[Entry]:
    for item in data or []:
        names = [item[key]] if key_is_name else []
        for alias_key in alias_keys:
            names.extend(item.get(alias_key, []) or [])
        yield Entry(kind, item[key], _unique(names), dict(item))


def _unique(names: list[str]) -> list[str]:
    seen, out = set(), []
    for name in names:
        name = str(name).strip()
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            out.append(name)
    return out


def _load_entries(user_lexicon: Path | None) -> list[Entry]:
    entries: list[Entry] = []
    entries += _company_entries(load_yaml("companies.yaml"))
    entries += _simple_entries(load_yaml("targets.yaml"), "target", "symbol", ("aliases",))
    entries += _simple_entries(load_yaml("modalities.yaml"), "modality", "modality", ("aliases",), key_is_name=False)
    entries += _simple_entries(load_yaml("indications.yaml"), "indication", "name", ("aliases",))
    entries += _simple_entries(load_yaml("agencies.yaml"), "agency", "agency", ("aliases",))
    entries += _simple_entries(load_yaml("drugs.yaml"), "drug", "inn", ("zh", "brands", "codes"))
    user = load_user_yaml(user_lexicon) or {}
    entries += _company_entries(user.get("companies", []))
    return entries


@lru_cache(maxsize=4)
def default_lexicon(user_lexicon: Path | None = None) -> Lexicon:
    """The shipped vocabulary, with the companies of the user's own YAML file when one is given."""
    return Lexicon(_load_entries(user_lexicon))
