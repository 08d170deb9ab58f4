"""Plan, media flights and calendar on one schedule: aligning the plan, checking the three.

`align_plan_phases` gives a provider's plan the phase model's names and weeks (an LLM may
write "Tease, weeks 1-3"; the kit launches in week 1), keeping the provider's focus text
where a phase of the same name or the same weeks exists. `schedule_problems` returns typed
problems for the review: plan phases off the model, plan and calendar launch weeks apart,
flights outside the timeline or off phase boundaries, flights missing from the calendar,
entries outside the timeline, weeks without an entry.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from ..content import Plan, PlanPhase
from ..phases import Phase, campaign_phases
from .calendar import CalendarEntry, EntryKind
from .media import MediaPlan

_WEEKS = re.compile(r"(\d+)\s*(?:[-–—]|to|through|until)\s*(\d+)|(\d+)", re.I)
# phase names that mean "before going live": their focus never fits a phase of a kit that
# launches in week 1
_PRE_LAUNCH = re.compile(r"tease|teaser|pre-?launch|warm[- ]?up|prime|anticipation|seed", re.I)


def parse_weeks(text: str) -> tuple[int, int] | None:
    """ "1-2", "Weeks 3–5", "week 4", "5 to 8" → (start, end); None if no week is named."""
    match = _WEEKS.search(text or "")
    if not match:
        return None
    if match.group(3):
        week = int(match.group(3))
        return week, week
    start, end = int(match.group(1)), int(match.group(2))
    return (start, end) if start <= end else (end, start)


def align_plan_phases(plan: Plan, weeks: int) -> Plan:
    """The plan with exactly the phase model's phases (names and weeks from the model), each
    keeping the provider's focus for a phase of the same name, else for one covering most of
    the same weeks, else the model's purpose."""
    model = campaign_phases(weeks)
    given = [p for p in plan.phases if not _PRE_LAUNCH.search(p.name)]
    used: set[int] = set()
    phases: list[PlanPhase] = []
    for phase in model:
        pick = next(
            (
                i
                for i, p in enumerate(given)
                if i not in used and p.name.strip().casefold() == phase.name.casefold()
            ),
            None,
        )
        if pick is None:
            best = 0
            for i, p in enumerate(given):
                span = parse_weeks(p.weeks)
                if i in used or span is None:
                    continue
                overlap = min(span[1], phase.end_week) - max(span[0], phase.start_week) + 1
                if overlap * 2 >= phase.length and overlap > best:
                    pick, best = i, overlap
        focus = phase.purpose
        if pick is not None and given[pick].focus.strip():
            used.add(pick)
            focus = given[pick].focus.strip()
        phases.append(PlanPhase(name=phase.name, weeks=phase.weeks, focus=focus))
    return plan.model_copy(update={"phases": phases})


# -- checks -----------------------------------------------------------------------------------


class ScheduleIssue(StrEnum):
    PHASES = "plan phases differ from the phase model"
    LAUNCH_WEEK = "plan and calendar launch weeks differ"
    TIMELINE = "media plan covers a different number of weeks"
    FLIGHT_OUTSIDE = "flight outside the timeline"
    FLIGHT_OFF_PHASE = "flight not on phase boundaries"
    FLIGHT_NOT_IN_CALENDAR = "flight start missing from the calendar"
    ENTRY_OUTSIDE = "calendar entry outside the timeline"
    EMPTY_WEEK = "week without a calendar entry"


@dataclass(frozen=True, slots=True)
class ScheduleProblem:
    """One disagreement between plan, media plan and calendar, blamed on the node that wrote it."""

    issue: ScheduleIssue
    node: str  # project_manager (plan phases) or media_planner (flights, calendar)
    subject: str  # a phase name, a channel id, "calendar"
    week: int | None = None
    actual: str = ""
    expected: str = ""

    @property
    def detail(self) -> str:
        """One line for a report or a prompt."""
        parts = [f"{self.issue.value}: {self.subject}"]
        if self.week is not None:
            parts.append(f"week {self.week}")
        if self.actual or self.expected:
            parts.append(f"is {self.actual or '–'}, expected {self.expected or '–'}")
        return ", ".join(parts)


def _spans(phases: Sequence[Phase | PlanPhase]) -> list[tuple[str, tuple[int, int] | None]]:
    out = []
    for p in phases:
        if isinstance(p, Phase):
            out.append((p.name, (p.start_week, p.end_week)))
        else:
            out.append((p.name, parse_weeks(p.weeks)))
    return out


def _span_text(name: str, span: tuple[int, int] | None) -> str:
    if span is None:
        return name or "missing"
    weeks = str(span[0]) if span[0] == span[1] else f"{span[0]}-{span[1]}"
    return f"{name} weeks {weeks}"


