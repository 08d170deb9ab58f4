"""The dashboard's actions on a campaign's flow: review a paused step, start a variant.

A base of `DashboardScreen`: both end in a message for the app (`ui/messages.py`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.screen import Screen

from ...core.models import Campaign, CampaignBrief, CampaignStatus
from ..messages import ForkCampaign
from .new_campaign import NewCampaignScreen
from .step_picker import StepPickerScreen

if TYPE_CHECKING:
    from ..view import DashboardView


class FlowActions(Screen):
    """Review (`p`, or enter on a paused campaign) and variant (`g`) actions."""

    view: DashboardView

    def _need_selection(self) -> Campaign | None:
        raise NotImplementedError  # the dashboard's: the selected campaign, or a notice

    def action_review_step(self) -> None:
        campaign = self._need_selection()
        if campaign is None:
            return
        if campaign.status is not CampaignStatus.AWAITING or not campaign.awaiting_step:
            self.notify(
                f"{campaign.name} is {campaign.status.label}; nothing awaits your approval.",
                severity="warning",
            )
            return
        title, text = self.view.document(campaign.id, campaign.awaiting_step)
        from .approval import ApprovalScreen  # on first use: Markdown imports slowly

        self.app.push_screen(ApprovalScreen(campaign, title, text))

    def action_fork_campaign(self) -> None:
        campaign = self._need_selection()
        if campaign is None:
            return
        if not campaign.status.can_fork:
            self.notify(
                f"{campaign.name} is {campaign.status.label}; start a variant once it has run.",
                severity="warning",
            )
            return
        steps = self.view.fork_steps()

        def picked(step: str | None) -> None:
            if step:
                self._variant_form(campaign, step, dict(steps)[step])

        self.app.push_screen(
            StepPickerScreen(
                f"A variant of “{campaign.name}”: restart from which step? Earlier steps are "
                "reused as they are (no model calls); you can change the brief next.",
                steps,
                default="copy",
            ),
            picked,
        )

    def _variant_form(self, campaign: Campaign, step: str, title: str) -> None:
        form = NewCampaignScreen(
            campaign.brief,
            brands=self.view.brands(),
            provider_problem=self.view.pool().provider_problem or None,
            title=f"Variant of {campaign.id.rsplit('_', 1)[-1]} from {title}",
        )

        def done(brief: CampaignBrief | None) -> None:
            if brief is not None:
                self.post_message(ForkCampaign(campaign.id, step, brief))

        self.app.push_screen(form, done)


__all__ = ["FlowActions"]
