"""A run's start-up and the garbage collector."""
from __future__ import annotations

import gc


class StartUp:
    """The first file of a process's first run loads what every later one reads (lexicon automata,
    cue index, pattern table, rate tables: some 300,000 objects), and each full pass of the garbage
    collector over them costs 30-80 ms. Collections wait until that file is done; what is alive then
    is frozen out of later passes (gc.freeze), and what later files allocate is collected as before.
    Once per process, so that a process running many small batches (tests) does not pile them up."""

    _used = False

    def __init__(self) -> None:
        self.paused = not StartUp._used and gc.isenabled()
        StartUp._used = True
        if self.paused:
            gc.disable()

    def __enter__(self) -> StartUp:
        return self

    def __exit__(self, *exc: object) -> None:
        self.settle()

    def settle(self) -> None:
        if self.paused:
            self.paused = False
            gc.freeze()
            gc.enable()
