"""Results of analyses, kept until the store changes (optional: every read is indexed and paged).

Each result is kept under its request key with the store's fingerprint (the write counter kept in
`store_counts`) when it was computed; a repeated request costs one indexed read. A write anywhere
makes the kept result stale, with two allowances that keep a busy server from recomputing one result
per request while an ingest in another process writes many times a second:

- a result may lag writes made by *other* processes by up to `lag` seconds
  (`PHARMALENS_RESULT_LAG`, default 1; 0: never); a write made by this process (an upload, a
  correction, any `Store` here) is always seen by the next request;
- while one request recomputes a result, the others asking for it get the kept one instead of
  computing it too (unless this process has written since it was computed).
"""
from __future__ import annotations

import time
from collections import OrderedDict
from dataclasses import dataclass
from threading import Lock
from typing import Any, Callable, Hashable

from ..store import Store


@dataclass(frozen=True)
class _Kept:
    value: Any
    fingerprint: int
    written_here: int  # this process's writes when it was computed
    at: float  # when its computation started


class ResultCache:
    def __init__(self, size: int = 256, lag: float = 1.0) -> None:
        self._size = size
        self._lag = lag
        self._items: OrderedDict[Hashable, _Kept] = OrderedDict()
        self._computing: set[Hashable] = set()
        self._lock = Lock()

    def get(self, store: Store, key: Hashable, compute: Callable[[], Any], fingerprint: int | None = None) -> Any:
        """The result kept under `key` if the store (`fingerprint`, read when not given) allows, else `compute()`."""
        fingerprint = store.fingerprint() if fingerprint is None else fingerprint
        here, started = store.written_here(), time.monotonic()
        with self._lock:
            kept = self._items.get(key)
            if kept is not None and self._usable(kept, key, fingerprint, here, started):
                self._items.move_to_end(key)
                return kept.value
            self._computing.add(key)
        try:
            value = compute()
        finally:
            with self._lock:
                self._computing.discard(key)
        with self._lock:
            latest = self._items.get(key)
            if latest is None or latest.at <= started:
                self._items[key] = _Kept(value, fingerprint, here, started)
                self._items.move_to_end(key)
            while len(self._items) > self._size:
                self._items.popitem(last=False)
        return value

    def _usable(self, kept: _Kept, key: Hashable, fingerprint: int, here: int, now: float) -> bool:
        if kept.fingerprint == fingerprint:
            return True
        if kept.written_here != here:
            return False
        return key in self._computing or now - kept.at <= self._lag
