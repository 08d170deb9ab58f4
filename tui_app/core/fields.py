"""How the brief's fields are read: money, timelines, dates, lists, and the characters no field
may hold. Each reader raises ValueError with the message the user sees."""

from __future__ import annotations

import getpass
import math
import re
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from .formatting import CURRENCIES, CURRENCY_SYMBOLS, format_money, round_money

# thousands grouping (5,000,000), Indian lakh grouping (50,00,000) or no grouping at all
_AMOUNT = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$|^\d{1,2}(,\d{2})+,\d{3}(\.\d+)?$|^\d+(\.\d+)?$")
_MULTIPLIERS = {"k": 1_000, "m": 1_000_000}
# currency words people type after an amount
CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP",
    "pounds": "GBP", "yen": "JPY", "rupee": "INR", "rupees": "INR", "won": "KRW",
    "yuan": "CNY", "rmb": "CNY", "francs": "CHF", "kronor": "SEK", "kroner": "NOK",
    "zloty": "PLN", "reais": "BRL", "pesos": "MXN", "rand": "ZAR", "naira": "NGN",
}  # fmt: skip
MAX_BUDGET = Decimal("1000000000000")


def currency_code(text: str) -> str:
    """An ISO 4217 code from a code, a symbol or a currency word; ValueError if unknown."""
    value = text.strip()
    if value in CURRENCY_SYMBOLS:
        return CURRENCY_SYMBOLS[value]
    code = CURRENCY_WORDS.get(value.lower(), value.upper())
    if code not in CURRENCIES:
        raise ValueError(
            f"Budget currency {_shown(value)} is not supported; use an ISO 4217 code such as "
            f"{', '.join(CURRENCIES[:8])}… or a symbol ($, €, £, ¥)."
        )
    return code


def _shown(value: Any, limit: int = 40) -> str:
    """A user's value, quoted and cut, for a message."""
    try:
        text = repr(value)
    except ValueError:  # an int too long to print
        text = f"<a {type(value).__name__} too long to show>"
    return text if len(text) <= limit else text[: limit - 1] + "…"


class Budget(BaseModel):
    """An amount of money with its ISO currency code."""

    model_config = ConfigDict(frozen=True)

    amount: Decimal = Field(gt=0, le=MAX_BUDGET, allow_inf_nan=False)
    currency: str = "USD"

    @field_validator("currency", mode="before")
    @classmethod
    def _currency(cls, value: Any) -> str:
        if not isinstance(value, str):
            raise ValueError("Budget currency must be a code such as USD or EUR.")
        return currency_code(value)

    def __str__(self) -> str:
        return format_money(self.amount, self.currency)


