"""The terms of one deal: the role of each amount (upfront, milestones, total, equity) and territory
(the royalty: deal_royalty.py; the deal type: deal_kinds.py), read from the words around them (cue sets `deal.*` in data/cues/deals.yaml).

An amount's role is said after it ("$60 million upfront", "1.1亿美元的首付款", "$1.9 billion in
milestone payments") or before it ("首付款为3亿元", "worth up to $571.5 million", "upfront payment of
$350.0 million"); the words after win, and before it the cue nearest to the amount wins. A converted
figure in brackets ("€100 million ($110.3 million)") is the same amount again; a milestone received
or triggered under an earlier agreement is not the deal's milestone cap; an amount that "includes"
the upfront named after it is the total."""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from ..model.patterns import guarded, rx
from ..model.records import Money
from .context import Context
from .cues import cue_alternation, cue_regex, holds_cue
from .money import MoneyMention, is_conversion_gap, is_share_price
from .paid_to_date import is_paid_to_date

_ROLES = ("upfront", "milestones", "total", "equity")
_BEFORE_WINDOW = 64
_AFTER_WINDOW = 80
_CLAUSE_END = rx(r"[;。!?]|\n")
_QUALIFIED_GAP = rx(r"^[\s:,]*(?:(?:of|is|was|at|to|为|达|达到|约|近|超|超过|逾|最高|最多|高达|至多|不超过|将获支付|获支付|将获|可获|支付|up to|approximately|about|"
                    r"around|nearly|more than|over|roughly|as much as|a potential|potentially|an additional|additional|"
                    r"US|USD|RMB|人民币|美元)\s*)*$", re.I)
_TRANCHE = rx(r"^\s*(?:in\s+)?(?:potential\s+)?(?!(?:and|or|plus)\b)(?P<kind>(?:[a-z]+[ ,/-]+(?:and\s+)?){0,4}?)milestones?|"
              r"^\s*的?(?![及和与、并])(?P<zh>[\u4e00-\u9fff]{2,6}?)里程碑", re.I)  # "及/and …" opens the next amount's tranche

# A tranche told by its event ("$12 million upon approval in Japan"): one cap beside the others.
_TRANCHE_EVENT = rx(r"^\s*(?:up)?on\s+(?P<event>(?:the\s+)?(?:[\w.-]+\s+){0,2}?approval(?:\s+(?:in|of|by)\s+"
                    r"(?:the\s+)?[\w.-]+)?)", re.I)
_TRANCHE_EVENT_BEFORE = rx(r"(?P<event>[\u4e00-\u9fff]{0,6}?(?:获批|批准))(?:后|时)支付\s*$")  # "在日本获批后支付"

# A tranche named before its cap ("commercial milestone payments of up to $500 million", "销售里程碑最高5亿美元").
_TRANCHE_KIND = r"(?:development(?:al)?|regulatory|clinical|commercial(?:ization)?|sales(?:-based)?|approval|launch|research)"
_ZH_TRANCHE_KIND = r"(?:开发|研发|临床|监管|注册|审批|上市|销售|商业化)"
_TRANCHE_BEFORE = rx(
    rf"\b(?P<kind>{_TRANCHE_KIND}(?:(?:\s*[,/]\s*|\s+)(?:and\s+|or\s+)?{_TRANCHE_KIND}){{0,3}})\s+milestones?"
    r"(?:\s+payments?)?\s+(?:of|totall?ing|worth|amounting\s+to)\s+(?:up\s+to\s+|a\s+maximum\s+of\s+|approximately\s+)?$"
    rf"|(?P<zh>{_ZH_TRANCHE_KIND}(?:[、及和与]?{_ZH_TRANCHE_KIND}){{0,3}})里程碑(?:付款|款项?|金)?(?:合计|总计|共计)?"
    r"(?:最高|最多|不超过|高达)?(?:可?达|为)?\s*$", re.I)
