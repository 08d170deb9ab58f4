"""Old import path of the planning code, kept while callers move to the new modules.

The media plan, KPI plan and calendar live in `core/planning/`, the CSV writers in
`core/exports/`, the goal classifier in `core/goals/`. The offline writer and the review still
import from here; delete this module once they import from those packages.
"""

from __future__ import annotations

from collections.abc import Iterable

from .exports import CALENDAR_COLUMNS, MEDIA_PLAN_COLUMNS, calendar_csv, media_plan_csv
from .goals import conversion_for, goal_families
from .planning import (
    CalendarEntry,
    KpiPlan,
    KpiTarget,
    MediaLine,
    MediaPlan,
    MediaTotals,
    allocate,
    build_calendar,
    build_kpi_plan,
    build_media_plan,
)

# The old event ids the offline writer's tables are keyed by; newer events map to the nearest.
_LEGACY_EVENTS = {
    "donation": "visit",
    "pledge": "signup",
    "quote": "lead",
    "meeting": "lead",
    "registration": "signup",
    "volunteer": "signup",
    "waitlist": "signup",
    "newsletter": "signup",
    "account": "signup",
    "application": "signup",
    "ticket": "booking",
    "test_drive": "booking",
    "appointment": "booking",
    "reservation": "booking",
    "wishlist": "visit",
    "download": "install",
    "follower": "signup",
    "subscriber": "signup",
    "member": "signup",
}


def goal_kinds(goals: Iterable[str]) -> list[str]:
    """The goals' families (awareness, leads, sales, engagement, traffic), in goal order."""
    return goal_families(list(goals))


def conversion_event(goals: Iterable[str]) -> tuple[str, str]:
    """(event id, plural label) of what the campaign counts as a conversion."""
    conversion = conversion_for(list(goals))
    return _LEGACY_EVENTS.get(conversion.event, conversion.event), conversion.label


__all__ = [
    "CALENDAR_COLUMNS",
    "MEDIA_PLAN_COLUMNS",
    "CalendarEntry",
    "KpiPlan",
    "KpiTarget",
    "MediaLine",
    "MediaPlan",
    "MediaTotals",
    "allocate",
    "build_calendar",
    "build_kpi_plan",
    "build_media_plan",
    "calendar_csv",
    "conversion_event",
    "goal_kinds",
    "media_plan_csv",
]
