"""The review of a paused step: its output, rendered, and the marketer's decision.

`a` approves, `e` opens the step's section in $EDITOR (checked on save: problems come back here
beside the text, which is kept), `x` asks for changes with a note, `esc` decides later.
Every decision is a message for the app; this screen never touches the engine.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Button, Footer, Label, Markdown, Static, TextArea

from ...core.models import Campaign
from ...core.sanitize import for_terminal
from ..messages import ApproveStep, EditStep, RequestChanges


class ApprovalScreen(Screen[None]):
    """Shows the awaited step's document and takes the decision."""

    BINDINGS = [
        Binding("a", "approve", "Approve", tooltip="Approve this step; the campaign goes on"),
        Binding(
            "e",
            "edit",
            "Edit",
            tooltip="Edit the step's section in $EDITOR (checked on save), then go on",
        ),
        Binding(
            "x",
            "request_changes",
            "Request changes",
            tooltip="Send the step back with a note (e.g. shorter, casual tone); it pauses again",
        ),
        Binding("escape", "later", "Decide later"),
    ]

    def __init__(self, campaign: Campaign, title: str, document: str) -> None:
        super().__init__()
        self.campaign = campaign
        self.step_title = title
        self.document = for_terminal(document)

    def compose(self) -> ComposeResult:
        yield Static(
            f"⏸ {self.step_title} of “{self.campaign.name}” awaits your approval "
            f"({self.campaign.id})",
            id="approval-title",
        )
        yield Static("", id="approval-problems")
        with VerticalScroll(id="approval-body"):
            yield Markdown(self.document)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#approval-problems").display = False
        self.query_one("#approval-body").focus()

    def show_problems(self, problems: list[str]) -> None:
        """The last edit's problems (the text is kept in the file: `e` opens it again)."""
        box = self.query_one("#approval-problems", Static)
        box.update(
            "⚠ Not saved — fix these, then press e to edit again (your text is kept):\n"
            + "\n".join(f"  • {for_terminal(p, one_line=True)}" for p in problems)
        )
        box.display = bool(problems)

    def action_approve(self) -> None:
        self.post_message(ApproveStep(self.campaign.id))
        self.dismiss()

    def action_edit(self) -> None:
        self.post_message(EditStep(self.campaign.id))

    def action_request_changes(self) -> None:
        def send(note: str | None) -> None:
            if note:
                self.post_message(RequestChanges(self.campaign.id, note))
                self.dismiss()

        self.app.push_screen(ChangeNoteScreen(self.step_title), send)

    def action_later(self) -> None:
        self.dismiss()


class ChangeNoteScreen(ModalScreen[str | None]):
    """What to change: a note for the step's next version."""

    BINDINGS = [
        Binding("ctrl+s", "send", "Send", priority=True),
        Binding("escape", "cancel", "Cancel"),
    ]

    def __init__(self, step_title: str) -> None:
        super().__init__()
        self.step_title = step_title

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(
                f"What should change in the {self.step_title.lower()}? For example: shorter, "
                "a casual tone, never say “cheap”, CTA: Book a demo.",
                id="question",
            )
            yield TextArea(id="note", soft_wrap=True)
            with Horizontal(id="buttons"):
                yield Button("Send (ctrl+s)", variant="primary", id="send")
                yield Button("Cancel (esc)", id="cancel")

    def on_mount(self) -> None:
        self.query_one("#note", TextArea).focus()

    def action_send(self) -> None:
        note = self.query_one("#note", TextArea).text.strip()
        if not note:
            self.notify("Write what to change, or press esc.", severity="warning")
            return
        self.dismiss(note)

    def action_cancel(self) -> None:
        self.dismiss(None)

    @on(Button.Pressed, "#send")
    def _send(self) -> None:
        self.action_send()

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.dismiss(None)


__all__ = ["ApprovalScreen", "ChangeNoteScreen"]
