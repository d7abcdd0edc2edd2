"""Loading the vocabulary shipped under pharmalens/data (and a user's own additions)."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from .disk_cache import cached


def parse_yaml(text: str) -> Any:
    """YAML text read with libyaml's loader where it is installed (several times faster); yaml is
    imported here, as a run that finds the vocabulary in the disk cache parses none."""
    import yaml
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def load_yaml(name: str) -> Any:
    return _shipped().get(name) if name in _shipped() else _read_shipped(name)


@lru_cache(maxsize=1)
def _shipped() -> dict[str, Any]:
    """Every YAML file under pharmalens/data, parsed once per version of the package."""
    return cached("vocabulary", lambda: {path.name: _read_shipped(path.name)
                                         for path in resources.files("pharmalens.data").iterdir()
                                         if path.name.endswith(".yaml")})


def _read_shipped(name: str) -> Any:
    return parse_yaml(resources.files("pharmalens.data").joinpath(name).read_text(encoding="utf-8"))


def load_user_yaml(path: Path | None) -> Any:
    if path is None or not path.exists():
        return None
    import yaml
    return yaml.safe_load(path.read_text(encoding="utf-8"))
