"""Plan, media flights and calendar on one phase model, for every timeline from 1 to 104 weeks."""

from __future__ import annotations

import pytest

from tui_app.core.content import Copy, Email, Plan, PlanPhase, SocialCampaign, SocialPost
from tui_app.core.exports import read_calendar_csv
from tui_app.core.goals import goal_kinds
from tui_app.core.models import Channel
from tui_app.core.phases import campaign_phases, phase_of
from tui_app.core.planning import (
    CalendarEntry,
    EntryKind,
    MediaPlan,
    ScheduleIssue,
    align_plan_phases,
    build_calendar,
    build_media_plan,
    parse_weeks,
    schedule_problems,
)
from tui_app.core.planning.benchmarks import REACH_CHANNELS
from tui_app.core.providers.base import ContentRequest, Generation
from tui_app.core.workflow import documents

from .conftest import make_brief
from .field_briefs import field_briefs
from .support import WrappingProvider
from .test_workflow import run

CHANNEL_SETS = {
    "all": [c.value for c in Channel],
    "search only": ["search_ads"],
    "website only": ["website"],
    "email and website": ["email", "website"],
    "reach": ["tiktok", "x", "display_ads", "website"],
    "b2b": ["linkedin", "search_ads", "email", "website"],
}
GOALS = {
    "all": ["Build brand awareness", "Drive online sales"],
    "search only": ["Generate 150 qualified leads"],
    "website only": ["Raise $5,000 for the shelter"],
    "email and website": ["Reduce churn from 18% to 10%"],
    "reach": ["Get 2k wishlists on Steam within 3 weeks"],
    "b2b": ["Book 40 demos by week 6", "Position us as the leader"],
}


def content(weeks: int) -> tuple[Copy, SocialCampaign]:
    """Emails and posts in weeks the writer chose, some outside the timeline."""
    emails = [
        Email(subject=f"Email {w}", preheader="A preheader", body="Body", send_week=w)
        for w in (1, 3, 9, 200)
    ]
    posts = [
        SocialPost(platform="instagram", format="Reel", text=f"Post {w}", hashtags=[], week=w)
        for w in (0, 2, 5, 60)
    ]
    copy = Copy(headlines=["H"], body_copy="B", elevator_pitch="P", emails=emails)
    return copy, SocialCampaign(campaign_hashtag="#x", cadence="weekly", posts=posts)


@pytest.mark.parametrize("channels", list(CHANNEL_SETS))
def test_every_timeline_agrees_and_has_no_empty_week(channels):
    for weeks in range(1, 105):
        brief = make_brief(
            timeline=f"{weeks} weeks", channels=CHANNEL_SETS[channels], goals=GOALS[channels]
        )
        phases = campaign_phases(weeks)
        plan = build_media_plan(brief, phases)
        copy, social = content(weeks)
        calendar = build_calendar(brief, copy=copy, social=social, plan=plan, phases=phases)
        assert schedule_problems(phases, plan, calendar, weeks) == [], weeks
        assert {e.week for e in calendar} == set(range(1, weeks + 1)), weeks
        launch = [e for e in calendar if e.kind is EntryKind.LAUNCH]
        assert [e.week for e in launch] == [phases[0].start_week] == [1]
        for entry in calendar:
            assert entry.phase == phase_of(entry.week, phases).key
            assert 0 <= entry.date_offset_days < weeks * 7
        reach_led = goal_kinds(brief.goals)[0].family in ("awareness", "engagement")
        _flights_follow_the_phases(plan, phases, reach_led)
        # emails and posts keep their writer's weeks, clamped to the timeline
        sent = sorted(e.week for e in calendar if e.kind is EntryKind.EMAIL)
        assert sent == sorted(min(max(1, w), weeks) for w in (1, 3, 9, 200))
        posted = sorted(e.week for e in calendar if e.kind is EntryKind.POST)
        assert posted == sorted(min(max(1, w), weeks) for w in (0, 2, 5, 60))


