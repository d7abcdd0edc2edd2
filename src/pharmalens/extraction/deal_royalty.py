"""A deal's royalty as the source writes it ("tiered royalties in the low double digits", "10%至15%的权利金")."""
from __future__ import annotations

import re

from ..model.patterns import guarded, rx
from .context import Context

_ROYALTY = rx(r"(?:按(?:年|年度)?(?:净)?销售(?:额|收入)(?:的|之))?(?<![\d.])(?:\d{1,2}(?:\.\d{1,2})?\s*%?\s*(?:至|到|[-–~～])\s*)?\d{1,2}(?:\.\d{1,2})?\s*%\s*(?:的|之)?(?:支付|作为|收取|获得|取得|计提)?(?:的|之)?(?:固定|分级|分层)?(?:的)?(?:销售)?(?:特许权使用费|提成费?|版税|权利金|分成)|"  # "3%提成", "5%權利金", "按销售额的5%收取提成", "10%至15%的权利金"
              r"(?:(?<![\d.])\d{1,2}(?:\.\d{1,2})?\s*%\s+)?(?:tiered |(?:low|mid|high)(?:-to-(?:low|mid|high))?[- ](?=single|double|teen)|(?:single|double)[- ]digit |teens? |low |mid |high )*(?:royalt(?:y|ies)(?: (?:of|on|up to|ranging|in the (?=(?:low|mid|high|single|double|teen)))[^.;]{0,60})?)|"
              r"(?:最高(?:可)?达?|高达)?(?:分级|分层|阶梯式)?(?:(?:(?:高|低|中)?(?:个位数|单位数|两位数|双位数)(?:百分比|比例)?(?:至|到|及)?){1,2}"
              r"(?:的|之)?(?:分级|分层|阶梯式)?)?(?:的|之)?(?:销售)?"
              r"(?:特许权使用费|销售提成费?|版税|销售权利金|权利金|衍生利益金|(?<=销售)(?:额)?分成|净销售额(?:的|之)?分成|销售额提成)", re.I)
_ROYALTY_WORDS = guarded(_ROYALTY)


def royalty(ctx: Context, sentences) -> str | None:
    """The royalty as the source writes it (traditional script stays traditional)."""
    bare = None
    for sentence in sentences:
        if not _ROYALTY_WORDS.may_match(ctx.text[sentence.start:sentence.end]):
            continue  # no word every royalty needs: the pattern, tried at each position, cannot match
        for match in _ROYALTY.finditer(ctx.text, sentence.start, sentence.end):
            near = ctx.in_range(ctx.companies, max(0, match.start() - _LONGEST_NAME), match.end() + _LONGEST_NAME)
            if any(c.start < match.end() and match.start() < c.end for c in near):
                continue  # "Orchard Royalty Partners" names a firm
            start = match.start() + (ctx.text[match.start()] in "的之")  # "…计算的特许权使用费": not its 的
            quote = ctx.evidence(start, match.end()).quote.strip()
            if not _BARE_ROYALTY.fullmatch(quote):
                return quote
            bare = bare or quote  # "a royalty purchase agreement": the word alone, where no rate or base is told
    return bare


_BARE_ROYALTY = rx(r"royalt(?:y|ies)", re.I)


_LONGEST_NAME = 80
