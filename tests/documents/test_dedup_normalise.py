"""The duplicate key's fast path (ASCII, ideographs and droppable punctuation, read as UTF-8 bytes) gives
exactly what NFKC, case folding and the noise pattern give."""
import re
import sys
import unicodedata

from hypothesis import given, settings, strategies as st

from pharmalens.documents.dedup import (
    _KEPT_BMP, _PLAIN_BMP, DROPPABLE, IDEOGRAPHS, _sip_ideograph, content_hash, normalise, plain_normalise,
)

_fast = normalise.__wrapped__


def _composition_seconds() -> set[str]:
    """Every character that can join the character before it in NFC: the second of a two-character
    canonical decomposition, and the conjoining jamo vowels and finals."""
    seconds = {chr(c) for c in [*range(0x1161, 0x1176), *range(0x11A8, 0x11C3)]}
    for code in range(sys.maxunicode + 1):
        parts = unicodedata.decomposition(chr(code)).split()
        if len(parts) == 2 and not parts[0].startswith("<"):
            seconds.add(chr(int(parts[1], 16)))
    return seconds


def _ideographs() -> list[str]:
    pairs = re.findall(r"(.)-(.)", IDEOGRAPHS, re.S)
    return [chr(c) for low, high in pairs for c in range(ord(low), ord(high) + 1)]


def test_every_character_of_the_fast_path_normalises_on_its_own():
    """Concatenation keeps NFKC when each character's decomposition opens with a starter that
    combines with nothing before it; each droppable character then leaves nothing behind."""
    seconds = _composition_seconds()
    ideographs = _ideographs()
    for char in [*map(chr, range(128)), *DROPPABLE, *ideographs]:
        first = unicodedata.normalize("NFKD", char)[0]
        assert unicodedata.combining(first) == 0 and first not in seconds, hex(ord(char))
    assert all(plain_normalise(c) == "" for c in DROPPABLE)
    assert all(plain_normalise(c) == c and c.isalnum() for c in ideographs)


def test_the_fast_path_matches_the_plain_one_on_news_text():
    for text in ("康和生物（HKEX: 2481）宣布：与Brightwater Pharma达成授权，首付款2.35亿美元。\n“我们很高兴”——CEO表示",
                 "Ridgeway Therapeutics licenses RW-4410 to Calder Bio for $85M upfront… “A milestone,” she said.",
                 "嘉禾藥業 ● 2026年3月4日 ｜ 公告 【快讯】《合作协议》 𫖯 ~_~ a_b Ｘ",
                 "e\u0301 ①② ｆｕｌｌ ＡＢＣ Ⅻ ß ﬁ ＝\u0338 ㄱㅏ \uffa1\uffc2"):
        assert _fast(text) == plain_normalise(text), text
    assert content_hash("Alder  Bio, INC.") == content_hash("alder bio inc")


_PIECES = st.sampled_from(["A", "z", "7", "_", " ", "\n", "，", "。", "“", "”", "●", "—", "药", "業", "𫖯",
                           "\u0301", "\u0338", "=", "ａ", "①", "\u3099", "\u1161", "ﬁ", "İ", "ß", "\u00a8", "·", "\ud800", "\U0002a6e0", "\uffff"])


@settings(max_examples=300)
@given(st.lists(_PIECES, max_size=30))
def test_the_fast_path_matches_the_plain_one_on_any_mix(pieces):
    text = "".join(pieces)
    assert _fast(text) == plain_normalise(text)


_PLAIN_CLASS = re.compile(f"[\x00-\x7f{IDEOGRAPHS}{re.escape(DROPPABLE)}]")


def test_the_tables_read_the_basic_plane_as_the_plain_class_and_the_plain_key_do():
    for code in range(0x10000):
        char = chr(code)
        plain = bool(_PLAIN_CLASS.match(char))
        assert _PLAIN_BMP[code] == plain, hex(code)
        assert _KEPT_BMP[code] == (plain and plain_normalise(char) != ""), hex(code)


def test_beyond_the_basic_plane_only_the_assigned_ideographs_are_plain():
    for code in [*range(0x1F000, 0x1F100), *range(0x2A6D0, 0x2A710), *range(0x2EBD0, 0x2EC00), *range(0x3134A, 0x31360), 0x20000]:
        assert _sip_ideograph(code) == bool(_PLAIN_CLASS.match(chr(code))), hex(code)
        assert _fast(f"药{chr(code)}a") == plain_normalise(f"药{chr(code)}a"), hex(code)
