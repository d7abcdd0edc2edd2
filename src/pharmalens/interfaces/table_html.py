"""The rows of a fact table as HTML, written in Python: a page draws thousands of cells, and the
template's tests and attribute lookups per cell cost more than the rest of the page. The markup is
the table macro's (`templates/_macros.html`), every value escaped."""
from __future__ import annotations

from typing import Any

from markupsafe import Markup, escape

from .tables import Cell, Table


def safe_url(url: Any) -> str | None:
    """A source address fit for a link: http(s) only (never javascript: or data:)."""
    text = str(url or "").strip()
    return text if text.lower().startswith(("http://", "https://")) else None


def _escaped(value: Any) -> str:
    """`markupsafe.escape(value)` as text; a plain string without building a Markup object."""
    if type(value) is str:
        return value.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;").replace(
            "'", "&#39;").replace('"', "&#34;")
    return str(escape(value))


def cell_html(c: Cell, canonical: str, dossier: str) -> str:
    """One cell: its text linked to its evidence, the canonical name, the company page and the source's
    address beside."""
    out = ['<td class="num">' if c.num else "<td>"]
    if c.href:
        out += ['<a class="ev" href="', _escaped(c.href), '"']
        if c.title:
            out += [' title="', _escaped(c.title), '"']
        out += [">", _escaped(c.text), "</a>"]
    elif c.title:
        out += ['<span title="', _escaped(c.title), '">', _escaped(c.text), "</span>"]
    else:
        out.append(_escaped(c.text))
    if c.note:
        out += [' <span class="canon" title="', canonical, '">(', _escaped(c.note), ")</span>"]
    if c.company:
        out += [' <a class="co" href="', _escaped(c.company), '" title="', dossier, '">›</a>']
    away = safe_url(c.origin)
    if away:
        place = _escaped(away)
        out += [' <a class="origin" href="', place, '" title="', place, '" rel="noopener noreferrer nofollow">↗</a>']
    out.append("</td>")
    return "".join(out)


def rows_html(t: Table, canonical: str, dossier: str) -> Markup:
    """Every row of the table, each `<tr data-fact=..>` on its own line."""
    canonical, dossier = str(escape(canonical)), str(escape(dossier))
    return Markup("".join(f'<tr data-fact="{_escaped(fact)}">' + "".join(cell_html(c, canonical, dossier) for c in row)
                          + "</tr>\n" for fact, row in zip(t.facts, t.rows)))
