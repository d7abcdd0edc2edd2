"""Near-duplicate candidates from the stored band keys, checked by exact Jaccard on the texts.

The band keys are written with their document, in its transaction, so a document is found as a
near copy by every later one, in this run or any other."""
from __future__ import annotations

from sqlalchemy import bindparam, func, or_, select
from sqlalchemy.orm import Session

from pharmalens.documents.dedup import ShingleCache, Signature, best_match, signature
from pharmalens.model.records import DocumentBundle

from .prepared import Prepared
from .schema import DocumentRow, NearDuplicateBandRow
from .sql import run

BANDS = NearDuplicateBandRow.__table__
_DELETE = Prepared(BANDS.delete().where(BANDS.c.document_id == bindparam("document")))
_INSERT = Prepared(BANDS.insert())
CANDIDATES = 8  # most band keys shared first: a real near copy shares several (4 on average at Jaccard 0.6)
DOCUMENTS = DocumentRow.__table__
_KNOWN = Prepared(select(DOCUMENTS.c.id, DOCUMENTS.c.content_hash, DOCUMENTS.c.duplicate_of)
                  .where(or_(DOCUMENTS.c.id == bindparam("id"), DOCUMENTS.c.content_hash == bindparam("digest"))))
_SHARED = (select(BANDS.c.document_id, func.count().label("shared"))
           .where(BANDS.c.band.in_(bindparam("bands", expanding=True)), BANDS.c.document_id != bindparam("id"))
           .group_by(BANDS.c.document_id)
           .order_by(func.count().desc(), BANDS.c.document_id).limit(CANDIDATES).subquery())
_TEXTS = Prepared(select(DOCUMENTS.c.id, DOCUMENTS.c.text).join(_SHARED, _SHARED.c.document_id == DOCUMENTS.c.id)
                  .order_by(DOCUMENTS.c.ingested_at, DOCUMENTS.c.id))
_SHINGLES = ShingleCache()


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


def find_duplicate(session: Session, doc_id: str, sig: Signature, text: str | None = None) -> str | None:
    """The stored document this one copies exactly or nearly, if any. A document stored before
    with the same text keeps the answer it got then, so reading it again changes nothing. `text`, the
    text `sig` was made of, is remembered with its shingles: later documents compare with it once stored."""
    if text is not None:
        _SHINGLES.put(text, sig.shingles)
    known = run(session, _KNOWN, {"id": doc_id, "digest": sig.digest}).all()
    for row in known:
        if row.id == doc_id and row.content_hash == sig.digest:
            return row.duplicate_of
    holder = next((row.id for row in known if row.content_hash == sig.digest), None)
    if holder is not None:
        return holder
    if not sig.bands:
        return None
    texts = run(session, _TEXTS, {"bands": list(sig.bands), "id": doc_id})
    return best_match(sig.shingles, ((other, _SHINGLES.get(text)) for other, text in texts), doc_id)
