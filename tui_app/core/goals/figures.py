"""Figures in goal text: numbers, money, percentages, ratios, ratings, deadlines.

A `Quantity` is one figure with what sits right on it (a currency, "%", "x", "-star", a
multiplier such as "k" or "million", a "196-piece" noun). Numbers that are plainly something
else — "Q3", "24/7", "ISO 27001", "18-34", "1st", "top 3", "5G" — are not figures at all.
Whether a figure is a *target* is decided by the parser, which reads the words around it.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation

from ..formatting import CURRENCIES, CURRENCY_SYMBOLS

_MULTIPLIERS = {
    "k": 10**3,
    "thousand": 10**3,
    "m": 10**6,
    "mn": 10**6,
    "mm": 10**6,
    "mio": 10**6,
    "million": 10**6,
    "millions": 10**6,
    "b": 10**9,
    "bn": 10**9,
    "billion": 10**9,
    "milhões": 10**6,
    "millones": 10**6,
    "millionen": 10**6,
    "milioni": 10**6,
    "mrd": 10**9,
    "lakh": 10**5,
    "lakhs": 10**5,
    "crore": 10**7,
    "crores": 10**7,
}
_CURRENCY_WORDS = {
    "dollars": "USD",
    "dollar": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "pounds": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "rmb": "CNY",
    "rupees": "INR",
    "won": "KRW",
    "francs": "CHF",
    "kronor": "SEK",
    "kroner": "NOK",
    "zloty": "PLN",
    "reais": "BRL",
    "pesos": "MXN",
    "rand": "ZAR",
    "naira": "NGN",
    "dirhams": "AED",
    "riyals": "SAR",
    "dinars": "KWD",
    "shekels": "ILS",
    "baht": "THB",
    "ringgit": "MYR",
}
# a bare symbol means the budget's currency when the budget uses that symbol too
_DOLLAR_CURRENCIES = {"USD", "CAD", "AUD", "NZD", "SGD", "HKD", "TWD", "MXN", "ARS", "CLP", "COP"}
_SYMBOLS = sorted(CURRENCY_SYMBOLS, key=len, reverse=True)
_SYMBOL = "|".join(re.escape(s) for s in _SYMBOLS)
_CODE = "|".join(CURRENCIES)
_WORD = "|".join(sorted(_CURRENCY_WORDS, key=len, reverse=True))
_MULT = "|".join(sorted(_MULTIPLIERS, key=len, reverse=True))

_NUMBER = (
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?"  # 1,200,000.50
    r"|\d{1,3}(?:\.\d{3})+(?:,\d+)?"  # 1.200.000,50
    r"|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,]\d)(?:[.,]\d+)?"  # 1 200 000
    r"|\d+(?:[.,]\d+)?"  # 4.8, 4,8, 150
)
_FIGURE = re.compile(
    rf"(?P<pre>(?:(?<![A-Za-z])(?:{_CODE})\s?)|(?:{_SYMBOL})\s?)?"
    r"(?P<sign>[+~≈]\s?)?"
    rf"(?<![\w.,/#-])(?P<num>{_NUMBER})"
    rf"(?:\s?(?P<mult>{_MULT})\b\.?)?"
    r"(?P<plus>\+)?"
    r"(?:(?P<pct>\s?(?:%|percent\b|per cent\b|pct\b))|(?P<pp>\s?(?:pp\b|percentage points?\b|"
    r"points?\b|pts\b))|(?P<ratio>\s?[x×](?![A-Za-z])|:1\b)|(?P<star>-star\b|\s?stars?\b|\s?/\s?5\b"
    r"|\s(?:out )?of 5\b)|(?P<hyph>-(?P<noun>[a-z]+)\b))?"
    rf"(?P<post>\s?(?:{_SYMBOL})|\s(?:{_CODE})\b|\s(?:{_WORD})\b)?",
    re.I,
)
_CODE_EXACT = re.compile(rf"^(?:{_CODE})$")  # codes are read only in capitals ("TRY", not "try")
_LEAD_SKIP = re.compile(
    r"(?:\b(?:q|h|fy|no\.?|v|gen|web|top|week|weeks|day|days|phase|level|tier|step|version|"
    r"season|page|number|series|model|chapter|episode|vol|part|room|route|gate|stage|"
    r"aged?|ages|under-|over-|iso|soc|pci|hipaa|gdpr)\s?$|[A-Za-z]-$|\d[-–]$|24/$|#\s?$)",
    re.I,
)
# "ISO 27001", "SOC 2", "PS5 …": a figure right after an acronym names a thing, unless the
# acronym is a currency or a metric ("EUR 5,000", "NPS 50", "CPA 45")
_METRIC_ACRONYMS = "NPS|CSAT|CTR|CPA|CPL|CAC|CPC|CPM|ROAS|ROI|AOV|ACV|MRR|ARR|KPI|MQLs?|SQLs?"
_ACRONYM = re.compile(
    rf"(?:^|\s)(?!(?:{_CODE}|{_METRIC_ACRONYMS})\s)[A-Z][A-Za-z]*[A-Z0-9][A-Za-z0-9]*\s$"
)
_TRAIL_SKIP = re.compile(
    r"^(?:st|nd|rd|th)\b|^[-–]\s?\d|^\s?(?:to|-|–)\s?\d+\s?(?:years?|yo|y/o)\b|^/\d|^:\d\d|"
    r"^\s?(?:%|percent)\s+(?:off|discount)|^[A-Za-z]",
    re.I,
)
# An age in an audience phrase is not a figure: "adults over 65", "people aged 18-24",
# "adults 65+", "seniors 65 and older", "over-65s" (the last is caught by _LEAD_SKIP)
_PEOPLE = (
    r"(?:adults|people|persons|seniors|elders|residents|women|men|patients|children|kids|teens|"
    r"youths?|users|customers|members|those|anyone|everyone|population|individuals|workers|"
    r"employees|parents|retirees|citizens|voters|smokers|drivers|travell?ers|couples|families|"
    r"students|girls|boys|audiences?|consumers|viewers|players|gamers)"
)
_AGE_BEFORE = re.compile(
    rf"\b{_PEOPLE}\s+(?:(?:over|under|above|below|older than|younger than|past)\s+|"
    r"(?=\S*$))$",
    re.I,
)
_AGE_AFTER = re.compile(
    r"^\s?(?:years?[- ]old|yrs?[- ]old|yo\b|y/o|-year-olds?|\+?\s*(?:and|or)\s+(?:over|older|"
    r"up|above|under|younger)\b)|^\+\s*(?:year|adults|seniors|age|population)",
    re.I,
)
_NOUN_PLURALS = {"person": "people", "child": "children", "man": "men", "woman": "women"}
_TIME_NOUNS = re.compile(r"^(?:week|month|day|hour|minute|second|year|quarter|night)s?$", re.I)


# A goal or requirement names a handful of figures; past this many the text is not prose (a
# pasted table, a list of SKUs) and reading on only costs time (1,000 figures took 0.4 s).
MAX_FIGURES = 40


@dataclass(frozen=True, slots=True)
class Quantity:
    """One figure in a text and the marks on it."""

    start: int
    end: int
    text: str
    value: Decimal
    currency: str = ""  # ISO code when money
    unit: str = ""  # "%", "pp", "x", "stars" or ""
    hyphen_unit: str = ""  # "196-piece" → "pieces"
    pair_from: Decimal | None = None  # the 18 of "from 18% to 10%"
    year_like: bool = False
    at_least: bool = False  # "50+"


def plural(noun: str) -> str:
    """A countable noun's plural ("piece" → "pieces", "person" → "people")."""
    low = noun.lower()
    if low in _NOUN_PLURALS:
        return _NOUN_PLURALS[low]
    if re.search(r"[^aeiou]y$", low):
        return noun[:-1] + "ies"
    if re.search(r"(?:s|x|z|ch|sh)$", low):
        return noun + "es"
    return noun + "s"


