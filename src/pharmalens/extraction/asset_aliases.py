"""Two names of one asset written together: "A (B)", "A (B; C)", "A（B）", "X片（通用名：Y片）", "Brand
(lutetium Lu 177 INN)", or "A、B" inside one table cell."""
from __future__ import annotations

import re
from functools import lru_cache

from ..model.patterns import rx
from .assets import AssetMention
from .cues import cue_alternation
from .nuclides import past_radiolabel


@lru_cache(maxsize=1)
def _alias_gap_pattern() -> re.Pattern[str]:
    """What stands between two names of one asset: its dosage form ("X片（通用名：Y）"), a word for the
    project or product, and an opening bracket with a label."""
    return rx(rf"\s*[®™]?\s*(?:{cue_alternation('asset.dosage_form')})?"
              r"(?:(?:及|和)?(?:其)?(?:原料药|制剂)?(?:的)?(?:研发|开发|临床)?(?:项目|专案|产品))?\s*[(（]\s*"
              rf"(?:(?:{cue_alternation('asset.alias_label')})\s*(?:[:：]|为)?\s*)?", re.I)


@lru_cache(maxsize=1)
def _alias_close_pattern() -> re.Pattern[str]:
    """What ends the bracket of a second name: the bracket itself or a third name, after the name's
    dosage form where it has one ("Brand (copper Cu 64 INN injection)", "A（B注射液）")."""
    return rx(r"\s*[®™]?\s*(?:(?:for\s+)?(?:injection|infusion|tablets?|capsules?|oral\s+solution|kit)\b\s*|"
              rf"(?:{cue_alternation('asset.dosage_form')})\s*)?(?:[)）]|[;；]\s*[A-Za-z0-9])", re.I)


_BRAND_FIRST = re.compile(r"[A-Z][A-Za-z0-9]{2,}\s*[®™]\s*[,，]\s*")


def _alias_gap(text: str, start: int, end: int) -> bool:
    """"A (B)", also with B's radiolabel opening the bracket ("Brand (lutetium Lu 177 INN)") or a marked
    brand before B ("CODE (Brand®, B)")."""
    gap = _alias_gap_pattern().match(text, start, end)
    if gap is None:
        return False
    brand = _BRAND_FIRST.match(text, gap.end(), end)
    at = brand.end() if brand else gap.end()
    return at == end or past_radiolabel(text, at) == end


_SEMICOLON = re.compile(r"\s*[;；]\s*")
_CLOSING = re.compile(r"\s*[)）]")
_OPEN_BRACKET_BEFORE = re.compile(r"[(（][^()（）]*$")


def parenthetical_aliases(text: str, mentions: list[AssetMention]) -> list[tuple[AssetMention, AssetMention]]:
    """Pairs written as "A (B)", "A (B; C)", "A（B）" or "A, B" inside one cell: two names of one asset."""
    pairs = []
    for a, b in zip(mentions, mentions[1:]):
        between = text[a.end:b.start]
        if _alias_gap(text, a.end, b.start) and _alias_close_pattern().match(text, b.end, b.end + 40):
            pairs.append((a, b))
        elif _SEMICOLON.fullmatch(between) and _CLOSING.match(text[b.end:b.end + 3]) \
                and _OPEN_BRACKET_BEFORE.search(text[max(0, a.start - 40):a.start]):
            pairs.append((a, b))
        elif re.fullmatch(r"\s*[、/]\s*", between) and not a.from_lexicon and not b.from_lexicon and _in_table_cell(text, a.start):
            pairs.append((a, b))
    return pairs


def _in_table_cell(text: str, pos: int) -> bool:
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    return text[line_start:line_end if line_end >= 0 else len(text)].count("|") >= 3
