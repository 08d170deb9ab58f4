"""The pool's health, always visible: ready, busy/max workers, queued, done, failed."""

from __future__ import annotations

from rich.text import Text
from textual.reactive import reactive
from textual.widgets import Static


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
    note: reactive[str] = reactive("")

    def render(self) -> Text:
        label = self.get_component_rich_style("pool-status--label", partial=True)
        text = Text()
        if self.ready:
            text.append(
                "● thread pool ready",
                self.get_component_rich_style("pool-status--ready", partial=True),
            )
        else:
            text.append(
                "◌ thread pool starting…",
                self.get_component_rich_style("pool-status--starting", partial=True),
            )
        for name, value in (
            ("busy", f"{self.busy}/{self.max_workers}"),
            ("queued", str(self.queued)),
            ("done", str(self.done)),
        ):
            text.append(f"   {name} ", label)
            text.append(value)
        text.append("   failed ", label)
        style = (
            self.get_component_rich_style("pool-status--failed", partial=True)
            if self.failed
            else ""
        )
        text.append(str(self.failed), style)
        text.append("   provider ", label)
        text.append(self.provider)
        if self.note:
            text.append("   " + self.note, label)
        return text
