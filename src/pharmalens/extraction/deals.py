"""Deal records: parties and their roles, type, asset, territory, money by role, royalty, date.

An article states a deal in one sentence ("X and Y announced...", "X将...许可给Y") and its terms in
the sentences after it, often in the next paragraph. Each sentence that names two parties and a deal
word opens a deal frame; sentences with deal terms that follow it, naming no one else, attach to the
latest frame; a frame with the same parties again is the same deal. Round-up layouts (pairs with
their terms in brackets, items under a company's heading, deal tables) are read in deal_items.py.
Who licenses to whom: the relation patterns of parties.py, then who pays, is paid and gets the
rights, then the Chinese party out-licensing to the foreign one and the large pharma buying."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model.patterns import rx
from ..model.records import Deal, Money
from .companies import CompanyMention
from .context import Context
from .cues import cue_regex, holds_cue
from .deal_dates import announced_date, announcing_date, signed_date
from .deal_cards import card_deals
from .deal_items import DealItem, cell_territory, deal_items
from .deal_merging import merged, unlisted
from .headline_totals import in_headline, with_headline_total
from .deal_roles import (asset_named_next, own_story, buys_supply, by_developer, supplier, first_asset, founded_company, founding_sentence,
                         in_apposition, intermediary, may_hold, parents_of_parties, party_countries, party_kinds, sentence_triggers,
                         states_terms, topic_partner)
from .deal_asides import only_fees_to_end, only_paid_milestones, tells_terms_first, with_a_government, without_background
from .deal_kinds import article_kind, deal_type, paragraph_kind, without_descriptors
from .deal_royalty import royalty
from .deal_terms import money_by_role, territory
from .parties import Parties, find_all_parties, orient
from .returned_rights import rights_back_at
from .sentences import Sentence

EXTRACTOR, VERSION = "deals", "3"

_FRAME_REACH = 1500
_DISTINCT_KINDS = {"acquisition", "option", "equity", "newco"}


@dataclass
class Frame:
    parties: Parties
    sentences: list[Sentence] = field(default_factory=list)

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
    items = deal_items(ctx)
    items += card_deals(ctx, items)
    claimed = [(item.start, item.end) for item in items]
    frames: list[Frame] = []
    countries = party_countries(ctx)
    lead_in: Sentence | None = None
    for sentence in ctx.sentences:
        if sentence.text.count("|") >= 3 or not ctx.cues.may_match("deal.trigger", sentence.start, sentence.end) \
                or not sentence_triggers(ctx, sentence) or \
                rights_back_at(ctx, sentence.start, sentence.end) is not None or only_fees_to_end(ctx, sentence):
            continue
        if any(s <= sentence.start and sentence.end <= e for s, e in claimed):
            continue
        mentions = [m for m in ctx.companies_in(sentence.start, sentence.end)
                    if not intermediary(ctx, m) and not own_story(ctx, m)]
        mentions = sorted(mentions + ctx.unnamed_issuer_in(sentence.start, sentence.end), key=lambda m: m.start)
        parents = parents_of_parties(ctx, mentions)
        mentions = [m for m in mentions if m.start not in parents]
        relations = _relations(ctx, sentence, mentions, countries)
        if relations:
            for parties, segment in relations:
                _open_or_extend(ctx, frames, parties, segment)
            if lead_in is not None and not ctx.text[lead_in.end:sentence.start].strip():
                frames[-1].sentences.append(lead_in)
            lead_in = None
        elif frames and (_continues(ctx, frames[-1], sentence, mentions) or _names_the_frame(frames[-1], sentence, mentions)):
            if _another_deal(ctx, frames[-1], sentence):  # "X also obtains an option to license Y"
                frames.append(Frame(frames[-1].parties, [sentence]))
                continue
            frame = _frame_of_asset(ctx, frames, sentence) or frames[-1]
            frame.sentences.append(sentence)
            _direct_by_cues(frame, sentence, mentions, ctx)
        else:
            single = _single_party(ctx, sentence, mentions)
            if single is not None:
                frames.append(Frame(single, [sentence]))
            lead_in = sentence if not mentions and tells_terms_first(ctx, sentence) else None
    frames = without_background(ctx, frames)
    listed = [d for d in (_item_deal(ctx, item, countries) for item in items) if d is not None]
    prose = [d for d in (_deal(ctx, f) for f in frames) if d is not None]
    return with_headline_total(ctx, merged(ctx, unlisted(prose, listed) + listed))


def _relations(ctx: Context, sentence: Sentence, mentions: list[CompanyMention],
               countries: dict[str, str | None]) -> list[tuple[Parties, Sentence]]:
    """The deals a sentence states, each with its own stretch of the sentence, so that terms never
    cross from one deal to the next."""
    if len({m.name for m in mentions}) < 2:
        return []
    found = find_all_parties(sentence.text, sentence.start, mentions)
    if not found:
        parties = _undirected(mentions)
        found = [(parties, sentence.start)] if parties and not _listed_together(ctx, parties) \
            and not in_apposition(ctx, parties) and states_terms(ctx, sentence) else []
    starts = [sentence.start] + [_clause_before(ctx, found[i - 1][0], start) for i, (_, start) in enumerate(found) if i]
    out = []
    for i, (parties, _) in enumerate(found):
        seg_start = starts[i]
        seg_end = starts[i + 1] if i + 1 < len(found) else sentence.end
        segment = Sentence(seg_start, seg_end, ctx.text[seg_start:seg_end])
        seg_mentions = [m for m in mentions if seg_start <= m.start < seg_end]
        oriented = orient(_directed_by_cues(ctx, parties, segment, seg_mentions), countries, party_kinds(ctx))
        out.append((by_developer(ctx, oriented, segment), segment))
    return out


_CLAUSE_MARK = rx(r"[,;，；]")


def _clause_before(ctx: Context, previous: Parties, start: int) -> int:
    """Where the clause of a sentence's next deal begins: after the last comma between the previous
    deal's parties and its first party, so its verb ("and the sale of X to Y") is in it."""
    after = max(m.end for m in (previous.licensor, previous.licensee) if m is not None)
    marks = list(_CLAUSE_MARK.finditer(ctx.text, after, start)) if after < start else []
    return marks[-1].end() if marks else start


