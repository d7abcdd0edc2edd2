"""Loading the vocabulary shipped under pharmalens/data (and a user's own additions)."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_yaml(text: str) -> Any:
    """YAML text read with libyaml's loader where it is installed (several times faster)."""
    return yaml.load(text, Loader=_LOADER)


@lru_cache(maxsize=None)
def load_yaml(name: str) -> Any:
    return parse_yaml(resources.files("pharmalens.data").joinpath(name).read_text(encoding="utf-8"))


def load_user_yaml(path: Path | None) -> Any:
    if path is None or not path.exists():
        return None
    return yaml.safe_load(path.read_text(encoding="utf-8"))
