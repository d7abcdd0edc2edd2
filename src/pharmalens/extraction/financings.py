"""Financings: who raised money, in which round, how much, from whom, on which exchange, when.

Each round word of a sentence (A轮, Series B, IPO, 配售新股, seed ...; data/cues/financings.yaml),
or a completed raise with an amount and no round ("完成1.2亿美元融资"), is one financing. The raiser
is the subject of the round's clause; the amount is the clause's raise, not a share price or a
valuation, the gross figure before the net one; investors are the companies the sentence (and the
ones after it) names as leading, joining or backing the round.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from ..model.records import Financing
from .companies import CompanyMention
from .context import Context
from .events import clause_around, event_date
from .financing_investors_zh import written_zh_investors
from .financing_cards import LETTER_ROUND as _LETTER_ROUND, card_financings, may_hold_letter_round
from .financing_exchanges import exchange_sets, listing_exchange
from .items import bullets_under
from .financing_merge import add_financing
from .money import MoneyMention, is_share_price
from .sentences import Sentence
from .word_frequency import RARE_ZIPF, zipf
from ..model.patterns import rx

EXTRACTOR, VERSION = "financings", "2"

_NAMED_ROUNDS = (("ipo", "financings.ipo"), ("pre-ipo", "financings.pre_ipo"), ("seed", "financings.seed"),
                 ("angel", "financings.angel"), ("placement", "financings.placement"), ("strategic", "financings.strategic"))
_AN_INVESTOR = rx(r"者|人|方|机构|\s*investors?\b", re.I)  # 战略投资者: who joins a round, not the round
_SUBJECT = rx(r"(?P<n>[A-Z][A-Za-z0-9&.'-]*(?:\s+[A-Z][A-Za-z0-9&.'-]*){0,3}|[\u4e00-\u9fff]{2,8})\s*"
              r"(?:也|已|亦|再|又|宣布)?\s*$")
_NOT_A_NAME = rx(r"^(?:The|It|This|That|These|We|Our|Its|Company|Group|公司|集团|本公司|该公司|其|并|此外|同时|目前|今年|去年)$", re.I)
_ENGLISH_NAME = rx(r"(?<![A-Za-z])(?!(?:A|An|And|With|From|Of)\b)(?!The\s+[a-z])[A-Z][A-Za-z0-9&'.-]*"
                   r"(?:\s+(?:[A-Z][A-Za-z0-9&'.-]*|\([A-Z][A-Za-z]*\)|of|and|&))*")
_INVESTOR_SUFFIX = rx(r"(?:Limited|Ltd\.?|Capital|Partners|Ventures|Fund|Group|Holdings|LLC|LP|Management|Investments?)$")
_ROUND_NAME = rx(r"(?:Series\s+[A-F]|Seed|Pre-IPO|IPO|Initial Public Offering)\b", re.I)
_LIST_END = rx(r"[。;]|分别|合共|respectively|\bto\b", re.I)
_LIST_REACH = 200
_LIST_OPENS = rx(r"[\s,，:：]*分别(?:为|是)")
_RAISE_LABELS = ("financings.raise_word", "financings.raise_done", "financings.amount_word")
_CONTINUATION = 900
_INVESTOR_AFTER_WINDOW = 16
_INVESTOR_BEFORE_WINDOW = 40
_ADVISER_WINDOW = 24
_ROUND_SETS = (*(cue_set for _, cue_set in _NAMED_ROUNDS), "financings.placement_weak", "financings.unnamed_round",
               "financings.raise_done")  # the cue sets that name a round or a raise


def build_financings(ctx: Context) -> list[Financing]:
    if not ctx.article.document.relevant:
        return []
    has_ipo = ctx.cues.has("financings.ipo")
    lettered = "轮" in ctx.text or "series" in ctx.text.lower()  # every match of _LETTER_ROUND holds one
    present = frozenset(name for name in _ROUND_SETS if ctx.cues.has(name))
    if not present and not lettered:
        return []  # no sentence can name a round: a record needs one
    records: list[Financing] = []
    starts = sorted(c.start for name in present for c in ctx.cues.hits(name))  # a round named needs one (or a letter)
    for sentence in ctx.sentences:
        found = [_financing(ctx, sentence, pos, name) for pos, name in _rounds(ctx, sentence, has_ipo, lettered, present)] \
            if _may_name_round(ctx, sentence, starts, lettered) else []
        found = [f for f in found if f is not None]
        for record in found:
            add_financing(records, record, ctx.published)
        if not found and records and _follows(ctx, records[-1], sentence):
            _continue(ctx, records[-1], sentence)
    for record in card_financings(ctx, _NAMED_ROUNDS, EXTRACTOR, VERSION):
        add_financing(records, record, ctx.published)
    return records


def _may_name_round(ctx: Context, sentence: Sentence, starts: list[int], lettered: bool) -> bool:
    """False only where _rounds finds nothing: no cue of a round set starts in the sentence and it
    holds no word a lettered round needs."""
    i = bisect_left(starts, sentence.start)
    return i < len(starts) and starts[i] < sentence.end or lettered and may_hold_letter_round(ctx.text, sentence.start, sentence.end)


def _rounds(ctx: Context, sentence: Sentence, has_ipo: bool, lettered: bool,
            present: frozenset[str]) -> list[tuple[int, str | None]]:
    """Where the sentence names a round, one per clause: (position, round or None for a raise
    without one); `lettered`: whether the article holds a word a lettered round needs; `present`:
    the sets of _ROUND_SETS the article holds a cue of (the others hold none in any sentence)."""
    found: list[tuple[int, str | None]] = []
    for name, cue_set in _NAMED_ROUNDS:
        if cue_set in present:
            found += [(c.start, name) for c in ctx.cues.hits(cue_set, sentence.start, sentence.end)
                      if not _AN_INVESTOR.match(ctx.text, c.end) and not _drug_application(ctx, sentence, c)
                      and not (name == "ipo" and ctx.cues.has("financings.backdoor_listing", *clause_around(ctx, sentence, c.start)))]
    if not has_ipo and "financings.placement_weak" in present:
        found += [(c.start, "placement") for c in ctx.cues.hits("financings.placement_weak", sentence.start, sentence.end)]
    if "financings.unnamed_round" in present:
        found += [(c.start, None) for c in ctx.cues.hits("financings.unnamed_round", sentence.start, sentence.end)]
    for match in _LETTER_ROUND.finditer(ctx.text, sentence.start, sentence.end) if lettered and may_hold_letter_round(ctx.text, sentence.start, sentence.end) else ():
        found.append((match.start(), (match.group("l") or match.group("l2")).lower()))
    for cue in ctx.cues.hits("financings.raise_done", sentence.start, sentence.end) if "financings.raise_done" in present else ():
        start, end = clause_around(ctx, sentence, cue.start)
        if ctx.cues.has("financings.raise_word", cue.end, end) and _raised(ctx, cue.end, end) or _amount_raised(ctx, cue):
            found.append((cue.start, None))
    if any(name not in (None, "strategic") for _, name in found):
        found = [f for f in found if f[1] != "strategic"]  # "A轮…，乙药业战略投资": the investor's part in that round
    clauses: dict[tuple[int, int], tuple[int, str | None]] = {}
    for pos, name in sorted(found, key=lambda f: (f[0], f[1] is None)):
        clause = clause_around(ctx, sentence, pos)
        if clause not in clauses or (clauses[clause][1] is None and name is not None):
            clauses[clause] = (pos, name)
    return sorted(clauses.values(), key=lambda f: f[0])


def _drug_application(ctx: Context, sentence: Sentence, cue) -> bool:
    """"甲药业XY-12递交上市申请获受理": a listing application filed after a drug named in its clause,
    with no exchange in the sentence, is the drug's marketing application, no IPO."""
    if "上市申请" not in ctx.text[cue.start:cue.end]:
        return False
    start, _ = clause_around(ctx, sentence, cue.start)
    return bool(ctx.in_range(ctx.assets, start, cue.start)) \
        and not any(ctx.cues.has(name, sentence.start, sentence.end) for name in exchange_sets())


