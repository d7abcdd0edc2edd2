"""Uploads off the request path: `POST /api/ingest` stores the file's bytes in a temporary folder,
records a job (store: `ingest_jobs`) and answers 202 at once; one background thread per server
process ingests the queued files in turn and records each job's outcome, which
`GET /api/ingest/jobs/{id}` reports from any process. A job whose server process ended before
finishing it (killed, crashed, stopped) is reported `failed` with the code `interrupted`, when any
server starts and whenever the job is read; each document is stored in its own transaction, so what
the job stored before is whole and uploading the file again adds the rest."""
from __future__ import annotations

import dataclasses
import logging
import queue
import shutil
import tempfile
import threading
from glob import glob
from pathlib import Path
from typing import Any

from ..model.errors import PharmalensError
from ..pipeline import RunReport, run
from ..settings import Settings
from ..store import Store
from .job_owners import has_ended, new_owner
from .queries import bad_parameter

log = logging.getLogger(__name__)
STOP_WAIT_SECONDS = 30
UPLOAD_SUFFIXES = (".txt", ".md", ".html", ".htm")
MAX_NAME_BYTES = 255
UNFINISHED = ("queued", "running")
INTERRUPTED = ("interrupted", "the server process stopped before this upload was ingested; documents it had "
               "stored are kept whole: upload the file again to store the rest (what is stored stays unchanged)")


def upload_name(filename: str | None) -> str:
    """The upload's file name as stored: its last part, with a news suffix, at most 255 bytes, safe characters."""
    name = Path(filename or "").name.strip()
    if not name or Path(name).suffix.lower() not in UPLOAD_SUFFIXES:
        raise bad_parameter("file", f"need a file name ending in {', '.join(UPLOAD_SUFFIXES)}")
    if len(name.encode("utf-8")) > MAX_NAME_BYTES:
        raise bad_parameter("file", f"the file name is longer than {MAX_NAME_BYTES} bytes")
    return "".join(c if c.isalnum() or c in "._-" else "_" for c in name)


def summary_json(summary: RunReport, path: Path, name: str) -> dict[str, Any]:
    """What one upload did, naming the upload, never the temporary path on the server."""
    return {"files": summary.files, "articles": summary.articles, "stored": summary.stored,
            "unchanged": summary.unchanged, "duplicates": summary.duplicates, "facts": dict(summary.facts),
            "skipped": [{"item": name if s.item == str(path) else Path(s.item).name, "code": s.code,
                         "reason": s.reason} for s in summary.skipped]}


class IngestJobs:
    """The queue of one server process and the one thread that works through it."""

    def __init__(self, store: Store, settings: Settings) -> None:
        self._store = store
        self._settings = dataclasses.replace(settings, workers=1, dask=None)
        self._queue: queue.Queue[tuple[str, Path, str] | None] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._owner = new_owner()
        self.recover()

    def submit(self, name: str, data: bytes) -> dict[str, Any]:
        """Queue one upload; returns the job as `GET /api/ingest/jobs/{id}` shows it now."""
        job_id = self._store.queue_job(name, self._owner)
        folder = Path(tempfile.mkdtemp(prefix=_folder_prefix(job_id)))
        path = folder / name
        path.write_bytes(data)
        self._queue.put((job_id, path, name))
        self._start()
        return {"id": job_id, "name": name, "status": "queued", "url": f"/api/ingest/jobs/{job_id}"}

    def job(self, job_id: str) -> dict[str, Any] | None:
        """One job as the store has it, ended as `interrupted` first if its server process has ended."""
        job = self._store.job(job_id)
        if job is not None and job["status"] in UNFINISHED:
            owner = self._store.job_owner(job_id)
            if has_ended(owner) and _interrupt(self._store, owner, job_id):
                job = self._store.job(job_id)
        return job

    def recover(self) -> list[str]:
        """End as `interrupted` every unfinished job whose server process has ended; returns their ids."""
        ended = {owner for _job, owner in self._store.unfinished_jobs() if has_ended(owner)}
        return [job_id for owner in ended for job_id in _interrupt(self._store, owner)]

    def close(self) -> None:
        """Finish the job in hand and stop; jobs still queued end as `interrupted`."""
        with self._lock:
            thread, self._thread = self._thread, None
        if thread is not None:
            self._queue.put(None)
            thread.join(timeout=STOP_WAIT_SECONDS)
        _interrupt(self._store, self._owner)

    def _start(self) -> None:
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._work, name="pharmalens-ingest", daemon=True)
                self._thread.start()

    def _work(self) -> None:
        while (item := self._queue.get()) is not None:
            job_id, path, name = item
            try:
                self._ingest(job_id, path, name)
            except Exception:  # noqa: BLE001 - the store itself failed; the thread goes on with the next job
                log.exception("ingest job %s could not record its outcome", job_id)
            finally:
                shutil.rmtree(path.parent, ignore_errors=True)

    def _ingest(self, job_id: str, path: Path, name: str) -> None:
        self._store.update_job(job_id, "running")
        try:
            summary = run([path], self._store, self._settings)
        except PharmalensError as error:
            self._store.update_job(job_id, "failed", {"error": {"code": error.code, "message": error.message}})
        except Exception as error:  # noqa: BLE001 - reported on the job, with a code, instead of lost
            message = f"{type(error).__name__} while ingesting {name}"
            self._store.update_job(job_id, "failed", {"error": {"code": "ingest_failed", "message": message}})
        else:
            self._store.update_job(job_id, "done", summary_json(summary, path, name))


def _folder_prefix(job_id: str) -> str:
    return f"pharmalens-upload-{job_id}-"


def _interrupt(store: Store, owner: str | None, job_id: str | None = None) -> list[str]:
    """End `owner`'s unfinished jobs (or one) as `interrupted` and remove the uploads they left behind."""
    ended = store.fail_unfinished_jobs(owner, *INTERRUPTED, job_id=job_id)
    for job in ended:
        for folder in glob(str(Path(tempfile.gettempdir()) / (_folder_prefix(job) + "*"))):
            shutil.rmtree(folder, ignore_errors=True)
    if ended:
        log.warning("ingest jobs interrupted by a stopped server process: %s", ", ".join(ended))
    return ended
