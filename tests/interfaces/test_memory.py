"""A serving process loads its templates and tables and freezes what it has loaded once its app
starts, and only once."""
import json
import os
import subprocess
import sys
from pathlib import Path

PROGRAM = """
import gc, json, sys
from fastapi.testclient import TestClient
from pharmalens.interfaces.api import create_app
from pharmalens.documents import language
from pharmalens.interfaces import web
from pharmalens.resolve import currency
url = sys.argv[1]
before = gc.get_freeze_count()
with TestClient(create_app(url, api_token=None)) as client:
    client.get("/api/documents")
    first = gc.get_freeze_count()
    rates_loaded = currency._converter.cache_info().currsize
    templates = sorted(name for _loader, name in web._env.cache)
    numpy_ma = "numpy.ma" in sys.modules
    converters = language._converter.cache_info().currsize
with TestClient(create_app(url, api_token=None)) as client:
    second = gc.get_freeze_count()
print(json.dumps({"before": before, "first": first, "second": second, "rates": rates_loaded,
                  "templates": templates, "numpy_ma": numpy_ma, "converters": converters}))
"""


def test_the_first_app_to_start_loads_and_freezes_and_later_ones_do_not(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    done = subprocess.run([sys.executable, "-c", PROGRAM, f"sqlite:///{tmp_path / 'store.db'}"], env=env,
                          capture_output=True, text=True, timeout=120, check=True)
    counts = json.loads(done.stdout.strip().splitlines()[-1])
    assert counts["before"] == 0
    assert counts["first"] > 10_000  # the imported modules and the rate tables at least
    assert counts["rates"] == 1  # loaded before freezing, so never scanned again
    # compiled before the first request, though only /api/documents was asked for
    assert {"deals.html", "company.html", "landscape.html", "_macros.html"} <= set(counts["templates"])
    assert counts["numpy_ma"] and counts["converters"] == 2  # simplified and traditional Chinese
    assert counts["second"] <= counts["first"]  # frozen objects may be freed; nothing more was frozen
