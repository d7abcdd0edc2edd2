"""The date finder skips the patterns a text holds no word for (a month's name, a dateline's 电 or 讯,
今 or 昨): what it finds is what the full scans find."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pharmalens.extraction import dates
from pharmalens.extraction.dates import find_dates

_PIECES = ["In ", "in ", "on ", "On ", "Oct. ", "October", "March ", "Mar", "May", "June", "Sept ", "Tuesday, ", "2", "14",
           "2025", " ", "\n", ",", "5日", "31日", "电", "讯", "专讯", "今", "昨", "日", "（", "15", "）", "昨日", "今天", "月",
           "年", "Market", "may", "Veltrio said", "甲药业宣布"]
_PUBLISHED = "2025-10-20"


def _found_unfiltered(text: str, monkeypatch) -> list:
    monkeypatch.setattr(dates, "holds_any", lambda string, words: True)
    found = find_dates(text, _PUBLISHED)
    monkeypatch.undo()
    return found


def test_dates_in_english_and_chinese(monkeypatch):
    for text in ("In March the board met.\nOct. 2\nOrvanta filed on Tuesday, Sept 9 and in June.",
                 "新华社上海5日电 甲药业今（15）日公告，昨日获批。", "A Marketing plan with no month at all, 2025.",
                 "本报讯 31日专讯：乙生物12月3日宣布"):
        assert find_dates(text, _PUBLISHED) == _found_unfiltered(text, monkeypatch), text
    assert [d.value for d in find_dates("新华社北京5日电", _PUBLISHED)] == ["2025-10-05"]
    assert [d.value for d in find_dates("Quenby said on Oct. 2 it would", _PUBLISHED)] == ["2025-10-02"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=16))
def test_a_skipped_pattern_could_have_found_nothing(pieces):
    text = "".join(pieces)
    if not any(month in text for month in dates._MONTH_HEADS):
        for pattern in (dates._EN_MONTH_ONLY, dates._DAY_HEADING, dates._ON_DAY):
            assert pattern.search(text) is None, text
    if "电" not in text and "讯" not in text:
        assert dates._AGENCY_DAY.search(text) is None, text
    if "今" not in text and "昨" not in text:
        assert dates._NEWS_DAY.search(text) is None, text
