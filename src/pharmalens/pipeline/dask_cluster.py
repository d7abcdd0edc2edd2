"""Extraction on Dask workers: a scheduler at an address ("tcp://host:8786"), or a LocalCluster
of worker processes on this machine ("local"). Results come back to this process, the one writer.

Dask reruns the tasks of a worker that dies on another worker; a file whose tasks kill workers
again and again (Dask's `allowed-failures`) comes back as `worker_died` and the rest go on."""
from __future__ import annotations

import logging
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future
from typing import Any

from .executors import Failed, Job, Windowed, run_job

CONNECT_TIMEOUT = "30s"


class DaskWorkers(Windowed):
    def __init__(self, address: str, workers: int, window: int | None = None) -> None:
        from distributed import Client, LocalCluster

        self._cluster = None
        if address == "local":
            self._cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                         host="127.0.0.1", dashboard_address=":0")
            self._client = Client(self._cluster)
        else:
            self._client = Client(address, timeout=CONNECT_TIMEOUT)
        slots = sum(self._client.nthreads().values()) or workers
        self.window = window or 4 * slots

    @property
    def client(self) -> Any:
        return self._client

    def submit(self, job: Job) -> Future:
        return self._client.submit(run_job, job, pure=False)

    def collect(self, job: Job, future: Future, pending: deque[tuple[Job, Future]]) -> Iterator[tuple[Job, Any]]:
        from distributed import KilledWorker

        try:
            yield job, future.result()
        except KilledWorker:
            yield job, Failed("worker_died", "Dask workers extracting it died too many times")

    def close(self) -> None:
        self._client.close()
        if self._cluster is not None:
            nanny = logging.getLogger("distributed.nanny")
            level = nanny.level
            nanny.setLevel(logging.ERROR)  # "still alive after 4 seconds, killing" is how a local cluster ends
            try:
                self._cluster.close()
            finally:
                nanny.setLevel(level)
