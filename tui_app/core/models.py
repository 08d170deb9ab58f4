"""The campaign domain: the brief a marketer fills in, a campaign's record, its artifacts.

Everything here is plain data with validation; nothing imports Textual or LangGraph, so the
store, the CLI and the UI can all use it cheaply.
"""

from __future__ import annotations

import getpass
import json
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlparse

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationError,
    field_validator,
    model_validator,
)

from .constraints import MAX_LANGUAGES, Rules, derive_rules, language_code
from .formatting import CURRENCIES, CURRENCY_SYMBOLS, format_money, round_money
from .goals import channel_ids_for_goals

# ---------------------------------------------------------------------------
# Vocabularies
# ---------------------------------------------------------------------------


class Tone(StrEnum):
    """A style of voice and look. The brief's tone is free text; `tone_style` maps it here."""

    PROFESSIONAL = "professional"
    CASUAL = "casual"
    FRIENDLY = "friendly"
    AUTHORITATIVE = "authoritative"
    CREATIVE = "creative"
    MODERN = "modern"
    VINTAGE = "vintage"


# Words a marketer writes in the tone field -> the style they mean (first match wins).
TONE_WORDS: tuple[tuple[Tone, tuple[str, ...]], ...] = (
    (Tone.PROFESSIONAL, ("professional", "corporate", "business", "formal", "polished", "credible",
                         "trustworthy", "serious", "clear", "measured", "reassuring", "calm",
                         "straightforward", "practical", "dependable", "plain-spoken", "plain",
                         "sensible", "matter-of-fact", "factual", "informative", "respectful",
                         "neutral", "sober", "serene", "peaceful", "soothing")),
    (Tone.AUTHORITATIVE, ("authoritative", "expert", "confident", "assertive", "technical",
                          "scientific", "official", "trusted", "precise", "direct", "no-nonsense")),
    (Tone.FRIENDLY, ("friendly", "warm", "welcoming", "approachable", "caring", "kind", "engaging",
                     "neighbourly", "neighborly", "cheerful", "empathetic", "compassionate",
                     "inclusive", "hopeful", "heartfelt", "supportive", "community",
                     "community-minded", "generous", "gentle", "optimistic", "positive",
                     "empowering", "family-friendly", "joyful", "uplifting")),
    (Tone.CASUAL, ("casual", "relaxed", "laid-back", "laid back", "conversational", "easygoing",
                   "chill", "informal", "down-to-earth", "honest")),
    (Tone.CREATIVE, ("creative", "playful", "quirky", "fun", "witty", "whimsical", "imaginative",
                     "artistic", "irreverent", "cheeky", "humorous", "funny", "adventurous",
                     "inspiring", "aspirational", "geeky", "nerdy", "curious")),
    (Tone.MODERN, ("modern", "sleek", "minimal", "minimalist", "bold", "innovative", "futuristic",
                   "fresh", "energetic", "dynamic", "edgy", "vibrant", "punchy", "urban",
                   "youthful", "trendy", "sporty", "cool")),
    (Tone.VINTAGE, ("vintage", "retro", "nostalgic", "classic", "heritage", "timeless", "elegant",
                    "luxurious", "luxury", "refined", "sophisticated", "understated", "artisanal",
                    "crafted", "traditional", "romantic", "intimate", "poetic", "dreamy", "tender",
                    "premium", "exclusive", "upscale", "opulent", "glamorous")),
)  # fmt: skip


def tone_style(tone: str) -> Tone | None:
    """The style a free-text tone asks for ("Professional and engaging" -> professional)."""
    text = tone.casefold()
    best: tuple[int, Tone] | None = None
    for style, words in TONE_WORDS:
        for word in words:
            match = re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)
            if match and (best is None or match.start() < best[0]):
                best = (match.start(), style)
    return best[1] if best else None


