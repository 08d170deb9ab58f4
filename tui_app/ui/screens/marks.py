"""Marking campaigns in the dashboard's table, and comparing two of them (`=`).

A base of `DashboardScreen`, like `KitActions`: the marks live in the table (they survive
repaints, re-sorting and filtering), and the comparison's data comes through the dashboard's
read model, so the compare screen itself reads nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.binding import Binding
from textual.screen import Screen

if TYPE_CHECKING:
    from ..view import DashboardView
    from ..widgets.campaign_table import CampaignTable


# the dashboard's keys for these (its BINDINGS include them: the footer, F1 and the palette)
MARK_BINDINGS = [
    Binding(
        "m",
        "toggle_mark",
        "Mark",
        show=False,
        tooltip="Mark or unmark the highlighted campaign (mark two, then = compares them)",
    ),
    Binding(
        "equals_sign",
        "compare",
        "Compare",
        show=False,
        tooltip="Compare the two marked campaigns (or the marked and the highlighted one): "
        "brief differences, and their documents side by side",
    ),
]


class MarkActions(Screen):
    """Mark (`m`), clear the marks, compare two campaigns (`=`)."""

    table: CampaignTable
    view: DashboardView

    def action_toggle_mark(self) -> None:
        campaign_id = self.table.selected_id
        if campaign_id is None:
            self.notify("No campaign selected. Press n to create one.", severity="warning")
            return
        if self.table.toggle_mark(campaign_id) and len(self.table.marked) == 2:
            self.notify("Two campaigns marked: press = to compare them (esc clears the marks).")

    def clear_marks(self) -> bool:
        """Unmark every campaign; False when none was marked."""
        return bool(self.table.clear_marks())

    def compare_pair(self) -> tuple[str, str] | None:
        """The two campaigns `=` compares: the two marked ones (in the order they were
        marked), or the one marked and the highlighted one. None (with a notice) otherwise."""
        marked = self.table.marked
        current = self.table.selected_id
        if len(marked) == 2:
            return marked[0], marked[1]
        if len(marked) == 1 and current is not None and current != marked[0]:
            return marked[0], current
        if len(marked) > 2:
            hint = f"{len(marked)} campaigns are marked; compare works on two (esc clears)."
        else:
            hint = "Mark two campaigns with m (or mark one and highlight another), then press =."
        self.notify(hint, severity="warning")
        return None

    def action_compare(self) -> None:
        pair = self.compare_pair()
        if pair is None:
            return
        comparison = self.view.comparison(*pair)
        if comparison is None:
            self.notify("One of the marked campaigns is no longer stored.", severity="error")
            return
        from .compare import CompareScreen  # on first use, like the other document screens

        self.app.push_screen(CompareScreen(comparison))


__all__ = ["MARK_BINDINGS", "MarkActions"]
