"""One company and one asset per real thing, across documents and languages, for the names the
lexicon does not know.

A new company name is compared with every known company sharing a key with it. Evidence, each with
a reason: the same stock code (1.0), the same core in the same script once legal form and trade
words are gone (0.85), the pinyin of a Chinese core equal to the leading words of an English name
(0.7; 0.85 when both names are in the same document), an asset code both own (0.6: a licensee may be
read as an owner), and, beside other evidence, drug codes of one series (LC-2120 and LC-1104).
Further evidence adds 0.1. A score of MERGE_AT or more merges the name into the
known company, PROPOSE_AT or more records a proposal for review, and either way the decision is kept with its reason. Homophones are guarded: a
pinyin match never merges on its own, and counts for little when the English name already has a
different Chinese name that sounds the same (华熙/华西) or when two Chinese names share the pinyin.
Assets merge on a shared code, INN, brand or Chinese name unless their owners differ.
A person's decisions (merge, split, reject) always win over the scores."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from ..extraction.companies import CompanyMention
from ..extraction.same_core_names import other_field
from ..model.entities import EntityDecision
from ..model.patterns import rx
from ..model.records import Asset, Record
from .entity_index import CODE_LIKE, EntityIndex, asset_key
from .names import english_trade_tail, is_chinese, name_keys

MERGE_AT, PROPOSE_AT = 0.8, 0.5
COMPANY_FIELDS = ("company", "licensor", "licensee")


@dataclass(frozen=True)
class Match:
    canonical: str
    score: float
    reasons: tuple[str, ...]


class EntityResolver:
    def __init__(self, index: EntityIndex, decisions: Iterable[EntityDecision] = ()) -> None:
        self.index = index
        self.blocked: set[tuple[str, str, str]] = set()
        self.decided: set[tuple[str, str, str]] = set()
        self.forced: dict[tuple[str, str], str] = {}
        self.pending: dict[tuple[str, str], EntityDecision] = {}  # open company proposals by (canonical, member)
        self.pending_of: dict[str, set[tuple[str, str]]] = {}  # either name -> its open pairs
        for decision in decisions:
            self.remember(decision)

    def remember(self, decision: EntityDecision) -> None:
        """Take a decision into account; the newest about a pair wins."""
        pair, back = ((decision.kind, decision.canonical, decision.member),
                      (decision.kind, decision.member, decision.canonical))
        self.decided |= {pair, back}
        if decision.kind == "company":
            self._reopen(decision)
        if decision.action in ("split", "reject"):
            self.blocked |= {pair, back}
            if self.forced.get((decision.kind, decision.member)) == decision.canonical:
                del self.forced[(decision.kind, decision.member)]
        elif decision.action == "merge":
            self.blocked -= {pair, back}
            self.forced[(decision.kind, decision.member)] = decision.canonical

    def _reopen(self, decision: EntityDecision) -> None:
        """Keep a company proposal open for scoring again; any other decision about the pair closes it."""
        for pair in ((decision.canonical, decision.member), (decision.member, decision.canonical)):
            if self.pending.pop(pair, None) is not None:
                for name in pair:
                    self.pending_of.get(name, set()).discard(pair)
        if decision.action == "propose":
            pair = (decision.canonical, decision.member)
            self.pending[pair] = decision
            for name in pair:
                self.pending_of.setdefault(name, set()).add(pair)

    def resolve(self, records: dict[str, list[Record]], mentions: list[CompanyMention],
                codes: dict[str, set[str]]) -> tuple[list[CompanyMention], list[EntityDecision]]:
        """Rename merged companies and assets in the records (in place) and the mentions; returns
        the mentions and the decisions made."""
        flat = [record for group in records.values() for record in group]
        decisions: list[EntityDecision] = []
        renames = self._company_renames(flat, mentions, codes, decisions)
        mentions = [self._renamed_mention(m, renames) for m in mentions]
        for record in flat:
            _rename_companies(record, renames)
        self._learn_companies(flat, mentions, renames, codes)
        later = self._rescored_proposals({m.name for m in mentions} | {n for r in flat for n in _company_names(r)},
                                         decisions)
        if later:
            renames.update(later)
            mentions = [self._renamed_mention(m, later) for m in mentions]
            for record in flat:
                _rename_companies(record, later)
        self._resolve_assets(flat, decisions)
        return mentions + self._other_names(mentions, renames, codes), decisions

    def _rescored_proposals(self, in_document: set[str], decisions: list[EntityDecision]) -> dict[str, str]:
        """Open proposals about a company this document names, scored again on everything now known
        of both names (this document's codes, assets and shared mentions included); those that reach
        MERGE_AT are merged, and the merge is applied to what is stored. Returns member -> canonical."""
        merged: dict[str, str] = {}
        open_pairs = sorted({pair for name in in_document for pair in self.pending_of.get(name, ())})
        for canonical, member in open_pairs:
            proposal = self.pending.get((canonical, member))
            if proposal is None or canonical in merged or \
                    canonical not in self.index.companies or member not in self.index.companies:
                continue
            known = self.index.companies[member]
            together = in_document if known.names & in_document else set()
            reasons = self._company_evidence(member, canonical, known.codes, known.assets, together,
                                             tuple(known.names - {member}))
            score = _score(reasons)
            if score < MERGE_AT or score <= proposal.score:
                continue
            reason = "; ".join(r for _, r in reasons) + f" (proposed at {proposal.score}; scored again on later evidence)"
            decisions.append(EntityDecision("company", canonical, member, "merge", reason, score,
                                            names=(member, *sorted(known.names - {member}))))
            self.remember(decisions[-1])
            self.index.absorb(canonical, member)
            merged[member] = canonical
        return merged

    def _other_names(self, mentions: list[CompanyMention], renames: dict[str, str],
                     codes: dict[str, set[str]]) -> list[CompanyMention]:
        """Names a company is known by that no mention carries: a record's name merged into another
        company, and stock codes; as mentions, so the run's registry keeps them as aliases."""
        surfaces = {m.surface for m in mentions}
        extra = [(new, old) for old, new in renames.items() if old not in surfaces]
        extra += [(renames.get(name, name), code) for name, found in codes.items() for code in sorted(found)]
        return [CompanyMention(0, 0, name, alias, self.index.companies[name].provisional)
                for name, alias in extra if name in self.index.companies]

    def _company_renames(self, records: list[Record], mentions: list[CompanyMention],
                         codes: dict[str, set[str]], decisions: list[EntityDecision]) -> dict[str, str]:
        lexicon_names = {m.name for m in mentions if not m.provisional}
        named = [m.name for m in mentions if m.provisional] + [n for r in records for n in _company_names(r)]
        new = sorted(dict.fromkeys(n for n in named if n not in lexicon_names), key=lambda n: (-len(n), n))
        owned = _owned_assets(records)
        surfaces: dict[str, set[str]] = {}
        for mention in mentions:
            surfaces.setdefault(mention.name, set()).add(mention.surface)
        renames: dict[str, str] = {}
        for name in new:
            own_names = (name, *sorted(surfaces.get(name, set()) - {name}))
            target = self._company_target(own_names, codes.get(name, set()), owned.get(name, set()), set(named),
                                          decisions)
            if target and target != name:
                renames[name] = target
            self.index.add_company(target or name, {name}, codes=codes.get(name, set()))
        return renames

    def _company_target(self, own_names: tuple[str, ...], codes: set[str], owned: set[str], in_document: set[str],
                        decisions: list[EntityDecision]) -> str | None:
        """The known company a new name (with the other names it was written as) belongs to, if any."""
        name = own_names[0]
        forced = self.forced.get(("company", name))
        if forced:
            return forced
        if name in self.index.companies:
            return name
        if name in self.index.by_name:
            return self.index.by_name[name]
        match = self.best_company(name, codes, owned, in_document, own_names[1:])
        if match is None:
            return None
        pair = ("company", match.canonical, name)
        action = "merge" if match.score >= MERGE_AT else "propose"
        if pair not in self.decided:
            decisions.append(EntityDecision("company", match.canonical, name, action, "; ".join(match.reasons),
                                            match.score, names=own_names))
            self.decided.add(pair)
            if action == "propose":
                self._reopen(decisions[-1])
        return match.canonical if action == "merge" else None

    def best_company(self, name: str, codes: set[str], owned: set[str], in_document: set[str],
                     written_as: tuple[str, ...] = ()) -> Match | None:
        """The known company `name` most likely is; `written_as` are the other names its document
        gives it (an English name in brackets after a Chinese one)."""
        keys = name_keys(name)
        best: Match | None = None
        glossed = {self.index.by_name[n] for n in written_as if n in self.index.by_name}
        for canonical in sorted(self.index.candidates(keys, codes, owned) | glossed):
            if canonical == name or ("company", canonical, name) in self.blocked:
                continue
            reasons = self._company_evidence(name, canonical, codes, owned, in_document, written_as)
            if not reasons:
                continue
            score = _score(reasons)
            if score >= PROPOSE_AT and (best is None or score > best.score):
                best = Match(canonical, score, tuple(r for _, r in reasons))
        return best

    def _company_evidence(self, name: str, canonical: str, codes: set[str], owned: set[str],
                          in_document: set[str], written_as: tuple[str, ...] = ()) -> list[tuple[float, str]]:
        known = self.index.companies[canonical]
        keys, theirs = name_keys(name), known.keys()
        evidence = [(1.0, f"same stock code {code}") for code in sorted(codes & known.codes)][:1]
        evidence += [(0.9, f"a document writes {alias} as another name of {name}")
                     for alias in sorted(set(written_as) & known.names) if not CODE_LIKE.match(alias)][:1]
        evidence += [(0.6, f"both own {key}") for key in sorted(owned & known.assets)][:1]
        if keys.core and any(k.script == keys.script and k.core == keys.core for k in theirs) and \
                not _other_trade(name, known.names):
            evidence.append((0.85, f"same name without legal form and trade words: {keys.core}"))
        sound = self._sound_evidence(name, known.name, theirs, bool(in_document & known.names))
        evidence += [sound] if sound else []
        series = sorted(_code_series(owned) & _code_series(known.assets))
        if evidence and series and not any(key in known.assets for key in owned):
            evidence.append((0.5, f"both name their drugs {series[0].upper()}-…"))
        return evidence

    def _sound_evidence(self, name: str, canonical: str, theirs: list, together: bool) -> tuple[float, str] | None:
        keys = name_keys(name)
        if keys.script == "zh" and keys.pinyin:
            if not any(k.script == "en" and k.letters == keys.pinyin for k in theirs):
                return None
            pinyin, chinese = keys.pinyin, {keys.core}
        elif keys.script == "en" and keys.letters:
            chinese = {k.core for k in theirs if k.script == "zh" and k.pinyin == keys.letters}
            if not chinese:
                return None
            pinyin = keys.letters
        else:
            return None
        said = f"pinyin {pinyin} of {'/'.join(sorted(chinese))} matches {name if keys.script == 'en' else canonical}"
        own_chinese = {k.core for k in theirs if k.script == "zh" and k.pinyin == pinyin}
        if keys.script == "zh" and own_chinese - chinese:
            return 0.3, f"{said}, but {canonical} is {'/'.join(sorted(own_chinese))}: a homophone, not merged"
        homophones = self.index.chinese_cores.get(pinyin, set()) | chinese
        if len(homophones) > 1:
            return 0.55, f"{said}, but {'/'.join(sorted(homophones))} sound alike: review"
        return (0.85, f"{said}, named in the same document") if together else (0.7, said)

    def _renamed_mention(self, mention: CompanyMention, renames: dict[str, str]) -> CompanyMention:
        target = renames.get(mention.name)
        if target is None:
            return mention
        known = self.index.companies.get(target)
        return replace(mention, name=target, provisional=known.provisional if known else mention.provisional)

    def _learn_companies(self, records: list[Record], mentions: list[CompanyMention], renames: dict[str, str],
                         codes: dict[str, set[str]]) -> None:
        for mention in mentions:
            self.index.add_company(mention.name, {mention.surface}, mention.provisional)
        for old, new in renames.items():
            self.index.add_company(new, {old}, codes=codes.get(old, set()))
        for owner, keys in _owned_assets(records).items():
            for key in keys:
                self.index.add_owned_asset(owner, key)

    def _resolve_assets(self, records: list[Record], decisions: list[EntityDecision]) -> None:
        renames: dict[str, str] = {}
        for asset in (r for r in records if isinstance(r, Asset)):
            target = self._asset_target(asset, decisions)
            if target and target != asset.asset:
                renames[asset.asset] = target
        for record in records:
            old = getattr(record, "asset", None)
            if old in renames:
                record.asset = renames[old]
                if isinstance(record, Asset) and old not in record.aliases:
                    record.aliases.append(old)
        for asset in (r for r in records if isinstance(r, Asset)):
            self.index.add_asset(asset.asset, asset.aliases, asset.company)

    def _asset_target(self, asset: Asset, decisions: list[EntityDecision]) -> str | None:
        forced = self.forced.get(("asset", asset.asset))
        if forced:
            return forced
        names = [asset.asset, *asset.aliases]
        known = next((self.index.assets[asset_key(n)] for n in names if asset_key(n) in self.index.assets), None)
        if known is None or known == asset.asset or ("asset", known, asset.asset) in self.blocked:
            return known
        shared = next(n for n in names if self.index.assets.get(asset_key(n)) == known)
        owner = self.index.asset_owner.get(known)
        apart = owner and asset.company and owner != asset.company
        pair = ("asset", known, asset.asset)
        if pair not in self.decided:
            reason = f"same code or name {shared}" + (f", but owned by {owner} and {asset.company}" if apart else "")
            decisions.append(EntityDecision("asset", known, asset.asset, "propose" if apart else "merge", reason,
                                            0.6 if apart else 0.9))
            self.decided.add(pair)
        return None if apart else known


def _code_series(keys: Iterable[str]) -> set[str]:
    """The letters that open a company's drug codes ("lc" of lc2207 and lc1104): a series its own
    programmes share."""
    return {match.group(0) for key in keys if (match := _SERIES.match(key))}


_SERIES = rx(r"[a-z]{2,5}(?=\d)")


def _score(reasons: list[tuple[float, str]]) -> float:
    return round(min(1.0, max(s for s, _ in reasons) + 0.1 * (len(reasons) - 1)), 3) if reasons else 0.0


def _company_names(record: Record) -> list[str]:
    names = [getattr(record, f, None) for f in COMPANY_FIELDS]
    return [n for n in names + list(getattr(record, "investors", None) or []) if n]


def _rename_companies(record: Record, renames: dict[str, str]) -> None:
    for field in COMPANY_FIELDS:
        value = getattr(record, field, None)
        if value in renames:
            setattr(record, field, renames[value])
    investors = getattr(record, "investors", None)
    if investors:
        record.investors = list(dict.fromkeys(renames.get(n, n) for n in investors))


def _owned_assets(records: list[Record]) -> dict[str, set[str]]:
    owned: dict[str, set[str]] = {}
    for asset in (r for r in records if isinstance(r, Asset) and r.company):
        owned.setdefault(asset.company, set()).update(asset_key(n) for n in (asset.asset, *asset.aliases))
    return owned


def _other_trade(name: str, known_names) -> bool:
    """"Juno Isotope Sciences" beside a known "Juno Therapeutics" (or the other way round): names
    that end in different trade words, one of them in several, are two companies that begin with the
    same word, and so are two whose one trade word each differs in field ("Arcturus Oncology",
    "Arcturus Therapeutics"); one trade word for another ("Orano Med", "Orano Group") is still one company."""
    if is_chinese(name):
        return False
    tail = set(english_trade_tail(name))
    theirs = [set(english_trade_tail(n)) for n in known_names if not is_chinese(n)]
    return bool(tail and theirs) and all(t and (not t & tail and max(len(t), len(tail)) >= 2
                                                or other_field(tuple(sorted(tail)), tuple(sorted(t)))) for t in theirs)
