"""Clues in a deal sentence beyond its relation patterns (parties.py): whether it states a deal at all,
which named firms are no party, which asset it is about, and who of an undirected pair developed that
asset."""
from __future__ import annotations

import re

from ..model.patterns import guarded, rx
from .companies import CompanyMention
from .context import Context
from .cues import blank_cues, cue_regex, holds_cue
from .parties import Parties
from .places import chinese_place_names
from .sentences import Sentence


_FUNDED = rx(r"(?:所得款项|募集资金|资金|款项|proceeds)[^。;；]{0,30}?(?:用于|用作|拨作|\b(?:to fund|to finance|for)\b)[^。;；,，]{0,30}$",
             re.I)  # "所得款项将用于X的临床开发": what the money funds, not what the deal is over
_CONDITION = rx(r"\b(?:up)?on\s+(?:[\w.-]+\s+){0,3}?approval\s+of\s+(?:the\s+)?$", re.I)  # "$6.00 upon FDA approval of X"
_DEVELOPED = rx(r"^(?:[^,，。;；\n]{0,6}?(?:自主)?(?:研发|开发|研制)的|'s\s+|’s\s+|旗下(?:的)?)[^,，。;；\n]{0,12}$", re.I)


def by_developer(ctx: Context, parties: Parties, segment: Sentence) -> Parties:
    """With no word saying who grants what, the party the article says developed the deal's drug
    ("甲药业自主研发的X", "Quellmark's QX-7"), named there or referred back to (该产品), is its licensor."""
    if parties.directed or parties.licensor is None or parties.licensee is None:
        return parties
    asset = first_asset(ctx, [segment]) or referred_asset(ctx, segment)
    if asset is None:
        return parties
    paragraph = ctx.text.rfind("\n", 0, segment.start) + 1
    named = [m for m in ctx.assets if m.label == asset]
    nearby = [m for m in ctx.assets if m.label != asset and paragraph <= m.start < segment.start]  # 该产品 under another name
    for mention in named + nearby:
        before = [m for m in ctx.companies_in(max(0, mention.start - 40), mention.start, with_self=False)
                  if m.end <= mention.start]
        if not before or not _DEVELOPED.match(ctx.text[before[-1].end:mention.start]):
            continue
        if before[-1].name == parties.licensee.name:
            return Parties(parties.licensee, parties.licensor, False)
        if before[-1].name == parties.licensor.name:
            return parties
    return _by_code_letters(asset, parties)


_CODE_LETTERS = rx(r"([A-Z]{2,4})-?\d")


def _by_code_letters(asset: str, parties: Parties) -> Parties:
    """"Halvik Pharma / Nortide Bio — …, NTB-101": the party whose name the code's letters spell, in
    order from its first letter, developed the drug; when only the licensee's does, the pair turns."""
    code = _CODE_LETTERS.match(asset)
    if code is None:
        return parties
    spelled = [_spells(code.group(1), p.name) for p in (parties.licensor, parties.licensee)]
    return Parties(parties.licensee, parties.licensor, False) if spelled == [False, True] else parties


def _spells(letters: str, name: str) -> bool:
    name = name.upper()
    if not name.startswith(letters[0]):
        return False
    pos = 0
    for letter in letters:
        pos = name.find(letter, pos) + 1
        if pos == 0:
            return False
    return True


def in_apposition(ctx: Context, parties: Parties) -> bool:
    """A group written right before its own unit ("甲集团乙核技术研究院") is one party."""
    first, second = sorted((parties.licensor, parties.licensee), key=lambda m: m.start)
    return not ctx.text[first.end:second.start].strip()


_KIND_CUES = tuple(f"deal.type.{kind}" for kind in ("license", "collaboration", "acquisition", "option", "newco", "equity"))


def states_terms(ctx: Context, sentence: Sentence) -> bool:
    """A sentence that names two companies and a deal word without a verb between them still says
    what kind of deal, or what it pays ("迎来重要里程碑" is no milestone payment)."""
    return bool(ctx.in_range(ctx.money, sentence.start, sentence.end)) or \
        any(ctx.cues.has(name, sentence.start, sentence.end) for name in _KIND_CUES)


_SUPPLIER_VERB = rx(r"(?:,\s*which\s+(?:will|is to|agreed to|shall)\s+(?:supply|provide|deliver|produce|manufacture)|"
                    r"\s+(?:will|is to|agreed to|shall)\s+(?:supply|provide|deliver))\b", re.I)  # a licensor also makes its drug