def _undirected(mentions: list[CompanyMention]) -> Parties | None:
    """Two companies and a deal word: a deal between them, roles to be settled."""
    distinct: list[CompanyMention] = []
    for m in mentions:
        if m.name and all(m.name != d.name for d in distinct) and m.kind != "investor":
            distinct.append(m)
    if len(distinct) != 2:
        return None
    return Parties(distinct[0], distinct[1], False)


_LIST_GAP = rx(r"^\s*(?:、|,|和|及|以及|and|&|or)\s*$|、")


def _listed_together(ctx: Context, parties: Parties) -> bool:
    """"阿斯利康、艾伯维等跨国巨头", "诺华收购A、BMS引进B": names in one list, or each the subject of
    its own clause, are not each other's counterparty."""
    a, b = sorted((parties.licensor, parties.licensee), key=lambda m: m.start)
    gap = ctx.text[a.end:b.start]
    return bool(_LIST_GAP.search(gap)) or ctx.text[b.end:b.end + 1] == "等" or bool(_EACH.match(ctx.text, b.end))


_EACH = rx(r"[^。；;\n]{0,40}?(?:分别|各自)|[^.;\n]{0,60}?\brespectively\b", re.I)  # "A及B分别投资": side by side

def _directed_by_cues(ctx: Context, parties: Parties, sentence: Sentence, mentions: list[CompanyMention]) -> Parties:
    if parties.directed or parties.licensor is None or parties.licensee is None:
        return parties
    frame = Frame(parties, [sentence])
    _direct_by_cues(frame, sentence, mentions, ctx)
    return frame.parties


_SUPPLY_REACH = 24
_SAID_IT = rx(r"^\s*(?:said|says|announced)\s+(?:(?:on\s+)?\w+day\s+)?(?:that\s+)?it\b", re.I)  # "X said it will pay"


