"""A long string's guard answers come from one pass that finds every registered literal: the same
answers as each guard's own substring tests."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from pharmalens.model.literal_presence import LONG, LiteralPresence
from pharmalens.model.pattern_literals import _holds, guarded

_GUARDS = [guarded(re.compile(p, f)) for p, f in (
    (r"首付款|里程碑", 0), (r"\bupfront\b|milestones?", re.I | re.A), (r"Q[1-4] 20\d\d", 0), (r"获批上市", 0),
    (r"royalt(?:y|ies)|特许权", re.I | re.A))]


def test_registered_literals_found_in_one_pass():
    presence = LiteralPresence()
    presence.register(("首付款", "Q1"), ("upfront",))
    text = "甲药业收到首付款。" + "x" * LONG + " The UPFRONT was paid."
    assert presence.held(text) is None  # asked once: the guards test their own literals
    assert presence.held(text) == (frozenset({"首付款"}), frozenset({"upfront"}))


def test_a_guard_made_later_is_found_too():
    presence = LiteralPresence()
    presence.register(("里程碑",), ())
    text = "里程碑 and 特许权 " * 40
    assert presence.held(text) is None and presence.held(text)[0] == {"里程碑"}
    presence.register(("特许权",), ())
    assert presence.held(text)[0] == {"里程碑", "特许权"}  # asked before: passed over again at once


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["首付", "款", "里程碑", "UpFront", "milestone", "Q3 2025", "获批", "上市", "royalties",
                                 "特许", "权", " ", "x" * 50, "的"]), min_size=1, max_size=40))
def test_same_answers_as_substring_tests(pieces):
    text = "".join(pieces).ljust(LONG, ".")
    for guard in _GUARDS:
        assert guard.may_match(text) == _holds(text, guard._plain, guard._lowered)


def test_holds_any_on_a_scanned_text_answers_from_the_pass():
    from pharmalens.model.patterns import holds_any
    text = ("乙生物与丙制药签署合作协议。" * 40) + "首付款"
    assert _GUARDS[0].may_match(text)  # a guard's pass over the text
    for _ in range(2):  # registered on the first question, answered from the pass on the second
        assert holds_any(text, ("合作协议", "许可")) and not holds_any(text, ("认购", "配售"))
        assert holds_any(text, ("配售", "首付款"))
