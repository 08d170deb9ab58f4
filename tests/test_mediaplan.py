"""The media plan, KPI channel figures and content calendar: exact budgets in the currency's
minor units, sourced estimates, flights on phase boundaries, clean CSV."""

from __future__ import annotations

import csv
import io
import random
from decimal import Decimal
from fractions import Fraction

import pytest

from tui_app.core.exports import (
    CALENDAR_COLUMNS,
    MEDIA_PLAN_COLUMNS,
    calendar_csv,
    media_plan_csv,
    read_calendar_csv,
)
from tui_app.core.formatting import currency_decimals
from tui_app.core.models import Budget, CampaignBrief, Channel
from tui_app.core.phases import campaign_phases
from tui_app.core.planning import (
    MediaPlan,
    allocate,
    build_calendar,
    build_kpi_plan,
    build_media_plan,
)
from tui_app.core.providers.base import ContentRequest
from tui_app.core.providers.offline import OfflineProvider
from tui_app.core.workflow.team import TEAM
from tui_app.samples import samples

from .conftest import make_brief

SECTION_MODELS = TEAM.section_models  # node -> section model, from the registry

SAMPLES = samples()
ALL_CHANNELS = [c.value for c in Channel]


def assert_plan_is_sound(plan: MediaPlan, brief: CampaignBrief) -> None:
    assert plan.currency == brief.budget.currency
    assert plan.total_budget == brief.budget.amount
    assert sum((line.budget for line in plan.lines), Decimal(0)) == brief.budget.amount
    assert [line.channel for line in plan.lines] == [c.value for c in brief.channels]
    assert sum(line.share for line in plan.lines) == pytest.approx(1, abs=1e-4)
    for line in plan.lines:
        assert line.budget >= 0
        # the currency's minor units: no decimals for yen, three for dinars
        assert line.budget.as_tuple().exponent == -currency_decimals(brief.budget.currency)
        assert 1 <= line.start_week <= line.end_week <= brief.timeline
        phases = campaign_phases(brief.timeline)
        assert line.start_week in {p.start_week for p in phases}
        assert line.end_week in {p.end_week for p in phases}
        assert line.impressions >= 0 and line.clicks >= 0 and line.conversions >= 0
        if line.channel == "website":
            assert line.pricing == "fixed"
            assert (line.impressions, line.clicks, line.conversions) == (0, 0, 0)
        else:
            assert line.pricing in ("CPM", "CPC")
            assert line.source and any(ch.isdigit() for ch in line.source)
            assert line.ctr is not None and 0 < line.ctr < 1
            assert line.cvr is not None and 0 < line.cvr < 1
            assert line.rationale


@pytest.mark.parametrize("name", list(SAMPLES))
def test_sample_plans_sum_exactly_to_the_budget(name):
    brief = SAMPLES[name]
    plan = build_media_plan(brief)
    assert_plan_is_sound(plan, brief)
    assert plan.weeks == brief.timeline
    assert any("published" in a and "USD" in a for a in plan.assumptions)
    assert plan.sources and all(plan.sources)


@pytest.mark.parametrize(
    ("budget", "channels"),
    [
        ("999.99", ["email", "instagram", "search_ads", "website"]),
        ("1", ["email", "instagram", "tiktok", "linkedin", "x", "facebook", "website"]),
        ("0.01", ALL_CHANNELS),
        ("1234.57", ALL_CHANNELS),
        ("7 EUR", ["x", "facebook", "display_ads"]),
        ("1000000000", ALL_CHANNELS),
        ("333.33 JPY", ["search_ads", "display_ads", "tiktok"]),
        ("10.01", ["website"]),
        ("12.34 GBP", ["linkedin"]),
    ],
)
def test_hand_made_budgets_sum_exactly(budget, channels):
    brief = make_brief(budget=budget, channels=channels)
    plan = build_media_plan(brief)
    assert_plan_is_sound(plan, brief)


def test_budgets_are_whole_cents_and_the_plan_sums_to_them():
    brief = make_brief(budget={"amount": "100.006", "currency": "usd"}, channels=ALL_CHANNELS)
    assert (brief.budget.amount, brief.budget.currency) == (Decimal("100.01"), "USD")
    plan = build_media_plan(brief)
    assert sum((line.budget for line in plan.lines), Decimal(0)) == Decimal("100.01")


def test_allocate_is_exact_for_many_random_splits():
    rng = random.Random(7)
    for _ in range(300):
        total = Decimal(rng.randint(1, 10**9)) / 100
        weights = [Fraction(rng.randint(0, 50)) for _ in range(rng.randint(1, 9))]
        parts = allocate(total, weights)
        assert sum(parts, Decimal(0)) == total
        assert all(p >= 0 for p in parts)
        # each part is within one cent of its exact share
        weight_sum = sum(weights) or len(weights)
        for part, weight in zip(parts, weights, strict=True):
            exact = Fraction(str(total)) * (weight if sum(weights) else 1) / weight_sum
            assert abs(Fraction(str(part)) - exact) < Fraction(1, 100)


