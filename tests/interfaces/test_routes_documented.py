"""Every API route and web page the server answers is described in docs/web.md."""
import re
from pathlib import Path

from pharmalens.interfaces.api import create_app

DOC = (Path(__file__).resolve().parents[2] / "docs" / "web.md").read_text(encoding="utf-8")


def test_every_route_is_documented(tmp_path):
    app = create_app(f"sqlite:///{tmp_path / 'routes.db'}")
    missing = []
    for route in app.routes:
        path = getattr(route, "path", "")
        if not path.startswith("/api/") and path not in ("/", "/landscape", "/deals", "/assets", "/companies", "/documents"):
            continue
        if path.startswith("/api/"):
            segment = path.split("/")[2]
            if not re.search(rf"/api/[^\s`]*\b{re.escape(segment)}\b", DOC):
                missing.append(path)
        elif f"`{path}`" not in DOC:
            missing.append(path)
    assert not missing, f"routes missing from docs/web.md: {missing}"
