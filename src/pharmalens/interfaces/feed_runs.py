"""One run over the followed feeds: poll each (conditional GET), ingest the pages of new entries, and
remember what was taken. A feed that fails is reported and the others go on; an entry whose page
failed for a passing reason (timeout, network, 5xx) is tried again next run, and the feed's ETag is
only kept when nothing is left to retry."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone

import httpx

from ..model.records import Skipped
from ..pipeline import RunReport, run
from ..settings import Settings
from ..sources.feed_registry import FeedRegistry, FeedState
from ..sources.feeds import poll_feed
from ..sources.web import new_client
from ..store import Store

RETRY_LATER = {"timeout", "fetch_failed", "http_error", "unresolvable", "store_failed", "extract_error"}


@dataclass
class FeedOutcome:
    url: str
    name: str
    status: str  # "ok", "not_modified" or a reason code
    reason: str = ""
    entries: int = 0
    new: int = 0
    summary: RunReport = field(default_factory=RunReport)


def run_feeds(store: Store, registry: FeedRegistry, settings: Settings,
              on_entry: Callable[[str], None] | None = None,
              on_feed: Callable[[FeedState, int], None] | None = None) -> list[FeedOutcome]:
    outcomes = []
    with new_client(settings) as client:
        for state in list(registry.feeds.values()):
            outcome = _run_one(store, state, settings, client, on_entry, on_feed)
            state.last_run = datetime.now(timezone.utc).isoformat(timespec="seconds")
            state.last_status = outcome.status
            registry.save()
            outcomes.append(outcome)
    return outcomes


def _run_one(store: Store, state: FeedState, settings: Settings, client: httpx.Client,
             on_entry: Callable[[str], None] | None,
             on_feed: Callable[[FeedState, int], None] | None) -> FeedOutcome:
    try:
        poll = poll_feed(state.url, settings, state.etag, state.last_modified, client=client)
    except Exception as exc:  # one broken feed must not stop the others
        poll = Skipped(state.url, "feed_unreadable", f"{type(exc).__name__}: {exc}")
    if isinstance(poll, Skipped):
        return FeedOutcome(state.url, state.name, poll.code, poll.reason)
    if not poll.modified:
        return FeedOutcome(state.url, state.name, "not_modified")
    seen = set(state.seen)
    fresh = list(dict.fromkeys(e.link for e in poll.entries if e.id not in seen and e.link not in seen))
    if on_feed:
        on_feed(state, len(fresh))
    summary = run(fresh, store, settings, on_file=on_entry) if fresh else RunReport()
    retry = {s.item.split("#")[0] for s in summary.skipped if s.code in RETRY_LATER}
    taken = [e for e in poll.entries if e.link not in retry]
    state.seen = sorted(seen | {e.id for e in taken} | {e.link for e in taken})
    if not retry:
        state.etag, state.last_modified = poll.etag, poll.last_modified
    return FeedOutcome(state.url, state.name, "ok", entries=len(poll.entries), new=len(fresh), summary=summary)
