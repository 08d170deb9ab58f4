"""One campaign run: start it (compare-and-set), stream the workflow, record what happens,
end it in exactly one state.

The workflow's stream brings two things: LangGraph's task events (a node starts, a node ends)
and the typed events nodes and providers report (`LogEmitted`, `ArtifactSaved`,
`ReviewScored`, see `core.events`). This module is where they become store rows and the
`ProgressEvent`s listeners get — the one place the engine translates them.
"""

from __future__ import annotations

import json
import os
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from .datadir import DataDirError, is_disk_full
from .engine_host import EngineHost
from .events import (
    ArtifactSaved,
    ArtifactWritten,
    CampaignAwaiting,
    CampaignCancelled,
    CampaignFailed,
    CampaignFinished,
    CampaignStarted,
    LogEmitted,
    NodeEvent,
    NodeFinished,
    NodeStarted,
    ReviewScored,
)
from .models import Artifact, Campaign, CampaignStatus, NodeRun
from .providers.base import GenerationCancelled
from .sanitize import for_terminal

RECURSION_LIMIT = 250


@dataclass(slots=True)
class Run:
    """A campaign holding a slot: claimed, then running in some thread."""

    campaign_id: str
    cancel: threading.Event = field(default_factory=threading.Event)
    control: Any = None  # langgraph RunControl, made when the run starts
    reason: str | None = None  # "cancel" or "shutdown"
    # the engine recorded it interrupted and will not wait for it (the process is exiting):
    # whatever the thread does afterwards must not write over that record
    abandoned: bool = False

    def stop(self, reason: str) -> None:
        self.reason = self.reason or reason
        self.cancel.set()
        if self.control is not None:
            self.control.request_drain(reason)


# what a run needs from the engine that runs it
RunHost = EngineHost


