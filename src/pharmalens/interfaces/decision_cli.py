"""Decision-support commands: asset valuation, deal fairness, buyer scorecards, radionuclide logistics.

`register(app)` adds them to the main Typer app. Failures print one line to stderr and exit with 2.
"""
from __future__ import annotations

import functools
import json
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Callable, Optional

import typer
from rich.console import Console
from rich.table import Table

from pharmalens.analysis.errors import AnalysisError
from .cli_support import database_url

if TYPE_CHECKING:  # analysis (numpy, scipy, the store) is imported by the command that runs
    from pharmalens.analysis.fairness import DealValue
    from pharmalens.analysis.valuation import Valuation

EXIT_ERROR = 2
JsonFlag = Annotated[bool, typer.Option("--json", help="Print JSON instead of tables.")]


def register(app: typer.Typer) -> None:
    for name, command in (("value", value), ("deal-value", deal_value), ("score", score_command),
                          ("decay", decay), ("dose", dose), ("ship-window", ship_window),
                          ("daughters", daughters), ("reach", reach_command)):
        app.command(name)(_guard(command))


def _guard(command: Callable[..., None]) -> Callable[..., None]:
    @functools.wraps(command)
    def run(*args: Any, **kwargs: Any) -> None:
        try:
            command(*args, **kwargs)
        except AnalysisError as error:
            typer.echo(f"error [{error.code}]: {error.message}", err=True)
            raise typer.Exit(EXIT_ERROR) from None
        except OSError as error:
            typer.echo(f"error [io]: {error}", err=True)
            raise typer.Exit(EXIT_ERROR) from None
    return run


def _emit_json(data: Any) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2))


def _money(value: float) -> str:
    return f"{value:,.1f}"


def value(
    spec: Annotated[Path, typer.Option("--spec", help="Asset spec YAML.")],
    as_json: JsonFlag = False,
    paths: Annotated[Optional[int], typer.Option("--paths", min=1, help="Monte Carlo paths.")] = None,
    seed: Annotated[Optional[int], typer.Option("--seed", min=0, help="Random seed.")] = None,
    plot: Annotated[Optional[Path], typer.Option("--plot", help="Write a chart: FILE.html or FILE.png.")] = None,
) -> None:
    """Risk-adjusted NPV, Monte Carlo and tornado of an asset."""
    from pharmalens.analysis.asset_spec import load_asset_spec
    from pharmalens.analysis.valuation import value_asset
    result = value_asset(load_asset_spec(spec), paths, seed)
    if plot is not None:
        _write_value_plot(result, plot)
    if as_json:
        _emit_json(result.to_dict())
        return
    d, mc, unit = result.deterministic, result.monte_carlo, result.currency
    summary = Table(title=f"rNPV of {d.asset} ({unit})", show_header=False)
    for label, text in (
        ("rNPV (deterministic)", _money(d.rnpv)), ("NPV if every phase succeeds", _money(d.npv_if_successful)),
        ("P(approval)", f"{d.probability_of_approval:.1%}"), ("Launch (years from now)", f"{d.launch_year:.1f}"),
        (f"Monte Carlo mean ({mc.paths:,} paths, seed {mc.seed})", f"{_money(mc.mean)} ± {mc.std_error:,.2f} (SE)"),
        ("P(NPV > 0)", f"{mc.p_positive:.1%}"), ("P10 / P50 / P90", f"{_money(mc.p10)} / {_money(mc.p50)} / {_money(mc.p90)}"),
    ):
        summary.add_row(label, text)
    tornado = Table(title="Tornado: rNPV at low / high input")
    for column in ("input", "low", "high", "rNPV at low", "rNPV at high", "swing"):
        tornado.add_column(column, justify="left" if column == "input" else "right")
    for bar in result.tornado:
        tornado.add_row(bar.input, f"{bar.low_value:,.4g}", f"{bar.high_value:,.4g}", _money(bar.npv_low),
                        _money(bar.npv_high), _money(bar.swing))
    years = Table(title="Risk-adjusted cash flow by year")
    for column in ("year", "expected cash", "present value"):
        years.add_column(column, justify="right")
    for row in d.by_year():
        years.add_row(str(row.year), _money(row.expected), _money(row.present_value))
    console = Console()
    for table in (summary, tornado, years):
        console.print(table)


def _write_value_plot(result: Valuation, path: Path) -> None:
    from . import charts
    charts.write(charts.valuation(result), path, f"Valuation of {result.deterministic.asset}")


