"""The media plan, KPI plan and content calendar: computed from the brief, never provider-written.

The budget is split across the brief's channels by a goal-driven mix, in integer minor units with
the largest-remainder method, so the lines always add up to the budget exactly. Delivery
(impressions, clicks, conversions) is estimated from published all-industry benchmark rates,
each line naming its source, so every KPI target can be traced back to a number and a report.
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from pydantic import BaseModel, Field

from .content import Copy, SocialCampaign
from .models import CHANNEL_LABELS, CampaignBrief, Channel, channels_for_goals, format_money

# ---------------------------------------------------------------------------
# Models (plain data: they are stored as JSON and rendered by the website)
# ---------------------------------------------------------------------------


class MediaLine(BaseModel):
    """One channel's flight, budget and estimated delivery."""

    channel: str = Field(description="Channel id, e.g. search_ads.")
    label: str = Field(description="Channel name for people, e.g. Search ads.")
    start_week: int
    end_week: int
    budget: Decimal = Field(description="Budget in the plan's currency, 2 decimals.")
    share: float = Field(description="Share of the total budget, 0-1.")
    pricing: str = Field(description="How the channel is bought: CPM, CPC or fixed.")
    cpm: float | None = Field(
        None, description="Cost per 1,000 impressions (or sends), plan currency."
    )
    ctr: float | None = Field(
        None, description="Click-through rate as a fraction (0.0642 = 6.42%)."
    )
    cpc: float | None = Field(None, description="Cost per click, plan currency.")
    cvr: float | None = Field(None, description="Conversion rate of clicks as a fraction.")
    impressions: int = 0
    clicks: int = 0
    conversions: int = 0
    source: str = Field("", description="Where the rates come from (report and year).")
    rationale: str = ""


class MediaTotals(BaseModel):
    """Plan totals. Impressions leave out email sends; clicks and conversions include email."""

    impressions: int = 0
    clicks: int = 0
    conversions: int = 0


class MediaPlan(BaseModel):
    """The budget split across channels, with estimates and their assumptions."""

    currency: str
    total_budget: Decimal
    weeks: int
    lines: list[MediaLine]
    totals: MediaTotals
    assumptions: list[str] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list)


class KpiTarget(BaseModel):
    name: str
    target: str
    basis: str = Field(description="Which numbers the target comes from.")


class KpiPlan(BaseModel):
    targets: list[KpiTarget]
    notes: list[str] = Field(default_factory=list)


class CalendarEntry(BaseModel):
    week: int
    date_offset_days: int = Field(description="Days after the campaign start (week 1, day 0).")
    channel: str
    item: str
    detail: str = ""


# ---------------------------------------------------------------------------
# Goals
# ---------------------------------------------------------------------------

# Goal keywords → the kind of goal; a goal may have several kinds.
GOAL_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "awareness",
        re.compile(r"aware|\bbrand|\breach|visib|launch|buzz|position|recogni|\bknown", re.I),
    ),
    (
        "leads",
        re.compile(
            r"\bleads?\b|\bb2b\b|pipeline|\bdemos?\b|sign[- ]?ups?\b|\btrials?\b|regist|"
            r"enquir|inquir|prospect",
            re.I,
        ),
    ),
    (
        "sales",
        re.compile(
            r"\bsales?\b|\bsell|revenue|conver|purchas|\border|subscri|\bshop|\bbuy|booking|"
            r"e-?commerce",
            re.I,
        ),
    ),
    (
        "engagement",
        re.compile(r"engag|communit|follow|loyal|retent|\bugc\b|advoca|repeat", re.I),
    ),
    ("traffic", re.compile(r"traffic|visit|download|install|\bapps?\b", re.I)),
)

# What counts as a conversion, from the goals (first match wins): (pattern, event, plural label).
CONVERSION_EVENTS: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (re.compile(r"\bdemos?\b", re.I), "demo", "demo requests"),
    (re.compile(r"pre-?orders?", re.I), "preorder", "pre-orders"),
    (re.compile(r"subscri", re.I), "subscription", "new subscriptions"),
    (re.compile(r"install|download|\bapps?\b", re.I), "install", "app installs"),
    (re.compile(r"\btrials?\b", re.I), "trial", "trial sign-ups"),
    (re.compile(r"sign[- ]?ups?\b|regist|\bjoin", re.I), "signup", "sign-ups"),
    (re.compile(r"\bleads?\b|enquir|inquir|quote|contact", re.I), "lead", "qualified leads"),
    (re.compile(r"booking|\bbook\b|reserv", re.I), "booking", "bookings"),
    (
        re.compile(r"\bsales?\b|\bsell|revenue|purchas|\border|\bshop|\bbuy|e-?commerce", re.I),
        "purchase",
        "online sales",
    ),
)


