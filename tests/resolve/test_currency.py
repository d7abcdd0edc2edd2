from decimal import Decimal

from pharmalens.model.records import Money
from pharmalens.resolve.currency import with_usd


def test_euros_take_the_ecb_rate_of_the_announcement_day():
    money = with_usd(Money(Decimal("136"), "EUR", "up_to"), "2025-08-01")
    assert money.rate_date == "2025-08-01"
    assert abs(float(money.usd) - 136 * 1.1404) < 0.01  # ECB EUR/USD reference rate of 1 August 2025
    assert money.amount == Decimal("136") and money.currency == "EUR"


def test_a_day_without_a_rate_takes_the_nearest_earlier_rate():
    saturday = with_usd(Money(Decimal("10"), "EUR"), "2025-08-02")
    assert saturday.rate_date == "2025-08-01"


def test_partial_dates_and_dollars():
    assert with_usd(Money(Decimal("5"), "USD"), "2024-05").usd == Decimal("5")
    assert with_usd(Money(Decimal("5"), "CNY"), None).usd is None