_JOINED_PAYMENT = rx(r"\s*in\s+cash\s*,?\s*(?:and|plus)\s*", re.I)  # "$100 million in cash and $50 million in shares"
_WITH_UPFRONT = rx(r"(?:up-?front(?:\s+payments?)?|首付款?|首期款)\s*(?:and|plus|&|和|及|与)\s*$", re.I)  # one sum of both


def money_by_role(ctx: Context, mentions: list[MoneyMention]) -> dict[str, Money]:
    """Each role's first amount among the mentions (sorted), and the milestone tranches summed."""
    roles: dict[str, Money] = {}
    previous_end: int | None = None
    previous_end_of_upfront = -1
    tranches: dict[str, Money] = {}
    if any(_valued_as(ctx, m, "deal.equity_value") for m in mentions):
        mentions = [m for m in mentions if not _valued_as(ctx, m, "deal.enterprise_value")]
    for mention in mentions:
        if _skipped(ctx, mention, previous_end):
            previous_end = mention.end
            continue
        role = role_of(ctx, mention, previous_end)
        previous_end = mention.end
        if role == "milestones":
            key = _tranche_key(ctx, mention)
            if key is not None:
                tranches.setdefault(key, mention.money)
        if role == "upfront" and _adds_to_upfront(ctx, roles.get("upfront"), previous_end_of_upfront, mention):
            roles["upfront"] = Money(roles["upfront"].amount + mention.money.amount, mention.money.currency)
        if role and role not in roles:
            roles[role] = mention.money
        if role == "upfront":
            previous_end_of_upfront = mention.end
    if len(tranches) > 1 and len({m.currency for m in tranches.values()}) == 1:
        roles["milestones"] = Money(sum((m.amount for m in tranches.values()), Decimal(0)),
                                    next(iter(tranches.values())).currency, "up_to")
    return roles


def _valued_as(ctx: Context, mention: MoneyMention, cues: str) -> bool:
    """An amount the cue names right before it ("an equity value of approximately $2.9 billion")."""
    cue = ctx.cues.last_before(cues, mention.start, _VALUE_REACH)
    return cue is not None and _VALUE_GAP.fullmatch(ctx.text, cue.end, mention.start) is not None


_VALUE_REACH = 40
_VALUE_GAP = rx(r"[\s,:]*(?:(?:of|is|was|at|about|approximately|roughly|around|nearly|up to|约|为|达)\s*)*", re.I)


def _adds_to_upfront(ctx: Context, upfront: Money | None, after: int, mention: MoneyMention) -> bool:
    """"$100 million in cash and $50 million in shares at closing": one upfront paid in two kinds."""
    return upfront is not None and upfront.currency == mention.money.currency and \
        _JOINED_PAYMENT.fullmatch(ctx.text, after, mention.start) is not None


def _skipped(ctx: Context, mention: MoneyMention, previous_end: int | None) -> bool:
    if is_share_price(ctx.text, mention) or is_paid_to_date(ctx.text, mention) or mention.start in ctx.claimed_money:
        return True  # a price per share, or what was paid so far (a termination's spend)
    if previous_end is not None and is_conversion_gap(ctx.text[previous_end:mention.start]):
        return True
    if _PER_UNIT_AFTER.match(ctx.text, mention.end) or _PER_UNIT_BEFORE.search(ctx.text, max(0, mention.start - 40), mention.start):
        return True  # "up to $290 million per program": one programme's share, no term of the whole deal
    if _valued_as(ctx, mention, "deal.project_spend"):
        return True  # "总投资12亿元": what a site costs to build
    if _ranked_aggregate().match(ctx.text, mention.end):
        return True
    return milestone_paid(ctx, mention)


