"""Asset records from pipeline tables and from sentences that say something about a named asset:
owner, modality, targets, radionuclide, indications and stage, each backed by its span."""
from __future__ import annotations

import re
from functools import lru_cache

from ..model.records import Asset, Termination
from .asset_spans import closest, lead_span, list_start, near
from .combinations import comparator_spans, partner_spans, targets_outside_partners
from .asset_drafts import Draft, apply_aliases, merge_draft, stage_rank
from .asset_items import another_drugs_stage, own_window
from .assets import ADC_PAYLOAD, AssetMention
from .context import Context
from .cues import cue_alternation
from .drug_descriptions import after_comparison_word, code_targets, compared_with, described_indications, refers_back
from .nuclides import imaging_only
from ..model.patterns import rx
from .returned_rights import development_stops, handed_back, returned_assets
from .sentences import Sentence
from .table import asset_rows, deal_asset_rows
from .asset_table_rows import deal_row_asset, from_row, lead_in_modality
from .asset_values import GENERIC_MODALITIES, indications_in, modality_in, name_nuclide, radiolabelled_modality, \
    stem_modality, targets_in

EXTRACTOR, VERSION = "assets", "2"
_OWNER_AFTER = rx(r"^[^.。;；]{0,40}?(?:developed by|from|of|by)\s+$", re.I)
_APPOSED_OWNER = rx(r",\s+[A-Z\u4e00-\u9fff][^,;.]*?['’]s?")
_SERVED = rx(r",?\s+(?:which\s+)?(?:will\s+|to\s+)?(?:suppl|produc|manufactur|mak|deliver)[a-z]*\s+(?:[\w-]+\s+){1,4}for\s+$", re.I)


def build_assets(ctx: Context, terminations: list[Termination], licensed: dict[str, str] | None = None
                 ) -> tuple[list[Asset], list[tuple[Sentence, str, str | None, str | None]]]:
    """Assets of the article, and the table-row notes (with their asset and company) for the
    regulatory builder. An asset whose text names no owner belongs to the licensor of a deal over it
    (`licensed`: asset name to licensor)."""
    if not ctx.article.document.relevant:
        return [], []
    drafts: dict[str, Draft] = {}
    notes = []
    pipeline: set[str] = set()  # drugs of a table with no owner column: the article's company's pipeline
    for table in ctx.layout.tables:
        shared = lead_in_modality(ctx, table)
        for row in asset_rows([table]) or deal_asset_rows(table):
            draft, note = from_row(ctx, row)
            if draft and "licensor" in table.header:
                draft = deal_row_asset(ctx, row, draft)
            if draft:
                draft.modality = draft.modality or shared
                if not {"company", "licensor", "licensee"} & set(table.header):
                    pipeline.add(draft.name)
                merge_draft(drafts, draft)
                if note:
                    notes.append((note, draft.name, draft.company, draft.stage))
    _from_sentences(ctx, drafts)
    apply_aliases(ctx, drafts)
    returned, kept_on = returned_assets(ctx), set()
    for t in terminations:
        draft = _find(drafts, t.asset) or Draft(t.asset, company=t.company, evidence=list(t.evidence))
        owner = returned.get(t.asset, False)
        handed, receiver = handed_back(ctx, t.asset, t.company) if t.asset else (False, None)
        if (owner is False and not handed) or (t.asset and development_stops(ctx, t.asset)):
            draft.stage = "terminated"
        else:
            kept_on.add(draft.name)  # rights handed back: its owner goes on, the subject of a fact though no stage is told
        draft.company = owner or receiver or draft.company or t.company
        draft.from_text = True
        drafts[draft.name] = draft
    for draft in drafts.values():
        if draft.company is None:
            draft.company = next((licensed[n] for n in (draft.name, draft.display, *draft.aliases) if n in (licensed or {})), None)
    if ctx.main_company is not None:
        for draft in drafts.values():
            if draft.company is None and (not draft.from_table or draft.name in pipeline) and not _generic_label(draft.name):
                draft.company = ctx.main_company.name
    named = {m.name for m in ctx.companies}
    if ctx.main_company is None and len(named) == 1:  # "X目前拥有6款临床阶段产品" over its pipeline table
        for draft in drafts.values():
            if draft.company is None and draft.name in pipeline:
                draft.company = next(iter(named))
    for draft in drafts.values():
        draft.company = draft.company or draft.known_owner
    assets = [_record(ctx, d) for d in drafts.values() if _worth_keeping(d) or (d.name in kept_on and d.company)]
    return assets, notes


