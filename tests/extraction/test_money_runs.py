"""Chinese amounts are looked for only in runs of amount characters around a currency: the same
amounts as a scan of the whole text."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pharmalens.extraction.money import _ZH_PATTERN, _zh_amount_runs, find_money

_PIECES = ["3", "12", ",500", ".5", " ", "亿", "万", "千万", "零", "元", "美元", "港元", "人民币", "元人民币", "RMB", "NT$",
           "美金", "新台币", "三", "两", "百", "首付款", "约", "至", "的", "单元", "多元化", "收入", "，", "（", "$", "million"]


def _whole(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _ZH_PATTERN.finditer(text)]


def _by_runs(text: str) -> list[tuple[int, int]]:
    return [m.span() for s, e in _zh_amount_runs(text) for m in _ZH_PATTERN.finditer(text, s, e)]


def test_runs_hold_the_amounts():
    text = "卓远医药获得首付款1.2亿美元，里程碑款最高达8,500万元人民币；另以两千万港元认购新股。"
    assert [text[s:e] for s, e in _by_runs(text)] == ["1.2亿美元", "8,500万元人民币", "两千万港元"]
    assert _by_runs(text) == _whole(text)


def test_no_currency_no_run():
    assert _zh_amount_runs("公司2024年营收增长35%，净利润翻倍。") == []


def test_amounts_found_as_before():
    text = "宏远生技以新台币3亿元取得授权，并支付RMB 5000万元首期款。"
    assert [(m.money.amount, m.money.currency) for m in find_money(text)] == [(300, "TWD"), (50, "CNY")]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=16))
def test_same_amounts_as_a_whole_scan(pieces):
    text = "".join(pieces)
    assert _by_runs(text) == _whole(text)
