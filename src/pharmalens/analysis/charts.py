"""Small self-contained charts as inline SVG, and an HTML page to hold them (no plotting library)."""
from __future__ import annotations

from dataclasses import dataclass
from html import escape

WIDTH = 720
BAR = "#3b6ea5"
NEGATIVE = "#c0504d"


@dataclass(frozen=True)
class Bar:
    label: str
    low: float  # for a single-valued bar, low = 0
    high: float
    note: str = ""


def histogram_svg(counts: tuple[int, ...], edges: tuple[float, ...], title: str) -> str:
    """Vertical histogram; bins that start below zero are drawn in the negative colour."""
    height, top, bottom, left = 300, 30, 40, 50
    plot_w, plot_h = WIDTH - left - 20, height - top - bottom
    peak = max(counts) if counts and max(counts) > 0 else 1
    step = plot_w / max(len(counts), 1)
    parts = [_title(title)]
    for i, count in enumerate(counts):
        h = plot_h * count / peak
        colour = NEGATIVE if edges[i] < 0 else BAR
        parts.append(f'<rect x="{left + i * step:.1f}" y="{top + plot_h - h:.1f}" width="{max(step - 1, 1):.1f}" '
                     f'height="{h:.1f}" fill="{colour}"/>')
    axis_y = top + plot_h
    parts.append(f'<line x1="{left}" y1="{axis_y}" x2="{left + plot_w}" y2="{axis_y}" stroke="#333"/>')
    for i in range(0, len(edges), max(len(edges) // 5, 1)):
        x = left + i * step
        parts.append(f'<text x="{x:.1f}" y="{axis_y + 16}" font-size="11" text-anchor="middle">{edges[i]:,.0f}</text>')
    return _svg(height, parts)


def tornado_svg(bars: list[Bar], centre: float, title: str) -> str:
    """Horizontal bars from low to high around a centre line (the base-case value)."""
    row, top, label_w = 24, 30, 200
    height = top + row * len(bars) + 30
    span = [b.low for b in bars] + [b.high for b in bars] + [centre]
    lo, hi = min(span), max(span)
    scale = (WIDTH - label_w - 30) / ((hi - lo) or 1.0)

    def x(value: float) -> float:
        return label_w + (value - lo) * scale

    parts = [_title(title)]
    for i, bar in enumerate(bars):
        y = top + i * row
        a, b = sorted((x(bar.low), x(bar.high)))
        parts.append(f'<text x="{label_w - 6}" y="{y + 15}" font-size="12" text-anchor="end">{escape(bar.label)}</text>')
        parts.append(f'<rect x="{a:.1f}" y="{y + 3}" width="{max(b - a, 1):.1f}" height="{row - 6}" fill="{BAR}">'
                     f'<title>{escape(bar.note)}</title></rect>')
    parts.append(f'<line x1="{x(centre):.1f}" y1="{top - 4}" x2="{x(centre):.1f}" y2="{height - 24}" stroke="#333" '
                 f'stroke-dasharray="4 3"/>')
    for value, anchor in ((lo, "start"), (centre, "middle"), (hi, "end")):
        parts.append(f'<text x="{x(value):.1f}" y="{height - 8}" font-size="11" text-anchor="{anchor}">{value:,.1f}</text>')
    return _svg(height, parts)


def bar_svg(bars: list[Bar], title: str, unit: str = "") -> str:
    """Horizontal bars from 0 to `high`, labelled with the value and note."""
    row, top, label_w = 28, 30, 120
    height = top + row * len(bars) + 10
    peak = max((b.high for b in bars), default=1.0) or 1.0
    scale = (WIDTH - label_w - 200) / peak
    parts = [_title(title)]
    for i, bar in enumerate(bars):
        y = top + i * row
        w = bar.high * scale
        parts.append(f'<text x="{label_w - 6}" y="{y + 17}" font-size="12" text-anchor="end">{escape(bar.label)}</text>')
        parts.append(f'<rect x="{label_w}" y="{y + 4}" width="{max(w, 1):.1f}" height="{row - 8}" fill="{BAR}"/>')
        parts.append(f'<text x="{label_w + w + 6:.1f}" y="{y + 17}" font-size="12">{bar.high:g}{escape(unit)} '
                     f'{escape(bar.note)}</text>')
    return _svg(height, parts)


def html_page(title: str, sections: list[tuple[str, str]]) -> str:
    """A standalone page: a title, then (heading, svg-or-html) sections."""
    body = "\n".join(f"<h2>{escape(h)}</h2>\n{content}" for h, content in sections)
    return (f"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{escape(title)}</title>"
            f"<style>body{{font-family:sans-serif;margin:2em;max-width:{WIDTH + 40}px}}</style></head>\n"
            f"<body><h1>{escape(title)}</h1>\n{body}\n</body></html>\n")


def _svg(height: int, parts: list[str]) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
            f'viewBox="0 0 {WIDTH} {height}" font-family="sans-serif">' + "".join(parts) + "</svg>")


def _title(text: str) -> str:
    return f'<text x="10" y="18" font-size="14" font-weight="bold">{escape(text)}</text>'
