"""Money, numbers, percentages and sentence ends as people read them: one home for every
document, page and log line.

Currencies carry their ISO 4217 minor units, so a yen budget never shows "681,081.08 JPY" and a
dinar budget keeps its three decimals. The reference rates only scale published benchmark costs
(quoted in USD) into the brief's currency; they are not for accounting.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal


@dataclass(frozen=True, slots=True)
class Currency:
    code: str
    decimals: int  # ISO 4217 minor units
    usd_per_unit: float  # approximate 2024 average
    name: str


# ISO 4217 codes the brief accepts, with minor units and approximate 2024 reference rates.
CURRENCY_TABLE: dict[str, Currency] = {
    c.code: c
    for c in (
        Currency("USD", 2, 1.0, "US dollar"),
        Currency("EUR", 2, 1.08, "euro"),
        Currency("GBP", 2, 1.27, "pound sterling"),
        Currency("JPY", 0, 0.0067, "yen"),
        Currency("INR", 2, 0.012, "Indian rupee"),
        Currency("CAD", 2, 0.74, "Canadian dollar"),
        Currency("AUD", 2, 0.66, "Australian dollar"),
        Currency("NZD", 2, 0.61, "New Zealand dollar"),
        Currency("CHF", 2, 1.13, "Swiss franc"),
        Currency("SEK", 2, 0.095, "Swedish krona"),
        Currency("NOK", 2, 0.094, "Norwegian krone"),
        Currency("DKK", 2, 0.145, "Danish krone"),
        Currency("ISK", 0, 0.0073, "Icelandic króna"),
        Currency("PLN", 2, 0.25, "złoty"),
        Currency("CZK", 2, 0.044, "Czech koruna"),
        Currency("HUF", 2, 0.0028, "forint"),
        Currency("RON", 2, 0.22, "Romanian leu"),
        Currency("TRY", 2, 0.031, "Turkish lira"),
        Currency("ILS", 2, 0.27, "new shekel"),
        Currency("AED", 2, 0.27, "UAE dirham"),
        Currency("SAR", 2, 0.27, "Saudi riyal"),
        Currency("KWD", 3, 3.25, "Kuwaiti dinar"),
        Currency("BHD", 3, 2.65, "Bahraini dinar"),
        Currency("JOD", 3, 1.41, "Jordanian dinar"),
        Currency("EGP", 2, 0.024, "Egyptian pound"),
        Currency("ZAR", 2, 0.054, "rand"),
        Currency("NGN", 2, 0.00075, "naira"),
        Currency("KES", 2, 0.0075, "Kenyan shilling"),
        Currency("CNY", 2, 0.14, "yuan"),
        Currency("HKD", 2, 0.128, "Hong Kong dollar"),
        Currency("TWD", 2, 0.031, "new Taiwan dollar"),
        Currency("KRW", 0, 0.00074, "won"),
        Currency("SGD", 2, 0.74, "Singapore dollar"),
        Currency("MYR", 2, 0.22, "ringgit"),
        Currency("THB", 2, 0.028, "baht"),
        Currency("IDR", 2, 0.000063, "rupiah"),
        Currency("PHP", 2, 0.0175, "Philippine peso"),
        Currency("VND", 0, 0.00004, "dong"),
        Currency("BRL", 2, 0.19, "real"),
        Currency("MXN", 2, 0.055, "Mexican peso"),
        Currency("ARS", 2, 0.0011, "Argentine peso"),
        Currency("CLP", 0, 0.00107, "Chilean peso"),
        Currency("COP", 2, 0.00025, "Colombian peso"),
        Currency("PEN", 2, 0.27, "sol"),
        Currency("MAD", 2, 0.10, "Moroccan dirham"),
        Currency("QAR", 2, 0.275, "Qatari riyal"),
        Currency("OMR", 3, 2.60, "Omani rial"),
        Currency("TND", 3, 0.32, "Tunisian dinar"),
        Currency("GHS", 2, 0.068, "cedi"),
        Currency("UGX", 0, 0.00027, "Ugandan shilling"),
        Currency("TZS", 2, 0.00039, "Tanzanian shilling"),
        Currency("RWF", 0, 0.00077, "Rwandan franc"),
        Currency("ETB", 2, 0.013, "birr"),
        Currency("MUR", 2, 0.022, "Mauritian rupee"),
        Currency("XOF", 0, 0.0016, "CFA franc (BCEAO)"),
        Currency("XAF", 0, 0.0016, "CFA franc (BEAC)"),
        Currency("PKR", 2, 0.0036, "Pakistani rupee"),
        Currency("BDT", 2, 0.0087, "taka"),
        Currency("LKR", 2, 0.0033, "Sri Lankan rupee"),
        Currency("NPR", 2, 0.0075, "Nepalese rupee"),
        Currency("UAH", 2, 0.025, "hryvnia"),
        Currency("BGN", 2, 0.55, "lev"),
        Currency("RSD", 2, 0.0092, "Serbian dinar"),
        Currency("KZT", 2, 0.0021, "tenge"),
        Currency("GEL", 2, 0.37, "lari"),
        Currency("UYU", 2, 0.025, "Uruguayan peso"),
        Currency("CRC", 2, 0.0019, "Costa Rican colón"),
        Currency("DOP", 2, 0.017, "Dominican peso"),
        Currency("JMD", 2, 0.0064, "Jamaican dollar"),
        Currency("TTD", 2, 0.147, "Trinidad and Tobago dollar"),
    )
}
CURRENCIES: tuple[str, ...] = tuple(CURRENCY_TABLE)

# Symbols people type, longest first so "R$" wins over "$".
CURRENCY_SYMBOLS: dict[str, str] = {
    "US$": "USD",
    "NZ$": "NZD",
    "HK$": "HKD",
    "NT$": "TWD",
    "R$": "BRL",
    "A$": "AUD",
    "C$": "CAD",
    "S$": "SGD",
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "円": "JPY",
    "元": "CNY",
    "₹": "INR",
    "₩": "KRW",
    "₺": "TRY",
    "₪": "ILS",
    "₫": "VND",
    "₱": "PHP",
    "฿": "THB",
    "₦": "NGN",
    "zł": "PLN",
}


def currency_decimals(code: str) -> int:
    currency = CURRENCY_TABLE.get(code)
    return currency.decimals if currency else 2


def usd_per_unit(code: str) -> float | None:
    currency = CURRENCY_TABLE.get(code)
    return currency.usd_per_unit if currency else None


def round_money(amount: Decimal | float | int, currency: str) -> Decimal:
    """The amount in the currency's minor units (half up)."""
    quantum = Decimal(1).scaleb(-currency_decimals(currency))
    return Decimal(str(amount)).quantize(quantum, rounding=ROUND_HALF_UP)


