"""The exchange a listing is on: the cue sets financings.exchange.<code> in data/cues."""
from __future__ import annotations

from functools import lru_cache

from .context import Context
from .cues import cue_sets
from .sentences import Sentence


def listing_exchange(ctx: Context, sentence: Sentence) -> str | None:
    """The exchange of a listing: named in the sentence, else in its paragraph, else in the article."""
    para_start, para_end = ctx.paragraph_of(sentence.start)
    for start, end in ((sentence.start, sentence.end), (para_start, para_end), (0, len(ctx.text))):
        hits = sorted((c for name in exchange_sets() for c in ctx.cues.hits(name, start, end)),
                      key=lambda c: (c.start, c.start - c.end))  # 上交所科创板: the longer name, the board
        if hits:
            code = hits[0].name.rsplit(".", 1)[1]
            return code if code.isascii() else ctx.evidence(hits[0].start, hits[0].end).quote
    return None


@lru_cache(maxsize=1)
def exchange_sets() -> tuple[str, ...]:
    return tuple(name for name in cue_sets() if name.startswith("financings.exchange."))
