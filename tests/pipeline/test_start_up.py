"""A run's start-up: the collector held off while the first file loads the shared state, then that state frozen."""
from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

from .corpus import write_news

_RUN = """
import gc, sys
from pharmalens import pipeline
from pharmalens.settings import Settings
frozen = gc.get_freeze_count()
result = pipeline.extract([sys.argv[1]], Settings(workers=1))
print(len(result.documents), gc.isenabled(), gc.get_freeze_count() > frozen)
"""


def test_first_run_of_a_process_freezes_its_start_up(tmp_path: Path) -> None:
    news = write_news(tmp_path / "news", updates=1)
    out = subprocess.run([sys.executable, "-c", _RUN, str(news)], capture_output=True, text=True, check=True)
    documents, enabled, froze = out.stdout.split()
    assert int(documents) > 1 and enabled == "True" and froze == "True"


def test_only_the_first_run_pauses_and_the_collector_stays_on() -> None:
    from pharmalens.pipeline.start_up import StartUp
    StartUp._used = True
    later = StartUp()
    assert not later.paused and gc.isenabled()
    later.settle()
    assert gc.isenabled()


def test_a_run_that_fails_before_its_first_file_turns_the_collector_back_on() -> None:
    from pharmalens.pipeline.start_up import StartUp
    StartUp._used = False
    try:
        with StartUp():
            assert not gc.isenabled()
            raise ValueError("a user lexicon that cannot be read")
    except ValueError:
        pass
    finally:
        StartUp._used = True
    assert gc.isenabled()
