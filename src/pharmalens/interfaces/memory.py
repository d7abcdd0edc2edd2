"""A serving process's long-lived objects kept out of the garbage collector's full passes.

The ECB rate tables (tens of thousands of dates), the vocabularies, the compiled patterns and the
imported modules live as long as the process. A full collection walks all of them each time: about
70-130 ms on a 2-core machine, landing on whichever request happens to allocate at that moment. Once
they are loaded, `gc.freeze()` moves them to a generation that is never scanned; what requests
allocate afterwards is collected as before.
"""
from __future__ import annotations

import gc
from decimal import Decimal

from ..model.records import Money
from ..resolve.currency import with_usd

_settled = False


def settle() -> bool:
    """Load the rate tables pages read, collect, and freeze what is alive; once per process (later
    calls do nothing and answer False), so that short-lived apps, as in tests, do not pile up."""
    global _settled
    if _settled:
        return False
    with_usd(Money(Decimal(1), "EUR"), "2024-01-02")
    gc.collect()
    gc.freeze()
    _settled = True
    return True
