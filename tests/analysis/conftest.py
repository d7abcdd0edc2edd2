import importlib.util
from collections.abc import Iterator
from pathlib import Path

import pytest

from pharmalens.store import Store

_spec = importlib.util.spec_from_file_location("analysis_sample_store", Path(__file__).with_name("sample_store.py"))
sample_store = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(sample_store)


@pytest.fixture
def sample() -> object:
    return sample_store


@pytest.fixture
def analysis_store(tmp_path) -> Iterator[Store]:
    with Store(sample_store.build_store(tmp_path)) as store:
        yield store