def deal_value(
    spec: Annotated[Path, typer.Option("--spec", help="Deal terms YAML.")],
    as_json: JsonFlag = False,
    solve: Annotated[Optional[str], typer.Option("--solve", help="Solve for: royalty or upfront.")] = None,
    share: Annotated[float, typer.Option("--share", help="Licensor's target share of the rNPV.")] = 0.5,
    comparables: Annotated[Optional[Path], typer.Option("--comparables", help="Comparable deals (YAML/CSV).")] = None,
) -> None:
    """Licensor's and licensee's risk-adjusted value of a deal; optionally solve a term for a share."""
    from pharmalens.analysis.comparables import load_comparables
    from pharmalens.analysis.deal_spec import load_deal_terms
    from pharmalens.analysis.errors import SpecError
    from pharmalens.analysis.fairness import solve_royalty, solve_upfront, value_deal
    terms = load_deal_terms(spec)
    if comparables is not None:
        terms = replace(terms, comparables=load_comparables(comparables))
    if solve not in (None, "royalty", "upfront"):
        raise SpecError("--solve", f"{solve!r} is not recognised", "royalty, upfront")
    solution = None
    if solve == "royalty":
        solution = solve_royalty(terms, share)
    elif solve == "upfront":
        solution = solve_upfront(terms, share)
    deal = solution.deal if solution else value_deal(terms)
    if as_json:
        _emit_json(solution.to_dict() if solution else deal.to_dict())
        return
    console = Console()
    console.print(_deal_table(deal, terms.licensor, terms.licensee))
    if deal.comparables:
        console.print(_comparables_table(deal))
    if solution:
        what = f"flat royalty {solution.value:.4%}" if solution.solved_for == "royalty" else \
            f"upfront {_money(solution.value)} {deal.currency}"
        console.print(f"Solved: {what} gives the licensor {solution.target_share:.1%} of the rNPV.", markup=False)


def _deal_table(deal: DealValue, licensor: str, licensee: str) -> Table:
    table = Table(title=f"Deal value for {deal.asset} ({deal.currency})",
                  caption=f"licensor: {licensor}; licensee: {licensee}")
    for column in ("component", "amount", "P(paid)", "year", "risk-adj. PV"):
        table.add_column(column, justify="left" if column == "component" else "right")
    table.add_row("upfront", _money(deal.upfront), "100%", "0.0", _money(deal.upfront))
    for m in deal.milestones:
        when = "never" if m.time is None else f"{m.time:.1f}"
        table.add_row(m.label, _money(m.amount), f"{m.probability:.1%}", when, _money(m.present_value))
    table.add_row("royalties", "", "", "", _money(deal.royalty_pv))
    table.add_row("headline (upfront + milestones)", _money(deal.headline_total), "", "", "")
    for label, amount, part in (("licensor value", deal.licensor_value, deal.licensor_share),
                                ("licensee value", deal.licensee_value, deal.licensee_share),
                                ("asset rNPV", deal.total_rnpv, 1.0 if deal.total_rnpv > 0 else None)):
        table.add_row(label, "", "" if part is None else f"{part:.1%}", "", _money(amount))
    return table


def _comparables_table(deal: DealValue) -> Table:
    table = Table(title="Against comparable deals (USD m)")
    for column in ("metric", "this deal", "Q1", "median", "Q3", "pctile", "band", "n"):
        table.add_column(column, justify="left" if column in ("metric", "band") else "right", no_wrap=True)
    for m in deal.comparables:
        fmt = (lambda v: f"{v:.1%}") if m.metric == "upfront_share" else _money
        label = "upfront %" if m.metric == "upfront_share" else m.metric
        table.add_row(label, "" if m.value is None else fmt(m.value), fmt(m.q1), fmt(m.median), fmt(m.q3),
                      "" if m.percentile is None else f"{m.percentile:.0f}", m.band, str(m.count))
    return table


