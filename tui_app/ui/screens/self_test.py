"""The self-test's result, with its figures."""

from __future__ import annotations

from rich.table import Table
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from ..selftest import RESPONSIVE_P99_MS, SelfTestResult


class SelfTestScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,enter,q", "dismiss", "Close")]

    def __init__(self, result: SelfTestResult) -> None:
        super().__init__()
        self.result = result

    def compose(self) -> ComposeResult:
        r = self.result
        figures = Table.grid(padding=(0, 2))
        figures.add_column(no_wrap=True)
        figures.add_column()
        figures.add_row(
            "Jobs", f"{r.jobs} simulated jobs of {r.job_seconds:.1f} s, one per worker slot"
        )
        figures.add_row(
            "Wall time",
            f"{r.wall_seconds:.2f} s ({'in parallel' if r.parallel else 'NOT in parallel'})",
        )
        figures.add_row("UI lag p50", f"{r.lag_p50_ms:.1f} ms")
        figures.add_row(
            "UI lag p99", f"{r.lag_p99_ms:.1f} ms (target ≤ {RESPONSIVE_P99_MS:.0f} ms)"
        )
        figures.add_row("UI lag max", f"{r.lag_max_ms:.1f} ms")
        figures.add_row("Samples", f"{r.samples} wake-ups of the event loop, every 10 ms")
        with Vertical(
            id="dialog",
            classes="self-test -ok" if r.responsive and r.parallel else "self-test -bad",
        ):
            yield Static("Thread-pool self-test", id="self-test-title")
            yield Static(r.summary, id="self-test-summary")
            yield Static(figures, id="self-test-figures")
            yield Button("Close (esc)", id="close", variant="primary")

    def on_button_pressed(self) -> None:
        self.dismiss()