def to_decimal(number: str, multiplier: str = "") -> Decimal | None:
    """ "5,000" / "5.000" / "5 000" → 5000; "4,8" → 4.8; "1.2" + "million" → 1200000."""
    text = number.replace("\u00a0", " ").replace("\u202f", " ")
    groups = re.split(r"[ ,.]", text)
    seps = re.findall(r"[ ,.]", text)
    if " " in seps:
        text = text.replace(" ", "")
        seps = [s for s in seps if s != " "]
    if "," in seps and "." in seps:
        decimal_sep = seps[-1]
        thousands = "," if decimal_sep == "." else "."
        text = text.replace(thousands, "").replace(decimal_sep, ".")
    elif seps:
        sep = seps[0]
        tail_groups = groups[1:]
        thousands_like = all(len(g) == 3 for g in tail_groups) and groups[0] != "0"
        # "5.000" is five thousand (European) unless a multiplier makes it "1.500 million"
        if thousands_like and (len(seps) > 1 or sep == "," or not multiplier):
            text = text.replace(sep, "")
        elif len(seps) == 1:
            text = text.replace(sep, ".")
        else:
            return None
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None
    if multiplier:
        value *= _MULTIPLIERS[multiplier.lower().rstrip(".")]
    return value.normalize() if value != value.to_integral() else value.quantize(Decimal(1))


