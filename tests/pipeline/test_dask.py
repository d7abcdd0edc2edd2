"""Extraction on Dask: a LocalCluster of two worker processes, and a scheduler at a tcp:// address
whose worker is killed mid-run. Writes go through the same store code, to PostgreSQL when
PHARMALENS_TEST_POSTGRES_URL is set (as in CI), else to SQLite."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from pharmalens import pipeline
from pharmalens.pipeline.executors import Failed, Job
from pharmalens.settings import Settings
from pharmalens.store import Store

from .corpus import write_news
from .test_run import ONE, snapshot

dask = pytest.importorskip("dask")


def inline_snapshot(news: Path, tmp_path: Path) -> dict:
    with Store(f"sqlite:///{tmp_path / 'inline.db'}") as inline:
        inline.upgrade()
        pipeline.run([news], inline, ONE)
        return snapshot(inline)


def test_a_local_cluster_stores_what_one_process_stores(tmp_path: Path, server_url: str) -> None:
    news = write_news(tmp_path / "news")
    expected = inline_snapshot(news, tmp_path)
    with Store(server_url) as store:
        store.upgrade()
        report = pipeline.run([news], store, Settings(workers=2, dask="local"))
        assert snapshot(store) == expected
        assert (report.stored, report.duplicates, report.skipped) == (4, 1, [])


def test_a_job_that_kills_its_workers_is_reported_and_the_rest_finish() -> None:
    from pharmalens.pipeline.dask_cluster import DaskWorkers

    jobs = [Job("first", abs, (-2,)), Job("dies", os._exit, (3,)), Job("last", abs, (-5,))]
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}):
        executor = DaskWorkers("local", 2)
        try:
            outcomes = {job.key: result for job, result in executor.results(jobs)}
        finally:
            executor.close()
    assert outcomes["first"] == 2 and outcomes["last"] == 5
    assert isinstance(outcomes["dies"], Failed) and outcomes["dies"].code == "worker_died"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for_workers(address: str, count: int) -> None:
    from distributed import Client

    with Client(address, timeout="20s") as client:
        client.wait_for_workers(count, timeout=60)


@pytest.fixture
def scheduler(tmp_path: Path) -> Iterator[tuple[str, list[subprocess.Popen]]]:
    address = f"tcp://127.0.0.1:{free_port()}"
    started = [subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1",
                                 "--port", address.rsplit(":", 1)[1], "--dashboard-address", ":0", "--no-show"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    workers = [subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_worker", address,
                                 "--nthreads", "1", "--no-nanny",
                                 "--host", "127.0.0.1", "--local-directory", str(tmp_path / f"w{n}")],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) for n in range(2)]
    started += workers
    try:
        wait_for_workers(address, 2)
        yield address, workers
    finally:
        for process in reversed(started):
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        for process in started:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()


def test_a_worker_killed_mid_run_loses_nothing_and_a_rerun_is_a_no_op(tmp_path: Path, server_url: str,
                                                                      scheduler) -> None:
    address, workers = scheduler
    news = write_news(tmp_path / "news", updates=12)  # enough files that the killed worker has work in flight
    expected = inline_snapshot(news, tmp_path)

    def kill_one_worker(_name: str) -> None:
        if workers[0].poll() is None:
            workers[0].kill()
            workers[0].wait()

    settings = Settings(workers=2, dask=address)
    with Store(server_url) as store:
        store.upgrade()
        started = time.monotonic()
        report = pipeline.run([news], store, settings, on_file=kill_one_worker)
        assert time.monotonic() - started < 120
        assert workers[0].poll() is not None and report.skipped == []
        assert snapshot(store) == expected
        again = pipeline.run([news], store, settings)
        assert again.stored == 0 and snapshot(store) == expected
