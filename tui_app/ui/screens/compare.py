"""Compare two campaigns: what differs in their briefs, and one document of each side by side.

The dashboard opens it with a `Comparison` read through its view (plain data: both briefs and
the Markdown documents both campaigns have, ids masked); the screen reads nothing else. The two
panes scroll together and highlight the lines that differ; `p` picks another document.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from ...core.compare import Comparison, Side, align
from ...core.sanitize import for_terminal
from ..widgets.campaign_table import short_id
from ..widgets.diff_pane import DiffPane, side_by_side

TAB_SIZE = 4


def _lines(text: str) -> list[str]:
    """A stored text's lines, safe for the terminal (control characters escaped)."""
    return for_terminal(text).expandtabs(TAB_SIZE).splitlines()


def _safe(text: str) -> str:
    return for_terminal(text, one_line=True)


def side_title(side: Side) -> Content:
    """`40213 · SunPack Solar Backpack Launch · done`, never parsed as markup."""
    return Content(_safe(f"{short_id(side.campaign_id)} · {side.name} · {side.status}"))


class DocumentPicker(ModalScreen[str | None]):
    """The documents both campaigns have; enter picks one, esc keeps the current one."""

    BINDINGS = [Binding("escape", "dismiss", "Keep this document")]

    def __init__(self, documents: list[str], current: str | None) -> None:
        super().__init__()
        self.documents = documents
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(id="picker-body"):
            yield Static("Compare which document?", id="picker-title")
            yield OptionList(*(Option(name, id=name) for name in self.documents), id="picker")

    def on_mount(self) -> None:
        picker = self.query_one(OptionList)
        if self.current in self.documents:
            picker.highlighted = self.documents.index(self.current)
        picker.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)


class CompareScreen(Screen):
    """Two campaigns side by side; esc returns to the dashboard."""

    BINDINGS = [
        Binding("escape,q", "close", "Close", tooltip="Back to the dashboard"),
        Binding(
            "p",
            "pick_document",
            "Pick document",
            tooltip="Compare another document both campaigns have",
        ),
        Binding(
            "tab,shift+tab",
            "switch_pane",
            "Other pane",
            tooltip="Move the focus to the other pane (both always scroll together)",
        ),
    ]

    def __init__(self, comparison: Comparison) -> None:
        super().__init__()
        self.comparison = comparison
        self.document: str | None = comparison.default_document

    def compose(self) -> ComposeResult:
        comparison = self.comparison
        yield Static(Text(_safe(comparison.summary)), id="compare-summary")
        yield Static(id="compare-document")
        with Horizontal(id="compare-panes"):
            yield DiffPane("left", id="compare-left")
            yield DiffPane("right", id="compare-right")
        yield Footer()

    def on_mount(self) -> None:
        self.left = self.query_one("#compare-left", DiffPane)
        self.right = self.query_one("#compare-right", DiffPane)
        self.left.partner, self.right.partner = self.right, self.left
        self.left.border_title = side_title(self.comparison.left)
        self.right.border_title = side_title(self.comparison.right)
        self.app.theme_changed_signal.subscribe(self, self._theme_changed)
        self.left.focus()
        # the panes have their widths only after the first layout
        self.call_after_refresh(self.show_document)

    def _theme_changed(self, _theme) -> None:
        self.left.restyle()
        self.right.restyle()

    def on_resize(self) -> None:
        self.call_after_refresh(self.show_document)

    # -- what is shown -------------------------------------------------------------------------

    def show_document(self) -> None:
        """Lay out the current document in both panes, keeping the scroll position."""
        if not self.is_mounted:
            return
        texts = self.comparison.texts.get(self.document or "")
        left, right = (_lines(texts[0]), _lines(texts[1])) if texts else ([], [])
        rows = align(left, right)
        gutter = len(str(max(len(left), len(right), 1)))
        width = min(
            self.left.scrollable_content_region.width, self.right.scrollable_content_region.width
        )
        left_lines, right_lines = side_by_side(
            rows, left, right, width - gutter - 1, self.app.console
        )
        top = self.left.scroll_y
        self.left.show(left_lines, gutter)
        self.right.show(right_lines, gutter)
        self.left.scroll_to(y=top, animate=False, immediate=True)
        self.query_one("#compare-document", Static).update(self._document_line(rows))

    def _document_line(self, rows) -> Text:
        comparison = self.comparison
        documents = comparison.documents
        line = Text()
        if self.document is None:
            line.append("No document both campaigns have yet.", style="bold")
        else:
            changed = sum(1 for row in rows if row.changed)
            line.append(_safe(self.document), style="bold")
            line.append(
                f" · {documents.index(self.document) + 1} of {len(documents)} both have · "
                + (f"{changed} line(s) differ" if changed else "identical")
                + " · p picks another"
            )
        for side, names in (
            (comparison.left, comparison.only_left),
            (comparison.right, comparison.only_right),
        ):
            if names:
                line.append(f" · only in {short_id(side.campaign_id)}: {_safe(', '.join(names))}")
        return line

    # -- actions -------------------------------------------------------------------------------

    def action_close(self) -> None:
        self.dismiss()

    def action_switch_pane(self) -> None:
        (self.right if self.focused is self.left else self.left).focus()

    def action_pick_document(self) -> None:
        documents = self.comparison.documents
        if not documents:
            self.notify("The two campaigns have no document in common yet.", severity="warning")
            return

        def picked(name: str | None) -> None:
            if name and name != self.document:
                self.document = name
                self.left.scroll_to(y=0, animate=False, immediate=True)
                self.show_document()

        self.app.push_screen(DocumentPicker(documents, self.document), picked)


__all__ = ["CompareScreen", "DocumentPicker"]
