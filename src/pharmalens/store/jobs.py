"""Ingest jobs: an upload queued by the API, its status (queued, running, done, failed) and outcome."""
from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from .database import StoreError
from .schema import IngestJobRow, utc_now

STATUSES = ("queued", "running", "done", "failed")
UNFINISHED = ("queued", "running")


def add_job(session: Session, name: str, owner: str | None = None) -> str:
    job_id = uuid.uuid4().hex  # not a content hash: two uploads of one file are two jobs
    session.add(IngestJobRow(id=job_id, name=name, status="queued", owner=owner, submitted_at=utc_now()))
    return job_id


def unfinished(session: Session) -> list[tuple[str, str | None]]:
    """(id, owner) of every job still queued or running."""
    rows = session.execute(select(IngestJobRow.id, IngestJobRow.owner).where(IngestJobRow.status.in_(UNFINISHED)))
    return [(job_id, owner) for job_id, owner in rows]


def owner_of(session: Session, job_id: str) -> str | None:
    return session.scalar(select(IngestJobRow.owner).where(IngestJobRow.id == job_id))


def fail_unfinished(session: Session, owner: str | None, error: dict[str, str], job_id: str | None = None) -> list[str]:
    """Mark `owner`'s unfinished jobs (or only `job_id`, if still `owner`'s and unfinished) failed with
    `error`; a job that ended or changed hands meanwhile is left alone. Returns the ids marked."""
    same_owner = IngestJobRow.owner.is_(None) if owner is None else IngestJobRow.owner == owner
    chosen = [IngestJobRow.status.in_(UNFINISHED), same_owner]
    if job_id is not None:
        chosen.append(IngestJobRow.id == job_id)
    marked = session.scalars(select(IngestJobRow.id).where(*chosen)).all()
    if marked:
        session.execute(update(IngestJobRow).where(IngestJobRow.id.in_(marked), *chosen)
                        .values(status="failed", finished_at=utc_now(), outcome={"error": error}))
    return list(marked)


def set_status(session: Session, job_id: str, status: str, outcome: dict[str, Any] | None = None) -> None:
    if status not in STATUSES:
        raise StoreError(f"unknown job status {status!r}", code="bad_status")
    row = session.get(IngestJobRow, job_id)
    if row is None:
        raise StoreError(f"no ingest job with id {job_id!r}", code="unknown_job")
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
