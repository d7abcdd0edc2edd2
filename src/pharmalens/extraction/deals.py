"""Deal records: parties and their roles, type, asset, territory, money by role, royalty, date.

An article states a deal in one sentence ("X and Y announced...", "X将...许可给Y") and its terms
in the sentences after it, often in the next paragraph. Each relation sentence opens a deal frame;
sentences with deal money or terms that follow it attach to the latest frame; a frame with the same
parties again is the same deal."""
from __future__ import annotations

import re
from decimal import Decimal
from dataclasses import dataclass, field

from ..model.patterns import rx
from ..model.records import Deal, Money
from .companies import CompanyMention, chinese_places
from .context import Context
from .dates import nearest_date
from .money import MoneyMention, is_share_price
from .parties import Parties, find_parties, orient
from .sentences import Sentence
from .table import cell_number, read_tables, table_unit

EXTRACTOR, VERSION = "deals", "2"

_TRIGGER = rx(
    r"许可|授权|授權|許可|引进|引入|收购|并购|收購|併購|合作|权益|權益|认购|認購|入股|首付款|里程碑|NewCo|選擇權|选择权|"
    r"\b(?:licens\w*|acqui\w+|collaborat\w*|partnership|agreement|deal|merger|option|NewCo|rights|upfront|milestones?|equity|invest\w*)\b",
    re.I)
_TERMS = rx(r"首付款|预付款|里程碑|总金额|總金額|总额|總額|特许权|特許權|对价|對價|认购|認購|\bupfront\b|\bmilestones?\b|\broyalt|\btotal\b|"
            r"\bdeal value\b|\btransaction value\b|\bconsideration\b|\bequity\b|\bper share\b", re.I)
_TYPES = [
    ("option", rx(r"\boption to (?:acquire|license|in-license|exclusively)|\boption and licen[sc]e|选择权及许可|選擇權及許可|独家选择权|獨家選擇權", re.I)),
    ("newco", rx(r"\bNewCo\b|新公司|新设公司|新設公司|合资公司|\bnew company\b|\bnewly formed\b|\bnewly created\b", re.I)),
    ("acquisition", rx(r"收购|并购|收購|併購|\bacqui(?:re|red|res|ring|sition)\b|\bmerger\b|\btakeover\b|\btender offer\b", re.I)),
    ("option", rx(r"选择权|選擇權|\boption\b", re.I)),
    ("license", rx(r"许可|授权|授權|許可|权益|權益|\blicens\w*|\brights\b|引进|引入|引進", re.I)),
    ("equity", rx(r"股权投资|股權投資|战略投资|入股|认购|認購|\bequity investment\b|\bstake\b|\bsubscri\w+", re.I)),
    ("collaboration", rx(r"合作|\bcollaborat\w*|\bpartnership\b|co-develop", re.I)),
]
_ROLE_BEFORE = [
    ("milestones", rx(r"(?:contingent value rights?|\bCVRs?\b|或有价值权)[^。；;.]{0,30}$", re.I)),
    ("total", rx(r"\b(?:acquire|acquisition of|buy|purchase)\b[^。.;]{0,60}\bfor\s+(?:approximately\s+|about\s+|up to\s+|a total of\s+)?$", re.I)),
    ("total", rx(r"(?:总金额|總金額|总额|總額|总价|總價|合计|合計|总计|總計|交易总|对价|對價|total(?:ing|ling)?|deal value|transaction value|aggregate|in total|worth|valued at|價值|价值|could reach)[^。；;]{0,30}$", re.I)),
    ("milestones", rx(r"(?:里程碑|milestones?)[^。；;，,]{0,14}$", re.I)),
    ("upfront", rx(r"(?:首付款|首期付款|预付款|預付款|upfront(?: payment| cash)?|up-front|option fee|选择权费|選擇權費)[^。；;，,]{0,12}$", re.I)),
    ("equity", rx(r"(?:股权投资|股權投資|认购|認購|equity investment|equity)[^。；;，,]{0,12}$", re.I)),
]
_ROLE_AFTER = [
    ("milestones", rx(r"^\s*(?:in\s+)?(?:contingent value rights?|CVRs?)\b", re.I)),
    ("milestones", rx(r"^\s*(?:in|of)?\s*(?:[\w,\s-]{0,60}?)milestones?", re.I)),
    ("milestones", rx(r"^\s*的?(?:[^。；;，,]{0,12})里程碑")),
    ("upfront", rx(r"^\s*(?:in\s+)?(?:upfront|up-front|的首付款|首付款)", re.I)),
    ("equity", rx(r"^\s*(?:in\s+)?equity|^\s*的?股权投资|^\s*(?:认购|認購)", re.I)),
]
_ROYALTY = rx(r"(?:tiered |double-digit |single-digit |low |mid |high )*(?:royalt(?:y|ies)(?: (?:of|on|up to)[^.;,]{0,40})?)|"
              r"(?:分级|分層|分层|阶梯式|雙位數百分比的|双位数百分比的)?(?:的)?(?:销售)?(?:特许权使用费|特許權使用費|销售提成|銷售提成|版税)", re.I)
