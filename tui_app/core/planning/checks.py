"""Checks on the goal figures the review calls: pure functions returning typed records.

goal_coverage(kpi_plan, targets)      targets with no KPI row carrying their figure
missing_figures(text, targets)        targets whose figure a rendered file never shows
supply_breaches(media_plan, reading)  estimates above a supply the brief states
schedule_problems(...)                plan / flights / calendar disagreements (schedule.py)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..goals import GoalKind, GoalReading, Target
from .kpi_model import KpiPlan
from .media import MediaPlan, supply_cap


def goal_coverage(kpi_plan: KpiPlan, targets: Sequence[Target]) -> list[Target]:
    """The targets without a KPI row for their goal that carries their figure."""
    rows = {(row.goal_index, row.figure) for row in kpi_plan.goals}
    return [t for t in targets if (t.goal_index, t.figure) not in rows]


def _shows(text: str, form: str) -> bool:
    # a figure counts only as a whole number: "150" is not found inside "1,150" or "150.5"
    return re.search(rf"(?<![\d.,]){re.escape(form)}(?![\d]|[.,]\d)", text) is not None


def missing_figures(text: str, targets: Sequence[Target]) -> list[Target]:
    """The targets none of whose written forms ("5,000 USD", "5,000", "5000") the text shows."""
    return [t for t in targets if not any(_shows(text, form) for form in t.forms())]


@dataclass(frozen=True, slots=True)
class SupplyBreach:
    """An estimate above what the brief says exists."""

    supply: Target
    where: str  # "media plan total" or a channel id
    estimate: int


def supply_breaches(media_plan: MediaPlan, reading: GoalReading) -> list[SupplyBreach]:
    """Conversions the media plan estimates beyond the brief's stated supply, when what it
    converts is what the supply limits (sales, bookings, seats)."""
    supply = reading.supply_limit
    kind = GoalKind(media_plan.conversion_kind) if media_plan.conversion_kind else None
    limit = supply_cap(reading, kind)
    if supply is None or limit is None:
        return []
    out = [
        SupplyBreach(supply, line.channel, line.conversions)
        for line in media_plan.lines
        if line.conversions > limit
    ]
    if media_plan.totals.conversions > limit:
        out.append(SupplyBreach(supply, "media plan total", media_plan.totals.conversions))
    return out


__all__ = ["SupplyBreach", "goal_coverage", "missing_figures", "supply_breaches"]
