"""English names, and the words standing before or after a company's name: the words that lead into
one ("a deal with ", "acquisition of "), a company's verbs and possessions after it ("will pay",
"'s HX-9"), and the words of a grant whose grantee it is ("the sale of X to "). The patterns ending at the name are searched for only
where the last word before it can end one of them: each search tries the pattern at every character."""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..model.patterns import rx
from .cues import cue_alternation, phrases

_EN_TOKEN_TAIL = r"[A-Za-z0-9]*(?:[-&][A-Za-z0-9]+|'(?!s\b)[A-Za-z0-9]+)*"  # X's is X
_EN_TOKEN = rf"(?:[A-Z]|[a-z][A-Z]){_EN_TOKEN_TAIL}"
_EN_NAME = rx(rf"(?:(?<=[a-z])(?<![A-Za-z0-9-][a-z])|(?<![A-Za-z0-9-]))"
              rf"(?P<name>[A-Z]{_EN_TOKEN_TAIL}(?: (?:{_EN_TOKEN}|&)){{0,2}})(?![A-Za-z0-9])")


def capitalised_runs(text: str) -> Iterator[tuple[int, str]]:
    """Where each run of one to three capitalised words starts, and its words: the places a name may
    stand. The pattern is entered at capitals only, a name opening in lower case ("iTeos") a letter
    before its match (checked by lookbehind): the engine would otherwise try it at every letter."""
    for match in _EN_NAME.finditer(text):
        start, end = match.span()
        if start and "a" <= text[start - 1] <= "z":
            start -= 1
        yield start, text[start:end]


@lru_cache(maxsize=1)
def en_context() -> tuple[re.Pattern[str], re.Pattern[str]]:
    before = rx(rf"(?:{cue_alternation('company.en_before')}\s+(?:the\s+)?|"
                r"\b(?:its|their)\s+(?:licensor|licensee|partner|collaborator)s?,\s+)$", re.I)  # "its licensor, X"
    after = rx(rf"^(?:(?:'s|’s)?\s*(?:,\s*)?(?:{cue_alternation('company.en_after')})"
               rf"|(?:'s|’s)\s+(?:{cue_alternation('company.en_possessed')})\b"
               r"|(?:'s|’s)\s+(?-i:[A-Z]{1,6}-?\d{1,6})\b)", re.I)  # "Halvex's HX-9": its drug's code
    weak = rx(rf"^\s*(?:{cue_alternation('company.en_after_weak')})\b", re.I)
    return before, after, weak


GRANTED_TO = rx(r"\b(?:licen[cs]ed|out-licen[cs]ed|sold|sell|granted|transferred|assigned|trade|traded|divest|divested|hand|handed|"
                r"(?:sale|divestiture|divestment|transfer) of)\s+(?:[\w-]+\s+){0,7}?to\s+(?:the\s+)?$", re.I)


@lru_cache(maxsize=1)
def _last_words_before() -> tuple[str, ...]:
    """What words leading into a company (the first pattern of en_context) end with: a phrase's last
    word, "the" after it, or the comma of "its licensor, " (any end at all, were a phrase a stem)."""
    before = phrases("company.en_before")
    if any(p.endswith("*") for p in before):
        return ("",)
    return tuple(sorted({p.split()[-1].lower() for p in before} | {"the", ","}))


def led_into(left: str) -> bool:
    """The words before end in ones leading into a company ("a deal with "): searched for only where
    the last word can end such a phrase (the search tries the pattern at each of the 40 characters)."""
    return left.rstrip().lower().endswith(_last_words_before()) and bool(en_context()[0].search(left))


def granted_to(left: str) -> bool:
    return left.rstrip().lower().endswith(("to", "the")) and bool(GRANTED_TO.search(left))


_PAIR_DASH_END = re.compile(r"[A-Za-z0-9&.]\s*[–—]\s*$")
_BRACKET_START = re.compile(r"^\s*\(")


def round_up_pair(left: str, right: str) -> bool:
    """"AbbVie–Gubra (March 2025, ...)": the second name of a pair in a deal round-up."""
    return bool(_PAIR_DASH_END.search(left)) and bool(_BRACKET_START.match(right))
