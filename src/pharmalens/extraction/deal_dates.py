"""When a deal was made: a date written with a verb of signing, else the nearest date of its
paragraph (not a year it is compared with), of the heading it sits under, of a sentence citing the
same source, else the publication date for a deal told near the top."""
from __future__ import annotations

import re

from ..model.patterns import rx
from .context import Context
from .cues import holds_cue
from .dates import DateMention, nearest_date
from .events import not_when_it_happened, told_as_background
from .sentences import Sentence

_CITATION = rx(r"\[(\d{1,2})\]")
_ANNOUNCING = rx(r"announc|宣布|公告|signed|签署|entered|订立", re.I)


def signed_date(ctx: Context, sentences: list[Sentence]) -> str | None:
    """A month or day written with a verb of signing in the same clause ("于2023年12月与X订立")."""
    for sentence in sentences:
        for date in ctx.in_range(ctx.dates, sentence.start, sentence.end):
            if len(date.value) < 7 or date.relative:
                continue
            after = ctx.text[date.end:min(sentence.end, date.end + 40)].lstrip(" ,，")  # "In May 2024, X signed"
            before = ctx.text[max(sentence.start, date.start - 25):date.start]
            after = after[:m.start()] if (m := _CLAUSE_BREAK.search(after)) else after
            before = before[m.end():] if (m := _LAST_BREAK.search(before)) else before
            if holds_cue("deal.signed", after) or holds_cue("deal.signed", before):
                return date.value
    return None


_CLAUSE_BREAK = rx(r"[,，;；。]")
_LAST_BREAK = rx(r"[,，;；。](?!.*[,，;；。])")


def announcing_date(ctx: Context, sentences: list[Sentence]) -> str | None:
    """A month or day written right before the deal's announcing verb ("X 3月5日宣布", "于3月5日晚间公告")
    or right after an English one ("first announced on May 20", "The deal, announced in May 2026"): the
    day the deal was told, even when a dateless headline opens the deal or the article reports its
    completion."""
    for sentence in sentences:
        for date in ctx.in_range(ctx.dates, sentence.start, sentence.end):
            if len(date.value) >= 7 and not date.relative and (
                    _ANNOUNCED_AFTER.match(ctx.text, date.end)
                    or _ANNOUNCED_BEFORE.search(ctx.text, max(sentence.start, date.start - 30), date.start)):
                return date.value
    return None


_ANNOUNCED_AFTER = rx(r"\s*(?:晚间|晚|早间|上午|下午|盘后)?\s*[,，]?\s*(?:正式)?(?:宣布|公告|发布公告)")
_ANNOUNCED_BEFORE = rx(r"\b(?:was\s+|were\s+|been\s+)?(?:first\s+|originally\s+|initially\s+|previously\s+)?announced\s+(?:on\s+|in\s+)?$", re.I)


def announced_date(ctx: Context, sentence: Sentence) -> str | None:
    para_start, para_end = ctx.paragraph_of(sentence.start)
    cited = set(_CITATION.findall(sentence.text))
    in_paragraph = [d for d in ctx.in_range(ctx.dates, para_start, para_end)
                    if not _COMPARED.search(ctx.text[max(0, d.start - 14):d.start]) and not not_when_it_happened(ctx, d.start)
                    and (sentence.start <= d.start < sentence.end or not told_as_background(ctx, d.start)
                         and not _other_source(ctx, d.start, cited))]  # 早在2023年…: another deal's
    found = nearest_date(in_paragraph, sentence.start, sentence.end, window=max(60, sentence.start - para_start)) \
        or _heading_date(ctx, para_start)
    if found:
        return found.value
    for other in ctx.sentences:
        same_source = cited and cited & set(_CITATION.findall(other.text))
        same_paragraph = para_start <= other.start < para_end and _ANNOUNCING.search(other.text)
        if other is not sentence and (same_source or same_paragraph):
            dates = [d for d in ctx.in_range(ctx.dates, other.start, other.end) if len(d.value) >= 7 and not d.relative]
            if dates:
                return dates[0].value
    if sentence.start < 1500:
        return ctx.published
    return None


def _other_source(ctx: Context, pos: int, cited: set[str]) -> bool:
    """Whether the date at `pos` lies in a summary's item citing other sources than the deal's ("… [2] - 2024年
    行业交易额… [3]"): that item's year, not the deal's."""
    if not cited:
        return False
    other = ctx.sentence_at(pos)
    theirs = set(_CITATION.findall(other.text)) if other is not None else set()
    return bool(theirs) and not theirs & cited


_COMPARED = rx(r"(?:比|较|相比|对比|\bthan(?: in)?|\bcompared (?:with|to)|\bversus|\bvs\.?)\s*$", re.I)  # "比2024年的…": a year compared with
_HEADING_CHARS = 40
_HEADING_REACH = 4000


def _heading_date(ctx: Context, para_start: int) -> DateMention | None:
    """The date of the heading the paragraph sits under: the nearest short line above it that holds a
    date ("2024再创新高", "March 3, 2025"). A date in another paragraph's prose does not date this one."""
    end = para_start - 1
    while end > 0 and para_start - end < _HEADING_REACH:
        start = ctx.text.rfind("\n", 0, end) + 1
        line = ctx.text[start:end]
        if 0 < len(line.strip()) <= _HEADING_CHARS and not line.rstrip().endswith(("。", ".", "!", "?", "!", "?", ";")):
            dates = ctx.in_range(ctx.dates, start, end)
            if dates:
                return dates[-1]
        end = start - 1
    return None
