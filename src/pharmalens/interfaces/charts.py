"""Charts as Plotly figures: the web pages draw them with the plotly.js that the Python package ships
(served from /static, so pages stay offline and need no inline script), and the command line writes
the same figures as a standalone HTML page or, through kaleido and the system's Chromium, as PNG.

A figure is a plain dict in Plotly's JSON form. Each bar's `customdata` holds the address of what it
stands for (a deal's evidence, an asset list), which pharmalens.js opens on click.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..analysis.errors import MissingDependency, SpecError
from ..analysis.money import format_usd

TOTAL, UPFRONT, BAR, NEGATIVE, LINE = "#3b6ea5", "#e39b3b", "#3b6ea5", "#c0504d", "#333333"
FONT = 'system-ui, "PingFang SC", "Noto Sans CJK SC", sans-serif'
CONFIG = {"displaylogo": False, "responsive": True, "modeBarButtonsToRemove": ["select2d", "lasso2d"]}
Figure = dict[str, Any]


@dataclass(frozen=True)
class DealBar:
    label: str  # "Licensor → Licensee · asset"
    total: float | None  # US$m, headline
    upfront: float | None  # US$m
    url: str  # where a click goes (the deal's evidence)
    hover: str = ""


def unique(labels: Sequence[str]) -> list[str]:
    """Category labels made distinct ("A → B", "A → B (2)"): equal labels would share one bar."""
    seen: dict[str, int] = {}
    out = []
    for label in labels:
        seen[label] = seen.get(label, 0) + 1
        out.append(label if seen[label] == 1 else f"{label} ({seen[label]})")
    return out


def _layout(title: str, height: int, **extra: Any) -> dict[str, Any]:
    return {"title": {"text": title, "x": 0, "xanchor": "left", "font": {"size": 15}}, "height": height,
            "font": {"family": FONT, "size": 12}, "margin": {"l": 10, "r": 30, "t": 50, "b": 40},
            "plot_bgcolor": "#ffffff", "paper_bgcolor": "#ffffff", "hoverlabel": {"align": "left"},
            "legend": {"orientation": "h", "x": 0, "y": 1.02, "yanchor": "bottom", "xanchor": "left"}, **extra}


def _usd_texts(values: Sequence[float | None], lang: str) -> list[str]:
    return [format_usd(v, lang) if v is not None else "" for v in values]


def deal_bars(bars: Sequence[DealBar], title: str, names: tuple[str, str], lang: str = "en") -> Figure:
    """Per deal, its headline total and its upfront in US$m, side by side, each bar labelled."""
    labels = [b.label for b in bars]
    urls = [b.url for b in bars]
    traces = []
    for name, colour, values in ((names[0], TOTAL, [b.total for b in bars]),
                                 (names[1], UPFRONT, [b.upfront for b in bars])):
        traces.append({"type": "bar", "orientation": "h", "name": name, "y": labels,
                       "x": [v if v is not None else 0 for v in values], "marker": {"color": colour},
                       "text": _usd_texts(values, lang), "textposition": "outside", "cliponaxis": False,
                       "customdata": urls, "hovertext": [b.hover or b.label for b in bars],
                       "hovertemplate": "%{hovertext}<br>" + name + ": %{text}<extra></extra>"})
    layout = _layout(title, 90 + 46 * max(len(bars), 1), barmode="group",
                     yaxis={"automargin": True, "autorange": "reversed", "type": "category"},
                     xaxis={"title": {"text": "US$m"}, "rangemode": "tozero", "automargin": True, "gridcolor": "#eee"})
    return {"data": traces, "layout": layout}


def grouped_columns(categories: Sequence[str], series: Sequence[tuple[str, str, Sequence[float | None]]],
                    title: str, lang: str = "en", urls: Sequence[str] | None = None) -> Figure:
    """Vertical bars per category (a month), one per series (name, colour, US$m values), labelled."""
    traces = [{"type": "bar", "name": name, "x": list(categories), "y": [v or 0 for v in values],
               "marker": {"color": colour}, "text": _usd_texts(values, lang), "textposition": "outside",
               "cliponaxis": False, "customdata": list(urls or []),
               "hovertemplate": "%{x}<br>" + name + ": %{text}<extra></extra>"}
              for name, colour, values in series]
    layout = _layout(title, 380, barmode="group", xaxis={"type": "category", "automargin": True},
                     yaxis={"title": {"text": "US$m"}, "rangemode": "tozero", "automargin": True, "gridcolor": "#eee"})
    return {"data": traces, "layout": layout}


def counts(categories: Sequence[str], values: Sequence[int], title: str, urls: Sequence[str] | None = None) -> Figure:
    """Whole-number counts per category (assets by stage), each bar labelled with its count."""
    top = max(values, default=0)
    trace = {"type": "bar", "x": list(categories), "y": list(values), "marker": {"color": BAR},
             "text": [str(v) for v in values], "textposition": "outside", "cliponaxis": False,
             "customdata": list(urls or []), "hovertemplate": "%{x}: %{y}<extra></extra>"}
    yaxis = {"rangemode": "tozero", "tickformat": "d", "automargin": True, "gridcolor": "#eee"}
    if top <= 10:
        yaxis["dtick"] = 1
    return {"data": [trace], "layout": _layout(title, 340, showlegend=False, yaxis=yaxis,
                                                xaxis={"type": "category", "automargin": True})}


def histogram(bin_counts: Sequence[int], edges: Sequence[float], title: str, unit: str) -> Figure:
    """A distribution from counts per bin; bins below zero in the loss colour."""
    centres = [(a + b) / 2 for a, b in zip(edges, edges[1:])]
    widths = [b - a for a, b in zip(edges, edges[1:])]
    colours = [NEGATIVE if a < 0 else BAR for a in edges[:-1]]
    trace = {"type": "bar", "x": centres, "y": list(bin_counts), "width": widths, "marker": {"color": colours},
             "hovertemplate": "%{x:,.1f} " + unit + ": %{y} paths<extra></extra>"}
    return {"data": [trace], "layout": _layout(title, 340, showlegend=False, bargap=0.02,
                                                xaxis={"title": {"text": f"NPV ({unit})"}, "zeroline": True},
                                                yaxis={"title": {"text": "paths"}, "tickformat": "d"})}


def tornado(inputs: Sequence[str], lows: Sequence[float], highs: Sequence[float], centre: float,
            notes: Sequence[str], title: str, unit: str) -> Figure:
    """Bars from the value at each input's low to its high around the base case."""
    left = [min(a, b) for a, b in zip(lows, highs)]
    hover = [f"{note}: {low:,.1f} to {high:,.1f} {unit}" for note, low, high in zip(notes, lows, highs)]
    trace = {"type": "bar", "orientation": "h", "y": list(inputs), "base": left,
             "x": [abs(b - a) for a, b in zip(lows, highs)], "marker": {"color": BAR}, "hovertext": hover,
             "hovertemplate": "%{y}<br>%{hovertext}<extra></extra>"}
    layout = _layout(title, 90 + 34 * max(len(inputs), 1), showlegend=False,
                     yaxis={"automargin": True, "autorange": "reversed", "type": "category"},
                     xaxis={"title": {"text": unit}, "automargin": True},
                     shapes=[{"type": "line", "x0": centre, "x1": centre, "yref": "paper", "y0": 0, "y1": 1,
                              "line": {"color": LINE, "dash": "dash"}}])
    return {"data": [trace], "layout": layout}


