"""One typed Settings object, built lazily from the environment."""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path


@dataclass(frozen=True)
class Settings:
    database_url: str = "sqlite:///pharmalens.db"
    max_file_bytes: int = 20 * 1024 * 1024
    user_lexicon: Path | None = None
    api_token: str | None = None

    @classmethod
    def from_env(cls) -> "Settings":
        lexicon = os.environ.get("PHARMALENS_LEXICON")
        return cls(
            database_url=os.environ.get("PHARMALENS_DATABASE_URL", cls.database_url),
            max_file_bytes=int(os.environ.get("PHARMALENS_MAX_FILE_BYTES", cls.max_file_bytes)),
            user_lexicon=Path(lexicon) if lexicon else None,
            api_token=os.environ.get("PHARMALENS_API_TOKEN") or None,
        )


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings.from_env()