def goal_kinds(goals: Iterable[str]) -> list[str]:
    """The kinds of the goals (awareness, leads, sales, engagement, traffic), in goal order."""
    kinds: list[str] = []
    for goal in goals:
        for kind, pattern in GOAL_KINDS:
            if kind not in kinds and pattern.search(goal):
                kinds.append(kind)
    return kinds or ["awareness"]


def conversion_event(goals: Iterable[str]) -> tuple[str, str]:
    """(event id, plural label) of what the campaign counts as a conversion."""
    text = " ".join(goals)
    for pattern, event, label in CONVERSION_EVENTS:
        if pattern.search(text):
            return event, label
    return "visit", "engaged site visits"


# ---------------------------------------------------------------------------
# Benchmarks and reference rates
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Benchmark:
    """Published average rates for one channel, in USD."""

    pricing: str  # how the plan buys it: "CPM" or "CPC"
    cpm: float | None  # USD per 1,000 impressions (per 1,000 sends for email)
    ctr: float  # clicks per impression (per send for email)
    cpc: float | None  # USD per click
    cvr: float  # conversions per click
    source: str


# WordStream's average landing-page conversion rate, used where a channel has no published CVR.
LANDING_CVR = 0.0235
LANDING_CVR_SOURCE = "CVR 2.35% = WordStream's average landing-page conversion rate"
# Mailchimp Email Marketing Benchmarks (all industries, last updated Oct 2019).
EMAIL_OPEN_RATE = 0.2133
EMAIL_CLICK_RATE = 0.0262
# Email spend is modelled as sends; ESP fees plus production per 1,000 sends (an assumption).
EMAIL_COST_PER_1000_USD = 40.0
# Fixed share of the budget for landing-page production and CRO when there are media channels.
WEBSITE_SHARE = Fraction(1, 10)
# Average frequency assumed to turn impressions into people reached.
FREQUENCY = 3

BENCHMARKS: dict[Channel, Benchmark] = {
    Channel.SEARCH_ADS: Benchmark(
        "CPC",
        None,
        0.0642,
        4.66,
        0.0696,
        "WordStream Google Ads Benchmarks 2024 (search, all industries): "
        "CTR 6.42%, CPC $4.66, CVR 6.96%",
    ),
    Channel.DISPLAY_ADS: Benchmark(
        "CPM",
        2.80,
        0.0046,
        None,
        0.0077,
        "WordStream Google Ads industry benchmarks (display network, all industries): "
        "CTR 0.46%, CVR 0.77%; CPM $2.80 from AdStage Paid Media Benchmark Report Q1 2018 (GDN)",
    ),
    Channel.FACEBOOK: Benchmark(
        "CPC",
        None,
        0.0090,
        1.72,
        0.0921,
        "WordStream Facebook Advertising Benchmarks 2017 (all industries): "
        "CTR 0.90%, CPC $1.72, CVR 9.21%",
    ),
    Channel.INSTAGRAM: Benchmark(
        "CPM",
        6.90,
        0.0063,
        None,
        LANDING_CVR,
        "AdStage Paid Media Benchmark Report Q3 2018 (Instagram): CPM $6.90, CPC $1.09 "
        f"(CTR 0.63% implied); {LANDING_CVR_SOURCE}",
    ),
    Channel.TIKTOK: Benchmark(
        "CPM",
        10.00,
        0.0100,
        None,
        LANDING_CVR,
        "TikTok in-feed averages as published in 2023-2024 benchmark round-ups: CPM about $10, "
        f"CTR 1.0% (low end of the published 1-3% range); {LANDING_CVR_SOURCE}",
    ),
    Channel.LINKEDIN: Benchmark(
        "CPC",
        None,
        0.0056,
        5.58,
        0.061,
        "LinkedIn sponsored content: CTR 0.56% (single-image global average, The B2B House "
        "LinkedIn ad benchmarks), CPC $5.58 (Recotap Ad Metrics Benchmarks 2024), "
        "CVR 6.1% (LinkedIn's published average conversion rate)",
    ),
    Channel.X: Benchmark(
        "CPC",
        None,
        0.0100,
        0.38,
        LANDING_CVR,
        "X (Twitter) ads: CPC $0.38 (within WebFX's published $0.26-$0.50 range), CTR 1.0% "
        f"(low end of the 1-5% promoted-post range, Influencer Marketing Hub 2025); "
        f"{LANDING_CVR_SOURCE}",
    ),
    Channel.EMAIL: Benchmark(
        "CPM",
        EMAIL_COST_PER_1000_USD,
        EMAIL_CLICK_RATE,
        None,
        LANDING_CVR,
        "Mailchimp Email Marketing Benchmarks (all industries, Oct 2019): open rate 21.33%, "
        f"click rate 2.62% per email delivered; {LANDING_CVR_SOURCE}; "
        f"cost ${EMAIL_COST_PER_1000_USD:.0f} per 1,000 sends is an assumption",
    ),
}