def _find(drafts: dict[str, Draft], name: str) -> Draft | None:
    return drafts.get(name) or next((d for d in drafts.values() if name == d.display or name in d.aliases), None)


def _from_sentences(ctx: Context, drafts: dict[str, Draft]) -> None:
    previous_assets: list[AssetMention] = []
    described: list[str] = []  # indications of a drug described, not yet named, in the sentences since the last asset
    same = _one_name_each(ctx)
    for sentence in ctx.sentences:
        if sentence.text.count("|") >= 3:
            continue
        mentions = ctx.in_range(ctx.assets, sentence.start, sentence.end)
        if not mentions:
            if previous_assets and not _SECTION_HEADING.fullmatch(sentence.text.strip()):  # "【NDA受理】": a heading over the next items
                _carry_forward(ctx, sentence, previous_assets, drafts)
            described = described or described_indications(ctx, sentence)
            previous_assets = []
            continue
        partners = partner_spans(ctx, sentence.start, sentence.end)  # "X in combination with cetuximab": X is tested
        controls = {same.get(m.name, m.name) for m in mentions
                    if _comparator(ctx, m) or any(s <= m.start < e for s, e in partners)}
        tested = [m for m in mentions if same.get(m.name, m.name) not in controls]
        alone = len({same.get(m.name, m.name) for m in tested}) == 1
        for mention in mentions:
            draft = _draft_for(ctx, mention, sentence, alone and mention in tested, mention not in tested)
            draft.stage = draft.stage if mention in tested else None  # the trial's phase is the tested drug's
            merge_draft(drafts, draft)
        named = _find(drafts, tested[0].name) if alone and described else None
        if named is not None and not named.indication:
            named.indication = described
        described = []
        previous_assets = tested or mentions


def _one_name_each(ctx: Context) -> dict[str, str]:
    """Names written as one asset's ("A (B)", "A; B" in brackets), each mapped to one of them."""
    same: dict[str, str] = {}
    for a, b in ctx.asset_aliases:
        first, second = same.get(a.name, a.name), same.get(b.name, b.name)
        for name, group in list(same.items()):
            if group == second:
                same[name] = first
        same[a.name], same[b.name] = first, first
    return same