def score_command(
    spec: Annotated[Optional[Path], typer.Option("--spec", help="Evidence YAML (overrides --asset).")] = None,
    lens: Annotated[Optional[str], typer.Option("--lens", help="overseas or domestic.")] = None,
    weights: Annotated[Optional[Path], typer.Option("--weights", help="YAML overriding weights.")] = None,
    as_json: JsonFlag = False,
    asset: Annotated[Optional[str], typer.Option("--asset", help="Fill evidence from the store.")] = None,
    database: Annotated[Optional[str], typer.Option("--database", help="Database URL for --asset.")] = None,
) -> None:
    """Buyer-lens scorecard from evidence per criterion (from --spec, the store via --asset, or both)."""
    from pharmalens.analysis.errors import SpecError
    from pharmalens.analysis.scorecard import evidence_from_dict, load_evidence, load_weights, score
    from pharmalens.analysis.scorecard_evidence import merge_evidence
    from pharmalens.analysis.specs import read_yaml
    if spec is None and asset is None:
        raise SpecError("--spec", "missing", "an evidence YAML (--spec) or --asset NAME")
    inputs = load_evidence(spec) if asset is None else evidence_from_dict(
        merge_evidence(_store_evidence(asset, database), read_yaml(spec) if spec else None))
    card = score(inputs, lens, load_weights(weights) if weights else None)
    if as_json:
        _emit_json(card.to_dict())
        return
    table = Table(title=f"{card.lens.capitalize()} buyer scorecard: {card.asset}")
    for column in ("criterion", "score", "weight", "points", "evidence"):
        table.add_column(column, justify="right" if column in ("score", "weight", "points") else "left")
    cited: list[str] = []
    for line in card.lines:
        marks = []
        for citation in line.citations:
            cited.append(citation)
            marks.append(f"[{len(cited)}]")
        source = " (from store)" if line.source == "provider" else ""
        table.add_row(line.label, "-" if line.score is None else f"{line.score:g}", f"{line.weight:.1f}",
                      f"{line.contribution:.1f}", " ".join([line.note + source, *marks]))
    console = Console()
    console.print(table)
    console.print(f"Total {card.total:.1f} / 100; evidence covers {card.coverage:.0%} of the weight.", markup=False)
    for i, citation in enumerate(cited, start=1):
        console.print(f"[{i}] {citation}", markup=False, highlight=False)


def _store_evidence(asset: str, database: str | None) -> dict[str, Any]:
    from pharmalens.analysis.scorecard_evidence import evidence_from_store
    from pharmalens.store import Store
    with Store(database_url(database)) as store:
        store.upgrade()
        return evidence_from_store(store, asset)


def decay(
    nuclide: Annotated[str, typer.Argument(help="Nuclide, e.g. Lu-177, 177Lu, 镥-177.")],
    after: Annotated[str, typer.Option("--after", help="Elapsed time, e.g. 24h, 6.6 d, 90 min, PT24H.")],
    as_json: JsonFlag = False,
) -> None:
    """Fraction of activity left after a time."""
    from pharmalens.analysis import nuclides
    from pharmalens.analysis.durations import format_hours, parse_hours
    name, hours = nuclides.canonical_name(nuclide), parse_hours(after)
    fraction, half_life = nuclides.decay_fraction(name, hours), nuclides.half_life_hours(name)
    if as_json:
        _emit_json({"nuclide": name, "hours": hours, "half_life_hours": half_life, "fraction": fraction})
        return
    typer.echo(f"{name} (half-life {format_hours(half_life)}): {fraction:.2%} left after {format_hours(hours)}")


def dose(
    nuclide: Annotated[str, typer.Argument(help="Nuclide.")],
    activity: Annotated[str, typer.Option("--activity", help="Activity needed at administration, e.g. 7.4GBq.")],
    hours_until: Annotated[str, typer.Option("--hours-until", help="Time until administration: 48 or 2d.")],
    as_json: JsonFlag = False,
) -> None:
    """Activity to produce now so that a dose is left at administration."""
    from pharmalens.analysis import nuclides
    from pharmalens.analysis.activity import format_activity, parse_activity
    from pharmalens.analysis.durations import format_hours, parse_hours
    name, hours, needed = nuclides.canonical_name(nuclide), parse_hours(hours_until), parse_activity(activity)
    produce = nuclides.activity_to_produce(name, needed, hours)
    if as_json:
        _emit_json({"nuclide": name, "dose_bq": needed, "hours_until": hours, "produce_bq": produce,
                    "fraction_left": needed / produce})
        return
    typer.echo(f"{name}: produce {format_activity(produce)} now to administer {format_activity(needed)} "
               f"in {format_hours(hours)} ({needed / produce:.1%} left)")


def ship_window(
    nuclide: Annotated[str, typer.Argument(help="Nuclide.")],
    calibration: Annotated[str, typer.Option("--calibration", help="Activity at calibration, e.g. 10GBq.")],
    required: Annotated[str, typer.Option("--required", help="Activity needed at administration.")],
    handling: Annotated[str, typer.Option("--handling", help="Handling time besides transit, e.g. 2h.")] = "0h",
    as_json: JsonFlag = False,
) -> None:
    """Longest transit that still leaves the required activity."""
    from pharmalens.analysis import nuclides
    from pharmalens.analysis.activity import format_activity, parse_activity
    from pharmalens.analysis.durations import format_hours, parse_hours
    name = nuclides.canonical_name(nuclide)
    cal, req, handle = parse_activity(calibration), parse_activity(required), parse_hours(handling)
    window = nuclides.max_shipping_hours(name, cal, req, handle)
    if as_json:
        _emit_json({"nuclide": name, "calibration_bq": cal, "required_bq": req, "handling_hours": handle,
                    "max_shipping_hours": window})
        return
    typer.echo(f"{name}: ship within {format_hours(window)} of calibration ({format_activity(cal)} -> "
               f"{format_activity(req)}, {format_hours(handle)} handling)")


