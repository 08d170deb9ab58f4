"""The media plan: the budget split across the brief's channels, flights and estimated delivery.

The budget is split by a goal-driven mix in the currency's minor units with the
largest-remainder method, so the lines always add up to the budget exactly and a yen budget
never shows decimals. Flights follow the campaign's phases (`core/phases.py`): reach channels
run over launch and sustain, conversion channels through the close, email and the website for
the whole timeline. Delivery is estimated from the benchmark rates in `benchmarks.py`, and
conversions never exceed a supply the brief states (a 196-piece edition never gets more than
196 sales).
"""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction

from pydantic import BaseModel, Field

from ..formatting import currency_decimals, format_money, format_number, usd_per_unit
from ..goals import GoalKind, GoalReading, conversion_for, goal_kinds, read_goals
from ..models import CHANNEL_LABELS, CampaignBrief, Channel, channels_for_goals
from ..phases import Phase, campaign_phases
from .benchmarks import (
    BENCHMARKS,
    EMAIL_CLICK_RATE,
    EMAIL_COST_PER_1000_USD,
    EMAIL_OPEN_RATE,
    MIN_WEIGHT,
    MIX_WEIGHTS,
    REACH_CHANNELS,
    WEBSITE_SHARE,
)

# -- models (plain data: stored as JSON and rendered by the documents and the website) ---------


class MediaLine(BaseModel):
    """One channel's flight, budget and estimated delivery."""

    channel: str = Field(description="Channel id, e.g. search_ads.")
    label: str = Field(description="Channel name for people, e.g. Search ads.")
    start_week: int
    end_week: int
    budget: Decimal = Field(description="Budget in the plan's currency, in its minor units.")
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
    conversion_label: str = Field("conversions", description="What a conversion is, plural.")
    conversion_kind: str = Field("", description="Goal kind of a conversion ('' for visits).")
    supply_cap: int | None = Field(None, description="Conversions capped at the stated supply.")
    uncapped_conversions: int | None = Field(
        None, description="Conversions at benchmark rates before the supply cap."
    )

    @property
    def media_spend(self) -> Decimal:
        """Budget that buys media (website production excluded)."""
        return sum((line.budget for line in self.lines if line.pricing != "fixed"), Decimal(0))


# -- the brief's goals ------------------------------------------------------------------------


def goal_reading(brief: CampaignBrief) -> GoalReading:
    """The brief's goals parsed, with supply limits and unit values from its other text."""
    context = (brief.product, *brief.key_features, brief.additional_requirements)
    return read_goals(brief.goals, currency=brief.budget.currency, context=context)


# -- budget split -------------------------------------------------------------------------------


def _places(amount: Decimal) -> int:
    exponent = amount.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def allocate(total: Decimal, weights: list[Fraction], currency: str | None = None) -> list[Decimal]:
    """Split `total` by `weights` in minor units (largest remainder); the parts sum to `total`.

    With a currency the parts have its minor units (none for JPY, three for KWD); without one,
    cents. A total finer than that keeps its own places, so the sum is always exact.
    """
    minor = currency_decimals(currency) if currency else 2
    places = max(minor, _places(total))
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


def _mix(channels: list[Channel], kinds: list[GoalKind]) -> list[Fraction]:
    """Budget shares for the channels (summing to 1); the first goal's kind leads the mix."""
    media = [c for c in channels if c is not Channel.WEBSITE]
    weights: dict[Channel, int] = {}
    for channel in media:
        weight = 0
        for position, kind in enumerate(kinds):
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


# -- flights ----------------------------------------------------------------------------------


def _phase(phases: list[Phase], key: str) -> Phase | None:
    return next((p for p in phases if p.key == key), None)


def flight(
    channel: Channel, kinds: list[GoalKind], phases: list[Phase], *, only_media: bool = False
) -> tuple[int, int]:
    """Start and end week of a channel, on phase boundaries.

    Reach channels run over launch and sustain; conversion channels through the close; email
    and the website for the whole timeline (the review phase keeps the audience warm and
    measures, it buys no media). Facebook retargets from the sustain phase when the goals
    convert. A plan's only media channel runs from launch through the close.
    """
    weeks = phases[-1].end_week
    launch = phases[0]
    sustain, close = _phase(phases, "sustain"), _phase(phases, "close")
    active_end = close.end_week if close else weeks
    reach_end = sustain.end_week if sustain else launch.end_week
    if channel in (Channel.WEBSITE, Channel.EMAIL):
        return 1, weeks
    if only_media:
        return 1, active_end
    if channel in REACH_CHANNELS:
        return 1, reach_end
    if channel is Channel.INSTAGRAM:
        reach_led = kinds[0].family in ("awareness", "engagement")
        return (1, reach_end) if reach_led else (1, active_end)
    if (
        channel is Channel.FACEBOOK
        and sustain
        and any(k.family in ("sales", "leads") for k in kinds)
    ):
        return sustain.start_week, active_end  # retargeting after reach has built an audience
    return 1, active_end


