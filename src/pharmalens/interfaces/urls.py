"""Links as the pages write them, thousands a page: a path segment and a query string, each value
percent-encoded once and remembered (table cells repeat the same document ids, fact ids and field
names). The strings are those of `urllib.parse.quote(.., safe="")` and `urlencode`."""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any
from urllib.parse import quote, quote_plus

_REMEMBERED = 8192


@lru_cache(maxsize=_REMEMBERED)
def segment(text: str) -> str:
    """`text` as one path segment (a "/" in it encoded too)."""
    return quote(text, safe="")


@lru_cache(maxsize=_REMEMBERED)
def _plus(text: str) -> str:
    return quote_plus(text)


def _encoded(value: Any) -> str:
    return quote_plus(value) if isinstance(value, bytes) else _plus(str(value))


@lru_cache(maxsize=_REMEMBERED)
def _pair(key: str, value: str) -> str:
    return _plus(key) + "=" + _plus(value)


def parameter(key: Any, value: Any) -> str:
    """One `key=value` of a query string (a cell's fact id or field name comes back many times a page)."""
    if isinstance(key, bytes) or isinstance(value, bytes):
        return _encoded(key) + "=" + _encoded(value)
    return _pair(str(key), str(value))


def query_string(params: Mapping[str, Any] | Iterable[tuple[str, Any]]) -> str:
    """`urlencode(params)`: key=value pairs in order, joined by "&"."""
    pairs = params.items() if isinstance(params, Mapping) else params
    return "&".join(parameter(key, value) for key, value in pairs)
