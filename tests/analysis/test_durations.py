import pytest

from pharmalens.analysis.durations import HOURS_PER_YEAR, format_hours, parse_hours, parse_years
from pharmalens.analysis.errors import DurationError


@pytest.mark.parametrize("text,hours", [
    ("24h", 24.0), ("24 h", 24.0), ("6.6 d", 6.6 * 24), ("90 min", 1.5), ("2w", 336.0), ("1.5 days", 36.0),
    ("PT24H", 24.0), ("P1DT6H", 30.0), ("PT90M", 1.5), ("P2W", 336.0), ("pt30s", 30 / 3600), ("48", 48.0),
    (48, 48.0), (2.5, 2.5), ("45 sec", 45 / 3600), ("48小时", 48.0), ("3天", 72.0), ("1 year", HOURS_PER_YEAR),
    ("18 months", 1.5 * HOURS_PER_YEAR), ("0", 0.0), ("1e2 h", 100.0),
])
def test_parse_hours(text, hours):
    assert parse_hours(text) == pytest.approx(hours)


@pytest.mark.parametrize("bad", ["soon", "24 parsecs", "-3h", "", "P", "PT", "h", "1.2.3h", None, True, [1]])
def test_bad_durations_name_the_value_and_the_forms(bad):
    with pytest.raises(DurationError) as caught:
        parse_hours(bad)
    assert caught.value.code == "duration_invalid"
    assert repr(bad) in str(caught.value) and "PT24H" in str(caught.value) and "90 min" in str(caught.value)


def test_parse_years():
    assert parse_years(1.5) == 1.5
    assert parse_years("2") == 2.0
    assert parse_years("18 months") == pytest.approx(1.5)
    assert parse_years("P1Y6M") == pytest.approx(1.5)
    with pytest.raises(DurationError) as caught:
        parse_years(-1)
    assert "years" in str(caught.value)


def test_format_hours():
    assert format_hours(1.0) == "60.0 min"
    assert format_hours(24.0) == "24.00 h"
    assert format_hours(240.0) == "10.00 d"
    assert format_hours(32.3e-3 / 3600) == "32.3 ms"