def _span(start: int, end: int) -> str:
    return f"weeks {start}-{end}" if start != end else f"week {start}"


def _role(channel: Channel, start: int, end: int, phases: list[Phase]) -> str:
    span = _span(start, end)
    names = [p.name.lower() for p in phases if p.start_week >= start and p.end_week <= end]
    over = " and ".join([", ".join(names[:-1]), names[-1]] if len(names) > 1 else names)
    over = f"the {over} phase{'s' if len(names) > 1 else ''}" if names else span
    if channel is Channel.WEBSITE:
        return (
            "Landing page production and conversion-rate work; every other channel sends "
            "its traffic here, so it is live for the whole campaign."
        )
    if channel is Channel.SEARCH_ADS:
        return f"Captures people already searching; runs over {over} ({span})."
    if channel is Channel.EMAIL:
        return f"Nurtures and converts the people who already know the brand; sends across {span}."
    if channel is Channel.LINKEDIN:
        return f"Reaches decision-makers by role and company; runs over {over} ({span})."
    if channel is Channel.FACEBOOK and start > 1:
        return f"Retargets visitors the reach channels brought in; runs over {over} ({span})."
    if end < phases[-1].end_week:
        return f"Reach channel over {over} ({span}), building awareness before the close."
    return f"Runs over {over} ({span}) to keep the campaign visible and drive clicks."


# -- estimates --------------------------------------------------------------------------------


def _estimate(
    channel: Channel, budget: Decimal, rate: float, currency: str
) -> tuple[float | None, float, float, float, float, float, float]:
    """(cpm, ctr, cpc, cvr; costs in plan currency) and (impressions, clicks, conversions)."""
    bench = BENCHMARKS[channel]
    usd = float(budget) * rate
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
    places = currency_decimals(currency)
    return (
        # search is bought and benchmarked per click; an implied CPM would only mislead
        None if channel is Channel.SEARCH_ADS else round(cpm_usd / rate, places),
        bench.ctr,
        round(cpc_usd / rate, places),
        bench.cvr,
        impressions,
        clicks,
        clicks * bench.cvr,
    )


def _cap(values: list[float], cap: int) -> list[int]:
    """Whole conversions per line, scaled so they sum to at most `cap` (largest remainder)."""
    total = sum(values)
    if total <= 0:
        return [0] * len(values)
    exact = [v * cap / total for v in values]
    floors = [math.floor(x) for x in exact]
    order = sorted(range(len(exact)), key=lambda i: (-(exact[i] - floors[i]), i))
    for i in order[: cap - sum(floors)]:
        floors[i] += 1
    return floors


def supply_cap(reading: GoalReading, kind: GoalKind | None) -> int | None:
    """The stated supply, when what the campaign converts is what the supply limits: sales
    and bookings always, sign-ups when the supply is seats, tickets or places."""
    supply = reading.supply_limit
    if supply is None or kind is None:
        return None
    seats = any(w in supply.unit.lower() for w in ("seat", "ticket", "place", "spot"))
    if kind in (GoalKind.SALES, GoalKind.BOOKINGS) or (kind is GoalKind.SIGNUPS and seats):
        return int(supply.value)
    return None


