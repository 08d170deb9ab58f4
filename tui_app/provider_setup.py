"""Choosing a content provider from the settings, and explaining the choice.

- `check_provider(settings)` says, before anything runs, why a provider cannot be used here
  (unknown name, missing extra, missing model or API key) in one line for the user.
- `provider_factory(settings)` gives the engine one provider per campaign: the offline provider
  is stateless and shared; an LLM provider gets a new chat model per campaign, so nothing that
  changes while a campaign runs (clients, counters, retry state) is shared between campaigns.
- `describe_settings(loaded)` is what `campaign-tui config` prints.

LangChain integrations are imported only inside functions: the TUI must start fast and the
offline path must work without them.
"""

from __future__ import annotations

import importlib.util
import ipaddress
import os
import threading
from functools import partial
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse, urlunparse

from .config import PROVIDERS
from .core.models import Campaign
from .core.providers.base import ContentProvider, ProviderError, ProviderFactory

if TYPE_CHECKING:
    from langchain_core.language_models.chat_models import BaseChatModel

    from .config import LoadedSettings, Settings
    from .core.providers.llm import Backoff, StructuredMethod

# provider -> (module it needs, the extra that installs it)
EXTRAS: dict[str, tuple[str, str]] = {
    "openai": ("langchain_openai", "openai"),
    "ollama": ("langchain_ollama", "ollama"),
}

# what "auto" means: function calling is what local OpenAI-compatible servers (vLLM,
# llama.cpp, LM Studio) support most widely; Ollama's JSON-schema `format` works with any model
AUTO_METHOD: dict[str, StructuredMethod] = {"openai": "function_calling", "ollama": "json_schema"}
DEFAULT_ENDPOINTS = {
    "openai": "https://api.openai.com/v1",
    "ollama": "$OLLAMA_HOST or http://localhost:11434",
}
# sent to keyless local servers: the OpenAI client refuses to start without some key
NO_KEY = "not-needed"


class ProviderUnavailable(RuntimeError):
    """The configured provider cannot be used (missing package or key); message for the user."""


# -- checks ------------------------------------------------------------------------------


def _installed(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):  # a broken or half-removed package
        return False


def is_local_url(url: str | None) -> bool:
    """True for servers on this machine (localhost, 127.x, ::1): they usually need no key."""
    if not url:
        return False
    host = (urlparse(url).hostname or "").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def api_key(settings: Settings) -> str | None:
    """The API key from the environment variable named by `api_key_env`, if set."""
    value = os.environ.get(settings.api_key_env, "").strip()
    return value or None


def structured_method(settings: Settings) -> StructuredMethod:
    """The structured-output method for these settings ("auto" resolved per provider)."""
    if settings.structured_output != "auto":
        return settings.structured_output
    return AUTO_METHOD.get(settings.provider, "function_calling")


def check_provider(settings: Settings) -> None:
    """Raise ProviderUnavailable, with a one-line fix, if the provider cannot run here."""
    provider = settings.provider
    if provider == "offline":
        return
    if provider not in EXTRAS:
        raise ProviderUnavailable(
            f"unknown provider {provider!r}; choose one of {', '.join(PROVIDERS)}"
        )
    module, extra = EXTRAS[provider]
    if not _installed(module):
        raise ProviderUnavailable(
            f"the {provider} provider needs the {module} package: "
            f"pip install 'campaign-tui[{extra}]'"
        )
    if not settings.model:
        raise ProviderUnavailable(
            f"the {provider} provider needs a model: --model NAME, CAMPAIGN_TUI_MODEL=NAME "
            'or model = "NAME" in config.toml'
        )
    if provider == "openai" and api_key(settings) is None and not is_local_url(settings.base_url):
        raise ProviderUnavailable(
            f"set {settings.api_key_env} to your API key (or name another variable with "
            "api_key_env / CAMPAIGN_TUI_API_KEY_ENV); servers on localhost need no key"
        )


# -- building ----------------------------------------------------------------------------


