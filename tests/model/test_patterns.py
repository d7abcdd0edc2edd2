import re

from pharmalens.model.patterns import rx, rx_starting


def test_a_start_filter_finds_what_the_plain_alternation_finds():
    body = r"(?:\d+\s*亿|\bPhase\s*[123]|第[一二三]季度)"
    text = "Kestrel reported Phase 2 data; 第三季度 sales rose to 12 亿, phase 3 next; 3Phase 1"
    plain = [m.span() for m in rx(body).finditer(text)]
    fast = [m.span() for m in rx_starting(r"[\d第]|\b[A-Za-z]", body).finditer(text)]
    assert fast == plain and len(plain) == 3


def test_a_pattern_opening_with_a_lookahead_starts_only_where_the_lookahead_allows():
    from pharmalens.model.pattern_starts import start_class

    cls = start_class(r"(?=\d\s*号|天)(?:\w+号|天[甲乙]|[a-z]+)", 0)
    assert cls is not None
    assert all(re.fullmatch(cls, ch) for ch in "7天")
    assert not any(re.fullmatch(cls, ch) for ch in "xQ号甲")  # branches can start there, the lookahead cannot


def test_a_lookahead_for_one_character_gets_no_second_class():
    from pharmalens.model.pattern_starts import start_class

    assert start_class(r"(?=[AB])(?:Apex|Bolt)", 0) is None


def test_a_text_holds_han_only_with_a_chinese_character():
    from pharmalens.model.patterns import holds_han

    assert holds_han("Kestrel Bio与Halvard签署协议")
    assert holds_han("X" * 5000 + "药")
    assert not holds_han("Kestrel Bio（NASDAQ: KSTB）：ｆｕｌｌ－ｗｉｄｔｈ，。「」")
    assert not holds_han("")


def test_starts_of_gives_every_start_of_every_word_overlapping_ones_too():
    from pharmalens.model.patterns import starts_of
    text = "approved approval; 获批获批 aaa"
    assert sorted(starts_of(text, ("approv", "appro", "获批", "aa", "none"))) == sorted(
        [m.start() for w in ("approv", "appro", "获批", "aa") for m in re.finditer(f"(?={re.escape(w)})", text)])
    assert starts_of("", ("x",)) == [] and starts_of("abc", ()) == []
