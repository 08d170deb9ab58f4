"""The dashboard's read model: what it may read, and nothing it could change.

The app builds one over its engine and hands it to the dashboard, so a screen reads campaigns,
logs, artifacts and the pool's state through this, and changes anything only by posting a
message (`ui/messages.py`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..core.brands import BrandProfile
from ..core.compare import Comparison, compare_campaigns
from ..core.engine import CampaignEngine
from ..core.models import Artifact, Campaign, LogEntry


@dataclass(frozen=True, slots=True)
class PoolState:
    ready: bool
    busy: int
    max_workers: int
    provider: str
    provider_problem: str
    approve_after: tuple[str, ...] = ()  # the settings' default pause points for new briefs


class DashboardView:
    """Reads for the dashboard, over the app's engine."""

    def __init__(
        self,
        engine: CampaignEngine,
        *,
        now: Callable[[], float],
        pool: Callable[[], PoolState],
    ):
        self._engine = engine
        self.now = now  # the app's clock (frozen in snapshot tests)
        self.pool = pool

    def campaigns(self) -> list[Campaign]:
        return self._engine.store.list_campaigns()

    def get_many(self, campaign_ids: Iterable[str]) -> list[Campaign]:
        return self._engine.store.get_many(campaign_ids)

    def get(self, campaign_id: str) -> Campaign | None:
        return self._engine.store.get(campaign_id)

    def logs(self, campaign_id: str, limit: int) -> list[LogEntry]:
        return self._engine.store.logs(campaign_id, limit=limit)

    def artifacts(self, campaign_id: str) -> list[Artifact]:
        return self._engine.store.artifacts(campaign_id)

    def artifact_problems(self, campaign_id: str) -> dict[str, str]:
        return self._engine.artifact_problems(campaign_id)

    def queued_ids(self) -> list[str]:
        return self._engine.queued_ids

    def brands(self) -> list[BrandProfile]:
        return self._engine.store.brands()

    def document(self, campaign_id: str, step: str) -> tuple[str, str]:
        """(the step's title, its Markdown document) as the campaign has it now."""
        spec = self._engine.registry[step]
        path = self._engine.campaign_dir(campaign_id) / (spec.document or "")
        try:
            text = path.read_text(encoding="utf-8")
        except OSError:
            text = f"*{spec.document} cannot be read; press e to edit the section itself.*"
        return spec.title, text

    def fork_steps(self) -> list[tuple[str, str]]:
        """(step, title) a variant can restart from, in workflow order."""
        registry = self._engine.registry
        return [(name, registry[name].title) for name in self._engine.fork_steps]

    def step_title(self, step: str) -> str:
        registry = self._engine.registry
        return registry[step].title if step in registry else step

    def comparison(self, left_id: str, right_id: str) -> Comparison | None:
        """Two campaigns' briefs and the Markdown documents both have (None if either is
        gone): the compare screen's data, read once when it opens."""
        store = self._engine.store
        left, right = store.get(left_id), store.get(right_id)
        if left is None or right is None:
            return None
        return compare_campaigns(
            left,
            self._engine.campaign_dir(left_id),
            right,
            self._engine.campaign_dir(right_id),
        )


__all__ = ["DashboardView", "PoolState"]
