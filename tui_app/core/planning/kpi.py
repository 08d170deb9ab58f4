"""The KPI plan: one row per goal figure of the brief, then the media plan's channel figures.

Every parsed target of the brief gets a row with the goal's own figure, the channel estimate
that feeds it and a verdict from explicit arithmetic (`goal_rows.py`); goals without a figure
get a qualitative row. The channel figures below them (impressions, reach, clicks, CTR, email,
conversions labelled by what the goals count, cost per conversion) come from the media plan.
"""

from __future__ import annotations

import re

from ..formatting import format_number
from ..goals import GoalKind, Measure, conversion_for
from ..models import CampaignBrief
from .benchmarks import EMAIL_CLICK_RATE, EMAIL_OPEN_RATE, FREQUENCY
from .goal_rows import Delivery, GoalRows
from .kpi_model import STRETCH_FROM, Feasibility, GoalKpi, KpiPlan, KpiTarget, judge
from .media import MediaPlan, goal_reading


def _n(value: float) -> str:
    return format_number(value)


def channel_figures(plan: MediaPlan) -> list[KpiTarget]:
    """The media plan's totals as KPI targets, each with the numbers it comes from."""
    d = Delivery.of(plan)
    paid = [line for line in plan.lines if line.pricing != "fixed" and line.channel != "email"]
    names = ", ".join(line.label for line in paid)
    out: list[KpiTarget] = []
    if paid:
        out += [
            KpiTarget(
                name="Impressions",
                target=_n(d.impressions),
                basis=f"Sum of the media plan's impression estimates ({names}).",
            ),
            KpiTarget(
                name="Reach (people)",
                target=_n(d.reach),
                basis=f"{_n(d.impressions)} impressions ÷ an assumed average frequency of "
                f"{FREQUENCY}.",
            ),
            KpiTarget(
                name="Ad clicks",
                target=_n(d.paid_clicks),
                basis="Sum of the paid lines' click estimates (spend ÷ CPC, or impressions × CTR).",
            ),
        ]
        if d.impressions:
            out.append(
                KpiTarget(
                    name="Blended CTR",
                    target=f"{d.paid_clicks / d.impressions:.2%}",
                    basis=f"{_n(d.paid_clicks)} ad clicks ÷ {_n(d.impressions)} impressions.",
                )
            )
    email = next((line for line in plan.lines if line.channel == "email"), None)
    if email is not None:
        out += [
            KpiTarget(
                name="Email opens",
                target=_n(email.impressions * EMAIL_OPEN_RATE),
                basis=f"{_n(email.impressions)} planned sends × {EMAIL_OPEN_RATE:.2%} average "
                "open rate (Mailchimp benchmarks).",
            ),
            KpiTarget(
                name="Email clicks",
                target=_n(email.clicks),
                basis=f"{_n(email.impressions)} sends × {EMAIL_CLICK_RATE:.2%} average click "
                "rate (Mailchimp benchmarks).",
            ),
        ]
    basis = "Sum over channels of clicks × the channel's benchmark conversion rate."
    if plan.supply_cap is not None:
        basis += (
            f" Capped at the {_n(plan.supply_cap)} available (about "
            f"{_n(d.uncapped)} at benchmark rates)."
        )
    out.append(KpiTarget(name=f"Conversions ({d.label})", target=_n(d.conversions), basis=basis))
    if d.conversions:
        out.append(
            KpiTarget(
                name="Cost per conversion",
                target=d.money(d.spend / d.conversions),
                basis=f"{d.money(d.spend)} media spend (website production excluded) ÷ "
                f"{_n(d.conversions)} conversions.",
            )
        )
    return out


def build_kpi_plan(plan: MediaPlan, brief: CampaignBrief) -> KpiPlan:
    """The KPI plan: a row per goal figure (or qualitative goal), then the channel figures."""
    reading = goal_reading(brief)
    notes = ["Estimates come from published averages; reset them after two weeks of real data."]
    if not any(line.pricing != "fixed" and line.channel != "email" for line in plan.lines):
        notes.append("The plan has no paid media, so there are no impression or click targets.")
    money = any(t.measure is Measure.MONEY or t.unit == "x" for t in reading.targets)
    # a campaign that sells nothing (a council notice, a helpline, a free tool) is not judged
    # in money: no note asks for a price it will never have
    # what the brief promotes is free ("open source", "Free on all podcast apps"); a free trial,
    # free shipping or free returns sell all the same; the requirements are left out ("Do not
    # say 'free'" says nothing of the price)
    said = " ".join([brief.product, brief.client, *brief.key_features])
    free = (
        re.search(
            r"\bfree\b(?![\s-]+(?:\d|trial|shipping|delivery|returns|plan|tier|consultation))|"
            r"\bopen[- ]source\b",
            said,
            re.I,
        )
        is not None
    )
    paid = (GoalKind.SALES, GoalKind.BOOKINGS, GoalKind.LEADS, GoalKind.DOWNLOADS)
    sells = not brief.rules.no_selling and any(
        kind in paid and not (free and kind is GoalKind.DOWNLOADS)
        for goal in reading.goals
        for kind in goal.kinds
    )
    if not reading.values and not money and sells:
        notes.append(
            "No revenue or ROAS figure: no price, order value or deal size is given yet. "
            "Add one to judge the campaign in money."
        )
    actions = [t for t in reading.targets if t.measure is Measure.COUNT and t.kind.is_action]
    if len(actions) > 1:
        labels = ", ".join(t.label for t in actions)
        notes.append(
            f"Conversions are counted once, as {conversion_for(brief.goals).label}: {labels} "
            "draw on the same visits."
        )
    return KpiPlan(goals=GoalRows(plan, reading).rows(), targets=channel_figures(plan), notes=notes)


__all__ = [
    "STRETCH_FROM",
    "Feasibility",
    "GoalKpi",
    "KpiPlan",
    "KpiTarget",
    "build_kpi_plan",
    "channel_figures",
    "judge",
]