def _flights_follow_the_phases(plan, phases, reach_led: bool) -> None:
    weeks = phases[-1].end_week
    by_key = {p.key: p for p in phases}
    close_end = by_key["close"].end_week if "close" in by_key else weeks
    reach_end = by_key["sustain"].end_week if "sustain" in by_key else phases[0].end_week
    media = [line for line in plan.lines if line.channel != "website"]
    for line in plan.lines:
        channel = Channel(line.channel)
        if channel in (Channel.WEBSITE, Channel.EMAIL):
            assert (line.start_week, line.end_week) == (1, weeks)
        elif len(media) == 1:
            assert (line.start_week, line.end_week) == (1, close_end)
        elif channel in REACH_CHANNELS or (channel is Channel.INSTAGRAM and reach_led):
            assert (line.start_week, line.end_week) == (1, reach_end)
        else:
            assert line.end_week == close_end
        # the review phase buys no media
        if "review" in by_key and channel not in (Channel.WEBSITE, Channel.EMAIL):
            assert line.end_week < by_key["review"].start_week


def test_checkpoints_are_working_entries():
    brief = make_brief(timeline="13 weeks", channels=["search_ads", "instagram", "website"])
    calendar = build_calendar(brief)
    checks = [e for e in calendar if e.kind in (EntryKind.CHECK_IN, EntryKind.REPORT)]
    assert checks
    for entry in checks:
        if entry.kind is EntryKind.CHECK_IN:
            assert "CPC (plan" in entry.detail or "CPM (plan" in entry.detail
            assert "move budget" in entry.detail or "close's budget" in entry.detail
    reviews = [e for e in calendar if e.kind is EntryKind.REVIEW]
    review_phase = next(p for p in campaign_phases(13) if p.key == "review")
    assert all(review_phase.covers(e.week) for e in reviews)  # only once no media runs


def test_a_goal_deadline_is_on_the_calendar():
    brief = make_brief(timeline="10 weeks", goals=["Generate 150 SQLs within 6 weeks"])
    deadline = [e for e in build_calendar(brief) if e.kind is EntryKind.DEADLINE]
    assert [e.week for e in deadline] == [6]


# -- the plan's phases ---------------------------------------------------------------------


def provider_plan(phases: list[tuple[str, str, str]]) -> Plan:
    return Plan(
        summary="S",
        phases=[PlanPhase(name=n, weeks=w, focus=f) for n, w, f in phases],
        deliverables=["D"],
        success_criteria=["C"],
    )


def test_the_plan_gets_the_models_phases_and_keeps_fitting_focus():
    written = provider_plan(
        [
            ("Tease", "1-3", "Seed the idea before the main push."),
            ("Launch", "4-6", "Go live everywhere with one message."),
            ("Sustain", "7-9", "Keep the best posts running."),
            ("Convert", "10-12", "Retarget and follow up."),
        ]
    )
    aligned = align_plan_phases(written, 12)
    model = campaign_phases(12)
    assert [(p.name, p.weeks) for p in aligned.phases] == [(p.name, p.weeks) for p in model]
    focus = {p.name: p.focus for p in aligned.phases}
    assert focus["Launch"] == "Go live everywhere with one message."
    assert focus["Sustain"] == "Keep the best posts running."
    assert "Seed the idea" not in " ".join(focus.values())  # a pre-launch focus never fits
    assert align_plan_phases(aligned, 12) == aligned
    assert aligned.summary == written.summary
    text = documents.render_plan(aligned, make_brief(timeline="12 weeks"))
    for phase in model:
        assert f"| {phase.name} | {phase.weeks} |" in text


@pytest.mark.parametrize("weeks", [1, 2, 3, 9, 10, 13, 52, 104])
def test_any_provider_plan_is_aligned(weeks):
    for written in (
        provider_plan([]),
        provider_plan([("Phase A", "weeks 1-200", "")]),
        provider_plan([(f"P{i}", str(i), f"Focus {i}") for i in range(1, 8)]),
    ):
        aligned = align_plan_phases(written, weeks)
        calendar = build_calendar(make_brief(timeline=f"{weeks} weeks"))
        assert schedule_problems(aligned.phases, None, calendar, weeks) == []
        assert all(p.focus for p in aligned.phases)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("1-2", (1, 2)),
        ("Weeks 3–5", (3, 5)),
        ("week 4", (4, 4)),
        ("5 to 8", (5, 8)),
        ("9-7", (7, 9)),
        ("ongoing", None),
    ],
)
def test_parse_weeks(text, span):
    assert parse_weeks(text) == span


# -- planted problems ----------------------------------------------------------------------


