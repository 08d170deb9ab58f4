"""The campaign table: one row per campaign, and only changed rows are drawn again.

Textual's DataTable keys every render cache on one table-wide update counter, so changing a
single cell re-renders every visible row: measured here at ~40 ms of UI-thread CPU per frame
with 40 rows, while four campaigns update several rows ten times a second. This table is a
small Line-API widget instead: each row is rendered once into a Strip and cached until its
cells, its cursor state or the width change, and an update repaints only that row's line.
Colours come from component classes styled in app.tcss.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ...core.models import Campaign, CampaignStatus
from ..text_style import text_style

# (key, label, fixed width); None = flexible, shares what is left of the table's width
COLUMNS: tuple[tuple[str, str, int | None], ...] = (
    ("id", "ID", 5),
    ("name", "Name", None),
    ("client", "Client", None),
    ("user", "User", 8),
    ("status", "Status", 13),
    ("progress", "Progress", 12),
    ("node", "Node", None),
    ("elapsed", "Elapsed", 7),
    ("artifacts", "Files", 5),
)
KEYS = tuple(key for key, _, _ in COLUMNS)
FLEX_SHARE = {"name": 0.42, "client": 0.28, "node": 0.3}
FLEX_MIN = {"name": 10, "client": 8, "node": 8}
FLEX_MAX = 40
BAR_WIDTH = 6
GAP = 1  # spaces before each column
MARK = "●"  # drawn in the gap before a marked row's ID: no column moves

STATUS_ICONS = {
    CampaignStatus.QUEUED: "◷",
    CampaignStatus.RUNNING: "▶",
    CampaignStatus.DONE: "✔",
    CampaignStatus.WARNINGS: "⚠",
    CampaignStatus.FAILED: "✖",
    CampaignStatus.CANCELLED: "■",
    CampaignStatus.INTERRUPTED: "↻",
    CampaignStatus.AWAITING: "⏸",
}

Cells = tuple[str | Text, ...]


def short_id(campaign_id: str) -> str:
    """The five random digits: enough to tell rows apart, and the CLI accepts them as an id."""
    return campaign_id.rsplit("_", 1)[-1]


def column_widths(total: int) -> dict[str, int]:
    """Widths that fit `total` cells: fixed columns as they are, the rest to name and client."""
    fixed = sum(width for _, _, width in COLUMNS if width)
    free = total - fixed - GAP * len(COLUMNS) - 2  # 2: the vertical scrollbar
    widths = {}
    for key, _, width in COLUMNS:
        if width is None:
            width = max(FLEX_MIN[key], min(FLEX_MAX, int(free * FLEX_SHARE[key])))
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


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


class CampaignTable(ScrollView, can_focus=True):
    """Campaigns: running, then queued in start order, then interrupted, then the rest, newest
    first."""

    COMPONENT_CLASSES = {
        "campaign-table--header",
        "campaign-table--cursor",
        "campaign-table--even-row",
        "campaign-table--queued",
        "campaign-table--running",
        "campaign-table--done",
        "campaign-table--warnings",
        "campaign-table--awaiting",
        "campaign-table--failed",
        "campaign-table--cancelled",
        "campaign-table--interrupted",
        "campaign-table--bar-done",
        "campaign-table--bar-todo",
        "campaign-table--mark",
    }

    BINDINGS = [
        Binding("up", "cursor(-1)", "Up", show=False),
        Binding("down", "cursor(1)", "Down", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("home", "jump(0)", "First", show=False),
        Binding("end", "jump(-1)", "Last", show=False),
        Binding("enter", "select_row", "Select", show=False),
    ]

    cursor_row: reactive[int] = reactive(0, always_update=True, init=False)

    class RowHighlighted(Message):
        """The cursor moved to another campaign (or the table emptied: None)."""

        def __init__(self, campaign_id: str | None) -> None:
            super().__init__()
            self.campaign_id = campaign_id

    class RowSelected(Message):
        """Enter (or a click on the highlighted row) on a campaign."""

        def __init__(self, campaign_id: str) -> None:
            super().__init__()
            self.campaign_id = campaign_id

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._campaigns: dict[str, Campaign] = {}
        self._order: list[str] = []  # visible rows, in display order
        self._index: dict[str, int] = {}
        self._cells: dict[str, Cells] = {}
        self._strips: dict[str, tuple[tuple, Strip]] = {}
        self._filter: Callable[[Campaign], bool] | None = None
        self._widths = column_widths(100)
        self._highlighted: str | None = None
        # marked campaigns (for compare), in the order they were marked; kept through
        # filtering and re-sorting because they are ids, not rows
        self._marks: dict[str, None] = {}
        self.queue_order: Callable[[], list[str]] = list

    # -- geometry and painting -------------------------------------------------------

    def restyle(self) -> None:
        """Draw every row again (the theme changed)."""
        self._cells.clear()
        self._strips.clear()
        self.refresh()

    def on_resize(self) -> None:
        widths = column_widths(self.size.width)
        if widths != self._widths:
            self._widths = widths
            self._cells.clear()
        self._strips.clear()
        self._update_virtual_size()
        self.refresh()

    def _update_virtual_size(self) -> None:
        width = sum(self._widths.values()) + GAP * len(COLUMNS)
        self.virtual_size = Size(width, len(self._order) + 1)

    def _style(self, name: str) -> Style:
        """A text style (colour, weight) for a cell."""
        return text_style(self, f"campaign-table--{name}")

    def _row_style(self, name: str) -> Style:
        """A row style, background included (header, stripes, cursor)."""
        try:
            full = self.get_component_rich_style(f"campaign-table--{name}")
        except KeyError:  # torn down (the app is quitting): a last repaint draws plain
            return Style()
        return Style(bgcolor=full.bgcolor, color=full.color, bold=full.bold)

    def _line(self, cells: Iterable[str | Text], base: Style, marked: bool = False) -> Strip:
        text = Text(no_wrap=True, overflow="crop", end="")
        for key, value in zip(KEYS, cells, strict=True):
            width = self._widths[key]
            cell = value if isinstance(value, Text) else Text(value)
            cell = cell.copy()
            cell.truncate(width, overflow="ellipsis", pad=True)
            if marked and not text:
                text.append(MARK.ljust(GAP), self._style("mark"))
            else:
                text.append(" " * GAP)
            text.append_text(cell)
        segments = [
            Segment(seg.text, base + seg.style if seg.style else base)
            for seg in text.render(self.app.console)
        ]
        width = max(self.size.width, 1)
        return Strip(segments).crop_extend(0, width, base)

    def render_line(self, y: int) -> Strip:
        base = self.rich_style
        if y == 0:
            labels = [label for _, label, _ in COLUMNS]
            return self._line(labels, base + self._row_style("header"))
        row = y - 1 + self.scroll_offset.y
        if not 0 <= row < len(self._order):
            return Strip.blank(self.size.width, base)
        campaign_id = self._order[row]
        cells = self.cells_of(campaign_id)
        is_cursor = row == self.cursor_row
        marked = campaign_id in self._marks
        key = (
            cells,
            is_cursor,
            marked,
            row % 2,
            self.size.width,
            self.has_focus,
            self.app.theme,
        )
        cached = self._strips.get(campaign_id)
        if cached is not None and cached[0] == key:
            return cached[1]
        style = base
        if row % 2:
            style += self._row_style("even-row")
        if is_cursor:
            style += self._row_style("cursor")
        strip = self._line(cells, style, marked)
        self._strips[campaign_id] = (key, strip)
        return strip

    def _refresh_row(self, campaign_id: str) -> None:
        index = self._index.get(campaign_id)
        if index is not None:
            self.refresh_line(index + 1)

    def on_focus(self) -> None:
        self._refresh_row_at(self.cursor_row)

    def on_blur(self) -> None:
        self._refresh_row_at(self.cursor_row)

    def _refresh_row_at(self, row: int) -> None:
        if 0 <= row < len(self._order):
            self.refresh_line(row + 1)

    # -- rows ----------------------------------------------------------------------------

    def _render_cells(self, campaign: Campaign, now: float | None = None) -> Cells:
        now = time.time() if now is None else now
        status = campaign.status
        done = round(BAR_WIDTH * campaign.steps_done / max(1, campaign.steps_total))
        bar = Text()
        bar.append("━" * done, self._style("bar-done"))
        bar.append("━" * (BAR_WIDTH - done), self._style("bar-todo"))
        bar.append(f" {campaign.steps_done}/{campaign.steps_total}")
        nodes = (campaign.current_node or "").split(", ")
        node = nodes[0] + (f" +{len(nodes) - 1}" if len(nodes) > 1 else "")
        if status is CampaignStatus.FAILED and campaign.error_node:
            node = f"✖ {campaign.error_node}"
        w = self._widths
        if status is CampaignStatus.AWAITING and campaign.awaiting_step:
            node = f"⏸ {campaign.awaiting_step}"  # the status says it awaits approval
        elif not node and campaign.parent_id:  # a variant, once idle: its lineage
            parent, step = short_id(campaign.parent_id), campaign.fork_step
            # the longest that fits; the details header always has it in full
            node = next(
                (
                    text
                    for text in (f"variant of {parent} from {step}", f"↳ {parent} from {step}")
                    if len(text) <= w["node"]
                ),
                f"↳ {parent} {step}",
            )
        return (
            short_id(campaign.id),
            _clip(campaign.name, w["name"]),
            _clip(campaign.client, w["client"]),
            _clip(campaign.user, w["user"]),
            Text(f"{STATUS_ICONS[status]} {status.value}", style=self._style(status.value)),
            bar,
            _clip(node, w["node"]),
            elapsed_text(campaign, now),
            str(campaign.artifacts_count or "–"),
        )

    def cells_of(self, campaign_id: str) -> Cells:
        """A row's cells, rendered when first needed (only visible rows are, at start-up)."""
        cells = self._cells.get(campaign_id)
        if cells is None:
            cells = self._cells[campaign_id] = self._render_cells(self._campaigns[campaign_id])
        return cells

    def _visible(self, campaign: Campaign) -> bool:
        return self._filter is None or self._filter(campaign)

    def sort_key(self, campaign: Campaign, queue_index: dict[str, int]) -> tuple:
        if campaign.status is CampaignStatus.RUNNING:
            return (0, campaign.started_at or 0, campaign.id)
        if campaign.status is CampaignStatus.QUEUED:
            return (1, queue_index.get(campaign.id, len(queue_index)), -campaign.created_at)
        if campaign.status in (CampaignStatus.INTERRUPTED, CampaignStatus.AWAITING):
            return (2, -campaign.created_at, campaign.id)  # waiting for the user
        return (3, -campaign.created_at, campaign.id)

    def set_campaigns(self, campaigns: Iterable[Campaign], now: float | None = None) -> None:
        """Replace every row (start-up)."""
        self._campaigns = {c.id: c for c in campaigns}
        self._cells = {}
        self._resort(now)

    def _resort(self, now: float | None = None) -> None:
        """Recompute which rows show and in what order; keep the cursor on its campaign."""
        selected = self.selected_id
        queue_index = {cid: i for i, cid in enumerate(self.queue_order())}
        visible = [c for c in self._campaigns.values() if self._visible(c)]
        visible.sort(key=lambda c: self.sort_key(c, queue_index))
        self._order = [c.id for c in visible]
        self._index = {cid: i for i, cid in enumerate(self._order)}
        self._update_virtual_size()
        self.refresh()
        if selected in self._index:
            self.move_cursor(self._index[selected], announce=False)
        else:
            self.move_cursor(min(self.cursor_row, max(0, len(self._order) - 1)))

    def upsert(self, campaigns: Iterable[Campaign], now: float | None = None) -> None:
        """Apply changed campaigns: repaint rows whose cells changed, re-sort if needed."""
        now = time.time() if now is None else now
        resort = False
        for campaign in campaigns:
            before = self._campaigns.get(campaign.id)
            self._campaigns[campaign.id] = campaign
            if before is None or before.status is not campaign.status:
                resort = True
            if campaign.id not in self._index:
                resort = resort or self._visible(campaign)
                self._cells.pop(campaign.id, None)
                continue
            if campaign.id not in self._cells:
                continue  # never drawn yet: rendered when it scrolls into view
            cells = self._render_cells(campaign, now)
            if cells != self._cells[campaign.id]:
                self._cells[campaign.id] = cells
                self._refresh_row(campaign.id)
        if resort:
            self._resort(now)

    def tick(self, now: float | None = None) -> None:
        """Advance the elapsed time of running campaigns."""
        now = time.time() if now is None else now
        elapsed = KEYS.index("elapsed")
        for campaign_id in self._order:
            campaign = self._campaigns[campaign_id]
            if campaign.status is CampaignStatus.RUNNING and campaign_id in self._cells:
                cells = self._cells[campaign_id]
                value = elapsed_text(campaign, now)
                if cells[elapsed] != value:
                    self._cells[campaign_id] = (*cells[:elapsed], value, *cells[elapsed + 1 :])
                    self._refresh_row(campaign_id)

    # -- filter --------------------------------------------------------------------------

    def set_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        if needle:

            def matches(c: Campaign) -> bool:
                hay = f"{c.id} {c.name} {c.client} {c.user} {c.status.value} {c.brief.product}"
                return all(part in hay.casefold() for part in needle.split())

            self._filter = matches
        else:
            self._filter = None
        self._resort()

    # -- marks ---------------------------------------------------------------------------

    @property
    def marked(self) -> list[str]:
        """The marked campaigns, in the order they were marked (hidden ones too)."""
        return [cid for cid in self._marks if cid in self._campaigns]

    def toggle_mark(self, campaign_id: str | None = None) -> bool:
        """Mark or unmark a campaign (the highlighted one by default); True if now marked."""
        campaign_id = campaign_id or self.selected_id
        if campaign_id is None or campaign_id not in self._campaigns:
            return False
        marked = campaign_id not in self._marks
        if marked:
            self._marks[campaign_id] = None
        else:
            del self._marks[campaign_id]
        self._refresh_row(campaign_id)  # its cached strip's key includes the mark
        return marked

    def clear_marks(self) -> int:
        """Unmark every campaign; how many were marked."""
        marked = list(self._marks)
        self._marks.clear()
        for campaign_id in marked:
            self._refresh_row(campaign_id)
        return len(marked)

    # -- cursor and selection ------------------------------------------------------------

    @property
    def campaigns(self) -> dict[str, Campaign]:
        return self._campaigns

    @property
    def row_count(self) -> int:
        return len(self._order)

    def row_cells(self, row: int) -> Cells:
        return self.cells_of(self._order[row])

    @property
    def selected_id(self) -> str | None:
        if 0 <= self.cursor_row < len(self._order):
            return self._order[self.cursor_row]
        return None

    def select(self, campaign_id: str | None) -> None:
        if campaign_id in self._index:
            self.move_cursor(self._index[campaign_id])

    def move_cursor(self, row: int, announce: bool = True) -> None:
        row = max(0, min(row, len(self._order) - 1))
        old = self.cursor_row
        self.set_reactive(CampaignTable.cursor_row, row)
        self._refresh_row_at(old)
        self._refresh_row_at(row)
        self.scroll_to_region_of_row(row)
        current = self.selected_id
        if current != self._highlighted:
            self._highlighted = current
            if announce or current is not None:
                self.post_message(self.RowHighlighted(current))

    def scroll_to_region_of_row(self, row: int) -> None:
        visible = max(1, self.size.height - 1)  # the header takes a line
        top = self.scroll_offset.y
        if row < top:
            self.scroll_to(y=row, animate=False)
        elif row >= top + visible:
            self.scroll_to(y=row - visible + 1, animate=False)

    def action_cursor(self, delta: int) -> None:
        self.move_cursor(self.cursor_row + delta)

    def action_page(self, direction: int) -> None:
        self.move_cursor(self.cursor_row + direction * max(1, self.size.height - 2))

    def action_jump(self, row: int) -> None:
        self.move_cursor(row if row >= 0 else len(self._order) - 1)

    def action_select_row(self) -> None:
        if self.selected_id is not None:
            self.post_message(self.RowSelected(self.selected_id))

    def on_click(self, event: events.Click) -> None:
        if event.y == 0:
            return
        row = event.y - 1 + self.scroll_offset.y
        if 0 <= row < len(self._order):
            if row == self.cursor_row and event.chain > 1:
                self.action_select_row()
            self.move_cursor(row)
