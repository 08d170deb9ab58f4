"""The dashboard: pool status, the campaign table, and the selected campaign's details."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from textual import on
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import (
    ContentSwitcher,
    Footer,
    Header,
    Input,
    OptionList,
    Static,
    TabbedContent,
    TabPane,
)

from ...core.events import ArtifactWritten, LogLine, ProgressEvent
from ...core.models import Campaign, CampaignBrief, CampaignStatus
from ..messages import CancelCampaign, DashboardReady, OpenFile, RetryCampaign, SubmitCampaign
from ..paths import shown
from ..view import DashboardView
from ..widgets.artifact_list import ArtifactList
from ..widgets.brief_view import BriefView
from ..widgets.campaign_header import CampaignHeader
from ..widgets.campaign_log import MAX_LINES, CampaignLog
from ..widgets.campaign_table import CampaignTable
from ..widgets.pool_status import PoolStatus
from .confirm import ConfirmScreen
from .flow_actions import FlowActions
from .kit_actions import KitActions
from .marks import MARK_BINDINGS, MarkActions
from .new_campaign import NewCampaignScreen

EMPTY_HINT = """\
[b]No campaigns yet.[/b]

Press [b]n[/b] to create a campaign: pick a sample brief to start from, or fill in your own,
then press [b]ctrl+s[/b]. Up to four campaigns run at once; the rest wait in a queue.

