"""The spaces and glosses the search copy drops: an English text is asked only about a per cent sign
after a space; the same positions as running every pattern."""
from hypothesis import given, strategies as st

from pharmalens.documents.normalise import (
    _GLOSS, _SPACE_BEFORE_NUMBER, _TONED, _UNIT_AFTER_SPACE, _UNITS, _dropped,
)


def _plain(text: str) -> set[int]:
    drop = set()
    for pattern in (_UNIT_AFTER_SPACE, _GLOSS):
        for match in pattern.finditer(text):
            drop.update(range(match.start(), match.end()))
    if len(_SPACE_BEFORE_NUMBER.findall(text)) >= 3:
        for match in _SPACE_BEFORE_NUMBER.finditer(text):
            drop.update(range(match.start(), match.end()))
    return drop


def test_drops_in_news_text():
    for text in ("Corran Bio shares rose 12 % after the 30\u00a0% cut; margin 5\u3000%.", "Corran Bio shares rose 12% today.",
                 "泰禾医药投入 812.40 万元，在 2025 年达成 1360 亿美元", "新药(yào) 获批，增长 5 %", "plain text without units"):
        assert _dropped(text) == _plain(text), text


@given(st.lists(st.sampled_from(["5", " ", "\u00a0", "\u3000", "%", "万元", "年", "药", "(", "yào", ")", "a", "亿", *_UNITS.split("|")[:4],
                                 _TONED[3]]), max_size=30))
def test_drops_in_any_mix(pieces):
    text = "".join(pieces)
    assert _dropped(text) == _plain(text)