# Currencies whose readers group digits the Indian way: the last three, then pairs
# (40,00,000 is forty lakh; 1,20,00,000 is 1.2 crore), and say large amounts in lakh and crore.
LAKH_CURRENCIES = frozenset({"INR"})


def lakh_grouping(digits: str) -> str:
    """ "4000000" -> "40,00,000": whole-number digits grouped in lakh and crore."""
    head, tail = digits[:-3], digits[-3:]
    pairs = [head[max(0, end - 2) : end] for end in range(len(head), 0, -2)]
    return ",".join([*reversed(pairs), tail])


def _grouped(value: Decimal | float, places: int, currency: str) -> str:
    text = f"{value:,.{places}f}"
    if currency not in LAKH_CURRENCIES:
        return text
    sign = "-" if text.startswith("-") else ""
    whole, dot, fraction = text.removeprefix("-").replace(",", "").partition(".")
    return f"{sign}{lakh_grouping(whole)}{dot}{fraction}"


def format_money(amount: Decimal | float | int, currency: str) -> str:
    """ "5,000 USD", "1,250.50 EUR", "681,081 JPY", "40,00,000 INR": whole amounts drop their
    minor units; rupees are grouped in lakh and crore."""
    value = round_money(amount, currency)
    places = 0 if value == value.to_integral_value() else currency_decimals(currency)
    return f"{_grouped(value, places, currency)} {currency}"


def format_money_short(amount: Decimal | float | int, currency: str) -> str:
    """ "250k EUR", "1.2M JPY", "950 USD", "40 lakh INR", "1.2 crore INR": for headline
    figures."""
    value = float(amount)
    sizes = (
        ((10_000_000, " crore"), (100_000, " lakh"), (1_000, "k"))
        if currency in LAKH_CURRENCIES
        else ((1_000_000_000, "B"), (1_000_000, "M"), (1_000, "k"))
    )
    for size, suffix in sizes:
        if abs(value) >= size:
            scaled = value / size
            text = f"{scaled:.1f}".rstrip("0").rstrip(".") if scaled < 100 else f"{scaled:.0f}"
            if currency in LAKH_CURRENCIES and abs(scaled) >= 1_000:
                text = _grouped(Decimal(text), 0, currency)  # "1,00,000 crore"
            return f"{text}{suffix} {currency}"
    return format_money(amount, currency)


def format_number(value: int | float) -> str:
    """A whole number with thousands separators."""
    return f"{round(value):,}"


def format_percent(share: float, places: int | None = None) -> str:
    """A fraction (0.0642) as a percentage ("6.42%"); small shares keep two decimals."""
    pct = share * 100
    if places is None:
        places = 0 if pct >= 10 and float(pct).is_integer() else (1 if pct >= 10 else 2)
    return f"{pct:.{places}f}%"


# a sentence already ends: ., !, ?, … (or an abbreviation's full stop), also inside closing
# quotes or brackets ("led by “Why not?”", "by Vault Inc.")
_ENDED = re.compile(r"[.!?…][”’\"')\]]*$")


def counted(count: int, noun: str, many: str | None = None) -> str:
    """'1 platform', '6 posts': the count with its noun in agreement (`many` for a plural
    that is not the noun + 's')."""
    return f"{count} {noun}" if count == 1 else f"{count} {many or noun + 's'}"


def end_sentence(text: str) -> str:
    """`text` closed with a full stop unless it already ends a sentence, so a quoted line or
    a name that ends in its own stop is never followed by a second one (no “Hello!”. or
    "Ltd..")."""
    text = text.rstrip()
    return text if not text or _ENDED.search(text) else text + "."


__all__ = [
    "CURRENCIES",
    "CURRENCY_SYMBOLS",
    "CURRENCY_TABLE",
    "LAKH_CURRENCIES",
    "Currency",
    "counted",
    "currency_decimals",
    "end_sentence",
    "format_money",
    "format_money_short",
    "format_number",
    "format_percent",
    "lakh_grouping",
    "round_money",
    "usd_per_unit",
]