_UNIT = r"(?:program(?:me)?|target|product|candidate|asset|molecule|compound|indication)"
_PER_UNIT_AFTER = rx(rf"\s*(?:[(（][^)）]{{0,30}}[)）]\s*)?(?:per|for\s+each|for\s+every|each)\s+(?:additional\s+|licensed\s+|selected\s+)?{_UNIT}\b", re.I)
_PER_UNIT_BEFORE = rx(rf"(?:\bper[- ]{_UNIT}\s+(?:[\w-]+\s+){{0,4}}?(?:of\s+)?(?:up\s+to\s+)?|"
                      r"每(?:个|款|项|一个)(?:靶点|项目|产品|候选药物|分子|适应症)[^，,。；;]{0,10})$", re.I)


@lru_cache(maxsize=1)
def _ranked_aggregate() -> re.Pattern[str]:
    """What a class of drugs or a market gathered, ranked against others: a statistic, no term."""
    return rx(rf"\s*(?:{cue_alternation('deal.aggregate_value')})[\s,，]*[^。；;\n]{{0,12}}?(?:{cue_alternation('deal.ranking')})", re.I)


def milestone_paid(ctx: Context, mention: MoneyMention) -> bool:
    """A milestone paid or received under an earlier agreement ("已收取乙方一笔里程碑款", "received a $20
    million milestone payment"); not one still to come ("将收到", "will receive") nor a cap."""
    if mention.money.qualifier == "up_to":
        return False  # "将收到…最高4.5亿美元的里程碑付款": a cap is never a sum already paid
    if not ctx.cues.may_match("deal.milestone_paid", max(0, mention.start - 24), mention.start):
        return False  # no anchor of the set in the 24 characters before: its pattern finds nothing there
    before = ctx.text[max(0, mention.start - 24):mention.start]
    paid = [m for m in cue_regex("deal.milestone_paid").finditer(before) if not _TO_COME.search(before, 0, m.start())]
    return bool(paid) and ("里程碑" in ctx.text[mention.end:mention.end + 16] or _MILESTONE_JUST_BEFORE.search(before)
                           or re.search(r"milestone", ctx.text[mention.end:mention.end + 24], re.I) is not None)


_MILESTONE_JUST_BEFORE = rx(r"里程碑(?:金|款|付款|款项|收入)?(?:约|共计|合计)?$")  # "认列…支付之里程碑金500万美元"


# A clause opening on the option's exercise ("If exercised, X would receive …", 若行使选择权，…): its sums are later steps' prices
_IF_EXERCISED = rx(r"(?:^|[.;。；]\s*)(?:If|Upon|Should|Once)\s+(?:[\w-]+\s+){0,4}?(?:exercised?|exercises)\b[^.;。；]*$|"
                   r"(?:若|如|如果|一旦)[^。；，,]{0,12}行使[^。；]*$|行权后[^。；]*$", re.I)
_TO_COME = rx(r"(?:将|可|有权|有望|有资格|\b(?:will|would|could|may|to)\s+)$", re.I)  # "将收到": money still to come


def role_of(ctx: Context, mention: MoneyMention, previous_end: int | None = None) -> str | None:
    """The part of a deal's price an amount is; a fee in a clause that opens on the option's exercise ("If
    exercised, X would receive an exercise fee of $60 million") is a later step's price, no upfront."""
    role = _role_of(ctx, mention, previous_end)
    if role == "upfront" and _IF_EXERCISED.search(ctx.text, max(0, mention.start - 120), mention.start):
        return None
    return role


