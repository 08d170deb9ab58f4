"""The app's answers to the screens' commands (`ui/messages.py`): the one command path.

A mixin of `CampaignApp`, which alone owns the engine; every handler reports back with a
notification and refreshes the dashboard, and a slow one (an export) runs in a thread worker
that posts its result.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from textual import work
from textual.app import App

from ..core.datadir import DataDirError
from ..core.engine import CampaignEngine, EngineError
from ..core.models import Campaign, CampaignBrief, CampaignStatus
from .messages import (
    ApproveStep,
    CancelCampaign,
    EditRejected,
    EditStep,
    ExportCampaign,
    ExportFinished,
    ForkCampaign,
    OpenFile,
    RequestChanges,
    RetryCampaign,
    SaveBrand,
    SelfTestFinished,
    SubmitCampaign,
)
from .paths import shown
from .screens.self_test import SelfTestScreen
from .selftest import SelfTestResult

if TYPE_CHECKING:
    from .screens.dashboard import DashboardScreen


class CommandHandlers(App[None]):
    """Carries out what screens ask for."""

    engine: CampaignEngine
    dashboard: DashboardScreen

    def submit(self, brief: CampaignBrief, *, brand: str | None = None) -> Campaign:
        raise NotImplementedError  # the app's: store, queue and show a new campaign

    def fill_slots(self) -> None:
        raise NotImplementedError  # the app's: start waiting campaigns in free slots

    def open_in_browser(self, path: str) -> None:
        raise NotImplementedError

    def open_in_editor(self, path: str) -> bool:
        raise NotImplementedError

    def on_submit_campaign(self, message: SubmitCampaign) -> None:
        try:
            campaign = self.submit(message.brief, brand=message.brand)
        except EngineError as exc:
            self.notify(str(exc), severity="error")
            return
        except Exception as exc:  # a full disk, a damaged database: say so, keep running
            text = str(exc) if isinstance(exc, DataDirError) else f"{type(exc).__name__}: {exc}"
            self.notify(f"Not created: {text}"[:400], title="Could not store", severity="error")
            return
        self.notify(f"Queued “{campaign.name}” ({campaign.id}).", title="Campaign created")

    def on_cancel_campaign(self, message: CancelCampaign) -> None:
        try:
            self.engine.cancel(message.campaign_id)
        except EngineError as exc:
            self.notify(str(exc), severity="warning")

    def on_retry_campaign(self, message: RetryCampaign) -> None:
        try:
            campaign = self.engine.retry(message.campaign_id, from_scratch=message.from_scratch)
        except EngineError as exc:
            self.notify(str(exc), severity="warning")
            return
        if message.from_scratch:
            self.notify(f"Generating {campaign.name} again from scratch.")
        elif campaign.status is CampaignStatus.QUEUED:
            self.notify(f"Continuing {campaign.name} from its last checkpoint.")
        self.dashboard.campaign_added(campaign)
        self.call_later(self.fill_slots)

    def on_save_brand(self, message: SaveBrand) -> None:
        new = self.engine.store.save_brand(message.profile)
        verb = "Saved" if new else "Updated"
        self.notify(
            f"{verb} brand “{message.profile.name}”. Pick it in the new-campaign form's Brand "
            "list.",
            title="Brand",
        )

    def on_export_campaign(self, message: ExportCampaign) -> None:
        try:
            name = self.engine.get(message.campaign_id).name
        except EngineError as exc:
            self.notify(str(exc), severity="warning")
            return
        self.notify(f"Exporting {name}…", title="Export")
        self._export(message.campaign_id)

    @work(thread=True, group="exports", exit_on_error=False)
    def _export(self, campaign_id: str) -> None:
        from ..core.exports.run import export_campaign
        from ..core.exports.source import ExportError

        engine = self.engine
        try:
            campaign = engine.get(campaign_id)
            report = export_campaign(
                engine.store,
                campaign,
                engine.campaign_dir(campaign_id),
                "all",
                engine.registry.section_models,
            )
        except (ExportError, EngineError, OSError) as exc:
            self.post_message(ExportFinished(campaign_id, "", [], str(exc)))
            return
        notes = report.notes + report.empty
        self.post_message(ExportFinished(campaign_id, report.summary(), notes, None))

    def on_export_finished(self, message: ExportFinished) -> None:
        if message.error:
            self.notify(message.error[:400], title="Not exported", severity="error", timeout=10)
            return
        text = "\n".join([message.summary, *message.notes])[:600]
        self.notify(text, title="Exported", timeout=8)
        if message.campaign_id == self.dashboard.table.selected_id:
            self.dashboard.show_artifacts(message.campaign_id)

    def on_open_file(self, message: OpenFile) -> None:
        if message.how == "browser":
            self.open_in_browser(message.path)
            self.notify(f"Opening {shown(message.path)}", title="Browser")
        elif message.how == "editor":
            self.open_in_editor(message.path)
        else:
            self.copy_to_clipboard(message.path)
            self.notify(f"Copied {message.path}", title="Path copied")

    def on_approve_step(self, message: ApproveStep) -> None:
        self._decided(lambda: self.engine.approve(message.campaign_id), "Approved")

    def on_request_changes(self, message: RequestChanges) -> None:
        self._decided(
            lambda: self.engine.request_changes(message.campaign_id, message.note),
            "Sent back with your note",
        )

    def on_edit_step(self, message: EditStep) -> None:
        campaign_id = message.campaign_id
        try:
            path = self.engine.edit_file(campaign_id)
        except EngineError as exc:
            self.notify(str(exc), severity="warning")
            return
        if not self.open_in_editor(str(path)):
            return
        self._decided(lambda: self._finish_edit(campaign_id), "Edited")

    def _finish_edit(self, campaign_id: str) -> Campaign:
        problems = self.engine.finish_edit(campaign_id)
        if problems:
            self.post_message(EditRejected(campaign_id, problems))
            raise EngineError(f"Not saved: {len(problems)} problem(s); your text is kept.")
        return self.engine.get(campaign_id)

    def _review_screen(self) -> Any:
        """The review screen when it is the one showing, else None. Its module (and Textual's
        Markdown) is imported on first use only: a decision made elsewhere (a benchmark, a
        second window) must not pay that import on the UI thread."""
        module = sys.modules.get(f"{__package__}.screens.approval")
        if module is not None and isinstance(self.screen, module.ApprovalScreen):
            return self.screen
        return None

    def on_edit_rejected(self, message: EditRejected) -> None:
        if (screen := self._review_screen()) is not None:
            screen.show_problems(message.problems)

    def _decided(self, decide: Callable[[], Campaign], verb: str) -> None:
        try:
            campaign = decide()
        except EngineError as exc:
            self.notify(str(exc), severity="warning")
            return
        if (screen := self._review_screen()) is not None:
            screen.dismiss()
        self.notify(f"{verb}: {campaign.name} goes on.", title="Approval")
        self.dashboard.campaign_added(campaign)
        self.call_later(self.fill_slots)

    def on_fork_campaign(self, message: ForkCampaign) -> None:
        try:
            variant, why = self.engine.fork(message.campaign_id, message.step, message.brief)
        except EngineError as exc:
            self.notify(str(exc), severity="warning")
            return
        title = self.engine.registry[variant.fork_step or message.step].title
        note = f" Note: {why}." if why else ""
        self.notify(
            f"Variant {variant.id} of {message.campaign_id} from {title}.{note}",
            title="Variant",
            timeout=10 if why else 5,
        )
        self.dashboard.campaign_added(variant)
        self.call_later(self.fill_slots)

    def on_self_test_finished(self, message: SelfTestFinished) -> None:
        result = message.result
        assert isinstance(result, SelfTestResult)
        self.dashboard.refresh_status(self_test=result)
        self.push_screen(SelfTestScreen(result))


__all__ = ["CommandHandlers"]
