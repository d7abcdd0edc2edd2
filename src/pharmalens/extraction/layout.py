"""The layouts of one article, read once before the record builders: `ctx.layout`.

Builders ask the layout for structure instead of re-reading the text:

- `layout.tables`  pipe tables read by header role (table.py): each row a dict of role -> Cell,
  e.g. row.cells["licensee"], row.cells["upfront"]; deals, assets, clinical and facilities use them.
- `layout.grids`   tables of figures in any shape (grids.py): `Grid.rows` of `GridRow(label, values,
  columns, unit)`; `values[i]` is a `Figure` (Decimal value, None for "--", `percent`) and
  `columns[i]` the header key above it (a period, a date or a change column); `Grid.unit` and
  `GridRow.unit` the stated unit (figures.py). Results tables (2025年 | 2024年 | 期间变化,
  本报告期 | 年初至报告期末, "RMB Thousand") are read here, glued figures split.
- `layout.items`   list items and key: value cards (items.py): `Item(marker, key, value)` spans;
  `layout.item_at(pos)` gives the item holding a position.
- `layout.reading` the search text with line breaks that only wrap a line turned into spaces (the
  same length, so every offset is still an offset of `ctx.text`); `layout.sentences` are its
  sentences, which read across such wraps.

Every span is an offset into `ctx.text`; build evidence with `ctx.evidence(start, end)`."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property

from .grids import Grid, GridRow, read_grids
from .items import Item, read_items, unwrap
from .sentences import Sentence, sentences
from .table import Table, read_tables

__all__ = ["Layout", "Grid", "GridRow", "Item", "Table", "read_layout"]


@dataclass
class Layout:
    """Tables and items are read at once (most builders ask for them); grids and the reading copy
    when first asked for, as only the results builders read them."""
    text: str
    tables: list[Table]
    items: list[Item]
    _item_starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self._item_starts = [item.start for item in self.items]

    @cached_property
    def grids(self) -> list[Grid]:
        return read_grids(self.text)

    @cached_property
    def reading(self) -> str:
        return unwrap(self.text, self.items)

    @cached_property
    def sentences(self) -> list[Sentence]:
        found = sentences(self.reading)
        return [Sentence(s.start, s.end, self.text[s.start:s.end]) for s in found]

    def item_at(self, pos: int) -> Item | None:
        i = bisect_right(self._item_starts, pos) - 1
        while i >= 0:
            item = self.items[i]
            if item.start <= pos < item.end:
                return item
            if pos - item.start > 2000:
                break
            i -= 1
        return None

    def grid_at(self, pos: int) -> Grid | None:
        return next((g for g in self.grids if g.start <= pos < g.end), None)


def read_layout(text: str) -> Layout:
    return Layout(text, read_tables(text), read_items(text))
