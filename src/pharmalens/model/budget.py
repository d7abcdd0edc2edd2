"""A work budget for one document: a deadline and a memory allowance, checked cooperatively.

The work calls `check()` in its loops (sentence by sentence, match by match); past the deadline,
or when the process has grown by more than the allowance since the budget began, `check()` raises
`TooComplex` and the caller turns the document into a `too_complex` outcome. Nothing is killed and
no thread or signal is involved, so the same budget works in the CLI, in the API's worker threads
and in worker processes. What keeps any single step short is the other half: inputs are cut into
bounded pieces (long lines split, patterns see one sentence) before recognisers run.
"""
from __future__ import annotations

import os
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import TypeVar

from .errors import PharmalensError

DOCUMENT_SECONDS = 30.0
DOCUMENT_MEMORY_BYTES = 1536 * 1024 * 1024
_MEMORY_EVERY = 256  # checks between two looks at the process size
_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096

T = TypeVar("T")


class TooComplex(PharmalensError):
    code = "too_complex"


def resident_bytes() -> int:
    """The process's resident memory now (Linux /proc; 0 where that is not available)."""
    try:
        with open("/proc/self/statm", "rb") as handle:
            return int(handle.read().split()[1]) * _PAGE
    except (OSError, ValueError, IndexError):
        return 0


@dataclass
class Budget:
    seconds: float
    memory_bytes: int
    deadline: float = field(init=False)
    base_memory: int = field(init=False)
    checks: int = field(default=0, init=False)

    def __post_init__(self) -> None:
        self.deadline = time.monotonic() + self.seconds
        self.base_memory = resident_bytes()

    def check(self) -> None:
        if time.monotonic() > self.deadline:
            raise TooComplex(f"needs more than the {self.seconds:g} s a document may take")
        self.checks += 1
        if self.checks % _MEMORY_EVERY == 0 and self.base_memory:
            grown = resident_bytes() - self.base_memory
            if grown > self.memory_bytes:
                raise TooComplex(f"needs more than the {self.memory_bytes // 2**20} MiB a document may use")


_current: ContextVar[Budget | None] = ContextVar("pharmalens_budget", default=None)


@contextmanager
def budget(seconds: float = DOCUMENT_SECONDS, memory_bytes: int = DOCUMENT_MEMORY_BYTES) -> Iterator[Budget]:
    """Run the block under a fresh budget (nested budgets: the inner one applies inside)."""
    token = _current.set(Budget(seconds, memory_bytes))
    try:
        yield _current.get()  # type: ignore[misc]
    finally:
        _current.reset(token)


def check() -> None:
    """Raise TooComplex if the current budget is spent; free when no budget is running."""
    current = _current.get()
    if current is not None:
        current.check()


def checked(items: Iterable[T]) -> Iterator[T]:
    """The items, checking the budget before the first and every eighth after it (a check costs more
    than most items do); with no budget running, the items' own iterator."""
    current = _current.get()
    return iter(items) if current is None else _checked(items, current)


def _checked(items: Iterable[T], current: Budget) -> Iterator[T]:
    for n, item in enumerate(items):
        if not n & 7:
            current.check()
        yield item


class CheckedList(list[T]):
    """A list that checks the budget at every step of a loop over it."""

    def __iter__(self) -> Iterator[T]:
        return checked(super().__iter__())