_TERRITORY = [
    rx(r"在(?P<t>[^。；，,]{2,60}?)(?:市场|地区|区域|範圍|范围)?(?:内)?(?:的)?(?:独占|獨佔|独家|獨家)?(?:的)?(?:产品)?(?:开发|研发|生产|商业化|商業化)"),
    rx(r"(?P<t>(?:大中华区|大中華區|全球|中国大陆|中國大陸|海外)(?:以外)?)(?:的|地区|范围)"),
    rx(r"\b(?P<t>(?:global|worldwide(?: excluding [A-Z][\w ]{2,20})?|ex-China|outside (?:of )?(?:Greater )?China|"
       r"in (?:Greater )?China|in the (?:U\.S\.|US|United States)|in Europe))\b", re.I),
]
_FRAME_REACH = 1500
_DISTINCT_KINDS = {"acquisition", "option", "equity", "newco"}


@dataclass
class Frame:
    parties: Parties
    sentences: list[Sentence] = field(default_factory=list)
    money: dict[str, Money] = field(default_factory=dict)

    @property
    def start(self) -> int:
        return self.sentences[0].start

    @property
    def end(self) -> int:
        return self.sentences[-1].end

    def names(self) -> set[str | None]:
        return {self.parties.licensor.name if self.parties.licensor else None,
                self.parties.licensee.name if self.parties.licensee else None}


def build_deals(ctx: Context) -> list[Deal]:
    if not ctx.article.document.relevant:
        return []
    frames: list[Frame] = []
    countries = _countries(ctx)
    for sentence in ctx.sentences:
        if sentence.text.count("|") >= 3 or not _TRIGGER.search(sentence.text):
            continue
        mentions = ctx.companies_in(sentence.start, sentence.end)
        parties = find_parties(sentence.text, sentence.start, mentions) if len({m.name for m in mentions}) >= 2 else None
        if parties is not None:
            _open_or_extend(ctx, frames, orient(parties, countries), sentence)
        elif frames and _continues(frames[-1], sentence, mentions):
            frames[-1].sentences.append(sentence)
            _direct_by_payment(frames[-1], sentence, mentions)
        else:
            single = _single_party(ctx, sentence, mentions)
            if single is not None:
                frames.append(Frame(single, [sentence]))
    deals = [d for d in (_deal(ctx, f) for f in frames) if d is not None]
    return deals + _table_deals(ctx)


_TABLE_TYPES = [("option", rx(r"选择权|選擇權|option", re.I)), ("acquisition", rx(r"收购|收購|并购|acqui", re.I)),
                ("newco", rx(r"newco|新公司", re.I)), ("equity", rx(r"股权|股權|equity", re.I)),
                ("collaboration", rx(r"合作|collaborat", re.I)), ("license", rx(r"许可|許可|授权|licen", re.I))]


def _table_deals(ctx: Context) -> list[Deal]:
    """Rows of a deal list: licensor, licensee, asset, type, upfront, total, date columns."""
    deals = []
    for table in read_tables(ctx.text):
        if "licensor" not in table.header or "licensee" not in table.header:
            continue
        unit = table_unit(ctx.text, table)
        for row in table.rows:
            licensor, licensee = ctx.company_in_cell(row.cells.get("licensor")), ctx.company_in_cell(row.cells.get("licensee"))
            if not licensor or not licensee:
                continue
            money = {}
            for role in ("upfront", "milestones", "total"):
                value = cell_number(row.cells.get(role))
                column_unit = table_unit(ctx.text, table, table.header.get(role)) or unit
                if value is not None and column_unit:
                    money[role] = Money(Decimal(str(value)) * Decimal(str(column_unit[1])), column_unit[0])
            kind_cell = row.cells.get("deal_type")
            kind = next((k for k, p in _TABLE_TYPES if kind_cell and p.search(kind_cell.text)), "license")
            date_cell = row.cells.get("date")
            dates = ctx.in_range(ctx.dates, date_cell.start, date_cell.end) if date_cell else []
            assets = ctx.in_range(ctx.assets, row.start, row.end)
            deals.append(Deal(
                document=ctx.doc_id, evidence=[ctx.evidence(row.start, row.end)], extractor=EXTRACTOR, version=VERSION,
                licensor=licensor, licensee=licensee, asset=assets[0].name if assets else None, deal_type=kind,
                upfront=money.get("upfront"), milestones=money.get("milestones"), total=money.get("total"),
                announced=dates[0].value if dates else None))
    return deals



