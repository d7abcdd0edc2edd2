"""The drug a regulatory event concerns, as the event's clause and sentence name it."""
from __future__ import annotations

import re

from ..model.patterns import rx
from .asset_aliases import parenthetical_aliases
from .assets import AssetMention
from .combinations import partner_spans
from .context import Context
from .cues import Cue
from .sentences import Sentence

_ASSET_REACH = 800
_CODE_IN_BRACKETS = rx(r"\s*\(\s*(?:(?:项目|产品|研发)?代号|code(?:\s+name)?|project\s+code)?\s*:?\s*", re.IGNORECASE)
_CODE = rx(r"[A-Z]{1,6}-?\d[\w-]*")


def event_asset(ctx: Context, sentence: Sentence, clause: Sentence, pos: int) -> AssetMention | None:
    """The drug an event concerns: the clause's (a company code in brackets after a drug's common
    name or product, "(项目代号:AB12)": the applicant's product), else the sentence's nearest before the event word, else after
    it, else the last one named shortly before; none where the clause is about another drug ("一款",
    "a rival")."""
    inside = _not_partners(ctx, ctx.in_range(ctx.assets, clause.start, clause.end), sentence)
    if inside:
        coded = [b for a, b in parenthetical_aliases(ctx.text, inside) if a.from_lexicon and not b.from_lexicon]
        coded += [b for a, b in zip(inside, inside[1:]) if _CODE_IN_BRACKETS.fullmatch(ctx.text, a.end, b.start)
                  and _CODE.fullmatch(b.surface)]
        return coded[0] if coded else inside[0]
    if ctx.cues.has("regulatory.other_product", clause.start, clause.end):
        return None  # "同靶点产品已有一款获批上市": another, unnamed drug
    in_sentence = _not_partners(ctx, ctx.in_range(ctx.assets, sentence.start, sentence.end), sentence)
    before = [a for a in in_sentence if a.end <= pos]
    if before:
        return before[-1]
    if in_sentence:
        return in_sentence[0]
    reach = max(0, sentence.start - _ASSET_REACH)
    earlier = _not_partners(ctx, ctx.in_range(ctx.assets, reach, sentence.start), Sentence(reach, sentence.start, ""))
    return earlier[-1] if earlier else None  # "… X in combination with Y. It is the drug's third approval": X


def _not_partners(ctx: Context, assets: list[AssetMention], sentence: Sentence) -> list[AssetMention]:
    """The drugs but those given with the one approved ("approved for use with oxaliplatin")."""
    spans = partner_spans(ctx, sentence.start, sentence.end) if assets else []
    return [a for a in assets if not any(s <= a.start < e for s, e in spans)]


def list_items(ctx: Context, clause: Sentence, names: list[str]) -> list[Sentence]:
    """"A获NMPA批准上市、B获FDA快速通道资格": a list of events, split at 、 where both sides tell an
    event, each item read with its own drug, agency and event; "A、B获批临床" stays one clause."""
    items, start = [], clause.start
    for mark in _ITEM_BREAK.finditer(ctx.text, clause.start, clause.end):
        following = _ITEM_BREAK.search(ctx.text, mark.end(), clause.end)
        end = following.start() if following else clause.end
        if any(ctx.cues.has(n, start, mark.start()) for n in names) and any(ctx.cues.has(n, mark.end(), end) for n in names):
            items.append(Sentence(start, mark.start(), ctx.text[start:mark.start()]))
            start = mark.end()
    items.append(Sentence(start, clause.end, ctx.text[start:clause.end]))
    return items


_ITEM_BREAK = rx(r"、")


def own_asset(ctx: Context, clause: Sentence, cue: Cue, cues: dict[str, Cue]) -> AssetMention | None:
    """Where a clause tells several events of several drugs ("accepted the IND for A and the NDA for B"),
    each event's drug is the one named between its word and the next event's."""
    if len(cues) < 2 or len(ctx.in_range(ctx.assets, clause.start, clause.end)) < 2:
        return None
    anchors = {id(c): _named_step(ctx, clause, e, c, cues.get("ind")) for e, c in cues.items()}
    at = anchors[id(cue)]
    following = [a.start for a in anchors.values() if a.start > at.start]
    own = ctx.in_range(ctx.assets, at.end, min(following, default=clause.end))
    return own[0] if own else None


def _named_step(ctx: Context, clause: Sentence, event: str, cue: Cue, ind: Cue | None) -> Cue:
    """Where a clause names the step: a filing's application ("accepted the NDA"), not its verb, and
    not the application an IND is ("the IND application")."""
    if event != "filing":
        return cue
    applications = [a for a in ctx.cues.hits("regulatory.application", clause.start, clause.end)
                    if ind is None or not 0 <= a.start - ind.end <= 2]
    return applications[0] if applications else cue


