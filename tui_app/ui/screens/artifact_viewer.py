"""View an artifact inside the app: Markdown rendered, CSV as a table, the rest highlighted."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from rich.syntax import Syntax
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Markdown, Static

from ...core.sanitize import for_terminal
from ..messages import OpenFile
from ..paths import shown

LANGUAGES = {".html": "html", ".json": "json", ".svg": "xml", ".csv": "text", ".md": "markdown"}
MAX_BYTES = 2_000_000


class ArtifactViewer(Screen):
    """A full screen over the dashboard; esc returns."""

    BINDINGS = [
        Binding("escape,q", "close", "Close", tooltip="Back to the dashboard"),
        Binding("e", "edit", "Edit", tooltip="Open this file in $EDITOR"),
        Binding("y", "copy_path", "Copy path", tooltip="Copy this file's path"),
        Binding(
            "o", "open", "Open in browser", tooltip="Open the website or hero image in the browser"
        ),
    ]

    def __init__(self, path: str) -> None:
        super().__init__()
        self.path = Path(path)

    def compose(self) -> ComposeResult:
        yield Static(shown(self.path), id="viewer-title")
        try:
            with self.path.open("rb") as handle:
                data = handle.read(MAX_BYTES)
        except OSError as exc:
            reason = "it was deleted" if isinstance(exc, FileNotFoundError) else str(exc)
            data = (
                f"This file cannot be read: {reason}. Press r on the campaign to generate "
                "its kit again."
            ).encode()
            self.path = self.path.with_suffix(".txt")
        # control characters (a hand-edited or model-written file) must not reach the terminal
        self.text = text = for_terminal(data.decode("utf-8", errors="replace"))
        suffix = self.path.suffix.lower()
        if suffix == ".md":
            with VerticalScroll(id="viewer-body"):
                yield Markdown(text)
        elif suffix == ".csv":
            yield DataTable(id="viewer-table", zebra_stripes=True)
        else:
            with VerticalScroll(id="viewer-body"):
                yield Static(
                    Syntax(
                        text,
                        LANGUAGES.get(suffix, "text"),
                        theme="ansi_dark" if self.app.current_theme.dark else "ansi_light",
                        word_wrap=True,
                        line_numbers=True,
                    )
                )
        yield Footer()

    def on_mount(self) -> None:
        if self.path.suffix.lower() == ".csv":
            table = self.query_one(DataTable)
            rows = list(csv.reader(io.StringIO(self.text)))
            if rows:
                table.add_columns(*rows[0])
                table.add_rows(rows[1:])
            table.focus()
        else:
            self.query_one("#viewer-body").focus()

    def action_close(self) -> None:
        self.dismiss()

    def action_edit(self) -> None:
        self.post_message(OpenFile(str(self.path), "editor"))

    def action_copy_path(self) -> None:
        self.post_message(OpenFile(str(self.path), "copy"))

    def action_open(self) -> None:
        if self.path.suffix.lower() in (".html", ".svg"):
            self.post_message(OpenFile(str(self.path), "browser"))
        else:
            self.notify(
                "Only the website and the hero image open in the browser.", severity="warning"
            )
