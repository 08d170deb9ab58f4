"""Typed progress events the engine reports while campaigns run.

The engine calls its listener with these from worker threads; a listener must be quick and
thread-safe (the TUI pushes them onto a queue and renders them in batches).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field


@dataclass(slots=True, frozen=True, kw_only=True)
class ProgressEvent:
    campaign_id: str
    at: float = field(default_factory=time.time)


@dataclass(slots=True, frozen=True, kw_only=True)
class CampaignQueued(ProgressEvent):
    position: int = 0


@dataclass(slots=True, frozen=True, kw_only=True)
class CampaignStarted(ProgressEvent):
    resumed: bool = False


@dataclass(slots=True, frozen=True, kw_only=True)
class NodeStarted(ProgressEvent):
    node: str
    steps_done: int
    steps_total: int


@dataclass(slots=True, frozen=True, kw_only=True)
class NodeFinished(ProgressEvent):
    node: str
    duration: float
    steps_done: int
    steps_total: int
    tokens_in: int = 0
    tokens_out: int = 0


@dataclass(slots=True, frozen=True, kw_only=True)
class ArtifactWritten(ProgressEvent):
    node: str
    kind: str
    path: str
    bytes: int


@dataclass(slots=True, frozen=True, kw_only=True)
class LogLine(ProgressEvent):
    message: str
    level: str = "info"
    node: str | None = None


@dataclass(slots=True, frozen=True, kw_only=True)
class CampaignFinished(ProgressEvent):
    execution_time: float
    artifacts: int
    website_path: str | None
    quality_score: int | None = None
    warnings: int = 0  # findings that remain: the campaign is done with warnings


@dataclass(slots=True, frozen=True, kw_only=True)
class CampaignFailed(ProgressEvent):
    node: str | None
    error_type: str
    message: str


@dataclass(slots=True, frozen=True, kw_only=True)
class CampaignCancelled(ProgressEvent):
    """Stopped on request; `interrupted` when stopped by shutdown (resumable later)."""

    node: str | None = None
    interrupted: bool = False


@dataclass(slots=True, frozen=True, kw_only=True)
class CampaignAwaiting(ProgressEvent):
    """Paused after `step` for the marketer's approval (it holds no worker slot)."""

    step: str
    title: str


TERMINAL_EVENTS = (CampaignFinished, CampaignFailed, CampaignCancelled, CampaignAwaiting)


# -- what nodes and providers report while a campaign runs ------------------------------------
# They get a `report` callback (RunContext.report, ContentRequest.report) and never know how
# the event travels (the LangGraph stream) or what the engine makes of it (store rows,
# ProgressEvents): the engine translates them in one place.


@dataclass(slots=True, frozen=True, kw_only=True)
class NodeEvent:
    node: str


@dataclass(slots=True, frozen=True, kw_only=True)
class LogEmitted(NodeEvent):
    message: str
    level: str = "info"


@dataclass(slots=True, frozen=True, kw_only=True)
class ArtifactSaved(NodeEvent):
    kind: str
    path: str  # absolute
    bytes: int
    sha256: str


@dataclass(slots=True, frozen=True, kw_only=True)
class ReviewScored(NodeEvent):
    score: int
    revisions: int
    findings: list[dict]  # Finding.to_data() dicts
    sent_back_to: str | None = None  # the node sent back; None: the review's last word
