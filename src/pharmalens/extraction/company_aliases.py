"""Names that stand for a company already found: a name in brackets after it ("X Co., Ltd. (X-B, stock code:
02575)"), a defined term ("（下称“X”）"), the same name in capitals in a heading."""
from __future__ import annotations

import re
from bisect import bisect_left

from ..model.budget import checked
from ..model.patterns import occurrences, rx
from .company_mentions import CompanyMention


_DEFINED = rx(r"^(?:,?\s*(?:Inc\.?|Ltd\.?|Limited|Corp\.?|Co\.,?\s*Ltd\.?|LLC|plc|AG|GmbH))?\s*[（(]\s*(?:以下简称|下称|简称|hereinafter|the)?\s*[:：]?\s*[「“\"'‘]"
              r"(?P<alias>[^」”\"'’）)]{2,24})[」”\"'’]")
_GENERIC_TERMS = {"本公司", "公司", "本集团", "集团", "Company", "the Company", "Group", "买方", "卖方", "Buyer", "Seller",
                  "许可协议", "协议", "Agreement", "交易", "Transaction"}


_BRACKET_CLOSE = rx(r"\s*(?:[,，;；][^()（）\n]{0,30})?[)）]")  # "(XUANZHUBIO-B, stock code: 02575)"


def bracketed_names(text: str, mentions: list[CompanyMention]) -> list[CompanyMention]:
    """"Shanghai Yuheng Biosciences Co., Ltd. (上海昱衡生物科技有限公司)", "X Co., Ltd. (XBIO-B, stock code:
    02575)": the name that opens the bracket is the same company."""
    out = list(mentions)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.name != b.name and _BRACKET_OPEN.fullmatch(text[a.end:b.start]) and \
                _BRACKET_CLOSE.match(text, b.end, b.end + 40) and (a.provisional or b.provisional):
            keep, other = (b, a) if a.provisional and not b.provisional else (a, b)
            renamed = CompanyMention(other.start, other.end, keep.name, other.surface, keep.provisional, keep.kind)
            out = [renamed if m is other or (m.name == other.name and m.provisional) else m for m in out]
    return out


_BRACKET_OPEN = rx(r"(?:\s+(?:Group|Holdings))?(?:,?\s+(?:Co\.,?\s*Ltd\.?|Co\.|Inc\.?|Ltd\.?|Limited|Corp\.?|Corporation|plc|LLC))?\s*[（(]\s*")  # "X Co. (甲)"
_LEGAL_TAIL = rx(r"(?:,?\s+(?:co\.,?\s*ltd\.?|limited|ltd\.?|inc\.?|corp(?:oration)?\.?|plc|ag|se|llc|n\.v\.|s\.a\.))+\s*$", re.I)
_CJK = rx(r"[\u4e00-\u9fff]")


def stacked_names(text: str, mentions: list[CompanyMention]) -> list[CompanyMention]:
    """An exchange filing's header gives the issuer's English and Chinese names on two lines, one
    under the other ("NORTHWIND BIO LIMITED" / "北风生物有限公司"): a Chinese name alone on its line next
    to a line holding only an English name the article uses is that company, and so is the line."""
    latin = {m.name.casefold(): m for m in mentions if not _CJK.search(m.name)}
    out = list(mentions)
    for b in mentions:
        if not (b.provisional and _CJK.search(b.name)) or not _alone(text, b.start, b.end) or _in_flat_table(text, b.start):
            continue
        for start, end in _next_lines(text, b.start, b.end):
            line = text[start:end]
            a = latin.get(_LEGAL_TAIL.sub("", line).strip().casefold())
            if a is not None and a.name != b.name and a.provisional and a.name.isupper():
                out = [CompanyMention(m.start, m.end, b.name, m.surface, b.provisional, b.kind)
                       if m.name == a.name else m for m in out]  # a header in capitals: the Chinese name reads better
                break
            if a is not None and a.name != b.name:
                out = [CompanyMention(m.start, m.end, a.name, m.surface, a.provisional, a.kind)
                       if m.provisional and m.name == b.name else m for m in out]
                if not any(m.start < end and start < m.end for m in out):
                    out.append(CompanyMention(start, end, a.name, line, a.provisional, a.kind))
                break
    return sorted(out, key=lambda m: m.start)


