"""How the HTTP layer calls an analysis: the optional module, its filters and paging from query
parameters, its coded errors as HTTP errors, and its result as plain JSON."""
from __future__ import annotations

import dataclasses
import importlib
from collections.abc import Callable
from types import ModuleType
from typing import Any

from ..analysis.errors import AnalysisError
from ..model.errors import PharmalensError
from . import queries
from .errors import http_status
from .params import MAX_TEXT
from .queries import QueryError, bad_parameter


def optional_analysis(name: str) -> ModuleType | None:
    """`pharmalens.analysis.<name>` if it exists, else None (its own import errors still raise)."""
    full = f"pharmalens.analysis.{name}"
    try:
        return importlib.import_module(full)
    except ModuleNotFoundError as exc:
        if exc.name == full:
            return None
        raise


def jsonable(value: Any) -> Any:
    if callable(getattr(value, "to_dict", None)):
        return value.to_dict()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    if isinstance(value, (list, tuple)):
        return [jsonable(item) for item in value]
    if isinstance(value, dict):
        return {key: jsonable(item) for key, item in value.items()}
    return value


def call_analysis(function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """An analysis error is a 422 naming its field; any other coded error keeps its status, a 404
    answered as `not_found` like every other missing thing. Built-in exceptions are bugs (500)."""
    try:
        return function(*args, **kwargs)
    except AnalysisError as error:
        raise QueryError(422, error.code, error.message, getattr(error, "field", None)) from None
    except PharmalensError as error:
        if http_status(error.code) == 404:
            raise queries.not_found(error.message) from None
        raise


def comps_filter(module: ModuleType, params: dict[str, str]) -> Any:
    """`module.CompsFilter` from query parameters; an unknown or bad one is a 422 naming it."""
    fields = {f.name: f for f in dataclasses.fields(module.CompsFilter)}
    values: dict[str, Any] = {}
    for name, text in params.items():
        if name not in fields:
            raise bad_parameter(name, f"not a comps filter; allowed: {', '.join(fields)}")
        if len(text) > MAX_TEXT:
            raise bad_parameter(name, f"at most {MAX_TEXT} characters")
        if not text.strip():
            continue
        if name.startswith("year_"):
            if not text.strip().isdigit() or len(text.strip()) > 4:
                raise bad_parameter(name, "must be a year such as 2025")
            values[name] = int(text)
        else:
            values[name] = text.strip()
    for name, value in values.items():
        try:
            module.CompsFilter(**{name: value})
        except AnalysisError as error:
            raise bad_parameter(name, error.message) from None
    try:
        return module.CompsFilter(**values)
    except AnalysisError as error:
        raise bad_parameter(getattr(error, "field", "filters"), error.message) from None


def page_params(params: dict[str, str]) -> tuple[int, int]:
    """`limit` and `offset` taken out of the query parameters (the rest are filters)."""
    values = []
    for name, default in (("limit", 100), ("offset", 0)):
        text = params.pop(name, None)
        if text is not None and (not text.strip().isdigit() or len(text.strip()) > 9):
            raise bad_parameter(name, "must be a whole number below 10^9")
        values.append(int(text) if text is not None else default)
    queries.check_page(*values)
    return values[0], values[1]


def comps_parameters() -> list[dict[str, Any]]:
    """The comps filters and paging as OpenAPI query parameters (read from the query string by `comps_filter`)."""
    module = optional_analysis("comps")
    if module is None:
        return []
    year = {"type": "integer", "minimum": 1900, "maximum": 2100}
    page = {"limit": {"type": "integer", "minimum": 1, "maximum": queries.MAX_LIMIT},
            "offset": {"type": "integer", "minimum": 0, "maximum": queries.MAX_OFFSET}}
    return [{"name": name, "in": "query", "required": False, "schema": schema} for name, schema in page.items()] + [
        {"name": f.name, "in": "query", "required": False,
         "schema": year if f.name.startswith("year_") else {"type": "string", "maxLength": MAX_TEXT}}
        for f in dataclasses.fields(module.CompsFilter)]
