"""All recognisers and record builders run over one article."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..documents.articles import Article
from ..documents.normalise import fold_forms
from ..documents.relevance import inn_named, relevance_score
from ..model.patterns import rx
from ..model.records import Record
from .asset_drafts import stage_rank
from .companies import CompanyMention
from .company_context import trade_named
from .context import Context
from .lexicon import Lexicon, default_lexicon
from .registry import run_builders
from .regulatory_merging import merged_events


@dataclass
class ArticleFacts:
    article: Article
    records: dict[str, list[Record]]
    companies: list[CompanyMention]
    mentions: dict[str, list[str]] = field(default_factory=dict)


_BIOPHARMA_KINDS = {"pharma", "biotech", "cro_cdmo"}
_MENTIONS_ENOUGH = 6  # mentions of known drug companies that make a report biopharma news by themselves


def extract_article(article: Article, lexicon: Lexicon | None = None) -> ArticleFacts:
    lexicon = lexicon or default_lexicon()
    ctx = Context(article, lexicon)
    records = None
    if not article.document.relevant and (_names_biopharma_companies(ctx) or _names_known_drugs(ctx)
                                          or _drug_company_reports(ctx)):
        ctx = ctx.as_relevant()
        article = ctx.article
    elif not article.document.relevant and _short_item_of_drug_company(ctx):
        relevant = Context(replace(article, document=replace(article.document, relevant=True)), lexicon)
        records = run_builders(relevant)
        if any(records[name] for name in _NEWS_FACTS):
            article, ctx = relevant.article, relevant
        else:
            records = None
    records = records if records is not None else run_builders(ctx)
    _assets_as_written(ctx, records)
    _owners_from_deals(records)
    _events_under_asset_names(records)
    _events_owned_by_asset_company(records)
    _stages_from_events(records)
    mentions = {
        "nuclides": list(dict.fromkeys(n.nuclide for n in ctx.nuclides)),
        "targets": list(dict.fromkeys(h.canonical for h in ctx.hits("target"))),
        "modalities": list(dict.fromkeys(h.canonical for h in ctx.hits("modality"))),
    }
    investors = {name for f in records["financings"] for name in f.investors}
    companies = [_as_written(ctx, _as_investor(m, investors)) for m in ctx.companies]
    return ArticleFacts(article, records, companies, mentions)


def _as_investor(mention: CompanyMention, investors: set[str]) -> CompanyMention:
    """A company the lexicon does not know, named as a round's investor, is an investor."""
    if mention.provisional and mention.name in investors and mention.kind != "investor":
        return replace(mention, kind="investor")
    return mention


def _as_written(ctx: Context, mention: CompanyMention) -> CompanyMention:
    """A mention with the surface the file writes (traditional characters in a traditional-Chinese
    article), so the batch knows the company by that name too."""
    surface = ctx.quote(mention.start, mention.end)
    return mention if surface == mention.surface else replace(mention, surface=surface)


_ASSET_FIELDS = ("asset", "aliases")


def _assets_as_written(ctx: Context, records: dict[str, list[Record]]) -> None:
    """Asset names read from the one-script search copy, written back as the file writes them
    (普克魯胺 in a traditional-Chinese article, not 普克鲁胺)."""
    written = {}
    for mention in ctx.assets:
        quote = ctx.evidence(mention.start, mention.end).quote
        if quote != mention.surface and mention.label == mention.surface:
            written.setdefault(mention.surface, quote)
    if not written:
        return
    for rows in records.values():
        for record in rows:
            for name in _ASSET_FIELDS:
                value = getattr(record, name, None)
                if isinstance(value, str):
                    setattr(record, name, written.get(value, value))
                elif isinstance(value, list):
                    setattr(record, name, [written.get(v, v) if isinstance(v, str) else v for v in value])


def _owners_from_deals(records: dict[str, list[Record]]) -> None:
    """An asset out-licensed, optioned or sold in the article belongs to the licensor."""
    owners = {d.asset: d.licensor for d in records["deals"] if d.asset and d.licensor}
    for asset in records["assets"]:
        owner = owners.get(asset.asset) or next((owners[a] for a in asset.aliases if a in owners), None)
        if owner:
            asset.company = owner


def _events_under_asset_names(records: dict[str, list[Record]]) -> None:
    """One event told under two names of one asset (a headline's capitalised INN, the code beside the
    INN) is one record, under the asset's name; an event told under one name keeps it."""
    names = {}
    for asset in records["assets"]:
        for name in (asset.asset, *asset.aliases):
            names.setdefault(name, asset.asset)
    told: dict[str, set[str]] = {}
    for event in records["regulatory"]:
        if event.asset in names:
            told.setdefault(names[event.asset], set()).add(event.asset)
    shared = {name for name, written in told.items() if len(written) > 1}
    if not shared:
        return
    for event in records["regulatory"]:
        if names.get(event.asset) in shared:
            event.asset = names[event.asset]
    records["regulatory"] = merged_events(records["regulatory"], {})


