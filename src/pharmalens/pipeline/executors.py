"""Where extraction runs: in this process, in worker processes, or on Dask workers (dask_cluster.py).

Each executor takes (key, function, arguments) jobs and hands back outcomes in submission order,
keeping at most `window` jobs in flight so memory stays bounded on any input size. A job whose
worker died comes back as `WorkerDied`; the others go on."""
from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:  # worker processes (multiprocessing, concurrent.futures) are imported by the executor that starts them
    from concurrent.futures import Future, ProcessPoolExecutor


@dataclass(frozen=True)
class Job:
    key: str
    function: Callable[..., Any]
    args: tuple[Any, ...]


@dataclass(frozen=True)
class Failed:
    """The job raised (`code` "error") or its worker process died ("worker_died")."""

    code: str
    reason: str


class Executor(Protocol):
    def results(self, jobs: Iterable[Job]) -> Iterator[tuple[Job, Any]]: ...

    def close(self) -> None: ...


def run_job(job: Job) -> Any:
    try:
        return job.function(*job.args)
    except Exception as exc:  # reported for this job; the batch goes on
        return Failed("error", f"{type(exc).__name__}: {exc}")


class InProcess:
    """Jobs run one after another in this process: no start-up cost, for small batches."""

    def results(self, jobs: Iterable[Job]) -> Iterator[tuple[Job, Any]]:
        for job in jobs:
            yield job, run_job(job)

    def close(self) -> None:
        pass


class Windowed:
    """Jobs submitted ahead, at most `window` in flight, outcomes taken in submission order."""

    window: int

    def submit(self, job: Job) -> Future:
        raise NotImplementedError

    def collect(self, job: Job, future: Future, pending: deque[tuple[Job, Future]]) -> Iterator[tuple[Job, Any]]:
        yield job, future.result()

    def results(self, jobs: Iterable[Job]) -> Iterator[tuple[Job, Any]]:
        pending: deque[tuple[Job, Future]] = deque()
        jobs = iter(jobs)
        while True:
            while len(pending) < self.window and (job := next(jobs, None)) is not None:
                pending.append((job, self.submit(job)))
            if not pending:
                return
            job, future = pending.popleft()
            yield from self.collect(job, future, pending)


class Processes(Windowed):
    """A pool of worker processes started from a clean fork server (never forked from a process
    that runs threads). When a worker dies, the jobs in flight are run again one at a time, so
    only the job that kills its worker is reported."""

    def __init__(self, workers: int, window: int | None = None) -> None:
        self.workers = workers
        self.window = window or 4 * workers
        self._pool = self._start()

    def _start(self) -> ProcessPoolExecutor:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["pharmalens.pipeline.work"])
        return ProcessPoolExecutor(self.workers, mp_context=context)

    def _restart(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
        self._pool = self._start()

    def submit(self, job: Job) -> Future:
        return self._pool.submit(run_job, job)

    def collect(self, job: Job, future: Future, pending: deque[tuple[Job, Future]]) -> Iterator[tuple[Job, Any]]:
        from concurrent.futures.process import BrokenProcessPool

        try:
            yield job, future.result()
        except BrokenProcessPool:
            retry = [job] + [waiting for waiting, _ in pending]
            pending.clear()
            yield from self._one_at_a_time(retry)

    def _one_at_a_time(self, jobs: list[Job]) -> Iterator[tuple[Job, Any]]:
        from concurrent.futures.process import BrokenProcessPool

        self._restart()
        for job in jobs:
            try:
                result = self.submit(job).result()
            except BrokenProcessPool:
                self._restart()
                result = Failed("worker_died", "the worker process extracting it died")
            yield job, result

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
