"""An asset as the builder drafts it from one row or sentence, and how two drafts of one asset become
one: a table's draft wins over prose, the most advanced stage is kept, a name in brackets after another
is the same asset, and a company's own code written with another company's INN is a biosimilar."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..model.records import Evidence
from .assets import AssetMention
from .context import Context

_STAGE_ORDER = ["preclinical", "ind", "iit", "phase1", "phase1/2", "phase2", "phase2/3", "phase3", "nda", "approved"]


@dataclass
class Draft:
    name: str
    aliases: list[str] = field(default_factory=list)
    company: str | None = None
    modality: str | None = None
    target: list[str] = field(default_factory=list)
    nuclide: str | None = None
    indication: list[str] = field(default_factory=list)
    stage: str | None = None
    evidence: list[Evidence] = field(default_factory=list)
    from_table: bool = False
    display: str | None = None
    from_text: bool = True
    known_owner: str | None = None


def merge_draft(drafts: dict[str, Draft], draft: Draft) -> None:
    existing = drafts.get(draft.name) or next((d for d in drafts.values() if draft.name in d.aliases), None)
    if existing is None:
        drafts[draft.name] = draft
        return
    if draft.from_table and not existing.from_table:
        existing, draft = draft, existing
        drafts[existing.name] = existing
    for name in (draft.name, *draft.aliases):
        if name != existing.name and name not in existing.aliases:
            existing.aliases.append(name)
    for attr in ("company", "modality", "nuclide", "display", "known_owner"):
        if getattr(existing, attr) is None:
            setattr(existing, attr, getattr(draft, attr))
    for attr in ("target", "indication"):
        if not getattr(existing, attr):
            setattr(existing, attr, getattr(draft, attr))
    existing.from_text = existing.from_text or draft.from_text
    if draft.stage and (existing.stage is None or stage_rank(draft.stage) > stage_rank(existing.stage)) and not existing.from_table:
        existing.stage = draft.stage
    existing.evidence.extend(e for e in draft.evidence if e not in existing.evidence)


def stage_rank(stage: str) -> int:
    return _STAGE_ORDER.index(stage) if stage in _STAGE_ORDER else -1


def apply_aliases(ctx: Context, drafts: dict[str, Draft]) -> None:
    for a, b in ctx.asset_aliases:
        first, second = drafts.get(a.name), drafts.get(b.name)
        if first is None or second is None or first is second:
            continue
        keep, gone = (first, second)
        if gone.from_table and not keep.from_table:
            keep, gone = gone, keep
        _merge_into(keep, gone)
        drafts.pop(gone.name, None)
        _biosimilar(ctx, keep, a, b, gone.company)


def _merge_into(keep: Draft, gone: Draft) -> None:
    for name in (gone.name, *gone.aliases):
        if name != keep.name and name not in keep.aliases:
            keep.aliases.append(name)
    for attr in ("company", "modality", "nuclide", "stage", "display"):
        if getattr(keep, attr) is None:
            setattr(keep, attr, getattr(gone, attr))
    keep.from_text = keep.from_text or gone.from_text
    for attr in ("target", "indication"):
        if not getattr(keep, attr):
            setattr(keep, attr, getattr(gone, attr))
    keep.evidence.extend(e for e in gone.evidence if e not in keep.evidence)


def _biosimilar(ctx: Context, draft: Draft, a: AssetMention, b: AssetMention, other_owner: str | None) -> None:
    """A company's own code written with another company's INN ("阿达木单抗注射液(项目代号:AB12)") is a
    biosimilar of that drug: it belongs to the company the text names, not to the originator, and the
    originator's brands are not its names."""
    code, inn = (a, b) if not a.from_lexicon and b.from_lexicon else (b, a) if not b.from_lexicon and a.from_lexicon else (None, None)
    if code is None:
        return
    entry = ctx.lexicon.entry("drug", inn.name)
    originator = entry.info.get("company") if entry else None
    owner = draft.company if draft.company != originator else other_owner
    if originator and owner and owner != originator and draft.modality in (None, "antibody", "biologic", "biosimilar"):
        draft.modality = "biosimilar"
        draft.company = owner
        names = [inn.name, inn.surface, code.surface]
        draft.name, draft.aliases = code.name, [n for n in dict.fromkeys(names) if n != code.name]