_PAYS = rx(r"^\s*(?:will|shall|agreed to|is to)?\s*(?:pay|pays|make an? (?:upfront )?payment)|^\s*(?:将|需|应)?(?:向[^，。]{0,12})?支付", re.I)
_RECEIVES = rx(r"^\s*(?:will|shall|is eligible to|may)?\s*(?:receive|receives|be eligible)|^\s*(?:将|可|有权)?(?:获得|收取|獲得)", re.I)


def _direct_by_payment(frame: Frame, sentence: Sentence, mentions: list[CompanyMention]) -> None:
    """"Kestrel will pay Qiheng ..." after an undirected announcement settles who licenses to whom."""
    parties = frame.parties
    if parties.directed or parties.licensor is None or parties.licensee is None:
        return
    for m in mentions:
        after = sentence.text[m.end - sentence.start:m.end - sentence.start + 40]
        payer, receiver = _PAYS.search(after), _RECEIVES.search(after)
        if not (payer or receiver) or m.name not in frame.names():
            continue
        other = parties.licensee if m.name == parties.licensor.name else parties.licensor
        frame.parties = Parties(other, m, True) if payer else Parties(m, other, True)
        return


def _continues(frame: Frame, sentence: Sentence, mentions: list[CompanyMention]) -> bool:
    """A sentence of terms right after a deal, naming no company outside it, belongs to it."""
    if sentence.start - frame.end > _FRAME_REACH or not _TERMS.search(sentence.text):
        return False
    return {m.name for m in mentions} <= frame.names()


def _open_or_extend(ctx: Context, frames: list[Frame], parties: Parties, sentence: Sentence) -> None:
    names = {parties.licensor.name if parties.licensor else None, parties.licensee.name if parties.licensee else None}
    asset = _first_asset(ctx, [sentence])
    kind = _deal_type(sentence.text, sentence.text)
    for frame in reversed(frames):
        other_asset = _first_asset(ctx, frame.sentences)
        if asset and other_asset and asset != other_asset:
            continue
        other_kind = _deal_type(frame.sentences[0].text, frame.sentences[0].text)
        if kind != other_kind and {kind, other_kind} & _DISTINCT_KINDS and "collaboration" not in (kind, other_kind):
            continue
        if frame.names() == names or (None in frame.names() and frame.names() - {None} <= names):
            frame.sentences.append(sentence)
            if frame.parties.licensee is None or (parties.directed and not frame.parties.directed):
                frame.parties = parties
            return
    frames.append(Frame(parties, [sentence]))


def _single_party(ctx: Context, sentence: Sentence, mentions: list[CompanyMention]) -> Parties | None:
    """One named party and deal money in the sentence: the other party went unnamed."""
    names = {m.name for m in mentions}
    if len(names) != 1 or not _money_by_role(ctx, ctx.in_range(ctx.money, sentence.start, sentence.end)):
        return None
    if not rx(r"licens|许可|授权|許可|授權|collaborat|合作|agreement|协议|協議", re.I).search(sentence.text):
        return None
    return Parties(mentions[0], None, False)


def _deal(ctx: Context, frame: Frame) -> Deal | None:
    text = " ".join(s.text for s in frame.sentences)
    money: dict[str, Money] = {}
    milestones: list[Money] = []
    for sentence in frame.sentences:
        for role, value in _money_by_role(ctx, ctx.in_range(ctx.money, sentence.start, sentence.end)).items():
            money.setdefault(role, value)
        milestones += _milestone_tranches(ctx, sentence)
    if len(milestones) > 1 and len({m.currency for m in milestones}) == 1:
        money["milestones"] = Money(sum((m.amount for m in milestones), Decimal(0)), milestones[0].currency, "up_to")
    if frame.parties.licensee is None and not money:
        return None
    first = frame.sentences[0]
    deal_type = _deal_type(first.text, text)
    if deal_type == "equity" and "total" not in money and "equity" in money:
        money["total"] = money["equity"]
    if deal_type == "acquisition" and "total" not in money:
        unlabeled = [m for s in frame.sentences for m in ctx.in_range(ctx.money, s.start, s.end)
                     if m.money not in money.values() and not _role(ctx.text, m, None)]
        if unlabeled:
            money["total"] = unlabeled[0].money
    return Deal(
        document=ctx.doc_id, evidence=[ctx.evidence(s.start, s.end) for s in frame.sentences[:4]],
        extractor=EXTRACTOR, version=VERSION,
        licensor=frame.parties.licensor.name if frame.parties.licensor else None,
        licensee=frame.parties.licensee.name if frame.parties.licensee else None,
        asset=_asset(ctx, frame), deal_type=deal_type, territory=_territory(ctx, frame),
        upfront=money.get("upfront"), milestones=money.get("milestones"), total=money.get("total"),
        equity=money.get("equity"), royalty=_royalty(text), announced=_announced(ctx, first),
    )


