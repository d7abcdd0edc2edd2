"""Records as the store hands them back: the contract JSON read into typed records again.

A stored fact keeps the id it was given at extraction, even after a user correction changed one of
its fields (the record's own `id` is a hash of its content), so the store returns `StoredFact`:
the stored id with the typed record.
"""
from __future__ import annotations

from dataclasses import MISSING, dataclass, fields
from decimal import Decimal
from typing import Any

from .contract import record_to_json
from .records import RECORD_LISTS, Evidence, Facility, Money, Record

RECORD_CLASSES: dict[str, type[Record]] = {cls.__dataclass_fields__["kind"].default: cls
                                           for cls in RECORD_LISTS.values()}
_META = {"document", "evidence", "extractor", "version", "kind"}


def money_from_json(value: Any) -> Money | None:
    if not isinstance(value, dict) or value.get("amount") is None:
        return None
    usd = value.get("usd")
    return Money(Decimal(str(value["amount"])), str(value.get("currency") or ""), value.get("qualifier"),
                 usd=Decimal(str(usd)) if usd is not None else None, rate_date=value.get("rate_date"))


def record_from_json(kind: str, payload: dict[str, Any]) -> Record:
    """The typed record of a contract payload (`record_to_json` read back); keys the record class
    does not know are left out, fields the payload lacks take their default or None."""
    cls = RECORD_CLASSES[kind]
    values: dict[str, Any] = {}
    for spec in fields(cls):
        if spec.name in _META or not spec.init:
            continue
        key = "kind" if cls is Facility and spec.name == "kind_of_site" else spec.name
        if key not in payload:
            if spec.default is MISSING and spec.default_factory is MISSING:
                values[spec.name] = None
            continue
        values[spec.name] = _typed(str(spec.type), payload[key])
    extractor, _, version = str(payload.get("extractor") or "").rpartition("/")
    evidence = [Evidence(int(e["start"]), int(e["end"]), str(e["quote"]),
                         int(e["page"]) if e.get("page") is not None else None)
                for e in payload.get("evidence") or []]
    return cls(document=str(payload.get("document") or ""), evidence=evidence,
               extractor=extractor or str(payload.get("extractor") or ""), version=version or "1", **values)


def _typed(annotation: str, value: Any) -> Any:
    if value is None:
        return None
    if "Money" in annotation:
        return money_from_json(value)
    if "Decimal" in annotation:
        return Decimal(str(value))
    return list(value) if isinstance(value, list) else value


@dataclass(frozen=True)
class StoredFact:
    """One stored record with the id it is stored under."""

    id: str
    record: Record

    @property
    def kind(self) -> str:
        return self.record.kind

    @property
    def document(self) -> str:
        return self.record.document

    def to_json(self) -> dict[str, Any]:
        """The contract JSON of the record, under its stored id."""
        return record_to_json(self.record, self.id)

    @classmethod
    def from_json(cls, kind: str, payload: dict[str, Any]) -> StoredFact:
        return cls(str(payload.get("id") or ""), record_from_json(kind, payload))