def own_indications(ctx: Context, start: int, end: int, mention: AssetMention | None) -> list:
    """The indications of a span that are the event's drug's: where the span names several drugs and
    each has an indication written after it ("X for IPF and Y for AML"), those after this drug and
    before the next; else all the span's ("X plus Y for UC": the pair's)."""
    hits = ctx.hits("indication", start, end)
    drugs = _drug_groups(ctx, ctx.in_range(ctx.assets, start, end))
    if mention is None or len(set(drugs.values())) < 2 or not hits or (mention.start, mention.end) not in drugs:
        return hits

    def owner(hit) -> int | None:
        before = [(at, group) for at, group in drugs.items() if at[1] <= hit.start]
        return max(before)[1] if before else None

    if not set(drugs.values()) <= {owner(h) for h in hits}:
        return hits
    return [h for h in hits if owner(h) == drugs[(mention.start, mention.end)]]


_BRACKET_OPEN = rx(r"\s*[(（]\s*")


def _drug_groups(ctx: Context, mentions: list[AssetMention]) -> dict[tuple[int, int], int]:
    """Each drug mention's group: a name in brackets right after another is the same drug
    ("Zentira (FRW-201)")."""
    groups: dict[tuple[int, int], int] = {}
    previous = None
    for mention in mentions:
        same = previous is not None and _BRACKET_OPEN.fullmatch(ctx.text, previous.end, mention.start)
        groups[(mention.start, mention.end)] = groups[(previous.start, previous.end)] if same else len(groups)
        previous = mention
    return groups


def listed_with(ctx: Context, clause: Sentence, mention: AssetMention | None, event: str) -> list[AssetMention]:
    """The drugs an event is told of together with its drug ("X and Y each received Fast Track
    designation", "orphan status to both X and Y", "X、Y获批临床"): the drugs listed right after it.
    An approval or filing of two drugs is one of a combination unless the clause says each or both."""
    if mention is None or (event not in _PER_DRUG_EVENTS and not _EACH.search(ctx.text, clause.start, clause.end)):
        return []
    listed, last = [], mention
    for following in ctx.in_range(ctx.assets, mention.end, clause.end):
        if _BRACKET_OPEN.fullmatch(ctx.text, last.end, following.start):
            last = following  # "Zentira (FRW-201)": the same drug
            continue
        if not _LIST_JOIN.fullmatch(ctx.text, _past_bracket(ctx, last.end), following.start):
            break
        listed.append(following)
        last = following
    return listed


_PER_DRUG_EVENTS = frozenset({"ind", "fast_track", "breakthrough", "orphan"})
_EACH = rx(r"\b(?:each|both|respectively)\b|分别|均|各自", re.I)
_LIST_JOIN = rx(r"\s*(?:,\s*(?:and\s+)?|and\s+|以及|及|和|与|、)\s*", re.I)


def _past_bracket(ctx: Context, end: int) -> int:
    """Past a bracket closing right after a drug's name ("FRW-201 (Zentira)" → after the bracket)."""
    close = _BRACKET_CLOSE.match(ctx.text, end)
    return close.end() if close else end


_BRACKET_CLOSE = rx(r"\s*[)）]")


def listed_under_intros(ctx: Context, telling_sets: list[str]):
    """(intro, its items) of each list told under an intro that states an event and names no drug: items on the
    lines after it ("…，包括：" over "1）甲公司的X…"), or after its colon in one sentence, parted by semicolons
    ("药监局批准以下新药上市：甲的X，用于…；乙的Y，用于…；以及丙的Z"), each up to the one that ends the sentence."""
    sentences = ctx.sentences
    for i, sentence in enumerate(sentences):
        colon = max(sentence.text.find("："), sentence.text.find(":"))
        if colon < 0:
            continue
        intro = Sentence(sentence.start, sentence.start + colon + 1, sentence.text[:colon + 1])
        if ctx.in_range(ctx.assets, intro.start, intro.end) \
                or not any(ctx.cues.has(name, intro.start, intro.end) for name in telling_sets):
            continue
        if not sentence.text[colon + 1:].strip():
            yield intro, _items_on_lines(ctx, sentences[i + 1:], telling_sets)
        elif sentence.text.rstrip().endswith(_ITEM_END):
            items = [Sentence(intro.end, sentence.end, sentence.text[colon + 1:])]
            for item in sentences[i + 1:]:
                if any(ctx.cues.has(n, item.start, item.end) for n in telling_sets):
                    break
                items.append(item)
                if not item.text.rstrip().endswith(_ITEM_END):
                    break
            yield intro, items


def _items_on_lines(ctx: Context, following: list[Sentence], telling_sets: list[str]) -> list[Sentence]:
    items = []
    for item in following:
        if not _LIST_MARK.match(item.text) or any(ctx.cues.has(n, item.start, item.end) for n in telling_sets):
            break
        items.append(item)
    return items


_LIST_MARK = rx(r"\s*(?:\d{1,2}\s*[.、)）]|[(（]\d{1,2}[)）]|[-•●·‧])")
_ITEM_END = (";", "；")
