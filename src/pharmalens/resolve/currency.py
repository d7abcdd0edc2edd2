"""Amounts in US dollars at the European Central Bank reference rate of the announcement date.

The rates ship with the currencyconverter package (ECB euro foreign exchange reference rates), so
nothing is fetched. A date without a rate (weekend, holiday, after the shipped data) takes the
nearest earlier rate, and the rate's date is recorded beside the amount."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache

from currency_converter import CurrencyConverter, RateNotFoundError

from ..model.records import Deal, Money, Record


@lru_cache(maxsize=1)
def _converter() -> CurrencyConverter:
    """Strict: a day without a published rate raises, so the search below finds the real rate day."""
    return CurrencyConverter(fallback_on_missing_rate=False, fallback_on_wrong_date=False)


def rate_day(date: str | None) -> dt.date | None:
    """The day a partial date ("2025", "2025-08") stands for: its first day."""
    if not date:
        return None
    parts = [int(p) for p in date.split("-")] + [1, 1]
    try:
        return dt.date(parts[0], parts[1], parts[2])
    except ValueError:
        return None


def with_usd(money: Money | None, date: str | None) -> Money | None:
    if money is None or money.usd is not None:
        return money
    day = rate_day(date)
    if day is None:
        return money
    if money.currency == "USD":
        return replace(money, usd=money.amount, rate_date=day.isoformat())
    converter = _converter()
    try:
        found = _rate_on_or_before(converter, money.currency, day)
    except (RateNotFoundError, ValueError):
        return money
    if found is None:
        return money
    rate, rate_date = found
    return replace(money, usd=(money.amount * Decimal(str(rate))).quantize(Decimal("0.001")), rate_date=rate_date.isoformat())


def _rate_on_or_before(converter: CurrencyConverter, currency: str, day: dt.date) -> tuple[float, dt.date] | None:
    if currency not in converter.currencies:
        return None
    last = min(converter.bounds[currency].last_date, converter.bounds["USD"].last_date)
    day = min(day, last)
    for back in range(15):
        candidate = day - dt.timedelta(days=back)
        try:
            return converter.convert(1, currency, "USD", date=candidate), candidate
        except RateNotFoundError:
            continue
    return None


def add_usd(records: list[Record]) -> None:
    """Deal money gets its USD value at the announcement date."""
    for record in records:
        if isinstance(record, Deal):
            for field in ("upfront", "milestones", "total", "equity"):
                setattr(record, field, with_usd(getattr(record, field), record.announced))