def _direct_by_cues(frame: Frame, sentence: Sentence, mentions: list[CompanyMention], ctx: Context) -> None:
    """"Kestrel will pay Qiheng", "Aktis also is getting $60 million", "SK has secured global rights":
    who pays, who is paid and who gets the rights settles an undirected pair."""
    parties = frame.parties
    if parties.directed or parties.licensor is None or parties.licensee is None:
        return
    pays, receives, gets, supplies = (cue_regex(n, anchored=True)
                                      for n in ("deal.pays", "deal.receives", "deal.gets_rights", "deal.supplies"))
    for m in mentions:
        if m.name not in frame.names():
            continue
        after = ctx.text[m.end:m.end + 40]
        after = rx(r"^\s*(?:\([^)]{0,30}\))?\s*(?:also|will also|has|is|将|也|亦|则)?\s*", 0).sub("", after, count=1)
        other = parties.licensee if m.name == parties.licensor.name else parties.licensor
        if supplies.match(after) or (after[:1] in ("向", "给") and holds_cue("deal.supplies", after[:_SUPPLY_REACH])
                                     and not _CLAUSE_STOP.search(after[:_SUPPLY_REACH])):
            supplied = ctx.text[max(0, m.start - 1):m.start] in ("向", "给")  # "向X供应": X buys; "X向Y供应": X sells
            frame.parties = Parties(other, m, True) if supplied else Parties(m, other, True)
            return
        if pays.match(after) and not receives.match(after):
            paid = ctx.text[max(0, m.start - 1):m.start] in ("向", "给")  # "公司须向X支付": X is paid
            frame.parties = Parties(m, other, True) if paid else Parties(other, m, True)
            return
        if receives.match(after) and _money_or_rights_follow(after):
            stop = _CLAUSE_STOP.search(ctx.text, m.end, m.end + 60)
            end = min([stop.start() if stop else m.end + 60] + [x.start for x in mentions if x.start > m.end and x.name != m.name])
            money_follows = bool(ctx.in_range(ctx.money, m.end, end)) or \
                bool(rx(r"首付|里程碑|upfront|milestone|payment|royalt", re.I).search(ctx.text, m.end, end))  # not a code's digits
            frame.parties = Parties(m, other, True) if money_follows else Parties(other, m, True)
            return
        if gets.match(after) and rx(r"权|rights|licen", re.I).search(after[:40]):
            frame.parties = Parties(other, m, True)
            return
    subject = mentions[0] if mentions and mentions[0].name in frame.names() else None
    if subject is not None and (_SUBJECTLESS_GETS.search(ctx.text, subject.end, sentence.end)
                                or buys_supply(ctx, subject.end, sentence.end)):
        other = parties.licensee if subject.name == parties.licensor.name else parties.licensor
        frame.parties = Parties(other, subject, True)  # "X宣布与Y签署协议，获得…权益": X gets the rights; "…to secure supply of": Y supplies
        return
    for m in mentions:
        if m.name in frame.names() and _GRANTED_TO.search(ctx.text[max(0, m.start - 16):m.start]):
            other = parties.licensee if m.name == parties.licensor.name else parties.licensor
            frame.parties = Parties(other, m, True)
            return
    paid = rx(r"\b(?:pay|pays|paid|bring|to)\s+$", 0)
    for m in mentions:
        if m.name in frame.names() and paid.search(ctx.text[max(0, m.start - 12):m.start]) and \
                rx(r"^\s*(?:Inc\.?|Ltd\.?|Co\.)?\s*\$|^\s*(?:Inc\.?|Ltd\.?)?\s*(?:US)?\$?\d", 0).match(ctx.text[m.end:m.end + 12]):
            other = parties.licensee if m.name == parties.licensor.name else parties.licensor
            frame.parties = Parties(m, other, True)
            return


_SUBJECTLESS_GETS = rx(r"[,，]\s*(?:并|从而|以|将|同时)?\s*(?:获得|取得|obtaining|gaining|securing)[^,，。;；]{0,40}?(?:权益|权利|许可|\brights\b)|"
                       r"\bwith\s+[^,.;]{2,60}?\s+for\s+(?:the\s+|an?\s+)?(?:exclusive\s+)?(?:(?:global|worldwide|regional)\s+)?"
                       r"(?:rights?|licen[cs]e)\s+to\b|,\s+paying\s", re.I)  # "X signed a deal with Y for exclusive rights to…, paying…"
_CLAUSE_STOP = rx(r"[。；;]|\.(?:\s|$)")
_TAKES_RIGHTS = rx(r"^\s*(?:has|have|had|will|would|also|已经|已|将|可)?\s*(?:获得|取得|secur\w*|obtain\w*|gain\w*|"
                   r"acquir\w*|receiv\w*|won|wins)[^,，。;；]{0,40}?(?:权益|权利|许可|\brights\b|\blicen[cs]e\b)", re.I)
_GRANTED_TO = rx(r"(?:授予|授权给?|许可给|授权予|许可予|转让给|出售给|卖给|"
                 r"(?:licen[sc]ed|granted|sublicensed|out-licensed|sold)\s+(?:[\w-]+\s+){0,4}?to)[ \t]*$", re.I)  # a headline's 授权 ends its line