def _events_owned_by_asset_company(records: dict[str, list[Record]]) -> None:
    """A regulatory event whose text names no company is the asset owner's event (one that names the
    holder, such as a partner granted a designation, keeps it)."""
    owners = {}
    for asset in records["assets"]:
        if asset.company:
            for name in (asset.asset, *asset.aliases):
                owners.setdefault(name, asset.company)
    for event in records["regulatory"]:
        if event.company is None and event.asset and event.asset in owners:
            event.company = owners[event.asset]


_EVENT_STAGES = {"approval": "approved", "filing": "nda", "ind": "ind"}


def _stages_from_events(records: dict[str, list[Record]]) -> None:
    """An asset whose own words give no stage is at the step its regulatory event tells ("announced FDA
    approval of X": approved; "the NDA for X was accepted": filed)."""
    told: dict[str, str] = {}
    for event in records["regulatory"]:
        stage = _EVENT_STAGES.get(event.event)
        name = fold_forms(event.asset or "")  # names compared in one script: an alias may be left in the other
        if name and stage and stage_rank(stage) > stage_rank(told.get(name)):
            told[name] = stage
    for asset in records["assets"]:
        if asset.stage is None:
            asset.stage = next((told[n] for n in map(fold_forms, (asset.asset, *asset.aliases)) if n in told), None)


_DRUG_TRADE = rx(r"药|生物|生技|生医|-B$|\b(?:Pharma\w*|Therapeutics|Bio\w*|Oncology|Medicines|Radiopharma\w*)\b", re.I)  # -B: listed as a pre-revenue biotech
_REPORTING = ("stock_code", "filing_header", "form_field", "announcer", "defined_term")


def _drug_company_reports(ctx: Context) -> bool:
    """A listed drug company reporting on itself (its results, a contract), in words no drug list
    holds: the issuer, marked by its stock code or a filing's header, says its trade in its name
    (X生物, X药业, X Therapeutics), or the lexicon knows it as a drug company."""
    issuer = ctx.issuer
    if issuer is None or (issuer.reason not in _REPORTING and not _heads_alone(ctx)):
        return False
    mention = issuer.mention
    known = not mention.provisional and mention.kind in _BIOPHARMA_KINDS
    return known or bool(_DRUG_TRADE.search(fold_forms(mention.name)) or _DRUG_TRADE.search(fold_forms(mention.surface)))


def _heads_alone(ctx: Context) -> bool:
    """A filing whose first line is its issuer's name alone, with its listing marker or code ("甲生物-B",
    "甲生物（02877.HK）"), as an exchange announcement opens."""
    mention = ctx.issuer.mention
    line_end = ctx.text.find("\n")
    return ctx.issuer.reason == "headline" and line_end > mention.end and mention.start <= 2 and \
        bool(_LISTING_MARKS.fullmatch(ctx.text, mention.end, line_end))


_LISTING_MARKS = rx(r"\s*(?:-\s*[BWSU]|[（(]\s*(?:\d{4,6}(?:\.HK)?|股份代号[:：]?\s*\d{4,6})\s*[)）])?\s*")
_SHORT_ITEM = 160  # characters: a news flash of one or two sentences
_NEWS_FACTS = ("financings", "deals", "regulatory", "terminations", "clinical", "financials")


def _short_item_of_drug_company(ctx: Context) -> bool:
    """A news flash too short for its words to weigh ("X生物完成2亿元A轮融资，由Y资本领投。") about a drug
    company (one the lexicon knows as such, or whose name says its trade): relevant when it states a
    financing, a deal or a regulatory event."""
    if len(ctx.text.strip()) > _SHORT_ITEM:
        return False
    return any(m.kind in _BIOPHARMA_KINDS and (not m.provisional or trade_named(m.name) or trade_named(m.surface))
               for m in ctx.companies)


def _names_known_drugs(ctx: Context) -> bool:
    """Weak wording, but a drug the lexicon knows or its INN names, named again and again, with companies
    around it (a filing about an agreement over that drug)."""
    drugs = [a for a in ctx.assets if a.from_lexicon or inn_named(a.name)]
    return len(drugs) >= _MENTIONS_ENOUGH // 2 and len({m.name for m in ctx.companies}) >= 2


def _drug_trade_named(name: str) -> bool:
    """A name saying its trade by more than 科技 (X生物科技, not X科技集团股份有限公司: a tech group)."""
    return trade_named(name) and bool(_BEYOND_TECH.search(fold_forms(name)))


_BEYOND_TECH = rx(r"药|生物|生技|生医|基因|细胞|[A-Za-z]")


def _names_biopharma_companies(ctx: Context) -> bool:
    """Weak biopharma wording, but drug companies named again and again: a company report (an
    agreement between two drug companies may never use a drug word). A company the lexicon does not
    know counts when one of its names says its trade (X药业, X Therapeutics)."""
    traded = {m.name for m in ctx.companies if m.provisional and (_drug_trade_named(m.name) or _drug_trade_named(m.surface))}
    known = [m for m in ctx.companies if m.kind in _BIOPHARMA_KINDS and (not m.provisional or m.name in traded)]
    if len(known) < 2:
        return False
    if len(known) >= _MENTIONS_ENOUGH and len({m.name for m in known}) >= 2:
        return True
    return relevance_score(ctx.text) >= 0.5
