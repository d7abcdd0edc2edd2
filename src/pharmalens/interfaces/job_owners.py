"""The server process that owns an ingest job, and whether it still runs.

An owner is "<host>:<pid>:<process start time>:<queue>": the start time tells a live process from a
later one that reuses the pid; the queue part tells apart two job queues of one process. Only processes of this host can be checked; a job owned on another host is left
to that host's servers."""
from __future__ import annotations

import socket
import uuid

import psutil

_START_TOLERANCE = 0.01  # seconds; start times are read back from a string with 3 decimals


def new_owner() -> str:
    """A new owner name: this process, and a queue of its own."""
    process = psutil.Process()
    return f"{socket.gethostname()}:{process.pid}:{process.create_time():.3f}:{uuid.uuid4().hex[:12]}"


def has_ended(owner: str | None) -> bool:
    """True when `owner` was a process of this host that has ended (or the job predates owners);
    False while it runs, and for another host's processes, which cannot be checked from here."""
    if not owner:
        return True
    host, pid, started = _parts(owner)
    if host != socket.gethostname():
        return False
    if pid is None:
        return True
    try:
        process = psutil.Process(pid)
        alive = process.status() != psutil.STATUS_ZOMBIE
        return not alive or abs(process.create_time() - started) > _START_TOLERANCE
    except psutil.NoSuchProcess:
        return True
    except psutil.AccessDenied:
        return False


def _parts(owner: str) -> tuple[str, int | None, float]:
    host, pid, started, *_queue = (*owner.split(":"), "", "")
    try:
        return host, int(pid), float(started)
    except ValueError:
        return host, None, 0.0
