"""The feeds a user follows, kept in a JSON file with each feed's ETag, Last-Modified and the entries
already taken, so a run fetches only what is new. Written atomically (a temporary file renamed)."""
from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ..model.errors import InvalidInput

DEFAULT_PATH = Path("~/.pharmalens/feeds.json")


@dataclass
class FeedState:
    url: str
    name: str
    etag: str | None = None
    last_modified: str | None = None
    seen: list[str] = field(default_factory=list)  # entry ids taken (stored, duplicate or failed for good)
    last_run: str | None = None
    last_status: str | None = None


class FeedRegistry:
    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path if path is not None else DEFAULT_PATH).expanduser()
        self.feeds: dict[str, FeedState] = self._load()

    def add(self, url: str, name: str | None = None) -> FeedState:
        """Follow a feed; adding it again renames it and keeps what was seen."""
        known = self.feeds.get(url)
        state = known or FeedState(url=url, name=name or url)
        if name:
            state.name = name
        self.feeds[url] = state
        self.save()
        return state

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        partial = self.path.with_name(self.path.name + ".tmp")
        data = {"feeds": {url: asdict(state) for url, state in self.feeds.items()}}
        partial.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        os.replace(partial, self.path)

    def _load(self) -> dict[str, FeedState]:
        if not self.path.exists():
            return {}
        try:
            data: Any = json.loads(self.path.read_text(encoding="utf-8"))
            return {url: FeedState(**entry) for url, entry in data["feeds"].items()}
        except (json.JSONDecodeError, KeyError, TypeError, AttributeError) as exc:
            raise InvalidInput(f"{self.path} is not a feeds file: {exc}") from None