def _amount_raised(ctx: Context, cue) -> bool:
    """"raised $95 million", "secured approximately $40 million": an English raising verb with the
    amount right after it."""
    if not ctx.cues.has("financings.raised_amount", cue.start, cue.end + 1):
        return False
    gap = _RAISED_GAP.match(ctx.text, cue.end).end()
    return any(m.start == gap and not is_share_price(ctx.text, m) for m in ctx.in_range(ctx.money, gap, gap + 40))


_RAISED_GAP = rx(r"\s*(?:(?:approximately|about|nearly|roughly|almost|more than|over|an additional|a total of)\s+)*", re.I)


def _financing(ctx: Context, sentence: Sentence, pos: int, round_name: str | None) -> Financing | None:
    start, end = clause_around(ctx, sentence, pos)
    company = _raiser(ctx, sentence, start, pos)
    if company is None:
        return None
    money = _raised(ctx, start, end) or _raised(ctx, sentence.start, sentence.end, sentence)
    record = Financing(
        document=ctx.doc_id, evidence=[ctx.evidence(sentence.start, sentence.end)], extractor=EXTRACTOR,
        version=VERSION, company=company, investors=[], round=round_name,
        amount=money.money if money else None,
        exchange=listing_exchange(ctx, sentence) if round_name in ("ipo", "placement") else None,
        announced=event_date(ctx, sentence, pos),
    )
    record.investors = list(dict.fromkeys(_investors(ctx, sentence, company) + _listed_under(ctx, sentence, company)))
    return record