def build_media_plan(brief: CampaignBrief, phases: list[Phase] | None = None) -> MediaPlan:
    """Split the brief's budget across its channels, on the campaign's phases, and estimate
    delivery from benchmarks (conversions capped at any supply the brief states)."""
    currency = brief.budget.currency
    total = brief.budget.amount
    weeks = max(1, brief.timeline)
    phases = phases or campaign_phases(weeks)
    channels = list(brief.channels) or channels_for_goals(brief.goals)
    kinds = goal_kinds(brief.goals)
    reading = goal_reading(brief)
    conversion = conversion_for(brief.goals)
    known_rate = usd_per_unit(currency)
    rate = known_rate or 1.0
    budgets = allocate(total, _mix(channels, kinds), currency)
    media = [c for c in channels if c is not Channel.WEBSITE]

    lines: list[MediaLine] = []
    raw_conversions: list[float] = []
    for channel, budget in zip(channels, budgets, strict=True):
        share = round(float(budget / total), 6) if total else 0.0
        start, end = flight(channel, kinds, phases, only_media=len(media) <= 1)
        rationale = _role(channel, start, end, phases)
        if channel is Channel.WEBSITE:
            lines.append(
                MediaLine(
                    channel=channel.value,
                    label="Website (landing page and CRO)",
                    start_week=start,
                    end_week=end,
                    budget=budget,
                    share=share,
                    pricing="fixed",
                    source="Production budget, not a media buy: no delivery estimates.",
                    rationale=rationale,
                )
            )
            raw_conversions.append(0.0)
            continue
        cpm, ctr, cpc, cvr, impressions, clicks, conversions = _estimate(
            channel, budget, rate, currency
        )
        raw_conversions.append(conversions)
        bench = BENCHMARKS[channel]
        lines.append(
            MediaLine(
                channel=channel.value,
                label=CHANNEL_LABELS[channel],
                start_week=start,
                end_week=end,
                budget=budget,
                share=share,
                pricing=bench.pricing,
                cpm=cpm,
                ctr=ctr,
                cpc=cpc,
                cvr=cvr,
                impressions=int(impressions + 0.5),
                clicks=int(clicks + 0.5),
                conversions=int(conversions + 0.5),
                source=bench.source,
                rationale=rationale,
            )
        )

    uncapped = sum(line.conversions for line in lines)
    cap = supply_cap(reading, conversion.kind)
    capped = cap is not None and uncapped > cap
    if capped:
        for line, value in zip(lines, _cap(raw_conversions, cap or 0), strict=True):
            line.conversions = value
    totals = MediaTotals(
        impressions=sum(line.impressions for line in lines if line.channel != "email"),
        clicks=sum(line.clicks for line in lines),
        conversions=sum(line.conversions for line in lines),
    )
    assumptions = _assumptions(channels, kinds, conversion.label, currency, known_rate)
    if capped and reading.supply_limit:
        supply = reading.supply_limit
        assumptions.append(
            f"Conversions are capped at the {format_number(supply.value)} {supply.unit} "
            f"available: at benchmark rates the budget would bring about "
            f"{format_number(uncapped)} {conversion.label}, more than exist."
        )
    return MediaPlan(
        currency=currency,
        total_budget=total,
        weeks=weeks,
        lines=lines,
        totals=totals,
        assumptions=assumptions,
        sources=list(dict.fromkeys(line.source for line in lines if line.channel != "website")),
        conversion_label=conversion.label,
        conversion_kind=conversion.kind.value if conversion.kind else "",
        supply_cap=cap if capped else None,
        uncapped_conversions=uncapped if capped else None,
    )


def _assumptions(
    channels: list[Channel],
    kinds: list[GoalKind],
    label: str,
    currency: str,
    known_rate: float | None,
) -> list[str]:
    media = [c for c in channels if c is not Channel.WEBSITE]
    out = [
        "Rates are published all-industry averages in USD (each line names its report); "
        "replace them with the account's own history as soon as it exists.",
        f"Goal mix: {', '.join(k.value for k in kinds)} (first goal weighted double); every "
        "chosen channel keeps at least a test budget.",
        f"Conversions mean {label}; where a channel has no published conversion rate, "
        "WordStream's 2.35% average landing-page rate is used.",
        "Flights follow the campaign's phases: reach channels over launch and sustain, "
        "conversion channels through the close; the review phase buys no media.",
    ]
    if Channel.WEBSITE in channels and media:
        out.append(
            "The website takes a fixed 10% for landing-page production and conversion-rate "
            "optimisation; it buys no media, so it has no delivery estimates."
        )
    if Channel.EMAIL in channels:
        out.append(
            f"Email is modelled as sends at USD {EMAIL_COST_PER_1000_USD:.0f} per 1,000 "
            "(ESP fees and production, an assumption); its 'impressions' are sends, with "
            f"{EMAIL_OPEN_RATE:.2%} opening and {EMAIL_CLICK_RATE:.2%} clicking (Mailchimp). "
            "Sends are left out of total impressions."
        )
    if currency != "USD" and known_rate:
        out.append(
            f"The budget is in {currency}: benchmark costs are converted at a static reference "
            f"rate of 1 {currency} = {known_rate:g} USD (approximate, not a live rate) and "
            f"shown in {currency} ({format_money(1000, currency)} ≈ "
            f"{format_money(1000 * known_rate, 'USD')})."
        )
    elif currency != "USD":
        out.append(f"No reference rate for {currency}: benchmark costs are used as if in USD.")
    return out


__all__ = [
    "MediaLine",
    "MediaPlan",
    "MediaTotals",
    "allocate",
    "build_media_plan",
    "flight",
    "goal_reading",
    "supply_cap",
]
