"""The campaign domain: the brief a marketer fills in, a campaign's record, its artifacts.

Everything here is plain data with validation; nothing imports Textual or LangGraph, so the
store, the CLI and the UI can all use it cheaply.
"""

from __future__ import annotations

import getpass
import json
import re
from dataclasses import dataclass
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
    ValidationError,
    field_validator,
    model_validator,
)

# ---------------------------------------------------------------------------
# Vocabularies
# ---------------------------------------------------------------------------


class Tone(StrEnum):
    """The voice of the campaign; also picks the website's colour scheme."""

    PROFESSIONAL = "professional"
    CASUAL = "casual"
    FRIENDLY = "friendly"
    AUTHORITATIVE = "authoritative"
    CREATIVE = "creative"
    MODERN = "modern"
    VINTAGE = "vintage"


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
    FAILED = "failed"
    CANCELLED = "cancelled"
    INTERRUPTED = "interrupted"

    @property
    def is_active(self) -> bool:
        return self in (CampaignStatus.QUEUED, CampaignStatus.RUNNING)

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
}
LIST_LIMITS = {"goals": 8, "key_features": 12}

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
}

# ---------------------------------------------------------------------------
# Budget and timeline parsing
# ---------------------------------------------------------------------------

CURRENCY_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR"}
CURRENCIES = ("USD", "EUR", "GBP", "JPY", "INR", "CAD", "AUD", "CHF", "SEK", "NOK", "DKK", "NZD")
_AMOUNT = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$")
_MULTIPLIERS = {"k": 1_000, "m": 1_000_000}


class Budget(BaseModel):
    """An amount of money with its ISO currency code."""

    model_config = ConfigDict(frozen=True)

    amount: Decimal = Field(gt=0, le=Decimal("1000000000"))
    currency: str = "USD"

    def __str__(self) -> str:
        return format_money(self.amount, self.currency)


def format_money(amount: Decimal | float | int, currency: str) -> str:
    value = Decimal(str(amount))
    if value == value.to_integral_value():
        return f"{value:,.0f} {currency}"
    return f"{value:,.2f} {currency}"


def parse_budget(value: Any) -> Budget:
    """Parse "$5,000", "5000 EUR", "€2.5k", 5000 or {"amount":…, "currency":…}."""
    if isinstance(value, Budget):
        return value
    if isinstance(value, dict):
        try:
            budget = Budget(**value)
            return Budget(amount=_cents(budget.amount), currency=budget.currency.upper())
        except ValidationError:
            raise ValueError(
                "Budget needs a positive amount and a currency, e.g. 5000 USD."
            ) from None
    if isinstance(value, bool):
        raise ValueError("Budget must be an amount such as 5000, $5,000 or 5000 EUR.")
    if isinstance(value, int | float | Decimal):
        text = str(value)
    elif isinstance(value, str):
        text = value.strip()
    else:
        raise ValueError("Budget must be an amount such as 5000, $5,000 or 5000 EUR.")
    if not text:
        return Budget(amount=Decimal(5000), currency="USD")
    if not any(ch.isdigit() for ch in text):
        raise ValueError(
            f"Budget {value!r} is not an amount; write it like 5000, $5,000 or 5000 EUR."
        )
    currency = None
    for symbol, code in CURRENCY_SYMBOLS.items():
        if symbol in text:
            currency = code
            text = text.replace(symbol, " ")
    words = text.replace("\u00a0", " ").split()
    codes = [w.upper() for w in words if w.isalpha() and len(w) == 3]
    for code in codes:
        if code not in CURRENCIES:
            raise ValueError(
                f"Budget currency {code!r} is not supported; use one of {', '.join(CURRENCIES)}."
            )
        currency = code
    number = "".join(w for w in words if not (w.isalpha() and len(w) == 3))
    multiplier = 1
    if number[-1:].lower() in _MULTIPLIERS:
        multiplier = _MULTIPLIERS[number[-1].lower()]
        number = number[:-1]
    if not _AMOUNT.match(number):
        raise ValueError(
            f"Budget {value!r} is not an amount; write it like 5000, $5,000 or 5000 EUR."
        )
    try:
        amount = Decimal(number.replace(",", "")) * multiplier
    except InvalidOperation:
        raise ValueError(f"Budget {value!r} is not an amount.") from None
    if amount <= 0:
        raise ValueError("Budget must be more than zero.")
    if amount > Decimal("1000000000"):
        raise ValueError("Budget is over the 1,000,000,000 limit.")
    return Budget(amount=_cents(amount), currency=currency or "USD")


