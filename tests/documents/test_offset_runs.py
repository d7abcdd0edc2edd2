"""Offsets cut from the shared tuple of ints are the offsets a range gives, below and above its size."""
from hypothesis import given, strategies as st

from pharmalens.documents.lines import _SHARED_MAX, identity, offset_run, repair_lines


@given(st.integers(0, _SHARED_MAX + 50), st.integers(0, 3000))
def test_a_run_is_the_range(start, length):
    assert tuple(offset_run(start, start + length)) == tuple(range(start, start + length))


def test_runs_at_the_edges_of_the_shared_tuple():
    for start, end in ((0, 0), (5, 5), (0, _SHARED_MAX), (_SHARED_MAX - 3, _SHARED_MAX + 3), (_SHARED_MAX + 7, _SHARED_MAX + 9)):
        assert tuple(offset_run(start, end)) == tuple(range(start, end))
    assert identity("药业", base=_SHARED_MAX - 1).offsets == (_SHARED_MAX - 1, _SHARED_MAX)


def test_repaired_text_maps_to_its_source_far_into_a_file():
    text = "岚山医药与Verdant Bio签署\n授权协议，首付款\n3,000万美元。\n\nNext paragraph here."
    for base in (0, 17, _SHARED_MAX - 20, _SHARED_MAX + 5):
        mapped = repair_lines(text, base=base)
        assert len(mapped.offsets) == len(mapped.text)
        assert all(text[o - base] == c for c, o in zip(mapped.text, mapped.offsets) if c not in " \n")
        assert mapped.offsets == tuple(sorted(mapped.offsets))
