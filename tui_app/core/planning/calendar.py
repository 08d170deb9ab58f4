"""The content calendar: week by week, on the same phases as the plan and the media flights.

Everything goes live in week 1, the launch week of `core/phases.py`; each later phase opens
with an entry, every flight starts (and, when it stops early, ends) in the calendar, emails
and posts keep the weeks their writer chose (clamped to the timeline), goal deadlines are
marked, and every week that would otherwise be empty gets a real working entry: a check-in
comparing the running channels' costs with the plan, a monthly report, or (once no media
runs) a results review. A 13-week or 52-week campaign has no empty week.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, Field

from ..content import Copy, SocialCampaign
from ..formatting import format_money, format_percent
from ..goals import conversion_for
from ..models import CampaignBrief
from ..phases import Phase, campaign_phases, phase_of
from .benchmarks import EMAIL_CLICK_RATE, EMAIL_OPEN_RATE
from .media import MediaLine, MediaPlan, build_media_plan, goal_reading


class EntryKind(StrEnum):
    LAUNCH = "launch"
    PHASE = "phase"
    FLIGHT_START = "flight start"
    FLIGHT_END = "flight end"
    EMAIL = "email"
    POST = "post"
    DEADLINE = "deadline"
    CHECK_IN = "check-in"
    REPORT = "report"
    REVIEW = "review"
    WRAP_UP = "wrap-up"


class CalendarEntry(BaseModel):
    week: int
    date_offset_days: int = Field(description="Days after the campaign start (week 1, day 0).")
    channel: str
    item: str
    detail: str = ""
    phase: str = Field("", description="Key of the phase the week falls in (launch, sustain…).")
    kind: EntryKind | None = None


# Publishing day within the week per channel, so one week's items do not pile onto one day.
_DAY = {
    "campaign": 0,
    "website": 0,
    "search_ads": 0,
    "display_ads": 0,
    "email": 1,
    "linkedin": 1,
    "instagram": 2,
    "x": 2,
    "tiktok": 3,
    "facebook": 4,
}
CHECK_IN_DAY = 3  # mid-week: a few days of the week's data, time to act before the weekend


def _clamp_week(week: int, weeks: int) -> int:
    return min(max(1, week), weeks)


def _snippet(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:-") + "…"


def _cost(line: MediaLine, currency: str) -> str:
    """The figure a channel is steered by, with its plan value: "Search ads CPC (plan 4.66 USD)"."""
    if line.channel == "email":
        return (
            f"Email open rate (benchmark {format_percent(EMAIL_OPEN_RATE)}) and click rate "
            f"({format_percent(EMAIL_CLICK_RATE)})"
        )
    if line.pricing == "CPC" and line.cpc is not None:
        return f"{line.label} CPC (plan {format_money(line.cpc, currency)})"
    if line.cpm is not None:
        return f"{line.label} CPM (plan {format_money(line.cpm, currency)})"
    return line.label


def _running(plan: MediaPlan, week: int) -> list[MediaLine]:
    """Paid lines buying media in a week, biggest budget first."""
    lines = [
        line
        for line in plan.lines
        if line.pricing != "fixed" and line.channel != "email"
        if line.start_week <= week <= line.end_week
    ]
    return sorted(lines, key=lambda line: -line.budget)


def _filler(week: int, phase: Phase, plan: MediaPlan, singular: str) -> CalendarEntry:
    """A working entry for a week nothing else happens in."""
    running = _running(plan, week)
    offset = (week - 1) * 7 + CHECK_IN_DAY
    label = plan.conversion_label
    if running and week % 4 == 0:
        return CalendarEntry(
            week=week,
            date_offset_days=offset,
            channel="campaign",
            item=f"Week {week} monthly report",
            detail=f"Report weeks {week - 3}-{week} against the KPI plan: reach, clicks, "
            f"{label} and cost per {singular} by channel.",
            kind=EntryKind.REPORT,
        )
    if running:
        costs = ", ".join(_cost(line, plan.currency) for line in running[:3])
        action = (
            "put the close's budget behind the channels converting best"
            if phase.key == "close"
            else f"move budget toward the lowest cost per {singular}"
        )
        return CalendarEntry(
            week=week,
            date_offset_days=offset,
            channel=running[0].channel if len(running) == 1 else "campaign",
            item=f"Week {week} check-in",
            detail=f"Compare {costs} with actuals; {action}.",
            kind=EntryKind.CHECK_IN,
        )
    email = any(line.channel == "email" for line in plan.lines)
    warm = (
        "keep the audience warm with email and organic posts"
        if email
        else ("keep the audience warm with organic posts")
    )
    return CalendarEntry(
        week=week,
        date_offset_days=offset,
        channel="campaign",
        item=f"Week {week} results review",
        detail=f"{label[:1].upper() + label[1:]} to date against the KPI plan; {warm}.",
        kind=EntryKind.REVIEW,
    )


def build_calendar(
    brief: CampaignBrief,
    copy: Copy | None = None,
    social: SocialCampaign | None = None,
    plan: MediaPlan | None = None,
    phases: list[Phase] | None = None,
) -> list[CalendarEntry]:
    """Week-by-week calendar on the campaign's phases: launch, phase starts, flights, emails,
    posts, goal deadlines and a working entry in every week that has nothing else."""
    weeks = max(1, brief.timeline)
    phases = phases or campaign_phases(weeks)
    plan = plan or build_media_plan(brief, phases)
    singular = conversion_for(brief.goals).singular
    entries = [
        CalendarEntry(
            week=1,
            date_offset_days=0,
            channel="campaign",
            item="Launch",
            detail=f"{brief.campaign_name} goes live: landing page, tracking and first flights.",
            kind=EntryKind.LAUNCH,
        )
    ]
    for phase in phases[1:]:
        entries.append(
            CalendarEntry(
                week=phase.start_week,
                date_offset_days=(phase.start_week - 1) * 7,
                channel="campaign",
                item=f"{phase.name} phase starts (weeks {phase.weeks})",
                detail=phase.purpose,
                kind=EntryKind.PHASE,
            )
        )
    entries.append(
        CalendarEntry(
            week=weeks,
            date_offset_days=(weeks - 1) * 7 + 6,
            channel="campaign",
            item="Wrap-up report",
            detail="Results against the KPI plan, learnings and next steps for the client.",
            kind=EntryKind.WRAP_UP,
        )
    )
    entries += _flights(plan, weeks)
    for index, email in enumerate(getattr(copy, "emails", None) or [], 1):
        week = _clamp_week(email.send_week, weeks)
        entries.append(
            CalendarEntry(
                week=week,
                date_offset_days=(week - 1) * 7 + _DAY["email"],
                channel="email",
                item=f"Email {index}: {email.subject}",
                detail=_snippet(email.preheader),
                kind=EntryKind.EMAIL,
            )
        )
    for post in getattr(social, "posts", None) or []:
        week = _clamp_week(post.week, weeks)
        entries.append(
            CalendarEntry(
                week=week,
                date_offset_days=(week - 1) * 7 + _DAY.get(post.platform, 2),
                channel=post.platform,
                item=f"{post.format} post",
                detail=_snippet(post.text),
                kind=EntryKind.POST,
            )
        )
    for goal in goal_reading(brief).goals:
        if goal.deadline_week and goal.deadline_week <= weeks:
            week = goal.deadline_week
            entries.append(
                CalendarEntry(
                    week=week,
                    date_offset_days=(week - 1) * 7 + 6,
                    channel="campaign",
                    item=f"Goal deadline: {_snippet(goal.text, 60)}",
                    detail=f"Check the goal against the KPI plan ({goal.deadline}).",
                    kind=EntryKind.DEADLINE,
                )
            )
    busy = {e.week for e in entries}
    entries += [
        _filler(week, phase_of(week, phases), plan, singular)
        for week in range(1, weeks + 1)
        if week not in busy
    ]
    for entry in entries:
        entry.phase = phase_of(entry.week, phases).key
    entries.sort(key=lambda e: (e.week, e.channel, e.date_offset_days, e.item))
    return entries


def _flights(plan: MediaPlan, weeks: int) -> list[CalendarEntry]:
    out = []
    for line in plan.lines:
        money = format_money(line.budget, plan.currency)
        if line.channel == "website":
            out.append(
                CalendarEntry(
                    week=line.start_week,
                    date_offset_days=(line.start_week - 1) * 7,
                    channel="website",
                    item="Landing page live",
                    detail=f"{money} for landing-page production and conversion-rate work.",
                    kind=EntryKind.FLIGHT_START,
                )
            )
            continue
        out.append(
            CalendarEntry(
                week=line.start_week,
                date_offset_days=(line.start_week - 1) * 7,
                channel=line.channel,
                item=f"{line.label}: flight starts",
                detail=f"{money} through week {line.end_week} ({line.pricing}).",
                kind=EntryKind.FLIGHT_START,
            )
        )
        if line.end_week < weeks:  # flights that run to the end close with the wrap-up
            out.append(
                CalendarEntry(
                    week=line.end_week,
                    date_offset_days=(line.end_week - 1) * 7 + 6,
                    channel=line.channel,
                    item=f"{line.label}: flight ends",
                    detail=f"Report {line.label} results against the plan.",
                    kind=EntryKind.FLIGHT_END,
                )
            )
    return out


__all__ = ["CalendarEntry", "EntryKind", "build_calendar"]