def parse_budget(value: Any) -> Budget:
    """Parse "$5,000", "5000 EUR", "€2.5k", 5000 or {"amount":…, "currency":…}."""
    if isinstance(value, Budget):
        return value
    if isinstance(value, dict):
        unknown = set(value) - {"amount", "currency"}
        if unknown:
            raise ValueError(
                f"Budget has unknown key(s) {', '.join(sorted(map(str, unknown)))[:60]}; "
                "give amount and currency."
            )
        amount = value.get("amount")
        if isinstance(amount, bool) or not isinstance(amount, int | float | str | Decimal):
            raise ValueError("Budget needs a positive amount and a currency, e.g. 5000 USD.")
        currency = value.get("currency", "USD")
        if not isinstance(currency, str):
            raise ValueError("Budget currency must be a code such as USD or EUR.")
        code = currency_code(currency)
        # parsed with its currency, so it is rounded to that currency's minor units (a
        # dinar amount keeps three decimals), not to US cents first
        if not isinstance(amount, str):
            parse_budget(amount)  # the same checks and messages for NaN, huge or negative
        text = amount if isinstance(amount, str) else format(Decimal(str(amount)), "f")
        parsed = parse_budget(f"{text} {code}")
        return Budget(amount=_cents(parsed.amount, code), currency=code)
    if isinstance(value, bool):
        raise ValueError("Budget must be an amount such as 5000, $5,000 or 5000 EUR.")
    if isinstance(value, float) and (value != value or value in (float("inf"), float("-inf"))):
        raise ValueError("Budget must be a finite amount such as 5000.")
    if isinstance(value, int) and abs(value) > MAX_BUDGET:
        raise ValueError("Budget is over the 1,000,000,000,000 limit.")
    if isinstance(value, int | float | Decimal):
        text = format(Decimal(str(value)), "f") if isinstance(value, float) else str(value)
    elif isinstance(value, str):
        text = value.strip()
    else:
        raise ValueError("Budget must be an amount such as 5000, $5,000 or 5000 EUR.")
    if not text:
        return Budget(amount=Decimal(5000), currency="USD")
    if len(text) > 60:
        raise ValueError("Budget is too long; write it like 5000, $5,000 or 5000 EUR.")
    if not any(ch.isdigit() for ch in text):
        raise ValueError(
            f"Budget {_shown(value)} is not an amount; write it like 5000, $5,000 or 5000 EUR."
        )
    currency = None
    for symbol, code in CURRENCY_SYMBOLS.items():
        if symbol in text:
            currency = code
            text = text.replace(symbol, " ")
    words = text.replace("\u00a0", " ").split()
    named = [w for w in words if w.isalpha() and (len(w) == 3 or w.lower() in CURRENCY_WORDS)]
    for word in named:
        currency = currency_code(word)
    number = "".join(w for w in words if w not in named)
    multiplier = 1
    if number[-1:].lower() in _MULTIPLIERS:
        multiplier = _MULTIPLIERS[number[-1].lower()]
        number = number[:-1]
    number = _standard_grouping(number, currency)
    if not _AMOUNT.match(number):
        raise ValueError(
            f"Budget {_shown(value)} is not an amount; write it like 5000, $5,000 or 5000 EUR."
        )
    try:
        amount = Decimal(number.replace(",", "")) * multiplier
    except InvalidOperation:
        raise ValueError(f"Budget {_shown(value)} is not an amount.") from None
    if amount <= 0:
        raise ValueError("Budget must be more than zero.")
    if amount > MAX_BUDGET:
        raise ValueError("Budget is over the 1,000,000,000,000 limit.")
    currency = currency or "USD"
    return Budget(amount=_cents(amount, currency), currency=currency)


# Currencies whose countries write 60.000 for sixty thousand.
_DOT_GROUPED = frozenset(
    {"EUR", "DKK", "NOK", "ISK", "RON", "TRY", "IDR", "VND", "BRL", "ARS", "CLP", "COP"}
)
_SWISS = re.compile(r"^\d{1,3}(['’]\d{3})+(\.\d+)?$")  # 12'500.50
_DOT_GROUPS = re.compile(r"^\d{1,3}(\.\d{3})+(,\d+)?$")  # 60.000 / 1.234.567,89
_DECIMAL_COMMA = re.compile(r"^\d+,\d{1,2}$")  # 60,50 (a group always has three digits)


def _standard_grouping(number: str, currency: str | None) -> str:
    """Amounts as much of Europe and Latin America write them ("€60.000", "1.234.567,89 €",
    "60,50 €") and the Swiss way ("CHF 12'500") in the 5,000.00 form the parser reads. A
    lone dot before three digits is a decimal point only in currencies with three decimals
    (60.000 KWD) or in those written with a decimal point ($100.006 is 100.01 USD); without
    a currency it is a decimal point too."""
    if _SWISS.match(number):
        return number.replace("'", ",").replace("’", ",")
    if _DOT_GROUPS.match(number):
        if number.count(".") == 1 and "," not in number and currency not in _DOT_GROUPED:
            return number
        return number.replace(".", "").replace(",", ".")
    if _DECIMAL_COMMA.match(number):
        return number.replace(",", ".")
    return number