# Static reference rates: US dollars per unit of each currency in models.CURRENCIES
# (approximate 2024 averages; good enough to scale benchmark costs, not for accounting).
USD_PER_UNIT: dict[str, float] = {
    "USD": 1.0,
    "EUR": 1.08,
    "GBP": 1.27,
    "JPY": 0.0067,
    "INR": 0.012,
    "CAD": 0.74,
    "AUD": 0.66,
    "CHF": 1.13,
    "SEK": 0.095,
    "NOK": 0.094,
    "DKK": 0.145,
    "NZD": 0.61,
}

# Mix weights per goal kind (relative; only the brief's channels take part).
MIX_WEIGHTS: dict[str, dict[Channel, int]] = {
    "awareness": {
        Channel.DISPLAY_ADS: 30,
        Channel.TIKTOK: 30,
        Channel.INSTAGRAM: 30,
        Channel.X: 20,
        Channel.FACEBOOK: 20,
        Channel.LINKEDIN: 15,
        Channel.SEARCH_ADS: 10,
        Channel.EMAIL: 5,
    },
    "leads": {
        Channel.LINKEDIN: 35,
        Channel.SEARCH_ADS: 30,
        Channel.EMAIL: 20,
        Channel.DISPLAY_ADS: 10,
        Channel.FACEBOOK: 10,
        Channel.X: 5,
        Channel.INSTAGRAM: 5,
        Channel.TIKTOK: 5,
    },
    "sales": {
        Channel.SEARCH_ADS: 35,
        Channel.FACEBOOK: 25,
        Channel.INSTAGRAM: 25,
        Channel.EMAIL: 20,
        Channel.DISPLAY_ADS: 15,
        Channel.TIKTOK: 15,
        Channel.X: 5,
        Channel.LINKEDIN: 5,
    },
    "engagement": {
        Channel.INSTAGRAM: 30,
        Channel.TIKTOK: 30,
        Channel.FACEBOOK: 25,
        Channel.EMAIL: 15,
        Channel.X: 15,
        Channel.LINKEDIN: 10,
        Channel.DISPLAY_ADS: 5,
        Channel.SEARCH_ADS: 5,
    },
    "traffic": {
        Channel.SEARCH_ADS: 30,
        Channel.TIKTOK: 25,
        Channel.FACEBOOK: 25,
        Channel.INSTAGRAM: 20,
        Channel.DISPLAY_ADS: 20,
        Channel.X: 10,
        Channel.LINKEDIN: 5,
        Channel.EMAIL: 5,
    },
}
MIN_WEIGHT = 5  # every chosen channel gets at least a test budget

REACH_CHANNELS = (Channel.DISPLAY_ADS, Channel.TIKTOK, Channel.X, Channel.INSTAGRAM)


# ---------------------------------------------------------------------------
# Media plan
# ---------------------------------------------------------------------------


def _decimals(amount: Decimal) -> int:
    """Decimal places to allocate in: cents, or finer if the budget itself is finer."""
    exponent = amount.as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    return max(2, places)