def test_website_gets_a_fixed_share_and_no_estimates():
    plan = build_media_plan(make_brief(budget="10000", channels=["search_ads", "website"]))
    website = next(line for line in plan.lines if line.channel == "website")
    assert website.budget == Decimal("1000.00")
    assert website.cpm is None and website.ctr is None
    only = build_media_plan(make_brief(budget="500", channels=["website"]))
    assert only.lines[0].budget == Decimal("500.00") and only.lines[0].share == 1


def test_goals_change_the_mix():
    channels = ["email", "instagram", "tiktok", "linkedin", "search_ads", "display_ads"]
    awareness = build_media_plan(make_brief(goals=["Build brand awareness"], channels=channels))
    leads = build_media_plan(
        make_brief(goals=["Generate qualified leads for demos"], channels=channels)
    )
    share = {
        name: {line.channel: line.share for line in plan.lines}
        for name, plan in (("awareness", awareness), ("leads", leads))
    }
    assert share["awareness"] != share["leads"]
    assert share["awareness"]["display_ads"] > share["leads"]["display_ads"]
    assert share["awareness"]["tiktok"] > share["leads"]["tiktok"]
    assert share["leads"]["linkedin"] > share["awareness"]["linkedin"]
    assert share["leads"]["search_ads"] > share["awareness"]["search_ads"]
    top_awareness = max(awareness.lines, key=lambda line: line.share).channel
    top_leads = max(leads.lines, key=lambda line: line.share).channel
    assert top_awareness in ("display_ads", "tiktok", "instagram")
    assert top_leads in ("linkedin", "search_ads")


def test_charity_goals_lean_on_email_and_social():
    channels = ["email", "facebook", "linkedin", "display_ads", "search_ads"]
    charity = build_media_plan(
        make_brief(goals=["Raise $5,000 for the shelter"], channels=channels)
    )
    b2b = build_media_plan(make_brief(goals=["Generate 150 SQLs"], channels=channels))
    share: dict[str, dict[str, float]] = {}
    share["c"] = {line.channel: line.share for line in charity.lines}
    share["b"] = {line.channel: line.share for line in b2b.lines}
    assert share["c"]["email"] > share["b"]["email"]
    assert share["c"]["facebook"] > share["b"]["facebook"]
    assert share["b"]["linkedin"] > share["c"]["linkedin"]


def test_flights_are_staggered():
    brief = make_brief(
        goals=["Build brand awareness", "Drive online sales"],
        timeline="9 weeks",
        channels=["search_ads", "display_ads", "tiktok", "facebook", "email", "website"],
    )
    lines = {line.channel: line for line in build_media_plan(brief).lines}
    assert (lines["search_ads"].start_week, lines["search_ads"].end_week) == (1, 9)
    assert lines["display_ads"].start_week == 1 and lines["display_ads"].end_week < 9
    assert lines["tiktok"].end_week < 9
    assert lines["facebook"].start_week > 1 and lines["facebook"].end_week == 9


def test_estimates_follow_the_benchmarks():
    brief = make_brief(budget="4660", channels=["search_ads"])
    line = build_media_plan(brief).lines[0]
    # 4,660 USD at a 4.66 USD CPC is 1,000 clicks; 6.42% CTR and 6.96% CVR
    assert line.clicks == 1000
    assert line.impressions == round(1000 / 0.0642)
    assert line.conversions == 70
    assert "WordStream" in line.source and "2024" in line.source


def test_other_currencies_are_converted_and_said_so():
    usd = build_media_plan(make_brief(budget="1000 USD", channels=["instagram"])).lines[0]
    gbp_plan = build_media_plan(make_brief(budget="1000 GBP", channels=["instagram"]))
    gbp = gbp_plan.lines[0]
    assert gbp.cpm < usd.cpm  # the same USD rate is fewer pounds
    assert gbp.impressions > usd.impressions  # a pound buys more
    assert any("1 GBP =" in a and "reference rate" in a for a in gbp_plan.assumptions)


def test_plan_round_trips_through_json_and_is_deterministic():
    brief = SAMPLES["vinyl_revival"]
    plan = build_media_plan(brief)
    assert MediaPlan.model_validate_json(plan.model_dump_json()) == plan
    assert build_media_plan(brief).model_dump_json() == plan.model_dump_json()


# -- KPI plan --------------------------------------------------------------------------


@pytest.mark.parametrize("name", list(SAMPLES))
def test_kpi_targets_derive_from_the_totals(name):
    brief = SAMPLES[name]
    plan = build_media_plan(brief)
    kpis = build_kpi_plan(plan, brief)
    targets = {t.name: t for t in kpis.targets}
    assert all(t.basis for t in kpis.targets)
    assert targets["Impressions"].target == f"{plan.totals.impressions:,}"
    conversions = next(t for n, t in targets.items() if n.startswith("Conversions"))
    assert conversions.target == f"{plan.totals.conversions:,}"
    spend = sum((line.budget for line in plan.lines if line.pricing != "fixed"), Decimal(0))
    per = (spend / plan.totals.conversions).quantize(Decimal("0.01"))
    assert f"{per:,.2f}" in targets["Cost per conversion"].target
    assert plan.currency in targets["Cost per conversion"].target
    paid = [line for line in plan.lines if line.pricing != "fixed" and line.channel != "email"]
    clicks = sum(line.clicks for line in paid)
    assert targets["Ad clicks"].target == f"{clicks:,}"
    assert targets["Blended CTR"].target == f"{clicks / plan.totals.impressions:.2%}"
    assert ("Email opens" in targets) == (Channel.EMAIL in brief.channels)
    assert not any("ROAS" in n for n in targets)
    assert any("ROAS" in note for note in kpis.notes)