def _role_of(ctx: Context, mention: MoneyMention, previous_end: int | None = None) -> str | None:
    text = ctx.text
    after = _until_clause_end(text[mention.end:mention.end + _AFTER_WINDOW])
    after = _until_next_amount(ctx, mention.end, after)
    if _PHRASE_BREAK.match(after) and "\u4e00" <= text[mention.end - 1] <= "\u9fff":
        after = ""  # "签约金2000万美元 总金额上看…": a space ends a Chinese headline's phrase
    wide = text[mention.end:mention.end + 40]
    if _CVR_THEN_WHOLE.search(text, max(0, mention.start - 120), mention.start):
        return "milestones"  # "a CVR of up to €5.00 per share, or approximately €350 million in aggregate"
    if cue_regex("deal.total_combined_after", anchored=True).match(_strip_lead(after)):
        return "total"
    if _IN_TOTAL.match(after):  # but "milestone payments of up to $470 million in total" sums the milestones
        return "milestones" if _MILESTONES_JUST_BEFORE.search(text, max(0, mention.start - 60), mention.start) else "total"
    lead = _strip_lead(after)
    if cue_regex("deal.option_exercise_after", anchored=True).match(lead):
        return None  # "an additional $45 million upon exercise of the option": the price of a later step
    if cue_regex("deal.upfront_after", anchored=True).match(lead):
        return "upfront"  # "$10 million upfront and the promise of milestones", "1亿元的首付款，其中包括现金及股权"
    if _holds_near(ctx, "deal.including", mention.end, mention.end + 20) and holds_cue("deal.upfront_after", wide):
        return "total"
    if re.match(r"^\s*(?:的)?总(?:里程碑|付款|额|金额)", after):
        return "total"
    if _PAYS_BEFORE.search(text, max(0, mention.start - 8), mention.start) and _TO_OBTAIN.match(lead):
        return "upfront"  # "Y将支付1,000万美元获得X的独家选择权": what is paid now for the rights
    if _CASH_THEN_MILESTONES.match(text, mention.end):
        return "upfront"  # cash paid now beside milestones promised later ("$25m cash plus $900m in milestones")
    if _PAID_AT_CLOSING.match(text, mention.end):
        return "upfront"  # "$100 million in cash and $50 million in shares at closing"
    if _DESCRIBED_MILESTONES.match(lead) or _LISTED_MILESTONES.match(lead):
        return "milestones"
    if _SHARES_BOUGHT.match(lead):
        return "equity"  # "$50 million of Y's new shares"
    for role in ("milestones", "upfront", "equity", "total"):
        if cue_regex(f"deal.{role}_after", anchored=True).match(lead):
            return role
    if mention.money.qualifier != "up_to" and _FOR_RIGHTS.match(lead) and _PAID_EN.search(text, max(0, mention.start - 60), mention.start):
        return "upfront"  # "has paid X $20 million for an exclusive option": what is paid now for the rights
    if _DEAL_NOUN_AFTER.match(lead) or mention.money.qualifier == "up_to" and _FOR_RIGHTS.match(lead):
        return "total"  # "up to $1.1 billion for an option to acquire X": the most the whole deal pays
    if _PER_SHARE_THEN_WHOLE.search(text, max(0, mention.start - 80), mention.start):
        return "total"  # "$18.50 per share in cash, or approximately $1.2 billion": the price of the whole
    start = max(mention.start - _BEFORE_WINDOW, previous_end or 0, _clause_start(text, mention.start))
    window = text[start:mention.start]
    if _holds_near(ctx, "deal.upfront_with_near_term", start, mention.start) or \
            cue_regex("deal.upfront_with_near_term", anchored=True).match(lead):
        return "upfront"
    if _BOTH_SUMMED.search(window):
        return "total"  # "签约金及里程碑金共2,350万美元": the upfront and the milestones summed
    best: tuple[int, str] | None = None
    for role in (r for r in _ROLES if ctx.cues.may_match(f"deal.{r}_before", start, mention.start)):  # others find nothing
        for match in cue_regex(f"deal.{role}_before").finditer(window):
            if match.group(0) == "以" and window.startswith(("现金", "股份"), match.end()):
                continue  # "以现金支付": how it is paid, not a price
            gap = _without_companies(ctx, start + match.end(), mention.start)
            if len(gap) <= 10 or _QUALIFIED_GAP.match(gap) or (len(gap) <= 45 and not re.search(r"[,;:\d]", gap)):
                if best is None or match.end() > best[0]:
                    best = (match.end(), role, match.start())
    if best and best[1] == "total" and _WORTH.match(window, best[2]) and _names_milestones(window[:best[2]].rstrip()):
        return "milestones"  # "a CVR worth up to $90 million", "milestones worth $1 billion": what the milestones are worth
    return best[1] if best else None