def supplier(ctx: Context, licensor: CompanyMention | None) -> bool:
    """A licensor that supplies ("X will supply Lu-177 for Y's programme"): the deal is a supply, and
    the programme named is the buyer's, not an asset changing hands."""
    return licensor is not None and bool(_SUPPLIER_VERB.match(ctx.text, licensor.end))


_BUYS_SUPPLY = rx(r"\bto\s+(?:secure|source|procure|purchase|buy)\s+(?:(?:a|an|the|its|long-term|reliable|stable|steady|"
                   r"additional|commercial|clinical|dedicated)\s+)*(?:supply|supplies|quantities)\b|签(?:署|订)[^。；;]{0,20}?采购(?:协议|合同)|"
                   r"\bto\s+lock\s+in\s+(?:[\w-]+\s+){0,5}?supply\b|(?:锁定|保障|确保)[^。；;，,]{0,24}?(?:稳定|长期|持续|可靠)?供应", re.I)


def buys_supply(ctx: Context, start: int, end: int) -> bool:
    """A party signing "to secure supply of Ac-225" (签署采购协议) buys: the other supplies, and the
    programme it names is the buyer's, no asset changing hands."""
    return bool(_BUYS_SUPPLY.search(ctx.text, start, end))


def intermediary(ctx: Context, mention: CompanyMention) -> bool:
    """A firm named in the role it serves a transaction in (配售代理X, the placing agent X): no party."""
    start = max(0, mention.start - 12)
    return ctx.cues.may_match("deal.intermediary", start, mention.start) and \
        bool(cue_regex("deal.intermediary", at_end=True).search(ctx.text, start, mention.start))


_PARENT_OF_NEXT = rx(r"^\s*(?:[(（][^()（）]{0,24}[)）]\s*)*(?:之|的|'s|’s)?\s*(?:全资|控股|间接全资)?\s*"
                    r"(?:附属公司|子公司|附属机构|(?:wholly[- ]owned\s+|indirect\s+)?subsidiary)\s*$", re.I)


def parents_of_parties(ctx: Context, mentions: list[CompanyMention]) -> set[int]:
    """Starts of the mentions that only name the parent of the next one ("甲集团之全资附属公司乙",
    "Parent's wholly owned subsidiary Sub"): the subsidiary is the party, its parent is not."""
    return {a.start for a, b in zip(mentions, mentions[1:])
            if a.name != b.name and _PARENT_OF_NEXT.match(ctx.text[a.end:b.start])}


def triggers(text: str) -> bool:
    """A deal word outside the names of permits and filings (生物制品许可申请, 生产许可证) and outside
    a company's trade in its products ("which it sells in Canada")."""
    blank = blank_cues("deal.not_license", text)
    return holds_cue("deal.trigger", _COMMERCIAL_SALE.sub(lambda m: " " * len(m.group(0)), blank))


def may_hold(ctx: Context, name: str, sentence: Sentence) -> bool:
    """False only where the set's pattern cannot match in the sentence's text: the sentence is the
    article's text at its span, and the cue index has no anchor of the set there."""
    return not ctx.text.startswith(sentence.text, sentence.start) or len(sentence.text) != sentence.end - sentence.start \
        or ctx.cues.may_match(name, sentence.start, sentence.end)


def sentence_triggers(ctx: Context, sentence: Sentence) -> bool:
    """triggers(sentence.text), answered from the article's cue index where nothing is blanked: most
    deal sentences hold no permit name and no product trade, and a trigger the index finds that the
    set's pattern matches at its start is a match of the plain test. Anything else asks the plain test."""
    if may_hold(ctx, "deal.not_license", sentence) or _COMMERCIAL_SALE.search(sentence.text):
        return triggers(sentence.text)
    pattern, offset = cue_regex("deal.trigger"), sentence.start
    if any(pattern.match(sentence.text, cue.start - offset) for cue in ctx.cues.hits("deal.trigger", sentence.start, sentence.end)):
        return True
    return triggers(sentence.text)


# selling a product on a market, not selling a business: no buyer after "to", no price
_COMMERCIAL_SALE = rx(r"\b(?:sells?|sold|selling)\s+(?:(?:it|them|(?:the|its|their|our)\s+(?:drugs?|products?|medicines?|"
                      r"therap(?:y|ies)|brands?|treatments?))\s+)?(?:in(?!\s+(?:\d|an?\s|(?:a|the)\s+(?:deal|transaction)))|across|throughout|worldwide|globally|through|via|"
                      r"under\s+the\s+brand|directly|well|out)\b", re.I)