def _currency(mark: str, budget_currency: str) -> str:
    mark = mark.strip()
    if not mark:
        return ""
    if mark in CURRENCY_SYMBOLS:
        code = CURRENCY_SYMBOLS[mark]
        if mark == "$" and budget_currency in _DOLLAR_CURRENCIES:
            return budget_currency
        if mark == "¥" and budget_currency == "CNY":
            return "CNY"
        return code
    if _CODE_EXACT.match(mark):
        return mark
    return _CURRENCY_WORDS.get(mark.lower(), "")


def quantities(text: str, budget_currency: str = "USD") -> list[Quantity]:
    """The figures in the text (the first `MAX_FIGURES`), "from X to Y" pairs merged into one."""
    found: list[Quantity] = []
    for m in _FIGURE.finditer(text):
        if len(found) == MAX_FIGURES:
            break
        pre = (m.group("pre") or "").strip()
        start = m.start("num") if pre and not _currency(pre, budget_currency) else m.start()
        before = text[max(0, start - 60) : start]  # a window: long texts stay linear
        after = text[m.end("num") :]
        if _LEAD_SKIP.search(before) or _ACRONYM.search(before[-12:] if before else ""):
            continue
        if not pre and _is_age(before, after, m.group("num")):
            continue
        marks = ("mult", "plus", "pct", "pp", "ratio", "star", "hyph")
        if not any(m.group(g) for g in marks) and _TRAIL_SKIP.match(after):
            continue
        if re.match(r"\s?(?:%|percent)\s+(?:off|discount)", after, re.I):
            continue
        value = to_decimal(m.group("num"), m.group("mult") or "")
        if value is None:
            continue
        currency = _currency(pre, budget_currency) or _currency(
            m.group("post") or "", budget_currency
        )
        unit = ""
        if m.group("pct"):
            unit = "%"
        elif m.group("pp"):
            unit = "pp"
        elif m.group("ratio"):
            unit = "x"
        elif m.group("star"):
            unit = "stars"
        hyphen = ""
        noun = m.group("noun") or ""
        if noun:
            if _TIME_NOUNS.match(noun):
                continue  # "10-week", "30-day"
            if noun in _MULTIPLIERS:
                continue
            hyphen = plural(noun)
        end = max([m.end("num"), *(m.end(g) for g in marks if m.group(g))])
        if m.group("post") and _currency(m.group("post"), budget_currency):
            end = m.end("post")
        plain = m.group("num")
        year_like = (
            not currency
            and not unit
            and not m.group("mult")
            and re.fullmatch(r"(?:19|20)\d\d", plain) is not None
        )
        found.append(
            Quantity(
                start=start,
                end=end,
                text=text[start:end].strip(),
                value=value,
                currency=currency,
                unit=unit,
                hyphen_unit=hyphen,
                year_like=year_like,
                at_least=bool(m.group("plus")),
            )
        )
    return _merge_pairs(text, found)


