"""CampaignEngine: submit, schedule, run, cancel, retry and resume campaigns.

The engine owns the store, the checkpointer and the compiled workflow, and keeps a priority
queue (priority, then age) of campaigns waiting for one of `max_workers` slots.

Two ways to run:
- `autostart=True` (CLI, tests): the engine starts its own thread per campaign.
- `autostart=False` (the TUI): the caller claims work with `claim_next()` and calls
  `run(campaign_id)` in a thread of its own (a Textual worker); the slot is released when
  `run` returns, that is, when the thread really ends.

Progress is reported to listeners as `ProgressEvent`s from worker threads; a run itself is
`runner.CampaignRun`. Every change of a campaign's state goes through `_transition`: the row
(compare-and-set where another process may race), the log line and the event, together.
LangGraph is imported only when the first campaign runs, so creating an engine is cheap.
"""

from __future__ import annotations

import contextlib
import hashlib
import heapq
import itertools
import os
import shutil
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import checkpoints
from .approvals import Approvals
from .datadir import (
    DataDirError,
    DataPaths,
    keep_reserve,
    open_data_dir,
)
from .events import CampaignQueued, LogLine, ProgressEvent
from .models import Campaign, CampaignBrief, CampaignStatus, LogEntry, Priority
from .owners import OwnerLock
from .providers.base import ContentProvider, ProviderFactory
from .recovery import EngineError, Recovery
from .runner import CampaignRun, Run
from .sanitize import for_terminal
from .store import CampaignStore
from .variants import Variants
from .workflow.registry import Registry
from .workflow.team import TEAM

if TYPE_CHECKING:
    from langgraph.checkpoint.sqlite import SqliteSaver
    from langgraph.graph.state import CompiledStateGraph

Listener = Callable[[ProgressEvent], None]
# a full disk holds new starts until this much is free again
FREE_SPACE_TO_RESUME = 64 * 1024 * 1024


