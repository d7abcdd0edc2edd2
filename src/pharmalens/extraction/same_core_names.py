"""English names of one company written two ways in one article: a headline's short form before the
body's full name ("Hexin" and "Shanghai Hexin Isotope Technology"), a trade word shortened ("Kangxin
Bio" and "Kangxin Biologics"). Once places, trade words and legal forms are gone, both leave the same
rare word or words (the core); the fullest name is the company's, and the other a way of writing it."""
from __future__ import annotations

from functools import lru_cache

from ..model.patterns import rx
from .cues import phrases
from .company_context import without_generic_tail
from .word_frequency import rare_word
from .company_mentions import CompanyMention
from .english_company_names import EN_FORMS, EN_SUFFIX
from .places import chinese_place_names

_LEGAL = rx(rf"[\s,]+(?:{EN_FORMS})$")
_TRADE_WORD = rx(rf"(?:{EN_SUFFIX})")


@lru_cache(maxsize=4096)
def core_of(name: str) -> str:
    """"Shanghai Hexin Isotope Technology Co., Ltd." -> "Hexin"; "" when what is left is not a rare word.
    Kept by name: an article asks about each of its names several times, and the next articles about the same."""
    words = without_generic_tail(_LEGAL.sub("", name).strip(" ,")).split()
    while len(words) > 1 and words[0] in chinese_place_names():
        words = words[1:]
    tags = frozenset(phrases("company.en_region_tag"))
    while len(words) > 1 and (_TRADE_WORD.fullmatch(words[-1]) or words[-1] in tags):
        words = words[:-1]
    if not words or len(words[0]) < 4 or not words[0][:1].isupper() or not rare_word(words[0]):
        return ""
    return " ".join(words)


def same_core_names(mentions: list[CompanyMention]) -> list[CompanyMention]:
    """Provisional English names sharing a core become the company of the fullest of them."""
    by_core: dict[str, str] = {}
    for m in mentions:
        if m.provisional and m.name.isascii():
            core = core_of(m.name)
            if core and len(m.name) > len(by_core.get(core, "")):
                by_core[core] = m.name
    if not by_core:
        return mentions
    out = []
    for m in mentions:
        full = by_core.get(core_of(m.name)) if m.provisional and m.name.isascii() else None
        if full and other_field(_tail(m.name), _tail(full)):
            full = None
        out.append(CompanyMention(m.start, m.end, full, m.surface, True, m.kind) if full and full != m.name else m)
    return out


@lru_cache(maxsize=4096)
def _tail(name: str) -> tuple[str, ...]:
    words = _LEGAL.sub("", name).strip(" ,").split()
    core = core_of(name).split()
    at = next((i for i in range(len(words)) if words[i:i + len(core)] == core), None) if core else None
    return tuple(w.casefold() for w in words[at + len(core):]) if at is not None else ()


def other_field(tail: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Trade words after one core that make two companies: both names have some, and they name different
    fields ("Arcturus Oncology" beside "Arcturus Therapeutics", "Summit Nuclear Therapeutics" beside "Summit
    Therapeutics"); a plural or longer form is the same field."""
    fields = _fields()
    ours, theirs = ({w[:7] for w in words if w.startswith(fields)} for words in (tail, other))
    return bool(tail and other and ours != theirs)


@lru_cache(maxsize=1)
def _fields() -> tuple[str, ...]:
    return tuple(f.casefold() for f in phrases("company.en_field_trade"))
