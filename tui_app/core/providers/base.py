"""The content-provider interface the workflow nodes call.

A node asks for one section of content (a pydantic model from `tui_app.core.content`) and
gets it back filled in. The offline provider writes it from templates; an LLM provider asks a
model for structured output into the same model. Nodes never know which one they talk to.
"""

from __future__ import annotations

import threading
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from ..content import Content
from ..events import LogEmitted, NodeEvent
from ..findings import Finding
from ..models import CampaignBrief, Usage

T = TypeVar("T", bound=Content)


class ProviderError(RuntimeError):
    """A provider could not produce a section; the message is one line for the user."""


class GenerationCancelled(RuntimeError):
    """The campaign was cancelled while the provider was waiting."""


@dataclass(slots=True)
class ContentRequest(Generic[T]):
    """What a node asks for.

    `context` holds the sections written before this one (by node name), so later sections
    can build on earlier ones. `findings` lists what the review found wrong last time (typed
    records; `feedback` is the same as sentences, for prompts); a provider must fix those
    problems. `cancel` is set when the campaign is cancelled: a provider that waits (network)
    must stop waiting and raise GenerationCancelled.
    """

    section: str
    schema: type[T]
    brief: CampaignBrief
    campaign_id: str = ""
    context: dict[str, Content] = field(default_factory=dict)
    feedback: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    revision: int = 0
    # what the marketer asked for when they sent this section back at an approval ("shorter",
    # "casual tone", "never say cheap", "CTA: Book a demo"): a provider must honour it
    note: str = ""
    cancel: threading.Event = field(default_factory=threading.Event)
    # where the provider's progress goes (a retry, a repair): typed events, never LangGraph
    report: Callable[[NodeEvent], None] | None = None

    def log(self, message: str, level: str = "info") -> None:
        if self.report is not None:
            self.report(LogEmitted(node=self.section, message=message, level=level))


@dataclass(slots=True)
class Generation(Generic[T]):
    content: T
    usage: Usage = field(default_factory=Usage)


# How an engine gets a provider for a campaign (one per campaign for LLM providers).
ProviderFactory = Callable[[object], "ContentProvider"]


class ContentProvider(ABC):
    """Writes campaign content. Implementations must be safe to call from several threads."""

    name: str = "provider"
    model: str | None = None

    @abstractmethod
    def generate(self, request: ContentRequest[T]) -> Generation[T]:
        """Return the requested section, or raise ProviderError / GenerationCancelled."""

    def describe(self) -> str:
        return f"{self.name} ({self.model})" if self.model else self.name
