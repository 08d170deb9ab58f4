"""The graph's state and the per-run context the nodes read.

The state holds only small plain data: the paths of the files each node wrote, the review's
verdict, and `sections`, which points at the exact version of every section a node produced
(`data/versions/<node>-<hash>.json`, named by content hash and never overwritten). So every
checkpoint is self-consistent: loading the checkpoint taken after `copy` reads exactly the copy
that existed then, even after a revision wrote a new one.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, TypedDict

from ..events import NodeEvent
from ..models import CampaignBrief, Usage
from ..providers.base import ContentProvider
from .registry import Registry
from .team import TEAM


def merge_dicts(left: dict[str, Any] | None, right: dict[str, Any] | None) -> dict[str, Any]:
    """Reducer: later writes add to (and override keys of) earlier ones."""
    return {**(left or {}), **(right or {})}


class CampaignState(TypedDict, total=False):
    campaign_id: str
    # artifact kind -> path relative to the campaign folder
    artifacts: Annotated[dict[str, str], merge_dicts]
    # node -> the version of its section (or data) this state's nodes read
    sections: Annotated[dict[str, str], merge_dicts]
    # the review's verdict: score, passed, fault node, findings (plain data)
    review: dict[str, Any]
    # how many times the review sent work back
    revisions: int
    # the node being revised (routes it straight back to review), or None
    revise: str | None
    # the review's findings for the node being revised (Finding.to_data() dicts)
    findings: list[dict[str, Any]]
    # approvals: the steps to pause after, those approved, the step at the gate and what the
    # marketer decided there ("approve" or "changes"), and their change requests by step
    approve_after: list[str]
    approved: Annotated[dict[str, bool], merge_dicts]
    gate: str | None
    gate_decision: str | None
    notes: Annotated[dict[str, str], merge_dicts]


def _to_stream(event: NodeEvent) -> None:
    """The default report: the run's LangGraph stream, which the engine reads."""
    from langgraph.config import get_stream_writer

    try:
        writer = get_stream_writer()
    except RuntimeError:  # a node called outside a graph run (unit tests)
        return
    writer(event)


@dataclass(slots=True)
class RunContext:
    """What a run is configured with; passed to `stream(context=...)`, never checkpointed."""

    campaign_id: str
    brief: CampaignBrief
    campaign_dir: Path
    provider: ContentProvider
    cancel: threading.Event = field(default_factory=threading.Event)
    registry: Registry = TEAM
    # where nodes' and providers' typed events go (the graph's stream by default)
    report: Callable[[NodeEvent], None] = _to_stream
    usage: dict[str, Usage] = field(default_factory=dict)
    # sections read back this run, by their versioned (content-hash) path
    read_cache: dict[str, Any] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        # resolved once: every artifact's recorded path is built on it, not resolved again
        self.campaign_dir = self.campaign_dir.resolve()

    def record_usage(self, node: str, usage: Usage) -> None:
        # parallel branches record at the same time
        with self._lock:
            self.usage.setdefault(node, Usage()).add(usage)

    def take_usage(self, node: str) -> Usage:
        with self._lock:
            return self.usage.pop(node, Usage())
