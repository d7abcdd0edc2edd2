"""Sentences about a deal that do not make one by themselves: its terms told before the sentence that
names the parties ("此次交易总额…。根据协议，X将…授予Y"), a milestone paid under an old licence, and a
fee that ends an agreement, and an older licence told as background."""
from __future__ import annotations

import re

from ..model.patterns import rx
from .context import Context
from .cues import holds_cue, phrases
from .deal_terms import milestone_paid, money_by_role
from .returned_rights import tells_rights_back
from .sentences import Sentence


def tells_terms_first(ctx: Context, sentence: Sentence) -> bool:
    """A sentence naming no company that gives "the deal's" money before the sentence that says who
    made it ("此次交易总额最高可达12亿美元，其中首付款8000万美元。根据协议，X将…授予Y")."""
    return bool(_THE_DEAL.search(sentence.text) and holds_cue("deal.terms", sentence.text)
                and money_by_role(ctx, ctx.in_range(ctx.money, sentence.start, sentence.end)))


_THE_DEAL = rx(r"(?:此次|本次|该|这笔|这项|该项)(?:交易|合作|授权|许可|协议)|\bthe (?:deal|transaction|agreement|pact|licen[cs]e)\b", re.I)


def only_paid_milestones(ctx: Context, sentences: list[Sentence]) -> bool:
    """The frame tells only a milestone paid under some licence, and names no kind of deal (a 合作 or a
    licence said beside it is the deal the milestone belongs to)."""
    mentions = [m for s in sentences for m in ctx.in_range(ctx.money, s.start, s.end)]
    if not mentions or not all(milestone_paid(ctx, m) for m in mentions):
        return False
    return not any(ctx.cues.has(f"deal.type.{kind}", s.start, s.end) for s in sentences for kind in _NAMED_KINDS)


_NAMED_KINDS = ("license", "collaboration", "option", "newco", "acquisition", "equity")


def without_round_investors(deals: list, financings: list) -> list:
    """A funding round told with its investors ("a Series C co-led by X, with participation from Y")
    is a financing, not a deal between the company and an investor the lexicon did not know: a deal
    of the round's own sentence, between the round's company and one of its investors, with no terms
    of its own, is dropped."""
    rounds = [(f.company, set(f.investors), {(e.start, e.end) for e in f.evidence}, f.amount) for f in financings]
    return [d for d in deals if not any(_told_as_round(d, *r) for r in rounds)
            and not any(_own_offering(d, f) for f in financings)]


def _own_offering(deal, financing) -> bool:
    """"entered into securities purchase agreements with certain investors for the purchase and sale of
    9,000,000 shares … for gross proceeds of $45 million": the company selling its own shares to buyers it
    does not name is the financing told again, not an acquisition with no buyer."""
    if None not in (deal.licensor, deal.licensee) or financing.company not in (deal.licensor, deal.licensee):
        return False
    money = [m for m in (deal.upfront, deal.milestones, deal.total, deal.equity) if m is not None]
    if financing.amount is None or any(m.amount != financing.amount.amount for m in money):
        return False
    spans = {(e.start, e.end) for e in financing.evidence}
    return any(lo <= e.start < hi for e in deal.evidence for lo, hi in spans)


def _told_as_round(deal, company: str, investors: set[str], spans: set[tuple[int, int]], amount) -> bool:
    """The round's sentence read as a deal with one of its investors, with no terms of its own or with
    the round's own money as its only figure ("sell $15 million of stock to X in a private placement")."""
    parties = {deal.licensor, deal.licensee}
    if company not in parties or not parties - {company} <= investors or not deal.evidence:
        return False
    money = [m for m in (deal.upfront, deal.milestones, deal.total, deal.equity) if m is not None]
    if deal.royalty is not None or any(amount is None or (m.amount, m.currency) != (amount.amount, amount.currency)
                                       for m in money):
        return False
    return (deal.evidence[0].start, deal.evidence[0].end) in spans


def only_fees_to_end(ctx: Context, sentence: Sentence) -> bool:
    """"X will pay Y a $95 million termination fee to end their merger agreement": every amount of the
    sentence is a fee that ends a deal (termination, break-up fee, 分手费), which buys nothing; the
    payer is no licensee and the payee no licensor."""
    fees = ctx.cues.hits("deal.ending_fee", sentence.start, sentence.end)
    if not fees:
        return False  # the article's amounts are not read for a sentence without a fee
    moneys = ctx.in_range(ctx.money, sentence.start, sentence.end)
    return bool(moneys) and all(any(0 <= f.start - m.end <= _FEE_GAP or 0 <= m.start - f.end <= _FEE_GAP for f in fees)
                              for m in moneys)


_FEE_GAP = 8  # "$95 million termination fee", "a termination fee of $48 million", "分手费2亿元"


def with_a_government(ctx: Context, start: int, end: int) -> bool:
    """A company named with a government body as its other party ("青湾市人民政府与甲医药签署合作协议",
    "甲医药与乙市管委会签约"): a local project's agreement, no deal between companies."""
    government = phrases("company.zh_government")
    before = ctx.text[max(0, start - 14):start]
    after = _JOINED_AFTER.match(ctx.text, end, min(len(ctx.text), end + 16))
    return (before[-1:] in _JOINING and before[:-1].endswith(tuple(government))) or \
        (after is not None and after.group(1).endswith(tuple(government)))


_JOINING = ("与", "和", "同")
_JOINED_AFTER = rx(r"[与和同]([\u4e00-\u9fff]{2,14}?)(?=签|达成|共同|就)")


def without_background(ctx: Context, frames: list) -> list:
    """A licence told as background ("此前该产品授权给X", "In 2022 it had licensed X to Y") is no new deal
    where the article tells the rights going back, or where its sentence dates it to a year before the
    article's and the article tells a deal of its own beside it; so is a deal with one party only that its
    sentence dates so ("follows the $1.4 billion acquisition of X in 2025")."""
    rights_back = tells_rights_back(ctx) if frames else False
    background = [(ctx.cues.has("deal.background", f.start, f.sentences[0].end) and rights_back
                   or (ctx.cues.has("deal.background", f.start, f.sentences[0].end) or _one_party(f))
                   and _older(ctx, f.start, f.sentences[0].end)) for f in frames]
    if not any(background) or (all(background) and not rights_back):
        return frames
    return [f for f, old in zip(frames, background) if not old]


def _one_party(frame) -> bool:
    return frame.parties.licensor is None or frame.parties.licensee is None


def _older(ctx: Context, start: int, end: int) -> bool:
    year = int(ctx.published[:4]) if ctx.published else None
    return year is not None and any(int(d.value[:4]) < year for d in ctx.in_range(ctx.dates, start, end) if not d.relative)