def allocate(total: Decimal, weights: list[Fraction]) -> list[Decimal]:
    """Split `total` by `weights` in minor units (largest remainder); the parts sum to `total`."""
    places = _decimals(total)
    scale = 10**places
    units = int(total * scale)  # exact: the total has at most `places` decimals
    weight_sum = sum(weights, Fraction(0))
    if weight_sum <= 0:
        weights = [Fraction(1)] * len(weights)
        weight_sum = Fraction(len(weights))
    floors: list[int] = []
    remainders: list[tuple[Fraction, int]] = []
    for index, weight in enumerate(weights):
        exact = units * weight / weight_sum
        floor = math.floor(exact)
        floors.append(floor)
        remainders.append((exact - floor, index))
    left = units - sum(floors)
    # biggest remainders first; ties go to the earlier line so the split is stable
    for _, index in sorted(remainders, key=lambda r: (-r[0], r[1]))[:left]:
        floors[index] += 1
    quantum = Decimal(1).scaleb(-places)
    return [(Decimal(part) / scale).quantize(quantum) for part in floors]


def _mix(channels: list[Channel], kinds: list[str]) -> list[Fraction]:
    """Budget shares for the channels (summing to 1)."""
    media = [c for c in channels if c is not Channel.WEBSITE]
    weights: dict[Channel, int] = {}
    for channel in media:
        weight = 0
        for position, kind in enumerate(kinds):
            # the first goal's kind leads the mix
            weight += MIX_WEIGHTS[kind].get(channel, MIN_WEIGHT) * (2 if position == 0 else 1)
        weights[channel] = max(weight, MIN_WEIGHT)
    total = sum(weights.values())
    website = Channel.WEBSITE in channels
    media_share = Fraction(1) - (WEBSITE_SHARE if website and media else 0)
    shares = []
    for channel in channels:
        if channel is Channel.WEBSITE:
            shares.append(WEBSITE_SHARE if media else Fraction(1))
        else:
            shares.append(media_share * Fraction(weights[channel], total))
    return shares