def _draft_for(ctx: Context, mention: AssetMention, sentence: Sentence, alone: bool, control: bool = False) -> Draft:
    """A drug's facts from its sentence; a control or partner ("对比多西他赛用于KRAS G12C突变…") takes
    its target only from the brackets after its name: the words after it tell the trial's patients."""
    draft = Draft(mention.name, evidence=[ctx.evidence(sentence.start, sentence.end)], display=mention.label)
    entry = ctx.lexicon.entry("drug", mention.name) if mention.from_lexicon else None
    if entry:
        draft.company = entry.info.get("company")
        if draft.company and not control and not _named(ctx, draft.company):
            draft.company, draft.known_owner = None, draft.company
        draft.modality = entry.info.get("modality")
        draft.target = list(entry.info.get("targets") or [])
        draft.aliases = [n for n in entry.names if n != mention.name]
        draft.from_text = False
    draft.nuclide = name_nuclide(mention.surface) or _one_nuclide(draft.aliases)
    if mention.surface != mention.name:
        draft.aliases.append(mention.surface)
    item = _list_item(ctx, sentence, mention)
    lead = lead_span(ctx, list_start(ctx, item, mention), mention)
    described = _description(ctx, mention, item)
    draft.target = draft.target or targets_in(ctx, mention.start, mention.end) or targets_in(ctx, *lead) \
        or targets_in(ctx, *(_control_aside(ctx, mention) if control else described)) \
        or ([] if mention.from_lexicon else code_targets(ctx.lexicon, mention.name))
    stated = modality_in(ctx, max(lead[0], lead[1] - 40), lead[1]) or _described_modality(ctx, described) \
        or ("adc" if _CONJUGATE_NAME.search(mention.surface) else None) \
        or _target_inhibitor(ctx, max(lead[0], lead[1] - 40), lead[1]) or _target_inhibitor(ctx, *described)
    heading = _item_heading(ctx, mention)
    if heading:
        draft.target = draft.target or targets_in(ctx, *heading)
        stated = stated or modality_in(ctx, *heading)
    if stated and (draft.modality is None or (draft.modality in GENERIC_MODALITIES and stated not in GENERIC_MODALITIES)):
        draft.modality = stated
    owner, explicit = _owner(ctx, mention, sentence)
    if owner and (draft.company is None or not entry or explicit):
        draft.company = owner
        draft.from_text = draft.from_text or explicit
    scope = (sentence.start, sentence.end) if alone else near(item, mention)
    draft.indication = indications_in(ctx, *(scope if alone else own_window(ctx, scope, described, mention)))
    draft.nuclide = draft.nuclide or _stated_nuclide(ctx, mention, max(lead[0], mention.start - 60), described,
                                                    scope if alone else described)
    if alone:
        draft.target = draft.target or targets_outside_partners(ctx, *scope)
    stages = [s for s in ctx.in_range(ctx.stages, *scope) if s.stage != "terminated"
              and (alone or not another_drugs_stage(ctx, s, mention))]
    if stages:
        draft.stage = max(stages, key=lambda s: stage_rank(s.stage)).stage if alone else closest(stages, mention, ctx.text).stage
    described_here = bool(stated and targets_in(ctx, max(lead[0], lead[1] - 40), lead[1]))
    draft.from_text = draft.from_text or described_here or bool(draft.stage or draft.indication or name_nuclide(mention.surface))
    return draft


_ITEM_BREAK = rx(r"[;；]")


def _list_item(ctx: Context, sentence: Sentence, mention: AssetMention) -> Sentence:
    """The item of a list written with semicolons that the asset is in ("X, a PSMA radioligand in
    Phase 2; Y, an FAP agent in Phase 1"): its words describe it and not the neighbours."""
    lo = max(sentence.start, ctx.text.rfind(";", sentence.start, mention.start) + 1,
             ctx.text.rfind("；", sentence.start, mention.start) + 1)
    after = _ITEM_BREAK.search(ctx.text, mention.end, sentence.end)
    hi = after.start() if after else sentence.end
    return sentence if (lo, hi) == (sentence.start, sentence.end) else Sentence(lo, hi, ctx.text[lo:hi])


def _item_heading(ctx: Context, mention: AssetMention) -> tuple[int, int] | None:
    """The key of the list item or card the asset is written in ("TROP2 ADC: X推进II期..."): what the
    item's assets are, when their own words do not say."""
    item = ctx.layout.item_at(mention.start)
    return item.key if item and item.key and item.key[1] <= mention.start else None


def _one_nuclide(aliases: list[str]) -> str | None:
    """The nuclide a known drug's other names carry, where they agree: a ligand sold labelled with either
    of two nuclides ("18F-X", "68Ga-X") carries the one the article writes."""
    found = {n for n in map(name_nuclide, aliases) if n}
    return found.pop() if len(found) == 1 else None


