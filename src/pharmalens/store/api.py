"""`Store`: the one object the later stages use to write and read the database."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
import threading
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import replace
from typing import Any

from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session

from pharmalens.documents.dedup import Signature
from pharmalens.model.entities import EntityDecision
from pharmalens.model.records import DocumentBundle, Skipped

from . import (
    corrections,
    counts,
    deadlines,
    duplicates,
    entities,
    jobs,
    knowledge,
    migrate,
    repository,
    transfer,
    writes,
)
from .database import (
    StoreError,
    create_sessions,
    create_store_engine,
    mask_url,
    masked_message,
    parse_url,
    writer,
)
from .reads import Reads
from .writes import SaveOutcome

# the read session that `Store.reading()` shares with the reads of its store made in its block, and the
# thread it belongs to (a thread started in the block inherits the context, not the right to the session)
_SHARED: ContextVar[tuple["Store", Session, int] | None] = ContextVar("pharmalens_shared_read", default=None)


class Store(Reads):
    """A SQLite file or a PostgreSQL database at `url` (the interfaces take it from the settings).
    Writes are here; reads (typed, paged) in `reads.Reads`."""

    _written_here = 0  # write transactions committed by this process, through any Store
    _counting = threading.Lock()

    def __init__(self, url: str):
        self._url = parse_url(url)
        self._engine = create_store_engine(url)
        deadlines.watch(self._engine)
        self._sessions = create_sessions(self._engine)
        self._writes = create_sessions(writer(self._engine))

    @property
    def url(self) -> str:
        """The database URL with any password masked."""
        return mask_url(self._url)

    @property
    def backend(self) -> str:
        return self._engine.dialect.name

    def __repr__(self) -> str:
        return f"Store({self.url!r})"

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def upgrade(self) -> None:
        """Create or migrate the tables to the newest schema; safe to run any number of times."""
        try:
            migrate.upgrade(writer(self._engine))
            with self._sessions() as session:
                todo = knowledge.pending(session)
            if todo:
                with self._writes.begin() as session:
                    knowledge.rebuild(session)
                self._count_write()
        except SQLAlchemyError as exc:
            raise StoreError(f"could not migrate {self.url}: {masked_message(exc, self._url)}") from None
        except migrate.MigrationFailed as exc:
            raise StoreError(f"could not migrate {self.url}: {exc}") from None

    def revision(self) -> str | None:
        return migrate.current_revision(self._engine)

    def has_content(self, content_hash: str) -> str | None:
        """The id of the stored document with this content hash, if any."""
        with self._reading() as session:
            return repository.content_holder(session, content_hash)

    def find_duplicate(self, document_id: str, sig: Signature, text: str | None = None) -> str | None:
        """The stored document that this one (with this text signature, made of `text` if given) copies
        exactly or nearly."""
        with self._reading() as session:
            return duplicates.find_duplicate(session, document_id, sig, text)

    def save(self, bundle: DocumentBundle, sig: Signature | None = None, text: str | None = None) -> SaveOutcome:
        """Write one document with its companies and facts in one transaction: all or nothing.
        Given its text's signature (`sig`, made of `text`), the document's `duplicate_of` is what
        `find_duplicate` answers, in the same transaction.
        A payload the JSON column cannot hold fails in the driver on some backends (TypeError)."""
        try:
            try:
                return self._save_once(bundle, sig, text)
            except IntegrityError:
                # a concurrent writer stored one of the same rows first; a second try sees it
                return self._save_once(bundle, sig, text)
        except (SQLAlchemyError, TypeError, ValueError) as exc:
            raise StoreError(f"could not save document {bundle.document.id!r}: "
                             f"{masked_message(exc, self._url)}") from exc

    def _save_once(self, bundle: DocumentBundle, sig: Signature | None, text: str | None) -> SaveOutcome:
        with self._writes.begin() as session:
            if sig is not None:
                document = bundle.document
                duplicate = duplicates.find_duplicate(session, document.id, sig, text)
                bundle = replace(bundle, document=replace(document, duplicate_of=duplicate))
            outcome = writes.save_bundle(session, bundle)
            counts.flush(session)
        self._count_write()
        return outcome

    @classmethod
    def written_here(cls) -> int:
        """How many write transactions this process has committed (through any Store): a result kept
        from before a change of this process's own is never served again (interfaces/cache.py)."""
        return cls._written_here

    @classmethod
    def _count_write(cls) -> None:
        with cls._counting:
            cls._written_here += 1

    def record_run(self, files: int, articles: int, facts: int, skipped: list[Skipped]) -> int:
        """Remember one ingest run; returns its id."""
        try:
            with self._writes.begin() as session:
                return repository.add_run(session, files, articles, facts, skipped)
        except SQLAlchemyError as exc:
            raise StoreError(f"could not record the ingest run: {masked_message(exc, self._url)}") from exc

    def queue_job(self, name: str, owner: str | None = None) -> str:
        """Record an upload waiting to be ingested by the server process `owner`; returns the job's id."""
        return self._write("queue an ingest job", lambda session: jobs.add_job(session, name, owner))

    def update_job(self, job_id: str, status: str, outcome: dict[str, Any] | None = None) -> None:
        """Set a job's status (queued, running, done, failed) and, when it ends, its outcome."""
        self._write(f"update ingest job {job_id!r}", lambda session: jobs.set_status(session, job_id, status, outcome))

    def unfinished_jobs(self) -> list[tuple[str, str | None]]:
        """(id, owner) of every ingest job still queued or running."""
        with self._reading() as session:
            return jobs.unfinished(session)

    def job_owner(self, job_id: str) -> str | None:
        """The server process that holds an ingest job (None for jobs from before owners were kept)."""
        with self._reading() as session:
            return jobs.owner_of(session, job_id)

    def fail_unfinished_jobs(self, owner: str | None, code: str, message: str, job_id: str | None = None) -> list[str]:
        """End `owner`'s queued or running jobs (or just `job_id`) as failed with this error code;
        returns the ids of the jobs it ended."""
        error = {"code": code, "message": message}
        return self._write("end unfinished ingest jobs",
                           lambda session: jobs.fail_unfinished(session, owner, error, job_id))

    def job(self, job_id: str) -> dict[str, Any] | None:
        """One ingest job as JSON: id, name, status, submitted_at, finished_at, outcome."""
        with self._reading() as session:
            return jobs.read_job(session, job_id)

    def rebuild_knowledge(self) -> dict[str, int]:
        """Derive typed rows, terms and entities again from the stored documents, companies and facts."""
        return self._write("rebuild the knowledge tables", knowledge.rebuild)

    def correct(self, record_id: str, field: str, value: Any, note: str) -> dict[str, Any]:
        """Set one field of one stored fact, keeping an audit row; the correction is applied again
        when the fact is re-extracted. A string value that parses as JSON is taken as that JSON."""
        return self._write(f"correct record {record_id!r}",
                           lambda session: corrections.correct(session, record_id, field, value, note))

    def corrections(self, record_id: str | None = None) -> list[dict[str, Any]]:
        """The correction trail, oldest first, of one record or of all."""
        with self._reading() as session:
            return corrections.read_corrections(session, record_id)

    def entity_decisions(self, kind: str | None = None) -> list[dict[str, Any]]:
        """Every decision that two names are (or may be, or are not) one company or asset, oldest first."""
        with self._reading() as session:
            return entities.read_decisions(session, kind)

    def entity_decision_records(self) -> list[EntityDecision]:
        """The same decisions as model records, oldest first, for resolving new documents."""
        return [entities.as_decision(row) for row in self.entity_decisions()]

    def entity_proposals(self, kind: str | None = None) -> list[dict[str, Any]]:
        """Proposed merges that no later decision has settled."""
        return [row for row in entities.in_force(self.entity_decisions(kind)) if row["action"] == "propose"]

    def decide_entities(self, kind: str, action: str, canonical: str, member: str, note: str = "") -> dict[str, Any]:
        """A person's merge, split or reject of two names, applied to the stored companies and facts
        and kept in the audit trail."""
        def decide(session: Session) -> dict[str, Any]:
            row = entities.decide(session, kind, action, canonical, member, note)
            knowledge.after_decision(session, kind, [canonical, member, *row["names"]])
            return row

        return self._write(f"{action} {member!r} and {canonical!r}", decide)

    def export_records(self) -> Iterator[dict[str, Any]]:
        """Every document, company, fact and correction as a JSON-able dict with a "type" key."""
        with self._reading() as session:
            yield from transfer.export_rows(session)

    def import_records(self, rows: Iterable[dict[str, Any]]) -> dict[str, int]:
        """Insert or update rows from `export_records`, all in one transaction; importing the same
        rows twice changes nothing. Returns the rows written per type and the "unchanged" count."""
        return self._write("import records", lambda session: transfer.import_rows(session, rows))

    def _write(self, what: str, action: Callable[[Session], Any]) -> Any:
        try:
            with self._writes.begin() as session:
                result = action(session)
                counts.flush(session)
            self._count_write()
            return result
        except (SQLAlchemyError, TypeError, ValueError) as exc:
            if deadlines.passed():
                raise deadlines.DeadlinePassed() from None
            raise StoreError(f"could not {what}: {masked_message(exc, self._url)}{self._upgrade_hint()}",
                             code="write_failed") from exc

    def close(self) -> None:
        self._engine.dispose()

    @contextmanager
    def reading(self) -> Iterator[None]:
        """Let the reads made in this block (in this thread) share one session: one pooled connection and
        one read transaction instead of a checkout, BEGIN, statement timeout and ROLLBACK for each.
        For a request that makes several small reads; do not write inside it."""
        if self._shared_session() is not None:
            yield
            return
        with self._reading() as session:
            token = _SHARED.set((self, session, threading.get_ident()))
            try:
                yield
            finally:
                _SHARED.reset(token)

    def _shared_session(self) -> Session | None:
        shared = _SHARED.get()
        if shared is not None and shared[0] is self and shared[2] == threading.get_ident():
            return shared[1]
        return None

    @contextmanager
    def _reading(self) -> Iterator[Session]:
        shared = self._shared_session()
        try:
            if shared is not None:
                yield shared
                return
            with self._sessions() as session:
                yield session
        except SQLAlchemyError as exc:
            if deadlines.passed():
                raise deadlines.DeadlinePassed() from None
            raise StoreError(f"could not read {self.url}: {masked_message(exc, self._url)}"
                             f"{self._upgrade_hint()}") from exc

    def _upgrade_hint(self) -> str:
        try:
            behind = self.revision() != migrate.head_revision()
        except SQLAlchemyError:
            return ""
        return " (the schema is not up to date: run upgrade)" if behind else ""