class CampaignRun:
    """Runs one claimed campaign to its end in the calling thread."""

    def __init__(self, engine: RunHost, run: Run):
        self.engine = engine
        self.run = run
        self.campaign_id = run.campaign_id
        self.store = engine.store
        # a node's artifact rows are stored in one transaction when the node ends
        self._unsaved: list[Artifact] = []

    def execute(self) -> CampaignStatus:
        from langgraph.errors import GraphDrained
        from langgraph.runtime import RunControl
        from langgraph.types import Command

        from .workflow.state import RunContext

        engine, run, campaign_id = self.engine, self.run, self.campaign_id
        campaign = engine.get(campaign_id)
        started = time.time()
        # compare-and-set: only a campaign still queued and ours starts (never run twice)
        if not self.store.transition(
            campaign_id,
            [CampaignStatus.QUEUED],
            if_owner=engine.owner.token,
            status=CampaignStatus.RUNNING,
            started_at=started,  # this run's start; execution_time holds earlier runs
            owner_pid=os.getpid(),
            awaiting_step=None,
            decision_json=None,
        ):
            return engine.get(campaign_id).status
        tracker = _NodeTracker(campaign, self.store.node_runs(campaign_id), engine.registry.steps)
        if campaign.parent_id and campaign.fork_step:  # a variant: the steps it reused count
            tracker.done.update(engine.registry.ancestors(campaign.fork_step))
        self.tracker, self.started = tracker, started
        try:
            if campaign.damaged:  # e.g. left queued, then damaged: never run an empty brief
                raise DataDirError(f"{campaign_id} cannot run: {campaign.damaged}")
            workflow = engine.workflow()
            resumed = engine.has_checkpoint(campaign_id)
            run.control = RunControl()
            if run.reason:  # cancelled between claim and start
                run.control.request_drain(run.reason)
            engine._emit(CampaignStarted(campaign_id=campaign_id, resumed=resumed))
            if resumed and campaign.decision is None:  # a decision logged itself already
                engine._log(campaign_id, f"▶️ Resuming {campaign_id} from its last checkpoint.")
            elif not resumed:
                engine._log(
                    campaign_id,
                    f"🚀 Starting campaign generation for {campaign_id} by user {campaign.user}",
                )
            context = RunContext(
                campaign_id=campaign_id,
                brief=campaign.brief,
                campaign_dir=engine.campaign_dir(campaign_id),
                provider=engine.provider_for(campaign),
                cancel=run.cancel,
                registry=engine.registry,
            )
            config = {
                "configurable": {"thread_id": campaign_id},
                "recursion_limit": RECURSION_LIMIT,
            }
            if campaign.decision is not None:  # an approval decision resumes the paused step
                first: Any = Command(resume=campaign.decision)
            elif resumed:
                first = None
            else:
                first = {"campaign_id": campaign_id, "approve_after": campaign.brief.approve_after}
            self.config = config
            stream = workflow.stream(
                first,
                config,
                context=context,
                stream_mode=["tasks", "custom"],
                durability="sync",
                control=run.control,
            )
            for mode, chunk in stream:
                if mode == "tasks":
                    self._on_task(context, chunk)
                elif isinstance(chunk, NodeEvent):
                    self._on_node_event(chunk)
        except GraphDrained:
            self._save_artifacts()
            return self._stopped()
        except Exception as exc:  # the campaign fails; the engine and the others go on
            self._save_artifacts()
            if isinstance(exc, GenerationCancelled) or (run.reason and run.cancel.is_set()):
                return self._stopped()
            return self._failed(exc)
        self._save_artifacts()
        pending = self._pending_approval(workflow)
        if pending is not None:
            return self._awaiting(*pending)
        return self._finished()

    # -- what the stream brings ------------------------------------------------------------

    def _on_task(self, context: Any, chunk: dict[str, Any]) -> None:
        tracker, campaign_id = self.tracker, self.campaign_id
        node = chunk["name"]
        if node not in self.engine.registry:  # the approval gate: not a step of the team
            return
        if "input" in chunk:  # a node starts
            tracker.started(chunk["id"], node)
            self.store.update_campaign(campaign_id, current_node=node)
            self.engine._emit(
                NodeStarted(
                    campaign_id=campaign_id,
                    node=node,
                    steps_done=tracker.steps_done,
                    steps_total=tracker.steps_total,
                )
            )
            return
        self._save_artifacts()
        duration = tracker.finished(chunk["id"])
        usage = context.take_usage(node)
        error = chunk.get("error")
        self.store.add_node_run(
            NodeRun(
                campaign_id,
                node,
                time.time() - duration,
                duration,
                usage.tokens_in,
                usage.tokens_out,
                f"{type(error).__name__}: {error}" if error else None,
            )
        )
        if error is not None:
            tracker.failed_node = node
            return
        tracker.done.add(node)
        tracker.tokens_in += usage.tokens_in
        tracker.tokens_out += usage.tokens_out
        self.store.update_campaign(
            campaign_id,
            steps_done=tracker.steps_done,
            steps_total=tracker.steps_total,
            revisions=tracker.revisions,
            quality_score=tracker.quality_score,
            current_node=tracker.current_node(),
            tokens_in=tracker.tokens_in,
            tokens_out=tracker.tokens_out,
        )
        self.engine._emit(
            NodeFinished(
                campaign_id=campaign_id,
                node=node,
                duration=duration,
                steps_done=tracker.steps_done,
                steps_total=tracker.steps_total,
                tokens_in=usage.tokens_in,
                tokens_out=usage.tokens_out,
            )
        )

    def _on_node_event(self, event: NodeEvent) -> None:
        campaign_id = self.campaign_id
        if isinstance(event, LogEmitted):
            self.engine._log(campaign_id, event.message, event.level, event.node)
        elif isinstance(event, ArtifactSaved):
            artifact = Artifact(
                campaign_id,
                event.path,
                event.kind,
                event.node,
                event.bytes,
                event.sha256,
                time.time(),
            )
            self._unsaved.append(artifact)
        elif isinstance(event, ReviewScored):
            tracker = self.tracker
            tracker.quality_score = event.score
            tracker.revisions = event.revisions
            # the newest review's findings; those it sent back may still be fixed
            tracker.findings = list(event.findings)
            stored = json.dumps(tracker.findings) if tracker.findings else None
            self.store.update_campaign(
                campaign_id,
                quality_score=event.score,
                revisions=event.revisions,
                findings_json=stored,
            )

    def _save_artifacts(self) -> None:
        """Store the artifact rows reported since the last save (one transaction), then tell
        the listeners: a listener that reads the store finds every file it is told of."""
        unsaved, self._unsaved = self._unsaved, []
        if not unsaved:
            return
        self.store.add_artifacts(unsaved)
        website = [a.path for a in unsaved if a.kind == "website"]
        if website:
            self.store.update_campaign(self.campaign_id, website_path=website[-1])
        for artifact in unsaved:
            self.engine._emit(
                ArtifactWritten(
                    campaign_id=self.campaign_id,
                    node=artifact.node,
                    kind=artifact.kind,
                    path=artifact.path,
                    bytes=artifact.bytes,
                )
            )

    # -- how a run ends ----------------------------------------------------------------------

    def _pending_approval(self, workflow: Any) -> tuple[str, str] | None:
        """(step, title) when the run stopped at the approval gate; None when it ended."""
        state = workflow.get_state(self.config)
        for interrupt in state.interrupts:
            value = interrupt.value if isinstance(interrupt.value, dict) else {}
            if value.get("step"):
                return str(value["step"]), str(value.get("title") or value["step"])
        return None

    def _awaiting(self, step: str, title: str) -> CampaignStatus:
        """Paused for approval: the slot is freed when this returns; nothing is lost."""
        self.engine._transition(
            self.campaign_id,
            CampaignStatus.AWAITING,
            log=f"⏸️ {title} ready for your review: approve it, edit it or ask for changes.",
            event=CampaignAwaiting(campaign_id=self.campaign_id, step=step, title=title),
            awaiting_step=step,
            execution_time=self._elapsed(),
            current_node=None,
            owner=None,
        )
        return CampaignStatus.AWAITING

    def _elapsed(self) -> float:
        return (self.tracker.campaign.execution_time or 0.0) + (time.time() - self.started)

    def _finished(self) -> CampaignStatus:
        engine, tracker, campaign_id = self.engine, self.tracker, self.campaign_id
        elapsed = self._elapsed()
        status = CampaignStatus.WARNINGS if tracker.findings else CampaignStatus.DONE
        engine._transition(
            campaign_id,
            status,
            finished_at=time.time(),
            execution_time=elapsed,
            current_node=None,
            steps_done=tracker.steps_total,
            owner=None,
        )
        engine.keep_step_checkpoints(campaign_id)
        campaign = engine.get(campaign_id)
        score = (
            f" (quality {tracker.quality_score}/100)" if tracker.quality_score is not None else ""
        )
        if tracker.findings:
            engine._log(
                campaign_id,
                f"⚠️ Campaign generation completed for {campaign_id}{score} with "
                f"{len(tracker.findings)} warning(s):",
                level="warning",
            )
            for finding in tracker.findings[:20]:
                engine._log(campaign_id, f"   ⚠ {finding['field']}: {finding['detail']}", "warning")
        else:
            engine._log(campaign_id, f"✅ Campaign generation completed for {campaign_id}{score}")
        engine._log(campaign_id, f"⏱️ Execution time: {elapsed:.2f} seconds")
        engine._log(campaign_id, f"📊 Artifacts generated: {campaign.artifacts_count}")
        engine._emit(
            CampaignFinished(
                campaign_id=campaign_id,
                execution_time=elapsed,
                artifacts=campaign.artifacts_count,
                website_path=campaign.website_path,
                quality_score=tracker.quality_score,
                warnings=len(tracker.findings),
            )
        )
        return status

    def _stopped(self) -> CampaignStatus:
        run, tracker = self.run, self.tracker
        interrupted = run.reason == "shutdown"
        status = CampaignStatus.INTERRUPTED if interrupted else CampaignStatus.CANCELLED
        where = f" after {tracker.last_finished}" if tracker.last_finished else ""
        if interrupted:
            message = f"⏸️ Interrupted{where} by shutdown; resume to continue from the checkpoint."
        else:
            message = f"⛔ Cancelled{where}; retry to continue from the checkpoint."
        self.engine._transition(  # compare-and-set: the engine may have recorded it already
            self.campaign_id,
            status,
            expect=[CampaignStatus.RUNNING],
            log=message,
            level="warning",
            event=CampaignCancelled(
                campaign_id=self.campaign_id, node=tracker.last_finished, interrupted=interrupted
            ),
            finished_at=None if interrupted else time.time(),
            execution_time=self._elapsed(),
            current_node=None,
            owner=None,
        )
        return status

    def _failed(self, exc: Exception) -> CampaignStatus:
        engine, tracker = self.engine, self.tracker
        node = tracker.failed_node or tracker.current_node()
        error_type = type(exc).__name__
        message = for_terminal((str(exc).strip().splitlines() or [error_type])[0][:500])
        if is_disk_full(exc):
            error_type, message = "DiskFull", engine.note_disk_full()
        elif isinstance(exc, DataDirError):
            error_type = "DataDirError"
        engine._transition(  # compare-and-set: an abandoned run was recorded interrupted
            self.campaign_id,
            CampaignStatus.FAILED,
            expect=[CampaignStatus.RUNNING],
            log=f"❌ Failed in {node or 'start-up'}: {error_type}: {message}",
            level="error",
            node=node,
            event=CampaignFailed(
                campaign_id=self.campaign_id, node=node, error_type=error_type, message=message
            ),
            finished_at=time.time(),
            execution_time=self._elapsed(),
            error_node=node,
            error_type=error_type,
            error_message=message,
            current_node=None,
            owner=None,
        )
        return CampaignStatus.FAILED


