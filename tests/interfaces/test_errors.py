"""One error base class: every error class of the package is a PharmalensError with a stable code,
and the interfaces turn a code into an HTTP status and an exit status in one place."""
from __future__ import annotations

import importlib
import pkgutil
import warnings

import pharmalens
from pharmalens.analysis.errors import AnalysisError, SpecError
from pharmalens.interfaces.api import create_app
from pharmalens.interfaces.errors import exit_status, http_status
from pharmalens.interfaces.queries import QueryError
from pharmalens.model.errors import PharmalensError
from pharmalens.settings import SettingsError
from pharmalens.store import StoreError

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


def every_subclass(cls: type) -> set[type]:
    found = set()
    for sub in cls.__subclasses__():
        found |= {sub} | every_subclass(sub)
    return found


def test_every_error_class_of_the_package_is_one_kind_with_a_code():
    for module in pkgutil.walk_packages(pharmalens.__path__, "pharmalens."):
        if ".migrations" not in module.name:
            importlib.import_module(module.name)
    ours = {c for c in every_subclass(BaseException) if c.__module__.startswith("pharmalens.")} - {PharmalensError}
    assert {StoreError, AnalysisError, SpecError, QueryError, SettingsError} <= ours
    assert sorted(c.__qualname__ for c in ours if not issubclass(c, PharmalensError)) == []
    assert all(isinstance(c.code, str) and c.code and c.code != "error" for c in ours), \
        sorted(c.__qualname__ for c in ours if c.code == "error")


def test_codes_map_once_to_statuses():
    assert http_status("not_found") == 404 and http_status("unauthorized") == 401
    assert http_status("store_error") == 503 and http_status("spec_invalid") == 422
    assert exit_status("bad_setting") == 2 and exit_status("too_complex") == 1


def test_an_error_a_route_does_not_catch_is_json_with_its_code(tmp_path):
    app = create_app(f"sqlite:///{tmp_path / 'e.db'}")

    @app.get("/api/raise/{kind}")
    def fail(kind: str):
        raise {"store": StoreError("the database went away"), "spec": SpecError("x", "missing", "a number"),
               "setting": SettingsError("PHARMALENS_X='y': not a number")}[kind]

    with TestClient(app, base_url="http://127.0.0.1") as client:
        for kind, status, code in (("store", 503, "store_error"), ("spec", 422, "spec_invalid"),
                                   ("setting", 422, "bad_setting")):
            response = client.get(f"/api/raise/{kind}")
            assert response.status_code == status and response.json()["error"]["code"] == code
