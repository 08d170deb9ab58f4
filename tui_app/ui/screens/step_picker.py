"""Where a variant restarts: a list of the steps, the default the one after the plan's."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option


class StepPickerScreen(ModalScreen[str | None]):
    """Pick a step (enter) or cancel (esc); dismisses with the step's name."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, question: str, steps: list[tuple[str, str]], default: str = "") -> None:
        """`steps`: (name, what people call it) in workflow order."""
        super().__init__()
        self.question = question
        self.steps = steps
        self.default = default

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(self.question, id="question")
            yield OptionList(*[Option(title, id=name) for name, title in self.steps], id="steps")

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        names = [name for name, _ in self.steps]
        if self.default in names:
            options.highlighted = names.index(self.default)
        options.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)


__all__ = ["StepPickerScreen"]
