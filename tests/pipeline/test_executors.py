"""Executors hand back every job's outcome in submission order; a job that raises or kills its
worker is reported alone and the other jobs still run."""
from __future__ import annotations

import math
import os

import pytest

from pharmalens.pipeline.executors import Failed, InProcess, Job, Processes

JOBS = [Job("root of 16", math.sqrt, (16,)), Job("not a number", int, ("x",)), Job("dies", os._exit, (3,)),
        Job("root of 81", math.sqrt, (81,)), Job("factorial", math.factorial, (5,))]


def test_in_process_reports_an_exception_as_a_failed_job() -> None:
    outcomes = dict((job.key, result) for job, result in InProcess().results(JOBS[:2]))
    assert outcomes["root of 16"] == 4.0
    assert isinstance(outcomes["not a number"], Failed) and outcomes["not a number"].code == "error"
    assert "ValueError" in outcomes["not a number"].reason


@pytest.mark.parametrize("window", [1, 8])
def test_a_dying_worker_loses_only_its_own_job(window: int) -> None:
    executor = Processes(2, window=window)
    try:
        outcomes = list(executor.results(JOBS))
        again = list(executor.results(JOBS[:1]))  # the pool works after a death
    finally:
        executor.close()
    assert [job.key for job, _ in outcomes] == [job.key for job in JOBS]
    results = {job.key: result for job, result in outcomes}
    assert results["dies"] == Failed("worker_died", "the worker process extracting it died")
    assert results["not a number"].code == "error"
    assert (results["root of 16"], results["root of 81"], results["factorial"]) == (4.0, 9.0, 120)
    assert again[0][1] == 4.0
