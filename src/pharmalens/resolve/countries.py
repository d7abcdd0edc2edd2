"""Where a company is based, from the lexicon."""
from __future__ import annotations

from functools import lru_cache

from ..extraction.lexicon import default_lexicon


def company_country(name: str | None) -> str | None:
    """ISO country of a company known to the lexicon, by canonical name or alias; else None."""
    if not name:
        return None
    lexicon = default_lexicon()
    canonical = lexicon.canonical("company", name) or name
    entry = lexicon.entry("company", canonical)
    return entry.info.get("country") if entry else None


@lru_cache(maxsize=64)
def companies_in(country: str) -> tuple[str, ...]:
    """Every name and alias of the lexicon's companies based in `country` (ISO code)."""
    wanted = country.strip().upper()
    return tuple(sorted({name for (kind, _), entry in default_lexicon().entries.items()
                         if kind == "company" and str(entry.info.get("country") or "").upper() == wanted
                         for name in [entry.canonical, *entry.names]}))
