"""The kind of a deal (licence, option, NewCo, acquisition, equity, collaboration), read from the
sentence that announces it and the deal's other sentences (cue sets `deal.type.*` in data/cues/deals.yaml)."""
from __future__ import annotations

import re

from ..model.patterns import rx
from .acting_names import opens_its_line_as_item
from .context import Context
from .cues import blank_cues, cue_regex, holds_cue

_TYPE_ORDER = ("option", "newco", "acquisition", "equity", "license", "collaboration")
_TEXT_ORDER = ("option", "newco", "acquisition", "license", "collaboration", "equity")
_SERVICE = rx(r"research service|研发服务|\bCRO\b|\bCDMO\b|推广服务|promotion service", re.I)


def deal_type(first: str, text: str) -> str:
    """The kind of deal: stated in the sentence that announces it, else anywhere in its frame (where
    an equity investment beside a licence is a side term). Buying less than half of a company is an
    equity investment, half or more an acquisition. A deal with no word for its kind is a licence."""
    collaboration = False
    readings = ((first, _TYPE_ORDER),) if text == first else ((first, _TYPE_ORDER), (text, _TEXT_ORDER))
    for source, order in readings:  # one text read again in another order finds no kind the first reading passed over
        source = blank_cues("deal.not_license", source)
        for name in order:
            stated = holds_cue(f"deal.type.{name}", source)
            if not stated and not (name == "equity" and (_BUYS_SHARES.search(source) or _INVESTS_IN.search(source))):
                continue
            if name == "collaboration":
                collaboration = True
                continue
            if name == "license" and _SERVICE.search(text):
                return "collaboration"
            if name == "acquisition" and _ACQUIRES_RIGHTS.search(source) and not _ACQUIRES_COMPANY.search(source):
                return "license"
            if name in ("acquisition", "equity"):
                stake = _STAKE.search(source)
                if name == "equity" and _BUYS_CONTROL.search(source):
                    return "acquisition"  # "取得Y 100%股权": buying control of a company is buying it
                if name == "acquisition" and _BUYS_SHARES.search(source) and not _CONTROL.search(source):
                    if _DEAL_PAYMENT.search(source):
                        continue  # shares bought beside an upfront: a side term of the deal
                    return "equity"  # "X will buy $50 million of Y's shares": a minority purchase
                if stake and name == "acquisition" and float(stake.group("pct")) < 50 and not _CONTROL.search(source):
                    return "equity"
                if name == "equity" and cue_regex("deal.type.license").search(source) and \
                        (not stake or _STAKE_AS_CONSIDERATION.search(source)):
                    continue  # shares paid for a licence, or kept by its licensor: still a licence
                if name == "equity" and _DEAL_PAYMENT.search(source) and \
                        (not stake or _STAKE_AS_CONSIDERATION.search(source)):
                    continue  # an equity investment or a stake paid beside an upfront and milestones is a side term
            return name
    return "collaboration" if collaboration else "license"


_FOUNDED_BEFORE = rx(r"(?:\b(?:launch|launched|launches|form|formed|forms|create|created|creates|establish|established|"
                     r"establishes|set\s+up|sets\s+up|spin\s+out|spun\s+out)|成立|设立|组建|创立|孵化)(?:\s+(?:a|the|new))?\s*$", re.I)


def without_descriptors(ctx: Context, start: int, end: int) -> str:
    """The text of [start, end) with a kind word that only describes a party blanked out ("the joint
    venture Corvell Isotopes agreed to supply Tarsa Pharma": the deal is no joint venture)."""
    chars = list(ctx.text[start:end])
    pattern = cue_regex("deal.type.newco")
    for mention in ctx.companies_in(start, end, with_self=False):
        reach = max(start, mention.start - 20)
        if not ctx.cues.may_match("deal.type.newco", reach, mention.start):
            continue  # no anchor of the set right before the name: nothing to blank
        for match in pattern.finditer(ctx.text, reach, mention.start):
            if not ctx.text[match.end():mention.start].strip(" \t,，的") and \
                    not _FOUNDED_BEFORE.search(ctx.text, max(start, match.start() - 24), match.start()):
                chars[match.start() - start:match.end() - start] = " " * (match.end() - match.start())
    return "".join(chars)


