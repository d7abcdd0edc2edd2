"""Near-duplicate candidates from the stored band keys, checked by exact Jaccard on the texts.

The band keys are written with their document, in its transaction, so a document is found as a
near copy by every later one, in this run or any other."""
from __future__ import annotations

from sqlalchemy import bindparam, func, or_, select
from sqlalchemy.orm import Session

from pharmalens.documents.dedup import Signature, best_match, shingle_array, signature
from pharmalens.model.records import DocumentBundle

from .schema import DocumentRow, NearDuplicateBandRow
from .prepared import Prepared
from .sql import run

BANDS = NearDuplicateBandRow.__table__
_DELETE = Prepared(BANDS.delete().where(BANDS.c.document_id == bindparam("document")))
_INSERT = Prepared(BANDS.insert())
CANDIDATES = 8  # most band keys shared first: a real near copy shares several (4 on average at Jaccard 0.6)


def write_bands(session: Session, bundle: DocumentBundle, replace: bool = True) -> None:
    """The document's band keys; `replace` removes the keys of an earlier version first."""
    doc = bundle.document
    _put_bands(session, doc.id, set(bundle.near_duplicate_bands or signature(doc.text, doc.content_hash).bands),
               replace)


def write_text_bands(session: Session, documents: list[tuple[str, str, str | None]]) -> None:
    """The band keys of documents (id, text, content hash) written by other means than a save (an
    import), in place of any they had: an imported document is found as a near copy like a saved one."""
    for doc_id, text, digest in documents:
        _put_bands(session, doc_id, set(signature(text, digest).bands), replace=True)


def _put_bands(session: Session, doc_id: str, bands: set[int], replace: bool) -> None:
    if replace:
        run(session, _DELETE, {"document": doc_id})
    if bands:  # Core, not the ORM's bulk insert: the same rows for a fraction of the work
        run(session, _INSERT, [{"band": band, "document_id": doc_id} for band in sorted(bands)])


def find_duplicate(session: Session, doc_id: str, sig: Signature) -> str | None:
    """The stored document this one copies exactly or nearly, if any. A document stored before
    with the same text keeps the answer it got then, so reading it again changes nothing."""
    known = session.execute(select(DocumentRow.id, DocumentRow.content_hash, DocumentRow.duplicate_of)
                            .where(or_(DocumentRow.id == doc_id, DocumentRow.content_hash == sig.digest))).all()
    for row in known:
        if row.id == doc_id and row.content_hash == sig.digest:
            return row.duplicate_of
    holder = next((row.id for row in known if row.content_hash == sig.digest), None)
    if holder is not None:
        return holder
    shared = (select(NearDuplicateBandRow.document_id, func.count().label("shared"))
              .where(NearDuplicateBandRow.band.in_(sig.bands), NearDuplicateBandRow.document_id != doc_id)
              .group_by(NearDuplicateBandRow.document_id)
              .order_by(func.count().desc(), NearDuplicateBandRow.document_id).limit(CANDIDATES).subquery())
    texts = session.execute(select(DocumentRow.id, DocumentRow.text)
                            .join(shared, shared.c.document_id == DocumentRow.id)
                            .order_by(DocumentRow.ingested_at, DocumentRow.id))
    return best_match(sig.shingles, ((other, shingle_array(text)) for other, text in texts), doc_id)