def _description(ctx: Context, mention: AssetMention, sentence: Sentence) -> tuple[int, int]:
    """What the article says right after the asset's name ("LS-301：一款靶向Nectin-4的ADC",
    "elzatamig, a BCMA x CD3 bispecific antibody"), up to the next asset, a drug given with it, or 90 characters."""
    end = min(sentence.end, mention.end + 90)
    later = ctx.first_starting(ctx.assets, mention.end, end)
    end = later.start if later is not None else end
    partners = partner_spans(ctx, mention.end, end) + comparator_spans(ctx, mention.end, end)
    end = min(s for s, _ in partners) if partners else end  # "X联合PD-1单抗", "X versus an ARPI": the other drug's words
    return mention.end, max(mention.end, end)


def _control_aside(ctx: Context, mention: AssetMention) -> tuple[int, int]:
    """A control's own description: only the brackets right after its name ("对比XY-1（一款PD-1单抗）")."""
    aside = _ASIDE.match(ctx.text, mention.end)
    return (mention.end, aside.end()) if aside else (mention.end, mention.end)


_ASIDE = rx(r"\s*[（(][^()（）]{1,40}[)）]")
_APPOSITION_END = rx(r"[,，;；。)）]")
_APPOSITION_OPENING = rx(r"[\s,，:：(（]*")


def _described_modality(ctx: Context, described: tuple[int, int]) -> str | None:
    """The kind the words right after a name state: the apposition up to its clause break when it
    names one ("KX-4, a lupus antibody, to focus on its radiopharmaceutical pipeline"), else the
    description's last."""
    start, end = described
    opening = _APPOSITION_OPENING.match(ctx.text, start, end).end()
    stop = _APPOSITION_END.search(ctx.text, opening, end)
    return (modality_in(ctx, start, stop.start()) if stop else None) or modality_in(ctx, start, end)


_INHIBITOR_GAP = rx(r"[\s-]{0,2}(?:小分子)?")


def _target_inhibitor(ctx: Context, start: int, end: int) -> str | None:
    """"KRAS G12D抑制剂", "a CDK2 inhibitor": a small molecule, where no modality word is written and the
    target is not one whose inhibitors are mostly antibodies (PD-1)."""
    for target in ctx.hits("target", start, end):
        gap = _INHIBITOR_GAP.match(ctx.text, target.end).end()
        cue = ctx.cues.first_after("asset.inhibitor", gap, 1)
        if cue is not None and cue.start == gap and cue.end <= end \
                and not ctx.cues.has("asset.antibody_inhibited_target", target.start, target.end):
            return "small_molecule"
    return None


def _comparator(ctx: Context, mention: AssetMention) -> bool:
    """A trial's control arm ("compared to pembrolizumab", "对比多西他赛") or prior therapy ("progression on X")."""
    return after_comparison_word(ctx, "asset.comparator_before", mention.start, 14) or compared_with(
        ctx, mention.start, mention.end) or after_comparison_word(ctx, "asset.prior_therapy_before", mention.start, 14)


_SECTION_HEADING = rx(r"[【\[〖][^】\]〗\n]{1,20}[】\]〗]")
_ANAPHOR = rx(r"^(?:该产品|该药|本品|该药物|此产品|本次获批|该疗法|该候选药物|The (?:drug|candidate|therapy|product|asset|agent)\b|It\b|Its\b)", re.I)