_BOTH_SUMMED = rx(r"(?:首付款?|首期(?:付)?款|预付款|签约金|签约款|授权金|upfront(?:\s+payments?)?)\s*(?:及|和|与|以及|加|and|plus)\s*"
                  r"(?:[\u4e00-\u9fff]{0,4}|(?:potential\s+)?)(?:里程碑(?:付款|款项?|金)?|milestone\s+payments?|milestones)\s*"
                  r"(?:合计|总计|共计|合共|共|总额|总金额|totall?ing|of)\s*(?:最高|最多|可达|高达|达|up\s+to)?\s*(?:约|approximately\s+)?$", re.I)
_PAYS_BEFORE = rx(r"(?<![额再])(?:支付|付出|出资)(?:了)?\s*(?:现金)?\s*(?:约|共)?\s*$")
_TO_OBTAIN = rx(r"(?:现金)?\s*(?:以|用于|来)?(?:获得|取得|换取|获取)[^，,。；;]{0,40}?(?:权益|权利|许可|选择权|授权)")  # not a stake
_MILESTONES_JUST_BEFORE = rx(r"milestones?(?:\s+payments?)?\s+(?:of\s+|totall?ing\s+|worth\s+)?"
                             r"(?:up\s+to\s+|a\s+maximum\s+of\s+|approximately\s+)?$", re.I)
_WORTH = rx(r"(?:potentially\s+|could\s+be\s+)?worth\b|valued\b|价值", re.I)


def _holds_near(ctx: Context, name: str, start: int, end: int) -> bool:
    """holds_cue over the article's text in [start, end), asked only where the cue index has an
    anchor of the set there (without one the set's pattern cannot match)."""
    return ctx.cues.may_match(name, start, end) and holds_cue(name, ctx.text[start:end])


def _names_milestones(text: str) -> bool:
    return any(m.end() == len(text) for m in cue_regex("deal.milestones_before").finditer(text))


# guarded: the article must hold "share" or 每股 (the guards' shared pass over the article answers)
_PER_SHARE_THEN_WHOLE = guarded(rx(r"(?:per\s+(?:ordinary\s+|common\s+)?share|a\s+share)(?:\s+in\s+cash)?\s*,?\s*"
                           r"(?:or|representing|implying)\s+(?:an?\s+)?(?:aggregate\s+|total\s+)?(?:of\s+)?"
                           r"(?:approximately|about|roughly|around|nearly|up\s+to)?\s*$|每股[^,，。;；]{0,16}[,，]\s*(?:合计|总计|共计)?约?$", re.I))
# guarded: the article must hold "contingent" or "CVR"
_CVR_THEN_WHOLE = guarded(rx(r"(?:contingent\s+value\s+rights?|\bCVRs?\b)[^.;]{0,60}?(?:US|HK|A|S|C)?[$€£¥]\s?\d+(?:\.\d+)?"
                     r"(?:\s+(?:per|a)\s+share)?\s*(?:in\s+cash\s*)?,?\s*(?:or|representing)\s+(?:an?\s+)?(?:aggregate\s+of\s+|total\s+of\s+)?"
                     r"(?:approximately|about|roughly|up\s+to)?\s*$", re.I))
