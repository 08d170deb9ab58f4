"""Planning computed from the brief, never provider-written: the media plan, the KPI plan and
the content calendar, on the one phase model of `core/phases.py`.

    benchmarks.py  published rates, mix weights and constants every estimate traces back to
    media.py       the budget split (exact, in the currency's minor units), flights, delivery
    kpi_model.py   the KPI plan's records and its verdict rule
    goal_rows.py   one KPI row per goal figure, with the arithmetic in words
    kpi.py         the KPI plan: goal rows, then the channel figures
    calendar.py    the week-by-week calendar; no week of the timeline is empty
    schedule.py    aligning a provider's plan to the phase model; schedule checks
    checks.py      goal checks for the review (coverage, figures in files, supply)
"""

from .calendar import CalendarEntry, EntryKind, build_calendar
from .checks import (
    MissingFigure,
    SupplyBreach,
    figure_coverage,
    goal_coverage,
    missing_figures,
    supply_breaches,
)
from .kpi import (
    Feasibility,
    GoalKpi,
    KpiPlan,
    KpiTarget,
    build_kpi_plan,
    channel_figures,
    judge,
)
from .media import (
    MediaLine,
    MediaPlan,
    MediaTotals,
    allocate,
    build_media_plan,
    flight,
    goal_reading,
    supply_cap,
)
from .schedule import (
    ScheduleIssue,
    ScheduleProblem,
    align_plan_phases,
    parse_weeks,
    schedule_problems,
)

__all__ = [
    "CalendarEntry",
    "EntryKind",
    "Feasibility",
    "GoalKpi",
    "KpiPlan",
    "KpiTarget",
    "MediaLine",
    "MediaPlan",
    "MediaTotals",
    "MissingFigure",
    "ScheduleIssue",
    "ScheduleProblem",
    "SupplyBreach",
    "align_plan_phases",
    "allocate",
    "build_calendar",
    "build_kpi_plan",
    "build_media_plan",
    "channel_figures",
    "figure_coverage",
    "flight",
    "goal_coverage",
    "goal_reading",
    "judge",
    "missing_figures",
    "parse_weeks",
    "schedule_problems",
    "supply_breaches",
    "supply_cap",
]
