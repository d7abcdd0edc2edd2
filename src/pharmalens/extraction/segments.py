"""The business line a revenue figure belongs to, as the report writes it.

- the key of a list item or card ("(二)核药:营业额下降6.6%至16.52亿元");
- the words just before the revenue word ("医药工业板块取得营收", "创新药收入", "欧洲营业收入",
  "药品销售收入", "X分部收益"), but never a company, a period or the subject (公司, 集团);
- English: "Precision Medicine segment revenue", "sales of its Radiology division", a product's
  sales ("Brukinsa sales of $1.02 billion") or a product as the subject ("Tevimbra ... generated");
- a segment the vocabulary knows named in the clause ("radiopharmaceutical business generating").
Chinese names keep their written form with the English name beside a known one
("創新藥 (innovative drugs)"); see metrics.segment_label."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..model.patterns import rx
from .metrics import MetricCue, label_metric, segment_label, segment_names
from .money import MoneyMention
from .sentences import Sentence

if TYPE_CHECKING:
    from .reporting import Reporting

_RUN = rx(r"(?<![A-Za-z])(?:[A-Z]{2,6}\s?)?[\u4e00-\u9fff&]{2,24}$")  # "CDMO业务收入": the acronym names the line
_VERB_SUFFIX = rx(r"(?:取得|实现|录得|贡献|合计|共计|的)$")
_GROUP_SUFFIX = rx(r"(?:分部|板块|业务线|分类)$")
_PREFIX = rx(r"^(?:其中|至于|另外|此外|同时|以及|分别|共计|合计|累计|均|仍|已|还|也|则|亦|又|共|而|并|其|年度|年|上半年|下半年|全年|前三季度|第?[一二三四首]季度?|单季|当季|"
             r"期内|报告期内|本期|同期|今年|去年|本年|上年|主要|整体|合计|总|主营|营业|实现|取得|录得|确认|计入|本公司|本集团|公司|集团)")
_NOT_A_LINE = rx(r"^(?:业务|分别|贡献|带来|公司|本公司|集团|本集团|该公司|该集团|我们|其|总|主营|营业|合计|整体|累计|单月|月|海外市场)$|公司|集团|实现|同比|同期")
_DIVISION = rx(r"\bof (?:its |the )?(?P<en>(?:[A-Z][\w&-]*\s+){1,4})(?:division|segment|business|unit)\b|"
               r"\b[Ss]ales of (?:its |the |our )?(?P<en2>[A-Za-z][\w -]{2,30}?)(?:\s+(?:division|segment|business|unit))?\s+"
               r"(?:were|was|reached|of|totall?ed|rose|grew|fell)\b")
_NAMED_SEGMENT = rx(r"(?P<en>(?:[A-Z][\w&-]*\s+){1,4})segment\s+$")
_PRODUCT_SALES = rx(r"\b(?P<seg>[A-Z][A-Za-z0-9-]{3,})(?:'s)?\s+(?:global\s+|worldwide\s+|product\s+)?(?:sales|revenues?)\s+"
                    r"(?:of|were|was|reached|rose|grew|totall?ed)?\s*$")
_SALES_OF_PRODUCT = rx(r"\b(?:sales|revenues?)\s+(?:of|from|for)\s+(?:its\s+|the\s+)?(?:[a-z][\w-]*\s+){0,3}"
                       r"(?P<seg>[A-Z][A-Za-z0-9-]{3,})[®™]?(?:,\s+(?:its|an?|the)\s+[^,.;]{3,50},)?\s+(?:was|were|reached|rose|grew|climbed|increased|jumped|"
                       r"totall?ed|amounted)(?:\s+to)?\s*$")  # "net product revenue of ZENTRIQ was", "sales of its lupus drug X rose to"
_PRODUCT_SUBJECT = rx(r"^(?P<seg>[A-Z][A-Za-z0-9-]{3,})(?:,[^,]{0,60},)?\s+(?:brought in|generated|recorded|delivered|contributed)\b")
_PRODUCT_WHICH = rx(r"\b(?P<seg>[A-Z][A-Za-z0-9-]{3,})[®™]?(?:\s+\([^()]{1,40}\))?,\s+which\s+(?:brought in|generated|recorded|"
                    r"delivered|contributed|posted)\s*$")  # "driven by Zentrava, which contributed $118 million"
_ZH_ITS = rx(r"[，,]\s*(?:其|该产品|该药物?)(?:共|合计)?(?:贡献|实现|带来|录得)了?(?:销售)?(?:收入|销售额|营收)?\s*(?:为|达到?|约)*\s*$")  # "得益于X，其贡献收入"
_NOT_PRODUCTS = {"Total", "Revenue", "Sales", "The", "This", "Net", "Product", "Company", "Group", "Management", "Grant",
                 "Gross", "Operating", "Collaboration", "License", "Licence", "Licensing", "Royalty", "Milestone",
                 "Contract", "Service", "Services", "Other", "Interest", "Partnership"}  # kinds of a company's revenue


def segment_of(env: Reporting, sentence: Sentence, cue: MetricCue, mention: MoneyMention) -> str | None:
    for finder in (_item_key, _written_before, _english, _product, _known):
        found = finder(env, sentence, cue, mention)
        if found:
            return found
    return None


def _item_key(env: Reporting, sentence: Sentence, cue: MetricCue, mention: MoneyMention) -> str | None:
    item = env.ctx.layout.item_at(cue.start)
    if item is None or item.key is None or not (item.value[0] <= cue.start):
        return None
    text = env.ctx.text[item.key[0]:item.key[1]]
    if len(text) > 16 or label_metric(text) or env.ctx.companies_in(*item.key) or _NOT_A_LINE.search(text) \
            or env.within(*item.key) or not re.search(r"[\u4e00-\u9fff]", text):
        return None
    return segment_label(env.ctx.evidence(*item.key).quote)


def _written_before(env: Reporting, sentence: Sentence, cue: MetricCue, mention: MoneyMention) -> str | None:
    ctx = env.ctx
    start = max(sentence.start, cue.start - 24)
    run = _RUN.search(ctx.text, start, cue.start)
    if run is None:
        return None
    s, e = run.start(), run.end()
    cut = ctx.text.rfind("的", s, e)
    s = cut + 1 if cut >= 0 else s
    while True:
        piece = ctx.text[s:e]
        prefix = _PREFIX.match(piece)
        suffix = _VERB_SUFFIX.search(piece) or _GROUP_SUFFIX.search(piece)
        if prefix and prefix.end() < len(piece):
            s += prefix.end()
        elif suffix and suffix.start() > 0:
            e = s + suffix.start()
        else:
            break
    name = ctx.text[s:e]
    if len(name) < 2 or _PREFIX.fullmatch(name) or _NOT_A_LINE.search(name) or ctx.companies_in(s, e, with_self=True) \
            or any(s < p.end for p in env.within(s - 40, e)) or label_metric(name):
        return None
    if cue.phrase == "销售收入":
        return segment_label(ctx.evidence(s, e).quote + ctx.evidence(cue.start, cue.start + 2).quote)  # 销售 in the page's script
    return segment_label(ctx.evidence(s, e).quote)


def _english(env: Reporting, sentence: Sentence, cue: MetricCue, mention: MoneyMention) -> str | None:
    ctx = env.ctx
    division = _DIVISION.search(ctx.text, max(sentence.start, cue.start - 2), mention.start)
    if division:
        group = "en" if division.group("en") else "en2"
        return segment_label(ctx.evidence(division.start(group), division.end(group)).quote.strip())
    named = _NAMED_SEGMENT.search(ctx.text[max(sentence.start, cue.start - 40):cue.start])
    if named:
        return segment_label(named.group("en").strip())
    return None


def _product(env: Reporting, sentence: Sentence, cue: MetricCue, mention: MoneyMention) -> str | None:
    """A product's sales: "Brukinsa sales of $1.02 billion", or a sentence whose subject is a
    product ("Tevimbra, the company's PD-1 antibody, generated $201 million")."""
    ctx = env.ctx
    subject = [a for a in ctx.in_range(ctx.assets, sentence.start, mention.start) if a.start - sentence.start <= 2]
    if subject:
        return subject[0].label
    named = _PRODUCT_SUBJECT.match(sentence.text)
    if named and named.group("seg") not in _NOT_PRODUCTS and not ctx.companies_in(sentence.start, sentence.start + named.end("seg")):
        return named.group("seg")
    its = _ZH_ITS.search(ctx.text, max(sentence.start, mention.start - 30), mention.start)
    named = ctx.in_range(ctx.assets, max(sentence.start, its.start() - 30), its.start()) if its else []
    if named and named[-1].end == its.start():
        return named[-1].label
    start = max(sentence.start, mention.start - 60)
    before = ctx.text[start:mention.start]
    match = _PRODUCT_SALES.search(before) or _SALES_OF_PRODUCT.search(before) or _PRODUCT_WHICH.search(before)
    if not match or match.group("seg") in _NOT_PRODUCTS:
        return None
    pos, end = start + match.start("seg"), start + match.end("seg")
    if any(c.start < end and pos < c.end for c in ctx.companies_in(max(0, pos - 80), end + 80, with_self=False)):
        return None  # the last word of a company's name ("Kangqiao Biopharma's product sales")
    return match.group("seg")


def _known(env: Reporting, sentence: Sentence, cue: MetricCue, mention: MoneyMention) -> str | None:
    """A segment the vocabulary knows, named in the figure's clause."""
    text = env.ctx.text
    clause_start = max([sentence.start] + [text.rfind(ch, sentence.start, cue.start) + 1 for ch in ",;"])
    match = _vocabulary().search(text, clause_start, mention.start)
    if match is None:
        return None
    group = "a" if match.group("a") else "b"
    return segment_label(env.ctx.evidence(match.start(group), match.end(group)).quote)


