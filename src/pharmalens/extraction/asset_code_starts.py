"""Where the asset finder's code patterns can start (assets.py tries each only there): places found from
anchors the engine finds fast, a hyphen or a capital opening a run, instead of the patterns' own first
characters, which are every capital, digit or small letter of the text.

A code (_CODE) is a whole run of letters, digits and hyphens with a digit after its opening capitals:
its optional label ends in a hyphen, which the body's lookbehind refuses, so no match holds one. A
labelled word opens at a bracket or at the two or three digits before the one to three letters ahead
of a hyphen ("177Lu-", "99mTc-"); a small-letter code at the run of letters (a small one first)
before the hyphen ahead of its digits; an abbreviated INN at the three to five small letters before
the hyphen between its parts. Each finder may give more places than matches start at, never fewer."""
from __future__ import annotations

from ..model.patterns import rx

_CODE_RUN = rx(r"(?<![A-Za-z0-9-])[A-Z][A-Za-z-]*+\d")
_LABEL_ANCHOR = rx(r"\[|(?<=[A-Za-z])-(?=[A-Z])")
_SMALL_CODE_ANCHOR = rx(r"(?<=[A-Za-z])-(?=\d{3})")
_ABBREVIATION_ANCHOR = rx(r"(?<=[a-z])-(?=[A-Za-z])")
_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_SMALL_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
_DIGITS = frozenset("0123456789")
_ABBREVIATION_PREFIX = 5  # [a-z]{3,5}
_SMALL_CODE_PREFIX = 7  # [a-z]{1,2}[A-Z]{2,5} or [a-z]{2,4}
_LABEL_LETTERS, _LABEL_DIGITS = 3, 3  # m?[A-Z][a-z]? after \d{2,3}


def code_starts(text: str) -> list[int]:
    return [m.start() for m in _CODE_RUN.finditer(text)]


def labelled_starts(text: str) -> list[int]:
    starts = []
    for anchor in _LABEL_ANCHOR.finditer(text):
        at = anchor.start()
        if text[at] == "[":
            starts.append(at)
            continue
        letters = _back(text, at, _LETTERS, _LABEL_LETTERS)
        digits = _back(text, letters, _DIGITS, _LABEL_DIGITS)
        if letters - digits >= 2:
            starts.append(digits)
    return starts


def small_code_starts(text: str) -> list[int]:
    starts = []
    for anchor in _SMALL_CODE_ANCHOR.finditer(text):
        start = _back(text, anchor.start(), _LETTERS, _SMALL_CODE_PREFIX)
        if text[start].islower():
            starts.append(start)
    return starts


def abbreviation_starts(text: str) -> list[int]:
    starts = []
    for anchor in _ABBREVIATION_ANCHOR.finditer(text):
        start = _back(text, anchor.start(), _SMALL_LETTERS, _ABBREVIATION_PREFIX)
        if anchor.start() - start >= 3:
            starts.append(start)
    return starts


def _back(text: str, pos: int, chars: frozenset[str], most: int) -> int:
    """How far before pos a run of the characters reaches, taking at most `most` of them."""
    start = pos
    while start > 0 and pos - start < most and text[start - 1] in chars:
        start -= 1
    return start