def _is_age(before: str, after: str, number: str) -> bool:
    """ "adults over 65", "adults 65+", "65 and older", "12 years old": an age, not a figure."""
    if not re.fullmatch(r"\d{1,3}", number) or int(number) > 120:
        return False
    if re.match(r"^\s?(?:%|percent|pp|x\b|[-–]star|stars?\b)", after, re.I):
        return False
    if _AGE_AFTER.match(after):
        return True
    # "adults over 65", "adults 65+" (a people noun right before), not "reach over 65 people"
    return bool(_AGE_BEFORE.search(before)) and (
        bool(re.match(r"^\+|^\s*(?:[,.;)]|$|\s(?:from|in|and|who|with|across|to)\b)", after))
    )


def _merge_pairs(text: str, found: list[Quantity]) -> list[Quantity]:
    out: list[Quantity] = []
    i = 0
    while i < len(found):
        q = found[i]
        nxt = found[i + 1] if i + 1 < len(found) else None
        if (
            nxt is not None
            # "from 20% to 35%", and as the other languages of a brief write it: "de 20% para
            # 35%", "de 20 % à 35 %", "von 20 % auf 35 %", "dal 20% al 35%", "van 20% naar 35%"
            and re.fullmatch(
                r"\s*(?:to|→|->|para|a|à|al|auf|bis|naar|tot)\s*", text[q.end : nxt.start], re.I
            )
            and re.search(
                r"\b(?:from|de|del|von|dal|van)\s*$", text[max(0, q.start - 12) : q.start], re.I
            )
        ):
            unit = nxt.unit or q.unit
            currency = nxt.currency or q.currency
            out.append(replace(nxt, start=q.start, unit=unit, currency=currency, pair_from=q.value))
            i += 2
            continue
        out.append(q)
        i += 1
    return out


# -- the words around a figure ------------------------------------------------------------


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_STOP = _words(
    "in by from within and or to for per across before after over at on through via with of "
    "during this next each a an the than into among between until while using who that which "
    "is are was were has have its it as be been being so but if when where every all our their "
    "your his her they we you plus nor yet ahead around about"
)
_VERBS = _words(
    "reduce cut increase get hit achieve keep maintain reach hold drive improve lift grow boost "
    "lower raise bring push move generate secure win earn deliver attract recruit sell book "
    "gain add hit land double triple halve sustain drop decrease target aim make see take "
    "ensure convert acquire capture build expand accelerate shrink bump"
)
_TRAILING = _STOP | _words("least most above below under over than ≥ ≤ < > up down")
_ARTICLES = _words("a an the our its their your my this that")


def window_before(text: str, q: Quantity) -> str:
    """The words before a figure, as a window: reading stays linear in long texts."""
    return text[max(0, q.start - 120) : q.start]


def before_words(text: str, count: int) -> str:
    """The last `count` words of the text, as written."""
    words = text.split()
    return " ".join(words[-count:])


def after_words(text: str, count: int) -> str:
    """Up to `count` words after a figure, stopping at a preposition or punctuation."""
    words: list[str] = []
    for match in re.finditer(r"\S+", text):
        raw = match.group()
        word = raw.strip(",.;:!?()\"'“”")
        if not word or word.lower() in _STOP:
            break
        words.append(word)
        if len(words) == count or raw[-1] in ",.;:!?)":
            break
    return " ".join(words)


_PLURAL_TAIL = re.compile(r"(?:[^suiy']s|ies|es|people|staff|children|alumni|traffic)$", re.I)
_NOT_PLURAL = _words("is as has was its this his yes does goes always perhaps whereas")


def looks_plural(word: str) -> bool:
    low = word.lower().strip("'’")
    return bool(_PLURAL_TAIL.search(low)) and low not in _NOT_PLURAL


_OF_PHRASE = re.compile(
    r"\s+of\s+(?!(?:the|a|an|our|its|their|this|these|those)\b)([a-z][^,.;:]*)", re.I
)


