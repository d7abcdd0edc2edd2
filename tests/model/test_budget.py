"""The cooperative budget: past its deadline, or grown past its memory allowance, check() raises."""
import time

import pytest

from pharmalens.model.budget import CheckedList, TooComplex, budget, check, checked


def test_no_budget_no_limit():
    for _ in range(1000):
        check()


def test_the_deadline_stops_a_loop_that_checks():
    started = time.monotonic()
    with pytest.raises(TooComplex) as caught, budget(seconds=0.2):
        for _ in checked(iter(int, 1)):  # an endless loop
            pass
    assert caught.value.code == "too_complex" and "0.2 s" in str(caught.value)
    assert time.monotonic() - started < 5


def test_memory_growth_past_the_allowance_stops_the_work():
    with pytest.raises(TooComplex) as caught, budget(seconds=60, memory_bytes=8 * 2**20):
        hoard = []
        for _ in CheckedList(range(100_000)):
            hoard.append(bytearray(4096))
    assert "MiB" in str(caught.value)


def test_budgets_nest_and_the_outer_one_returns():
    with budget(seconds=60):
        with pytest.raises(TooComplex), budget(seconds=0):
            check()
        check()
