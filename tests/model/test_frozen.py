"""frozen(): a frozen dataclass with a quick __init__ behaves as @dataclass(frozen=True) does."""
from __future__ import annotations

import copy
import dataclasses
import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pharmalens.model.frozen import frozen


@frozen
class Span:
    begin: int
    finish: int
    label: str
    note: str | None = None
    weight: float = 1.0


@dataclasses.dataclass(frozen=True)
class PlainSpan:
    begin: int
    finish: int
    label: str
    note: str | None = None
    weight: float = 1.0


@frozen(order=True)
class Ranked:
    score: int
    name: str = "平安"


values = st.tuples(st.integers(), st.integers(), st.text(max_size=8), st.none() | st.text(max_size=4),
                   st.floats(allow_nan=False))


@given(values)
def test_made_like_the_plain_dataclass(args):
    quick, plain = Span(*args), PlainSpan(*args)
    assert dataclasses.astuple(quick) == dataclasses.astuple(plain)
    assert repr(quick).replace("Span", "", 1) == repr(plain).replace("PlainSpan", "", 1)
    assert quick == Span(*args) and hash(quick) == hash(Span(*args))
    assert quick != Span(args[0] + 1, *args[1:])


def test_keywords_and_defaults():
    a = Span(finish=9, begin=3, label="Halvard")
    assert (a.begin, a.finish, a.label, a.note, a.weight) == (3, 9, "Halvard", None, 1.0)
    assert Span(1, 2, "青岚", "x", 0.5).weight == 0.5
    with pytest.raises(TypeError):
        Span(1, 2)  # a field without a default is required
    with pytest.raises(TypeError):
        Span(1, 2, "a", unknown=3)


def test_still_frozen():
    a = Span(1, 2, "Kestrel")
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.begin = 5
    with pytest.raises(dataclasses.FrozenInstanceError):
        del a.label


def test_replace_copy_pickle_and_options():
    a = Span(4, 7, "澜沧", "n")
    assert dataclasses.replace(a, finish=8) == Span(4, 8, "澜沧", "n")
    assert copy.deepcopy(a) == a and pickle.loads(pickle.dumps(a)) == a
    assert Ranked(1) < Ranked(2) and Ranked(3).name == "平安"


def test_what_it_cannot_do_is_refused_at_definition():
    with pytest.raises(TypeError):
        @frozen
        class WithPostInit:
            a: int

            def __post_init__(self) -> None:
                pass
    with pytest.raises(TypeError):
        @frozen
        class WithFactory:
            a: list = dataclasses.field(default_factory=list)
    with pytest.raises(TypeError):
        @frozen(slots=True)
        class Slotted:
            a: int