def _listed_under(ctx: Context, sentence: Sentence, company: str) -> list[str]:
    """Investors on the bulleted lines under a round's heading ("- Lead investor: X; others: Y",
    "- 投资方：X、Y"): the companies a line keyed by an investor word names."""
    end = bullets_under(ctx.text, sentence.end)
    if end is None:
        return []
    found = []
    for line in _INVESTOR_LINE.finditer(ctx.text, sentence.end, end):
        known = ctx.companies_in(line.start(), line.end(), with_self=False)
        for part in _KEYED.finditer(ctx.text, line.start(), line.end()):
            found += [m.name for m in known if part.start("v") <= m.start < part.end("v") and m.name != company]
            found += _written_in(ctx, part.start("v"), part.end("v"), known)
    return found


_KEYED = rx(r"[:：]\s*(?P<v>[^;；\n]+)")  # "Lead investor: X; others: Y": each key's value
_INVESTOR_LINE = rx(r"^[ \t]*[-•·▪◦*][ \t]+(?:lead |other |co-|new |existing )?(?:investors?|backers?|participants)\b"
                    r"[^\n]*|^[ \t]*[-•·▪◦*][ \t]+(?:投资方|投资人|投资机构|领投|跟投|参投)[^\n]*", re.I | re.M)


def _raiser(ctx: Context, sentence: Sentence, clause_start: int, pos: int) -> str | None:
    """The subject of the round's clause: the last company (or self-reference to the issuer) named
    before the round word that is not an investor; else a name written just before the completion
    verb; else the company an investor is said to back after the round word; else the subject of the
    sentence's first clause."""
    named = [m for m in ctx.companies_in(clause_start, pos) if not _is_investor(ctx, m, sentence)]
    if named:
        return named[-1].name
    antecedent = _relative_antecedent(ctx, sentence, clause_start, pos)
    if antecedent:
        return antecedent
    subject = _written_subject(ctx, clause_start, pos)
    if subject:
        return subject
    clause_end = clause_around(ctx, sentence, pos)[1]
    invested = [m for m in ctx.companies_in(pos, clause_end) if not _is_investor(ctx, m, sentence)
                and ctx.cues.last_before("financings.investor_after", m.start, 8) is not None]
    if invested:
        return invested[0].name  # "君联资本从种子轮独家投资孵化了X": the investee after the verb
    apposed = _apposed(ctx, sentence, clause_start)
    if apposed:
        return apposed
    if ctx.cues.has("deal.type.newco", clause_start, pos):
        return None  # "…出海：NewCo获1.2亿美元A轮融资": the new company, named where the body tells the round
    first_start, first_end = clause_around(ctx, sentence, sentence.start)
    named = [m for m in ctx.companies_in(first_start, min(first_end, pos)) if not _is_investor(ctx, m, sentence)]
    return named[0].name if named else None


