"""The one place an error's code becomes an HTTP status and an exit status.

Every error raised on purpose is a `PharmalensError` (model/errors.py) with a stable `code`: the
store's `StoreError`, the analysis modules' `AnalysisError`, the API's `QueryError`, a bad setting's
`SettingsError`, a budget's `TooComplex`. The API answers any of them as
`{"error": {"code", "message"}}` with `http_status(code)`; the command line prints one line and exits
with `exit_status(code)`. A code not listed is a bad request (422) and a usage error (exit 2)."""
from __future__ import annotations

from ..model.errors import PharmalensError

HTTP_STATUS = {
    "host_not_allowed": 400,
    "unauthorized": 401,
    "not_found": 404, "unknown_record": 404, "unknown_entity": 404, "unknown_company": 404,
    "no_documents": 404,
    "method_not_allowed": 405,
    "too_large": 413,
    "not_implemented": 501,
    "store_error": 503, "store_unavailable": 503,
    "timeout": 504,
}
DEFAULT_HTTP_STATUS = 422
EXIT_STATUS: dict[str, int] = {"too_complex": 1, "non_finite_number": 1}
DEFAULT_EXIT_STATUS = 2


def http_status(code: str) -> int:
    return HTTP_STATUS.get(code, DEFAULT_HTTP_STATUS)


def exit_status(code: str) -> int:
    return EXIT_STATUS.get(code, DEFAULT_EXIT_STATUS)


def error_json(error: PharmalensError, parameter: str | None = None) -> dict[str, object]:
    body: dict[str, object] = {"code": error.code, "message": error.message}
    if parameter or getattr(error, "parameter", None):
        body["parameter"] = parameter or error.parameter  # type: ignore[attr-defined]
    return {"error": body}
