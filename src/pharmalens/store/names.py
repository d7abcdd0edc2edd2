"""Names inside one write transaction: every company name and alias in `company_names`, and the
resolver the knowledge rules compare names with (canonical company, one key per real asset)."""
from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from pharmalens.resolve.knowledge import Names

from .prepared import Prepared
from .schema import AssetNameRow, CompanyNameRow, CompanyRow
from .sql import insert_ignore, run
from .typed import chunks, fold

NAMES = CompanyNameRow.__table__
_KNOWN = Prepared(select(NAMES.c.company, NAMES.c.name).where(NAMES.c.company.in_(bindparam("companies", expanding=True))))
_CANONICAL = Prepared(select(func.min(NAMES.c.company)).where(NAMES.c.name == bindparam("name")))
_CANONICALS = Prepared(select(NAMES.c.name, func.min(NAMES.c.company))
                       .where(NAMES.c.name.in_(bindparam("names", expanding=True))).group_by(NAMES.c.name))
_ASSET = Prepared(select(AssetNameRow.__table__.c.asset_id).where(AssetNameRow.__table__.c.name == bindparam("name")))


def add_company_names(session: Session, company: str, names: Iterable[str]) -> set[str]:
    """Record the company's folded names; returns those not recorded for it before."""
    return add_names_of_companies(session, [(company, names)])


def add_names_of_companies(session: Session, companies: Iterable[tuple[str, Iterable[str]]]) -> set[str]:
    """Record the folded names of each (company, names or aliases), in one query and one insert for all;
    returns those not recorded for their company before."""
    wanted: dict[str, set[str]] = {}
    for company, names in companies:
        wanted.setdefault(company, set()).update(fold(n) for n in (company, *names) if n and fold(n))
    wanted = {company: names for company, names in wanted.items() if names}
    known: set[tuple[str, str]] = set()
    for chunk in chunks(sorted(wanted)):
        known |= {(company, name) for company, name in run(session, _KNOWN, {"companies": chunk})}
    rows = [{"name": name, "company": company} for company, names in sorted(wanted.items())
            for name in sorted(names) if (company, name) not in known]
    insert_ignore(session, NAMES, rows, ("name", "company"))
    return {row["name"] for row in rows}


def company_names(session: Session, name: str) -> tuple[CompanyRow | None, set[str]]:
    """The company a name or alias belongs to (the first by name when several share it) and all of its
    folded names; an unknown name gives (None, {the folded name})."""
    canonical = session.scalar(select(func.min(CompanyNameRow.company)).where(CompanyNameRow.name == fold(name)))
    if canonical is None:
        return None, {fold(name)}
    row = session.get(CompanyRow, canonical)
    names = set(session.scalars(select(CompanyNameRow.name).where(CompanyNameRow.company == canonical)))
    return row, names


class Resolver:
    """Canonical company names and asset keys, looked up once per name within a transaction."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._companies: dict[str, str | None] = {}
        self._assets: dict[str, str] = {}

    def company(self, name: str | None) -> str | None:
        if not name or not str(name).strip():
            return None
        key = fold(name)
        if key not in self._companies:
            self._companies[key] = run(self._session, _CANONICAL, {"name": key}).scalar()
        return self._companies[key] or str(name).strip()

    def prefetch(self, names: Iterable[object]) -> None:
        """Look up the canonical companies of many names at once (one query per slice, not one per name)."""
        keys = sorted({fold(name) for name in names if name and str(name).strip()} - self._companies.keys())
        for chunk in chunks(keys):
            found = dict(run(self._session, _CANONICALS, {"names": chunk}).all())
            self._companies.update({key: found.get(key) for key in chunk})

    def asset_key(self, name: str | None) -> str | None:
        if not name or not str(name).strip():
            return None
        key = fold(name)
        if key not in self._assets:
            self._assets[key] = run(self._session, _ASSET, {"name": key}).scalar() or key
        return self._assets[key]

    def forget_assets(self) -> None:
        self._assets.clear()

    def names(self) -> Names:
        return Names(self.company, self.asset_key)
