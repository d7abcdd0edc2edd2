"""Money as an analyst reads it, the one formatter every surface uses (CLI, web, API, exports).

An amount is stored in millions of its currency (the facts contract). It is shown in its own
currency and in the unit a reader scans: "US$45m", "RMB 196.9m", "HK$9.56bn" in English,
"4500万美元", "1.969亿元人民币", "95.6亿港元" in Chinese; with the US-dollar figure at the deal date
beside it when the currency is another ("RMB 196.9m (≈US$27.4m)"); qualifiers kept ("up to",
"最高"); "undisclosed" / "未披露" when the text gives no figure.

Billions are used from 1,000m when two decimals say the amount exactly (1,200m is "US$1.2bn",
1,234.5m stays "US$1,234.5m"); Chinese uses 亿 from 100m and 万 below.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from typing import Any

from ..model.records import Money
from ..model.vocabulary import load_yaml
from ..resolve.currency import with_usd

LANGUAGES = ("en", "zh")
UNDISCLOSED = {"en": "undisclosed", "zh": "未披露"}
QUALIFIERS = {"up_to": {"en": "up to ", "zh": "最高"}, "approx": {"en": "c. ", "zh": "约"},
              "at_least": {"en": "at least ", "zh": "至少"}}
MONEY_FIELDS = ("upfront", "milestones", "total", "equity", "amount", "cumulative_spend")


@dataclass(frozen=True)
class Amount:
    """One amount in millions of `currency`, with its US-dollar figure when known."""

    millions: float
    currency: str
    qualifier: str | None = None
    usd: float | None = None  # millions of US dollars at `rate_date`
    rate_date: str | None = None


@lru_cache(maxsize=1)
def _currencies() -> dict[str, dict[str, str]]:
    return load_yaml("currencies.yaml")


def amount_of(value: Any, date: str | None = None) -> Amount | None:
    """The amount a contract money object ({"amount", "currency", ...}) or a `Money` record holds;
    None when there is no figure. Without a stored USD figure one is worked out at `date` (the deal
    date, else the document's) from the ECB reference rates."""
    if value is None:
        return None
    read = value.get if isinstance(value, dict) else lambda key: getattr(value, key, None)
    raw, currency = read("amount"), str(read("currency") or "").upper()
    if raw is None or not currency:
        return None
    usd, rate_date = read("usd"), read("rate_date")
    if usd is None and date:
        converted = with_usd(Money(Decimal(str(raw)), currency), date)
        if converted is not None and converted.usd is not None:
            usd, rate_date = converted.usd, converted.rate_date
    if usd is None and currency == "USD":
        usd = raw
    return Amount(float(raw), currency, read("qualifier"), None if usd is None else float(usd), rate_date)


def usd_millions(value: Any, date: str | None = None) -> float | None:
    """The US-dollar figure of a money value in millions, or None when undisclosed or unconvertible."""
    amount = amount_of(value, date)
    return amount.usd if amount else None


def figure(millions: float, currency: str, lang: str = "en") -> str:
    """An amount in millions of `currency` in a reader's unit, without qualifier or USD figure."""
    sign = "-" if millions < 0 else ""
    size = abs(millions)
    words = _currencies().get(currency.upper())
    if lang == "zh":
        number = _zh_number(size)
        return f"{sign}{number}{words['zh'] if words else currency.upper()}"
    prefix = words["en"] if words else f"{currency.upper()} "
    return f"{sign}{prefix}{_en_number(size)}"


def format_money(value: Any, lang: str = "en", date: str | None = None, with_usd_figure: bool = True) -> str:
    """The whole reading of a money value: qualifier, figure in its currency, and the USD figure
    beside it where the currency is another; "undisclosed" / "未披露" without a figure."""
    return format_amount(amount_of(value, date), lang, with_usd_figure)


def format_amount(amount: Amount | None, lang: str = "en", with_usd_figure: bool = True) -> str:
    """`format_money` of an amount already read with `amount_of`."""
    lang = lang if lang in LANGUAGES else "en"
    if amount is None:
        return UNDISCLOSED[lang]
    text = QUALIFIERS.get(amount.qualifier or "", {}).get(lang, "") + figure(amount.millions, amount.currency, lang)
    if with_usd_figure and amount.currency != "USD" and amount.usd is not None:
        usd = figure(amount.usd, "USD", lang)
        text += f"（约{usd}）" if lang == "zh" else f" (≈{usd})"
    return text


def format_usd(millions: float | None, lang: str = "en") -> str:
    """A US-dollar figure in millions, or "undisclosed"."""
    lang = lang if lang in LANGUAGES else "en"
    return UNDISCLOSED[lang] if millions is None else figure(millions, "USD", lang)


def _trimmed(value: float, decimals: int) -> str:
    exact = Decimal(repr(value)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    text = f"{exact:,.{decimals}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _en_number(millions: float) -> str:
    billions = millions / 1000
    if millions >= 1000 and Decimal(repr(billions)) == Decimal(repr(billions)).quantize(Decimal("0.01")):
        return _trimmed(billions, 2) + "bn"
    if millions >= 100:
        return _trimmed(millions, 1) + "m"
    if millions >= 1:
        return _trimmed(millions, 2) + "m"
    return _trimmed(millions, 3) + "m" if millions else "0m"


def _zh_number(millions: float) -> str:
    if millions >= 100:
        return _trimmed(millions / 100, 4) + "亿"
    if millions >= 0.01:
        return _trimmed(millions * 100, 2) + "万"
    return _trimmed(millions * 1_000_000, 0)
