"""What the engine's parts may call on the engine: one list, for the type checker.

`CampaignEngine` is built from mixins (`Recovery`, `Approvals`, `Variants`) and hands each
campaign to a `CampaignRun`. They use some of the engine's own members; `EngineHost` names
them once. The mixins inherit it only while type checking (`HOST` below is `object` at run
time), so no stub can ever stand in for one of the engine's real methods.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from .datadir import DataPaths
from .events import ProgressEvent
from .models import Campaign, CampaignStatus, Priority
from .owners import OwnerLock
from .providers.base import ContentProvider
from .store import CampaignStore
from .workflow.registry import Registry


class EngineHost(Protocol):
    """The engine's members its parts use (see engine.py for what each does)."""

    store: CampaignStore
    owner: OwnerLock
    registry: Registry
    paths: DataPaths
    disk_full: str | None
    unrecorded: dict[str, str]

    def get(self, campaign_id: str) -> Campaign: ...
    def is_active(self, campaign_id: str) -> bool: ...
    def campaign_dir(self, campaign_id: str) -> Path: ...
    def workflow(self) -> Any: ...
    def has_checkpoint(self, campaign_id: str) -> bool: ...
    def keep_step_checkpoints(self, campaign_id: str) -> None: ...
    def provider_for(self, campaign: Campaign) -> ContentProvider: ...
    def note_disk_full(self) -> str: ...
    def _checkpointer(self) -> Any: ...
    def _emit(self, event: ProgressEvent) -> None: ...
    def _log(
        self, campaign_id: str, message: str, level: str = "info", node: str | None = None
    ) -> None: ...
    def _enqueue(self, campaign_id: str, priority: Priority, created_at: float) -> None: ...
    def _transition(
        self,
        campaign_id: str,
        status: CampaignStatus | None = None,
        *,
        expect: Iterable[CampaignStatus] | None = None,
        if_owner: str | object | None = ...,
        log: str | None = None,
        level: str = "info",
        node: str | None = None,
        event: ProgressEvent | None = None,
        **fields: Any,
    ) -> bool: ...


# the base of the engine's mixins: the protocol for the type checker, nothing at run time
HOST: type = EngineHost if TYPE_CHECKING else object

__all__ = ["HOST", "EngineHost"]
