"""Widths and Chinese-character counts read from runs agree with counting one character at a time."""
import unicodedata

from hypothesis import given, strategies as st

from pharmalens.documents.wrapped import cjk_chars, display_width

_LINES = ("泰和生物与Orbis Pharma签署授权协议，首付款3,500万美元。", "“We are pleased,” said Dr. Lena Voss — CEO ● 2026",
          "ＡＢＣ药业（HK:１２３４）｜公告　【快讯】", "plain ascii line", "é ü ½ ①②③ 한국 ｶﾀｶﾅ 𫖯药")


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _cjk(text: str) -> int:
    return sum(1 for c in text if "\u3400" <= c <= "\u9fff" or "\u3000" <= c <= "\u303f" or "\uff00" <= c <= "\uffef")


def test_widths_and_counts_of_news_lines():
    for line in _LINES:
        assert display_width(line) == _width(line), line
        assert cjk_chars(line) == _cjk(line), line
    assert cjk_chars("\n".join(_LINES)) == sum(map(_cjk, _LINES))


@given(st.lists(st.sampled_from(["药", "業", "，", "　", "Ａ", "ｶ", "“", "—", "●", "é", "한", "𫖯", "a", " ", "7", "\n"]), max_size=40))
def test_widths_and_counts_of_any_mix(pieces):
    text = "".join(pieces)
    assert display_width(text) == _width(text)
    assert cjk_chars(text) == _cjk(text)


def test_the_byte_bounds_decide_as_the_count_does():
    from pharmalens.documents.wrapped import _mostly_cjk
    texts = [*_LINES, "\n".join(_LINES), "ＡＢＣ，。　「」" * 5 + "abc", "ｶﾀｶﾅ" * 9, "\ud800药", ""]
    for text in texts:
        for columns in (0, 1, 5, 10, 20, 40, 80, 200):
            assert _mostly_cjk(text, columns) == (_cjk(text) * 3 > columns), (text, columns)


@given(st.lists(st.sampled_from(["药", "㐀", "，", "　", "Ａ", "ｶ", "“", "●", "é", "ぁ", "𫖯", "a", " ", "\n"]), max_size=40),
       st.integers(0, 150))
def test_the_byte_bounds_decide_any_mix(pieces, columns):
    from pharmalens.documents.wrapped import _mostly_cjk
    text = "".join(pieces)
    assert _mostly_cjk(text, columns) == (_cjk(text) * 3 > columns)
