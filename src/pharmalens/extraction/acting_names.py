"""Chinese short names that act: announce, state or sign ("浩鼎今天宣布", "安成表示"), kept when the
article uses them again or a word for a company stands before them."""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

import ahocorasick_rs

from ..model.automata import overlapping_matches
from ..model.patterns import holds_han, matches_from, occurrences, rx
from .company_context import trim_zh_lead, zh_short_name_like
from .cues import cue_alternation, phrases


_MAX_RUN = 12  # characters of a name before the verb


@lru_cache(maxsize=1)
def _zh_acting() -> re.Pattern[str]:
    return rx(rf"(?P<run>[\u4e00-\u9fff]{{2,{_MAX_RUN}}}?)(?:{_LATIN_GLOSS.pattern})?"
              rf"(?:{cue_alternation('company.zh_time')}|{_DAY_IN_BRACKETS.pattern})*"
              rf"(?={cue_alternation('company.zh_acts')})")


_DAY_IN_BRACKETS = rx(r"[今昨明]\s*[（(]\d{1,2}[)）]\s*日")  # Taiwan papers: "今（15）日公告"
_LATIN_GLOSS = rx(r"[（(][A-Za-z][A-Za-z0-9 .,&'-]{1,40}[)）]")  # "赛伦菲（Serenfi）宣布": the firm's Latin name in brackets
_BRACKETED = rx(f"{_DAY_IN_BRACKETS.pattern}|{_LATIN_GLOSS.pattern}")  # one scan for both: a day's bracket holds digits only


def _acting_starts(text: str) -> set[int]:
    """Every position a match of _zh_acting can start at: two to twelve characters before a verb
    (宣布, 表示), or before a run of time words (今日, 近日, 今（15）日) that leads to one, where a run of
    Han characters opens (a match starting inside a run is all Han characters, its run and time words,
    so it ends before the next run starts: trying only run starts finds the same)."""
    spaced, verbs, times_by_last = _acting_words()
    if spaced:
        return set(range(len(text)))  # a phrase with a space matches any run of spaces: try everywhere
    reached = {start for _, start, _ in overlapping_matches(verbs, text)} if verbs is not None else set()
    days = {m.end(): m.start() for m in _BRACKETED.finditer(text)}  # a day's or a Latin gloss's (never overlapping)
    ends = list(reached)
    while ends:
        end = ends.pop()
        words = times_by_last.get(text[end - 1]) if end > 0 else None
        before = [end - len(word) for word in words if text.endswith(word, 0, end)] if words else []
        if end in days:
            before.append(days[end])
        for start in before:
            if start not in reached:
                reached.add(start)
                ends.append(start)
    if not reached:
        return set()
    runs = [m.start() for m in _HAN_RUN.finditer(text)]
    starts: set[int] = set()
    for end in reached:
        starts.update(runs[bisect_left(runs, end - _MAX_RUN):bisect_left(runs, end - 1)])
    return starts


_HAN_RUN = rx(r"[\u4e00-\u9fff]+")


@lru_cache(maxsize=1)
def _acting_words() -> tuple[bool, ahocorasick_rs.AhoCorasick | None, dict[str, tuple[str, ...]]]:
    """Whether a verb or time word holds a space; an automaton finding every place a verb starts
    (overlapping verbs too: a third of the time of a lookahead pattern tried at each verb's first
    character, several of which are single common characters, 与, 于, 获); the time words by their last
    character (only those can end where another word starts)."""
    verbs, times = phrases("company.zh_acts"), phrases("company.zh_time")
    spaced = any(c.isspace() for word in verbs + times for c in word)
    starts = ahocorasick_rs.AhoCorasick(list(verbs)) if verbs else None
    by_last: dict[str, list[str]] = {}
    for word in times:
        by_last.setdefault(word[-1], []).append(word)
    return spaced, starts, {last: tuple(words) for last, words in by_last.items()}


@lru_cache(maxsize=1)
def _kind_descriptors() -> frozenset[str]:
    """Words that say the name after them is a drug company's (新药股, 药企), not just a company's."""
    return frozenset(w for w in phrases("company.zh_descriptor") if w.endswith(_KIND_ENDINGS))


def _describes_a_drug_company(words: str) -> bool:
    """"新药股", "法国药企", "与美商": a word for a drug company, after the firm's country and the word
    that makes it a party at most ("使药企" is a clause about drug firms, not a description)."""
    words = words[1:] if words[:1] in _PARTY_WORDS else words
    return words in _kind_descriptors() or any(words.startswith(country) and words[len(country):] in _kind_descriptors()
                                               for country in _countries())


@lru_cache(maxsize=1)
def _countries() -> tuple[str, ...]:
    return tuple(phrases("company.zh_country"))


_KIND_ENDINGS = ("股", "药企", "厂", "商", "新创", "独角兽", "企业", "科技公司", "技术公司", "生技公司", "生医公司",
                 "药公司", "疫苗公司", "生物公司")  # a trade's plant or maker (疫苗厂, 药商), not a bare 公司


_FUNCTION_CHARS = set("并且又也亦均将已则还再而及与和同跟向从在对为把被让给于其该此即应须需得可拟")  # "并于近日收到", "并应公告": no name
_PARTY_WORDS = set("与和同跟向")  # "与X达成": the word that makes X a party, or the first character of a name (和铂)


def acting_chinese_names(text: str) -> list[tuple[int, int, str]]:
    """Short Chinese names that announce, state or sign, kept when the article uses them again or a
    word for a company stands before them."""
    if not holds_han(text):
        return []
    candidates: set[str] = set()
    described: set[str] = set()  # "新药股X今日宣布": a word for a company before it says it is one
    not_names = set(phrases("company.zh_not_name"))
    learns = tuple(phrases("company.zh_learns"))
    for match in matches_from(_zh_acting(), text, _acting_starts(text)):
        if text.startswith(learns, match.end()):
            continue  # "动脉网获悉": an outlet learning the news
        run = match.group("run")
        name = trim_zh_lead(run)
        for name in (name, name[1:]) if name[:1] in _PARTY_WORDS else (name,):
            if 2 <= len(name) <= 5 and name not in not_names and not _FUNCTION_CHARS.issuperset(name) \
                    and zh_short_name_like(name.rstrip("-BWS")):
                candidates.add(name)
                if run.endswith(name) and (_describes_a_drug_company(run[:-len(name)])
                                           or _opens_an_item(text, match.end("run") - len(name))):
                    described.add(name)
    found = []
    for name in candidates:
        uses = [start for start, _ in occurrences(text, name)]  # a name of Chinese characters: no boundaries
        if len(uses) >= 2 or name in described:
            found.extend((s, s + len(name), name) for s in uses)
    return found


def _opens_an_item(text: str, start: int) -> bool:
    """"2. 柏霁新维与X就…达成合作": a name opening a numbered or bulleted item of a round-up acts there once."""
    return bool(_ITEM_MARK.fullmatch(text, text.rfind("\n", 0, start) + 1, start))


def opens_its_line_as_item(text: str, pos: int) -> bool:
    """The line holding `pos` opens a numbered or bulleted item of a round-up."""
    return bool(_ITEM_MARK.match(text, text.rfind("\n", 0, pos) + 1))


_ITEM_MARK = rx(r"[ \t]*(?:\d{1,2}\s*[、.．)）]|[(（]\d{1,2}[)）]|[①-⑳]|[-•●▪◆■·]|[一二三四五六七八九十]{1,2}、)[ \t]*")
