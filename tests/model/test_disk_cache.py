"""The start-up cache: built once, read back, never stale, never in the way."""
from __future__ import annotations

import pickle

import pytest

from pharmalens.model import disk_cache
from pharmalens.model.disk_cache import cached


class Counter:
    def __init__(self, value):
        self.value, self.calls = value, 0

    def __call__(self):
        self.calls += 1
        return self.value


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setattr(disk_cache, "_directory", [tmp_path / "cache"])
    return tmp_path / "cache"


def test_built_once_then_read_back(folder):
    build = Counter({"默沙东": ["MSD", "Merck"], "n": 3})
    assert cached("names", build) == build.value
    assert cached("names", build) == build.value
    assert build.calls == 1
    assert len(list(folder.glob("names-*.pickle"))) == 1


def test_off_builds_every_time(monkeypatch):
    monkeypatch.setattr(disk_cache, "_directory", [None])
    build = Counter([1, 2])
    cached("x", build), cached("x", build)
    assert build.calls == 2


def test_corrupt_file_is_rebuilt_and_replaced(folder):
    build = Counter({"a": 1.5})
    cached("table", build)
    (path,) = folder.glob("table-*.pickle")
    path.write_bytes(b"not a pickle")
    assert cached("table", build) == {"a": 1.5}
    assert build.calls == 2
    assert pickle.loads(path.read_bytes()) == {"a": 1.5}


def test_unwritable_folder_still_gives_the_value(monkeypatch, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder should be")
    monkeypatch.setattr(disk_cache, "_directory", [blocker / "cache"])
    assert cached("y", Counter("value")) == "value"


def test_other_fingerprint_is_not_read_and_only_the_latest_copies_stay(folder, monkeypatch):
    cached("keys", Counter("old"))
    for n in range(6):
        monkeypatch.setattr(disk_cache, "fingerprint", lambda n=n: f"{n:016d}")
        build = Counter(f"new{n}")
        assert cached("keys", build) == f"new{n}" and build.calls == 1
    kept = sorted(p.name for p in folder.glob("keys-*.pickle"))
    assert kept == [f"keys-{n:016d}.pickle" for n in range(2, 6)]
    monkeypatch.setattr(disk_cache, "fingerprint", lambda: f"{3:016d}")
    assert cached("keys", Counter("unused")) == "new3"


def test_dependency_versions_are_part_of_the_key(folder):
    cached("v", Counter(1))
    build = Counter(2)
    assert cached("v", build, depends=("pyyaml",)) == 2 and build.calls == 1


def test_fingerprint_follows_an_edited_module(tmp_path, monkeypatch):
    package = tmp_path / "pkg"
    package.mkdir()
    module = package / "mod.py"
    module.write_text("A = 1\n")
    monkeypatch.setattr(disk_cache, "_PACKAGE", package)
    disk_cache.fingerprint.cache_clear()
    try:
        before = disk_cache.fingerprint()
        module.write_text("A = 22\n")
        disk_cache.fingerprint.cache_clear()
        assert disk_cache.fingerprint() != before
    finally:
        disk_cache.fingerprint.cache_clear()


def test_settings_choose_the_folder_or_turn_it_off(monkeypatch, tmp_path):
    from pharmalens.settings import Settings
    monkeypatch.delenv("PHARMALENS_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert Settings.from_env().cache_dir == tmp_path / "xdg" / "pharmalens"
    monkeypatch.setenv("PHARMALENS_CACHE_DIR", str(tmp_path / "mine"))
    assert Settings.from_env().cache_dir == tmp_path / "mine"
    monkeypatch.setenv("PHARMALENS_CACHE_DIR", "off")
    assert Settings.from_env().cache_dir is None


def test_a_process_without_a_home_directory_runs_with_the_cache_off(monkeypatch):
    from pathlib import Path

    from pharmalens.settings import Settings

    def no_home():
        raise RuntimeError("Could not determine home directory.")
    monkeypatch.setattr(Path, "home", staticmethod(no_home))
    monkeypatch.delenv("PHARMALENS_CACHE_DIR", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    assert disk_cache.user_cache_dir() is None
    assert Settings.from_env().cache_dir is None and Settings().cache_dir is None


def test_a_dependency_missing_from_a_stale_environment_is_named_with_a_code(folder):
    from pharmalens.model.errors import PharmalensError
    with pytest.raises(PharmalensError) as raised:
        cached("table", Counter(1), depends=("pharmalens-no-such-distribution",))
    assert raised.value.code == "missing_dependency"
    assert "pharmalens-no-such-distribution" in raised.value.message and "make install" in raised.value.message


def test_reading_leaves_the_collector_as_it_found_it(folder):
    import gc
    cached("table", lambda: {str(i): [i] for i in range(1000)})
    assert gc.isenabled()
    assert cached("table", lambda: None)["7"] == [7] and gc.isenabled()
    gc.disable()
    try:
        assert cached("table", lambda: None)["7"] == [7] and not gc.isenabled()
    finally:
        gc.enable()
