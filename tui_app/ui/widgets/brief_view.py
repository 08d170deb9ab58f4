"""The selected campaign's brief as a readable two-column table."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.widgets import Static

from ...core.models import CampaignBrief, campaign_start, format_money
from ..text_style import text_style


def brief_rows(
    brief: CampaignBrief, brand: str | None = None, created_at: float | None = None
) -> list[tuple[str, str]]:
    start = (
        f"{campaign_start(brief.start_date, created_at):%a %Y-%m-%d}"
        if brief.start_date or created_at is not None
        else "the Monday after it is created"
    )
    if not brief.start_date and created_at is not None:
        start += " (the Monday after creation)"
    rows = [
        ("Product", brief.product),
        ("Client", brief.client + (f"  ({brief.client_website})" if brief.client_website else "")),
        ("Campaign", brief.campaign_name),
        ("Audience", brief.target_audience),
        ("Goals", "\n".join(f"• {g}" for g in brief.goals)),
        ("Key features", "\n".join(f"• {f}" for f in brief.key_features)),
        ("Budget", format_money(brief.budget.amount, brief.budget.currency)),
        ("Timeline", f"{brief.timeline} weeks"),
        ("Starts", start),
        ("Tone", f"{brief.tone} ({brief.style.value} style)"),
        ("Channels", ", ".join(c.label for c in brief.channels)),
        ("Priority", brief.priority.value),
        ("User", brief.user),
        ("Requirements", brief.additional_requirements or "–"),
        *_rule_rows(brief),
    ]
    if brand:
        rows.insert(2, ("Brand", f"{brand} (the profile it started from)"))
    return rows


def _rule_rows(brief: CampaignBrief) -> list[tuple[str, str]]:
    """The rules every node obeys; those read from the requirements are marked, so a wrong
    reading is seen and corrected in the brief's fields."""
    rules = brief.rules
    rows = [("Rules", "\n".join(f"• {line}" for line in rules.summary()) or "–")]
    if rules.derived:
        rows.append(("Read from notes", "\n".join(f"• {line}" for line in rules.derived)))
    if rules.unread:
        rows.append(("Not read", "\n".join(f"• {line}" for line in rules.unread)))
    if not brief.tone_is_known:
        rows.append(("Style", f"{brief.style.value} (the tone names no known style)"))
    if brief.brand_colors:
        rows.append(("Brand colours", ", ".join(brief.brand_colors)))
    return rows


class BriefView(Static):
    COMPONENT_CLASSES = {"brief-view--label"}

    def show(
        self,
        brief: CampaignBrief | None,
        *,
        brand: str | None = None,
        created_at: float | None = None,
    ) -> None:
        if brief is None:
            self.update("")
            return
        table = Table.grid(padding=(0, 2))
        table.add_column(no_wrap=True)
        table.add_column(ratio=1)
        label = text_style(self, "brief-view--label")
        for name, value in brief_rows(brief, brand, created_at):
            # Text(), not markup: user text may contain [brackets]
            table.add_row(Text(name, label), Text(value))
        self.update(table)
