"""Fixtures of the interface tests."""
from __future__ import annotations

import time

import pytest


@pytest.fixture
def job_outcome():
    """A function that waits for the ingest job a `POST /api/ingest` response (202) names to end, and
    returns the job as `GET /api/ingest/jobs/{id}` shows it."""
    def wait(client, response, token: str, seconds: float = 120) -> dict:
        assert response.status_code == 202, response.text
        headers = {"Authorization": f"Bearer {token}"}
        deadline = time.monotonic() + seconds
        while True:
            job = client.get(response.json()["url"], headers=headers).json()
            if job["status"] in ("done", "failed"):
                return job
            assert time.monotonic() < deadline, f"ingest job still {job['status']} after {seconds} s"
            time.sleep(0.05)
    return wait


@pytest.fixture
def stop_server():
    """A function that stops a `pharmalens serve` subprocess as Ctrl-C would, killing it after 30 s."""
    import signal
    import subprocess

    def stop(server: subprocess.Popen) -> None:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    return stop
