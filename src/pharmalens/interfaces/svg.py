"""Small inline SVG bar charts for the web pages; every label is escaped."""
from __future__ import annotations

from html import escape

from markupsafe import Markup

WIDTH, LABEL, ROW = 640, 150, 22
COLOURS = ("#3b6ea5", "#e39b3b")


def bars(rows: list[tuple[str, list[float]]], series: list[str], unit: str = "") -> Markup:
    """Horizontal bars: one row per label, one bar per series value (grouped)."""
    if not rows:
        return Markup('<p class="empty">–</p>')
    top = max((v for _, values in rows for v in values if v), default=0.0) or 1.0
    per = len(series)
    height = ROW * per * len(rows) + 30
    scale = (WIDTH - LABEL - 80) / top
    parts = [f'<svg class="chart" role="img" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" '
             f'xmlns="http://www.w3.org/2000/svg">']
    for i, name in enumerate(series):
        parts.append(f'<rect x="{LABEL + i * 120}" y="2" width="10" height="10" fill="{COLOURS[i % 2]}"/>'
                     f'<text x="{LABEL + 14 + i * 120}" y="11" font-size="11">{escape(name)}</text>')
    y = 20
    for label, values in rows:
        parts.append(f'<text x="{LABEL - 6}" y="{y + ROW * per / 2 + 4:.0f}" font-size="12" '
                     f'text-anchor="end">{escape(label[:22])}</text>')
        for i, value in enumerate(values):
            width = max(0.0, (value or 0.0) * scale)
            parts.append(f'<rect x="{LABEL}" y="{y + 2}" width="{width:.1f}" height="{ROW - 6}" '
                         f'fill="{COLOURS[i % 2]}"><title>{escape(label)}: {value or 0:,.1f}{escape(unit)}</title></rect>'
                         f'<text x="{LABEL + width + 4:.1f}" y="{y + ROW - 8}" font-size="11">'
                         f'{value or 0:,.1f}</text>')
            y += ROW
    parts.append("</svg>")
    return Markup("".join(parts))