def test_kpis_name_the_goal_conversion():
    brief = SAMPLES["ledgerly_b2b"]
    kpis = build_kpi_plan(build_media_plan(brief), brief)
    assert any(t.name == "Conversions (demo requests)" for t in kpis.targets)


def test_website_only_plan_has_no_media_targets():
    brief = make_brief(channels=["website"])
    kpis = build_kpi_plan(build_media_plan(brief), brief)
    assert not any(t.name == "Impressions" for t in kpis.targets)
    assert any("no paid media" in note for note in kpis.notes)


# -- CSV -------------------------------------------------------------------------------


@pytest.mark.parametrize("name", list(SAMPLES))
def test_media_plan_csv_parses_back_and_sums(name):
    brief = SAMPLES[name]
    plan = build_media_plan(brief)
    text = media_plan_csv(plan)
    assert "\r" not in text and text.endswith("\n")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert tuple(rows[0].keys()) == MEDIA_PLAN_COLUMNS
    assert [r["channel"] for r in rows] == [line.channel for line in plan.lines]
    assert not any(r["channel"].upper() == "TOTAL" for r in rows)
    assert sum((Decimal(r["budget"]) for r in rows), Decimal(0)) == brief.budget.amount
    assert all(r["currency"] == plan.currency for r in rows)
    places = currency_decimals(plan.currency)
    assert all(len(r["budget"].partition(".")[2]) == places for r in rows)
    assert sum(float(r["share_pct"]) for r in rows) == pytest.approx(100, abs=0.05)
    for row, line in zip(rows, plan.lines, strict=True):
        assert int(row["impressions"]) == line.impressions
        if line.channel != "website":
            assert row["source"] == line.source


def test_odd_budget_csv_sums_exactly():
    brief = make_brief(budget="1234.57", channels=ALL_CHANNELS)
    rows = list(csv.DictReader(io.StringIO(media_plan_csv(build_media_plan(brief)))))
    assert sum((Decimal(r["budget"]) for r in rows), Decimal(0)) == Decimal("1234.57")


# -- calendar --------------------------------------------------------------------------


def full_content(brief: CampaignBrief):
    provider = OfflineProvider()
    context = {}
    for section in ("strategy", "creative", "copy", "cta_optimizer", "social_media_campaign"):
        request = ContentRequest(
            section=section, schema=SECTION_MODELS[section], brief=brief, context=dict(context)
        )
        context[section] = provider.generate(request).content
    return context["copy"], context["social_media_campaign"]


@pytest.mark.parametrize("name", list(SAMPLES))
def test_calendar_covers_the_timeline_in_order(name):
    brief = SAMPLES[name]
    copy, social = full_content(brief)
    entries = build_calendar(brief, copy=copy, social=social)
    keys = [(e.week, e.channel) for e in entries]
    assert keys == sorted(keys)
    assert all(1 <= e.week <= brief.timeline for e in entries)
    assert all(0 <= e.date_offset_days < brief.timeline * 7 for e in entries)
    items = [e.item for e in entries]
    assert "Launch" in items and "Wrap-up report" in items
    for email in copy.emails:
        assert any(email.subject in e.item and e.week == email.send_week for e in entries)
    posts = [e for e in entries if e.channel in {p.platform for p in social.posts}]
    assert len([e for e in posts if e.item.endswith(" post")]) == len(social.posts)
    plan = build_media_plan(brief)
    for line in plan.lines:
        assert any(e.channel == line.channel and e.week == line.start_week for e in entries)

    text = calendar_csv(entries)
    assert "\r" not in text
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == len(entries)
    assert tuple(rows[0]) == CALENDAR_COLUMNS
    assert calendar_csv(build_calendar(brief, copy=copy, social=social)) == text
    assert read_calendar_csv(text) == entries


def test_calendar_without_content_still_has_milestones_and_flights():
    brief = make_brief(timeline="2 weeks")
    entries = build_calendar(brief)
    assert entries[0].item == "Launch"
    assert any(e.item == "Wrap-up report" and e.week == 2 for e in entries)
    assert {e.channel for e in entries} >= {"campaign", "search_ads"}


def test_budget_model_is_used_as_is():
    # the plan never rounds the brief's amount: the review compares them exactly
    brief = make_brief(budget=Budget(amount=Decimal("2500.50"), currency="EUR"))
    assert build_media_plan(brief).total_budget == Decimal("2500.50")