_NAMED_REACH = 24


def first_asset(ctx: Context, sentences: list[Sentence]) -> str | None:
    for sentence in sentences:
        label = _first_named(ctx, sentence)
        if label is not None:
            return label
    return referred_asset(ctx, sentences[0]) if sentences else None


def _first_named(ctx: Context, sentence: Sentence) -> str | None:
    """The first asset a sentence names that no funding or condition words lead into; kept per sentence,
    as a deal's sentences are asked about each time another sentence is weighed against the deal."""
    key = ("first_asset", sentence.start, sentence.end)
    if key not in ctx.memo:
        ctx.memo[key] = next((a.label for a in ctx.in_range(ctx.assets, sentence.start, sentence.end)
                              if not _FUNDED.search(ctx.text, max(sentence.start, a.start - 50), a.start)
                              and not _CONDITION.search(ctx.text, max(sentence.start, a.start - 40), a.start)), None)
    return ctx.memo[key]


def referred_asset(ctx: Context, sentence: Sentence) -> str | None:
    """The asset a deal sentence refers back to ("该产品", "the drug"): the one asset of the nearest
    sentence before it in the same paragraph that is not itself about the product referred to."""
    if not may_hold(ctx, "deal.asset_anaphor", sentence) or not holds_cue("deal.asset_anaphor", sentence.text):
        return None
    for previous in reversed(_earlier_in_paragraph(ctx, sentence)):
        if cue_regex("deal.asset_anaphor", anchored=True).match(previous.text):
            continue  # "该药为同类首个…缓释制剂": a sentence describing the same product names no other
        found = ctx.in_range(ctx.assets, previous.start, previous.end)
        ends = {a.end + 1 for a in found}
        labels = {a.label for a in found if not (a.start in ends and ctx.text[a.start - 1] in "(（")}  # X(brand) is one
        if labels:
            return next(iter(labels)) if len(labels) == 1 else None
    return None


def asset_named_next(ctx: Context, sentence: Sentence) -> str | None:
    """The asset of a deal told without one, named by the sentence right after it as "the asset"
    ("… pays $80 million for rights to a PSMA radioligand. The asset, JH-617, is …")."""
    following = next((s for s in ctx.sentences if s.start >= sentence.end), None)
    if following is None or ctx.text[sentence.end:following.start].count("\n") > 2:
        return None
    opening = cue_regex("deal.asset_anaphor", anchored=True).match(following.text)
    if opening is None:
        return None
    found = ctx.in_range(ctx.assets, following.start + opening.end(), following.start + opening.end() + _NAMED_REACH)
    return found[0].label if found else None


def _earlier_in_paragraph(ctx: Context, sentence: Sentence) -> list[Sentence]:
    paragraph = ctx.paragraph_of(sentence.start)[0]
    return [s for s in ctx.sentences if paragraph <= s.start and s.end <= sentence.start]


_WITH_BEFORE = rx(r"(?:与|和|同|跟|\bwith)\s*$", re.I)
_CLAUSE_OPEN = rx(r"[，,；;。:：\n]\s*$")


def topic_partner(ctx: Context, sentence: Sentence, party: CompanyMention) -> CompanyMention | None:
    """The unnamed side of a deal told as "与X达成…" with no subject ("此后又与乙药业签下…"): the
    company the sentence before is about, named first in one of its clauses ("甲制药今年引进了三款新药…")."""
    if not _WITH_BEFORE.search(ctx.text, max(sentence.start, party.start - 6), party.start):
        return None
    if any(m.name and m.name != party.name for m in ctx.companies_in(sentence.start, party.start, with_self=False)):
        return None
    before = _earlier_in_paragraph(ctx, sentence)
    if not before:
        return None
    previous = before[-1]
    for m in ctx.companies_in(previous.start, previous.end, with_self=False):
        opening = ctx.text[previous.start:m.start]
        if m.name and m.name != party.name and (not opening.strip() or _CLAUSE_OPEN.search(opening)):
            return m
    return None


_NAMED_NEXT = rx(r"^\s*(?:公司|company)?\s*(?:[,，:：]?\s*(?:called|named|名为|命名为|即)\s*)?[「“\"']?\s*$", re.I)


