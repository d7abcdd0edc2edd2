"""JSON responses written straight from plain data: for large pages of records (already JSON-shaped
by `to_json()`), FastAPI's generic encoding walk costs as much as reading them from the store."""
from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from typing import Any

from fastapi.responses import JSONResponse


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    raise TypeError(f"not JSON: {type(value).__name__}")


class PlainJSON(JSONResponse):
    """`JSONResponse` that also writes Decimal, dates and sets, and never NaN or infinity."""

    def render(self, content: Any) -> bytes:
        return json.dumps(content, ensure_ascii=False, allow_nan=False, default=_plain,
                          separators=(",", ":")).encode("utf-8")
