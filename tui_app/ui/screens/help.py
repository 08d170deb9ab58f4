"""F1: every key of the app, built from the bindings so it never goes stale."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

EXTRA_KEYS = [
    ("Dashboard", "enter", "View the highlighted artifact (the website by default)"),
    ("Dashboard", "↑ ↓ / pgup pgdn", "Move through campaigns or artifacts"),
    ("Dashboard", "tab", "Move between the table and the details tabs"),
    ("Dashboard", "l / a / b", "Show the Log, Artifacts or Brief tab"),
    ("Dashboard", "esc", "Clear the filter"),
    ("New campaign", "tab / shift+tab", "Next / previous field"),
    ("New campaign", "ctrl+s", "Create the campaign"),
    ("New campaign", "esc", "Close the form without creating anything"),
    ("Everywhere", "ctrl+p", "Command palette: every action by name, themes"),
]


def key_label(binding: Binding) -> str:
    names = {"slash": "/", "ctrl+q": "ctrl+q", "f1": "F1", "enter": "enter"}
    return ", ".join(names.get(k, k) for k in binding.key.split(","))


def help_rows() -> list[tuple[str, str, str]]:
    """(where, key, what it does) for every binding of the app and its screens."""
    from ..app import CampaignApp
    from .artifact_viewer import ArtifactViewer
    from .dashboard import DashboardScreen

    rows = []
    for where, bindings in (
        ("Everywhere", CampaignApp.BINDINGS),
        ("Dashboard", DashboardScreen.BINDINGS),
        ("Artifact viewer", ArtifactViewer.BINDINGS),
    ):
        for binding in bindings:
            if isinstance(binding, Binding) and binding.description:
                rows.append((where, key_label(binding), binding.description))
    rows.extend(EXTRA_KEYS)
    return rows


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,f1,q", "dismiss", "Close")]

    def compose(self) -> ComposeResult:
        table = Table(title="Campaign TUI — keys", expand=True, box=None, padding=(0, 2))
        table.add_column("Where", no_wrap=True)
        table.add_column("Key", no_wrap=True)
        table.add_column("What it does")
        for where, key, text in help_rows():
            table.add_row(where, Text(key), text)
        with VerticalScroll(id="help-body"):
            yield Static(table)
            yield Static(
                "A campaign runs 15 steps: strategy, personas, creative, copy, CTAs, visuals, "
                "social, emotion, media plan, review (with up to 3 revisions), summaries, website "
                "and manifest. Files land in the data folder shown in each campaign's "
                "Artifacts tab.",
                id="help-note",
            )
