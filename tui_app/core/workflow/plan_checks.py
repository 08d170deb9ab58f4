"""The review's checks on the numbers: every goal's figure in the KPI plan, no estimate above
a stated supply, and plan, media flights and calendar agreeing week by week.

The planning modules compute the records (`core.planning.checks`, `core.planning.schedule`);
this module turns them into review findings blamed on the node that wrote the part at fault.
"""

from __future__ import annotations

from pathlib import Path

from ..content import Plan
from ..exports import read_calendar_csv
from ..findings import Finding, FindingKind
from ..models import CampaignBrief
from ..planning import (
    MediaPlan,
    build_kpi_plan,
    figure_coverage,
    goal_coverage,
    goal_reading,
    schedule_problems,
    supply_breaches,
)
from .review.report import KIND_WEIGHTS  # the one table of weights


def _finding(kind: FindingKind, node: str, where: str, detail: str, **values: object) -> Finding:
    weight, blocking = KIND_WEIGHTS[kind]
    return Finding(
        kind=kind,
        node=node,
        field=where,
        detail=detail,
        actual=None if values.get("actual") is None else str(values["actual"]),
        limit=None if values.get("limit") is None else str(values["limit"]),
        weight=weight,
        blocking=blocking,
    )


def goal_findings(brief: CampaignBrief, media: MediaPlan | None) -> list[Finding]:
    """A goal figure with no KPI row, or an estimate above the brief's own supply."""
    if media is None:
        return []
    reading = goal_reading(brief)
    kpi = build_kpi_plan(media, brief)
    out = [
        _finding(
            FindingKind.GOAL_KPI,
            "media_planner",
            f"goal {t.goal_index + 1}",
            f"the goal “{t.goal}” names {t.figure}, but no KPI row carries that figure.",
            limit=t.figure,
        )
        for t in goal_coverage(kpi, reading.targets)
    ]
    # every figure the brief's goals state, read from their words: one the parser missed is
    # still found here
    reported = {f.field for f in out}
    out += [
        _finding(
            FindingKind.GOAL_KPI,
            "media_planner",
            f"goal {m.goal_index + 1}",
            f"the goal “{m.goal}” states {m.figure}, but no KPI row carries that figure.",
            limit=m.figure,
        )
        for m in figure_coverage(kpi, brief.goals, brief.budget.currency)
        if f"goal {m.goal_index + 1}" not in reported
    ]
    out += [
        _finding(
            FindingKind.GOAL_KPI,
            "media_planner",
            f"{b.where} estimate",
            f"estimates {b.estimate:,} but the brief states a supply of {b.supply.figure}.",
            actual=b.estimate,
            limit=b.supply.figure,
        )
        for b in supply_breaches(media, reading)
    ]
    return out


def schedule_findings(
    brief: CampaignBrief, plan: Plan | None, media: MediaPlan | None, folder: Path
) -> list[Finding]:
    """Plan phases, media flights and the calendar disagreeing, or a week with nothing."""
    calendar_file = folder / "content_calendar.csv"
    if plan is None or media is None or not calendar_file.exists():
        return []
    calendar = read_calendar_csv(calendar_file.read_text(encoding="utf-8"))
    problems = schedule_problems(plan.phases, media, calendar, brief.timeline)
    return [
        _finding(
            FindingKind.SCHEDULE,
            p.node,
            p.subject if p.week is None else f"{p.subject}, week {p.week}",
            p.detail + ".",
            actual=p.actual or None,
            limit=p.expected or None,
        )
        for p in problems
    ]


__all__ = ["goal_findings", "schedule_findings"]
