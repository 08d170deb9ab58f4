"""F1: every key of the app, built from the bindings so it never goes stale."""

from __future__ import annotations

from collections.abc import Iterable

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from ..text_style import text_style

# keys that are not bindings of ours (widgets' own, or several keys in one line)
EXTRA_KEYS = {
    "Dashboard": [
        ("enter", "View the highlighted artifact (the website unless you pick another)"),
        ("↑ ↓ pgup pgdn", "Move through campaigns, or through artifacts in their tab"),
        ("tab", "Move between the campaign table and the details tabs"),
    ],
    "New campaign": [
        ("tab / shift+tab", "Next / previous field, top to bottom"),
        ("enter", "On the sample or Brand picker: open it; on the file path: load the brief"),
        ("ctrl+s", "Create the campaign (errors show beside their fields)"),
        ("ctrl+b", "Save the client, website, tone, colours and rules as a brand profile"),
        ("esc", "Close the form without creating anything"),
    ],
    "Compare": [("↑ ↓ pgup pgdn home end", "Scroll both panes together (so does the mouse)")],
    "Everywhere": [("ctrl+p", "Command palette: every action by name, and themes")],
}
KEY_NAMES = {
    "slash": "/",
    "escape": "esc",
    "f1": "F1",
    "O": "O (shift+o)",
    "B": "B (shift+b)",
    "equals_sign": "=",
}


def key_label(binding: Binding) -> str:
    return ", ".join(KEY_NAMES.get(k, k) for k in binding.key.split(","))


def help_sections(
    groups: Iterable[tuple[str, Iterable[Binding | tuple]]],
) -> dict[str, list[tuple[str, str]]]:
    """Section -> (key, what it does), from the bindings the app gives for each place."""
    sections: dict[str, list[tuple[str, str]]] = {}
    for where, bindings in groups:
        rows = sections.setdefault(where, [])
        for binding in bindings:
            if isinstance(binding, Binding) and binding.description:
                rows.append((key_label(binding), binding.tooltip or binding.description))
    for where, rows in EXTRA_KEYS.items():
        sections.setdefault(where, []).extend(rows)
    return sections


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,f1,q", "dismiss", "Close")]

    def __init__(self, sections: dict[str, list[tuple[str, str]]], steps: int) -> None:
        super().__init__()
        self.sections = sections
        self.steps = steps

    COMPONENT_CLASSES = {"help-screen--section", "help-screen--key"}

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body"):
            yield Static("Campaign TUI — keys", id="help-title")
            yield Static(id="help-table")
            yield Static(
                f"A campaign runs {self.steps} steps: plan, strategy, personas, creative, "
                "copy, CTAs, visuals, then social, emotion and media plan side by side, a "
                "review (which may send work back up to 3 times), summaries, the website and "
                "the landing page, and a manifest. Up to four campaigns run at once; the rest "
                "wait, highest priority first.",
                id="help-note",
            )

    def on_mount(self) -> None:
        section_style = text_style(self, "help-screen--section")
        key_style = text_style(self, "help-screen--key")
        table = Table.grid(padding=(0, 2), expand=True)
        table.add_column(no_wrap=True, min_width=16)
        table.add_column(ratio=1)
        for where, rows in self.sections.items():
            table.add_row(Text(where, section_style), "")
            for key, what in rows:
                table.add_row(Text(key, key_style), Text(what))
            table.add_row("", "")
        self.query_one("#help-table", Static).update(table)
