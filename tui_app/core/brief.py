"""The brief a marketer fills in: `CampaignBrief`, its validation, and the one safe way to read
a brief file. Every message names the field and the fix."""

from __future__ import annotations

import json
import re
from datetime import date
from decimal import Decimal
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
from .fields import (
    Budget,
    _check_characters,
    _default_user,
    _shown,
    _split_lines,
    _split_list,
    _strip,
    parse_budget,
    parse_start_date,
    parse_timeline,
)
from .files import write_text_atomic
from .vocabulary import (
    APPROVABLE_STEPS,
    FIELD_LABELS,
    FIELD_LIMITS,
    LIST_LIMITS,
    Channel,
    Priority,
    Tone,
    channels_for_goals,
    step_name,
    tone_style,
)

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
    "start_date": None,
    "approve_after": [],
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
    # the day week 1 starts (the dated exports: calendar, social schedule); when empty, the
    # Monday after the campaign was created (`campaign_start`)
    start_date: Annotated[date | None, BeforeValidator(parse_start_date)] = None
    # the steps after which the workflow pauses for the marketer's approval
    approve_after: TextList = Field(default_factory=list)

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

    @field_validator("approve_after")
    @classmethod
    def _approve_after(cls, value: list[str]) -> list[str]:
        steps: list[str] = []
        for item in value:
            step = step_name(item)
            if step is None:
                raise ValueError(
                    f"{_shown(item)} is not a step that can be approved; use "
                    f"{', '.join(APPROVABLE_STEPS)}."
                )
            if step not in steps:
                steps.append(step)
        return [s for s in APPROVABLE_STEPS if s in steps]  # in workflow order

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

    def with_changes(self, **changes: Any) -> CampaignBrief:
        """A copy with these fields changed, validated again (so the derived rules and style
        follow the change; `model_copy(update=...)` would keep the cached rules)."""
        return type(self).model_validate({**self.model_dump(), **changes})

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
            shown = _shown(error.get("input"))
            message = (
                f"Channel {shown} is not one we plan for; use: {allowed}."
                if name == "channels"
                else f"{label} {shown} is not one of: {allowed}."
            )
        elif kind == "value_error":
            message = str(error.get("ctx", {}).get("error", error["msg"]))
        elif kind in ("string_type", "list_type", "int_type", "bool_type", "bool_parsing"):
            message = f"{label} has the wrong type ({error['msg'].lower()})."
        else:
            message = f"{label}: {error['msg']}."
        errors.setdefault(name, message)
    return errors
