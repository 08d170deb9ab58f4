"""Settings: defaults < config.toml < CAMPAIGN_TUI_* environment variables < command-line flags.

`load_settings` also records where each value came from, for `campaign-tui config`.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlparse

import platformdirs
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

APP_NAME = "campaign-tui"
ENV_PREFIX = "CAMPAIGN_TUI_"


def default_data_dir() -> Path:
    """`$XDG_DATA_HOME/campaign-tui` (platformdirs), e.g. ~/.local/share/campaign-tui."""
    return platformdirs.user_data_path(APP_NAME)


def default_config_dir() -> Path:
    return platformdirs.user_config_path(APP_NAME)


def default_config_file() -> Path:
    return default_config_dir() / "config.toml"


class Settings(BaseModel):
    """Everything a run can be configured with."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    data_dir: Path = Field(default_factory=default_data_dir)
    max_workers: int = Field(4, ge=1, le=16)
    provider: str = "offline"
    model: str | None = None
    # OpenAI-compatible servers: e.g. http://localhost:8080/v1; Ollama: its host (default
    # $OLLAMA_HOST or http://localhost:11434). Empty means the provider's own default.
    base_url: str | None = None
    # the key itself never goes into config.toml: only the name of the variable holding it
    api_key_env: str = "OPENAI_API_KEY"
    timeout: float = Field(60.0, gt=0, le=600)  # seconds per model call
    max_retries: int = Field(3, ge=0, le=10)  # retries of a timed-out/429/5xx call
    # how the model is asked for structured output; "auto" picks function calling for
    # OpenAI-compatible servers (the most widely supported) and JSON schema for Ollama
    structured_output: Literal["auto", "function_calling", "json_schema", "json_mode"] = "auto"
    theme: str = "textual-dark"
    # steps to pause after for approval when a brief names none (e.g. ["strategy", "copy"])
    approve_after: list[str] = Field(default_factory=list)

    @field_validator("data_dir", mode="before")
    @classmethod
    def _expand(cls, value: Any) -> Any:
        if isinstance(value, str) and not value.strip():
            raise ValueError("data_dir is empty; give a folder such as ~/campaigns")
        if isinstance(value, str) and "\x00" in value:
            raise ValueError("data_dir contains a NUL character")
        return Path(value).expanduser() if isinstance(value, str | Path) else value

    @field_validator("max_workers", "max_retries", "timeout", mode="before")
    @classmethod
    def _no_bools(cls, value: Any, info) -> Any:
        # TOML `max_workers = true` would otherwise quietly become 1
        if isinstance(value, bool):
            raise ValueError(f"{info.field_name} must be a number, not {str(value).lower()}")
        return value

    @field_validator("provider")
    @classmethod
    def _provider(cls, value: str) -> str:
        value = value.strip().lower()
        if value not in PROVIDERS:
            raise ValueError(f"provider must be one of {', '.join(PROVIDERS)}")
        return value

    @field_validator("model", "base_url", mode="before")
    @classmethod
    def _blank_is_none(cls, value: Any) -> Any:
        if isinstance(value, str):
            return value.strip() or None
        return value

    @field_validator("base_url")
    @classmethod
    def _base_url(cls, value: str | None) -> str | None:
        if value is None:
            return None
        parsed = urlparse(value)
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            raise ValueError("base_url must be an http(s) URL such as http://localhost:8080/v1")
        return value.rstrip("/")

    @field_validator("approve_after", mode="before")
    @classmethod
    def _steps(cls, value: Any) -> Any:
        from .core.vocabulary import APPROVABLE_STEPS, step_name

        items = value.split(",") if isinstance(value, str) else value
        if not isinstance(items, list):
            raise ValueError('approve_after is a list of steps, e.g. ["strategy", "copy"]')
        steps = []
        for item in items:
            step = step_name(str(item)) if str(item).strip() else None
            if str(item).strip() and step is None:
                raise ValueError(
                    f"approve_after: {str(item)[:40]!r} is not a step that can be approved "
                    f"({', '.join(APPROVABLE_STEPS)})"
                )
            if step and step not in steps:
                steps.append(step)
        return steps

    @field_validator("api_key_env")
    @classmethod
    def _env_name(cls, value: str) -> str:
        value = value.strip()
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", value):
            raise ValueError(
                "api_key_env is the name of an environment variable (e.g. OPENAI_API_KEY), "
                "not the key itself"
            )
        return value


PROVIDERS = ("offline", "openai", "ollama")


class SettingsError(ValueError):
    """Bad configuration; the message says which source and which key."""


@dataclass(slots=True)
class LoadedSettings:
    settings: Settings
    sources: dict[str, str] = field(default_factory=dict)  # field -> "default"/"file"/"env"/"flag"
    config_file: Path | None = None


def _env_values() -> dict[str, tuple[str, str]]:
    values = {}
    for name in Settings.model_fields:
        key = ENV_PREFIX + name.upper()
        if os.environ.get(key):
            values[name] = (os.environ[key], f"env {key}")
    return values


def load_settings(
    flags: dict[str, Any] | None = None, config_file: str | Path | None = None
) -> LoadedSettings:
    """Merge the sources; raises SettingsError with a readable message."""
    path = Path(config_file).expanduser() if config_file else default_config_file()
    merged: dict[str, Any] = {}
    sources: dict[str, str] = {}
    if config_file and not path.is_file():
        what = "is a folder" if path.is_dir() else "does not exist"
        raise SettingsError(f"the config file {path} {what}")
    if path.exists() and not path.is_file():
        raise SettingsError(f"{path} is not a file")
    if path.is_file():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, OSError, UnicodeDecodeError, RecursionError) as exc:
            raise SettingsError(f"{path}: {exc}") from None
        for key, value in data.items():
            if key not in Settings.model_fields:
                raise SettingsError(f"{path}: unknown setting {key!r}")
            merged[key] = value
            sources[key] = f"file {path}"
    for key, (value, origin) in _env_values().items():
        merged[key] = value
        sources[key] = origin
    for key, value in (flags or {}).items():
        if value is not None:
            merged[key] = value
            sources[key] = "flag"
    try:
        settings = Settings(**merged)
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            key = str(error["loc"][0]) if error["loc"] else "settings"
            message = str(error.get("ctx", {}).get("error", error["msg"]))
            problems.append(f"{key} ({sources.get(key, 'default')}): {message}")
        raise SettingsError("; ".join(problems)) from None
    for key in Settings.model_fields:
        sources.setdefault(key, "default")
    return LoadedSettings(settings, sources, path if path.is_file() else None)