def paragraph_kind(ctx: Context, kind: str, start: int, text: str, parties: set[str]) -> str:
    """"collaboration" for a deal whose own sentences name no kind but whose paragraph, about these
    parties only, says they will work together ("the pair will build conjugates together and the buyer
    picks the targets"): `kind` read from the deal's sentences is a licence only by default there."""
    if kind != "license" or holds_cue("deal.type.license", text):
        return kind
    begin, end = ctx.paragraph_of(start)
    if not holds_cue("deal.type.collaboration", ctx.text[begin:end]):  # a paragraph: its edges are line ends
        return kind
    if any(m.name not in parties for m in ctx.companies_in(begin, end, with_self=False)):
        return kind
    return "collaboration"


_ACQUIRES_RIGHTS = rx(r"\b(?:acquir\w*|sell|sells|selling|sold)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:rights|licen[cs]es?)\b|获得[^,;。]{0,20}(?:权益|权利)|"
                     r"\b(?:rights?|licen[cs]e)\s+to\s+(?:[a-z]+,?\s+){0,4}?(?:and|or)\s+sell\b", re.I)  # "rights to make and sell": what a licensee may do
_ACQUIRES_COMPANY = rx(r"\bacquisition of\b|\bto acquire\s+[A-Z]|收购[^,;。]{0,12}(?:公司|股权|股份)", re.I)
_STAKE = rx(r"(?P<pct>\d{1,2}(?:\.\d+)?)\s*%\s*(?:的)?(?:股权|股份|权益|stake|equity|interest)", re.I)
_STAKE_AS_CONSIDERATION = rx(r"(?:保留|获得|取得|换取|持有|收取|\+|＋|加上)(?:[^，,。；;%]|(?<=\d),(?=\d)){0,30}?\d{1,2}(?:\.\d+)?\s*%\s*(?:的)?\s*(?:股权|股份)|"
                              r"\b(?:retains?|receives?|plus|keeps?)\s+(?:[^.;%]{0,60}?\b(?:and|plus)\s+)?(?:an?\s+)?(?:about\s+)?\d{1,2}(?:\.\d+)?\s*%\s+"
                              r"(?:equity|stake|of the)|"
                              r"(?:up-?\s?front(?:\s+payment)?|首付款)[^.;%。；]{0,40}?(?:,|，|、|及|和|以及|and)\s*(?:an?\s+)?"
                              r"\d{1,2}(?:\.\d+)?\s*%\s*(?:的)?\s*(?:equity\s+stake|stake|equity|股权|股份)", re.I)
_BUYS_SHARES = rx(r"\b(?:buy|buys|bought|purchase|purchases|purchased|subscribe for|subscribes for|subscribed for)\s+(?:up to\s+)?"
                  r"(?:US|HK|A|S)?[$€£¥]\s?[\d.,]+\s*(?:million|billion|bn|m)?\s+(?:of|in)\s+[^.;]{0,40}?\b(?:shares|stock|equity)\b", re.I)
_INVESTS_IN = rx(r"\b(?:invest(?:s|ed|ing)?|(?:made|makes|make|led|leads|lead)\s+an?\s+(?:\w+\s+)?investment)\s+"
                 r"(?:(?:up to\s+|about\s+|approximately\s+)?(?:US|HK|A|S)?[$€£¥]\s?[\d.,]+\s*(?:million|billion|bn|m)?\s+)?"
                 r"in\s+(?-i:[A-Z][a-z])", re.I)  # "X has invested (\$20 million) in Y", "made an investment in Y": money put into a company
_DEAL_PAYMENT = rx(r"up-?\s?front|milestones?|首付款|预付款|里程碑", re.I)
_BUYS_CONTROL = rx(r"(?:取得|购入|购得|受让|购买)[^，,。；;]{0,24}?(?:(?:[5-9]\d|100)(?:\.\d+)?\s*%|全部|全数|百分之百)\s*(?:的)?(?:股权|股份)")
_CONTROL = rx(r"控股|全资|wholly|controlling|all of the|100\s*%", re.I)


def article_kind(ctx: Context, kind: str) -> str:
    """A round-up whose headline is about NewCo deals: its licences are NewCo licences. A NewCo in the
    round-up's first item ("1. 甲：与乙资本共同成立NewCo") is that item's, no headline."""
    headline = cue_regex("deal.type.newco").search(ctx.text[:300])
    if kind == "license" and headline and not opens_its_line_as_item(ctx.text, headline.start()) and \
            len(cue_regex("deal.type.newco").findall(ctx.text)) >= 3:
        return "newco"
    return kind