_PHRASE_BREAK = rx(r"[ \t\u3000]+[\u4e00-\u9fff]")
_SHARES_BOUGHT = rx(r"^(?:worth\s+)?of\s+(?:[\w'’.-]+\s+){0,4}?(?:shares|stock)\b", re.I)
_IN_TOTAL = rx(r"^\s*in\s+(?:total|aggregate)\b(?!\s+(?:[\w-]+\s+){0,2}?(?:upfront|up-front|milestones?)\b)", re.I)
_CASH_THEN_MILESTONES = rx(r"\s*(?:in\s+cash|cash|的?现金)\s*(?:and|plus|及|和|以及|,|，)(?:[^.;。；]|(?<=\d)\.(?=\d)){0,80}?"
                           r"(?:milestone|里程碑)", re.I)
_PAID_AT_CLOSING = rx(r"\s*in\s+(?:cash|(?:[\w-]+\s+){0,4}?(?:shares|stock|equity|ADSs?|American\s+Depositary\s+Shares))\b"
                      r"(?:[^.;。；]|(?<=\d)\.(?=\d)){0,80}?\b(?:at|upon|on)\s+(?:the\s+)?(?:closing|signing)\b", re.I)
_LISTED_MILESTONES = rx(r"^的?(?:[\u4e00-\u9fff]{1,4}[、,，及和与]){1,4}[\u4e00-\u9fff]{0,4}里程碑")  # "的开发、注册及销售里程碑"
_DESCRIBED_MILESTONES = rx(r"^(?!(?:and|plus|or|with|including|includes|inclusive)\s)(?:tied\s+to\s+|linked\s+to\s+|based\s+on\s+|(?:up)?on\s+(?:the\s+)?achievement\s+of\s+|"
                                  r"(?:subject\s+to|contingent\s+(?:up)?on)\s+(?:the\s+)?(?:achievement\s+of\s+)?)?"
                                  r"(?:[a-z-]+[ ,/]+(?:and\s+|or\s+)?){1,4}milestones?\b", re.I)
_PAID_EN = rx(r"\b(?:paid|pays|pay|paying)\s+(?:[A-Z][\w&.-]*\s+){0,4}$")
_FOR_RIGHTS = rx(r"^for\s+(?:an?\s+|the\s+)?(?:exclusive\s+|worldwide\s+|global\s+)?(?:option|rights?|acquisition)\b", re.I)
_DEAL_NOUN_AFTER = rx(r"^(?:[\w-]+\s+){0,3}?(?:deal|agreement|transaction|collaboration|partnership|licensing deal|"
                      r"biobucks)\b|^(?:[\u4e00-\u9fff]{0,6})(?:的)?(?:交易|合作|授权|协议|大单)", re.I)


def _without_companies(ctx: Context, start: int, end: int) -> str:
    """The text between two positions with company names (and their legal tails) taken out."""
    pieces, pos = [], start
    for m in ctx.companies_in(start, end, with_self=False):
        pieces.append(ctx.text[pos:m.start])
        pos = m.end
    pieces.append(ctx.text[pos:end])
    return re.sub(r"^\s*(?:Inc\.?|Ltd\.?|Co\.?,?\s*Ltd\.?|Corp\.?)\s*", "", "".join(pieces).strip())


_LEAD_BRACKET = re.compile(r"^\s*(?:[(（][^)）]{0,40}[)）]\s*)?")
_LEAD_ZHI = re.compile(r"^之(?![后前间内外])")  # 之 is the written 的 of filings ("之里程碑金")
_LEAD_NONREFUNDABLE = re.compile(r"^的?(?:不可退还|不可退回|无需退还|一次性)的?")  # "3,500万美元的不可退还首付款"
_LEAD_FILLERS = re.compile(r"^(?:in\s+)?(?:(?:cash|potential|additional|future|total|aggregate|contingent(?!\s+value)|"
                           r"non-?refundable|one-time)\s+)*(?=[a-z])", re.I)


def _strip_lead(after: str) -> str:
    """Brackets (a conversion) and fillers between an amount and its role word (patterns compiled once:
    ~9,000 calls per bench pass)."""
    after = _LEAD_BRACKET.sub("", after)
    after = _LEAD_ZHI.sub("的", after)
    after = _LEAD_NONREFUNDABLE.sub("的", after)
    return _LEAD_FILLERS.sub("", after)