def _money_or_rights_follow(after: str) -> bool:
    return bool(rx(r"\d|首付|里程碑|权益|权利|许可|upfront|milestone|payment|royalt|rights|licen", re.I).search(after[:48]))


def _continues(ctx: Context, frame: Frame, sentence: Sentence, mentions: list[CompanyMention]) -> bool:
    """A sentence of terms right after a deal, naming no company outside it, belongs to it."""
    if sentence.start - frame.end > _FRAME_REACH or not {m.name for m in mentions} <= frame.names():
        return False
    return may_hold(ctx, "deal.terms", sentence) and holds_cue("deal.terms", sentence.text)


def _frame_of_asset(ctx: Context, frames: list[Frame], sentence: Sentence) -> Frame | None:
    """The earlier deal of the same parties whose asset the sentence names: its terms go there."""
    asset = first_asset(ctx, [sentence])
    if asset is None or asset == first_asset(ctx, frames[-1].sentences):
        return None
    return next((f for f in reversed(frames[:-1]) if f.names() == frames[-1].names()
                 and first_asset(ctx, f.sentences) == asset), None)


def _another_deal(ctx: Context, frame: Frame, sentence: Sentence) -> bool:
    """A sentence about the same parties that names another asset and another kind of deal starts that deal."""
    asset, other_asset = first_asset(ctx, [sentence]), first_asset(ctx, frame.sentences)
    kind, other_kind = _deal_type(ctx, sentence.text), _deal_type(ctx, frame.sentences[0].text)
    return bool(asset and other_asset and asset != other_asset and kind != other_kind
                and {kind, other_kind} & _DISTINCT_KINDS)


def _deal_type(ctx: Context, sentence: str) -> str:
    """The kind of deal a sentence states, read once per article: frames compare their first
    sentence's kind with each new sentence's."""
    key = ("deal_type", sentence)
    if key not in ctx.memo:
        ctx.memo[key] = deal_type(sentence, sentence)
    return ctx.memo[key]


def _names_the_frame(frame: Frame, sentence: Sentence, mentions: list[CompanyMention]) -> bool:
    """A deal sentence close after a deal that names only its parties says more about it."""
    names = {m.name for m in mentions}
    return bool(names) and names <= frame.names() and sentence.start - frame.end <= 400


def _open_or_extend(ctx: Context, frames: list[Frame], parties: Parties, sentence: Sentence) -> None:
    names = {parties.licensor.name if parties.licensor else None, parties.licensee.name if parties.licensee else None}
    asset = first_asset(ctx, [sentence])
    kind = _deal_type(ctx, sentence.text)
    for frame in reversed(frames):
        other_asset = first_asset(ctx, frame.sentences)
        if asset and other_asset and asset != other_asset:
            continue
        other_kind = _deal_type(ctx, frame.sentences[0].text)
        # a sentence of terms alone ("Y will pay X an option fee of $9 million") is a licence only by default
        if kind != other_kind and {kind, other_kind} & _DISTINCT_KINDS and "collaboration" not in (kind, other_kind) \
                and (kind != "license" or holds_cue("deal.type.license", sentence.text)):
            continue
        if frame.names() == names or (None in frame.names() and frame.names() - {None} <= names):
            frame.sentences.append(sentence)
            if frame.parties.licensee is None or (parties.directed and not frame.parties.directed):
                frame.parties = parties
            return
    frames.append(Frame(parties, [sentence]))


# The lone party buys when a buying verb ends its clause's words after it, not said in the passive
# ("X以2.5亿元的对价收购了…", "X agreed to acquire"; not "X被…收购", "X agreed to be acquired").
_BUYS_AFTER = rx(r"^(?:(?!被|获|\b(?:be|was|were|been|being|is)\b)[^，,。；;]){0,30}?(?:acquire|in-licens|收购|购买|并购|买下)", re.I)


def _single_party(ctx: Context, sentence: Sentence, mentions: list[CompanyMention]) -> Parties | None:
    """One named party and deal money in the sentence: the other party went unnamed."""
    names = {m.name for m in mentions}
    if len(names) != 1 or not rx(r"licen[cs]|许可|授权|collaborat|partner|\bdeal\b|合作|agreement|协议|交易|acqui|收购|出售|转让|\bsold\b|\bsells?\b|divest|\brights\s+to\b",
                                 re.I).search(sentence.text):
        return None  # the deal's words before its money: the article's amounts are read only where they may count
    if not money_by_role(ctx, ctx.in_range(ctx.money, sentence.start, sentence.end)):
        return None
    m = mentions[0]
    if with_a_government(ctx, m.start, m.end):
        return None
    after = _SAID_IT.sub("", ctx.text[m.end:m.end + 60], count=1)[:40]
    if cue_regex("deal.pays", anchored=True).match(after) or _BUYS_AFTER.match(after) \
            or _GRANTED_TO.search(ctx.text, max(0, m.start - 48), m.start) or _TAKES_RIGHTS.match(after):
        return Parties(None, m, True)
    partner = topic_partner(ctx, sentence, m)
    if partner is not None:
        return orient(Parties(m, partner, False), party_countries(ctx), party_kinds(ctx))
    return Parties(m, None, False)


