"""The date patterns an article's head or tail is read with: an English one is left out only where it finds nothing."""
from hypothesis import given, strategies as st

from pharmalens.documents.dating import _EN_DATE, _EN_DATE_DMY, _ISO, _date_scans, dateline, publication_date

_TEXTS = ("Solano Bio, March 4, 2026 -- Solano Bio said it licensed SB-12 to Ketter Pharma.",
          "June 30, 2025\nBy Ana Ruiz\nKetter Pharma paid $12M on 3 Sept 2025 and 1 Jan. 2026.",
          "香港，2026年1月12日 — 鼎泰医药宣布与远川生物签署协议。", "发布时间：2025-11-03 09:12\n来源：新闻中心", "no date at all",
          "2026/02/29 and 2026.3.5 and 19 May 2026 and Dec 1 2026", "Filed Dec 1, 2026", "filed 1 Oct. 2026", "Aug 9, 2026")


def _skips_nothing(text: str) -> bool:
    scanned = [pattern for pattern, _ in _date_scans(text)]
    return all(pattern.compiled in scanned or not pattern.compiled.search(text) for pattern in (_ISO, _EN_DATE, _EN_DATE_DMY))


def test_each_date_pattern_finds_what_the_bare_pattern_finds():
    for text in _TEXTS:
        assert _skips_nothing(text), text
    assert dateline(_TEXTS[0]) == "2026-03-04" and publication_date(_TEXTS[2]) == "2026-01-12"


@given(st.lists(st.sampled_from(["2026", "-", "/", ".", "年", "月", "日", "3", "12", " ", "March", "Sept", "May", "Dec", "Oct.", ",", "x", "\n"]),
                max_size=30))
def test_date_patterns_agree_on_any_mix(pieces):
    assert _skips_nothing("".join(pieces))
