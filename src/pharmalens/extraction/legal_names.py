"""English names made company names by their legal form alone ("Shareholder Representative Services LLC",
"Isotope JSC", "Reynold Partners Group (Asia) Limited"), whatever ordinary words they are made of."""
from __future__ import annotations

from functools import lru_cache

import ahocorasick_rs

from ..model.automata import overlapping_matches
from ..model.patterns import matches_from, rx

_FORMS = (r"(?:LLC|L\.L\.C\.|Inc\.|GmbH|JSC|PJSC|plc|PLC|S\.A\.|S\.p\.A\.|N\.V\.|B\.V\.|Pty\.? Ltd\.?|Co\.,? Ltd\.?|Ltd\.|Limited|K\.K\.|"
          r"Corp\.|Corporation|(?:and|&) Co\.|AG|SE|KGaA|A/S|AB|ASA|Oyj|LIMITED|INC\.|LTD\.|CO\.,? LTD\.?|CORPORATION|CORP\.)")
_TAIL = rf"(?:,?[ \t]+{_FORMS}|[ \t]+(?:SA|Oy|BV))"  # "Vireaux SA", never a byline's ", SA"
_NAMED = rx(rf"(?<![\w.&-])(?P<n>(?:[A-Z][\w'&-]*[ \t]+){{0,4}}[A-Z][\w'&-]*(?:[ \t]+\([A-Z][a-z]+\))?){_TAIL}(?![\w])")
_FORM_AFTER = rx(rf"{_TAIL}(?![\w])")
_LEADING = {"The", "A", "An", "And", "With", "By", "From", "To", "For", "Of", "In", "On", "At", "Its", "Their", "Our",
            "This", "That", "These", "Such", "Both", "Each"}


def legal_form_names(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each name written with a legal form, the form left out of the name and the
    article or preposition that leads into it dropped ("with Bluewater Partners LLC": Bluewater Partners)."""
    found = []
    for match in matches_from(_NAMED, text, _name_starts(text)):
        start, words = match.start("n"), match.group("n").split()
        in_chinese = start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff"  # "机构The X Group Limited": The is its own
        while words and words[0] in _LEADING and not (in_chinese and words[0] == "The"):
            start = text.index(words[1], start + len(words[0])) if len(words) > 1 else match.end("n")
            words = words[1:]
        limited_only = match.group(0).rstrip().endswith(("Limited", "LIMITED"))
        if words and not (limited_only and len(words) < 2):
            found.append((start, match.end("n"), text[start:match.end("n")]))
    return found


# What each legal form of _TAIL starts with, written after a space or tab
_FORM_OPENINGS = ("LLC", "L.L.C.", "Inc.", "GmbH", "JSC", "PJSC", "plc", "PLC", "S.A.", "S.p.A.", "N.V.", "B.V.", "Pty", "Co.",
                  "Ltd.", "Limited", "K.K.", "Corp", "and Co.", "& Co.", "AG", "SE", "KGaA", "A/S", "AB", "ASA", "Oy",
                  "LIMITED", "INC.", "LTD.", "CO.", "CORP", "SA", "BV")


@lru_cache(maxsize=1)
def _form_openings() -> ahocorasick_rs.AhoCorasick:
    """The openings with the space or tab before them, for one automaton pass: a pattern of them was entered
    at each capital of the text (where most of them start)."""
    return ahocorasick_rs.AhoCorasick([gap + form for gap in " \t" for form in _FORM_OPENINGS])


_NAME_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_'&-()")
_MOST_GAPS = 6  # spaces between a name's five words, before its "(Asia)", and before its form


def _name_starts(text: str) -> list[int]:
    """Every place a match of _NAMED can start: a capital among the words (and the one comma a form may
    follow) right before a legal form. Only there is the pattern tried, not at every capital of the text."""
    starts: list[int] = []
    for _, gap, _ in overlapping_matches(_form_openings(), text):
        starts.extend(_capitals_before(text, gap + 1))
    return starts


def _capitals_before(text: str, end: int) -> list[int]:
    start, gaps, comma = end, 0, False
    while start > 0:
        ch = text[start - 1]
        if ch == " " or ch == "\t":
            gaps += text[start] not in " \t"
            if gaps > _MOST_GAPS:
                break
        elif ch == ",":
            if comma:
                break
            comma = True
        elif ch not in _NAME_CHARS:
            break
        start -= 1
    return [i for i in range(start, end) if "A" <= text[i] <= "Z"]


def with_legal_form(text: str, end: int) -> int:
    """The end of the legal form written right after a name ending at `end` (end itself if none)."""
    match = _FORM_AFTER.match(text, end)
    return match.end() if match else end