class Priority(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"

    @property
    def rank(self) -> int:
        """Higher runs first."""
        return {"low": 0, "normal": 1, "high": 2}[self.value]


class Channel(StrEnum):
    EMAIL = "email"
    INSTAGRAM = "instagram"
    TIKTOK = "tiktok"
    LINKEDIN = "linkedin"
    X = "x"
    FACEBOOK = "facebook"
    SEARCH_ADS = "search_ads"
    DISPLAY_ADS = "display_ads"
    WEBSITE = "website"

    @property
    def label(self) -> str:
        return CHANNEL_LABELS[self]


CHANNEL_LABELS: dict[Channel, str] = {
    Channel.EMAIL: "Email",
    Channel.INSTAGRAM: "Instagram",
    Channel.TIKTOK: "TikTok",
    Channel.LINKEDIN: "LinkedIn",
    Channel.X: "X (Twitter)",
    Channel.FACEBOOK: "Facebook",
    Channel.SEARCH_ADS: "Search ads",
    Channel.DISPLAY_ADS: "Display ads",
    Channel.WEBSITE: "Website",
}

SOCIAL_CHANNELS = (
    Channel.INSTAGRAM,
    Channel.TIKTOK,
    Channel.LINKEDIN,
    Channel.X,
    Channel.FACEBOOK,
)


class CampaignStatus(StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    # finished, but findings of the review remain (listed in the report, `show` and the TUI)
    WARNINGS = "warnings"
    FAILED = "failed"
    CANCELLED = "cancelled"
    INTERRUPTED = "interrupted"

    @property
    def is_active(self) -> bool:
        return self in (CampaignStatus.QUEUED, CampaignStatus.RUNNING)

    @property
    def is_finished(self) -> bool:
        """Done, with or without warnings: the kit exists (it can be regenerated)."""
        return self in (CampaignStatus.DONE, CampaignStatus.WARNINGS)

    @property
    def label(self) -> str:
        return "done with warnings" if self is CampaignStatus.WARNINGS else self.value

    @property
    def can_retry(self) -> bool:
        return self in (
            CampaignStatus.FAILED,
            CampaignStatus.CANCELLED,
            CampaignStatus.INTERRUPTED,
        )


# Per-channel text limits, in characters (what the platforms accept).
LIMITS = {
    "x_post": 280,
    "linkedin_post": 3000,
    "instagram_caption": 2200,
    "tiktok_caption": 2200,
    "facebook_post": 63206,
    "search_headline": 30,
    "search_description": 90,
    "email_subject": 60,
    "email_preheader": 100,
    "display_headline": 30,
    "display_description": 90,
    # our own limits, so taglines, buttons and the hero read well
    "tagline": 60,
    "cta": 25,
    "hero_headline": 60,
    "hero_subline": 90,
}

# Social platform id -> the length limit of one post (text, blank line, hashtags).
POST_LIMITS: dict[str, int] = {
    "x": LIMITS["x_post"],
    "linkedin": LIMITS["linkedin_post"],
    "instagram": LIMITS["instagram_caption"],
    "tiktok": LIMITS["tiktok_caption"],
    "facebook": LIMITS["facebook_post"],
}

# Length limits on brief fields (characters) and lists (items).
FIELD_LIMITS = {
    "product": 120,
    "client": 120,
    "campaign_name": 120,
    "client_website": 300,
    "target_audience": 600,
    "goals": 200,
    "key_features": 200,
    "additional_requirements": 2000,
    "user": 64,
    "tone": 60,
    "primary_cta": 25,
    "avoid": 80,
    "must_include": 120,
}
LIST_LIMITS = {"goals": 8, "key_features": 12, "avoid": 20, "must_include": 4, "brand_colors": 5}

# Human names for brief fields, used in messages.
FIELD_LABELS = {
    "product": "Product",
    "client": "Client",
    "campaign_name": "Campaign name",
    "client_website": "Client website",
    "target_audience": "Target audience",
    "goals": "Goals",
    "key_features": "Key features",
    "budget": "Budget",
    "timeline": "Timeline",
    "tone": "Tone",
    "additional_requirements": "Additional requirements",
    "user": "User",
    "priority": "Priority",
    "channels": "Channels",
    "primary_cta": "Primary CTA",
    "avoid": "Avoid",
    "must_include": "Must include",
    "languages": "Languages",
    "no_selling": "No selling",
    "brand_colors": "Brand colours",
}

# ---------------------------------------------------------------------------
# Budget and timeline parsing
# ---------------------------------------------------------------------------

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


def _cents(amount: Decimal, currency: str = "USD") -> Decimal:
    """Round to the currency's minor units; a whole amount drops them (5000.00 → 5000)."""
    cents = round_money(amount, currency)
    if cents <= 0:
        raise ValueError(f"Budget is less than the smallest {currency} amount.")
    return cents.quantize(Decimal(1)) if cents == cents.to_integral_value() else cents


_TIMELINE = re.compile(
    r"^(?P<n>\d+(\.\d+)?)\s*(?P<unit>d|days?|w|wks?|weeks?|m|mos?|months?|y|yrs?|years?)?$",
    re.IGNORECASE,
)
MAX_WEEKS = 104


def parse_timeline(value: Any) -> int:
    """Parse a timeline into whole weeks: "6 weeks", "3 months", "12", 8."""
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
        if not match:
            raise ValueError(
                f"Timeline {_shown(value)} is not a duration; "
                "write it like 6 weeks, 3 months or 12."
            )
        n = float(match["n"])
        unit = (match["unit"] or "w").lower()
        per_unit = {"d": 1 / 7, "w": 1, "m": 52 / 12, "y": 52}[unit[0]]
        weeks = n * per_unit
    else:
        raise ValueError("Timeline must be a duration such as 6 weeks or 3 months.")
    whole = round(weeks)
    if whole < 1:
        raise ValueError("Timeline must be at least one week.")
    if whole > MAX_WEEKS:
        raise ValueError(f"Timeline is over the {MAX_WEEKS}-week limit.")
    return whole


def _split_list(value: Any) -> Any:
    """Accept a list of strings, or one comma- or newline-separated string."""
    if isinstance(value, str):
        return [part.strip() for part in re.split(r"[,\n;]", value) if part.strip()]
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
_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def bad_characters(text: str, multiline: bool = False) -> list[str]:
    """The forbidden characters in `text`, as U+XXXX names (empty when clean)."""
    found = []
    for ch in text:
        code = ord(ch)
        if (
            (code < 32 and not (multiline and ch in _MULTILINE_OK))
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
def channels_for_goals(goals: list[str]) -> list[Channel]:
    """Pick channels that serve the goals (in channel order); the website is always in.

    The goal classifier (`core/goals`) says which channels serve which kind of goal."""
    chosen = {*channel_ids_for_goals(goals), Channel.WEBSITE.value}
    return [c for c in Channel if c.value in chosen]


# ---------------------------------------------------------------------------
# The brief
# ---------------------------------------------------------------------------

Text = Annotated[str, BeforeValidator(_strip)]
TextList = Annotated[list[str], BeforeValidator(_split_list)]
LineList = Annotated[list[str], BeforeValidator(_split_lines)]

_HEX = re.compile(r"^#?([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$")
# the brief's scalar text fields and whether each may span lines
_TEXT_FIELDS = {
    "product": False,
    "client": False,
    "campaign_name": False,
    "client_website": False,
    "target_audience": True,
    "additional_requirements": True,
    "user": False,
    "tone": False,
    "primary_cta": False,
}
# fields the brief writes out only when they differ from the default (so a stored brief
# keeps telling apart what the marketer set from what was derived)
_OPTIONAL_RULE_FIELDS = {
    "primary_cta": "",
    "avoid": [],
    "must_include": [],
    "languages": ["en"],
    "no_selling": False,
    "brand_colors": [],
}


class CampaignBrief(BaseModel):
    """What the marketer asks for. Validation messages name the field and the fix."""

    model_config = ConfigDict(extra="forbid", use_enum_values=False, validate_default=True)

    product: Text = ""
    client: Text = ""
    campaign_name: Text = ""
    client_website: Text = ""
    target_audience: Text = ""
    goals: TextList = Field(default_factory=list)
    key_features: TextList = Field(default_factory=list)
    budget: Annotated[Budget, BeforeValidator(parse_budget)] = Field(
        default_factory=lambda: Budget(amount=Decimal(5000), currency="USD")
    )
    timeline: Annotated[int, BeforeValidator(parse_timeline)] = 6
    # free text ("bold", "Professional and engaging"); `style` is what it maps to
    tone: Text = "professional"
    additional_requirements: Text = ""
    user: Text = ""
    priority: Priority = Priority.NORMAL
    channels: Annotated[list[Channel], BeforeValidator(_split_list)] = Field(default_factory=list)
    # the rules every node obeys (more are derived from additional_requirements: see `rules`)
    primary_cta: Text = ""
    avoid: TextList = Field(default_factory=list)
    must_include: LineList = Field(default_factory=list)
    languages: TextList = Field(default_factory=lambda: ["en"])
    no_selling: bool = False
    # the brand's own colours (#rrggbb), which win over the tone's palette
    brand_colors: TextList = Field(default_factory=list)

    _rules: Rules | None = PrivateAttr(None)

    @field_validator("product", "client", "target_audience")
    @classmethod
    def _required(cls, value: str, info) -> str:
        if not value:
            raise ValueError(f"{FIELD_LABELS[info.field_name]} is required.")
        return value

    @field_validator(*_TEXT_FIELDS, mode="after")
    @classmethod
    def _length(cls, value: str, info) -> str:
        label = FIELD_LABELS[info.field_name]
        limit = FIELD_LIMITS[info.field_name]
        if len(value) > limit:
            raise ValueError(f"{label} is {len(value)} characters; the limit is {limit}.")
        _check_characters(label, value, multiline=_TEXT_FIELDS[info.field_name])
        return value

    @field_validator("goals", "key_features")
    @classmethod
    def _list(cls, value: list[str], info) -> list[str]:
        label = FIELD_LABELS[info.field_name]
        if not value:
            raise ValueError(f"{label} needs at least one entry (separate entries with commas).")
        return _checked_list(info.field_name, value)

    @field_validator("avoid", "must_include")
    @classmethod
    def _rule_list(cls, value: list[str], info) -> list[str]:
        return _checked_list(info.field_name, value)

    @field_validator("tone")
    @classmethod
    def _tone(cls, value: str) -> str:
        return value or "professional"

    @field_validator("languages")
    @classmethod
    def _languages(cls, value: list[str]) -> list[str]:
        codes: list[str] = []
        for item in value:
            _check_characters("Languages", item)
            code = language_code(item)
            if code is None:
                raise ValueError(
                    f"Language {_shown(item)} is not known; use a code such as en, ja, es or a "
                    "name such as Japanese."
                )
            if code not in codes:
                codes.append(code)
        if len(codes) > MAX_LANGUAGES:
            raise ValueError(f"Languages has {len(codes)} entries; the limit is {MAX_LANGUAGES}.")
        return codes or ["en"]

    @field_validator("brand_colors")
    @classmethod
    def _colors(cls, value: list[str]) -> list[str]:
        colors = []
        for item in value:
            match = _HEX.match(item)
            if not match:
                raise ValueError(
                    f"Brand colour {_shown(item)} is not a hex colour such as #0a7d5a."
                )
            digits = match.group(1).lower()
            if len(digits) == 3:
                digits = "".join(ch * 2 for ch in digits)
            colors.append(f"#{digits}")
        if len(colors) > LIST_LIMITS["brand_colors"]:
            raise ValueError(
                f"Brand colours has {len(colors)} entries; the limit is "
                f"{LIST_LIMITS['brand_colors']}."
            )
        return list(dict.fromkeys(colors))

    @field_validator("primary_cta")
    @classmethod
    def _cta(cls, value: str) -> str:
        if "\n" in value:
            raise ValueError("Primary CTA must be one line.")
        return value

    @field_validator("client_website")
    @classmethod
    def _url(cls, value: str) -> str:
        if not value:
            return value
        if "://" not in value and re.match(r"^[\w-]+(\.[\w-]+)+(:\d+)?(/.*)?$", value):
            value = "https://" + value
        problem = "Client website must be an http(s) URL such as https://example.com."
        try:
            parsed = urlparse(value)
            port = parsed.port  # raises ValueError for a port out of range or not a number
        except ValueError:
            raise ValueError(problem + " (the port is not valid)") from None
        if parsed.scheme not in ("http", "https") or not parsed.netloc or " " in value:
            raise ValueError(problem)
        host = parsed.hostname or ""
        if ("." not in host and host != "localhost") or port == 0:
            raise ValueError(problem)
        return value

    @field_validator("channels")
    @classmethod
    def _channels(cls, value: list[Channel]) -> list[Channel]:
        return [c for c in Channel if c in value]

    @model_validator(mode="after")
    def _defaults(self) -> CampaignBrief:
        # Derived fields are filled in once, so the normalised brief is explicit.
        if not self.campaign_name:
            self.campaign_name = (
                f"{self.product} Launch"[: FIELD_LIMITS["campaign_name"]] if (self.product) else ""
            )
        if not self.user:
            self.user = _default_user()
        if not self.channels and self.goals:
            self.channels = channels_for_goals(self.goals)
        return self

    # -- what the brief asks of the copy ----------------------------------------

    @property
    def style(self) -> Tone:
        """The style the tone asks for; professional when no word of it is known."""
        return tone_style(self.tone) or Tone.PROFESSIONAL

    @property
    def tone_is_known(self) -> bool:
        return tone_style(self.tone) is not None

    @property
    def rules(self) -> Rules:
        """The rules every node obeys: the brief's own fields, plus what the additional
        requirements state plainly (the fields win)."""
        cached = self._rules
        if cached is None:
            explicit = Rules(
                primary_cta=self.primary_cta,
                avoid=tuple(self.avoid),
                must_include=tuple(self.must_include),
                languages=tuple(self.languages) or ("en",),
                no_selling=self.no_selling,
            )
            cached = self._rules = derive_rules(self.additional_requirements).merge(explicit)
        return cached

    # -- files --------------------------------------------------------------

    @classmethod
    def from_json_file(cls, path: str | Path) -> CampaignBrief:
        """Load a brief; raises BriefError with per-field messages."""
        return cls.parse(read_brief_file(path))

    @classmethod
    def parse(cls, data: dict[str, Any]) -> CampaignBrief:
        """Validate a mapping; raises BriefError with per-field messages, never anything else."""
        if not isinstance(data, dict):
            raise BriefError({"brief": "A brief must be a JSON object of brief fields."})
        try:
            return cls.model_validate(data)
        except ValidationError as exc:
            raise BriefError(field_errors(exc)) from None
        except (RecursionError, MemoryError):
            raise BriefError({"brief": "The brief is nested too deeply or too large."}) from None
        except Exception as exc:  # a validator's bug must still be a message, not a crash
            raise BriefError(
                {"brief": f"The brief could not be read ({type(exc).__name__}: {exc})."[:300]}
            ) from None

    def to_json(self) -> str:
        return json.dumps(self.to_data(), indent=2, ensure_ascii=False) + "\n"

    def to_data(self) -> dict[str, Any]:
        data = self.model_dump(mode="json")
        for name, default in _OPTIONAL_RULE_FIELDS.items():
            if data.get(name) == default:
                del data[name]
        data["budget"] = {"amount": float(self.budget.amount), "currency": self.budget.currency}
        if data["budget"]["amount"].is_integer():
            data["budget"]["amount"] = int(data["budget"]["amount"])
        return data

    def to_json_file(self, path: str | Path) -> Path:
        path = Path(path)
        write_text_atomic(path, self.to_json())
        return path


# -- the one way in for brief files ------------------------------------------------

MAX_BRIEF_BYTES = 1_000_000
MAX_JSON_DEPTH = 32
_MAX_INT_DIGITS = 30


def read_brief_file(path: str | Path) -> dict[str, Any]:
    """Read a brief file's fields (not validated yet); BriefError for anything wrong with it.

    Every way a brief comes in (CLI, the form's load-a-brief, samples) goes through here: it
    caps the size, accepts UTF-8 (with or without BOM), UTF-16 and UTF-32, and turns NaN,
    Infinity, huge numbers and deep nesting into messages instead of crashes.
    """
    path = Path(path).expanduser()
    try:
        if path.is_dir():
            raise BriefError({"file": f"{path} is a folder; give a brief's JSON file."})
        with path.open("rb") as handle:
            raw = handle.read(MAX_BRIEF_BYTES + 1)
    except FileNotFoundError:
        raise BriefError({"file": f"No such file: {path}"}) from None
    except BriefError:
        raise
    except (OSError, ValueError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise BriefError({"file": f"Cannot read {path}: {reason}."}) from None
    if len(raw) > MAX_BRIEF_BYTES:
        raise BriefError(
            {
                "file": f"{path} is over {MAX_BRIEF_BYTES // 1_000_000} MB; a brief is a small "
                "JSON file."
            }
        )
    return parse_brief_json(raw, str(path))


def parse_brief_json(raw: bytes | str, name: str = "the brief") -> dict[str, Any]:
    """Parse a brief's JSON text safely into a dict of fields; BriefError otherwise."""
    if isinstance(raw, str):
        if len(raw) > MAX_BRIEF_BYTES:
            raise BriefError({"file": f"{name} is over 1 MB; a brief is a small JSON file."})
        raw = raw.encode("utf-8", "surrogatepass")
    try:
        text = raw.decode(json.detect_encoding(raw))
    except (UnicodeDecodeError, LookupError):
        raise BriefError({"file": f"{name} is not UTF-8 (or UTF-16/32) text."}) from None
    text = text.removeprefix("\ufeff")
    depth = _json_depth(text)
    if depth > MAX_JSON_DEPTH:
        raise BriefError({"file": f"{name} is nested {depth} levels deep; a brief is flat."})

    def constant(value: str) -> Any:
        raise ValueError(f"{value} is not a number a brief can use")

    def integer(value: str) -> int:
        if len(value.lstrip("-")) > _MAX_INT_DIGITS:
            raise ValueError(f"a {len(value)}-digit number is too large")
        return int(value)

    try:
        data = json.loads(text, parse_constant=constant, parse_int=integer)
    except json.JSONDecodeError as exc:
        raise BriefError(
            {"file": f"{name} is not valid JSON (line {exc.lineno}, column {exc.colno})."}
        ) from None
    except (ValueError, RecursionError) as exc:
        raise BriefError({"file": f"{name}: {exc}."}) from None
    if not isinstance(data, dict):
        raise BriefError({"file": f"{name} must hold a JSON object of brief fields."})
    return data


def _json_depth(text: str) -> int:
    """The deepest nesting of [ and { outside strings (a cheap scan before parsing)."""
    depth = deepest = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > MAX_JSON_DEPTH:
                    return deepest
        elif ch in "]}":
            depth -= 1
    return deepest


def _checked_list(name: str, value: list[str]) -> list[str]:
    label = FIELD_LABELS[name]
    if len(value) > LIST_LIMITS[name]:
        raise ValueError(f"{label} has {len(value)} entries; the limit is {LIST_LIMITS[name]}.")
    limit = FIELD_LIMITS[name]
    for item in value:
        if len(item) > limit:
            raise ValueError(f"{label}: {item[:30]!r}… is over the {limit}-character limit.")
        _check_characters(label, item)
    return list(dict.fromkeys(value))


class BriefError(ValueError):
    """A brief that did not validate; `errors` maps each field to one clear message."""

    def __init__(self, errors: dict[str, str]):
        self.errors = errors
        super().__init__("; ".join(f"{k}: {v}" for k, v in errors.items()))

    def lines(self) -> list[str]:
        """One line per field, `field: message`, for the command line."""
        return [f"{name}: {message}" for name, message in self.errors.items()]


def field_errors(exc: ValidationError) -> dict[str, str]:
    """Turn pydantic's errors into one readable message per brief field."""
    errors: dict[str, str] = {}
    for error in exc.errors():
        loc = error.get("loc") or ("brief",)
        raw = loc[0]
        # a key that is not a field is shown escaped and cut: it is user text
        text = str(raw)
        name = text if text.isprintable() and len(text) <= 40 else _shown(text, 40)
        label = FIELD_LABELS.get(name, name)
        kind = error.get("type", "")
        if kind == "extra_forbidden":
            message = f"{_shown(text)} is not a brief field."
        elif kind in ("enum", "literal_error"):
            allowed = {
                "priority": ", ".join(p.value for p in Priority),
                "channels": ", ".join(c.value for c in Channel),
            }.get(name, "")
            message = f"{label} {_shown(error.get('input'))} is not one of: {allowed}."
        elif kind == "value_error":
            message = str(error.get("ctx", {}).get("error", error["msg"]))
        elif kind in ("string_type", "list_type", "int_type", "bool_type", "bool_parsing"):
            message = f"{label} has the wrong type ({error['msg'].lower()})."
        else:
            message = f"{label}: {error['msg']}."
        errors.setdefault(name, message)
    return errors


# ---------------------------------------------------------------------------
# Files
# ---------------------------------------------------------------------------

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def safe_filename(text: str, default: str = "campaign", max_length: int = 60) -> str:
    """A file name from user text: no separators, no dot-only names, no leading dots."""
    name = _UNSAFE.sub("-", text).strip("-._")
    name = re.sub(r"-{2,}", "-", name)[:max_length].strip("-._")
    return name or default


def write_text_atomic(path: Path, text: str) -> None:
    write_bytes_atomic(path, text.encode("utf-8"))


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write via a temp file in the same folder and rename, so readers never see half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    tmp.replace(path)


# ---------------------------------------------------------------------------
# Records
# ---------------------------------------------------------------------------


@dataclass(slots=True)
class Campaign:
    """A campaign as the store keeps it."""

    id: str
    brief: CampaignBrief
    status: CampaignStatus
    priority: Priority
    created_at: float
    started_at: float | None = None
    finished_at: float | None = None
    current_node: str | None = None
    steps_done: int = 0
    steps_total: int = 15
    error_node: str | None = None
    error_type: str | None = None
    error_message: str | None = None
    execution_time: float | None = None
    website_path: str | None = None
    artifacts_count: int = 0
    revisions: int = 0
    quality_score: int | None = None
    provider: str = "offline"
    model: str | None = None
    tokens_in: int = 0
    tokens_out: int = 0
    owner: str | None = None  # the owning engine's lock token (see core/owners.py)
    # the review's findings that remain (Finding.to_data() dicts), newest review's
    findings: list[dict[str, Any]] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.brief.campaign_name

    @property
    def client(self) -> str:
        return self.brief.client

    @property
    def user(self) -> str:
        return self.brief.user

    @property
    def progress_text(self) -> str:
        return f"{self.steps_done}/{self.steps_total}"

    @property
    def error_summary(self) -> str | None:
        if not self.error_type:
            return None
        where = f" in {self.error_node}" if self.error_node else ""
        return f"{self.error_type}{where}: {self.error_message or ''}".rstrip(": ")


@dataclass(slots=True, frozen=True)
class Artifact:
    campaign_id: str
    path: str
    kind: str
    node: str
    bytes: int
    sha256: str
    created_at: float

    @property
    def name(self) -> str:
        return Path(self.path).name


@dataclass(slots=True, frozen=True)
class LogEntry:
    campaign_id: str
    at: float
    level: str
    node: str | None
    message: str


@dataclass(slots=True, frozen=True)
class NodeRun:
    """One execution of a workflow node (a revision re-runs a node)."""

    campaign_id: str
    node: str
    started_at: float
    duration: float
    tokens_in: int = 0
    tokens_out: int = 0
    error: str | None = None


@dataclass(slots=True)
class Usage:
    tokens_in: int = 0
    tokens_out: int = 0

    def add(self, other: Usage) -> None:
        self.tokens_in += other.tokens_in
        self.tokens_out += other.tokens_out


__all__ = [
    "Artifact",
    "BriefError",
    "Budget",
    "Campaign",
    "CampaignBrief",
    "CampaignStatus",
    "Channel",
    "LogEntry",
    "NodeRun",
    "Priority",
    "Tone",
    "Usage",
]
