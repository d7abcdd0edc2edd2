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


def query_string(params: Mapping[str, Any] | Iterable[tuple[str, Any]]) -> str:
    """`urlencode(params)`: key=value pairs in order, joined by "&"."""
    pairs = params.items() if isinstance(params, Mapping) else params
    return "&".join(_encoded(key) + "=" + _encoded(value) for key, value in pairs)