def _cents(amount: Decimal) -> Decimal:
    """Round to whole cents; a whole amount drops its cents (5000.00 → 5000, never 5E+3)."""
    cents = amount.quantize(Decimal("0.01"))
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
    if isinstance(value, int | float):
        weeks = float(value)
    elif isinstance(value, str):
        match = _TIMELINE.match(value.strip())
        if not value.strip():
            return 6
        if not match:
            raise ValueError(
                f"Timeline {value!r} is not a duration; write it like 6 weeks, 3 months or 12."
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
    """Accept a list, or one comma- or newline-separated string."""
    if isinstance(value, str):
        return [part.strip() for part in re.split(r"[,\n;]", value) if part.strip()]
    if isinstance(value, list | tuple):
        return [str(item).strip() for item in value if str(item).strip()]
    return value


def _strip(value: Any) -> Any:
    return value.strip() if isinstance(value, str) else value


def _default_user() -> str:
    try:
        return getpass.getuser() or "marketer"
    except Exception:  # no user database entry (containers)
        return "marketer"


# Goal keywords → channels that serve them, for briefs that name no channels.
GOAL_CHANNELS: list[tuple[tuple[str, ...], tuple[Channel, ...]]] = [
    (
        ("awareness", "brand", "reach", "visibility", "launch", "buzz"),
        (Channel.INSTAGRAM, Channel.TIKTOK, Channel.DISPLAY_ADS, Channel.X),
    ),
    (
        ("lead", "b2b", "pipeline", "demo", "signup", "sign-up", "sign up", "trial", "register"),
        (Channel.LINKEDIN, Channel.SEARCH_ADS, Channel.EMAIL),
    ),
    (
        ("sale", "revenue", "conversion", "purchase", "order", "booking", "subscri"),
        (Channel.SEARCH_ADS, Channel.EMAIL, Channel.FACEBOOK, Channel.INSTAGRAM),
    ),
    (
        ("engage", "community", "follower", "loyal", "retention", "ugc"),
        (Channel.INSTAGRAM, Channel.TIKTOK, Channel.FACEBOOK, Channel.EMAIL),
    ),
    (
        ("traffic", "visit", "download", "install", "app"),
        (Channel.SEARCH_ADS, Channel.DISPLAY_ADS, Channel.FACEBOOK),
    ),
]
DEFAULT_CHANNELS = (Channel.EMAIL, Channel.INSTAGRAM, Channel.LINKEDIN, Channel.SEARCH_ADS)


def channels_for_goals(goals: list[str]) -> list[Channel]:
    """Pick channels that serve the goals (in a stable order); the website is always in."""
    text = " ".join(goals).lower()
    chosen: list[Channel] = []
    for keywords, channels in GOAL_CHANNELS:
        if any(re.search(rf"\b{re.escape(k)}", text) for k in keywords):
            chosen.extend(c for c in channels if c not in chosen)
    if not chosen:
        chosen = list(DEFAULT_CHANNELS)
    chosen.append(Channel.WEBSITE)
    return [c for c in Channel if c in chosen]


# ---------------------------------------------------------------------------
# The brief
# ---------------------------------------------------------------------------

Text = Annotated[str, BeforeValidator(_strip)]
TextList = Annotated[list[str], BeforeValidator(_split_list)]


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
    tone: Tone = Tone.PROFESSIONAL
    additional_requirements: Text = ""
    user: Text = ""
    priority: Priority = Priority.NORMAL
    channels: Annotated[list[Channel], BeforeValidator(_split_list)] = Field(default_factory=list)

    @field_validator("product", "client", "target_audience")
    @classmethod
    def _required(cls, value: str, info) -> str:
        if not value:
            raise ValueError(f"{FIELD_LABELS[info.field_name]} is required.")
        return value

    @field_validator(
        "product",
        "client",
        "campaign_name",
        "client_website",
        "target_audience",
        "additional_requirements",
        "user",
    )
    @classmethod
    def _length(cls, value: str, info) -> str:
        limit = FIELD_LIMITS[info.field_name]
        if len(value) > limit:
            raise ValueError(
                f"{FIELD_LABELS[info.field_name]} is {len(value)} characters; the limit is {limit}."
            )
        if any(ord(ch) < 32 and ch not in "\n\t" for ch in value):
            raise ValueError(f"{FIELD_LABELS[info.field_name]} contains control characters.")
        return value

    @field_validator("goals", "key_features")
    @classmethod
    def _list(cls, value: list[str], info) -> list[str]:
        label = FIELD_LABELS[info.field_name]
        if not value:
            raise ValueError(f"{label} needs at least one entry (separate entries with commas).")
        if len(value) > LIST_LIMITS[info.field_name]:
            raise ValueError(
                f"{label} has {len(value)} entries; the limit is {LIST_LIMITS[info.field_name]}."
            )
        limit = FIELD_LIMITS[info.field_name]
        for item in value:
            if len(item) > limit:
                raise ValueError(f"{label}: {item[:30]!r}… is over the {limit}-character limit.")
        deduped = list(dict.fromkeys(value))
        return deduped

    @field_validator("client_website")
    @classmethod
    def _url(cls, value: str) -> str:
        if not value:
            return value
        if "://" not in value and re.match(r"^[\w-]+(\.[\w-]+)+(/.*)?$", value):
            value = "https://" + value
        parsed = urlparse(value)
        if parsed.scheme not in ("http", "https") or not parsed.netloc or " " in value:
            raise ValueError("Client website must be an http(s) URL such as https://example.com.")
        host = parsed.hostname or ""
        if "." not in host and host != "localhost":
            raise ValueError("Client website must be an http(s) URL such as https://example.com.")
        return value

    @field_validator("channels")
    @classmethod
    def _channels(cls, value: list[Channel]) -> list[Channel]:
        return [c for c in Channel if c in value]

    @model_validator(mode="after")
    def _defaults(self) -> CampaignBrief:
        # Derived fields are filled in once, so the normalised brief is explicit.
        if not self.campaign_name:
            self.campaign_name = f"{self.product} Launch" if self.product else ""
        if not self.user:
            self.user = _default_user()
        if not self.channels and self.goals:
            self.channels = channels_for_goals(self.goals)
        return self

    # -- files --------------------------------------------------------------

    @classmethod
    def from_json_file(cls, path: str | Path) -> CampaignBrief:
        """Load a brief; raises BriefError with per-field messages."""
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise BriefError({"file": f"No such file: {path}"}) from None
        except (OSError, UnicodeDecodeError) as exc:
            raise BriefError({"file": f"Cannot read {path}: {exc}"}) from None
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise BriefError(
                {"file": f"{path} is not valid JSON (line {exc.lineno}, column {exc.colno})."}
            ) from None
        if not isinstance(data, dict):
            raise BriefError({"file": f"{path} must hold a JSON object of brief fields."})
        return cls.parse(data)

    @classmethod
    def parse(cls, data: dict[str, Any]) -> CampaignBrief:
        """Validate a mapping; raises BriefError with per-field messages."""
        try:
            return cls.model_validate(data)
        except ValidationError as exc:
            raise BriefError(field_errors(exc)) from None

    def to_json(self) -> str:
        return json.dumps(self.to_data(), indent=2, ensure_ascii=False) + "\n"

    def to_data(self) -> dict[str, Any]:
        data = self.model_dump(mode="json")
        data["budget"] = {"amount": float(self.budget.amount), "currency": self.budget.currency}
        if data["budget"]["amount"].is_integer():
            data["budget"]["amount"] = int(data["budget"]["amount"])
        return data

    def to_json_file(self, path: str | Path) -> Path:
        path = Path(path)
        write_text_atomic(path, self.to_json())
        return path


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
        name = str(loc[0])
        label = FIELD_LABELS.get(name, name)
        kind = error.get("type", "")
        if kind == "extra_forbidden":
            message = f"{name!r} is not a brief field."
        elif kind in ("enum", "literal_error"):
            allowed = {
                "tone": ", ".join(t.value for t in Tone),
                "priority": ", ".join(p.value for p in Priority),
                "channels": ", ".join(c.value for c in Channel),
            }.get(name, "")
            value = error.get("input")
            message = f"{label} {value!r} is not one of: {allowed}."
        elif kind == "value_error":
            message = str(error.get("ctx", {}).get("error", error["msg"]))
        elif kind in ("string_type", "list_type", "int_type"):
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
