"""Sentences and clauses with their offsets, for Chinese and English text."""
from __future__ import annotations

from functools import lru_cache
from ..model.frozen import frozen
from ..model.patterns import rx

# The first group is what every break needs (a mark before it or a space at it): a position
# without either fails on that one test instead of on each alternative.
_SENTENCE_BREAK = rx(r"(?:(?<=[。！？!?；;.\]])|(?=\s))"
                     r"(?:(?<=[。！？!?；])|(?<=[\u4e00-\u9fff];)|(?<=\.)(?=\s+[A-Z\"“(\[])|(?<=\.)(?=\s*\n)|\n+|"
                     r"(?<=\])\s+-\s+|(?<=\])\s+(?=[A-Z\u4e00-\u9fff])|\s+-\s+(?=[A-Z\u4e00-\u9fff]))")
_CLAUSE_BREAK = rx(r"[，,；;：:]")


@frozen
class Sentence:
    start: int
    end: int
    text: str


_NOT_AN_END = rx(r"(?:^|\s)(?:\d{1,2}|[A-Z]|[A-Z](?:\.[A-Za-z]){1,2}|Co|Inc|Ltd|Pty|Corp|No|Nos|e\.g|i\.e|vs|approx|Mr|Mrs|Ms|Dr|St|Fig|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|n\.c\.a)\.$")  # dotted initials: U.S., N.V., S.A., S.p.A.

# "raised $38 million in a Series A. Separately, …": the letter of a round, class or cohort, or of a
# disease or vitamin ("a BLA in hemophilia B. Separately, …"), not an initial.
_LETTERED_END = rx(r"\b(?:Series|Class|Part|Cohort|Group|Type|Arm|Tranche|(?i:ha?emophilia|hepatitis|influenza|"
                   r"vitamin))\s+[A-Z]\.$")


def sentences(text: str) -> list[Sentence]:
    return list(_sentences(text))


@lru_cache(maxsize=8)
def _sentences(text: str) -> tuple[Sentence, ...]:
    """The sentences of the last texts split: the context splits the article's text, and the layout
    its reading copy, which is the same text when nothing was unwrapped."""
    result: list[Sentence] = []
    pos = 0
    for match in _SENTENCE_BREAK.finditer(text):
        cut = match.start()
        if "\n" not in match.group(0) and _NOT_AN_END.search(text[max(pos, cut - 8):cut]) \
                and not _LETTERED_END.search(text[max(pos, cut - 16):cut]):
            continue
        _add(result, text, pos, cut)
        pos = match.end()
    _add(result, text, pos, len(text))
    return tuple(result)


def _add(result: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        result.append(Sentence(start, end, text[start:end]))


def clauses(sentence: Sentence) -> list[Sentence]:
    """Clauses at commas, semicolons and colons, but not inside a number (1,200) nor inside brackets
    that close in the sentence ("(ANDA, a generic application)")."""
    result = []
    pos = 0
    for match in _CLAUSE_BREAK.finditer(sentence.text):
        if match.group(0) == "," and _inside_number(sentence.text, match.start()):
            continue
        if _inside_brackets(sentence.text, match.start()):
            continue
        _add_offset(result, sentence, pos, match.start())
        pos = match.end()
    _add_offset(result, sentence, pos, len(sentence.text))
    return result


def _inside_brackets(text: str, i: int) -> bool:
    opened = text.rfind("(", 0, i)
    return opened >= 0 and text.find(")", opened, i) < 0 and text.find(")", i) >= 0


def _inside_number(text: str, i: int) -> bool:
    return 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()


def _add_offset(result: list[Sentence], sentence: Sentence, start: int, end: int) -> None:
    piece = sentence.text[start:end]
    stripped = piece.strip()
    if stripped:
        lead = len(piece) - len(piece.lstrip())
        s = sentence.start + start + lead
        result.append(Sentence(s, s + len(stripped), stripped))
