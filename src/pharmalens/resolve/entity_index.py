"""What the resolver knows about the companies and assets seen so far, keyed for matching: every
name, name cores by script, pinyin of Chinese cores, letters of English cores, stock codes and the
asset codes each company owns. Seeded from the lexicon and the store, grown as documents arrive."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..extraction.lexicon import Lexicon
from ..model.patterns import rx
from ..model.records import Company
from ..model.vocabulary import load_yaml
from .names import NameKeys, name_keys

CODE_LIKE = rx(r"^(?:\d{4,6}\.(?:HK|SH|SZ|BJ|T|TW|TWO)|[A-Z]{2,5})$")
_ASSET_CODE = rx(r"[A-Za-z]")


@dataclass
class KnownCompany:
    name: str
    provisional: bool
    names: set[str] = field(default_factory=set)
    codes: set[str] = field(default_factory=set)
    assets: set[str] = field(default_factory=set)

    def keys(self) -> list[NameKeys]:
        return [name_keys(n) for n in self.names if not CODE_LIKE.match(n)]


def asset_key(name: str) -> str:
    """An asset name as a code key: "HIT-412", "hit 412" and "HIT412" are one key; a name with no
    letters or no digits keys as itself, folded."""
    folded = name.casefold().strip()
    squeezed = "".join(ch for ch in folded if ch.isalnum())
    has_digit = any(ch.isdigit() for ch in squeezed)
    return squeezed if has_digit and _ASSET_CODE.search(squeezed) and len(squeezed) >= 4 else folded


class EntityIndex:
    def __init__(self) -> None:
        self.companies: dict[str, KnownCompany] = {}
        self.by_name: dict[str, str] = {}
        self.by_core: dict[tuple[str, str], set[str]] = defaultdict(set)
        self.by_sound: dict[str, set[str]] = defaultdict(set)  # pinyin or English letters -> companies
        self.by_code: dict[str, set[str]] = defaultdict(set)
        self.by_asset_owned: dict[str, set[str]] = defaultdict(set)
        self.chinese_cores: dict[str, set[str]] = defaultdict(set)  # pinyin -> Chinese cores: homophones
        self.assets: dict[str, str] = {}  # asset key -> canonical asset name
        self.asset_owner: dict[str, str | None] = {}  # canonical asset -> owner company

    def add_company(self, name: str, names: list[str] | set[str] = (), provisional: bool = True,
                    codes: set[str] | list[str] = ()) -> KnownCompany:
        known = self.companies.get(name)
        if known is None:
            known = self.companies[name] = KnownCompany(name, provisional)
        known.provisional = known.provisional and provisional
        for alias in {name, *names}:
            self.add_name(name, alias)
        for code in codes:
            known.codes.add(code)
            self.by_code[code].add(name)
        return known

    def add_name(self, canonical: str, alias: str) -> None:
        known = self.companies[canonical]
        known.names.add(alias)
        self.by_name.setdefault(alias, canonical)
        if CODE_LIKE.match(alias):
            known.codes.add(alias)
            self.by_code[alias].add(canonical)
            return
        keys = name_keys(alias)
        if not keys.core:
            return
        self.by_core[(keys.script, keys.core)].add(canonical)
        sound = keys.pinyin or keys.letters
        if sound:
            self.by_sound[sound].add(canonical)
        if keys.script == "zh":
            self.chinese_cores[keys.pinyin].add(keys.core)

    def absorb(self, canonical: str, member: str) -> None:
        """`member` is found to be another name of `canonical`: its names, codes and assets go over."""
        gone = self.companies.pop(member, None)
        if gone is None or canonical not in self.companies:
            return
        for index in (self.by_core, self.by_sound, self.by_code, self.by_asset_owned):
            for holders in index.values():
                if member in holders:
                    holders.discard(member)
                    holders.add(canonical)
        for alias, holder in list(self.by_name.items()):
            if holder == member:
                self.by_name[alias] = canonical
        known = self.companies[canonical]
        known.names |= gone.names
        known.codes |= gone.codes
        known.assets |= gone.assets
        known.provisional = known.provisional and gone.provisional

    def add_owned_asset(self, owner: str, key: str) -> None:
        if owner in self.companies:
            self.companies[owner].assets.add(key)
        self.by_asset_owned[key].add(owner)

    def add_asset(self, canonical: str, names: list[str], owner: str | None) -> None:
        for name in {canonical, *names}:
            self.assets.setdefault(asset_key(name), canonical)
        if owner:
            self.asset_owner.setdefault(canonical, owner)
            for name in {canonical, *names}:
                self.add_owned_asset(owner, asset_key(name))

    def candidates(self, keys: NameKeys, codes: set[str], owned: set[str]) -> set[str]:
        found: set[str] = set()
        for code in codes:
            found |= self.by_code.get(code, set())
        for key in owned:
            found |= self.by_asset_owned.get(key, set())
        if keys.core:
            found |= self.by_core.get((keys.script, keys.core), set())
            found |= self.by_sound.get(keys.pinyin or keys.letters, set())
        return found


def seeded_index(lexicon: Lexicon, companies: Iterable[Company] = (),
                 assets: Iterable[tuple[str, list[str], str | None]] = ()) -> EntityIndex:
    """An index of the lexicon's companies (with their tickers), then the companies and assets
    already stored."""
    index = EntityIndex()
    tickers = {item["name"]: [str(t) for t in item.get("tickers", []) or []]
               for item in load_yaml("companies.yaml") or []}
    for (kind, canonical), entry in lexicon.entries.items():
        if kind == "company":
            index.add_company(canonical, entry.names, provisional=False, codes=tickers.get(canonical, []))
    for company in companies:
        index.add_company(company.name, company.aliases, company.provisional)
    for name, aliases, owner in assets:
        index.add_asset(name, aliases, owner)
    return index