def _flight(channel: Channel, kinds: list[str], weeks: int, only_media: bool) -> tuple[int, int]:
    """Start and end week: reach channels front-loaded, conversion channels run to the end."""
    if weeks <= 1 or only_media:
        return 1, weeks
    front = max(1, math.ceil(weeks * 2 / 3))
    if channel in (Channel.DISPLAY_ADS, Channel.TIKTOK, Channel.X):
        return 1, front
    if channel is Channel.INSTAGRAM:
        reach_led = kinds[0] in ("awareness", "engagement")
        return (1, front) if reach_led else (1, weeks)
    if channel is Channel.FACEBOOK and any(k in ("sales", "leads") for k in kinds):
        # retargeting after the reach channels have built an audience
        return min(weeks, weeks // 4 + 1), weeks
    return 1, weeks


def _role(channel: Channel, start: int, end: int, weeks: int) -> str:
    span = f"weeks {start}-{end}" if start != end else f"week {start}"
    if channel is Channel.WEBSITE:
        return (
            "Landing page production and conversion-rate work; every other channel sends "
            "its traffic here, so it is live for the whole campaign."
        )
    if channel is Channel.SEARCH_ADS:
        return f"Captures people already searching; runs {span} because intent never switches off."
    if channel is Channel.EMAIL:
        return f"Nurtures and converts the people who already know the brand; sends across {span}."
    if channel is Channel.LINKEDIN:
        return f"Reaches decision-makers by role and company; runs {span}."
    if channel is Channel.FACEBOOK and start > 1:
        return f"Retargets visitors the reach channels brought in; starts later ({span})."
    if end < weeks:
        return f"Reach channel, front-loaded in {span} to build awareness before conversion."
    return f"Runs {span} to keep the campaign visible and drive clicks."


def _estimate(
    channel: Channel, budget: Decimal, usd_per_unit: float
) -> tuple[float | None, float, float, float, int, int, int]:
    """(cpm, ctr, cpc, cvr; costs in plan currency) and (impressions, clicks, conversions)."""
    bench = BENCHMARKS[channel]
    usd = float(budget) * usd_per_unit
    if bench.pricing == "CPM":
        cpm_usd = bench.cpm or 0.0
        impressions = usd / cpm_usd * 1000 if cpm_usd else 0.0
        clicks = impressions * bench.ctr
        cpc_usd = cpm_usd / (1000 * bench.ctr)
    else:
        cpc_usd = bench.cpc or 0.0
        clicks = usd / cpc_usd if cpc_usd else 0.0
        impressions = clicks / bench.ctr
        cpm_usd = cpc_usd * bench.ctr * 1000
    conversions = clicks * bench.cvr

    def local(value: float) -> float:
        return round(value / usd_per_unit, 2)

    return (
        # search is bought and benchmarked per click; an implied CPM would only mislead
        None if channel is Channel.SEARCH_ADS else local(cpm_usd),
        bench.ctr,
        local(cpc_usd),
        bench.cvr,
        int(impressions + 0.5),
        int(clicks + 0.5),
        int(conversions + 0.5),
    )


def build_media_plan(brief: CampaignBrief) -> MediaPlan:
    """Split the brief's budget across its channels and estimate delivery from benchmarks."""
    currency = brief.budget.currency
    total = brief.budget.amount
    weeks = max(1, brief.timeline)
    channels = list(brief.channels) or channels_for_goals(brief.goals)
    kinds = goal_kinds(brief.goals)
    usd_per_unit = USD_PER_UNIT.get(currency, 1.0)
    shares = _mix(channels, kinds)
    budgets = allocate(total, shares)
    media = [c for c in channels if c is not Channel.WEBSITE]

    lines: list[MediaLine] = []
    for channel, budget in zip(channels, budgets, strict=True):
        share = float(budget / total) if total else 0.0
        start, end = _flight(channel, kinds, weeks, only_media=len(media) <= 1)
        rationale = _role(channel, start, end, weeks)
        if channel is Channel.WEBSITE:
            lines.append(
                MediaLine(
                    channel=channel.value,
                    label="Website (landing page and CRO)",
                    start_week=1,
                    end_week=weeks,
                    budget=budget,
                    share=round(share, 6),
                    pricing="fixed",
                    source="Production budget, not a media buy: no delivery estimates.",
                    rationale=rationale,
                )
            )
            continue
        cpm, ctr, cpc, cvr, impressions, clicks, conversions = _estimate(
            channel, budget, usd_per_unit
        )
        bench = BENCHMARKS[channel]
        lines.append(
            MediaLine(
                channel=channel.value,
                label=CHANNEL_LABELS[channel],
                start_week=start,
                end_week=end,
                budget=budget,
                share=round(share, 6),
                pricing=bench.pricing,
                cpm=cpm,
                ctr=ctr,
                cpc=cpc,
                cvr=cvr,
                impressions=impressions,
                clicks=clicks,
                conversions=conversions,
                source=bench.source,
                rationale=rationale,
            )
        )

    totals = MediaTotals(
        impressions=sum(line.impressions for line in lines if line.channel != "email"),
        clicks=sum(line.clicks for line in lines),
        conversions=sum(line.conversions for line in lines),
    )
    _, conversion_label = conversion_event(brief.goals)
    assumptions = [
        "Rates are published all-industry averages in USD (each line names its report); "
        "replace them with the account's own history as soon as it exists.",
        f"Goal mix: {', '.join(kinds)} (first goal weighted double); every chosen channel "
        "keeps at least a test budget.",
        f"Conversions mean {conversion_label}; where a channel has no published conversion "
        "rate, WordStream's 2.35% average landing-page rate is used.",
    ]
    if Channel.WEBSITE in channels and media:
        assumptions.append(
            "The website takes a fixed 10% for landing-page production and conversion-rate "
            "optimisation; it buys no media, so it has no delivery estimates."
        )
    if Channel.EMAIL in channels:
        assumptions.append(
            f"Email is modelled as sends at USD {EMAIL_COST_PER_1000_USD:.0f} per 1,000 "
            "(ESP fees and production, an assumption); its 'impressions' are sends, with "
            f"{EMAIL_OPEN_RATE:.2%} opening and {EMAIL_CLICK_RATE:.2%} clicking (Mailchimp). "
            "Sends are left out of total impressions."
        )
    if currency != "USD":
        if currency in USD_PER_UNIT:
            assumptions.append(
                f"The budget is in {currency}: benchmark costs are converted at a static "
                f"reference rate of 1 {currency} = {usd_per_unit:g} USD (approximate, not a "
                f"live rate) and shown in {currency}."
            )
        else:
            assumptions.append(
                f"No reference rate for {currency}: benchmark costs are used as if in USD."
            )
    sources = list(dict.fromkeys(line.source for line in lines if line.channel != "website"))
    return MediaPlan(
        currency=currency,
        total_budget=total,
        weeks=weeks,
        lines=lines,
        totals=totals,
        assumptions=assumptions,
        sources=sources,
    )


# ---------------------------------------------------------------------------
# KPI plan
# ---------------------------------------------------------------------------


def _n(value: int | float) -> str:
    return f"{round(value):,}"


def build_kpi_plan(plan: MediaPlan, brief: CampaignBrief) -> KpiPlan:
    """KPI targets that follow from the media plan's estimates, each with its basis."""
    paid = [line for line in plan.lines if line.pricing != "fixed" and line.channel != "email"]
    email = next((line for line in plan.lines if line.channel == "email"), None)
    media_spend = sum((line.budget for line in plan.lines if line.pricing != "fixed"), Decimal(0))
    _, conversion_label = conversion_event(brief.goals)
    totals = plan.totals
    targets: list[KpiTarget] = []
    channel_names = ", ".join(line.label for line in paid) or "no paid channel"
    if paid:
        targets.append(
            KpiTarget(
                name="Impressions",
                target=_n(totals.impressions),
                basis=f"Sum of the media plan's impression estimates ({channel_names}).",
            )
        )
        targets.append(
            KpiTarget(
                name="Reach (people)",
                target=_n(totals.impressions / FREQUENCY),
                basis=f"{_n(totals.impressions)} impressions ÷ an assumed average frequency "
                f"of {FREQUENCY}.",
            )
        )
        paid_clicks = sum(line.clicks for line in paid)
        targets.append(
            KpiTarget(
                name="Ad clicks",
                target=_n(paid_clicks),
                basis="Sum of the paid lines' click estimates (spend ÷ CPC, or impressions × CTR).",
            )
        )
        if totals.impressions:
            targets.append(
                KpiTarget(
                    name="Blended CTR",
                    target=f"{paid_clicks / totals.impressions:.2%}",
                    basis=f"{_n(paid_clicks)} ad clicks ÷ {_n(totals.impressions)} impressions.",
                )
            )
    if email is not None:
        targets.append(
            KpiTarget(
                name="Email opens",
                target=_n(email.impressions * EMAIL_OPEN_RATE),
                basis=f"{_n(email.impressions)} planned sends × {EMAIL_OPEN_RATE:.2%} average "
                "open rate (Mailchimp benchmarks).",
            )
        )
        targets.append(
            KpiTarget(
                name="Email clicks",
                target=_n(email.clicks),
                basis=f"{_n(email.impressions)} sends × {EMAIL_CLICK_RATE:.2%} average click "
                "rate (Mailchimp benchmarks).",
            )
        )
    targets.append(
        KpiTarget(
            name=f"Conversions ({conversion_label})",
            target=_n(totals.conversions),
            basis="Sum over channels of clicks × the channel's benchmark conversion rate.",
        )
    )
    if totals.conversions:
        per = (media_spend / totals.conversions).quantize(Decimal("0.01"))
        targets.append(
            KpiTarget(
                name="Cost per conversion",
                target=format_money(per, plan.currency),
                basis=f"{format_money(media_spend, plan.currency)} media spend (website "
                f"production excluded) ÷ {_n(totals.conversions)} conversions.",
            )
        )
    notes = [
        "Targets are first estimates from published averages; reset them after two weeks of "
        "real data.",
        "No ROAS or pipeline-value target: the brief gives no order value, deal size or margin. "
        "Add an average order or deal value to set one.",
    ]
    if not paid:
        notes.append("The plan has no paid media, so there are no impression or click targets.")
    return KpiPlan(targets=targets, notes=notes)


# ---------------------------------------------------------------------------
# Content calendar
# ---------------------------------------------------------------------------

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


def _clamp_week(week: int, weeks: int) -> int:
    return min(max(1, week), weeks)


def _snippet(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:-") + "…"


def build_calendar(
    brief: CampaignBrief, copy: Copy | None = None, social: SocialCampaign | None = None
) -> list[CalendarEntry]:
    """Week-by-week calendar: milestones, media flights, email sends and social posts."""
    weeks = max(1, brief.timeline)
    plan = build_media_plan(brief)
    entries: list[CalendarEntry] = [
        CalendarEntry(
            week=1,
            date_offset_days=0,
            channel="campaign",
            item="Launch",
            detail=f"{brief.campaign_name} goes live: landing page, tracking and first flights.",
        )
    ]
    if weeks >= 3:
        mid = (weeks + 1) // 2
        entries.append(
            CalendarEntry(
                week=mid,
                date_offset_days=(mid - 1) * 7 + 4,
                channel="campaign",
                item="Mid-campaign review",
                detail="Compare delivery with the KPI plan; move budget to the best performers.",
            )
        )
    entries.append(
        CalendarEntry(
            week=weeks,
            date_offset_days=(weeks - 1) * 7 + 6,
            channel="campaign",
            item="Wrap-up report",
            detail="Results against the KPI plan, learnings and next steps for the client.",
        )
    )
    for line in plan.lines:
        money = format_money(line.budget, plan.currency)
        if line.channel == "website":
            entries.append(
                CalendarEntry(
                    week=1,
                    date_offset_days=0,
                    channel="website",
                    item="Landing page live",
                    detail=f"{money} for landing-page production and conversion-rate work.",
                )
            )
            continue
        entries.append(
            CalendarEntry(
                week=line.start_week,
                date_offset_days=(line.start_week - 1) * 7,
                channel=line.channel,
                item=f"{line.label}: flight starts",
                detail=f"{money} through week {line.end_week} ({line.pricing}).",
            )
        )
        if line.end_week < weeks:  # flights that run to the end close with the wrap-up
            entries.append(
                CalendarEntry(
                    week=line.end_week,
                    date_offset_days=(line.end_week - 1) * 7 + 6,
                    channel=line.channel,
                    item=f"{line.label}: flight ends",
                    detail=f"Report {line.label} results against the plan.",
                )
            )
    for index, email in enumerate(getattr(copy, "emails", None) or [], 1):
        week = _clamp_week(email.send_week, weeks)
        entries.append(
            CalendarEntry(
                week=week,
                date_offset_days=(week - 1) * 7 + _DAY["email"],
                channel="email",
                item=f"Email {index}: {email.subject}",
                detail=_snippet(email.preheader),
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
            )
        )
    entries.sort(key=lambda e: (e.week, e.channel, e.date_offset_days, e.item))
    return entries


# ---------------------------------------------------------------------------
# CSV
# ---------------------------------------------------------------------------

MEDIA_PLAN_COLUMNS = (
    "channel",
    "start_week",
    "end_week",
    "budget",
    "currency",
    "share_pct",
    "pricing",
    "cpm",
    "ctr_pct",
    "cpc",
    "cvr_pct",
    "impressions",
    "clicks",
    "conversions",
    "source",
)
CALENDAR_COLUMNS = ("week", "date_offset_days", "channel", "item", "detail")


def _opt(value: float | None, scale: float = 1.0, places: int = 2) -> str:
    return "" if value is None else f"{value * scale:.{places}f}"


def media_plan_csv(plan: MediaPlan) -> str:
    """One row per line; the budget column sums exactly to the plan's total."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(MEDIA_PLAN_COLUMNS)
    for line in plan.lines:
        writer.writerow(
            [
                line.channel,
                line.start_week,
                line.end_week,
                str(line.budget),  # already quantized: exact, at least 2 decimals
                plan.currency,
                f"{line.share * 100:.2f}",
                line.pricing,
                _opt(line.cpm),
                _opt(line.ctr, 100),
                _opt(line.cpc),
                _opt(line.cvr, 100),
                line.impressions,
                line.clicks,
                line.conversions,
                line.source,
            ]
        )
    return out.getvalue()


def calendar_csv(entries: list[CalendarEntry]) -> str:
    """The content calendar as CSV, one row per entry in calendar order."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CALENDAR_COLUMNS)
    for e in entries:
        writer.writerow([e.week, e.date_offset_days, e.channel, e.item, e.detail])
    return out.getvalue()


__all__ = [
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