def _until_clause_end(after: str) -> str:
    match = _CLAUSE_END.search(after)
    return after[:match.start()] if match else after


def _until_next_amount(ctx: Context, end: int, after: str) -> str:
    following = ctx.first_starting(ctx.money, end + 1, end + len(after))
    if following is None:
        return after
    gap = ctx.text[end:following.start]
    return after if is_conversion_gap(gap) else after[:following.start - end]


def _clause_start(text: str, pos: int) -> int:
    return max(text.rfind(ch, 0, pos) for ch in ";。\n") + 1


def _tranche_key(ctx: Context, mention: MoneyMention) -> str | None:
    after = _strip_lead(ctx.text[mention.end:mention.end + 60])
    event = _TRANCHE_EVENT.match(after) or _TRANCHE_EVENT_BEFORE.search(ctx.text, max(0, mention.start - 12),
                                                                        mention.start)
    if event:
        return " ".join(event.group("event").casefold().split())
    match = _TRANCHE.match(after) or _TRANCHE_BEFORE.search(ctx.text, max(0, mention.start - 90), mention.start)
    if not match or match.re is _TRANCHE_BEFORE and _WITH_UPFRONT.search(ctx.text, max(0, match.start() - 30),
                                                                         match.start()):
        return None
    key = (match.group("kind") or match.group("zh") or "").strip(" ,/-").casefold()
    return key or None


# "a global pharmaceutical company", "a worldwide leader": a firm described, no territory
_NOT_A_FIRMS = (r"(?!\s+(?:top-\d+\s+|top\s+\d+\s+|big\s+|large\s+|leading\s+)?(?:pharmaceutical|pharma|drugmaker|biopharma\w*|biotech\w*|"
                r"company|companies|firm|player|leader|partner|healthcare|life\s+sciences?)\b)")


@lru_cache(maxsize=1)
def _territories() -> tuple[re.Pattern[str], ...]:
    region = cue_alternation("deal.territory_region_zh")
    return (
        rx(rf"(?:在(?!研|售)|于(?={region}))(?P<t>[^。;,]{{2,40}}?)(?:市场|地区|区域|范围)?(?:内)?(?:[的之])?(?:独占|独家)?(?:[的之])?(?:产品)?"
           r"(?:开发|研发|生产|商业化|注册|(?:经销|分销|销售|代理|推广)权)"),  # 于 and 之 are the written 在 and 的 of filings
        rx(rf"(?P<t>(?:{region}(?:地区)?(?:、|及|和|与|以及)){{0,6}}{region}(?:以外(?:[的之]?全球)?)?(?:地区)?)(?:\s*[(（][^)）]{{1,24}}[)）])?(?:[的之]|地区|范围|独占|独家|权益|权利)"),
        rx(r"\b(?P<t>(?:(?:global|worldwide)(?:\s+(?:rights|licen[cs]e))?\s+(?:excluding|except(?:\s+for)?|outside(?:\s+of)?)\s+(?:the\s+)?"
           r"(?-i:[A-Z][\w.-]*(?:\s+(?:and\s+)?[A-Z][\w.-]*){0,3})|(?:global|worldwide)" + _NOT_A_FIRMS + r"|ex-China|outside (?:of )?(?:Greater )?China|"
           r"in (?:Greater )?China|in the (?:U\.S\.|US|United States)|in Europe|in (?:South )?Korea and (?:greater |Greater )?China))\b", re.I),
        rx(r"(?:授权|许可|合作)(?:区域|地区|范围|地域)(?:为|是|包括|涵盖|覆盖)(?P<t>[^。；;，,\n]{2,30})"),  # stated on its own: "授权区域为日本、韩国"
        rx(r"\b(?:licensed\s+)?territor(?:y|ies)\s+(?:is|are|covers?|includes?|comprises?|consists of|spans?)\s+(?:the\s+)?"
           r"(?P<t>[A-Z][^.;\n]{1,60}?)(?=\s*[.;\n]|$)"),
        # "rights to X, a CD38 antibody, in Japan": the drug's description between the rights and the region
        rx(r"\brights?\s+(?:[\w-]+\s+){0,4}?(?:[\w-]+,\s+an?\s+[^,.;]{3,60},\s+)?in\s+(?:the\s+)?"
           r"(?P<t>(?!(?:January|February|March|April|May|June|July|August|September|October|"
           r"November|December)\b)(?:[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?|[A-Z](?:\.[A-Z])+\.)"
           r"(?:(?:,\s*|\s+and\s+)(?:[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?|[A-Z](?:\.[A-Z])+\.)){0,4})"),  # "rights in Japan and South Korea"
    )