def _cents(amount: Decimal, currency: str = "USD") -> Decimal:
    """Round to the currency's minor units; a whole amount drops them (5000.00 → 5000)."""
    cents = round_money(amount, currency)
    if cents <= 0:
        raise ValueError(f"Budget is less than the smallest {currency} amount.")
    return cents.quantize(Decimal(1)) if cents == cents.to_integral_value() else cents


_TIMELINE = re.compile(r"^(?P<n>\d+(?:\.\d+|,\d{1,2})?)\s*(?P<unit>\D*?)\.?$")
# unit words as briefs write them, in the languages the copy can be written in: "10 Wochen",
# "3 mois", "8 semanas", "6週間", "3ヶ月"; the value is the unit's length in weeks
_UNIT_WORDS = {
    1 / 7: "d day days tag tage tagen jour jours día días dia dias giorno giorni dag dagen dagar "
    "dage dager dni dzień 日",
    1: "w wk wks week weeks woche wochen semaine semaines semana semanas settimana settimane "
    "weken vecka veckor uge uger uke uker tydzień tygodnie tygodni 週 週間",
    52 / 12: "m mo mos month months monat monate monaten mois mes meses mese mesi maand maanden "
    "månad månader måned måneder miesiąc miesiące miesięcy ヶ月 か月 カ月 ヵ月 月",
    52: "y yr yrs year years jahr jahre jahren an ans année années año años anno anni jaar år "
    "rok lata lat 年",
}
_UNITS = {word: weeks for weeks, words in _UNIT_WORDS.items() for word in words.split()}
MAX_WEEKS = 104


def parse_timeline(value: Any) -> int:
    """Parse a timeline into whole weeks: "6 weeks", "3 months", "12", 8. A fraction is
    rounded to the nearest week, halves up: 2.5 weeks is 3, 10 days 1, 1 month 4."""
    if isinstance(value, bool):
        raise ValueError("Timeline must be a duration such as 6 weeks or 3 months.")
    if isinstance(value, int) and abs(value) > 10**6:
        raise ValueError(f"Timeline is over the {MAX_WEEKS}-week limit.")
    if isinstance(value, float) and (value != value or value in (float("inf"), float("-inf"))):
        raise ValueError("Timeline must be a number of weeks such as 6, not NaN or infinity.")
    if isinstance(value, int | float):
        weeks = float(value)
    elif isinstance(value, str):
        if len(value) > 40:
            raise ValueError("Timeline is too long; write it like 6 weeks, 3 months or 12.")
        match = _TIMELINE.match(value.strip())
        if not value.strip():
            return 6
        per_unit = _UNITS.get((match["unit"].strip() or "w").casefold()) if match else None
        if not match or per_unit is None:
            raise ValueError(
                f"Timeline {_shown(value)} is not a duration; "
                "write it like 6 weeks, 3 months or 12."
            )
        weeks = float(match["n"].replace(",", ".")) * per_unit
    else:
        raise ValueError("Timeline must be a duration such as 6 weeks or 3 months.")
    # whole weeks, half a week and more up (2.5 weeks -> 3, 10 days -> 1, 1 month -> 4):
    # the plan and the calendar run in weeks; round() would take 2.5 down to 2 (to even)
    whole = math.floor(weeks + 0.5 + 1e-9)
    if whole < 1:
        raise ValueError("Timeline must be at least one week.")
    if whole > MAX_WEEKS:
        raise ValueError(f"Timeline is over the {MAX_WEEKS}-week limit.")
    return whole


MIN_START_YEAR, MAX_START_YEAR = 2000, 2100


def parse_start_date(value: Any) -> date | None:
    """An ISO date ("2025-03-03") or nothing; ValueError with the fix otherwise."""
    if value is None or isinstance(value, date):
        parsed = value
    elif isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        try:
            parsed = date.fromisoformat(text) if len(text) == 10 else None
        except ValueError:
            parsed = None
        if parsed is None:
            raise ValueError(
                f"Start date {_shown(value)} is not a date; write it as YYYY-MM-DD, "
                "e.g. 2025-03-03."
            )
    else:
        raise ValueError("Start date must be a date written as YYYY-MM-DD, e.g. 2025-03-03.")
    if parsed is not None and not MIN_START_YEAR <= parsed.year <= MAX_START_YEAR:
        raise ValueError(f"Start date must fall between {MIN_START_YEAR} and {MAX_START_YEAR}.")
    return parsed


