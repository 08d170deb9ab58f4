"""The summaries: campaign_summary.md (the team's, with the KPI plan and the media plan) and
client_summary.md (the client's, with the investment per channel and no internal figures).
"""

from __future__ import annotations

from ...content import CampaignSummary, ClientSummary
from ...formatting import format_money, format_number, format_percent
from ...models import CampaignBrief
from ...planning import GoalKpi, KpiPlan, MediaLine, MediaPlan
from .markdown import bullets, channel_names, finish, header, inline, paragraphs, table


def _delivery(line: MediaLine, value: int) -> str:
    # A fixed-price line (website production) buys no media: no delivery to show.
    return "–" if line.pricing == "fixed" else format_number(value)


def _media_table(media_plan: MediaPlan) -> list[str]:
    cur = media_plan.currency
    rows = [
        (
            line.label + (" (sends)" if line.channel == "email" else ""),
            f"{line.start_week}–{line.end_week}",
            format_money(line.budget, cur),
            format_percent(line.share),
            line.pricing,
            _delivery(line, line.impressions),
            _delivery(line, line.clicks),
            _delivery(line, line.conversions),
        )
        for line in media_plan.lines
    ]
    totals = media_plan.totals
    rows.append(
        (
            "**Total**",
            f"1–{media_plan.weeks}",
            f"**{format_money(media_plan.total_budget, cur)}**",
            "100%" if media_plan.lines else "–",
            "",
            format_number(totals.impressions),
            format_number(totals.clicks),
            format_number(totals.conversions),
        )
    )
    lines = table(
        (
            "Channel",
            "Weeks",
            "Budget",
            "Share",
            "Pricing",
            "Impressions",
            "Clicks",
            f"Conversions ({media_plan.conversion_label})",
        ),
        rows,
        "llrrlrrr",
    )
    if any(line.channel == "email" for line in media_plan.lines):
        lines += ["", "_Email impressions are sends; they are left out of the total._"]
    return lines


def _goal_line(row: GoalKpi) -> str:
    how = f" Measured by {inline(row.measured_by)}." if row.measured_by else ""
    return f"- **{inline(row.kpi)}** ({inline(row.target)}): {inline(row.basis)}{how}"


def _kpi_plan(kpi_plan: KpiPlan) -> list[str]:
    """The goal rows (the brief's own figures and whether the budget reaches them), how each
    verdict was reached, then the channel figures."""
    lines = ["### Goals", ""]
    lines += table(
        ("Goal", "KPI", "Target", "Estimate at this budget", "Verdict"),
        [(r.goal, r.kpi, r.target, r.estimate, r.feasibility.value) for r in kpi_plan.goals],
    )
    lines += ["", "How each verdict was reached:", ""]
    lines += [_goal_line(row) for row in kpi_plan.goals] or ["- _No goals._"]
    lines += ["", "### Channel figures", ""]
    lines += table(
        ("KPI", "Target", "Basis"), [(t.name, t.target, t.basis) for t in kpi_plan.targets]
    )
    if kpi_plan.notes:
        lines += ["", *bullets(kpi_plan.notes)]
    return lines


def render_campaign_summary(
    summary: CampaignSummary,
    brief: CampaignBrief,
    media_plan: MediaPlan,
    kpi_plan: KpiPlan,
    quality_score: int | None,
) -> str:
    """campaign_summary.md: the internal summary with the KPI plan and the media plan."""
    lines = header(f"Campaign summary: {brief.campaign_name}", brief)
    score = f"{quality_score}/100" if quality_score is not None else "not reviewed"
    lines += [
        f"**Budget:** {brief.budget} · **Timeline:** {brief.timeline} weeks · "
        f"**Channels:** {channel_names(brief)} · **Quality score:** {score}",
        "",
    ]
    lines += ["## Overview", "", paragraphs(summary.overview), ""]
    lines += ["## Highlights", "", *bullets(summary.highlights), ""]
    lines += ["## KPI plan", "", *_kpi_plan(kpi_plan)]
    lines += ["", "## Media plan", "", *_media_table(media_plan), ""]
    if media_plan.assumptions:
        lines += ["**Assumptions**", "", *bullets(media_plan.assumptions), ""]
    if media_plan.sources:
        lines += ["**Sources**", "", *bullets(media_plan.sources), ""]
    lines += ["## Risks", "", *bullets(summary.risks), ""]
    lines += ["## Next steps", "", *bullets(summary.next_steps, numbered=True)]
    return finish(lines)


def render_client_summary(
    client_summary: ClientSummary, brief: CampaignBrief, media_plan: MediaPlan
) -> str:
    """client_summary.md: what the client reads, with the investment per channel."""
    lines = [f"# {inline(client_summary.headline)}", ""]
    lines += [
        f"**Prepared for:** {inline(brief.client)} · **Campaign:** {inline(brief.campaign_name)} "
        f"· **Product:** {inline(brief.product)}",
        "",
    ]
    lines += ["## Introduction", "", paragraphs(client_summary.introduction), ""]
    lines += ["## What we will do", "", *bullets(client_summary.what_we_will_do), ""]
    lines += ["## What you get", "", *bullets(client_summary.what_you_get), ""]
    lines += [
        "## Investment",
        "",
        f"A budget of **{brief.budget}** over **{brief.timeline} weeks**, split across channels:",
        "",
    ]
    lines += table(
        ("Channel", "Weeks", "Budget", "Share"),
        [
            (
                line.label,
                f"{line.start_week}–{line.end_week}",
                format_money(line.budget, media_plan.currency),
                format_percent(line.share),
            )
            for line in media_plan.lines
        ],
        "llrr",
    )
    lines += ["", "## Next steps", "", *bullets(client_summary.next_steps, numbered=True)]
    return finish(lines)


__all__ = ["render_campaign_summary", "render_client_summary"]
