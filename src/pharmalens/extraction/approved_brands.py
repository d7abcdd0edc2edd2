"""A brand known only as the object of an approval ("the FDA approved Corvell's Ondrexa for ...",
"approved Ondrexa for a second indication", 批准甲生物的Ondrexa用于…): no code, INN or lexicon entry names the drug."""
from __future__ import annotations

from collections.abc import Iterator

from ..model.patterns import guarded, matches_from, rx, starts_of

_APPROVAL_VERB = (r"\b(?:approv(?:ed|es|ing|als?\s+(?:of|for))|authori[sz](?:ed|es|ations?\s+(?:of|for|to))|clear(?:ed|s)|"
                  r"marketing\s+authori[sz]ation\s+(?:to|for))")
_OWNER = r"(?P<owner>(?:[A-Z][\w&.-]*\s+){0,4}[A-Z][\w&.-]*)['’]s?\s+"
_BRAND = r"(?P<brand>[A-Z][a-z]{3,}[A-Za-z]*)[®™]?"
_USE_AFTER = r"(?=\s*(?:\(|,\s+an?\b|\s+(?:for|to\s+treat|as\s+(?:a|an|the)|in\s+(?:adults?|patients|children))\b))"
_WITH_OWNER = rx(rf"{_APPROVAL_VERB}\s+(?:the\s+)?{_OWNER}{_BRAND}{_USE_AFTER}")
_INN_AFTER = r"\s*\((?:[a-z][a-z-]{4,}\s*){1,2}\)"  # "Ondrexa (velorexant)": the brand's INN in brackets
_ALONE = rx(rf"{_APPROVAL_VERB}\s+{_BRAND}(?=\s+(?:for|in|to\s+treat)\b|{_INN_AFTER}|,\s+an?\b)")
_VERB_HEADS = ("approv", "authori", "clear", "marketing")  # how each branch of _APPROVAL_VERB opens
_ZH_ALONE = guarded(rx(r"(?:批准|核准)\s*(?P<brand>[A-Z][a-z]{3,}[A-Za-z]*)[®™]?(?=\s*(?:[(（][a-z][a-z-]{4,}[)）]|用于))"))
_ZH_OWNED = guarded(rx(r"(?:批准|核准)[\u4e00-\u9fff]{2,12}?的\s*(?P<brand>[A-Z][a-z]{3,}[A-Za-z]*)[®™]?(?=\s*(?:[(（]|用于|上市|治疗))"))


def approved_brands(text: str, rare) -> Iterator[tuple[int, int]]:
    """Spans of brands an approval verb takes as its object: after an owner's possessive, or alone
    before 'for' when the word is no ordinary English word."""
    for match in _ZH_OWNED.finditer(text):
        yield match.start("brand"), match.end("brand")
    for match in _ZH_ALONE.finditer(text):
        if rare(match.group("brand")):
            yield match.start("brand"), match.end("brand")
    if "pprov" not in text and "uthori" not in text and "lear" not in text:
        return
    starts = verb_starts(text)
    for match in matches_from(_WITH_OWNER, text, starts):
        yield match.start("brand"), match.end("brand")
    for match in matches_from(_ALONE, text, starts):
        if rare(match.group("brand")):
            yield match.start("brand"), match.end("brand")


def verb_starts(text: str) -> list[int]:
    """Where an approval verb can start: the English patterns are tried only there, not at every a, c
    and m of the text."""
    return starts_of(text, _VERB_HEADS)
