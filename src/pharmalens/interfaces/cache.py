"""Results of analyses, kept until the store changes (optional: every read is indexed and paged).

Each result is kept under its request key and the store's fingerprint (the write counter kept in
`store_counts`), so a repeated request costs one indexed read and a write anywhere (an ingest in
another process included) makes every kept result stale."""
from __future__ import annotations

from collections import OrderedDict
from threading import Lock
from typing import Any, Callable, Hashable

from ..store import Store


class ResultCache:
    def __init__(self, size: int = 256) -> None:
        self._size = size
        self._items: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = Lock()

    def get(self, store: Store, key: Hashable, compute: Callable[[], Any], fingerprint: int | None = None) -> Any:
        """The result kept under `key` for the store as it is (`fingerprint`, read when not given)."""
        full_key = (key, store.fingerprint() if fingerprint is None else fingerprint)
        with self._lock:
            if full_key in self._items:
                self._items.move_to_end(full_key)
                return self._items[full_key]
        value = compute()
        with self._lock:
            self._items[full_key] = value
            while len(self._items) > self._size:
                self._items.popitem(last=False)
        return value
