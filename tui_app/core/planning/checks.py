"""Checks on the goal figures the review calls: pure functions returning typed records.

goal_coverage(kpi_plan, targets)      targets with no KPI row carrying their figure
figure_coverage(kpi_plan, goals, cur) every figure any goal of the brief states, not in its rows
missing_figures(text, targets)        targets whose figure a rendered file never shows
supply_breaches(media_plan, reading)  estimates above a supply the brief states
schedule_problems(...)                plan / flights / calendar disagreements (schedule.py)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from ..formatting import format_money, format_number
from ..goals import GoalKind, GoalReading, Target, stated_figures
from .kpi_model import KpiPlan
from .media import MediaPlan, supply_cap


def goal_coverage(kpi_plan: KpiPlan, targets: Sequence[Target]) -> list[Target]:
    """The targets without a KPI row for their goal that carries their figure."""
    rows = {(row.goal_index, row.figure) for row in kpi_plan.goals}
    return [t for t in targets if (t.goal_index, t.figure) not in rows]


@dataclass(frozen=True, slots=True)
class MissingFigure:
    """A figure a goal of the brief states that none of that goal's KPI rows shows."""

    goal_index: int
    goal: str
    figure: str  # as the goal writes it: "25", "¥95,000", "from 48% to 60%"


def _forms(value: Decimal, currency: str, unit: str) -> list[str]:
    plain = format(value.normalize(), "f") if value else "0"
    grouped = format_number(value) if value == value.to_integral() else plain
    forms = [grouped, plain]
    if currency:
        forms.insert(0, format_money(value, currency))
    if unit == "%":
        forms = [f"{grouped}%", f"{plain}%"]
    return list(dict.fromkeys(forms))


def figure_coverage(
    kpi_plan: KpiPlan, goals: Sequence[str], currency: str = "USD"
) -> list[MissingFigure]:
    """Every figure each goal of the brief states (read from the goal's own words, not from
    what the parser typed) that no KPI row of that goal shows — a goal's number never
    vanishes from the plan unseen. Ages, deadlines, budgets and scopes are not figures."""
    out: list[MissingFigure] = []
    for index, goal in enumerate(goals):
        rows = [row for row in kpi_plan.goals if row.goal_index == index]
        text = " ".join(f"{r.kpi} {r.target} {r.figure} {r.estimate} {r.basis}" for r in rows)
        for q in stated_figures(goal, currency):
            values = [q.value] if q.pair_from is None else [q.pair_from, q.value]
            for value in values:
                forms = _forms(value, q.currency, q.unit)
                if not any(_shows(text, form) for form in forms):
                    # the figure missing: the baseline of "from €900 to €600" is named as such
                    out.append(MissingFigure(index, goal, q.text if value == q.value else forms[0]))
                    break
    return out


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


__all__ = [
    "MissingFigure",
    "SupplyBreach",
    "figure_coverage",
    "goal_coverage",
    "missing_figures",
    "supply_breaches",
]