def campaign_start(brief_start: date | None, created_at: float) -> date:
    """The day week 1 starts: the brief's start date, else the first Monday after the day the
    campaign was created (local time), so a stored campaign always gets the same dates."""
    if brief_start is not None:
        return brief_start
    created = datetime.fromtimestamp(created_at).date()
    return created + timedelta(days=7 - created.weekday())


# a comma between items, never one inside a number ("Reach 40,000 viewers, Grow sales")
_ITEM_SEPARATOR = re.compile(r"[\n;]|(?<!\d),|,(?!\d{3}(?!\d))")


def _split_list(value: Any) -> Any:
    """Accept a list of strings, or one comma- or newline-separated string."""
    if isinstance(value, str):
        return [part.strip() for part in _ITEM_SEPARATOR.split(value) if part.strip()]
    return _string_items(value)


def _split_lines(value: Any) -> Any:
    """Accept a list of strings, or one string with an entry per line (lines may hold commas)."""
    if isinstance(value, str):
        return [part.strip() for part in value.splitlines() if part.strip()]
    return _string_items(value)


def _string_items(value: Any) -> Any:
    if isinstance(value, list | tuple):
        bad = [item for item in value if not isinstance(item, str)]
        if bad:
            raise ValueError(
                f"entries must be text; {_shown(bad[0])} is a {type(bad[0]).__name__}."
            )
        return [item.strip() for item in value if item.strip()]
    return value


# Characters no brief field may hold: C0 controls (tab and newline are allowed where a field
# is multi-line), DEL, C1 controls, lone surrogates, and the bidirectional overrides that make
# text display in a different order than it reads ("Trojan source").
_MULTILINE_OK = frozenset("\n\t")
# Unicode's line and paragraph separators break a line like a newline does
_LINE_BREAKS = frozenset("\u2028\u2029")
_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


# the same classes as one pattern each: clean text (nearly all of it) is passed in C
_FORBIDDEN_MULTILINE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffd" + "".join(sorted(_BIDI)) + "]"
)
_FORBIDDEN_ONE_LINE = re.compile(
    "[\x00-\x1f\x7f-\x9f\ud800-\udfff\ufffd\u2028\u2029" + "".join(sorted(_BIDI)) + "]"
)


def bad_characters(text: str, multiline: bool = False) -> list[str]:
    """The forbidden characters in `text`, as U+XXXX names (empty when clean)."""
    if not (_FORBIDDEN_MULTILINE if multiline else _FORBIDDEN_ONE_LINE).search(text):
        return []
    found = []
    for ch in text:
        code = ord(ch)
        if (
            (code < 32 and not (multiline and ch in _MULTILINE_OK))
            or (ch in _LINE_BREAKS and not multiline)
            or 0x7F <= code <= 0x9F
            or 0xD800 <= code <= 0xDFFF
            or ch in _BIDI
            or ch == "\ufffd"  # a character that was lost on the way in
        ) and f"U+{code:04X}" not in found:
            found.append(f"U+{code:04X}")
    return found


def _check_characters(label: str, value: str, multiline: bool = False) -> None:
    bad = bad_characters(value, multiline)
    if bad:
        raise ValueError(
            f"{label} contains control characters ({', '.join(bad[:3])}); remove them."
        )


def _strip(value: Any) -> Any:
    return value.strip() if isinstance(value, str) else value


def _default_user() -> str:
    try:
        return getpass.getuser() or "marketer"
    except Exception:  # no user database entry (containers)
        return "marketer"


# Goal keywords → channels that serve them, for briefs that name no channels.