[b]F1[/b] lists every key · [b]t[/b] runs the thread-pool self-test · [b]ctrl+q[/b] quits\
"""


# actions the footer leaves out that the command palette still offers
PALETTE_ONLY = frozenset(
    {"open_landing_page", "save_brand", "duplicate_campaign", "fork_campaign", "copy_path"}
) | {b.action for b in MARK_BINDINGS}


class DashboardScreen(MarkActions, KitActions, FlowActions):
    """The main screen. It reads through its `DashboardView` and asks the app for every change
    with a message (`ui/messages.py`); it never holds the engine."""

    def __init__(self, view: DashboardView) -> None:
        super().__init__()
        self.view = view

    BINDINGS = [
        Binding(
            "n",
            "new_campaign",
            "New",
            tooltip="New campaign: the form, with sample briefs and saved brands",
        ),
        Binding(
            "v",
            "view_artifact",
            "View",
            tooltip="View the highlighted artifact here (Markdown, CSV table, source)",
        ),
        Binding(
            "o", "open_website", "Open site", tooltip="Open the campaign website in the browser"
        ),
        Binding(
            "O",
            "open_landing_page",
            "Open landing page",
            show=False,
            tooltip="Open the landing page (what a customer sees) in the browser",
        ),
        Binding("e", "edit_artifact", "Edit", tooltip="Open the highlighted artifact in $EDITOR"),
        Binding(
            "x",
            "export_campaign",
            "Export",
            tooltip="Export the finished campaign: calendar (.ics), Google Ads Editor CSV, email "
            "drafts (.eml/.html/.txt), social schedule CSV and the checked kit zip",
        ),
        Binding(
            "B",
            "save_brand",
            "Save as brand",
            show=False,
            tooltip="Save the selected campaign's client, website, tone, colours and rules as a "
            "brand profile, for the form's Brand picker",
        ),
        Binding(
            "y",
            "copy_path",
            "Copy path",
            show=False,
            tooltip="Copy the highlighted artifact's path",
        ),
        Binding(
            "p",
            "review_step",
            "Review",
            tooltip="Review the step a paused campaign awaits: approve, edit or ask for changes "
            "(enter does it too)",
        ),
        Binding(
            "g",
            "fork_campaign",
            "Variant",
            show=False,
            tooltip="A variant of this campaign: pick the step to restart from, change the brief; "
            "earlier steps are reused",
        ),
        Binding(
            "c",
            "cancel_campaign",
            "Cancel",
            tooltip="Cancel the selected campaign (asks first; it stops after its current step)",
        ),
        Binding(
            "r",
            "retry_campaign",
            "Retry/resume",
            tooltip="Retry a failed or cancelled campaign, or resume an interrupted one, "
            "from its last checkpoint; on a done campaign, generate it again (asks first)",
        ),
        Binding(
            "d",
            "duplicate_campaign",
            "Duplicate",
            show=False,  # the footer keeps room for ctrl+q; F1 and the palette list it
            tooltip="A new campaign from a copy of this brief",
        ),
        Binding(
            "slash", "filter", "Filter", tooltip="Filter campaigns by id, name, client, status"
        ),
        *MARK_BINDINGS,
        Binding(
            "escape",
            "clear_filter",
            "Clear filter",
            show=False,
            tooltip="Close the filter; with no filter open, clear the marks",
        ),
        Binding("l", "show_tab('log')", "Log", show=False, tooltip="Show the Log tab"),
        Binding(
            "a", "show_tab('artifacts')", "Artifacts", show=False, tooltip="Show the Artifacts tab"
        ),
        Binding("b", "show_tab('brief')", "Brief", show=False, tooltip="Show the Brief tab"),
    ]

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False)
        yield PoolStatus(id="pool-status")
        yield Input(
            placeholder="Filter: id, name, client, user, status…  (esc clears)", id="filter"
        )
        with ContentSwitcher(initial="empty", id="main"):
            yield Static(EMPTY_HINT, id="empty")
            yield CampaignTable(id="campaigns")
        with Vertical(id="details"):
            yield CampaignHeader(id="campaign-header")
            with TabbedContent(id="tabs", initial="log"):
                with TabPane("Log", id="log"):
                    yield CampaignLog(id="campaign-log")
                with TabPane("Artifacts", id="artifacts"):
                    yield ArtifactList(id="artifact-list")
                with TabPane("Brief", id="brief"):
                    yield BriefView(id="brief-view")
        yield Footer()

    def on_mount(self) -> None:
        # kept, not queried per tick: cheaper, and safe while the app tears the screen down
        self.table = self.query_one(CampaignTable)
        self.artifact_list = self.query_one(ArtifactList)
        self.campaign_log = self.query_one(CampaignLog)
        self.campaign_header = self.query_one(CampaignHeader)
        self.pool_status = self.query_one(PoolStatus)
        self.table.queue_order = self.view.queued_ids
        self.app.theme_changed_signal.subscribe(self, self._theme_changed)
        self.query_one("#filter").display = False
        self.load_campaigns()
        self.post_message(DashboardReady())

    # -- widgets -----------------------------------------------------------------------

    table: CampaignTable
    artifact_list: ArtifactList
    campaign_log: CampaignLog
    campaign_header: CampaignHeader
    pool_status: PoolStatus

    @property
    def selected(self) -> Campaign | None:
        campaign_id = self.table.selected_id
        return self.table.campaigns.get(campaign_id) if campaign_id else None

    # -- loading and live updates --------------------------------------------------------

    def load_campaigns(self) -> None:
        campaigns = self.view.campaigns()
        self.table.set_campaigns(campaigns, now=self.view.now())
        self._show_table_or_hint()
        self.refresh_status()
        if self.table.row_count:
            self.table.move_cursor(0)
            self.show_campaign(self.table.selected_id)
        self.table.focus()

    def _show_table_or_hint(self) -> None:
        has_rows = bool(self.table.campaigns)
        switcher = self.query_one("#main", ContentSwitcher)
        current = "campaigns" if has_rows else "empty"
        if switcher.current != current:
            switcher.current = current
        details = self.query_one("#details")
        if details.display != has_rows:
            details.display = has_rows
            self.set_class(not has_rows, "-empty")

    def campaign_added(self, campaign: Campaign) -> None:
        self.table.upsert([campaign], now=self.view.now())
        self._show_table_or_hint()
        self.table.select(campaign.id)
        self.table.focus()
        self.refresh_status()

    def apply_batch(self, events: list[ProgressEvent]) -> None:
        """Apply a batch of engine events: changed rows, new log lines, new artifacts."""
        changed = list(dict.fromkeys(e.campaign_id for e in events))
        campaigns = self.view.get_many(changed)
        self.table.upsert(campaigns, now=self.view.now())
        self._show_table_or_hint()
        selected = self.table.selected_id
        log = self.campaign_log
        if selected and selected == log.campaign_id:
            log.append(
                [
                    (e.at, e.message)
                    for e in events
                    if isinstance(e, LogLine) and e.campaign_id == selected
                ]
            )
        else:
            self.show_campaign(selected)
        if selected in changed:
            self.campaign_header.show(self.table.campaigns.get(selected))
            if any(isinstance(e, ArtifactWritten) and e.campaign_id == selected for e in events):
                self.artifact_list.show(self.view.artifacts(selected))
        self.refresh_status()

    def _theme_changed(self, _theme) -> None:
        # rows and options carry colours resolved for the old theme: draw them again
        self.table.restyle()
        self.artifact_list.restyle()
        self.show_campaign(self.table.selected_id)

    def tick(self) -> None:
        self.table.tick(now=self.view.now())

    def refresh_status(self, self_test=None) -> None:
        status = self.pool_status
        campaigns = self.table.campaigns.values()
        pool = self.view.pool()
        status.ready = pool.ready
        status.busy = pool.busy
        status.max_workers = pool.max_workers
        status.queued = sum(c.status is CampaignStatus.QUEUED for c in campaigns)
        status.done = sum(c.status.is_finished for c in campaigns)
        status.failed = sum(c.status is CampaignStatus.FAILED for c in campaigns)
        status.provider = pool.provider
        status.provider_problem = pool.provider_problem
        if self_test is not None:
            status.note = self_test.short

    def show_campaign(self, campaign_id: str | None) -> None:
        campaign = self.table.campaigns.get(campaign_id) if campaign_id else None
        self.campaign_header.show(campaign)
        self.campaign_log.show(
            campaign_id, self.view.logs(campaign_id, MAX_LINES) if campaign_id else []
        )
        self.show_artifacts(campaign_id)
        self.query_one(BriefView).show(
            campaign.brief if campaign else None,
            brand=campaign.brand if campaign else None,
            created_at=campaign.created_at if campaign else None,
        )

    @on(CampaignTable.RowHighlighted)
    def _row_highlighted(self, event: CampaignTable.RowHighlighted) -> None:
        if event.campaign_id != self.table.selected_id:
            return  # the cursor has moved on (forty campaigns submitted at once): show that one
        if event.campaign_id != self.campaign_log.campaign_id:
            self.show_campaign(event.campaign_id)

    @on(CampaignTable.RowSelected)
    def _row_selected(self) -> None:
        campaign = self.selected
        if campaign is not None and campaign.status is CampaignStatus.AWAITING:
            self.action_review_step()
        else:
            self.action_view_artifact()

    @on(OptionList.OptionSelected, "#artifact-list")
    def _artifact_selected(self, event: OptionList.OptionSelected) -> None:
        self.action_view_artifact()

    # -- filter ----------------------------------------------------------------------

    def action_filter(self) -> None:
        box = self.query_one("#filter", Input)
        box.display = True
        box.focus()

    @on(Input.Changed, "#filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self.table.set_filter(event.value)
        if self.table.row_count:
            self.show_campaign(self.table.selected_id)

    @on(Input.Submitted, "#filter")
    def _filter_submitted(self) -> None:
        self.table.focus()

    def action_clear_filter(self) -> None:
        box = self.query_one("#filter", Input)
        if box.display:
            box.value = ""
            box.display = False
            self.table.set_filter("")
            self.table.focus()
        else:
            self.clear_marks()

    def action_show_tab(self, tab: str) -> None:
        self.query_one(TabbedContent).active = tab

    # -- actions on campaigns --------------------------------------------------------------

    def _need_selection(self) -> Campaign | None:
        campaign = self.selected
        if campaign is None:
            self.notify("No campaign selected. Press n to create one.", severity="warning")
        return campaign

    def action_new_campaign(self, brief: CampaignBrief | None = None) -> None:
        form = NewCampaignScreen(
            brief,
            brands=self.view.brands(),
            save_brand=self.save_brand,
            provider_problem=self.view.pool().provider_problem or None,
            approve_after=list(self.view.pool().approve_after),
        )
        self.app.push_screen(form, lambda brief: self._form_done(brief, form.brand_name))

    def _form_done(self, brief: CampaignBrief | None, brand: str | None = None) -> None:
        if brief is not None:
            self.post_message(SubmitCampaign(brief, brand))

    def show_artifacts(self, campaign_id: str | None) -> None:
        self.artifact_list.show(self.view.artifacts(campaign_id) if campaign_id else [])

    def action_duplicate_campaign(self) -> None:
        campaign = self._need_selection()
        if campaign:
            self.action_new_campaign(campaign.brief)

    def _artifact_path(self) -> str | None:
        campaign = self._need_selection()
        if campaign is None:
            return None
        path = self.artifact_list.highlighted_path or campaign.website_path
        if path is None:
            self.notify("This campaign has no artifacts yet.", severity="warning")
        return path

    def action_view_artifact(self) -> None:
        path = self._artifact_path()
        if path is None:
            return
        if not Path(path).is_file():
            self.notify(f"{shown(path)} no longer exists.", severity="error")
            return
        from .artifact_viewer import ArtifactViewer  # on first use: Markdown imports slowly

        self.app.push_screen(ArtifactViewer(path))

    def action_edit_artifact(self) -> None:
        path = self._artifact_path()
        if path:
            self.post_message(OpenFile(path, "editor"))

    def action_copy_path(self) -> None:
        path = self._artifact_path()
        if path:
            self.post_message(OpenFile(path, "copy"))

    def action_open_website(self) -> None:
        campaign = self._need_selection()
        if campaign is None:
            return
        if not campaign.website_path:
            hint = "it is not written yet" if campaign.status.is_active else "it has none"
            self.notify(f"No website for {campaign.name}: {hint}.", severity="warning")
            return
        if not Path(campaign.website_path).is_file():
            self.notify(f"{shown(campaign.website_path)} no longer exists.", severity="error")
            return
        self.post_message(OpenFile(campaign.website_path, "browser"))

    def action_open_landing_page(self) -> None:
        campaign = self._need_selection()
        if campaign is None:
            return
        path = next((a.path for a in self.artifact_list.artifacts if a.kind == "landing"), None)
        if path is None:
            hint = "it is not written yet" if campaign.status.is_active else "it has none"
            self.notify(f"No landing page for {campaign.name}: {hint}.", severity="warning")
            return
        if not Path(path).is_file():
            self.notify(f"{shown(path)} no longer exists.", severity="error")
            return
        self.post_message(OpenFile(path, "browser"))

    def action_cancel_campaign(self) -> None:
        campaign = self._need_selection()
        if campaign is None:
            return
        if not campaign.status.is_active:
            self.notify(
                f"{campaign.name} is {campaign.status.value}; nothing to cancel.",
                severity="warning",
            )
            return
        what = (
            "stop after its current step"
            if campaign.status is CampaignStatus.RUNNING
            else "leave the queue"
        )
        question = (
            f"Cancel “{campaign.name}”? It will {what}; r retries it later from where it stopped."
        )

        def answer(confirmed: bool | None) -> None:
            if confirmed:
                self.post_message(CancelCampaign(campaign.id))

        self.app.push_screen(
            ConfirmScreen(question, confirm="Cancel campaign", cancel="Keep it"), answer
        )

    def action_retry_campaign(self) -> None:
        campaign = self._need_selection()
        if campaign is None:
            return
        if campaign.status.is_finished:
            problems = self.view.artifact_problems(campaign.id)
            why = (
                f"{len(problems)} of its files are missing or changed. "
                if problems
                else "Its kit is intact. "
            )
            question = (
                f"Generate “{campaign.name}” again from scratch? {why}Every step runs again and "
                "its current files are replaced."
            )

            def answer(confirmed: bool | None) -> None:
                if confirmed:
                    self.post_message(RetryCampaign(campaign.id, from_scratch=True))

            self.app.push_screen(
                ConfirmScreen(question, confirm="Generate again", cancel="Keep it"), answer
            )
            return
        self.post_message(RetryCampaign(campaign.id))

    def commands(self) -> Iterable[SystemCommand]:
        for binding in self.BINDINGS:
            # the footer has no room for every action; the palette lists them all but tabs
            if binding.description and (binding.show or binding.action in PALETTE_ONLY):
                action = binding.action
                yield SystemCommand(
                    binding.description,
                    f"{binding.description} ({binding.key})",
                    lambda action=action: self.run_action(action),
                )
