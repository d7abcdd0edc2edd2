"""English amounts are looked for only where a currency sign or code starts: the same matches as a
scan of the whole text with the amount pattern."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pharmalens.extraction.money import _EN_PATTERN, _EN_SYMBOL, _en_symbol_matches, find_money

_PIECES = ["$", "NT$", "US$", "HK$", "A$", "S$", "C$", "€", "£", "¥", "￥", "usd", "USD", "Eur", "hkD", "RMB", "cny",
           "Gbp", "chf", "JPY", "aud", "KRW", "twd", "SEK", "dkk", "NOK", "sgd", "CAD", "inr", "USDA", "xusd", "4", "27",
           "1,250", ".75", " ", "(", ")", "million", "bn", "m", "K", "\u212a", "İ", "ß", "收购", "亿元", "-", "_", "\n"]


def _plain(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _EN_PATTERN.finditer(text)]


def _anchored(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _en_symbol_matches(text, text.lower())]


def test_every_sign_and_code_opens_an_amount():
    for key in _EN_SYMBOL:
        for written in (key, key.upper(), key.title()):
            text = f"Velora paid {written}12.5 million, then {written} 40m and {written}(3.1) bn to Quenby.{written}7"
            assert _anchored(text) == _plain(text), written
            assert len(_anchored(text)) == 4, written


def test_amounts_in_chinese_and_english_text():
    for text in ("甲药业获得首付款US$35 million及HK$2.4亿，另付RMB 120m。", "Tarnell raised $1,250.5 million (€1.1bn) and SEK 300.",
                 "İstanbul-based Korvex paid $4m", "Straße USD 9 bn", "a \u212aRW 77 fee and usd20", "$$5 US$ $"):
        assert _anchored(text) == _plain(text), text


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=24))
def test_anchored_scan_finds_what_the_whole_scan_finds(pieces):
    text = "".join(pieces)
    assert _anchored(text) == _plain(text)


def test_find_money_reads_signed_amounts():
    found = find_money("Orsolin will pay US$45 million upfront and up to €1.2 billion in milestones.")
    assert [(m.money.currency, str(m.money.amount)) for m in found] == [("USD", "45"), ("EUR", "1200")]


def test_the_page_currency_is_read_behind_its_word_tests():
    from pharmalens.extraction.money import local_currency

    filler = "甲药业公布业绩，收入增长。" * 40  # long enough for the guards' shared pass
    assert local_currency(filler + "（港元.下同）收入3亿元", "zh-Hans") == "HKD"
    assert local_currency(filler + "(新台币，以下同)", "zh-Hans") == "TWD"
    assert local_currency(filler + "乙生技（6712）公布自结营收，台股上柜。", "zh-Hans") == "TWD"
    assert local_currency(filler + "乙生技公布营收。", "zh-Hans") == "CNY"
    assert local_currency("下同", "zh-Hans") == "CNY"


_WORD_PIECES = ["40", "1,250", ".5", " ", "million", "bn", "m", "k", "euros", "Euro", "yen", "YEN", "yuan", "renminbi",
                "Swiss francs", "swiss  francs", "dollars", "U.S. dollars", "pounds", "won", "kronor", "Danish kroner", "x"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_WORD_PIECES), max_size=12))
def test_word_currencies_behind_their_guard_are_all_found(pieces):
    from pharmalens.extraction.money import _EN_WORD_PATTERN

    text = "".join(pieces)
    assert [m.span() for m in _EN_WORD_PATTERN.finditer(text)] == [m.span() for m in _EN_WORD_PATTERN.compiled.finditer(text)]


def test_word_currencies_in_a_long_article():
    text = "Brenvale Therapeutics reported results for its programs. " * 10 + \
        "It paid 40 million euros and 3 billion yen, then 12 million Swiss francs."
    found = find_money(text)
    assert [(m.money.currency, str(m.money.amount)) for m in found] == [("EUR", "40"), ("JPY", "3000"), ("CHF", "12")]