def unit_phrase(after: str) -> tuple[str, str]:
    """The counted noun after a figure and the text left after it:
    " sales-qualified leads by June" → ("sales-qualified leads", " by June");
    " runners signed up" → ("runners", " signed up")."""
    words: list[tuple[str, int]] = []
    pos = 0
    for match in re.finditer(r"\S+", after):
        raw = match.group()
        word = raw.strip(',.;:!?()"“”')
        if not word or word.lower() in _STOP or word[0].isdigit():
            break
        if re.search(r"[^\w'’&/+-]", word):
            break
        words.append((word, match.end()))
        pos = match.end()
        if len(words) == 4 or raw[-1] in ",.;:!?)":
            break
    for i in range(len(words) - 1, -1, -1):
        if looks_plural(words[i][0]) or words[i][0].lower() in ("traffic", "footfall", "reach"):
            unit = " ".join(w for w, _ in words[: i + 1])
            rest = after[words[i][1] :]
            # "10 pieces of earned media coverage": the "of" phrase says what is counted
            of = _OF_PHRASE.match(rest)
            if of and i == len(words) - 1:
                return f"{unit} of {after_words(of.group(1), 3)}", rest[of.end() :]
            return unit, rest
    if words:  # a singular noun: the caller decides it is not a count
        return " ".join(w for w, _ in words), after[pos:]
    return "", after


def metric_before(before: str) -> str:
    """The metric a rate speaks of: "Reduce monthly churn from" → "monthly churn"."""
    words = before.split()
    while words and words[-1].lower().strip(",") in _TRAILING:
        words.pop()
    taken: list[str] = []
    for word in reversed(words[-7:]):
        low = word.lower().strip(",.;:")
        if low in _VERBS or low.rstrip("s") in _VERBS or word.endswith((",", ";", ":", ".")):
            break
        taken.append(word.strip(",.;:"))
    taken.reverse()
    while taken and taken[0].lower() in _ARTICLES:
        taken.pop(0)
    return " ".join(taken)


# -- deadlines ----------------------------------------------------------------------------

_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a": 1, "the": 1,
}  # fmt: skip
_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_WITHIN = re.compile(
    r"\b(?:within|in)\s+(?:the\s+)?(?:(first)\s+)?(\d+|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|a)?\s*(weeks?|months?|days?)\b",
    re.I,
)
_BY_WEEK = re.compile(r"\bby\s+(?:the\s+end\s+of\s+)?week\s+(\d+)\b", re.I)
_BY_DATE = re.compile(
    rf"\b(?:by|before|until|ahead of)\s+(?:the\s+)?(?:end\s+of\s+)?(?:(?:\d{{1,2}}(?:st|nd|rd|th)?"
    rf"\s+)?{_MONTHS}\b(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+\d{{4}})?|q[1-4](?:\s+\d{{4}})?|"
    r"\d{4}-\d{2}-\d{2}|(?:19|20)\d\d|(?:the\s+)?(?:campaign|quarter|year|month|summer|winter|"
    r"spring|autumn|fall|christmas|the holidays|black friday|launch(?: day)?|opening(?: day)?|"
    r"race day|event day|tax season|back to school|year[- ]end))\b",
    re.I,
)


def deadline_of(text: str) -> tuple[str, int | None]:
    """("within 8 weeks", 8), ("by March 31", None) or ("", None)."""
    match = _BY_WEEK.search(text)
    if match:
        return match.group(0), int(match.group(1))
    match = _WITHIN.search(text)
    if match and (match.group(1) or match.group(2)):
        raw = (match.group(2) or "one").lower()
        n = int(raw) if raw.isdigit() else _NUMBER_WORDS.get(raw, 1)
        unit = match.group(3).lower()
        if unit.startswith("week"):
            weeks = n
        elif unit.startswith("month"):
            weeks = round(n * 52 / 12)
        else:
            weeks = math.ceil(n / 7)
        return match.group(0), max(1, weeks)
    match = _BY_DATE.search(text)
    if match:
        return match.group(0), None
    return "", None


__all__ = [
    "Quantity",
    "after_words",
    "before_words",
    "deadline_of",
    "looks_plural",
    "metric_before",
    "plural",
    "quantities",
    "to_decimal",
    "unit_phrase",
    "window_before",
]
