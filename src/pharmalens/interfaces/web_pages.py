"""The pages: dashboard, deals, assets, landscape, companies, documents and search.

Each page function reads its query parameters, asks `views`/`queries`/`company_view` for the data,
builds its tables (`tables`) and charts (`charts`), and renders a template, or answers the same data
as JSON, CSV or XLSX.
"""
from __future__ import annotations

from typing import Any

from fastapi import Request
from fastapi.responses import Response

from ..analysis.landscape import STAGE_ORDER
from . import charts, company_view, queries, views
from .downloads import download
from .i18n import Words, term
from .params import OptionalText, PathText, Text
from .tables import fact_table
from .web import cached, page_format, page_lang, page_params, pager, render, store_of, view_of

LATEST = 10
CHART_DEALS = 25


def dashboard_page(request: Request) -> Response:
    """The whole page is kept until the store changes (one indexed read per request), unless other query
    parameters than `lang` and `format` ask for links that carry them."""
    if set(request.query_params) - {"lang", "format"}:
        return _dashboard(request)
    body, media_type = cached(request, ("dashboard", page_lang(request), page_format(request)),
                              lambda: _content(_dashboard(request)))
    return Response(body, media_type=media_type)


def _content(response: Response) -> tuple[bytes, str | None]:
    return bytes(response.body), response.media_type


def _dashboard(request: Request) -> Response:
    store = store_of(request)
    view, words = view_of(request), Words(page_lang(request))
    counts = cached(request, "counts", store.counts)
    deals = cached(request, "latest-deals", lambda: views.deal_rows(store, views.DealQuery(), limit=LATEST)[0])
    latest = fact_table("deals", deals, view, list(views.DEAL_KEYS), "latest-deals")
    money = cached(request, "deal-money", store.deal_money_by_month)
    months, totals, upfronts = [m for m, _t, _u in money], [t for _m, t, _u in money], [u for _m, _t, u in money]
    value_chart = charts.grouped_columns(months, [(words.col("total"), charts.TOTAL, totals),
                                                  (words.col("upfront"), charts.UPFRONT, upfronts)],
                                         words("deal_value"), view.lang,
                                         urls=[view.link("/deals", date_from=m, date_to=m) for m in months])
    stages = cached(request, "assets-by-stage", store.assets_by_stage)
    stage_chart = charts.counts([term("stage", s, view.lang) for s, _ in stages], [n for _, n in stages],
                                words("assets_by_stage"),
                                urls=[view.link("/assets", stage=s if s != "-" else None) for s, _ in stages])
    data = {"counts": counts, "latest_deals": deals, "deal_value_by_month": list(zip(months, totals, upfronts)),
            "assets_by_stage": stages}
    return render(request, "dashboard.html", data, counts=counts, latest=latest,
                  figures={"deal-value": value_chart, "stages": stage_chart})


def deals_page(request: Request, deal_type: OptionalText = None, company: OptionalText = None,
               asset: OptionalText = None, nuclide: OptionalText = None, target: OptionalText = None,
               modality: OptionalText = None, stage: OptionalText = None, date_from: OptionalText = None,
               date_to: OptionalText = None, licensee_country: OptionalText = None,
               licensor_country: OptionalText = None, sort: Text = "announced", order: Text = "desc") -> Response:
    store = store_of(request)
    checked = queries.check_filters({"deal_type": deal_type, "company": company, "asset": asset,
                                     "nuclide": nuclide, "stage": stage}, store)
    query = views.DealQuery(**checked, target=_clean(target), modality=_clean(modality),
                            date_from=_date(date_from, "date_from"), date_to=_date(date_to, "date_to"),
                            licensee_country=_clean(licensee_country), licensor_country=_clean(licensor_country))
    if sort not in views.DEAL_SORTS:
        raise queries.bad_parameter("sort", f"unknown column {sort!r}; allowed: {', '.join(views.DEAL_SORTS)}")
    if order not in ("asc", "desc"):
        raise queries.bad_parameter("order", "must be asc or desc")
    view, words = view_of(request), Words(page_lang(request))
    keys = list(views.DEAL_KEYS)
    if page_format(request) in ("csv", "xlsx"):
        rows = views.deal_rows(store, query, sort, order, limit=views.DOWNLOAD_LIMIT)[0]
        return download(request, "deals", rows, keys, view)
    limit, offset = page_params(request)
    result = cached(request, ("deals", query, sort, order, limit, offset),
                    lambda: views.deals_view(store, query, sort, order, limit, offset, largest=CHART_DEALS))
    table = fact_table("deals", result.rows, view, keys, "deals")
    table.links = [view.link("/deals", **query.active(), sort=k,
                             order="asc" if (k == sort and order == "desc") else "desc") if k in views.DEAL_SORTS
                   else None for k in keys]
    shown = sorted((r for r in result.largest if r["total_usd"] is not None or r["upfront_usd"] is not None),
                   key=lambda r: -(r["total_usd"] or r["upfront_usd"] or 0))
    labels = charts.unique([_deal_label(r) for r in shown])
    bars = [charts.DealBar(label, r["total_usd"], r["upfront_usd"], view.evidence_url(*_first_source(r)),
                           hover=_deal_label(r, long=True)) for label, r in zip(labels, shown)]
    chart = charts.deal_bars(bars, words("upfront_vs_total"), (words.col("total"), words.col("upfront")), view.lang)
    return render(request, "deals.html", result, result=result, rows_table=table, filters=query.active(),
                  figures={"deals-chart": chart}, deal_types=queries.DEAL_TYPES, stages=STAGE_ORDER,
                  pager=pager(request, {"limit": limit, "offset": offset, "total": result.count}))


