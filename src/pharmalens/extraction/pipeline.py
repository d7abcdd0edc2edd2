"""All recognisers and record builders run over one article."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..documents.articles import Article
from ..model.records import Record
from .asset_records import build_assets
from .clinical import build_clinical
from .companies import CompanyMention
from .context import Context
from .deals import build_deals
from .facilities import build_facilities
from .financials import build_financials
from .financings import build_financings
from .lexicon import Lexicon, default_lexicon
from .regulatory import build_regulatory
from .terminations import build_terminations


@dataclass
class ArticleFacts:
    article: Article
    records: dict[str, list[Record]]
    companies: list[CompanyMention]
    mentions: dict[str, list[str]] = field(default_factory=dict)


def extract_article(article: Article, lexicon: Lexicon | None = None) -> ArticleFacts:
    ctx = Context(article, lexicon or default_lexicon())
    terminations = build_terminations(ctx)
    assets, row_notes = build_assets(ctx, terminations)
    records: dict[str, list[Record]] = {
        "deals": build_deals(ctx),
        "assets": assets,
        "clinical": build_clinical(ctx),
        "regulatory": build_regulatory(ctx, row_notes),
        "financials": build_financials(ctx),
        "terminations": terminations,
        "financings": build_financings(ctx),
        "facilities": build_facilities(ctx),
    }
    mentions = {
        "nuclides": list(dict.fromkeys(n.nuclide for n in ctx.nuclides)),
        "targets": list(dict.fromkeys(h.canonical for h in ctx.hits("target"))),
        "modalities": list(dict.fromkeys(h.canonical for h in ctx.hits("modality"))),
    }
    return ArticleFacts(article, records, ctx.companies, mentions)