def _deal(ctx: Context, frame: Frame) -> Deal | None:
    text = " ".join(s.text for s in frame.sentences)
    money: dict[str, Money] = {}
    for sentence in sorted(frame.sentences, key=lambda s: in_headline(ctx, s.start)):  # the body's exact terms first
        for role, value in money_by_role(ctx, ctx.in_range(ctx.money, sentence.start, sentence.end)).items():
            money.setdefault(role, value)
    if not money and only_paid_milestones(ctx, frame.sentences):
        return None  # a milestone received under an old licence is no new deal
    if frame.parties.licensee is None and not money:
        return None
    first = frame.sentences[0]
    parties = {m.name for m in (frame.parties.licensor, frame.parties.licensee) if m is not None}
    plain = [without_descriptors(ctx, s.start, s.end) for s in frame.sentences]
    kind = paragraph_kind(ctx, article_kind(ctx, deal_type(plain[0], " ".join(plain))), first.start, text, parties)
    _equity_total(kind, money)
    licensor, licensee = _name(frame.parties.licensor), _name(frame.parties.licensee)
    founding = founding_sentence(ctx, licensee, frame.sentences) if kind == "license" else None
    told = [founding, *frame.sentences] if founding else frame.sentences
    kind = "newco" if founding else kind
    newco = founded_company(ctx, frame.sentences) if kind == "newco" else None
    if newco:  # the NewCo takes the licence; its founder gives it, never a co-founding investor
        licensor, licensee = (licensee if newco == licensor else licensor), newco
    return Deal(
        document=ctx.doc_id, evidence=[ctx.evidence(s.start, s.end) for s in told[:4]],
        extractor=EXTRACTOR, version=VERSION,
        licensor=licensor, licensee=licensee,
        asset=None if supplier(ctx, frame.parties.licensor) or buys_supply(ctx, first.start, first.end) else first_asset(ctx, told) or asset_named_next(ctx, first),
        deal_type=kind, territory=territory(ctx, told),
        upfront=money.get("upfront"), milestones=money.get("milestones"), total=money.get("total"),
        equity=money.get("equity"), royalty=royalty(ctx, frame.sentences),
        announced=signed_date(ctx, frame.sentences) or announcing_date(ctx, frame.sentences) or announced_date(ctx, first),
    )


def _item_deal(ctx: Context, item: DealItem, countries: dict[str, str | None]) -> Deal | None:
    parties = item.parties
    if parties.licensor is not None and parties.licensee is not None and not parties.directed:
        parties = orient(parties, countries, party_kinds(ctx))
    if parties.licensee is None and parties.licensor is None:
        return None
    money = item.money if item.money is not None else money_by_role(ctx, ctx.in_range(ctx.money, item.terms_start, item.end))
    sentence = Sentence(item.start, item.end, ctx.text[item.start:item.end])
    kind = item.kind or article_kind(ctx, deal_type(sentence.text, sentence.text))
    _equity_total(kind, money)
    return Deal(
        document=ctx.doc_id, evidence=[ctx.evidence(item.start, item.end)], extractor=EXTRACTOR, version=VERSION,
        licensor=_name(parties.licensor), licensee=_name(parties.licensee),
        asset=item.asset or first_asset(ctx, [sentence]), deal_type=kind,
        territory=cell_territory(ctx, item) or territory(ctx, [sentence]),
        upfront=money.get("upfront"), milestones=money.get("milestones"), total=money.get("total"),
        equity=money.get("equity"), royalty=royalty(ctx, [sentence]),
        announced=item.date or announced_date(ctx, sentence),
    )


def _equity_total(kind: str, money: dict[str, Money]) -> None:
    if kind == "equity" and "total" not in money and "equity" in money:
        money["total"] = money["equity"]


def _name(mention: CompanyMention | None) -> str | None:
    return mention.name if mention is not None and mention.name else None