def _relative_antecedent(ctx: Context, sentence: Sentence, clause_start: int, pos: int) -> str | None:
    """"…has formed Meridia Bio, which raised a Series A": the company a relative clause opening the
    round's clause is about."""
    relative = _RELATIVE.search(ctx.text, max(sentence.start, clause_start - 4), pos)
    if relative is None:
        return None
    before = [m for m in ctx.companies_in(sentence.start, relative.start()) if not _is_investor(ctx, m, sentence)]
    if before and not ctx.text[before[-1].end:relative.start()].strip(" ,"):
        return before[-1].name
    return None


_APPOSITION = rx(r"\s*[,，]\s*(?:(?:a|an|the|which)\b|一家|这家)", re.I)


def _apposed(ctx: Context, sentence: Sentence, clause_start: int) -> str | None:
    """"licensed X to Veltrin, a NewCo launched with a $250 million Series A": the clause describes
    the company written right before it."""
    before = [m for m in ctx.companies_in(sentence.start, clause_start) if not _is_investor(ctx, m, sentence)]
    if before and _APPOSITION.match(ctx.text, before[-1].end):
        return before[-1].name
    return None


_RELATIVE = rx(r",?\s*\b(?:which|that|who)\b", re.I)


def _written_subject(ctx: Context, clause_start: int, pos: int) -> str | None:
    """A name the company recogniser does not know, written as the subject right before the
    completion verb ("Braveheart也筹集…", "Northwind closed …")."""
    verb = next(iter(ctx.cues.hits("financings.raise_done", clause_start, pos + 1)), None)
    if verb is None:
        return None
    match = _SUBJECT.search(ctx.text, clause_start, verb.start)
    if match is None or _NOT_A_NAME.match(match.group("n")):
        return None
    if not re.match(r"[A-Z]", match.group("n")):
        return None  # a Chinese run before a verb is rarely a bare name
    return ctx.evidence(match.start("n"), match.end("n")).quote


def _raised(ctx: Context, start: int, end: int, sentence: Sentence | None = None) -> MoneyMention | None:
    """The amount raised in a span: not a share price, a valuation or a revenue; the gross figure
    where the span also states the net one. With `sentence`, only an amount whose own clause says
    it was raised ("预料集资近6.12亿元", "raised net proceeds of HK$701 million")."""
    candidates = []
    for m in ctx.in_range(ctx.money, start, end):
        lo = clause_around(ctx, sentence, m.start)[0] if sentence else start
        if is_share_price(ctx.text, m) or ctx.cues.has("financings.not_raise", max(lo, m.start - 12), m.start):
            continue
        if sentence and not any(ctx.cues.has(name, lo, m.start) for name in _RAISE_LABELS):
            continue
        candidates.append(m)
    gross = [m for m in candidates if not ctx.cues.has("financings.net", max(start, m.start - 16), m.start)]
    return (gross or candidates or [None])[0]


def _investors(ctx: Context, sentence: Sentence, company: str) -> list[str]:
    mentions = ctx.companies_in(sentence.start, sentence.end, with_self=False)
    named = [m.name for m in mentions if m.name != company and _is_investor(ctx, m, sentence)]
    written = _written_investors(ctx, sentence, mentions) + written_zh_investors(ctx, sentence, mentions)
    return list(dict.fromkeys(named + [w for w in written if w != company]))


