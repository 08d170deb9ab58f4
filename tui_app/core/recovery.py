"""Taking campaigns back: cancel, retry, resume, recover after a crash, adopt what a stopped
process left queued; and recording runs that cannot end normally (a full disk, a run the
process abandons on Ctrl-C).

A mixin of `CampaignEngine`. Every change here is a compare-and-set (`_transition` with
`expect`): two processes that try the same campaign at once get one winner, and the loser an
`EngineError` that says what happened.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import time

from . import checkpoints
from .datadir import is_disk_full, release_reserve
from .engine_host import HOST
from .events import CampaignCancelled, CampaignFailed
from .models import Campaign, CampaignStatus
from .sanitize import for_terminal


class EngineError(RuntimeError):
    """A request the engine cannot carry out (unknown id, wrong state); message for the user."""


class Recovery(HOST):
    """The engine's cancel, retry and recovery (see the module docstring)."""

    def cancel(self, campaign_id: str) -> bool:
        """Cancel a queued campaign now, or a running one at its next node boundary."""
        with self._lock:
            if campaign_id in self._runs:
                self._runs[campaign_id].stop("cancel")
                return True
            queued_here = campaign_id in self._queued
            self._queued.discard(campaign_id)
        campaign = self.get(campaign_id)
        owner = self.owner.token if queued_here else campaign.owner
        if campaign.status is not CampaignStatus.QUEUED or (
            not queued_here and self.store.owner_is_alive(owner)
        ):
            where = (
                " in another campaign-tui process; cancel it there"
                if campaign.status.is_active
                else "; only queued or running campaigns can be cancelled"
            )
            raise EngineError(f"{campaign_id} is {campaign.status.value}{where}.")
        if not self._transition(
            campaign_id,
            CampaignStatus.CANCELLED,
            expect=[CampaignStatus.QUEUED],
            if_owner=owner,
            log="⛔ Cancelled before it started.",
            level="warning",
            event=CampaignCancelled(campaign_id=campaign_id),
            finished_at=time.time(),
            owner=None,
        ):
            raise EngineError(f"{campaign_id} changed meanwhile (another process took it).")
        return True

    def retry(self, campaign_id: str, *, from_scratch: bool = False) -> Campaign:
        """Queue a campaign again here: failed, cancelled or interrupted ones continue from
        their last checkpoint (finished nodes are not redone); a campaign left queued by a
        process that is gone is taken over; `from_scratch` deletes checkpoints and artifacts
        first and also regenerates a finished campaign.

        Every change is a compare-and-set: when two processes resume the same campaign at
        once, one gets it and the other an EngineError.
        """
        if self.is_active(campaign_id):
            raise EngineError(f"{campaign_id} is already queued or running here.")
        campaign = self.get(campaign_id)
        if campaign.damaged:
            raise EngineError(f"{campaign_id} cannot run: {campaign.damaged}")
        status = campaign.status
        me = self.owner.token
        if status is CampaignStatus.RUNNING:
            if self.store.owner_is_alive(campaign.owner):
                raise EngineError(
                    f"{campaign_id} is running in another campaign-tui process; "
                    "wait for it or quit that process."
                )
            self._interrupt_orphan(campaign_id, campaign.owner)
            status = CampaignStatus.INTERRUPTED
        if status is CampaignStatus.QUEUED:
            if self.store.owner_is_alive(campaign.owner):
                raise EngineError(
                    f"{campaign_id} is queued in another campaign-tui process and will run there."
                )
            took = self._transition(
                campaign_id,
                expect=[CampaignStatus.QUEUED],
                if_owner=campaign.owner,
                owner=me,
                owner_pid=os.getpid(),
            )
        elif status.can_retry or (from_scratch and status.is_finished):
            took = self._transition(
                campaign_id,
                CampaignStatus.QUEUED,
                expect=[status],
                error_node=None,
                error_type=None,
                error_message=None,
                finished_at=None,
                owner=me,
                owner_pid=os.getpid(),
            )
        else:
            hint = " (add --from-scratch to generate it again)" if status.is_finished else ""
            raise EngineError(
                f"{campaign_id} is {status.value}; only failed, cancelled, interrupted or "
                f"queued campaigns can be resumed{hint}."
            )
        if not took:
            raise EngineError(f"{campaign_id} changed meanwhile (another process resumed it).")
        if from_scratch:
            self._forget_run(campaign_id)
        how = "from scratch" if from_scratch else "from its last checkpoint"
        self._log(campaign_id, f"🔁 Queued again ({how}).")
        self._enqueue(campaign_id, campaign.priority, time.time())
        return self.get(campaign_id)

    resume = retry

    def resume_all(self) -> list[str]:
        """Queue every interrupted campaign, every campaign a full disk failed and every
        campaign left queued by a process that is gone (oldest first); returns their ids.
        Campaigns another process holds are left."""
        self.recover(adopt_queued=False)
        ids: list[str] = []
        stopped = [CampaignStatus.INTERRUPTED, CampaignStatus.FAILED]
        for campaign in reversed(self.store.list_campaigns(stopped)):
            if campaign.status is CampaignStatus.FAILED and campaign.error_type != "DiskFull":
                continue  # a failure of its own: `retry ID` once its cause is fixed
            with contextlib.suppress(EngineError):
                ids.append(self.retry(campaign.id).id)
        ids.extend(self._adopt_queued())
        return ids

    def _forget_run(self, campaign_id: str) -> None:
        checkpoints.forget(self._checkpointer(), campaign_id)
        self.store.clear_run_data(campaign_id)
        self.store.update_campaign(
            campaign_id,
            steps_done=0,
            steps_total=self.registry.steps,
            current_node=None,
            revisions=0,
            quality_score=None,
            findings_json=None,
            execution_time=None,
            started_at=None,
        )
        folder = self.campaign_dir(campaign_id)
        if folder.is_dir():
            shutil.rmtree(folder)

    def recover(self, *, adopt_queued: bool = True) -> list[str]:
        """After a crash or quit: mark running campaigns whose owner is gone *interrupted*.

        With `adopt_queued`, campaigns left waiting by a process that is gone are queued here.
        Returns the ids marked interrupted.
        """
        interrupted = []
        for campaign_id, owner in self.store.owned_by_dead_processes([CampaignStatus.RUNNING]):
            if self._interrupt_orphan(campaign_id, owner):
                interrupted.append(campaign_id)
        if adopt_queued:
            self._adopt_queued()
        return interrupted

    def _interrupt_orphan(self, campaign_id: str, owner: str | None) -> bool:
        return self._transition(  # False: another process got there first
            campaign_id,
            CampaignStatus.INTERRUPTED,
            expect=[CampaignStatus.RUNNING],
            if_owner=owner,
            log="⚠️ Interrupted: the app stopped while this campaign ran. Resume it to continue "
            "from its last checkpoint.",
            level="warning",
            owner=None,
            current_node=None,
        )

    def _adopt_queued(self) -> list[str]:
        adopted = []
        for campaign_id, owner in self.store.owned_by_dead_processes([CampaignStatus.QUEUED]):
            if self.is_active(campaign_id):
                continue
            if self._transition(
                campaign_id,
                expect=[CampaignStatus.QUEUED],
                if_owner=owner,
                owner=self.owner.token,
                owner_pid=os.getpid(),
            ):
                campaign = self.get(campaign_id)
                self._enqueue(campaign_id, campaign.priority, campaign.created_at)
                adopted.append(campaign_id)
        return adopted

    # -- a run that cannot finish normally ----------------------------------------------

    def note_disk_full(self) -> str:
        """The disk is full: hold new starts and free a piece of the space reserve, so that
        the failure of the campaign it hit can still be stored. Returns the reason to store."""
        self.disk_full = f"Disk full: no space left on the disk holding {self.paths.root}."
        release_reserve(self.paths.root)
        return f"{self.disk_full} Free some space, then run: campaign-tui resume --all"

    def _record_abandoned(self, campaign_id: str) -> None:
        """Record a run the process will not wait for as interrupted (compare-and-set: a run
        that stopped itself meanwhile has recorded that already)."""
        campaign = self.get(campaign_id)
        ran = time.time() - campaign.started_at if campaign.started_at else 0.0
        self._transition(
            campaign_id,
            CampaignStatus.INTERRUPTED,
            expect=[CampaignStatus.RUNNING],
            if_owner=self.owner.token,
            log="⏸️ Interrupted by shutdown (its model call was abandoned); resume to continue "
            "from the last checkpoint.",
            level="warning",
            event=CampaignCancelled(campaign_id=campaign_id, interrupted=True),
            execution_time=(campaign.execution_time or 0.0) + ran,
            current_node=None,
            owner=None,
        )

    def _unrecorded(self, campaign_id: str, exc: Exception) -> CampaignStatus:
        """The run ended in an error the run could not record itself (a full disk, a broken
        database): store the failure here if the store can take it at all, and tell the
        listeners. What cannot be stored is kept in `unrecorded` with a message that says so
        (the campaign then shows as interrupted at the next start, and stays resumable)."""
        if is_disk_full(exc):  # frees another piece of the reserve for this record
            error_type, message = "DiskFull", self.note_disk_full()
        else:
            error_type = type(exc).__name__
            message = for_terminal((str(exc).strip().splitlines() or [error_type])[0][:500])
        with contextlib.suppress(Exception):  # the store may still refuse: said below
            self.store.transition(
                campaign_id,
                [CampaignStatus.RUNNING],
                if_owner=self.owner.token,
                status=CampaignStatus.FAILED,
                finished_at=time.time(),
                error_type=error_type,
                error_message=message,
                current_node=None,
                owner=None,
            )
        stored: CampaignStatus | None = None
        with contextlib.suppress(Exception):
            stored = self.get(campaign_id).status
        if stored is CampaignStatus.RUNNING or stored is None:
            self.unrecorded[campaign_id] = (
                f"{message} (This failure could not be recorded: until it is resumed the "
                "campaign shows as interrupted.)"
            )
        elif stored is CampaignStatus.QUEUED:  # it never started: it waits, resumable
            self.unrecorded[campaign_id] = f"{message} (It did not start and is still queued.)"
        self._emit(
            CampaignFailed(campaign_id=campaign_id, node=None, error_type=error_type,
                           message=message)
        )  # fmt: skip
        return CampaignStatus.FAILED


__all__ = ["EngineError", "Recovery"]