def daughters(
    parent: Annotated[str, typer.Option("--parent", help="Parent nuclide.")] = "Ac-225",
    hours: Annotated[str, typer.Option("--hours", help="Comma-separated times, e.g. 0,24,72,240 or 1d,10d.")]
    = "0,24,72,240",
    as_json: JsonFlag = False,
) -> None:
    """Activity of a parent's daughters over time (Bateman), per unit of initial parent activity."""
    from pharmalens.analysis import nuclides
    from pharmalens.analysis.durations import format_hours, parse_hours
    times = [parse_hours(t) for t in hours.split(",") if t.strip()]
    chain = nuclides.daughters_over_time(parent, times)
    if as_json:
        _emit_json(chain.to_dict())
        return
    table = Table(title=f"{chain.parent} chain: activity per unit of initial {chain.parent} activity")
    table.add_column("nuclide")
    table.add_column("half-life", justify="right")
    for t in chain.hours:
        table.add_column(f"{t:g} h", justify="right")
    for name, half_life, activity in zip(chain.members, chain.half_life_hours, chain.activity):
        label = "end of chain" if half_life is None else format_hours(half_life)
        table.add_row(name, label, *(f"{a:.4f}" for a in activity))
    Console().print(table)


def reach_command(
    sites: Annotated[Path, typer.Option("--sites", help="Production sites CSV (name, lat, lon[, nuclides]).")],
    hospitals: Annotated[Path, typer.Option("--hospitals", help="Hospitals CSV (name, lat, lon).")],
    speed: Annotated[float, typer.Option("--speed", help="Road speed, km/h.")] = 60.0,
    handling: Annotated[str, typer.Option("--handling", help="Handling time besides the road.")] = "1h",
    detour: Annotated[float, typer.Option("--detour", help="Road / straight-line distance.")] = 1.3,
    threshold: Annotated[float, typer.Option("--threshold", help="Activity fraction that must be left.")] = 0.5,
    nuclide_list: Annotated[Optional[str], typer.Option(
        "--nuclides", help="Comma-separated nuclides (default: the four the reach model is built for).")] = None,
    html: Annotated[Optional[Path], typer.Option("--html", help="Write a bar chart page.")] = None,
    as_json: JsonFlag = False,
) -> None:
    """How many hospitals each nuclide reaches by road with enough activity left."""
    from pharmalens.analysis import delivery
    from pharmalens.analysis.durations import format_hours, parse_hours
    from . import charts
    report = delivery.reach(delivery.load_places(sites), delivery.load_places(hospitals),
                            tuple(n.strip() for n in nuclide_list.split(",") if n.strip())
                            if nuclide_list is not None else delivery.DEFAULT_NUCLIDES,
                            speed, parse_hours(handling), detour, threshold)
    if html is not None:
        title = f"Hospitals reached with >= {threshold:.0%} activity ({speed:g} km/h, {format_hours(report.handling_hours)} handling)"
        figure = charts.bars([r.nuclide for r in report.rows], [r.reachable for r in report.rows], title,
                             [f"{r.reachable} of {r.total} ({r.share:.0%})" for r in report.rows])
        charts.write([figure], html if html.suffix.lower() in (".html", ".htm", ".png") else html.with_suffix(".html"),
                     "Radiopharmaceutical reach")
    if as_json:
        _emit_json(report.to_dict())
        return
    table = Table(title=f"Hospitals reachable with >= {threshold:.0%} activity left")
    for column in ("nuclide", "half-life", "road time allowed", "radius km", "reachable", "share"):
        table.add_column(column, justify="left" if column == "nuclide" else "right")
    for r in report.rows:
        allowed = "none" if r.max_travel_hours < 0 else format_hours(r.max_travel_hours)
        table.add_row(r.nuclide, format_hours(r.half_life_hours), allowed, f"{r.max_distance_km:,.0f}",
                      f"{r.reachable} / {r.total}", f"{r.share:.0%}")
    Console().print(table)
