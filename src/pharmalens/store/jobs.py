"""Ingest jobs: an upload queued by the API, its status (queued, running, done, failed) and outcome."""
from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.orm import Session

from .schema import IngestJobRow, utc_now

STATUSES = ("queued", "running", "done", "failed")


def add_job(session: Session, name: str) -> str:
    job_id = uuid.uuid4().hex  # not a content hash: two uploads of one file are two jobs
    session.add(IngestJobRow(id=job_id, name=name, status="queued", submitted_at=utc_now()))
    return job_id


def set_status(session: Session, job_id: str, status: str, outcome: dict[str, Any] | None = None) -> None:
    if status not in STATUSES:
        raise ValueError(f"unknown job status {status!r}")
    row = session.get(IngestJobRow, job_id)
    if row is None:
        raise LookupError(job_id)
    row.status = status
    if outcome is not None:
        row.outcome = outcome
    if status in ("done", "failed"):
        row.finished_at = utc_now()


def read_job(session: Session, job_id: str) -> dict[str, Any] | None:
    row = session.get(IngestJobRow, job_id)
    if row is None:
        return None
    return {"id": row.id, "name": row.name, "status": row.status,
            "submitted_at": row.submitted_at.isoformat() if row.submitted_at else None,
            "finished_at": row.finished_at.isoformat() if row.finished_at else None,
            "outcome": row.outcome}
