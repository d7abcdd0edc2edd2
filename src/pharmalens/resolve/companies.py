"""Companies of a batch: one entry per real organisation, with every name it was seen or is known by."""
from __future__ import annotations

from ..extraction.companies import CompanyMention
from ..extraction.lexicon import Lexicon
from ..model.records import Company


class CompanyRegistry:
    def __init__(self, lexicon: Lexicon) -> None:
        self._lexicon = lexicon
        self._companies: dict[str, Company] = {}

    def add(self, mention: CompanyMention) -> None:
        company = self._companies.get(mention.name)
        if company is None:
            company = self._new(mention)
            self._companies[mention.name] = company
        if mention.surface != company.name and mention.surface not in company.aliases:
            company.aliases.append(mention.surface)

    def _new(self, mention: CompanyMention) -> Company:
        if mention.provisional:
            return Company(mention.name, [], mention.kind, provisional=True)
        names = self._lexicon.names("company", mention.name)
        return Company(mention.name, [n for n in names if n != mention.name], mention.kind)

    def ensure(self, name: str | None) -> None:
        """A company a record names but no mention produced (for example a drug's originator)."""
        if not name or name in self._companies:
            return
        entry = self._lexicon.entry("company", name)
        if entry is not None:
            self._companies[name] = Company(name, [n for n in entry.names if n != name], entry.info.get("kind", "other"))
        else:
            self._companies[name] = Company(name, [], "other", provisional=True)

    def get(self, name: str) -> Company | None:
        return self._companies.get(name)

    def companies(self) -> list[Company]:
        return sorted(self._companies.values(), key=lambda c: (c.provisional, c.name.casefold()))