class _NodeTracker:
    """Times nodes from the task stream and counts steps for one run."""

    def __init__(self, campaign: Campaign, earlier_runs: list[NodeRun], steps_total: int):
        self.campaign = campaign
        # progress counts distinct nodes done, so a resume or a revision never counts twice
        self.done = {r.node for r in earlier_runs if r.error is None}
        self.steps_total = steps_total
        self.revisions = campaign.revisions
        self.quality_score = campaign.quality_score
        self.findings: list[dict[str, Any]] = list(campaign.findings)
        self.tokens_in = campaign.tokens_in
        self.tokens_out = campaign.tokens_out
        self._running: dict[str, tuple[str, float]] = {}
        self.failed_node: str | None = None
        self.last_finished: str | None = None

    @property
    def steps_done(self) -> int:
        return len(self.done)

    def started(self, task_id: str, node: str) -> None:
        self._running[task_id] = (node, time.perf_counter())

    def finished(self, task_id: str) -> float:
        node, t0 = self._running.pop(task_id, (None, time.perf_counter()))
        if node:
            self.last_finished = node
        return time.perf_counter() - t0

    def current_node(self) -> str | None:
        nodes = [node for node, _ in self._running.values()]
        return ", ".join(nodes) if nodes else None


__all__ = ["RECURSION_LIMIT", "CampaignRun", "Run", "RunHost"]