def test_planted_schedule_problems_are_found_and_blamed():
    weeks = 12
    brief = make_brief(timeline="12 weeks", channels=["search_ads", "tiktok", "email", "website"])
    phases = campaign_phases(weeks)
    plan = build_media_plan(brief, phases)
    calendar = build_calendar(brief, plan=plan, phases=phases)
    assert schedule_problems(phases, plan, calendar, weeks) == []

    late = provider_plan([("Tease", "1-3", ""), ("Launch", "4-6", ""), ("Sustain", "7-12", "")])
    problems = schedule_problems(late.phases, plan, calendar, weeks)
    issues = {(p.issue, p.node) for p in problems}
    assert (ScheduleIssue.PHASES, "project_manager") in issues
    assert (ScheduleIssue.LAUNCH_WEEK, "project_manager") in issues
    assert all(p.detail for p in problems)

    lines = [
        line.model_copy(update={"start_week": 2}) if line.channel == "tiktok" else line
        for line in plan.lines
    ]
    lines = [
        line.model_copy(update={"end_week": 14}) if line.channel == "search_ads" else line
        for line in lines
    ]
    moved = plan.model_copy(update={"lines": lines})
    found = {(p.issue, p.subject) for p in schedule_problems(phases, moved, calendar, weeks)}
    assert (ScheduleIssue.FLIGHT_OFF_PHASE, "tiktok") in found
    assert (ScheduleIssue.FLIGHT_NOT_IN_CALENDAR, "tiktok") in found
    assert (ScheduleIssue.FLIGHT_OUTSIDE, "search_ads") in found

    gap = [e for e in calendar if e.week != 5]
    gap.append(CalendarEntry(week=0, date_offset_days=0, channel="x", item="Early post"))
    found_gap = schedule_problems(phases, plan, gap, weeks)
    assert [p.week for p in found_gap if p.issue is ScheduleIssue.EMPTY_WEEK] == [5]
    assert any(p.issue is ScheduleIssue.ENTRY_OUTSIDE and p.week == 0 for p in found_gap)
    assert all(p.node == "media_planner" for p in found_gap)

    late_live = [
        e.model_copy(update={"week": 2}) if e.kind is EntryKind.LAUNCH else e for e in calendar
    ]
    launch = [
        p
        for p in schedule_problems(phases, plan, late_live, weeks)
        if p.issue is ScheduleIssue.LAUNCH_WEEK
    ]
    assert launch and launch[0].node == "media_planner"


# -- end to end ----------------------------------------------------------------------------


class LatePhasesProvider(WrappingProvider):
    """Offline content, but the plan launches in week 4, like an LLM might write it."""

    def generate(self, request: ContentRequest) -> Generation:
        result = super().generate(request)
        if request.section != "project_manager":
            return result
        plan = result.content
        assert isinstance(plan, Plan)
        wrong = [
            PlanPhase(name="Tease", weeks="1-3", focus="Warm up the audience."),
            PlanPhase(name="Launch", weeks="4-6", focus="Go live on every channel at once."),
            PlanPhase(name="Sustain", weeks="7-13", focus="Keep the best work running."),
        ]
        return Generation(content=plan.model_copy(update={"phases": wrong}), usage=result.usage)


@pytest.mark.parametrize("name", ["luxury_watch", "recycling_council", "dental_clinic"])
def test_plan_md_and_the_calendar_agree_end_to_end(tmp_path, name):
    brief = field_briefs()[name]
    _, folder, _ = run(tmp_path, brief, provider=LatePhasesProvider())
    weeks = brief.timeline
    model = campaign_phases(weeks)
    plan_md = (folder / "plan.md").read_text()
    table = plan_md.split("## Phases")[1].split("##")[0]
    rows = [
        r.split("|")[1:3] for r in table.splitlines() if r.startswith("| ") and "Phase" not in r
    ]
    assert [(n.strip(), w.strip()) for n, w in rows] == [(p.name, p.weeks) for p in model]
    assert "Go live on every channel at once." in table  # the provider's focus, kept
    calendar = read_calendar_csv((folder / "content_calendar.csv").read_text())
    stored = Plan.model_validate_json((folder / "data" / "project_manager.json").read_text())
    media = MediaPlan.model_validate_json((folder / "data" / "media_planner.json").read_text())
    assert schedule_problems(stored.phases, media, calendar, weeks) == []
    assert min(e.week for e in calendar if e.kind is EntryKind.LAUNCH) == model[0].start_week == 1
