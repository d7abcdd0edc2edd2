"""Chinese investor names a financing's sentence lists that the company recogniser does not know."""
from __future__ import annotations

from .companies import CompanyMention
from .company_context import zh_short_name_like
from .context import Context
from .events import clause_around
from .sentences import Sentence
from ..model.patterns import rx

_INVESTOR_WORD = r"(?:资本|股权|创投|投资|基金|资管|控股|创新|产投|证券|财富|资产|信托|人寿|保险)"
_ZH_INVESTOR_ITEM = rx(r"[\u4e00-\u9fffA-Za-z]{1,10}" + _INVESTOR_WORD)
_ZH_KIND_OF_INVESTOR = rx(r"(?:产业|股权|战略|财务|专业|知名|其他|多家|相关|部分|社会|外部|境内外|国内外|海内外|国内|海外|国际|头部|"
                          r"大型|机构|风险|私募|天使|并购|国有|政府|引导|市场化|美元|人民币|科技|技术)+" + _INVESTOR_WORD)  # 产业投资: a kind, no name
_HAN_ONLY = rx(r"[\u4e00-\u9fff]+")
_ZH_ITEM_LEAD = rx(r"(?:本轮融资|本轮|本次融资|由|包括|老股东|新股东|(?:现有|原有)股东|(?:战略)?投资(?:者|人|方)|以及|和|及|与|、)+")
_ZH_ITEM_TAIL = rx(r"[等 ]*(?:共同|联合|一起|分别|继续|持续|再次|均)?[等 。]*$")  # a list ending its sentence


def written_zh_investors(ctx: Context, sentence: Sentence, known: list[CompanyMention]) -> list[str]:
    """Chinese investor names the company recogniser does not know, listed right before 领投/跟投/持续加码
    ("由高特佳投资、夏尔巴投资等跟投", "老股东X持续加码"), after 投资方为 / 投资机构包括, or as the giver of what
    the company received ("获得X的战略投资", "获得X的1亿元投资"): each item of the list that ends in
    an investor's word (资本, 创投, 投资, 基金) or is a short rare name (元禾原点), not a common word
    (管理层)."""
    found = []
    for joined in ctx.cues.hits("financings.investor_joining", sentence.start, sentence.end):
        if not joined.phrase.isascii():
            start = clause_around(ctx, sentence, joined.start)[0]
            found += _zh_items(ctx, start, joined.start, known)
    for cue in ctx.cues.hits("financings.investor_before", sentence.start, sentence.end):
        if not cue.phrase.isascii():
            for start, end in _zh_lists(ctx, sentence, cue.end):
                found += _zh_items(ctx, start, end, known)
    for pattern in (_RECEIVED_FROM, _PLACED_WITH):
        for match in pattern.finditer(ctx.text, sentence.start, sentence.end):
            found += _zh_items(ctx, match.start("n"), match.end("n"), known)
    return found


_PLACED_WITH = rx(r"向(?P<n>[^,，;；。的]{2,24}?)(?:配售|配发|定向发行|发行)[\d,，.]*\s*[亿万]?股")  # "向甲资本配售500万股新股"
_RECEIVED_FROM = rx(r"获得?(?P<n>[^,，;；。的]{2,24})的(?:[\d.,]+\s*[亿万]?(?:美元|港元|欧元|元))?(?:联合|共同)?(?:战略)?(?:投资|注资|融资)")


def _zh_lists(ctx: Context, sentence: Sentence, start: int) -> list[tuple[int, int]]:
    """The lists after a Chinese investor cue: its clause, and the next one where that opens with a
    list word ("引入3名基石投资者，包括A、B及C", "基石投资者合共认购X股份，包括A、B及C")."""
    end = clause_around(ctx, sentence, start)[1]
    if end < sentence.end and _ZH_LIST_OPENS.match(ctx.text, end + 1):
        following = (end + 1, clause_around(ctx, sentence, end + 1)[1])
        return [following] if not ctx.text[start:end].strip() else [(start, end), following]
    return [(start, end)]


_SEAT = rx(r"\s*[（(](?:香港|中国|亚洲|新加坡|开曼|国际|Hong Kong|HK|Asia|Singapore)[)）]$")
_ZH_LIST_OPENS = rx(r"\s*(?:包括|分别为|即)")
_ZH_JOINER = rx(r"以及|[、和及与]")
_ZH_SUFFIX_START = rx(r"(?:资本|创投|投资|基金|资管|控股)")


def _zh_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The items of a Chinese list, parted at 、和及与 except where the mark is a character of a name:
    the part before it would be one character, or the part after it starts with an investor's word
    (元和资本与松禾投资: 元和资本, 松禾投资)."""
    spans, lo = [], start
    for joiner in _ZH_JOINER.finditer(text, start, end):
        if joiner.start() < lo:
            continue
        before = text[lo:joiner.start()]
        lead = _ZH_ITEM_LEAD.match(before)
        if joiner.group() != "、" and (len(before) - (lead.end() if lead else 0) < 2
                                       or _ZH_SUFFIX_START.match(text, joiner.end())):
            continue
        spans.append((lo, joiner.start()))
        lo = joiner.end()
    return [*spans, (lo, end)]


def _zh_items(ctx: Context, start: int, end: int, known: list[CompanyMention]) -> list[str]:
    found = []
    for lo, hi in _zh_spans(ctx.text, start, end):
        lead = _ZH_ITEM_LEAD.match(ctx.text, lo, hi)
        lo = lead.end() if lead else lo
        hi = lo + len(_ZH_ITEM_TAIL.sub("", ctx.text[lo:hi]))
        item = _SEAT.sub("", ctx.text[lo:hi])  # 易方达（香港）: the firm's Hong Kong arm
        named = (_ZH_INVESTOR_ITEM.fullmatch(item) and not _ZH_KIND_OF_INVESTOR.fullmatch(item)) or (2 <= len(item) <= 6 and _HAN_ONLY.fullmatch(item) and zh_short_name_like(item))
        if named and not any(m.start < hi and lo < m.end for m in known):
            found.append(ctx.evidence(lo, hi).quote)
    return found
