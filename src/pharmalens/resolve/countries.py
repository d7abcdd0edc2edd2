"""Where a company is based, from the lexicon."""
from __future__ import annotations

from ..extraction.lexicon import default_lexicon


def company_country(name: str | None) -> str | None:
    """ISO country of a company known to the lexicon, by canonical name or alias; else None."""
    if not name:
        return None
    lexicon = default_lexicon()
    canonical = lexicon.canonical("company", name) or name
    entry = lexicon.entry("company", canonical)
    return entry.info.get("country") if entry else None
