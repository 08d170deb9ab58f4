"""The selected campaign's brief as a readable two-column table."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.widgets import Static

from ...core.models import CampaignBrief, format_money
from ..text_style import text_style


def brief_rows(brief: CampaignBrief) -> list[tuple[str, str]]:
    return [
        ("Product", brief.product),
        ("Client", brief.client + (f"  ({brief.client_website})" if brief.client_website else "")),
        ("Campaign", brief.campaign_name),
        ("Audience", brief.target_audience),
        ("Goals", "\n".join(f"• {g}" for g in brief.goals)),
        ("Key features", "\n".join(f"• {f}" for f in brief.key_features)),
        ("Budget", format_money(brief.budget.amount, brief.budget.currency)),
        ("Timeline", f"{brief.timeline} weeks"),
        ("Tone", brief.tone),
        ("Channels", ", ".join(c.label for c in brief.channels)),
        ("Priority", brief.priority.value),
        ("User", brief.user),
        ("Requirements", brief.additional_requirements or "–"),
    ]


class BriefView(Static):
    COMPONENT_CLASSES = {"brief-view--label"}

    def show(self, brief: CampaignBrief | None) -> None:
        if brief is None:
            self.update("")
            return
        table = Table.grid(padding=(0, 2))
        table.add_column(no_wrap=True)
        table.add_column(ratio=1)
        label = text_style(self, "brief-view--label")
        for name, value in brief_rows(brief):
            # Text(), not markup: user text may contain [brackets]
            table.add_row(Text(name, label), Text(value))
        self.update(table)