_EXCLUDED_AFTER = rx(r"(?:\s*的?(?:权益|权利|rights))?\s*[(（]\s*(?:不含|不包括|除|除去|excluding|except|ex-)[^)）]{1,24}[)）]"
                     r"|(?:的?(?:权益|权利))?\s*[(（][^)）]{1,24}(?:除外|以外)\s*[)）]", re.I)
_RETAINED = rx(r"(?:\bretain(?:s|ed|ing)?|\bkeep(?:s|ing)?|\bkept|保留)[^,.;，。；]{0,30}$", re.I)


def territory(ctx: Context, sentences) -> str | None:
    """Where the rights are granted; rights the licensor keeps ("X retains rights in China",
    "保留在中国的权益") are not the deal's territory."""
    for sentence in sentences:
        for pattern in (*_territories(), _region_before_rights(), _region_of_the_rights()):
            for match in pattern.finditer(sentence.text):
                if _RETAINED.search(sentence.text, 0, match.start("t")):
                    continue
                start = sentence.start + match.start("t")
                end = start + len(match.group("t"))
                excluded = _EXCLUDED_AFTER.match(ctx.text, end)  # "全球权益（不含中国）", "worldwide (excluding Japan)"
                return ctx.evidence(start, excluded.end() if excluded else end).quote
    return None


@lru_cache(maxsize=1)
def _region_before_rights() -> re.Pattern[str]:
    """A region written as the adjective of the rights ("the Nordic rights to", "Greater China rights",
    "ex-US commercialization rights"); its case is kept: "us rights" is no region."""
    region = cue_alternation("deal.territory_adjective")
    return rx(rf"(?P<t>{region}(?:\s*(?:,|and|&)\s*{region})*)\s+(?:(?:exclusive|development|commercial|commercialization|"
              rf"commercialisation|marketing|distribution|and|co-promotion)\s+){{0,3}}(?:rights|licen[cs]e)\b")


@lru_cache(maxsize=1)
def _region_of_the_rights() -> re.Pattern[str]:
    """The regions after what a licence or rights let the licensee do with the drug ("a license to develop
    and commercialize X in Japan and South Korea", "licensed X to Y, which will market it in the Middle
    East", "to license X from Y for South Korea", "a licence with Y for X, a GLP-1 agonist, in Japan"); in their
    own case, so "in us" is none."""
    region = cue_alternation("deal.territory_region")
    return rx(rf"\b(?i:rights?|licen[cs]\w*)\b[^.;。；]{{0,60}}?(?:\b(?i:develop|commerciali[sz]|market|distribut|sell|manufactur|register)\w*\b"
              rf"[^.;。；]{{0,80}}?\bin|\bfor(?:\s+[\w-]+,\s+an?\s+[^,.;]{{3,60}},\s+in)?)\s+(?:the\s+)?"
              rf"(?P<t>{region}(?:\s*(?:,|and|&)\s*(?:the\s+)?{region})*)\b(?![-\w$])(?!\s*[$\d])")
