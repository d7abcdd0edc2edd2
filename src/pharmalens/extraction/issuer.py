"""Who the article is about: the issuer that 本公司 / 集团 / the Company / we stand for.

Results digests and exchange filings name the company once (in the headline, beside its stock code,
as the subject of the first announcement, in a form's company-name field, or as a defined term) and
then write 公司, 本集团 or "the Company". Each of those signals scores the company that carries it;
the best score is the issuer. A company named only once, late, in passing, is never chosen."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..model.patterns import rx, unicode_rx
from .companies import CompanyMention
from .cues import cue_regex

STOCK_CODE = rx(
    r"^\s*\(\s*(?:[A-Z][A-Z0-9-]{1,15}\s*,\s*)?(?:(?i:股份代号|股票代号|股票代码|证券代码|代码|代号|stock code|HKEX|SEHK|"
    r"NASDAQ(?:\s+(?:Stockholm|Copenhagen|Helsinki|Iceland|First North(?:\s+Growth Market)?|Global Select|Global Market|"
    r"Capital Market|GS|GM|CM))?|NYSE(?:\s+American)?|SIX(?:\s+Swiss Exchange)?|Euronext(?:\s+(?:Paris|Brussels|Amsterdam|"
    r"Growth|Oslo))?|XETRA|FSE|FWB|LSE|AIM|OSE|TSX|TYO|KOSDAQ|KOSPI|KRX|SGX|"
    r"SSE|SZSE|TSE|ASX|TWSE|TPEx|沪|深|港|HK|兴柜|上柜|上市)\s*[:.]?\s*)?"
    r"(?:\d{4,6}(?:\.(?:HK|SH|SZ|SS|TW|TWO|CN|US))?|[A-Z]{2,5}(?:\.(?:US|HK|ASX|L|AX))?)\s*"
    r"(?:[,;]\s*[^()]{0,20})?\)(?:\s*\(\s*\d{4,6}\.[A-Z]{2,3}\s*\))?")
_FORM_FIELD = rx(r"(?:公司名称|公司简称|公司全称|Company name|Issuer)\s*:?\s*$")
_DEFINES = rx(r"^\s*[(]\s*(?:以下简称|下称|简称|hereinafter|the)?\s*[:]?\s*[“\"「'‘]\s*(?:本公司|公司|the Company|Company|the Group|本集团|集团)\s*[”\"」'’]")
_EARLY = 400
_EXAMPLE = rx(r"(?:如|例如|比如|譬如|\bsuch as|\blike|e\.g\.,?)\s*$", re.I)
_FILING_SELF = rx(r"本公司|本集团|\bthe Company\b|\bthe Group\b")


@dataclass(frozen=True)
class Issuer:
    mention: CompanyMention
    reason: str

    @property
    def name(self) -> str:
        return self.mention.name


def find_issuer(text: str, companies: list[CompanyMention]) -> Issuer | None:
    if not companies:
        return None
    scores: Counter[str] = Counter()
    reasons: dict[str, str] = {}
    first: dict[str, CompanyMention] = {}
    seen: Counter[str] = Counter()
    announces = cue_regex("issuer.announces", anchored=True)
    title_end = _title_end(text)
    for i, m in enumerate(companies):
        first.setdefault(m.name, m)
        after = text[m.end:m.end + 160]
        bracketed = _opens_a_bracket(after)
        gained = []
        if bracketed and _DEFINES.match(after):
            gained.append((6, "defined_term"))
        if _FORM_FIELD.search(text[max(0, m.start - 12):m.start]):
            gained.append((6, "form_field"))
        if bracketed and STOCK_CODE.match(after) and not _short_name_in_brackets(m, after, companies[i + 1:i + 2]):
            gained.append((4 if m.start < _EARLY else 2, "stock_code"))
        if m.start < _EARLY and announces.match(_after_code(after)) and not _EXAMPLE.search(text, max(0, m.start - 6), m.start):
            gained.append((3, "announcer"))
        if m.start < _EARLY and _alone_on_a_line(text, m):  # the position first: a line can be a whole paragraph
            gained.append((4, "filing_header"))
        elif m.start < title_end and _opens_a_line(text, m):
            gained.append((2, "headline"))
        seen[m.name] += 1
        if seen[m.name] in (1, 2, 4):
            gained.append((1, "named"))
        for points, reason in gained:
            scores[m.name] += points
            if points >= 2 and reasons.get(m.name) in (None, "named"):
                reasons[m.name] = reason
            reasons.setdefault(m.name, reason)
    name, score = max(scores.items(), key=lambda kv: (kv[1], -first[kv[0]].start))
    reason = reasons.get(name, "named")
    if score < 3 or (reason == "named" and (len(scores) > 1 or _FILING_SELF.search(text))):
        return None  # named often but never as the one reporting: a counterparty, not the issuer
    return Issuer(first[name], reason)


_LEAD = rx(r"^\s*(?:于|on\s+)?(?:(?:19|20)\d{2}\s*年)?\s*(?:\d{1,2}\s*月)?\s*(?:\d{1,2}\s*日)?\s*(?:晚间|晚|早间|盘后)?\s*,?\s*(?:today\s+)?", re.I)


_ASCII_SPACE = " \t\n\r\f\v"  # \s of an ASCII pattern


def _opens_a_bracket(after: str) -> bool:
    """Whether the text after a name opens with "(" after spaces, as a defined term and a stock code do:
    their patterns are tried only then (asked of every mention of an article)."""
    return after.lstrip(_ASCII_SPACE)[:1] == "("


def _short_name_in_brackets(m: CompanyMention, after: str, following: list[CompanyMention]) -> bool:
    """"禮來亞洲基金（LAV）", "Tessaly Capital (TCP)": letters in brackets after a fund, or that name the
    same company again, are its short name, not a stock code."""
    if following and following[0].name == m.name and following[0].start - m.end <= 2:
        return True
    return m.kind == "investor" and bool(_LETTERS_ONLY.match(after))


_LETTERS_ONLY = rx(r"^\s*\(\s*[A-Z]{2,5}\s*\)")


def _after_code(after: str) -> str:
    for _ in range(2):  # "X (科凡医药) (HKEX: 2160) said": a gloss of the name, a stock code, or both
        code = STOCK_CODE.match(after) or _GLOSS.match(after)
        after = after[code.end():] if code else after
    apposition = _APPOSITION.match(after)  # "X, a Suzhou-based developer of ADCs, today announced"
    after = after[apposition.end():] if apposition else after
    return after[_LEAD.match(after).end():]


_GLOSS = rx(r"^\s*[(（][^()（）\n]{1,40}[)）]")
_APPOSITION = rx(r"^\s*,\s*(?:a|an|the)\s[^,.;:()]{3,100},\s*", re.I)


def _title_end(text: str) -> int:
    """End of the headline: the first non-empty line that is no section label ("Core Insights", "要点：")."""
    start = len(text) - len(text.lstrip())
    for _ in range(3):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if not _LABEL_LINE.match(text, start, end):
            return end
        start = len(text) - len(text[end:].lstrip())
    return start


_LABEL_LINE = unicode_rx(r"\s*(?:[A-Za-z]+(?: [A-Za-z]+){0,2}|[\u4e00-\u9fff]{2,6})\s*[:：]?\s*$")


def _alone_on_a_line(text: str, m: CompanyMention) -> bool:
    """The company's name is the line, or the line is its name and what the filing is ("X股份有限公司
    重大讯息公告", "X Limited Announcement")."""
    line_start = text.rfind("\n", 0, m.start) + 1
    line_end = text.find("\n", m.end)
    line = text[line_start:len(text) if line_end < 0 else line_end]
    return line.strip() == text[m.start:m.end].strip() or (
        not text[line_start:m.start].strip() and bool(_FILING_KIND.fullmatch(text, m.end, len(text) if line_end < 0 else line_end)))


_FILING_KIND = rx(r"\s*(?:重大讯息公告|重大讯息|公告|自愿公告|自愿性公告|临时公告|Announcement|Voluntary Announcement)\s*")


def _opens_a_line(text: str, m: CompanyMention) -> bool:
    line_start = text.rfind("\n", 0, m.start) + 1
    lead = text[line_start:m.start]
    return not lead.strip(" \t【[#*-|") or len(lead) <= 2
