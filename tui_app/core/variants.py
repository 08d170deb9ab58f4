"""A variant: the same campaign from a chosen step on, with some brief fields changed.

The new campaign starts from the source campaign's checkpoint taken just before that step
(every checkpoint reads the section versions of its time, see `workflow/state.py`): earlier
steps are not recomputed and cost no model calls; their files are copied. A changed brief field
that an earlier step was written from moves the restart back to that step, and says so.

A mixin of `CampaignEngine`.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import time
from pathlib import Path
from typing import Any

from .engine_host import HOST
from .models import Artifact, Campaign, CampaignBrief
from .recovery import EngineError

# state kept from the source (the rest starts over in the variant)
_FRESH = {
    "revise": None,
    "review": {},
    "revisions": 0,
    "findings": [],
    "gate": None,
    "gate_decision": None,
}


class Variants(HOST):
    """fork (see the module docstring)."""

    @property
    def fork_steps(self) -> tuple[str, ...]:
        """Where a variant can restart: a step of the chain, or a branch right after it."""
        chain = self.registry.approvable
        branches = tuple(n for n in self.registry.successors(chain[-1])) if chain else ()
        return (*chain, *branches)

    def fork(
        self, source_id: str, step: str, brief: CampaignBrief | None = None
    ) -> tuple[Campaign, str | None]:
        """A new campaign from `source_id`, restarting at `step` (or earlier: the second value
        says why) with `brief` (default: the source's). Returns the queued variant."""
        source = self.get(source_id)
        if not source.status.can_fork or self.is_active(source_id):
            raise EngineError(
                f"{source_id} is {source.status.label}; a variant starts from a campaign that "
                "is done, failed, cancelled, interrupted or awaiting approval."
            )
        if step not in self.fork_steps:
            raise EngineError(
                f"A variant can restart at one of: {', '.join(self.fork_steps)} (not {step!r})."
            )
        brief = brief or source.brief
        changed = [
            name
            for name in CampaignBrief.model_fields
            if getattr(brief, name) != getattr(source.brief, name)
        ]
        restart, because = self.registry.restart_point(step, changed)
        why = None
        if because is not None:
            why = (
                f"restarting at {restart} instead of {step}: {restart} is written from "
                f"{because}, which changed"
            )
        first = restart == self.registry.names[0]  # nothing to reuse: a fresh run
        snapshot = None if first else self._checkpoint_before(source_id, restart)
        if snapshot is None and not first:
            raise EngineError(
                f"{source_id} has no checkpoint before {restart} (it never got there); "
                f"restart at an earlier step."
            )
        provider = self.provider_for(source)
        (variant,) = self.store.create_campaigns(
            [(brief, brief.priority)],
            provider=provider.name,
            model=provider.model,
            owner_pid=os.getpid(),
            owner=self.owner.token,
            steps_total=self.registry.steps,
            parent_id=source_id,
            fork_step=restart,
        )
        reused = self._reuse(source, variant, snapshot, restart) if snapshot else []
        self._log(
            variant.id,
            f"🧬 Variant of {source_id} from {restart}"
            + (f", reusing {len(reused)} earlier step(s): {', '.join(reused)}" if reused else "")
            + (f" ({why})." if why else "."),
        )
        self._enqueue(variant.id, variant.priority, variant.created_at)
        return self.get(variant.id), why

    def _checkpoint_before(self, campaign_id: str, step: str) -> Any:
        """The source's first checkpoint whose next task is `step` (the state just before it)."""
        config = {"configurable": {"thread_id": campaign_id}}
        history = list(self.workflow().get_state_history(config))  # newest first
        return next((s for s in reversed(history) if step in s.next), None)

    def _reuse(self, source: Campaign, variant: Campaign, snapshot: Any, step: str) -> list[str]:
        """Copy the files of the steps before `step` and start the variant's thread from the
        source's checkpoint; returns the reused steps."""
        old, new = self.campaign_dir(source.id), self.campaign_dir(variant.id)
        values = dict(snapshot.values)
        paths = {
            *(values.get("artifacts") or {}).values(),
            *(values.get("sections") or {}).values(),
        }
        recorded = {Path(a.path).resolve(): a for a in self.store.artifacts(source.id)}
        for rel in sorted(paths):
            source_file, target = old / rel, new / rel
            if not source_file.is_file():
                raise EngineError(f"{source.id}'s {rel} is missing; regenerate it first.")
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source_file, target)
            known = recorded.get(source_file.resolve())
            if known is not None:
                raw = target.read_bytes()
                self.store.add_artifact(
                    Artifact(
                        variant.id,
                        str(target.resolve()),
                        known.kind,
                        known.node,
                        len(raw),
                        hashlib.sha256(raw).hexdigest(),
                        time.time(),
                    )
                )
        brief_file = new / "brief.json"
        if brief_file.exists():  # the variant's own brief, not the source's
            variant.brief.to_json_file(brief_file)
            raw = brief_file.read_bytes()
            self.store.add_artifact(
                Artifact(variant.id, str(brief_file.resolve()), "brief", "project_manager",
                         len(raw), hashlib.sha256(raw).hexdigest(), time.time())
            )  # fmt: skip
        reused = list(self.registry.ancestors(step))
        values.update(_FRESH)
        values["campaign_id"] = variant.id
        values["approve_after"] = variant.brief.approve_after
        values["approved"] = {name: True for name in reused}
        values["notes"] = {}
        predecessor = self.registry[step].after[0]
        config = {"configurable": {"thread_id": variant.id}}
        self.workflow().update_state(config, values, as_node=predecessor)
        self.store.update_campaign(variant.id, steps_done=len(reused))
        return reused


__all__ = ["Variants"]
