"""RSS and Atom feeds: a conditional GET (ETag, Last-Modified) through the safe fetcher, then the
entries feedparser finds, each with an absolute link to the page that holds the article."""
from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urljoin

import feedparser
import httpx

from ..model.records import Skipped
from ..settings import Settings
from .web import fetch


@dataclass(frozen=True)
class FeedEntry:
    id: str  # the entry's id, else its link
    link: str
    title: str = ""
    published: str | None = None


@dataclass(frozen=True)
class FeedPoll:
    """What one poll of a feed found. `modified` False: the server said 304, nothing changed."""

    url: str
    modified: bool
    entries: list[FeedEntry] = field(default_factory=list)
    etag: str | None = None
    last_modified: str | None = None
    title: str = ""


def poll_feed(url: str, settings: Settings, etag: str | None = None, last_modified: str | None = None,
              client: httpx.Client | None = None) -> FeedPoll | Skipped:
    headers = {"Accept": "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    got = fetch(url, settings, headers=headers, client=client)
    if isinstance(got, Skipped):
        return got
    if got.status == 304:
        return FeedPoll(url, modified=False, etag=etag, last_modified=last_modified)
    if got.status != 200:
        return Skipped(url, "http_error", f"HTTP {got.status}")
    parsed = feedparser.parse(got.data, response_headers={"content-location": got.url})
    if parsed.bozo and not parsed.entries:
        return Skipped(url, "feed_unreadable", f"not an RSS or Atom feed: {parsed.get('bozo_exception', 'no entries')}")
    entries = [e for e in (_entry(raw, got.url) for raw in parsed.entries) if e is not None]
    return FeedPoll(url, modified=True, entries=entries, etag=got.headers.get("etag"),
                    last_modified=got.headers.get("last-modified"), title=parsed.feed.get("title", ""))


def _entry(raw: feedparser.FeedParserDict, base: str) -> FeedEntry | None:
    link = raw.get("link")
    if not link:
        return None
    link = urljoin(base, link)
    published = raw.get("published_parsed") or raw.get("updated_parsed")
    return FeedEntry(id=raw.get("id") or link, link=link, title=raw.get("title", ""),
                     published=f"{published.tm_year:04d}-{published.tm_mon:02d}-{published.tm_mday:02d}" if published else None)