def founded_company(ctx: Context, sentences: list[Sentence]) -> str | None:
    """The company a NewCo deal founds, written right after its kind word ("launched NewCo Orbis",
    "成立合资公司澄霁生物"): the NewCo takes the licence, not the investors founding it with the licensor."""
    pattern = cue_regex("deal.type.newco")
    whole = [s for s in ctx.sentences if any(s.start <= part.start < s.end for part in sentences)]
    for sentence in whole:  # a frame may hold only the clause before the NewCo's name
        for match in pattern.finditer(ctx.text, sentence.start, sentence.end):
            after = ctx.companies_in(match.end(), sentence.end, with_self=False)[:1]
            if after and _NAMED_NEXT.match(ctx.text[match.end():after[0].start]):
                return after[0].name
            before = ctx.companies_in(sentence.start, match.start(), with_self=False)[-1:]
            if before and _NAMED_BEFORE.match(ctx.text[before[0].end:match.start()]):
                return before[0].name  # "Arvane Therapeutics, a NewCo that…", "澄霁生物（一家NewCo）"
    return None


_NAMED_BEFORE = rx(r"^\s*[,，(（]\s*(?:which is\s+)?(?:an?\s+|the\s+|一家|为)?(?:newly[- ]formed\s+|new\s+|新成立的?)?$", re.I)


def founding_sentence(ctx: Context, name: str | None, told: list[Sentence]) -> Sentence | None:
    """The sentence, apart from a deal's own, that tells its licensee was formed for it ("X today
    launched Y Therapeutics, a new company that will develop Z"; the terms follow later): the deal is
    a NewCo's, and that sentence names what it takes."""
    if not name:
        return None
    pattern = cue_regex("deal.type.newco")
    for sentence in ctx.sentences:
        if sentence.start >= told[0].start:
            return None
        if pattern.search(ctx.text, sentence.start, sentence.end) and founded_company(ctx, [sentence]) == name:
            return sentence
    return None


def party_kinds(ctx: Context) -> dict[str, str]:
    """Kind of each company the article names (biotech, pharma, investor, ...); made once per article,
    as each relation a sentence states is oriented with it (callers only read it)."""
    kinds = ctx.memo.get(("party_kinds",))
    if kinds is None:
        kinds = ctx.memo[("party_kinds",)] = {m.name: m.kind for m in ctx.companies}
    return kinds


def party_countries(ctx: Context) -> dict[str, str | None]:
    """Country of each company, made once per article (callers only read it)."""
    countries = ctx.memo.get(("party_countries",))
    if countries is None:
        countries = ctx.memo[("party_countries",)] = _party_countries(ctx)
    return countries


def _party_countries(ctx: Context) -> dict[str, str | None]:
    """Country of each company: the lexicon's, else China for a Chinese name or an English name
    that opens with a Chinese place (Hangzhou Qiantai Biologics)."""
    out: dict[str, str | None] = {}
    for m in ctx.companies:
        entry = ctx.lexicon.entry("company", m.name)
        if entry:
            out[m.name] = entry.info.get("country")
        elif rx(r"[\u4e00-\u9fff]", 0).search(m.surface) or (m.surface.split() or [""])[0] in chinese_place_names():
            out.setdefault(m.name, "CN")
        else:
            out.setdefault(m.name, None)
    return out


_WHILE_BEFORE = guarded(rx(r"[,;，；]\s*(?:while|whereas|meanwhile|separately)\s*,?\s*$", re.I))  # in articles holding the words
_CLAUSE_END = rx(r"[,;.，；。]|\b(?:while|whereas)\b")
_TOLD_DONE = rx(r"\s*(?:\([^)]{0,40}\)\s*)?(?:[a-z]+ed|said|won|got|posted|saw|grew|fell|rose|swung|made|began)\b")


def own_story(ctx: Context, second: CompanyMention) -> bool:
    """"X will pay CHF 25 million for rights to Y, while Z reported revenue of ...": a name opening a ", while"
    clause told in the past, with no deal word, tells a story of its own, no counterparty of the first
    ("while Z will manufacture it" still tells Z's part in the deal)."""
    if not _WHILE_BEFORE.search(ctx.text, max(0, second.start - 14), second.start) \
            or not _TOLD_DONE.match(ctx.text, second.end):
        return False
    end = _CLAUSE_END.search(ctx.text, second.end)
    clause = ctx.text[second.end:end.start() if end else len(ctx.text)]
    return not holds_cue("deal.trigger", clause)
