"""Assets read from table rows: a pipeline table's columns, and a deal table's drug cell when it says
what the drug is."""
from __future__ import annotations

from .asset_drafts import Draft
from .asset_values import GENERIC_MODALITIES, NOT_DISCLOSED, indications_in, modality_in, name_nuclide, targets_in
from .context import Context
from .nuclides import find_nuclides
from .sentences import Sentence
from .stages import find_stages
from .table import Table, TableRow


def lead_in_modality(ctx: Context, table: Table) -> str | None:
    """The one kind of drug that the paragraph introducing a table (ending in a colon) says its rows
    are ("几款国产ADC公布了数据，整理如下：", "the bispecifics below:"), for rows no column gives one."""
    before = ctx.text[:table.start].rstrip()
    if "modality" in table.header or not before.endswith((":", "：")):
        return None
    kinds = {h.canonical for h in ctx.hits("modality", before.rfind("\n") + 1, len(before))} - GENERIC_MODALITIES
    return kinds.pop() if len(kinds) == 1 else None


def deal_row_asset(ctx: Context, row: TableRow, draft: Draft) -> Draft | None:
    """A deal row's drug, when its cell says what it is ("CX-9（PSMA RDC）"), owned by the licensor."""
    if not (draft.modality or draft.target or draft.nuclide):
        return None
    cell = row.cells["licensor"]
    companies = ctx.companies_in(cell.start, cell.end, with_self=False)
    draft.company = companies[0].name if companies else None
    return draft


def from_row(ctx: Context, row: TableRow) -> tuple[Draft | None, Sentence | None]:
    cell = row.cells["asset"]
    names = [a for a in ctx.in_range(ctx.assets, cell.start, cell.end)]
    if not names:
        return None, None
    draft = Draft(names[0].name, aliases=[n.name for n in names[1:]], from_table=True,
                  evidence=[ctx.evidence(row.start, row.end)])
    company_cell = row.cells.get("company")
    if company_cell:
        companies = ctx.companies_in(company_cell.start, company_cell.end, with_self=False)
        draft.company = companies[0].name if companies else company_cell.text.split("/")[0].strip() or None
    if "modality" in row.cells:
        draft.modality = modality_in(ctx, row.cells["modality"].start, row.cells["modality"].end) or row.cells["modality"].text.lower()
    if "target" in row.cells and not NOT_DISCLOSED.search(row.cells["target"].text):
        draft.target = targets_in(ctx, row.cells["target"].start, row.cells["target"].end)
    if "nuclide" in row.cells:
        found = find_nuclides(row.cells["nuclide"].text)
        draft.nuclide = found[0].nuclide if found else None
    draft.modality = draft.modality or modality_in(ctx, cell.start, cell.end)  # "CX-9（PSMA RDC）": the cell says it
    draft.target = draft.target or targets_in(ctx, cell.start, cell.end)
    in_cell = find_nuclides(cell.text)
    draft.nuclide = draft.nuclide or (in_cell[0].nuclide if in_cell else None) or name_nuclide(draft.name)
    if "indication" in row.cells:
        c = row.cells["indication"]
        draft.indication = indications_in(ctx, c.start, c.end) or [ctx.quote(c.start, c.end)]
    if "stage" in row.cells:
        stages = find_stages(row.cells["stage"].text)
        draft.stage = stages[0].stage if stages else None
    note = row.cells.get("note")
    return draft, Sentence(note.start, note.end, note.text) if note else None