def _clean(value: str | None) -> str | None:
    return value.strip() if value and value.strip() else None


def _date(value: str | None, name: str) -> str | None:
    value = _clean(value)
    if value and not (value[:4].isdigit() and len(value) in (4, 7, 10)):
        raise queries.bad_parameter(name, "must be YYYY, YYYY-MM or YYYY-MM-DD")
    return value


def _first_source(row: dict[str, Any]) -> tuple[str, str | None]:
    return row.get("document") or "", row.get("fact")


def _deal_label(row: dict[str, Any], long: bool = False) -> str:
    parties = " → ".join(str(row.get(k) or "?") for k in ("licensor", "licensee"))
    label = parties + (f" · {row['asset']}" if row.get("asset") else "")
    if long and row.get("announced"):
        label += f" ({row['announced']})"
    return label if long or len(label) <= 48 else label[:47] + "…"


def assets_page(request: Request, company: OptionalText = None, asset: OptionalText = None, target: OptionalText = None,
                stage: OptionalText = None, nuclide: OptionalText = None, modality: OptionalText = None) -> Response:
    store = store_of(request)
    checked = queries.check_filters({"company": company, "asset": asset, "stage": stage, "nuclide": nuclide}, store)
    query = views.AssetQuery(**checked, target=_clean(target), modality=_clean(modality))
    view = view_of(request)
    if page_format(request) in ("csv", "xlsx"):
        rows = views.asset_rows(store, query, limit=views.DOWNLOAD_LIMIT)[0]
        return download(request, "assets", rows, list(views.ASSET_KEYS), view)
    limit, offset = page_params(request)
    rows, total = cached(request, ("assets", query, limit, offset),
                         lambda: views.asset_rows(store, query, limit, offset))
    table = fact_table("assets", rows, view, list(views.ASSET_KEYS), "assets")
    paging = {"limit": limit, "offset": offset, "total": total}
    return render(request, "assets.html", {"filters": query.active(), "assets": rows, **paging}, rows_table=table,
                  filters=query.active(), stages=STAGE_ORDER, pager=pager(request, paging))


def landscape_page(request: Request, company: OptionalText = None, target: OptionalText = None,
                   stage: OptionalText = None, nuclide: OptionalText = None, modality: OptionalText = None) -> Response:
    store = store_of(request)
    checked = queries.check_filters({"company": company, "stage": stage, "nuclide": nuclide}, store)
    query = views.AssetQuery(**checked, target=_clean(target), modality=_clean(modality))
    view = view_of(request)
    if page_format(request) in ("csv", "xlsx"):
        grid = views.landscape(store, query, limit=views.DOWNLOAD_LIMIT, every_source=False)
        return download(request, "landscape", views.flat_landscape(grid),
                        ["target", "modality", "nuclide", "stage", "asset", "company"], view)
    limit, offset = page_params(request)
    every_source = page_format(request) == "json"
    grid = cached(request, ("landscape", query, limit, offset, every_source),
                  lambda: views.landscape(store, query, limit, offset, every_source))
    options = cached(request, "asset-options", store.asset_options)
    return render(request, "landscape.html", grid, grid=grid, filters=query.active(), view=view,
                  stages=STAGE_ORDER, options=options,
                  pager=pager(request, {"limit": limit, "offset": offset, "total": grid.total}))


def companies_page(request: Request) -> Response:
    limit, offset = page_params(request)
    page = queries.company_list(store_of(request), None, limit, offset)
    return render(request, "companies.html", page, companies=page["items"], pager=pager(request, page))


def company_page(request: Request, name: PathText) -> Response:
    view = view_of(request)
    limit, offset = page_params(request, company_view.SECTION_LIMIT)
    page = company_view.company(store_of(request), name, view, limit, offset)
    return render(request, "company.html", page.to_json(), page=page,
                  pager=pager(request, {"limit": limit, "offset": offset, "total": page.total}))


def documents_page(request: Request) -> Response:
    limit, offset = page_params(request)
    page = queries.document_list(store_of(request), None, limit, offset)
    return render(request, "documents.html", page, documents=page["items"], pager=pager(request, page))


def document_page(request: Request, doc_id: PathText, fact: OptionalText = None, field: OptionalText = None) -> Response:
    view, store = view_of(request), store_of(request)
    with store.reading():  # its few small reads (document, facts, cited documents, names) in one transaction
        detail = company_view.document(store, doc_id, view, fact, field)
    return render(request, "document.html", detail.data, doc=detail)


def search_page(request: Request, q: OptionalText = None) -> Response:
    hits = company_view.search(store_of(request), q) if q and q.strip() else []
    return render(request, "search.html", {"query": q or "", "hits": hits}, query=q or "", hits=hits)


PAGES = (("/", dashboard_page), ("/landscape", landscape_page), ("/deals", deals_page), ("/assets", assets_page),
         ("/companies", companies_page), ("/companies/{name:path}", company_page), ("/documents", documents_page),
         ("/documents/{doc_id:path}", document_page), ("/search", search_page))
