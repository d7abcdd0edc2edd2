"""Everything the record builders need about one article, recognised once."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from copy import copy
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache

from ..documents.articles import Article
from ..documents.long_lines import split_long_lines
from ..model.budget import CheckedList
from ..model.records import Evidence
from .asset_aliases import parenthetical_aliases
from .assets import AssetMention, find_assets
from .companies import CompanyMention, find_companies
from .cues import CueIndex, cue_alternation, cue_index
from .open_indications import open_indication_hits
from .open_targets import open_target_hits
from .dates import DateMention, find_dates
from .issuer import Issuer, find_issuer
from .layout import Layout, read_layout
from .lexicon import Hit, Lexicon
from .money import MoneyMention, find_money, local_currency, sign_currency
from .nuclides import NuclideMention, find_nuclides
from .sentences import Sentence, sentences
from .stages import StageMention, find_stages
from ..model.patterns import rx

_DEFINED_SELF = rx(r"本公司|本集团|发行人|\bthe Company\b|\bthe Group\b|(?<![\u4e00-\u9fff])集团(?=以|拟|持有|增持|收购|认购|出资|斥资)")
_SELF_REFERENCE = rx(r"本公司|本集团|该公司|发行人|(?:(?<![\u4e00-\u9fff])|(?<=[称示]))公司(?!治理|法|章程|名称|层面|整体)|the Company\b|the company\b|\bthe Group\b|集团(?=与|将|于|已|以|拟|持有|增持|收购|认购|出资|斥资)|\b[Ww]e(?= (?:have |has |had |also |further )?(?:entered|signed|received|obtained|completed|announced|acquired|licensed|granted|initiated|dosed|submitted|reported|recorded|achieved|raised|closed|terminated|discontinued|decided)\b)")



_DESCRIPTOR = rx(r"\b[Tt]he (?:(?:Big|big) Pharma|(?:[A-Z][a-z]+ |Swiss |British |German |French |U\.S\. |Japanese |American )?(?:drugmaker|drug maker|pharma giant|pharmaceutical giant|pharma major|pharma company))\b|"
                 r"\b[Tt]he (?P<biotech>(?:[A-Z][a-z]+ |Chinese |Shanghai-based |Hangzhou-based |Suzhou-based |Beijing-based |Korean |Japanese )?(?:biotech|biotech company|startup|drug developer))\b")


@lru_cache(maxsize=1)
def _negative_status() -> re.Pattern[str]:
    """A receptor named as negative for patient selection ("HER2-negative", "HR+/HER2– disease",
    "HER2阴性"): a dash closing the name before a word or a separator says the same; a dash before "and"
    or "or" leaves the name open ("CD20- and CD3-binding")."""
    word = cue_alternation("asset.negative_status")
    return rx(rf"[-−–](?:\s*{word}|(?=[/,;)）、]|\s+(?!and\b|or\b|to\b)[a-z]))|\s*{word}", re.I)


# "AR-225", "ER100": two capitals opening a drug code are the company's letters, not a target symbol
_CODE_NUMBER = rx(r"-?\d{2,}")


@dataclass
class Context:
    article: Article
    lexicon: Lexicon
    text: str = field(init=False)

    def __post_init__(self) -> None:
        self.text = split_long_lines(self.article.search)
        self.claimed_money: set[int] = set()
        self._start_cache: dict[int, tuple[list, list[int] | None, bool]] = {}
        self._companies_in: dict[tuple[int, int, bool], tuple[CompanyMention, ...]] = {}
        self.memo: dict[tuple, object] = {}  # what pure functions of the article's text gave, by function and arguments

    def as_relevant(self) -> Context:
        """This context with its document marked relevant (the pipeline found it biopharma news after
        all): what was recognised in the text so far is kept, not found again."""
        twin = copy(self)
        twin.article = replace(self.article, document=replace(self.article.document, relevant=True))
        twin.claimed_money = set(self.claimed_money)
        twin._start_cache, twin._companies_in, twin.memo = dict(self._start_cache), dict(self._companies_in), dict(self.memo)
        return twin

    @property
    def doc_id(self) -> str:
        return self.article.document.id

    @property
    def published(self) -> str | None:
        return self.article.document.published

    def evidence(self, start: int, end: int) -> Evidence:
        s, e, quote = self.article.evidence_span(start, end)
        return Evidence(s, e, quote)

    def quote(self, start: int, end: int) -> str:
        """What the file writes for [start, end) of the text: an evidence's quote, without making one."""
        return self.article.evidence_span(start, end)[2]

    @cached_property
    def companies(self) -> list[CompanyMention]:
        found = find_companies(self.text, self.lexicon)
        first_at: dict[str, int] = {}
        return [self._as_written(m, first_at) if m.provisional else self._surface_as_written(m) for m in found]

    def _surface_as_written(self, m: CompanyMention) -> CompanyMention:
        """A known company keeps its canonical name; its surface is what the file writes."""
        surface = self.quote(m.start, m.end)
        return m if surface == m.surface else CompanyMention(m.start, m.end, m.name, surface, m.provisional, m.kind)

    def _as_written(self, m: CompanyMention, first_at: dict[str, int]) -> CompanyMention:
        """A provisional company keeps its name as the file writes it (traditional characters in a
        traditional-Chinese article)."""
        at = first_at.get(m.name)
        if at is None:
            at = first_at[m.name] = self.text.find(m.name)
        if at < 0:
            return m
        name = self.quote(at, at + len(m.name))
        surface = self.quote(m.start, m.end)
        if name == m.name and surface == m.surface:
            return m
        return CompanyMention(m.start, m.end, name, surface, m.provisional, m.kind)

    @cached_property
    def nuclides(self) -> list[NuclideMention]:
        return find_nuclides(self.text)

    @cached_property
    def lexicon_hits(self) -> list[Hit]:
        """Targets, modalities, indications and agencies; a modality word inside a company's name
        ("Halvard Radiotherapeutics", "Kestrel Antibodies") says nothing of a drug."""
        hits = self.lexicon.find(self.text, {"target", "modality", "indication", "agency"})
        names = self.companies
        hits = [h for h in hits if h.kind != "modality"
                or not any(c.start <= h.start and h.end <= c.end for c in self.in_range(names, h.start - 80, h.end + 80))]
        hits = [h for h in hits if h.kind != "target" or not _negative_status().match(self.text, h.end)
                and not (h.end - h.start == 2 and _CODE_NUMBER.match(self.text, h.end))]
        return sorted(hits + open_target_hits(self.text, hits) + open_indication_hits(self.text, hits),
                      key=lambda h: h.start)

    @cached_property
    def _hits_by_kind(self) -> dict[str, tuple[list[int], list[Hit], bool]]:
        """Each kind's hits in order, their starts, and whether their ends rise with the starts."""
        by_kind: dict[str, list[Hit]] = {}
        for hit in self.lexicon_hits:
            by_kind.setdefault(hit.kind, []).append(hit)
        return {k: ([h.start for h in v], v, all(a.end <= b.end for a, b in zip(v, v[1:]))) for k, v in by_kind.items()}

    def hits(self, kind: str, start: int = 0, end: int | None = None) -> list[Hit]:
        end = len(self.text) if end is None else end
        found = self._hits_by_kind.get(kind)
        if found is None:
            return []
        starts, hits, rising = found
        i, j = bisect_left(starts, start), bisect_left(starts, end)
        if rising:  # only the last hits can run past `end`
            while j > i and hits[j - 1].end > end:
                j -= 1
            return hits[i:j]
        return [h for h in hits[i:j] if h.end <= end]

    @cached_property
    def assets(self) -> list[AssetMention]:
        excluded = [(n.start, n.end) for n in self.nuclides] + [(h.start, h.end) for h in self.lexicon_hits]
        excluded += [(c.start, c.end) for c in self.companies]
        return find_assets(self.text, self.lexicon, excluded)

    @cached_property
    def asset_aliases(self) -> tuple[tuple[AssetMention, AssetMention], ...]:
        """Pairs of the article's assets written as two names of one ("A (B)"); several builders ask."""
        return tuple(parenthetical_aliases(self.text, self.assets))

    @cached_property
    def money(self) -> list[MoneyMention]:
        lang = self.article.document.lang
        return find_money(self.text, local_currency(self.text, lang), sign_currency(self.text, lang))

    @cached_property
    def dates(self) -> list[DateMention]:
        """Dates, but none inside a company's name (a fund or NewCo named with a year)."""
        names = self.companies
        return [d for d in find_dates(self.text, self.published)
                if not any(c.start < d.end and d.start < c.end for c in self.in_range(names, d.start - 40, d.end + 40))]

    @cached_property
    def layout(self) -> Layout:
        """Tables, grids of figures, list items and unwrapped sentences (see layout.py)."""
        return read_layout(self.text)

    @cached_property
    def stages(self) -> list[StageMention]:
        return find_stages(self.text)

    @cached_property
    def sentences(self) -> list[Sentence]:
        return CheckedList(sentences(self.text))

    @cached_property
    def issuer(self) -> Issuer | None:
        return find_issuer(self.text, self.companies)

    @property
    def main_company(self) -> CompanyMention | None:
        """The company the article is about (see issuer.py)."""
        return self.issuer.mention if self.issuer else None

    @cached_property
    def cues(self) -> CueIndex:
        return cue_index(self.text)

    @cached_property
    def self_references(self) -> list[tuple[int, int]]:
        if self.main_company is None:
            return []
        return [(m.start(), m.end()) for m in _SELF_REFERENCE.finditer(self.text)]

    @cached_property
    def _company_ends(self) -> set[int]:
        return {m.end for m in self.companies}

    @cached_property
    def descriptor_references(self) -> list[CompanyMention]:
        """"The Big Pharma", "the German drugmaker", "the Chinese biotech": the latest company of that
        kind named before."""
        found = []
        for match in _DESCRIPTOR.finditer(self.text):
            kinds = {"biotech"} if match.group("biotech") else {"pharma"}
            earlier = [m for m in self.companies if m.end <= match.start() and m.kind in kinds]
            if earlier:
                m = earlier[-1]
                found.append(CompanyMention(match.start(), match.end(), m.name, match.group(0), m.provisional, m.kind))
        return found

    def unnamed_issuer_in(self, start: int, end: int) -> list[CompanyMention]:
        """A filing's defined self-reference (本公司, 本集团, "the Company") when the issuer is never
        named: a party whose name the article does not give."""
        if self.issuer is not None:
            return []
        return [CompanyMention(m.start(), m.end(), "", m.group(0), True, "other")
                for m in _DEFINED_SELF.finditer(self.text, start, end)]

    def companies_in(self, start: int, end: int, with_self: bool = True) -> list[CompanyMention]:
        """The companies named in [start, end) in order, with the descriptors and self-references
        that stand for one; builders ask about the same sentence and clause again and again."""
        key = (start, end, with_self)
        done = self._companies_in.get(key)
        if done is None:
            done = self._companies_in[key] = tuple(self._companies_between(start, end, with_self))
        return list(done)

    def _companies_between(self, start: int, end: int, with_self: bool) -> list[CompanyMention]:
        found = self.in_range(self.companies, start, end)
        ordered = self._starts(self.companies) is not None  # nothing added to a sorted list: no sort
        described = self.in_range(self.descriptor_references, start, end) if with_self else []
        if described:
            found += described
            ordered = False
        if with_self and self.main_company is not None:
            main = self.main_company
            ends = self._company_ends
            references = self.self_references
            for s, e in references[bisect_left(references, (start, start)):bisect_left(references, (end, end))]:
                if s in ends:  # "Telix公司", "默沙东公司": the word belongs to the name before it
                    continue
                if start <= s and e <= end and not any(m.start <= s < m.end for m in found):
                    found.append(CompanyMention(s, e, main.name, self.text[s:e], main.provisional, main.kind))
                    ordered = False
        return found if ordered else sorted(found, key=lambda m: m.start)

    def company_in_cell(self, cell) -> str | None:
        """The company a table cell names: a recognised one, else the cell as written."""
        if cell is None:
            return None
        named = self.companies_in(cell.start, cell.end, with_self=False)
        return named[0].name if named else self.evidence(cell.start, cell.end).quote

    def in_range(self, items: list, start: int, end: int) -> list:
        """Items lying within [start, end), found by bisection in a list sorted by start."""
        cached = self._start_cache.get(id(items))
        if cached is None or cached[0] is not items:
            cached = self._index(items)
        starts = cached[1]
        if starts is None:
            return [i for i in items if start <= i.start < end and i.end <= end]
        i, j = bisect_left(starts, start), bisect_left(starts, end)
        if cached[2]:  # the ends rise with the starts: those running past `end` are the last ones
            while j > i and items[j - 1].end > end:
                j -= 1
            return items[i:j]
        return [x for x in items[i:j] if x.end <= end]

    def first_starting(self, items: list, start: int, end: int):
        """The first item of a list of the context's that starts within [start, end), or None."""
        starts = self._starts(items)
        if starts is None:
            return next((i for i in items if start <= i.start < end), None)
        k = bisect_left(starts, start)
        return items[k] if k < len(items) and items[k].start < end else None

    def sentences_holding(self, names: Iterable[str]) -> list[Sentence]:
        """The sentences, in order, in which a cue of one of the sets starts: every sentence that holds
        one (cues.has) and a few more. A builder that reads nothing from a sentence without such a cue
        loops over these, not over each sentence asking each set about it."""
        sentences, starts = self.sentences, self._starts(self.sentences)
        picked = set()
        for name in names:
            for cue in self.cues.hits(name):
                i = bisect_right(starts, cue.start) - 1
                if i >= 0 and cue.start < sentences[i].end:
                    picked.add(i)
        return [sentences[i] for i in sorted(picked)]

    def sentences_starting(self, lo: int, hi: int) -> list[Sentence]:
        """The sentences that start within [lo, hi], in order: two bisections, not a look at each."""
        starts = self._starts(self.sentences)
        return self.sentences[bisect_left(starts, lo):bisect_right(starts, hi)]

    def _starts(self, items: list) -> list[int] | None:
        """The starts of a list of the context's (kept while the list is), or None if it is not sorted."""
        cached = self._start_cache.get(id(items))
        return (cached if cached is not None and cached[0] is items else self._index(items))[1]

    def _index(self, items: list) -> tuple[list, list[int] | None, bool]:
        """A list's starts (None if it is not sorted by them) and whether its ends rise with them."""
        starts = [i.start for i in items]
        ordered = all(a <= b for a, b in zip(starts, starts[1:]))
        rising = ordered and all(a.end <= b.end for a, b in zip(items, items[1:]))
        cached = self._start_cache[id(items)] = (items, starts if ordered else None, rising)
        return cached

    def paragraph_of(self, pos: int) -> tuple[int, int]:
        start = self.text.rfind("\n", 0, pos) + 1
        end = self.text.find("\n", pos)
        return start, len(self.text) if end < 0 else end

    def sentence_at(self, pos: int) -> Sentence | None:
        for s in self.sentences:
            if s.start <= pos < s.end:
                return s
        return None
