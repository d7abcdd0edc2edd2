from pharmalens.model.patterns import rx, rx_starting


def test_a_start_filter_finds_what_the_plain_alternation_finds():
    body = r"(?:\d+\s*亿|\bPhase\s*[123]|第[一二三]季度)"
    text = "Kestrel reported Phase 2 data; 第三季度 sales rose to 12 亿, phase 3 next; 3Phase 1"
    plain = [m.span() for m in rx(body).finditer(text)]
    fast = [m.span() for m in rx_starting(r"[\d第]|\b[A-Za-z]", body).finditer(text)]
    assert fast == plain and len(plain) == 3