_CITATION = rx(r"\[(\d{1,2})\]")
_ANNOUNCING = rx(r"announc|宣布|宣佈|公告|signed|签署|簽署|entered|订立|訂立", re.I)


def _announced(ctx: Context, sentence: Sentence) -> str | None:
    para_start, para_end = ctx.paragraph_of(sentence.start)
    found = nearest_date(ctx.dates, sentence.start, sentence.end, window=max(60, sentence.start - para_start))
    if found:
        return found.value
    cited = set(_CITATION.findall(sentence.text))
    for other in ctx.sentences:
        same_source = cited and cited & set(_CITATION.findall(other.text))
        same_paragraph = para_start <= other.start < para_end and _ANNOUNCING.search(other.text)
        if other is not sentence and (same_source or same_paragraph):
            dates = [d for d in ctx.in_range(ctx.dates, other.start, other.end) if len(d.value) >= 7 and not d.relative]
            if dates:
                return dates[0].value
    if sentence.start < 1500:
        return ctx.published
    return None


_TRANCHE = rx(r"(开发|研发|注册|监管|销售|商业化|開發|研發|註冊|監管|銷售|商業化|development|regulatory|sales|commercial)[^，,；;。]{0,8}里程碑|"
              r"\bin (development|regulatory|sales|commercial)(?:[- ]based)? milestones?", re.I)


def _milestone_tranches(ctx: Context, sentence: Sentence) -> list[Money]:
    """"最高16亿美元的开发里程碑付款及最高37亿美元的销售里程碑付款": separate tranches that add up."""
    tranches = {}
    for mention in ctx.in_range(ctx.money, sentence.start, sentence.end):
        after = ctx.text[mention.end:mention.end + 30]
        match = _TRANCHE.search(after)
        if match and match.start() < 12:
            tranches.setdefault((match.group(1) or match.group(2)).casefold(), mention.money)
    return list(tranches.values()) if len(tranches) > 1 else []


def _money_by_role(ctx: Context, mentions: list[MoneyMention]) -> dict[str, Money]:
    roles: dict[str, Money] = {}
    previous_end = None
    for mention in mentions:
        if is_share_price(ctx.text, mention):
            continue
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
    start = max(previous_end or 0, mention.start - 80)
    before = text[start:mention.start]
    for role, pattern in _ROLE_BEFORE:
        if pattern.search(before):
            return role
    return None


def _asset(ctx: Context, frame: Frame) -> str | None:
    return _first_asset(ctx, frame.sentences)


def _first_asset(ctx: Context, sentences: list[Sentence]) -> str | None:
    for sentence in sentences:
        assets = ctx.in_range(ctx.assets, sentence.start, sentence.end)
        if assets:
            return assets[0].label
    return None


def _deal_type(first: str, text: str) -> str:
    for source in (first, text):
        for name, pattern in _TYPES:
            if not pattern.search(source):
                continue
            if name == "option" and not rx(r"option to (?:license|acquire|exclusive)|option fee|选择权|選擇權|option agreement|exercise", re.I).search(text):
                continue
            if name == "license" and rx(r"research service|研发服务|CRO|CDMO", re.I).search(text):
                return "collaboration"
            return name
    return "collaboration"


def _territory(ctx: Context, frame: Frame) -> str | None:
    for sentence in frame.sentences:
        for pattern in _TERRITORY:
            match = pattern.search(sentence.text)
            if match:
                start = sentence.start + match.start("t")
                return ctx.evidence(start, start + len(match.group("t"))).quote
    return None


def _royalty(text: str) -> str | None:
    match = _ROYALTY.search(text)
    return match.group(0).strip() if match else None


def _countries(ctx: Context) -> dict[str, str | None]:
    """Country of each company: the lexicon's, else China for a Chinese name or an English name
    that opens with a Chinese place (Hangzhou Qiantai Biologics)."""
    out = {}
    for m in ctx.companies:
        entry = ctx.lexicon.entry("company", m.name)
        if entry:
            out[m.name] = entry.info.get("country")
        elif rx(r"[\u4e00-\u9fff]").search(m.surface) or m.surface.split()[0] in chinese_places():
            out.setdefault(m.name, "CN")
        else:
            out.setdefault(m.name, None)
    return out