def _phase_problems(
    spans: list[tuple[str, tuple[int, int] | None]], model: list[Phase]
) -> list[ScheduleProblem]:
    """Plan phases that are not the model's, by position, plus any extra phase."""
    out = []
    for i, phase in enumerate(model):
        name, span = spans[i] if i < len(spans) else ("", None)
        expected = (phase.start_week, phase.end_week)
        if name.strip().casefold() != phase.name.casefold() or span != expected:
            actual = _span_text(name, span)
            out.append(
                ScheduleProblem(
                    ScheduleIssue.PHASES,
                    "project_manager",
                    phase.name,
                    phase.start_week,
                    actual,
                    _span_text(phase.name, expected),
                )
            )
    for name, span in spans[len(model) :]:
        out.append(
            ScheduleProblem(
                ScheduleIssue.PHASES,
                "project_manager",
                name,
                span[0] if span else None,
                _span_text(name, span),
                "no such phase",
            )
        )
    return out


def _go_live(calendar: Sequence[CalendarEntry]) -> int | None:
    """The week things go live in the calendar: its launch entry, else its first flight."""
    launch = [e.week for e in calendar if e.kind is EntryKind.LAUNCH or e.item == "Launch"]
    if launch:
        return min(launch)
    starts = [e.week for e in calendar if e.kind is EntryKind.FLIGHT_START]
    return min(starts) if starts else None


def schedule_problems(
    phases: Sequence[Phase | PlanPhase],
    media_plan: MediaPlan | None,
    calendar: Sequence[CalendarEntry],
    weeks: int,
) -> list[ScheduleProblem]:
    """Everything on which the plan's phases, the media flights and the calendar disagree with
    each other or with the phase model for `weeks`; [] when they agree."""
    weeks = max(1, weeks)
    model = campaign_phases(weeks)
    problems: list[ScheduleProblem] = []
    spans = _spans(phases)
    pm, mp = "project_manager", "media_planner"
    problems += _phase_problems(spans, model)
    plan_launch = next(
        (s[0] for n, s in spans if s and "launch" in n.casefold()),
        spans[0][1][0] if spans and spans[0][1] else None,
    )
    live = _go_live(calendar)
    if plan_launch is not None and live is not None and plan_launch != live:
        node = pm if live == 1 else mp
        problems.append(
            ScheduleProblem(
                ScheduleIssue.LAUNCH_WEEK,
                node,
                "launch",
                live,
                f"plan week {plan_launch}",
                f"calendar week {live}",
            )
        )
    if media_plan is not None:
        problems += _flight_problems(media_plan, calendar, weeks, model)
    for entry in calendar:
        if not 1 <= entry.week <= weeks:
            problems.append(
                ScheduleProblem(
                    ScheduleIssue.ENTRY_OUTSIDE,
                    mp,
                    entry.item,
                    entry.week,
                    str(entry.week),
                    f"1-{weeks}",
                )
            )
    busy = {e.week for e in calendar}
    problems += [
        ScheduleProblem(ScheduleIssue.EMPTY_WEEK, mp, "calendar", week)
        for week in range(1, weeks + 1)
        if week not in busy
    ]
    return problems


def _flight_problems(
    plan: MediaPlan, calendar: Sequence[CalendarEntry], weeks: int, model: list[Phase]
) -> list[ScheduleProblem]:
    mp = "media_planner"
    out: list[ScheduleProblem] = []
    if plan.weeks != weeks:
        out.append(
            ScheduleProblem(
                ScheduleIssue.TIMELINE, mp, "media plan", None, str(plan.weeks), str(weeks)
            )
        )
    starts = {p.start_week for p in model}
    ends = {p.end_week for p in model}
    for line in plan.lines:
        span = f"{line.start_week}-{line.end_week}"
        if not 1 <= line.start_week <= line.end_week <= weeks:
            out.append(
                ScheduleProblem(
                    ScheduleIssue.FLIGHT_OUTSIDE,
                    mp,
                    line.channel,
                    line.start_week,
                    span,
                    f"within 1-{weeks}",
                )
            )
            continue
        if line.start_week not in starts or line.end_week not in ends:
            bounds = f"starts {sorted(starts)}, ends {sorted(ends)}"
            out.append(
                ScheduleProblem(
                    ScheduleIssue.FLIGHT_OFF_PHASE, mp, line.channel, line.start_week, span, bounds
                )
            )
        if calendar and not any(
            e.week == line.start_week and e.channel == line.channel for e in calendar
        ):
            out.append(
                ScheduleProblem(
                    ScheduleIssue.FLIGHT_NOT_IN_CALENDAR,
                    mp,
                    line.channel,
                    line.start_week,
                    "no entry",
                    f"week {line.start_week}",
                )
            )
    return out


__all__ = [
    "ScheduleIssue",
    "ScheduleProblem",
    "align_plan_phases",
    "parse_weeks",
    "schedule_problems",
]
