import pytest

from pharmalens.analysis.activity import format_activity, parse_activity
from pharmalens.analysis.errors import ActivityError


@pytest.mark.parametrize("text,bq", [
    ("7.4GBq", 7.4e9), ("7.4 GBq", 7.4e9), ("7400 MBq", 7.4e9), ("100 kBq", 1e5), ("200 mCi", 200 * 3.7e7),
    ("27 uCi", 27 * 3.7e4), ("27 µCi", 27 * 3.7e4), ("1 Ci", 3.7e10), ("3 TBq", 3e12), ("5e3 Bq", 5e3),
    (1000, 1000.0),
])
def test_parse_activity(text, bq):
    assert parse_activity(text) == pytest.approx(bq)


@pytest.mark.parametrize("bad", ["7.4", "7.4 Gy", "GBq", "-1 GBq", "0 MBq", None, False])
def test_bad_activity(bad):
    with pytest.raises(ActivityError) as caught:
        parse_activity(bad)
    assert "7.4GBq" in str(caught.value)


def test_format_activity():
    assert format_activity(7.4e9) == "7.4 GBq (200 mCi)"