class CampaignEngine(Recovery, Approvals, Variants):
    """Runs campaigns through the workflow, at most `max_workers` at a time."""

    def __init__(
        self,
        data_dir: str | Path,
        *,
        max_workers: int = 4,
        provider: ContentProvider | ProviderFactory | None = None,
        autostart: bool = True,
        listener: Listener | None = None,
        registry: Registry = TEAM,
    ):
        if max_workers < 1:
            raise ValueError("max_workers must be at least 1")
        # DataDirError (one line, what to do) for a data dir that cannot be used
        self.paths: DataPaths = open_data_dir(data_dir)
        self.store = CampaignStore(self.paths.campaigns_db, self.paths.owners_dir)
        try:  # checked now, before anything is stored (the saver opens at the first run)
            checkpoints.check_file(self.paths.checkpoints_db)
        except BaseException:
            self.store.close()
            raise
        try:
            self.owner = OwnerLock(self.paths.owners_dir)
        except OSError as exc:
            self.store.close()
            raise DataDirError(
                f"cannot lock a file in {self.paths.owners_dir} ({exc.strerror or exc}); "
                "pass --data-dir DIR on a local, writable disk."
            ) from None
        # set while the disk is full: no new campaign starts (it would fail at once)
        self.disk_full: str | None = None
        # space to free when the disk fills, so the failures can still be recorded
        keep_reserve(self.paths.root)
        # runs that ended in an error the store could not record: id -> message
        self.unrecorded: dict[str, str] = {}
        self.max_workers = max_workers
        self.autostart = autostart
        self.registry = registry  # the workflow's nodes: the graph, progress totals, review
        if isinstance(provider, ContentProvider):
            shared = provider
            self._provider_factory: ProviderFactory | None = lambda _campaign: shared
        else:
            self._provider_factory = provider
        self._listeners: list[Listener] = [listener] if listener else []
        self._lock = threading.RLock()
        self._changed = threading.Condition(self._lock)
        self._queue: list[tuple[int, float, int, str]] = []
        self._queued: set[str] = set()
        self._seq = itertools.count()
        self._runs: dict[str, Run] = {}
        self._closing = False
        self._abandoned: set[str] = set()  # runs recorded interrupted and not waited for
        self._workflow: CompiledStateGraph | None = None
        self._saver: SqliteSaver | None = None
        self._workflow_lock = threading.Lock()

    # -- listeners ---------------------------------------------------------------

    def add_listener(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def _emit(self, event: ProgressEvent) -> None:
        for listener in list(self._listeners):
            with contextlib.suppress(Exception):  # a broken listener must not break a campaign
                listener(event)

    def _log(self, campaign_id: str, message: str, level: str = "info", node: str | None = None):
        # log lines carry model output and server errors: nothing in them may act on a terminal
        message = for_terminal(message)
        entry = LogEntry(campaign_id, time.time(), level, node, message)
        self.store.add_log(entry)
        self._emit(
            LogLine(campaign_id=campaign_id, at=entry.at, message=message, level=level, node=node)
        )

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
    ) -> bool:
        """Change a campaign's row, then log and tell the listeners, as one step.

        With `expect` (and `if_owner`) the change is a compare-and-set: it happens only if
        the campaign is still in one of those states (and owned so), and False says another
        process got there first (nothing logged, nothing emitted).
        """
        if status is not None:
            fields["status"] = status
        if expect is None:
            self.store.update_campaign(campaign_id, **fields)
        elif not self.store.transition(campaign_id, expect, if_owner=if_owner, **fields):
            return False
        if log:
            self._log(campaign_id, log, level, node)
        if event is not None:
            self._emit(event)
        with self._lock:
            self._changed.notify_all()
        return True

    # -- queries -------------------------------------------------------------------

    def provider_for(self, campaign: Campaign) -> ContentProvider:
        """The content provider for a campaign (made by the factory the engine was given)."""
        if self._provider_factory is None:
            raise EngineError("This engine has no content provider; pass provider=… to it.")
        return self._provider_factory(campaign)

    def get(self, campaign_id: str) -> Campaign:
        campaign = self.store.get(campaign_id)
        if campaign is None:
            raise EngineError(f"No campaign {campaign_id!r}.")
        return campaign

    def resolve_id(self, text: str) -> str:
        """A full id, or a unique prefix/suffix of one (for the command line)."""
        if self.store.get(text):
            return text
        matches = self.store.find(text)
        if len(matches) == 1:
            return matches[0]
        if not matches:
            raise EngineError(f"No campaign matches {text!r}.")
        raise EngineError(f"{text!r} matches {len(matches)} campaigns; give more of the id.")

    def campaign_dir(self, campaign_id: str) -> Path:
        return self.paths.campaign_dir(campaign_id)

    def artifact_problems(self, campaign_id: str) -> dict[str, str]:
        """Artifacts whose file is gone ("missing") or differs from what was written
        ("changed"), by path; empty when the kit is intact."""
        problems: dict[str, str] = {}
        for artifact in self.store.artifacts(campaign_id):
            path = Path(artifact.path)
            try:
                same = path.stat().st_size == artifact.bytes and (
                    hashlib.sha256(path.read_bytes()).hexdigest() == artifact.sha256
                )
                if not same:
                    problems[artifact.path] = "changed"
            except FileNotFoundError:
                problems[artifact.path] = "missing"
            except OSError:
                problems[artifact.path] = "unreadable"
        return problems

    @property
    def running_count(self) -> int:
        with self._lock:
            return len(self._runs)

    @property
    def queued_ids(self) -> list[str]:
        """Waiting campaigns in the order they will start."""
        with self._lock:
            return [item[3] for item in sorted(self._queue) if item[3] in self._queued]

    def is_active(self, campaign_id: str) -> bool:
        with self._lock:
            return campaign_id in self._runs or campaign_id in self._queued

    # -- submitting and scheduling -----------------------------------------------

    def submit(
        self,
        brief: CampaignBrief,
        priority: Priority | str | None = None,
        *,
        brand: str | None = None,
    ) -> Campaign:
        """Store a new campaign as queued; it starts when a slot is free. `brand` records the
        brand profile the brief started from."""
        return self.submit_many([brief], priority, brand=brand)[0]

    def submit_many(
        self,
        briefs: list[CampaignBrief],
        priority: Priority | str | None = None,
        *,
        brand: str | None = None,
    ) -> list[Campaign]:
        """Store campaigns as queued in one transaction (all or none), then queue them."""
        chosen = Priority(priority) if priority else None
        items = [(brief, chosen or brief.priority) for brief in briefs]
        if not items:
            return []
        probe = Campaign(
            id="", brief=items[0][0], status=CampaignStatus.QUEUED, priority=items[0][1],
            created_at=0,
        )  # fmt: skip
        provider = self.provider_for(probe)
        campaigns = self.store.create_campaigns(
            items,
            provider=provider.name,
            model=provider.model,
            owner_pid=os.getpid(),
            owner=self.owner.token,
            steps_total=self.registry.steps,
            brand=brand,
        )
        for campaign in campaigns:
            brief = campaign.brief
            self._log(
                campaign.id,
                f"Queued “{brief.campaign_name}” for {brief.client} "
                f"({campaign.priority.value} priority).",
            )
            self._enqueue(campaign.id, campaign.priority, campaign.created_at)
        return campaigns

    def queue_stored(self, campaign_id: str) -> None:
        """Queue a campaign already in the store as queued and owned by this engine (made with
        `store.create_campaign(..., owner=engine.owner.token)`, e.g. with a fixed id)."""
        campaign = self.get(campaign_id)
        if campaign.status is not CampaignStatus.QUEUED or campaign.owner != self.owner.token:
            raise EngineError(f"{campaign_id} is not a queued campaign of this engine.")
        if not self.is_active(campaign_id):
            self._enqueue(campaign_id, campaign.priority, campaign.created_at)

    def _enqueue(self, campaign_id: str, priority: Priority, created_at: float) -> None:
        with self._lock:
            if self._closing:
                raise EngineError("The engine is shutting down.")
            heapq.heappush(self._queue, (-priority.rank, created_at, next(self._seq), campaign_id))
            self._queued.add(campaign_id)
            position = self.queued_ids.index(campaign_id) + 1
            self._changed.notify_all()
        self._emit(CampaignQueued(campaign_id=campaign_id, position=position))
        if self.autostart:
            self.dispatch()

    def claim_next(self) -> str | None:
        """Reserve a slot for the next waiting campaign and return its id (None: wait)."""
        with self._lock:
            if self._closing or len(self._runs) >= self.max_workers or self.held:
                return None
            while self._queue:
                *_, campaign_id = heapq.heappop(self._queue)
                if campaign_id in self._queued:
                    self._queued.discard(campaign_id)
                    self._runs[campaign_id] = Run(campaign_id)
                    return campaign_id
            return None

    @property
    def held(self) -> bool:
        """True while the disk is full: queued campaigns wait instead of failing one by one."""
        if self.disk_full is None:
            return False
        try:
            free = shutil.disk_usage(self.paths.root).free
        except OSError:
            return True
        if free >= FREE_SPACE_TO_RESUME:
            self.disk_full = None
            keep_reserve(self.paths.root)  # ready for the next time the disk fills
            return False
        return True

    def dispatch(self) -> list[str]:
        """Start threads for waiting campaigns while slots are free (autostart mode)."""
        started = []
        while (campaign_id := self.claim_next()) is not None:
            threading.Thread(
                target=self.run, args=(campaign_id,), name=f"campaign-{campaign_id}", daemon=True
            ).start()
            started.append(campaign_id)
        return started

    # -- control ---------------------------------------------------------------------

    def shutdown(self, timeout: float | None = 2.0, *, abandon: bool = False) -> list[str]:
        """Stop taking work, stop running campaigns at their next node boundary.

        Running campaigns end *interrupted* (resumable); queued ones stay queued, owned by no
        one, for the next engine (the TUI adopts them; `resume` takes them). Waits up to
        `timeout` for the runs to end; returns the ids still running. With `abandon` (the
        process is about to exit: Ctrl-C of `run`), the runs still going when the timeout
        ends are recorded interrupted here and never waited for again: a model call in flight
        is abandoned, not awaited.
        """
        with self._lock:
            self._closing = True
            runs = list(self._runs.values())
            for run in runs:
                run.stop("shutdown")
            queued = list(self._queued)
            self._queued.clear()
        for campaign_id in queued:
            with contextlib.suppress(Exception):  # a full disk must not stop the shutdown
                self.store.transition(
                    campaign_id, [CampaignStatus.QUEUED], if_owner=self.owner.token, owner=None
                )
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._lock:
            self._changed.notify_all()
            while set(self._runs) - self._abandoned:
                remaining = None if deadline is None else deadline - time.monotonic()
                if remaining is not None and remaining <= 0:
                    break
                self._changed.wait(remaining)
            left = [run for run in self._runs.values() if run.campaign_id not in self._abandoned]
            if abandon:
                for run in left:
                    run.abandoned = True
                    self._abandoned.add(run.campaign_id)
        if abandon:
            for run in left:
                with contextlib.suppress(Exception):  # a full disk must not stop the shutdown
                    self._record_abandoned(run.campaign_id)
        with self._lock:
            return list(self._runs)

    def close(self) -> None:
        """Shut down (see `shutdown`) and close the databases. While runs are still going
        (abandoned ones, or ones that outlived the wait) the connections stay open for them
        and the process's exit ends them: a thread must never write into a closed one."""
        still_running = self.shutdown()
        if still_running:  # the process's exit releases the owner lock and the files
            return
        with self._workflow_lock:
            if self._saver is not None:
                checkpoints.close(self._saver)
                self._saver = None
        self.store.close()
        self.owner.release()

    def wait(self, campaign_ids: Iterable[str] | None = None, timeout: float | None = None) -> bool:
        """Block until these campaigns (default: all this engine knows) are no longer active,
        or only wait for a disk with free space (see `held`)."""
        ids = set(campaign_ids) if campaign_ids is not None else None
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._lock:
            while True:
                busy = set(self._runs) | (set() if self.held else self._queued)
                if not (busy if ids is None else busy & ids):
                    return True
                remaining = None if deadline is None else deadline - time.monotonic()
                if remaining is not None and remaining <= 0:
                    return False
                self._changed.wait(remaining if remaining is not None else 1.0)

    # -- the workflow ------------------------------------------------------------------

    def _checkpointer(self) -> SqliteSaver:
        with self._workflow_lock:
            if self._saver is None:
                self._saver = checkpoints.open_saver(self.paths.checkpoints_db)
            return self._saver

    def workflow(self) -> CompiledStateGraph:
        """The compiled graph (built on first use: importing LangGraph takes a while)."""
        saver = self._checkpointer()
        with self._workflow_lock:
            if self._workflow is None:
                from .workflow.graph import compile_workflow

                self._workflow = compile_workflow(saver, self.registry)
            return self._workflow

    def has_checkpoint(self, campaign_id: str) -> bool:
        return checkpoints.has_checkpoint(self._checkpointer(), campaign_id)

    def keep_step_checkpoints(self, campaign_id: str) -> None:
        """A finished campaign keeps the checkpoint that ends each step (each one reads the
        section versions that existed then); the writes in between go."""
        checkpoints.keep_step_ends(self._checkpointer(), campaign_id)

    def warm_up(self) -> None:
        """Import and compile the workflow, its template and the offline provider ahead of
        the first campaign (otherwise the first campaigns do it, all at once)."""
        self.workflow()
        from .providers import offline  # noqa: F401
        from .workflow import website

        website.warm_up()

    # -- running -------------------------------------------------------------------------

    def run(self, campaign_id: str) -> CampaignStatus:
        """Run a claimed campaign to its end in the calling thread; returns its final status.

        Never raises for a campaign's own failure: that is recorded and reported.
        """
        with self._lock:
            run = self._runs.get(campaign_id)
        if run is None:
            raise EngineError(f"{campaign_id} was not claimed; call claim_next() first.")
        try:
            return CampaignRun(self, run).execute()
        except Exception as exc:  # the store itself failed (disk full): report, never raise
            if run.abandoned:  # recorded interrupted by `shutdown`; the store may be closed
                return CampaignStatus.INTERRUPTED
            return self._unrecorded(campaign_id, exc)
        finally:
            with self._lock:
                self._runs.pop(campaign_id, None)
                self._changed.notify_all()
            if self.autostart and not self._closing:
                self.dispatch()
