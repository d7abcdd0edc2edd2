"""Deal records: parties and their roles, type, asset, territory, money by role, royalty, date."""
from __future__ import annotations

import re

from ..model.records import Deal, Evidence, Money
from .companies import CompanyMention
from .context import Context
from .dates import nearest_date
from .money import MoneyMention
from .parties import Parties, find_parties, orient
from .sentences import Sentence
from ..model.patterns import rx

EXTRACTOR, VERSION = "deals", "1"

_TRIGGER = rx(
    r"许可|授权|授權|許可|引进|引入|收购|并购|收購|併購|合作|权益|權益|首付款|里程碑|NewCo|選擇權|选择权|"
    r"\b(?:licens\w*|acqui\w+|collaborat\w*|partnership|agreement|deal|merger|option|NewCo|rights|upfront|milestones?)\b",
    re.I)
_TYPES = [
    ("newco", rx(r"\bNewCo\b|新公司|合资公司", re.I)),
    ("acquisition", rx(r"收购|并购|收購|併購|\bacqui(?:re|red|res|ring|sition)\b|\bmerger\b|\btakeover\b", re.I)),
    ("option", rx(r"选择权|選擇權|\boption\b", re.I)),
    ("license", rx(r"许可|授权|授權|許可|权益|權益|\blicens\w*|\brights\b|引进|引入", re.I)),
    ("equity", rx(r"股权投资|战略投资|入股|\bequity investment\b|\bstake\b", re.I)),
    ("collaboration", rx(r"合作|\bcollaborat\w*|\bpartnership\b|co-develop", re.I)),
]
_ROLE_BEFORE = [
    ("total", rx(r"(?:总金额|總金額|总额|總額|总价|總價|合计|合計|总计|總計|交易总|total(?:ing|ling)?|deal value|aggregate|in total|worth|valued at|價值|价值)[^。；;]{0,12}$", re.I)),
    ("milestones", rx(r"(?:里程碑|milestones?)[^。；;，,]{0,14}$", re.I)),
    ("upfront", rx(r"(?:首付款|首期付款|预付款|預付款|upfront(?: payment| cash)?|up-front)[^。；;，,]{0,12}$", re.I)),
    ("equity", rx(r"(?:股权投资|股權投資|equity investment|equity)[^。；;，,]{0,12}$", re.I)),
]
_ROLE_AFTER = [
    ("milestones", rx(r"^\s*(?:in|of)?\s*(?:[\w,\s-]{0,60}?)milestones?", re.I)),
    ("milestones", rx(r"^\s*的?(?:[^。；;，,]{0,12})里程碑")),
    ("upfront", rx(r"^\s*(?:in\s+)?(?:upfront|up-front|的首付款|首付款)", re.I)),
    ("equity", rx(r"^\s*(?:in\s+)?equity|^\s*的?股权投资", re.I)),
]
_ROYALTY = rx(r"(?:tiered |double-digit |single-digit |low |mid |high )*(?:royalt(?:y|ies)(?: (?:of|on|up to)[^.;,]{0,40})?)|"
                      r"(?:分级|分層|分层|阶梯式)?(?:的)?(?:销售)?(?:特许权使用费|特許權使用費|销售提成|銷售提成|版税)", re.I)
_TERRITORY = [
    rx(r"在(?P<t>[^。；，,]{2,60}?)(?:市场|地区|区域|範圍|范围)?(?:内)?(?:的)?(?:独占|獨佔|独家|獨家)?(?:的)?(?:产品)?(?:开发|研发|生产|商业化|商業化)"),
    rx(r"(?P<t>(?:大中华区|大中華區|全球|中国大陆|中國大陸|海外)(?:以外)?)(?:的|地区|范围)"),
    rx(r"\b(?P<t>(?:global|worldwide|ex-China|outside (?:of )?(?:Greater )?China|in (?:Greater )?China|in the (?:U\.S\.|US|United States)|in Europe))\b", re.I),
]
_LIST_OF_COMPANIES = rx(r"〉\s*(?:、|,|，|and|&|及|和)\s*〈(\d+)〉\s*(?:等|and other|,? and others)", re.I)


def build_deals(ctx: Context) -> list[Deal]:
    if not ctx.article.document.relevant:
        return []
    deals: list[Deal] = []
    units = _units(ctx)
    for index, (sentence, parties) in enumerate(units):
        stop = units[index + 1][0].start if index + 1 < len(units) else None
        deal = _deal(ctx, sentence, parties, stop)
        if deal is not None:
            _merge_or_add(deals, deal)
    return deals


def _units(ctx: Context) -> list[tuple[Sentence, Parties]]:
    units = []
    for sentence in ctx.sentences:
        if not _TRIGGER.search(sentence.text):
            continue
        mentions = ctx.companies_in(sentence.start, sentence.end)
        parties = find_parties(sentence.text, sentence.start, mentions) if len(mentions) >= 2 else None
        if parties is None:
            parties = _single_party(ctx, sentence, mentions)
        if parties is not None:
            units.append((sentence, parties))
    return units


