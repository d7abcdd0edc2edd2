"""A serving process's long-lived objects loaded before the first request and kept out of the
garbage collector's full passes.

The ECB rate tables (tens of thousands of dates), the OpenCC converters, the nuclide table, the
compiled page templates and the imported modules (numpy.ma among them) live as long as the process.
Loaded lazily, each cost the first request that needed it (20-100 ms); and a full collection walks
all of them each time, about 70-130 ms on a 2-core machine, landing on whichever request happens to
allocate at that moment. Once they are loaded, `gc.freeze()` moves them to a generation that is
never scanned; what requests allocate afterwards is collected as before.
"""
from __future__ import annotations

import gc
import importlib
from decimal import Decimal

from ..analysis.asset_index import canonical_nuclide
from ..documents.language import to_simplified, to_traditional
from ..model.records import Money
from ..resolve.currency import with_usd
from . import web

_settled = False


def settle() -> bool:
    """Load what pages read (`_load`), collect, and freeze what is alive;
    once per process (later calls do nothing and answer False), so that short-lived apps, as in
    tests, do not pile up."""
    global _settled
    if _settled:
        return False
    _load()
    gc.collect()
    gc.freeze()
    _settled = True
    return True


def _load() -> None:
    """What pages otherwise load on first use."""
    with_usd(Money(Decimal(1), "EUR"), "2024-01-02")  # the ECB rate tables
    to_traditional(to_simplified("药业"))  # the OpenCC converters (company names, folding): 80 ms
    canonical_nuclide("Lu-177")  # the nuclide table (comps and landscape filters)
    web.compile_templates()
    importlib.import_module("numpy.ma")  # np.percentile (the deals page's quartiles) imports it on first use: 25 ms