def _written_investors(ctx: Context, sentence: Sentence, known: list[CompanyMention]) -> list[str]:
    """English investor names the company recogniser does not know, in the list after an investor
    cue ("基石投资者,包括…以及投资机构Reynard Holdings (Asia) Limited", "led by Aldgate Partners")."""
    found = []
    for cue in _investor_cues(ctx, sentence):
        opens = _LIST_OPENS.match(ctx.text, cue.end)  # "基石投资者，分别为A、B及C": 分别 opens the list, no end
        end = min(sentence.end, cue.end + _LIST_REACH)
        stop = _LIST_END.search(ctx.text, opens.end() if opens else cue.end, end)
        told = ctx.cues.hits("financings.attribution", cue.end, stop.start() if stop else end)
        found += _written_in(ctx, cue.end, told[0].start if told else stop.start() if stop else end, known)
    return found


def _written_in(ctx: Context, begin: int, end: int, known: list[CompanyMention]) -> list[str]:
    found = []
    for start, stop, name in _items(ctx.text, begin, end, known):
        if any(m.start < stop and start < m.end for m in known) or _ROUND_NAME.match(name):
            continue  # "backed by a $120 million Series A led by X": the round, not an investor
        if len(name.split()) >= 2 or _INVESTOR_SUFFIX.search(name) or _listed_rare_word(ctx, name, start, stop) \
                or _beside_known_investor(ctx, name, start, known):
            found.append(ctx.evidence(start, _with_owner(ctx.text, stop, known)).quote)
    return found


def _items(text: str, start: int, end: int, known: list[CompanyMention]) -> list[tuple[int, int, str]]:
    """English names in a stretch, a run joined by "and" taken apart when one of its parts is a name
    of several words ("Fairmount and RA Capital Management") or a company already recognised
    ("OrbiMed and Tavora": the known name does not take the other with it)."""
    found = []
    for match in _ENGLISH_NAME.finditer(text, start, end):
        at = match.start()
        parts = _AND_SPLIT.split(match.group(0))
        if len(parts) == 1 or all(len(p.split()) == 1 for p in parts) \
                and not any(match.start() <= m.start and m.end <= match.end() for m in known):
            name = _without_full_stop(match.group(0))
            found.append((match.start(), match.start() + len(name), name))
            continue
        for part in parts:
            at = text.index(part, at)
            name = _without_full_stop(part)
            found.append((at, at + len(name), name))
            at += len(part)
    return found


def _without_full_stop(name: str) -> str:
    return name if _ABBREVIATED_END.search(name) else name.rstrip(".")  # the sentence's full stop


_ABBREVIATED_END = rx(r"\b(?:Inc|Ltd|Co|Corp|L\.P|LLC|S\.A|N\.V)\.$")


_AND_SPLIT = rx(r"\s+and\s+")


def _listed_rare_word(ctx: Context, name: str, start: int, end: int) -> bool:
    """One rare word standing as an item of the investor list ("existing investors Fairmount and RA
    Capital"): joined to the cue or the next item by a list mark, and no ordinary English word."""
    joined = _LIST_MARK_AFTER.match(ctx.text, end) or _LIST_MARK_BEFORE.search(ctx.text, max(0, start - 6), start)
    return bool(joined) and name.isalpha() and zipf(name) < RARE_ZIPF


def _beside_known_investor(ctx: Context, name: str, start: int, known: list[CompanyMention]) -> bool:
    """"from OrbiMed and Lowry": a surname-like word joined by "and" to a recognised company of the list
    is the next investor, though too frequent to stand alone; the commonest words (Boston) are not."""
    joined = _JOINED_TO_PREVIOUS.search(ctx.text, max(0, start - 8), start)
    return bool(joined) and name.isalpha() and zipf(name) < _SURNAME_ZIPF \
        and any(m.end == joined.start() for m in known)


def _with_owner(text: str, end: int, known: list[CompanyMention]) -> int:
    """"Leaps by Bayer": a venture arm's name runs on through "by" and the known company that owns it."""
    by = _BY_OWNER.match(text, end)
    return next((m.end for m in known if by and m.start == by.end()), end)