def build_chat_model(settings: Settings) -> BaseChatModel:
    """A new LangChain chat model for these settings (never shared between campaigns).

    Raises ProviderError (the campaign fails with the message) if it cannot be built.
    """
    try:
        check_provider(settings)
    except ProviderUnavailable as exc:
        raise ProviderError(f"{settings.provider} {settings.model or '-'}: {exc}") from None
    # the client retries nothing itself: LLMProvider owns retries (one place, cancellable)
    if settings.provider == "openai":
        from langchain_openai import ChatOpenAI

        return ChatOpenAI(
            model=settings.model,
            base_url=settings.base_url,
            api_key=api_key(settings) or NO_KEY,
            timeout=settings.timeout,
            max_retries=0,
        )
    from langchain_ollama import ChatOllama

    options: dict[str, Any] = {"client_kwargs": {"timeout": settings.timeout}}
    if settings.base_url:
        options["base_url"] = settings.base_url
    return ChatOllama(model=settings.model, **options)


def provider_factory(settings: Settings, *, backoff: Backoff | None = None) -> ProviderFactory:
    """A factory giving each campaign its provider.

    The offline provider is stateless and shared (made on first use). An LLM provider is new
    per campaign, with its own chat model, built lazily in the campaign's thread. `backoff`
    overrides the retry backoff (tests shrink it).
    """
    snapshot = settings.model_copy(deep=True)  # later edits of the settings change nothing
    if snapshot.provider == "offline":
        shared: list[ContentProvider] = []
        lock = threading.Lock()

        def offline(campaign: Campaign) -> ContentProvider:
            with lock:
                if not shared:
                    from .core.providers.offline import OfflineProvider

                    shared.append(OfflineProvider())
                return shared[0]

        return offline

    def llm(campaign: Campaign) -> ContentProvider:
        from .core.providers.llm import LLMProvider

        return LLMProvider(
            partial(build_chat_model, snapshot),
            provider=snapshot.provider,
            model=snapshot.model or "",
            timeout=snapshot.timeout,
            max_retries=snapshot.max_retries,
            method=structured_method(snapshot),
            backoff=backoff,
            endpoint=snapshot.base_url or DEFAULT_ENDPOINTS.get(snapshot.provider),
        )

    return llm


# -- describing --------------------------------------------------------------------------


def mask_secret(value: str) -> str:
    """`sk-…abcd`: enough to tell keys apart, too little to use one."""
    if len(value) < 12:
        return "****"
    return f"{value[:3]}…{value[-4:]}"


def _mask_url(url: str) -> str:
    parsed = urlparse(url)
    if parsed.password is None:
        return url
    host = parsed.hostname or ""
    netloc = f"{parsed.username}:****@{host}" + (f":{parsed.port}" if parsed.port else "")
    return urlunparse(parsed._replace(netloc=netloc))


def describe_settings(loaded: LoadedSettings) -> str:
    """The effective settings, secrets masked, and where each value came from."""
    from .config import default_config_file

    settings = loaded.settings
    llm = settings.provider != "offline"
    if loaded.config_file:
        file_line = f"Config file: {loaded.config_file}"
    else:
        file_line = f"Config file: {default_config_file()} (not found; none read)"
    rows: list[tuple[str, str, str]] = []
    for key, value in settings.model_dump().items():
        source = loaded.sources.get(key, "default")
        if value is None:
            shown = "-"
            if key == "base_url" and llm:
                shown = f"- ({DEFAULT_ENDPOINTS.get(settings.provider, 'provider default')})"
        elif key == "base_url":
            shown = _mask_url(str(value))
        elif key == "structured_output" and value == "auto" and llm:
            shown = f"auto ({structured_method(settings)})"
        else:
            shown = str(value)
        rows.append((key, shown, source))
    key = api_key(settings)
    origin = f"env {settings.api_key_env}"
    if settings.provider != "openai":
        shown = "not used by this provider"
    elif key:
        shown = mask_secret(key)
    elif is_local_url(settings.base_url):
        shown = "not set (not needed for a local server)"
    else:
        shown = "NOT SET"
    rows.append(("api key", shown, origin))
    width = max(len(r[0]) for r in rows)
    lines = [file_line, ""]
    lines += [f"{name:<{width}}  {shown:<40} ({source})" for name, shown, source in rows]
    if llm:
        try:
            check_provider(settings)
        except ProviderUnavailable as exc:
            lines += ["", f"Provider not ready: {exc}"]
        else:
            lines += ["", f"Provider ready: {settings.provider} {settings.model}"]
    return "\n".join(lines)
