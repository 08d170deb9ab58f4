"""The campaign domain: a campaign's record, its artifacts, its log and node runs.

The brief and the domain's vocabulary live in `brief.py`, `fields.py` and `vocabulary.py`;
this module re-exports them, so `from tui_app.core.models import CampaignBrief` keeps working.
Everything here is plain data; nothing imports Textual or LangGraph.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .brief import (
    MAX_BRIEF_BYTES,
    BriefError,
    CampaignBrief,
    field_errors,
    parse_brief_json,
    read_brief_file,
)
from .fields import (
    CURRENCY_WORDS,
    MAX_BUDGET,
    MAX_WEEKS,
    Budget,
    bad_characters,
    campaign_start,
    currency_code,
    parse_budget,
    parse_start_date,
    parse_timeline,
)
from .files import safe_filename, write_bytes_atomic, write_text_atomic
from .formatting import format_money
from .vocabulary import (
    CHANNEL_LABELS,
    FIELD_LABELS,
    FIELD_LIMITS,
    LIMITS,
    LIST_LIMITS,
    POST_LIMITS,
    SOCIAL_CHANNELS,
    TONE_WORDS,
    CampaignStatus,
    Channel,
    Priority,
    Tone,
    channels_for_goals,
    tone_style,
)


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
    brand: str | None = None  # the brand profile the brief started from, by name
    awaiting_step: str | None = None  # the step whose output awaits approval
    decision: dict[str, Any] | None = None  # the approval decision to resume with
    parent_id: str | None = None  # the campaign this one is a variant of
    fork_step: str | None = None  # the step the variant restarted at
    # why the stored brief cannot be read (hand-edited or damaged row): shown, never run
    damaged: str | None = None

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
    "CHANNEL_LABELS",
    "CURRENCY_WORDS",
    "FIELD_LABELS",
    "FIELD_LIMITS",
    "LIMITS",
    "LIST_LIMITS",
    "MAX_BRIEF_BYTES",
    "MAX_BUDGET",
    "MAX_WEEKS",
    "POST_LIMITS",
    "SOCIAL_CHANNELS",
    "TONE_WORDS",
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
    "bad_characters",
    "campaign_start",
    "channels_for_goals",
    "currency_code",
    "field_errors",
    "format_money",
    "parse_brief_json",
    "parse_budget",
    "parse_start_date",
    "parse_timeline",
    "read_brief_file",
    "safe_filename",
    "tone_style",
    "write_bytes_atomic",
    "write_text_atomic",
]
