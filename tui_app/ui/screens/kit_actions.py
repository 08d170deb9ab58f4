"""The dashboard's actions on a finished kit: export it, save its brand as a profile.

The export writes files and hashes them: it runs in a thread worker (`group="exports"`) and
reports back with an `ExportFinished` message, so the UI never waits on the disk.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import work
from textual.message import Message
from textual.screen import Screen

from ...core.brands import BrandProfile
from ...core.models import Campaign

if TYPE_CHECKING:
    from ..widgets.artifact_list import ArtifactList
    from ..widgets.campaign_table import CampaignTable


class ExportFinished(Message):
    """An export worker is done: what it wrote, or why it could not."""

    def __init__(self, campaign_id: str, summary: str, notes: list[str], error: str | None):
        super().__init__()
        self.campaign_id = campaign_id
        self.summary = summary
        self.notes = notes
        self.error = error


class KitActions(Screen):
    """The base of `DashboardScreen` (its bindings name these actions)."""

    # `self.app` is the CampaignApp (not imported here: screens never import the app)
    table: CampaignTable
    artifact_list: ArtifactList

    def _need_selection(self) -> Campaign | None:
        raise NotImplementedError  # the dashboard's: the selected campaign, or a notice

    def save_brand(self, profile: BrandProfile) -> str:
        """Store a profile (replacing one of the same name); returns what happened."""
        new = self.app.engine.store.save_brand(profile)
        return f"{'Saved' if new else 'Updated'} brand “{profile.name}”."

    def action_save_brand(self) -> None:
        campaign = self._need_selection()
        if campaign is None:
            return
        message = self.save_brand(BrandProfile.from_brief(campaign.brief))
        self.notify(f"{message} Pick it in the new-campaign form's Brand list.", title="Brand")

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
        self.notify(f"Exporting {campaign.name}…", title="Export")
        self._export(campaign)

    @work(thread=True, group="exports", exit_on_error=False)
    def _export(self, campaign: Campaign) -> None:
        from ...core.exports.run import export_campaign
        from ...core.exports.source import ExportError

        engine = self.app.engine
        try:
            report = export_campaign(
                engine.store, campaign, engine.campaign_dir(campaign.id), "all"
            )
        except (ExportError, OSError) as exc:
            self.post_message(ExportFinished(campaign.id, "", [], str(exc)))
            return
        notes = report.notes + report.empty
        self.post_message(ExportFinished(campaign.id, report.summary(), notes, None))

    def on_export_finished(self, event: ExportFinished) -> None:
        if event.error:
            self.notify(event.error[:400], title="Not exported", severity="error", timeout=10)
            return
        text = "\n".join([event.summary, *event.notes])[:600]
        self.notify(text, title="Exported", timeout=8)
        if event.campaign_id == self.table.selected_id:
            store = self.app.engine.store
            self.artifact_list.show(store.artifacts(event.campaign_id))
