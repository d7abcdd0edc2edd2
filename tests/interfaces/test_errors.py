"""One error base class: every error class of the package is a PharmalensError with a stable code,
and the interfaces turn a code into an HTTP status and an exit status in one place."""
from __future__ import annotations

import ast
import importlib
import pkgutil
import warnings
from pathlib import Path

import pytest
import typer

import pharmalens
from pharmalens.analysis import brief as brief_module
from pharmalens.analysis import dossier as dossier_module
from pharmalens.analysis.errors import AnalysisError, SpecError
from pharmalens.interfaces.api import create_app
from pharmalens.interfaces.cli_support import guard
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
    # the codes that replaced bare ValueErrors keep the 422 and exit 2 those had
    for code in ("invalid_input", "filter_invalid", "watchlist_invalid", "watchlist_unknown", "unknown_kind",
                 "cue_set_invalid", "delivery_failed", "bad_status", "unknown_job"):
        assert (http_status(code), exit_status(code)) == (422, 2), code
    assert exit_status("not_found") == 2


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


BANNED = {"ValueError", "LookupError", "KeyError", "RuntimeError"}
# Where Python's own protocols need a built-in: a mapping's __getitem__, __missing__ and __delitem__
# must raise KeyError for `in`, `.get()` and `dict.pop(key, default)` to work. None is written today.
PROTOCOL_RAISES = {("__getitem__", "KeyError"), ("__missing__", "KeyError"), ("__delitem__", "KeyError")}


def bare_raises(source: str) -> list[tuple[int, str, str]]:
    """(line, function, exception name) of every `raise ValueError(...)`-like statement of a module."""
    found = []

    def visit(node: ast.AST, function: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                visit(child, child.name)
                continue
            if isinstance(child, ast.Raise) and child.exc is not None:
                raised = child.exc.func if isinstance(child.exc, ast.Call) else child.exc
                name = raised.attr if isinstance(raised, ast.Attribute) else getattr(raised, "id", "")
                if name in BANNED:
                    found.append((child.lineno, function, name))
            visit(child, function)

    visit(ast.parse(source), "<module>")
    return found


def test_the_ast_scan_sees_every_form_of_a_bare_raise():
    source = ("def f(x):\n    raise ValueError(x)\n"
              "def g():\n    raise builtins.KeyError from None\n"
              "class M:\n    def __getitem__(self, k):\n        raise KeyError(k)\n")
    assert bare_raises(source) == [(2, "f", "ValueError"), (4, "g", "KeyError"), (7, "__getitem__", "KeyError")]


def test_no_module_raises_a_bare_built_in_error():
    """Expected failures are PharmalensErrors with a code; a bare ValueError or LookupError would be
    mapped by no one (a 500 or a traceback), or by a broad handler that also hides real bugs."""
    root = Path(pharmalens.__file__).parent
    found = [f"{path.relative_to(root)}:{line} {function}: raise {name}"
             for path in sorted(root.rglob("*.py"))
             for line, function, name in bare_raises(path.read_text(encoding="utf-8"))
             if (function, name) not in PROTOCOL_RAISES]
    assert found == []


@pytest.mark.parametrize("bug", [KeyError("a missing dict key"), ValueError("a bad int()")])
@pytest.mark.parametrize("route, module, name", [("/api/brief", brief_module, "brief"),
                                                 ("/api/companies/Alpha/dossier", dossier_module, "dossier")])
def test_a_built_in_error_inside_an_analysis_is_a_500_not_a_404_or_422(tmp_path, monkeypatch, bug, route, module,
                                                                        name):
    def broken(*_args, **_kwargs):
        raise bug

    monkeypatch.setattr(module, name, broken)
    app = create_app(f"sqlite:///{tmp_path / 'e.db'}")
    with TestClient(app, base_url="http://127.0.0.1", raise_server_exceptions=False) as client:
        assert client.get(route).status_code == 500


def test_a_missing_thing_an_analysis_reports_is_still_a_404_not_found(tmp_path):
    app = create_app(f"sqlite:///{tmp_path / 'e.db'}")
    with TestClient(app, base_url="http://127.0.0.1") as client:
        for route in ("/api/brief?query=zzz", "/api/companies/Nobody/dossier"):
            response = client.get(route)
            assert response.status_code == 404 and response.json()["error"]["code"] == "not_found", route


def test_the_command_line_guard_maps_coded_errors_and_lets_bugs_through():
    def run(error: Exception) -> None:
        raise error

    with pytest.raises(typer.Exit) as exited:
        guard(run)(PharmalensError("no document 'x'", "not_found"))
    assert exited.value.exit_code == 2
    with pytest.raises(KeyError):
        guard(run)(KeyError("a bug"))


def test_an_mcp_tool_answers_coded_errors_and_lets_bugs_through():
    from mcp.server.mcpserver.exceptions import ToolError

    from pharmalens.interfaces.mcp_server import _answer

    def fail(error: Exception):
        def action() -> dict:
            raise error
        return action

    with pytest.raises(ToolError, match="no document 'x'"):
        _answer(fail(PharmalensError("no document 'x'", "not_found")))
    with pytest.raises(KeyError):
        _answer(fail(KeyError("a bug")))