def _carry_forward(ctx: Context, sentence: Sentence, previous: list[AssetMention], drafts: dict[str, Draft]) -> None:
    """A stage or indication in the sentence right after a single asset's sentence belongs to that
    asset (a phase in any case; an indication when the sentence refers back to it). After several
    assets, a stage goes to each when the sentence speaks of them together ("Both entered Phase 1",
    "两款产品均…") or opens with it ("Preclinical data show ...")."""
    names = list(dict.fromkeys(m.name for m in previous))
    stages = [s for s in ctx.in_range(ctx.stages, sentence.start, sentence.end) if s.stage != "terminated"]
    if len(names) > 1 and stages and (_PLURAL_ANAPHOR.match(sentence.text) or stages[0].start == _first_word(sentence)):
        for name in names:
            if name in drafts and drafts[name].stage is None:
                drafts[name].stage = stages[0].stage
                drafts[name].evidence.append(ctx.evidence(sentence.start, sentence.end))
    if len(names) != 1 or names[0] not in drafts:
        return
    draft = drafts[names[0]]
    if stages and draft.stage is None:
        draft.stage = stages[0].stage
        draft.evidence.append(ctx.evidence(sentence.start, sentence.end))
        draft.from_text = True
    referring = _ANAPHOR.match(sentence.text) or ctx.cues.has("asset.indication_intro", sentence.start, sentence.end) \
        or refers_back(sentence)
    if referring and not draft.indication:
        draft.indication = indications_in(ctx, sentence.start, sentence.end)
    if referring:
        draft.target = draft.target or targets_in(ctx, sentence.start, sentence.end)
        draft.modality = draft.modality or modality_in(ctx, sentence.start, sentence.end)
        draft.from_text = draft.from_text or bool(draft.indication or targets_in(ctx, sentence.start, sentence.end))


_PLURAL_ANAPHOR = rx(r"^\s*(?:Both|The two|These|The three|All three|两款|两个|两项|二者|两者|这两|上述|以上)", re.I)


def _named(ctx: Context, company: str) -> bool:
    """Whether the article names the company: a lexicon's owner of a drug the article does not name is
    outside knowledge, the last resort after every owner the text gives."""
    return any(m.name == company for m in ctx.companies)


def _first_word(sentence: Sentence) -> int:
    return sentence.start + len(sentence.text) - len(sentence.text.lstrip())


def _owner(ctx: Context, mention: AssetMention, sentence: Sentence) -> tuple[str | None, bool]:
    """The company that owns the asset, and whether the text says so outright ("X's", "X的",
    "developed by X")."""
    companies = ctx.companies_in(sentence.start, sentence.end)
    if not companies:
        return None, False
    before = [c for c in companies if c.end <= mention.start]
    after = [c for c in companies if c.start >= mention.end]
    stated_before = before and _OWNED.fullmatch(ctx.text, before[-1].end, mention.start)
    if after and (_OWNER_AFTER.search(ctx.text[mention.end:after[0].start] + " ")
                  or not stated_before and _APPOSED_OWNER.fullmatch(ctx.text, mention.end, after[0].end + 2)):
        return after[0].name, True  # "developed by Y", "OST-4, Y's imaging agent"
    if before and _SERVED.fullmatch(ctx.text, before[-1].end, mention.start):
        before = before[:-1]  # "Y will produce Ga-68 for OST-4": the supplier serves the drug, not owns it
    if len({c.name for c in before}) > 1 and _SUBJECTS_OWN.search(ctx.text, before[-1].end, mention.start) \
            and not _RECIPIENT.search(ctx.text, max(0, before[-1].start - 8), before[-1].start):
        return before[0].name, False  # "X signed with Y to secure Ac-225 for its lead program Z": its is X's
    if before:
        between = ctx.text[before[-1].end:mention.start]
        explicit = between == "" or _OWNED.fullmatch(ctx.text, before[-1].end, mention.start) is not None
        if before[-1].kind == "investor" and not explicit:  # "由A基金参与，资金将用于X": the fund backs, not owns
            makers = [c for c in before if c.kind != "investor"]
            return (makers[-1].name if makers else None), False
        return before[-1].name, explicit  # "甲药业QX-101": run together
    possessive = [c for c in after if ctx.text[c.end:c.end + 2] in ("'s", "’s")]
    if possessive:
        return possessive[0].name, False
    lone = after and len({c.name for c in companies}) == 1 and not _beside().search(ctx.text, mention.end, after[0].start)
    return (after[0].name if lone else None), False


