"""The one money formatter: the unit an analyst reads, in both interface languages."""
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pharmalens.analysis.money import amount_of, figure, format_money, format_usd, usd_millions
from pharmalens.model.records import Money


@pytest.mark.parametrize("value, en, zh", [
    ({"amount": 1200, "currency": "USD"}, "US$1.2bn", "12亿美元"),
    ({"amount": 9560, "currency": "HKD"}, "HK$9.56bn", "95.6亿港元"),
    ({"amount": 1234.5, "currency": "USD"}, "US$1,234.5m", "12.345亿美元"),
    ({"amount": 45, "currency": "USD"}, "US$45m", "4,500万美元"),
    ({"amount": 61.565, "currency": "CNY"}, "RMB 61.57m", "6,156.5万元人民币"),
    ({"amount": 80, "currency": "EUR"}, "€80m", "8,000万欧元"),
    ({"amount": -12.3, "currency": "CNY"}, "-RMB 12.3m", "-1,230万元人民币"),
    ({"amount": 7, "currency": "XYZ"}, "XYZ 7m", "700万XYZ"),
])
def test_figures_in_the_readers_unit(value, en, zh):
    assert format_money(value, "en", with_usd_figure=False) == en
    assert format_money(value, "zh", with_usd_figure=False) == zh


def test_usd_figure_beside_another_currency_and_not_beside_dollars():
    yuan = {"amount": 196.9, "currency": "CNY", "usd": 27.4, "rate_date": "2025-02-03"}
    assert format_money(yuan, "en") == "RMB 196.9m (≈US$27.4m)"
    assert format_money(yuan, "zh") == "1.969亿元人民币（约2,740万美元）"
    assert format_money({"amount": 30, "currency": "USD", "usd": 30}) == "US$30m"


def test_usd_worked_out_at_the_deal_date_when_not_stored():
    euros = {"amount": 100, "currency": "EUR"}
    assert format_money(euros) == "€100m"  # no date: no guess
    dated = amount_of(euros, "2024-03-15")
    assert dated is not None and 100 < dated.usd < 115 and dated.rate_date <= "2024-03-15"
    assert format_money(euros, date="2024-03-15").startswith("€100m (≈US$10")


def test_qualifiers_and_undisclosed_in_both_languages():
    capped = {"amount": 350, "currency": "USD", "qualifier": "up_to"}
    assert format_money(capped) == "up to US$350m"
    assert format_money(capped, "zh") == "最高3.5亿美元"
    assert format_money({"amount": 2, "currency": "USD", "qualifier": "approx"}, "zh") == "约200万美元"
    for missing in (None, {}, {"amount": None, "currency": "USD"}):
        assert format_money(missing) == "undisclosed"
        assert format_money(missing, "zh") == "未披露"
    assert format_usd(None, "zh") == "未披露" and format_usd(2500.0) == "US$2.5bn"


def test_typed_money_records_read_like_contract_json():
    typed = Money(Decimal("88.8"), "HKD", "up_to", usd=Decimal("11.4"), rate_date="2025-06-30")
    assert format_money(typed) == "up to HK$88.8m (≈US$11.4m)"
    assert usd_millions(typed) == pytest.approx(11.4)
    assert usd_millions({"amount": 5, "currency": "USD"}) == 5.0
    assert usd_millions({"amount": 5, "currency": "CNY"}) is None


@given(st.decimals(min_value=Decimal("0.01"), max_value=Decimal("99999"), places=2))
def test_billions_only_when_exact(amount):
    text = figure(float(amount), "USD")
    if text.endswith("bn"):
        assert Decimal(text[3:-2].replace(",", "")) * 1000 == amount
    else:
        assert text.endswith("m")
