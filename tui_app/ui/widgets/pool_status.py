"""The pool's health, always visible: ready, busy/max workers, queued, done, failed."""

from __future__ import annotations

from rich.text import Text
from textual.reactive import reactive
from textual.widgets import Static

from ..text_style import text_style


class PoolStatus(Static):
    """One line: `● ready  busy 2/4  queued 3  done 12  failed 1  provider offline`."""

    COMPONENT_CLASSES = {
        "pool-status--ready",
        "pool-status--starting",
        "pool-status--label",
        "pool-status--failed",
    }

    ready: reactive[bool] = reactive(False)
    busy: reactive[int] = reactive(0)
    max_workers: reactive[int] = reactive(4)
    queued: reactive[int] = reactive(0)
    done: reactive[int] = reactive(0)
    failed: reactive[int] = reactive(0)
    provider: reactive[str] = reactive("offline")
    provider_problem: reactive[str] = reactive("")
    note: reactive[str] = reactive("")

    def render(self) -> Text:
        label = text_style(self, "pool-status--label")
        text = Text()
        if self.ready:
            text.append(
                "● thread pool ready",
                text_style(self, "pool-status--ready"),
            )
        else:
            text.append(
                "◌ thread pool starting…",
                text_style(self, "pool-status--starting"),
            )
        for name, value in (
            ("busy", f"{self.busy}/{self.max_workers}"),
            ("queued", str(self.queued)),
            ("done", str(self.done)),
        ):
            text.append(f"   {name} ", label)
            text.append(value)
        text.append("   failed ", label)
        style = text_style(self, "pool-status--failed") if self.failed else ""
        text.append(str(self.failed), style)
        text.append("   provider ", label)
        text.append(self.provider)
        if self.provider_problem:
            text.append(
                f"  ⚠ {self.provider_problem}",
                text_style(self, "pool-status--failed"),
            )
        if self.note:
            text.append("   " + self.note, label)
        return text