@lru_cache(maxsize=1)
def _beside() -> re.Pattern[str]:
    """The words right before a company named after a drug that make it a partner or a comparator's maker."""
    return rx(rf"(?:{cue_alternation('asset.company_beside')})\s*[“\"'‘]?\s*$", re.I)


_SUBJECTS_OWN = rx(r"\b(?:for|in|to)\s+its\s+(?:[\w-]+\s+){0,3}$|用于其[\u4e00-\u9fff]{0,8}$")
_RECIPIENT = rx(r"\b(?:to|向)\s*$")  # "X will provide Lu-177 to Y for its program Z": its is Y's, who receives
_OWNED = rx(r"(?:'s|’s|(?<=s)['’](?=\s)|的|自主研发的|开发的)\s*(?:\w+\s+){0,2}")  # "Novartis' NETSPOT" too
_CONJUGATE_NAME = rx(rf"\s{ADC_PAYLOAD}$", re.I)


def _stated_nuclide(ctx: Context, mention: AssetMention, lead_start: int, described: tuple[int, int],
                   scope: tuple[int, int]) -> str | None:
    """The nuclide said of an asset: in the words that run straight into its name ("镥-177标记的SSTR2
    靶向药物X"), else the one in what is said right after it ("X, an [225Ac]Ac-labelled agonist"), else
    the one of its sentence."""
    for n in reversed(ctx.in_range(ctx.nuclides, lead_start, mention.start)):
        if not _LEAD_BREAK.search(ctx.text, n.end, mention.start) and not ctx.in_range(ctx.assets, n.start, mention.start):
            return n.nuclide
    for span in (described, scope):
        found = {n.nuclide for n in ctx.in_range(ctx.nuclides, *span)}
        if found:
            return found.pop() if len(found) == 1 else None
    return None


_LEAD_BREAK = rx(r"[,，;；。、:：()（）]|\b(?:and|or|with|versus|vs)\b|[和及与或]", re.I)


def _generic_label(name: str) -> bool:
    """"[177Lu]Lu-PSMA", "225Ac-PSMA": a nuclide and a target, a class of drugs rather than one asset."""
    return bool(re.fullmatch(r"[\[\]\dA-Za-z]+-[A-Z]+", name)) and not re.search(r"\d", re.sub(r"^[\[\]\dA-Za-z]+?-", "", name))


def _worth_keeping(draft: Draft) -> bool:
    if not draft.from_text:
        return False
    if draft.from_table or draft.stage:
        return True
    if _generic_label(draft.name) and not draft.company:
        return False
    return bool(draft.company) and bool(draft.stage or draft.nuclide or draft.target or draft.modality or draft.indication)


def _modality_of(draft: Draft) -> str | None:
    """The stated modality; a drug carrying an imaging-only nuclide is an imaging agent where no other
    modality is stated (the antibody beside its own PET version stays an antibody), one carrying a
    therapy nuclide the radiolabelled class of its stated modality (an antibody an ARC), or a
    radiopharmaceutical where none is stated; an unlabelled drug stating none takes its INN stem's."""
    if not draft.nuclide:
        return draft.modality or stem_modality([draft.name, *draft.aliases])
    if imaging_only(draft.nuclide):
        return "imaging_agent" if draft.modality in (None, *GENERIC_MODALITIES) else draft.modality
    return radiolabelled_modality(draft.modality) or "radiopharmaceutical"


def _record(ctx: Context, draft: Draft) -> Asset:
    return Asset(
        document=ctx.doc_id, evidence=draft.evidence[:3], extractor=EXTRACTOR, version=VERSION,
        company=draft.company, asset=draft.display or draft.name,
        aliases=[a for a in dict.fromkeys([draft.name, *draft.aliases]) if a != (draft.display or draft.name)],
        modality=_modality_of(draft),
        target=draft.target, nuclide=draft.nuclide, indication=draft.indication, stage=draft.stage,
    )
