"""Decisions that one real company or asset goes by two names: merged, proposed for review, or
kept apart. Made at ingest (source "auto") or by a person (source "user"); the store keeps them all
as an audit trail, and the newest decision about a pair is the one in force."""
from __future__ import annotations

from dataclasses import dataclass

KINDS = ("company", "asset")
ACTIONS = ("merge", "propose", "split", "reject")


@dataclass(frozen=True)
class EntityDecision:
    kind: str  # "company" | "asset"
    canonical: str  # the name kept
    member: str  # the name that is (or is proposed to be) another name of `canonical`
    action: str  # "merge" | "propose" | "split" (undo a merge) | "reject" (a proposal turned down)
    reason: str
    score: float = 1.0
    source: str = "auto"
    note: str = ""
    names: tuple[str, ...] = ()  # the member's own names when merged, given back on a split
