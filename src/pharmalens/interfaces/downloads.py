"""What a table page shows, as a CSV or XLSX download (`?format=csv|xlsx`), with the columns of the
store exports (`analysis.exports`): money split into amount, currency and US$, source beside."""
from __future__ import annotations

import io
from typing import Any

from fastapi import Request
from fastapi.responses import Response

from ..analysis.exports import csv_text, record_columns, record_row, workbook_of
from .tables import View
from .web import page_format

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def download(request: Request, name: str, rows: list[dict[str, Any]], keys: list[str], view: View) -> Response:
    columns = record_columns(keys)
    table = [record_row(row, columns, view.documents) for row in rows]
    fmt = page_format(request)
    headers = {"Content-Disposition": f'attachment; filename="pharmalens-{name}.{fmt}"'}
    if fmt == "csv":
        return Response(csv_text(columns, table).encode("utf-8-sig"), media_type="text/csv; charset=utf-8",
                        headers=headers)
    out = io.BytesIO()
    workbook_of({name: (columns, table)}).save(out)
    return Response(out.getvalue(), media_type=XLSX, headers=headers)