def bars(labels: Sequence[str], values: Sequence[float], title: str, texts: Sequence[str]) -> Figure:
    """Plain horizontal bars with a text label each."""
    trace = {"type": "bar", "orientation": "h", "y": list(labels), "x": list(values), "text": list(texts),
             "textposition": "outside", "cliponaxis": False, "marker": {"color": BAR},
             "hovertemplate": "%{y}: %{text}<extra></extra>"}
    return {"data": [trace], "layout": _layout(title, 90 + 34 * max(len(labels), 1), showlegend=False,
                                                yaxis={"automargin": True, "autorange": "reversed"},
                                                xaxis={"rangemode": "tozero", "automargin": True})}


def valuation(result: Any, lang: str = "en") -> list[Figure]:
    """The Monte Carlo distribution and the tornado of an `analysis.valuation.Valuation`."""
    mc, d, unit = result.monte_carlo, result.deterministic, result.currency
    zh = lang == "zh"
    return [histogram(mc.histogram_counts, mc.histogram_edges,
                      (f"NPV 分布：{mc.paths:,} 条路径，均值 {mc.mean:,.1f}" if zh else
                       f"NPV distribution: {mc.paths:,} paths, mean {mc.mean:,.1f} {unit}"), unit),
            tornado([b.input for b in result.tornado], [b.npv_low for b in result.tornado],
                    [b.npv_high for b in result.tornado], d.rnpv,
                    [f"{b.low_value:.4g} to {b.high_value:.4g}" for b in result.tornado],
                    (f"龙卷风图：rNPV {d.rnpv:,.1f}" if zh else f"Tornado around rNPV {d.rnpv:,.1f} {unit}"), unit)]


# ---- files ---------------------------------------------------------------------------------------

def write(figures: Sequence[Figure], path: Path, title: str) -> None:
    """The figures as one standalone HTML page (plotly.js inside, nothing fetched) or as a PNG
    (figures stacked; needs kaleido and a Chromium, which kaleido finds on the system)."""
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm"):
        path.write_text(html_page(figures, title), encoding="utf-8")
    elif suffix == ".png":
        write_png(figures, path)
    else:
        raise SpecError("--plot", f"unsupported file type {path.suffix or '(none)'!r}", ".html or .png")


def html_page(figures: Sequence[Figure], title: str) -> str:
    import plotly.io as pio
    from markupsafe import escape

    parts = [pio.to_html(fig, include_plotlyjs=(i == 0), full_html=False, config=CONFIG, validate=True)
             for i, fig in enumerate(figures)]
    return (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{escape(title)}</title></head>\n'
            f'<body style="font-family: sans-serif; max-width: 1000px; margin: 1em auto">'
            f"<h1>{escape(title)}</h1>\n" + "\n".join(parts) + "\n</body></html>\n")


def write_png(figures: Sequence[Figure], path: Path) -> None:
    try:
        import kaleido  # noqa: F401
        import plotly.io as pio
        from plotly.subplots import make_subplots
    except ImportError:
        raise MissingDependency("PNG export needs kaleido (pip install 'kaleido==1.5.0') and Chromium; "
                                "write an .html chart instead") from None
    stacked = make_subplots(rows=len(figures), cols=1, subplot_titles=[
        f["layout"].get("title", {}).get("text", "") for f in figures], vertical_spacing=0.12)
    for row, fig in enumerate(figures, start=1):
        for trace in fig["data"]:
            stacked.add_trace({k: v for k, v in trace.items() if k != "customdata"}, row=row, col=1)
    stacked.update_layout(height=sum(f["layout"].get("height", 340) for f in figures) + 60, width=1000,
                          showlegend=False, font={"family": FONT}, plot_bgcolor="#ffffff")
    try:
        pio.write_image(stacked, str(path), format="png")
    except Exception as error:  # kaleido reports a missing or failing browser in several ways
        raise MissingDependency(f"PNG export failed ({type(error).__name__}: {error}); kaleido needs "
                                "Chromium (apt-get install chromium) — write an .html chart instead") from None
