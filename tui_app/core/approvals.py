"""The marketer's word at a pause: approve a step, send it back with a note, or replace it with
their own edit. Each is a decision stored with the campaign, which then queues again (with its
priority) and resumes the paused step with it.

A mixin of `CampaignEngine`; every change is a compare-and-set, so a decision is taken once
even when two windows answer at the same time.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from .editing import edit_text, read_edit, with_problems, write_edit_file
from .engine_host import HOST
from .models import Campaign, CampaignStatus
from .recovery import EngineError


class Approvals(HOST):
    """approve / request_changes / submit_edit (see the module docstring)."""

    def awaiting(self, campaign_id: str) -> tuple[Campaign, str]:
        """The campaign and the step it awaits approval for; EngineError when it awaits none."""
        campaign = self.get(campaign_id)
        if campaign.status is not CampaignStatus.AWAITING or not campaign.awaiting_step:
            raise EngineError(
                f"{campaign_id} is {campaign.status.label}; only a campaign awaiting approval "
                "can be approved, edited or sent back."
            )
        return campaign, campaign.awaiting_step

    def approve(self, campaign_id: str) -> Campaign:
        """Approve the paused step; the campaign queues again and goes on."""
        campaign, step = self.awaiting(campaign_id)
        title = self.registry[step].title
        return self._decide(campaign, {"action": "approve"}, f"✅ {title} approved.")

    def request_changes(self, campaign_id: str, note: str) -> Campaign:
        """Send the paused step back with a note; it is written again, then pauses again."""
        note = " ".join(note.split())
        if not note:
            raise EngineError("Say what to change (a note such as: shorter, casual tone).")
        campaign, step = self.awaiting(campaign_id)
        title = self.registry[step].title
        return self._decide(
            campaign,
            {"action": "changes", "note": note[:1000]},
            f"💬 Changes asked for {title}: “{note[:300]}”.",
        )

    def submit_edit(self, campaign_id: str, content: dict[str, Any]) -> Campaign:
        """Replace the paused step's section with the marketer's edit (validated against the
        section's model first: a ValidationError leaves everything as it was) and go on."""
        campaign, step = self.awaiting(campaign_id)
        spec = self.registry[step]
        if spec.schema is None:
            raise EngineError(f"{spec.title} has no section to edit.")
        section = spec.schema.model_validate(content)  # ValidationError: nothing changes
        decision = {"action": "edit", "content": section.model_dump(mode="json")}
        return self._decide(campaign, decision, f"✏️ {spec.title} edited by hand and approved.")

    def edit_file(self, campaign_id: str) -> Path:
        """The YAML file to edit the awaited step's section in: made from the section when
        there is none, or the one kept from an edit that did not validate (with its problems
        on top), so nothing typed is lost."""
        _, step = self.awaiting(campaign_id)
        spec = self.registry[step]
        path = self.campaign_dir(campaign_id) / "edits" / f"{step}.yaml"
        if not path.exists():
            data = self.campaign_dir(campaign_id) / "data" / f"{step}.json"
            current = self.registry.section_models[step].model_validate_json(
                data.read_text(encoding="utf-8")
            )
            write_edit_file(path, edit_text(spec.title, current))
        return path

    def finish_edit(self, campaign_id: str) -> list[str]:
        """Read the edited file: valid, it replaces the section and the campaign goes on
        (returns []); otherwise the problems, written on top of the kept text too."""
        _, step = self.awaiting(campaign_id)
        path = self.edit_file(campaign_id)
        text = path.read_text(encoding="utf-8")
        schema = self.registry.section_models[step]
        content, problems = read_edit(text, schema)
        if content is None:
            write_edit_file(path, with_problems(text, problems))
            return problems
        self.submit_edit(campaign_id, content)
        path.unlink(missing_ok=True)
        return []

    def _decide(self, campaign: Campaign, decision: dict[str, Any], log: str) -> Campaign:
        if not self._transition(
            campaign.id,
            CampaignStatus.QUEUED,
            expect=[CampaignStatus.AWAITING],
            log=f"{log} (by {campaign.user})",
            decision_json=json.dumps(decision, ensure_ascii=False),
            owner=self.owner.token,
            owner_pid=os.getpid(),
        ):
            raise EngineError(f"{campaign.id} was decided meanwhile (another window answered).")
        self._enqueue(campaign.id, campaign.priority, campaign.created_at)
        return self.get(campaign.id)


__all__ = ["Approvals"]