_BY_OWNER = rx(r"\s+by\s+")
_JOINED_TO_PREVIOUS = rx(r"(?:,\s*(?:and\s+)?|\s+and\s+)$")
_SURNAME_ZIPF = 4.0
_LIST_MARK_AFTER = rx(r"\s*(?:,\s*(?:and\s+)?|and\s+)[A-Z]")
_LIST_MARK_BEFORE = rx(r"(?:,|\band)\s*$")


_PASSIVE = rx(r"\s+by\b", re.I)


def _is_investor(ctx: Context, mention: CompanyMention, sentence: Sentence) -> bool:
    adviser = ctx.cues.first_after("financings.adviser_after", mention.end, _ADVISER_WINDOW)
    if adviser is not None and not re.search(r"[,，;；。]", ctx.text[mention.end:adviser.start]):
        return False  # "X创投作为本轮财务顾问", "X acted as placement agent"
    if mention.kind == "investor":
        return True
    if ctx.cues.has("financings.person_after", mention.end, mention.end + 6):
        return False
    after = ctx.cues.first_after("financings.investor_after", mention.end, _INVESTOR_AFTER_WINDOW)
    if after is not None and not _PASSIVE.match(ctx.text, after.end):  # "X: $62M Series B led by Y": Y led
        if not re.search(r"[,，。;；]|完成|获得?|raised|closed", ctx.text[mention.end:after.start], re.I):
            return True  # not "X获得Y投资": X receives
    before = max((c for c in _investor_cues(ctx, sentence) if c.end <= mention.start), key=lambda c: c.end, default=None)
    if before is not None and before.start < mention.start - _INVESTOR_BEFORE_WINDOW:
        before = None
    if before is not None:
        between = ctx.text[before.end:mention.start]
        return not re.search(r"完成|获得|raised|closed|[。;；]", between, re.I)
    previous = [m for m in ctx.companies_in(sentence.start, mention.start, with_self=False) if m.end <= mention.start]
    if previous and rx(r"^\s*(?:,|、|and|及|和|以及|与)\s*$", re.I).match(ctx.text[previous[-1].end:mention.start]):
        return _is_investor(ctx, previous[-1], sentence)
    return False


def _investor_cues(ctx: Context, sentence: Sentence) -> list:
    """The sentence's cues that open a list of investors: "led by", "participation from" ..., and a
    "from" right after the amount a clause says was raised ("secured $40 million from X and Y",
    "raised $25 million in seed funding from X, Y and Z")."""
    cues = ctx.cues.hits("financings.investor_before", sentence.start, sentence.end)
    for cue in ctx.cues.hits("financings.investor_from", sentence.start, sentence.end):
        amount = next((m for m in reversed(ctx.in_range(ctx.money, sentence.start, cue.start))
                       if _AMOUNT_TO_FROM.fullmatch(ctx.text, m.end, cue.start)), None)
        if amount is not None and not is_share_price(ctx.text, amount):
            clause_start = clause_around(ctx, sentence, amount.start)[0]
            if any(ctx.cues.has(name, clause_start, amount.start) for name in ("financings.raise_done", "financings.raise_word")):
                cues.append(cue)
    return sorted(cues, key=lambda c: c.start)


_AMOUNT_TO_FROM = rx(r"(?:\s+[\w+-]+){0,6}\s+")  # "$25 million in seed funding from": words, no clause mark


def _follows(ctx: Context, record: Financing, sentence: Sentence) -> bool:
    last = record.evidence[-1]
    start = ctx.evidence(sentence.start, sentence.start + 1).start
    return 0 <= start - last.end <= _CONTINUATION


def _continue(ctx: Context, record: Financing, sentence: Sentence) -> None:
    """A later sentence about the same round: its investors ("本轮融资由A领投") and, where the round
    had none, the amount it raised ("The global offering raised net proceeds of HK$701 million")."""
    investors = _investors(ctx, sentence, record.company)
    amount = _raised(ctx, sentence.start, sentence.end, sentence) if record.amount is None else None
    if investors or amount:
        record.investors = list(dict.fromkeys(record.investors + investors))
        record.amount = record.amount or (amount.money if amount else None)
        record.evidence.append(ctx.evidence(sentence.start, sentence.end))
