"""English names made company names by their legal form alone ("Shareholder Representative Services LLC",
"Isotope JSC", "Reynold Partners Group (Asia) Limited"), whatever ordinary words they are made of."""
from __future__ import annotations

from ..model.patterns import rx

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
    for match in _NAMED.finditer(text):
        start, words = match.start("n"), match.group("n").split()
        in_chinese = start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff"  # "机构The X Group Limited": The is its own
        while words and words[0] in _LEADING and not (in_chinese and words[0] == "The"):
            start = text.index(words[1], start + len(words[0])) if len(words) > 1 else match.end("n")
            words = words[1:]
        limited_only = match.group(0).rstrip().endswith(("Limited", "LIMITED"))
        if words and not (limited_only and len(words) < 2):
            found.append((start, match.end("n"), text[start:match.end("n")]))
    return found


def with_legal_form(text: str, end: int) -> int:
    """The end of the legal form written right after a name ending at `end` (end itself if none)."""
    match = _FORM_AFTER.match(text, end)
    return match.end() if match else end