def _single_party(ctx: Context, sentence: Sentence, mentions: list[CompanyMention]) -> Parties | None:
    """One named party and money in the same sentence: the other party went unnamed."""
    names = {m.name for m in mentions}
    if len(names) != 1 or not ctx.in_range(ctx.money, sentence.start, sentence.end):
        return None
    if not re.search(r"upfront|milestone|首付款|里程碑|licens|许可|授权|collaborat|合作", sentence.text, re.I):
        return None
    return Parties(mentions[0], None, False)


def _deal(ctx: Context, sentence: Sentence, parties: Parties, stop: int | None) -> Deal | None:
    parties = orient(parties, _countries(ctx))
    para_start, para_end = ctx.paragraph_of(sentence.start)
    end = min(para_end, stop) if stop and stop > sentence.start else para_end
    end = _unit_end(ctx, sentence, end)
    money = _money_by_role(ctx, ctx.in_range(ctx.money, sentence.start, end))
    if parties.licensee is None and not money:
        return None
    evidence = [ctx.evidence(sentence.start, end)]
    date = nearest_date(ctx.dates, sentence.start, sentence.end, window=max(60, sentence.start - para_start))
    asset = _asset(ctx, sentence.start, end)
    unit_text = ctx.text[sentence.start:end]
    return Deal(
        document=ctx.doc_id, evidence=evidence, extractor=EXTRACTOR, version=VERSION,
        licensor=parties.licensor.name if parties.licensor else None,
        licensee=parties.licensee.name if parties.licensee else None,
        asset=asset, deal_type=_deal_type(unit_text), territory=_territory(ctx, sentence.start, end),
        upfront=money.get("upfront"), milestones=money.get("milestones"), total=money.get("total"),
        equity=money.get("equity"), royalty=_royalty(unit_text),
        announced=date.value if date else None,
    )


def _unit_end(ctx: Context, sentence: Sentence, limit: int) -> int:
    """The deal sentence and the sentences after it in its paragraph that still speak of its terms."""
    end = sentence.end
    for nxt in ctx.sentences:
        if nxt.start < sentence.end or nxt.start >= limit:
            continue
        if not re.search(r"首付款|里程碑|总金额|总额|特许权|upfront|milestone|royalt|total|deal value|\$|美元|欧元|港元", nxt.text, re.I):
            break
        end = nxt.end
    return end


def _money_by_role(ctx: Context, mentions: list[MoneyMention]) -> dict[str, Money]:
    roles: dict[str, Money] = {}
    previous_end = None
    for mention in mentions:
        role = _role(ctx.text, mention, previous_end)
        previous_end = mention.end
        if role and role not in roles:
            roles[role] = mention.money
    return roles


def _role(text: str, mention: MoneyMention, previous_end: int | None) -> str | None:
    after = text[mention.end:mention.end + 80]
    for role, pattern in _ROLE_AFTER:
        if pattern.search(after) and not re.match(r"^\s*(?:and|以及|及|和)\s", after):
            return role
    start = max(previous_end or 0, mention.start - 40)
    before = text[start:mention.start]
    for role, pattern in _ROLE_BEFORE:
        if pattern.search(before):
            return role
    return None


def _asset(ctx: Context, start: int, end: int) -> str | None:
    assets = ctx.in_range(ctx.assets, start, end)
    return assets[0].name if assets else None


def _deal_type(text: str) -> str:
    for name, pattern in _TYPES:
        if pattern.search(text):
            if name == "option" and not re.search(r"option to (?:license|acquire|exclusive)|option fee|选择权|選擇權|option agreement|exercise", text, re.I):
                continue
            if name == "license" and re.search(r"research service|研发服务|CRO|CDMO", text, re.I):
                return "collaboration"
            return name
    return "collaboration"


def _territory(ctx: Context, start: int, end: int) -> str | None:
    text = ctx.text[start:end]
    for pattern in _TERRITORY:
        match = pattern.search(text)
        if match:
            return ctx.article.file_text[slice(*ctx.article.mapped.source_span(start + match.start("t"), start + match.end("t")))]
    return None


def _royalty(text: str) -> str | None:
    match = _ROYALTY.search(text)
    return match.group(0).strip() if match else None


def _countries(ctx: Context) -> dict[str, str | None]:
    out = {}
    for m in ctx.companies:
        entry = ctx.lexicon.entry("company", m.name)
        out[m.name] = entry.info.get("country") if entry else ("CN" if re.search(r"[\u4e00-\u9fff]", m.surface) else None)
    return out


def _merge_or_add(deals: list[Deal], deal: Deal) -> None:
    for existing in deals:
        same_parties = {existing.licensor, existing.licensee} == {deal.licensor, deal.licensee}
        if same_parties and (existing.asset == deal.asset or deal.asset is None or existing.asset is None):
            if existing.asset is None and deal.asset is None and existing.announced != deal.announced:
                continue
            for field in ("upfront", "milestones", "total", "equity", "royalty", "territory", "asset", "announced"):
                if getattr(existing, field) is None and getattr(deal, field) is not None:
                    setattr(existing, field, getattr(deal, field))
            existing.evidence.extend(e for e in deal.evidence if e not in existing.evidence)
            return
    deals.append(deal)


def money_evidence(ctx: Context, money: MoneyMention) -> Evidence:
    return ctx.evidence(money.start, money.end)