@lru_cache(maxsize=1)
def _vocabulary() -> re.Pattern[str]:
    from ..documents.normalise import fold_forms
    names = sorted({fold_forms(n) for n in segment_names()}, key=len, reverse=True)
    alternation = "|".join(re.escape(n) for n in names)
    return rx(rf"(?:\b(?P<a>{alternation})\s+(?:business|segment|division|sales)\b)|(?P<b>{alternation})(?:业务|板块|分部)", re.I)


def share_of_whole(text: str, before: list[MetricCue], mention: MoneyMention) -> MetricCue | None:
    """"创新药产品收入占总收入的48%，达8.8亿元": the amount after a part's share of the whole is the
    part's, the metric named before 占."""
    if len(before) < 2 or before[-1].metric != before[-2].metric:
        return None
    if _SHARE_LINK.fullmatch(text, before[-2].end, before[-1].start) and _SHARE_TO_AMOUNT.fullmatch(text, before[-1].end, mention.start):
        return before[-2]
    return None


_SHARE_LINK = rx(r"\s*占(?:公司|集团|本集团)?(?:同期|当期)?总?\s*")
_SHARE_TO_AMOUNT = rx(r"\s*(?:的)?(?:比例|比重)?\s*(?:约|为|达到?|(?:提升|上升|下降|增|升|降)至){0,2}\s*[\d.]+\s*%\s*[,，]?\s*(?:金额)?(?:约|为|达到?|合计|共计){0,2}\s*")
