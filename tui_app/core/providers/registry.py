"""Choosing a content provider from the settings, and explaining the choice."""

from __future__ import annotations

from typing import Any

from ..models import Campaign
from .base import ContentProvider


class ProviderUnavailable(RuntimeError):
    """The configured provider cannot be used (missing package or key); message for the user."""


def check_provider(settings: Any) -> None:
    """Raise ProviderUnavailable if the configured provider cannot run here."""
    if settings.provider != "offline":
        raise ProviderUnavailable(f"provider {settings.provider!r} is not available yet")


def provider_factory(settings: Any):
    """A factory giving each campaign its provider (the offline one is stateless and shared)."""
    shared: list[ContentProvider] = []

    def make(campaign: Campaign) -> ContentProvider:
        if not shared:
            from .offline import OfflineProvider

            shared.append(OfflineProvider())
        return shared[0]

    return make


def describe_settings(loaded: Any) -> str:
    lines = []
    for key, value in loaded.settings.model_dump().items():
        lines.append(f"{key:<12} {value!s:<40} ({loaded.sources.get(key, 'default')})")
    return "\n".join(lines)
