"""The dashboard's actions on a finished kit: export it, save its brand as a profile.

Both are commands for the app (messages): it writes the export in a thread worker, so the UI
never waits on the disk, and stores the brand.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.screen import Screen

from ...core.brands import BrandProfile
from ...core.models import Campaign
from ..messages import ExportCampaign, SaveBrand

if TYPE_CHECKING:
    from ..widgets.artifact_list import ArtifactList
    from ..widgets.campaign_table import CampaignTable


class KitActions(Screen):
    """The base of `DashboardScreen` (its bindings name these actions)."""

    table: CampaignTable
    artifact_list: ArtifactList

    def _need_selection(self) -> Campaign | None:
        raise NotImplementedError  # the dashboard's: the selected campaign, or a notice

    def save_brand(self, profile: BrandProfile) -> None:
        """Ask the app to store a profile (replacing one of the same name)."""
        self.post_message(SaveBrand(profile))

    def action_save_brand(self) -> None:
        campaign = self._need_selection()
        if campaign is not None:
            self.save_brand(BrandProfile.from_brief(campaign.brief))

    def action_export_campaign(self) -> None:
        campaign = self._need_selection()
        if campaign is None:
            return
        if not campaign.status.is_finished:
            self.notify(
                f"{campaign.name} is {campaign.status.label}; export it once it is done.",
                severity="warning",
            )
            return
        self.post_message(ExportCampaign(campaign.id))
