"""Serving under load, against real servers on 127.0.0.1: several worker processes, request deadlines
that stop the database work of a slow request (and of a client that left), and the next request
answered promptly afterwards."""
from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from fastapi import Request
from sqlalchemy import text

from pharmalens.interfaces.api import create_app
from pharmalens.pipeline import run
from pharmalens.settings import Settings, SettingsError
from pharmalens.store import Store

NEWS = ("HANGZHOU, May 4, 2026 -- Qiantang Isotope Co., Ltd. granted Larkspur Therapeutics Inc. an exclusive "
        "license to QT-77, a Phase II Ac-225 radioligand, for an upfront payment of $30 million.\n")
NEWS_ZH = "钱塘同位素公司与云杉生物签署许可协议，首付款3000万元人民币，QT-78处于临床I期。\n"
# never ends by itself: only the deadline (or the client leaving) stops it
ENDLESS = "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(*) FROM n"


def filled(url: str, folder: Path) -> str:
    folder.mkdir(exist_ok=True)
    (folder / "qiantang.txt").write_text(NEWS, encoding="utf-8")
    (folder / "qiantang_zh.txt").write_text(NEWS_ZH, encoding="utf-8")
    with Store(url) as store:
        store.upgrade()
        run(sorted(folder.iterdir()), store, Settings(workers=1))
    return url


def slow_app(url: str, timeout: float, finished: list[float]):
    """The real app with one extra route whose query runs until its deadline stops it."""
    app = create_app(settings=Settings(database_url=url, request_timeout=timeout))

    @app.get("/test/endless")
    def endless(request: Request) -> dict:
        try:
            with request.app.state.store._reading() as session:
                return {"count": session.execute(text(ENDLESS)).scalar()}
        finally:
            finished.append(time.monotonic())

    return app


def test_a_slow_request_is_stopped_and_the_next_is_answered(url, tmp_path, uvicorn_on_loopback):
    finished: list[float] = []
    with uvicorn_on_loopback(slow_app(filled(url, tmp_path / "news"), 1.0, finished)) as base:
        started = time.monotonic()
        response = httpx.get(base + "/test/endless", timeout=60)
        assert response.status_code == 504, response.text
        assert response.json()["error"]["code"] == "timeout"
        assert finished and finished[0] - started < 10, "the query kept running after the deadline"
        asked = time.monotonic()
        documents = httpx.get(base + "/api/documents", timeout=60)
        assert documents.status_code == 200 and documents.json()["total"] == 2
        assert time.monotonic() - asked < 5


def test_work_for_a_client_that_left_stops(url, tmp_path, uvicorn_on_loopback):
    finished: list[float] = []
    with uvicorn_on_loopback(slow_app(filled(url, tmp_path / "news"), 120.0, finished)) as base:
        with pytest.raises(httpx.ReadTimeout):
            httpx.get(base + "/test/endless", timeout=1.0)
        left = time.monotonic()
        while not finished and time.monotonic() - left < 30:
            time.sleep(0.05)
        assert finished, "the query for a client that disconnected was still running after 30 s"
        assert finished[0] - left < 15
        assert httpx.get(base + "/api/documents", timeout=60).json()["total"] == 2


def test_request_timeout_setting(monkeypatch):
    monkeypatch.setenv("PHARMALENS_REQUEST_TIMEOUT", "2.5")
    assert Settings.from_env().request_timeout == 2.5
    monkeypatch.setenv("PHARMALENS_REQUEST_TIMEOUT", "soon")
    with pytest.raises(SettingsError, match="PHARMALENS_REQUEST_TIMEOUT"):
        Settings.from_env()


def children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(child) for child in (task / "children").read_text().split()]
    return found


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="counts worker processes through /proc")
def test_serve_with_several_worker_processes(server_url, tmp_path, free_port, stop_server):
    database = filled(server_url, tmp_path / "news")
    port = free_port()
    env = {**os.environ, "PHARMALENS_DATABASE_URL": "sqlite:///" + str(tmp_path / "not-this-one.db")}
    server = subprocess.Popen([sys.executable, "-m", "pharmalens", "serve", "--workers", "2", "--port", str(port),
                               "--database", database], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        base, deadline, totals = f"http://127.0.0.1:{port}", time.monotonic() + 120, []
        while len(totals) < 6:
            assert server.poll() is None, server.stderr.read().decode()[-2000:]
            assert time.monotonic() < deadline, "serve --workers 2 did not answer within 120 s"
            try:
                totals.append(httpx.get(base + "/api/documents", timeout=30).json()["total"])
            except httpx.TransportError:
                time.sleep(0.5)
        assert totals == [2] * 6  # the --database given, in every worker
        assert len(children(server.pid)) >= 2
        assert httpx.get(base + "/", headers={"Host": "evil.example"}, timeout=30).status_code == 400
    finally:
        stop_server(server)
    assert not (tmp_path / "not-this-one.db").exists()


def test_workers_rebuild_the_same_settings(monkeypatch):
    from pharmalens.interfaces.serve_cli import environment_of
    settings = dataclasses.replace(Settings(), database_url="sqlite:///elsewhere.db",
                                   allowed_hosts=("a.example", "b.example"))
    for name, value in environment_of(settings).items():
        monkeypatch.setenv(name, value)
    rebuilt = Settings.from_env()
    assert (rebuilt.database_url, rebuilt.allowed_hosts) == (settings.database_url, settings.allowed_hosts)


def worker_processes(pid: int) -> list[str]:
    """The command lines of the uvicorn worker processes `pid` started (multiprocessing's resource
    tracker, if any, is not a worker)."""
    lines = [(Path(f"/proc/{child}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace"))
             for child in children(pid)]
    return [line for line in lines if "resource_tracker" not in line]


@pytest.mark.skipif(not hasattr(os, "sched_setaffinity") or not Path("/proc/self/task").exists(),
                    reason="pins the server to cores and counts its workers through /proc")
@pytest.mark.parametrize("allowed", [1, 2])
def test_serve_without_workers_starts_one_worker_per_core_it_may_run_on(allowed, server_url, tmp_path, free_port,
                                                                        stop_server):
    """On two cores, two worker processes; pinned to one core of a bigger machine, one process serving
    in itself (no workers), however many cores the machine has."""
    cores = sorted(os.sched_getaffinity(0))[:allowed]
    if len(cores) < allowed or (allowed == 1 and (os.cpu_count() or 1) < 2):
        pytest.skip("needs more cores than the server is pinned to")
    database = filled(server_url, tmp_path / "news")
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "pharmalens", "serve", "--port", str(port), "--database", database],
                              preexec_fn=lambda: os.sched_setaffinity(0, cores),  # the cores serve may use
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        base, deadline = f"http://127.0.0.1:{port}", time.monotonic() + 120
        while True:
            assert server.poll() is None, server.stderr.read().decode()[-2000:]
            assert time.monotonic() < deadline, "serve did not answer within 120 s"
            try:
                if httpx.get(base + "/api/documents", timeout=30).json()["total"] == 2:
                    break
            except httpx.TransportError:
                time.sleep(0.5)
        workers = len(cores) if len(cores) > 1 else 0  # one core: the server process serves by itself
        while len(worker_processes(server.pid)) < workers and time.monotonic() < deadline:
            time.sleep(0.2)
        assert len(worker_processes(server.pid)) == workers, worker_processes(server.pid)
    finally:
        stop_server(server)
