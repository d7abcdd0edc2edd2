"""Table rows written in Python are the markup the template's per-cell loop wrote, every value escaped."""
from __future__ import annotations

from jinja2 import Environment, select_autoescape

from pharmalens.interfaces.table_html import rows_html, safe_url
from pharmalens.interfaces.tables import Cell, Table

# the rows as the table macro wrote them cell by cell
TEMPLATE = """{% set canonical, dossier = T('canonical'), T('dossier') -%}
{% for row in t.rows %}<tr data-fact="{{ t.facts[loop.index0] }}">{% for c in row %}<td{% if c.num %} class="num"{% endif %}>
{%- if c.href %}<a class="ev" href="{{ c.href }}"{% if c.title %} title="{{ c.title }}"{% endif %}>{{ c.text }}</a>
{%- elif c.title %}<span title="{{ c.title }}">{{ c.text }}</span>{% else %}{{ c.text }}{% endif -%}
{%- if c.note %} <span class="canon" title="{{ canonical }}">({{ c.note }})</span>{% endif -%}
{%- if c.company %} <a class="co" href="{{ c.company }}" title="{{ dossier }}">›</a>{% endif -%}
{%- set away = c.origin|safe_url %}{% if away %} <a class="origin" href="{{ away }}" title="{{ away }}" rel="noopener noreferrer nofollow">↗</a>{% endif -%}
</td>{% endfor %}</tr>
{% endfor %}"""

CELLS = [
    Cell("Tallis & Reeve <Bio>", href="/documents/d%2F1?fact=f1&field=licensor#focus", title='Tallis "TR" Bio',
         note="Tallis Reeve Bio", company="/companies/Tallis%20Reeve%20Bio"),
    Cell("US$45.0m", href="/documents/d1?fact=f1&field=upfront", title=None, num=True),
    Cell("tiered", title="tiered <royalty>"),
    Cell("plain 'text'"),
    Cell(""),
    Cell("Wire story", href="/documents/d1?fact=f1", title="https://news.example/a?b=1&c=2",
         origin="https://news.example/a?b=1&c=<2>"),
    Cell("Bad origin", href="/documents/d2", origin="javascript:alert(1)"),
    Cell("Spaced origin", origin="  HTTP://Example.org/x  ", note="n"),
]


def test_rows_are_the_markup_of_the_template_loop() -> None:
    env = Environment(autoescape=select_autoescape(default=True, default_for_string=True))
    env.filters["safe_url"] = safe_url
    words = {"canonical": "canonical <name>", "dossier": "company's page"}
    table = Table("t", ["a"], ["a"], rows=[CELLS[:4], CELLS[4:]], facts=["f<1>", "f&2"])
    expected = env.from_string(TEMPLATE).render(t=table, T=words.get)
    assert str(rows_html(table, words["canonical"], words["dossier"])) == expected
    assert "javascript" not in expected and "&lt;Bio&gt;" in expected and expected.count('class="origin"') == 2


def test_cell_text_is_escaped_as_markupsafe_does() -> None:
    from markupsafe import escape

    from pharmalens.interfaces.table_html import _escaped
    for text in ["a & b", "<i>'x'</i>", '"q"', "&amp;", "澜沧 & Co", "", 12, 3.5, None]:
        assert _escaped(text) == str(escape(text))
