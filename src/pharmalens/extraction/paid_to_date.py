"""Money an agreement has already cost, told as the one exception to "nothing else was paid"
("除首期款5000万元外，甲方未曾支付任何款项", "Other than the $20 million upfront, no further payments were
made"). Such an amount is what was spent under an old agreement (a termination's sunk cost), never a
term of a deal announced beside it."""
from __future__ import annotations

import re
from functools import lru_cache

from ..model.patterns import rx
from .cues import cue_alternation
from .money import MoneyMention

_WINDOW = 120
_PAYMENT_WORD = r"(?:支付|付款|款项|付费|paid|payments?|amounts?|consideration)"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    opening = rx(rf"(?<![解删免排消扣剔])(?:{cue_alternation('money.except_for')})[^。；;\n]{{0,40}}$", re.I)
    denial = rx(rf"[^。；;\n]{{0,80}}?(?:外|,|，)[^。；;\n]{{0,40}}?{cue_alternation('money.nothing_else_paid')}"
                rf"[^。；;\n]{{0,40}}?{_PAYMENT_WORD}", re.I)
    return opening, denial


def is_paid_to_date(text: str, mention: MoneyMention) -> bool:
    """True when the amount is the exception to a sentence saying nothing else was paid."""
    opening, denial = _patterns()
    before = text[max(0, mention.start - 50):mention.start]
    if not opening.search(before):
        return False
    return denial.match(text, mention.end, min(len(text), mention.end + _WINDOW)) is not None