def _in_flat_table(text: str, pos: int) -> bool:
    """A table flattened one cell a line ("许可方 / 被许可方 / … / 1.2亿美元"): a line of an amount alone
    within a few lines of a name; its neighbours are the other cells of its row, not its other script."""
    start = pos
    for _ in range(_TABLE_REACH):
        start = text.rfind("\n", 0, max(0, start - 1)) + 1
    end = pos
    for _ in range(_TABLE_REACH):
        found = text.find("\n", end + 1)
        end = len(text) if found < 0 else found
    return bool(_AMOUNT_LINE.search(text, start, end))


_TABLE_REACH = 4
_AMOUNT_LINE = rx(r"^[ \t]*(?:(?:US\$|HK\$|NT\$|\$|€|£|¥|RMB\s?)[\d.,]+\s*(?:million|billion|bn|m)?"
                  r"|[\d.,]+\s*(?:亿|万|千万|百万)?(?:美元|港元|欧元|英镑|日元|元|人民币|新台币)|[\d.,]+\s*(?:亿|万|million|billion))[ \t]*$",
                  re.M | re.I)


def _alone(text: str, start: int, end: int) -> bool:
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    return not text[line_start:start].strip() and not text[end:len(text) if line_end < 0 else line_end].strip()


def _next_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the text on the lines just above and below a line, spaces left out."""
    spans = []
    above_end = text.rfind("\n", 0, start)
    if above_end > 0:
        above_start = text.rfind("\n", 0, above_end) + 1
        spans.append((above_start, above_end))
    below_start = text.find("\n", end) + 1
    if below_start > 0:
        below_end = text.find("\n", below_start)
        spans.append((below_start, len(text) if below_end < 0 else below_end))
    trimmed = []
    for s, e in spans:
        line = text[s:e]
        s2 = s + len(line) - len(line.lstrip())
        trimmed.append((s2, s2 + len(line.strip())))
    return [(s, e) for s, e in trimmed if e > s]


def defined_terms(text: str, mentions: list[CompanyMention]) -> list[CompanyMention]:
    """"杭州晟核生物科技有限公司（「目标公司」）", "Corvina Therapeutics, Inc.（下称“Corvina”）": the defined
    term names the same company wherever it is used. Each term is looked up once, however often it
    is defined, and a use finds the mentions it overlaps by bisection: linear in the text."""
    out = list(mentions)
    done: set[tuple[str, str]] = set()
    for m in mentions:
        if text.find("(", m.end, m.end + 40) < 0 and text.find("（", m.end, m.end + 40) < 0:
            continue  # a definition opens a bracket within those 40 characters
        match = _DEFINED.match(text[m.end:m.end + 40])
        if not match or match.group("alias").strip() in _GENERIC_TERMS:
            continue
        alias = match.group("alias").strip()
        if (alias, m.name) in done or len(done) >= _MAX_DEFINED_TERMS:
            continue
        done.add((alias, m.name))
        uses = list(checked(occurrences(text, alias)))
        out = _name_uses(out, uses, m, alias)
    return out


_MAX_DEFINED_TERMS = 64  # distinct terms one article may define; more is not news


def _name_uses(out: list[CompanyMention], uses: list[tuple[int, int]], m: CompanyMention,
               alias: str) -> list[CompanyMention]:
    """Every use (sorted, not overlapping) covered only by provisional mentions of other names
    becomes a mention of m's company, replacing those."""
    starts = [start for start, _ in uses]
    covering: list[list[CompanyMention]] = [[] for _ in uses]
    for x in out:
        i = bisect_left(starts, x.end) - 1
        while i >= 0 and uses[i][1] > x.start:
            covering[i].append(x)
            i -= 1
    dropped: set[int] = set()
    added = []
    for (start, end), cover in zip(uses, covering):
        if all(x.provisional and x.name != m.name for x in cover):
            dropped.update(id(x) for x in cover)
            added.append(CompanyMention(start, end, m.name, alias, m.provisional, m.kind))
    return [x for x in out if id(x) not in dropped] + added


def one_casing(mentions: list[CompanyMention]) -> list[CompanyMention]:
    """"ORVELLE THERAPEUTICS" in a capitalised heading is the Orvelle Therapeutics of the text."""
    written = {m.name.casefold(): m.name for m in mentions if not m.name.isupper()}
    return [CompanyMention(m.start, m.end, written[m.name.casefold()], m.surface, m.provisional, m.kind)
            if m.provisional and m.name.isupper() and m.name.casefold() in written else m for m in mentions]
