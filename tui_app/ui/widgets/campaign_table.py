"""The campaign table: one row per campaign, updated cell by cell.

Each row's cells are computed from the campaign and compared with what is on screen, so a
batch of events touches only the cells that changed (`DataTable.update_cell` re-renders the
visible rows, so every avoided call counts). Colours come from component classes styled in
app.tcss.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable

from rich.text import Text
from textual.widgets import DataTable

from ...core.models import Campaign, CampaignStatus

# (key, label, fixed width); None = flexible, shares what is left of the table's width
COLUMNS: tuple[tuple[str, str, int | None], ...] = (
    ("id", "ID", 5),
    ("name", "Name", None),
    ("client", "Client", None),
    ("user", "User", 8),
    ("status", "Status", 13),
    ("progress", "Progress", 12),
    ("node", "Node", 16),
    ("elapsed", "Elapsed", 7),
    ("artifacts", "Files", 5),
)
FLEX_SHARE = {"name": 0.6, "client": 0.4}
FLEX_MIN, FLEX_MAX = 8, 40
BAR_WIDTH = 6
CELL_PADDING = 1

STATUS_ICONS = {
    CampaignStatus.QUEUED: "◷",
    CampaignStatus.RUNNING: "▶",
    CampaignStatus.DONE: "✔",
    CampaignStatus.FAILED: "✖",
    CampaignStatus.CANCELLED: "■",
    CampaignStatus.INTERRUPTED: "⏸",
}


class IdCell(str):
    """The id cell shows the five random digits (the CLI accepts them as an id) and keeps
    the full id for sorting."""

    campaign_id: str

    def __new__(cls, campaign_id: str) -> IdCell:
        cell = super().__new__(cls, short_id(campaign_id))
        cell.campaign_id = campaign_id
        return cell


def short_id(campaign_id: str) -> str:
    return campaign_id.rsplit("_", 1)[-1]


def column_widths(total: int) -> dict[str, int]:
    """Widths that fit `total` cells: fixed columns as they are, the rest to name and client."""
    fixed = sum(width for _, _, width in COLUMNS if width)
    padding = 2 * CELL_PADDING * len(COLUMNS)
    free = max(2 * FLEX_MIN, total - fixed - padding - 2)  # 2: the vertical scrollbar
    widths = {}
    for key, _, width in COLUMNS:
        if width is None:
            width = max(FLEX_MIN, min(FLEX_MAX, int(free * FLEX_SHARE[key])))
        widths[key] = width
    return widths


def elapsed_text(campaign: Campaign, now: float) -> str:
    if campaign.status is CampaignStatus.RUNNING and campaign.started_at:
        # earlier runs (before a resume) plus this one
        seconds = (campaign.execution_time or 0) + max(0.0, now - campaign.started_at)
    elif campaign.execution_time is not None:
        seconds = campaign.execution_time
    else:
        return "–"
    if seconds < 10:
        return f"{seconds:.1f}s"
    if seconds < 3600:
        return f"{int(seconds // 60)}:{int(seconds % 60):02d}"
    return f"{int(seconds // 3600)}h{int(seconds % 3600 // 60):02d}"


def _clip(text: str, width: int | None) -> str:
    if width and len(text) > width:
        return text[: width - 1] + "…"
    return text


class CampaignTable(DataTable):
    """Campaigns, running first, then queued in start order, then the rest newest first."""

    COMPONENT_CLASSES = {
        "campaign-table--queued",
        "campaign-table--running",
        "campaign-table--done",
        "campaign-table--failed",
        "campaign-table--cancelled",
        "campaign-table--interrupted",
        "campaign-table--bar-done",
        "campaign-table--bar-todo",
    }

    def __init__(self, **kwargs) -> None:
        super().__init__(cursor_type="row", zebra_stripes=True, cell_padding=CELL_PADDING, **kwargs)
        self._widths = column_widths(100)
        self._campaigns: dict[str, Campaign] = {}
        self._cells: dict[str, dict[str, object]] = {}
        self._filter: Callable[[Campaign], bool] | None = None
        self.queue_order: Callable[[], list[str]] = list

    def on_mount(self) -> None:
        self._add_columns(self.size.width or 100)

    def _add_columns(self, total: int) -> None:
        self._widths = column_widths(total)
        for key, label, _ in COLUMNS:
            self.add_column(label, key=key, width=self._widths[key])

    def on_resize(self) -> None:
        if column_widths(self.size.width) != self._widths:
            self.clear(columns=True)
            self._add_columns(self.size.width)
            self._rebuild(time.time())

    # -- rows ----------------------------------------------------------------------

    def _render_cells(self, campaign: Campaign, now: float) -> dict[str, object]:
        status = campaign.status
        style = self.get_component_rich_style(f"campaign-table--{status.value}", partial=True)
        done = round(BAR_WIDTH * campaign.steps_done / max(1, campaign.steps_total))
        bar = Text()
        bar.append(
            "━" * done, self.get_component_rich_style("campaign-table--bar-done", partial=True)
        )
        bar.append(
            "━" * (BAR_WIDTH - done),
            self.get_component_rich_style("campaign-table--bar-todo", partial=True),
        )
        bar.append(f" {campaign.steps_done}/{campaign.steps_total}")
        nodes = (campaign.current_node or "").split(", ")
        node = nodes[0] + (f" +{len(nodes) - 1}" if len(nodes) > 1 else "")
        if status is CampaignStatus.FAILED and campaign.error_node:
            node = f"✖ {campaign.error_node}"
        w = self._widths
        return {
            "id": IdCell(campaign.id),
            "name": _clip(campaign.name, w["name"]),
            "client": _clip(campaign.client, w["client"]),
            "user": _clip(campaign.user, w["user"]),
            "status": Text(f"{STATUS_ICONS[status]} {status.value}", style=style),
            "progress": bar,
            "node": _clip(node, w["node"]),
            "elapsed": elapsed_text(campaign, now),
            "artifacts": str(campaign.artifacts_count or "–"),
        }

    def _visible(self, campaign: Campaign) -> bool:
        return self._filter is None or self._filter(campaign)

    def sort_key(self, campaign: Campaign, queue_index: dict[str, int]) -> tuple:
        if campaign.status is CampaignStatus.RUNNING:
            return (0, campaign.started_at or 0, campaign.id)
        if campaign.status is CampaignStatus.QUEUED:
            return (1, queue_index.get(campaign.id, len(queue_index)), -campaign.created_at)
        return (2, -campaign.created_at, campaign.id)

    def set_campaigns(self, campaigns: Iterable[Campaign], now: float | None = None) -> None:
        """Replace every row (start-up, filter changes)."""
        now = time.time() if now is None else now
        self._campaigns = {c.id: c for c in campaigns}
        self._rebuild(now)

    def _rebuild(self, now: float) -> None:
        selected = self.selected_id
        self.clear()
        self._cells.clear()
        queue_index = {cid: i for i, cid in enumerate(self.queue_order())}
        visible = sorted(
            (c for c in self._campaigns.values() if self._visible(c)),
            key=lambda c: self.sort_key(c, queue_index),
        )
        for campaign in visible:
            cells = self._render_cells(campaign, now)
            self._cells[campaign.id] = cells
            self.add_row(*cells.values(), key=campaign.id)
        self.select(selected)

    def upsert(self, campaigns: Iterable[Campaign], now: float | None = None) -> None:
        """Apply changed campaigns: update changed cells, add new rows, re-sort if needed."""
        now = time.time() if now is None else now
        resort = False
        for campaign in campaigns:
            before = self._campaigns.get(campaign.id)
            self._campaigns[campaign.id] = campaign
            if not self._visible(campaign):
                if campaign.id in self._cells:
                    self.remove_row(campaign.id)
                    del self._cells[campaign.id]
                continue
            cells = self._render_cells(campaign, now)
            old = self._cells.get(campaign.id)
            if old is None:
                self._cells[campaign.id] = cells
                self.add_row(*cells.values(), key=campaign.id)
                resort = True
                continue
            for key, value in cells.items():
                if old[key] != value:
                    self.update_cell(campaign.id, key, value)
            self._cells[campaign.id] = cells
            if before is None or before.status is not campaign.status:
                resort = True
        if resort:
            self._sort()

    def _sort(self) -> None:
        queue_index = {cid: i for i, cid in enumerate(self.queue_order())}
        selected = self.selected_id
        self.sort(
            "id", key=lambda cell: self.sort_key(self._campaigns[cell.campaign_id], queue_index)
        )
        self.select(selected)

    def tick(self, now: float | None = None) -> None:
        """Advance the elapsed time of running campaigns."""
        now = time.time() if now is None else now
        for campaign_id, cells in self._cells.items():
            campaign = self._campaigns[campaign_id]
            if campaign.status is CampaignStatus.RUNNING:
                value = elapsed_text(campaign, now)
                if cells["elapsed"] != value:
                    cells["elapsed"] = value
                    self.update_cell(campaign_id, "elapsed", value)

    # -- filter and selection -----------------------------------------------------------

    def set_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        if needle:

            def matches(c: Campaign) -> bool:
                hay = f"{c.id} {c.name} {c.client} {c.user} {c.status.value} {c.brief.product}"
                return all(part in hay.casefold() for part in needle.split())

            self._filter = matches
        else:
            self._filter = None
        self._rebuild(time.time())

    @property
    def campaigns(self) -> dict[str, Campaign]:
        return self._campaigns

    @property
    def visible_count(self) -> int:
        return self.row_count

    @property
    def selected_id(self) -> str | None:
        if not self.row_count:
            return None
        try:
            key = self.coordinate_to_cell_key(self.cursor_coordinate).row_key
        except Exception:
            return None
        return key.value

    def select(self, campaign_id: str | None) -> None:
        if campaign_id is None or campaign_id not in self._cells:
            return
        row = self.get_row_index(campaign_id)
        if row != self.cursor_row:
            self.move_cursor(row=row)
