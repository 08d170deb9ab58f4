"""The selected campaign's log, live and bounded."""

from __future__ import annotations

from datetime import datetime

from textual.widgets import Log

from ...core.models import LogEntry
from ..paths import shown_in_text

MAX_LINES = 2000


def format_entry(at: float, message: str) -> str:
    return f"{datetime.fromtimestamp(at):%H:%M:%S}  {shown_in_text(message)}"


class CampaignLog(Log):
    """Shows one campaign's log lines; new lines are appended as they arrive."""

    def __init__(self, **kwargs) -> None:
        super().__init__(max_lines=MAX_LINES, auto_scroll=True, **kwargs)
        self.campaign_id: str | None = None
        # the lines read from the store when shown: a line the store already held then may
        # still arrive afterwards as an event, and must not show twice
        self._loaded: set[tuple[float, str]] = set()

    def show(self, campaign_id: str | None, entries: list[LogEntry]) -> None:
        self.campaign_id = campaign_id
        self.clear()
        self._loaded = {(e.at, e.message) for e in entries}
        if entries:
            self.write_lines(format_entry(e.at, e.message) for e in entries)

    def append(self, lines: list[tuple[float, str]]) -> None:
        new = [line for line in lines if line not in self._loaded]
        if new:
            self.write_lines(format_entry(at, message) for at, message in new)
