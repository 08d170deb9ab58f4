"""Benchmark rates and planning constants: the numbers every estimate is traced back to.

Each channel's rates are published all-industry averages in USD, each naming its report, so a
KPI figure in the kit can be checked against a source. Costs are scaled into the brief's
currency with `formatting.usd_per_unit` (static reference rates, not for accounting).
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from ..goals import GoalKind
from ..models import Channel


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

_AWARENESS = {
    Channel.DISPLAY_ADS: 30,
    Channel.TIKTOK: 30,
    Channel.INSTAGRAM: 30,
    Channel.X: 20,
    Channel.FACEBOOK: 20,
    Channel.LINKEDIN: 15,
    Channel.SEARCH_ADS: 10,
    Channel.EMAIL: 5,
}
_LEADS = {
    Channel.LINKEDIN: 35,
    Channel.SEARCH_ADS: 30,
    Channel.EMAIL: 20,
    Channel.DISPLAY_ADS: 10,
    Channel.FACEBOOK: 10,
    Channel.X: 5,
    Channel.INSTAGRAM: 5,
    Channel.TIKTOK: 5,
}
_SALES = {
    Channel.SEARCH_ADS: 35,
    Channel.FACEBOOK: 25,
    Channel.INSTAGRAM: 25,
    Channel.EMAIL: 20,
    Channel.DISPLAY_ADS: 15,
    Channel.TIKTOK: 15,
    Channel.X: 5,
    Channel.LINKEDIN: 5,
}
_ENGAGEMENT = {
    Channel.INSTAGRAM: 30,
    Channel.TIKTOK: 30,
    Channel.FACEBOOK: 25,
    Channel.EMAIL: 15,
    Channel.X: 15,
    Channel.LINKEDIN: 10,
    Channel.DISPLAY_ADS: 5,
    Channel.SEARCH_ADS: 5,
}
_TRAFFIC = {
    Channel.SEARCH_ADS: 30,
    Channel.TIKTOK: 25,
    Channel.FACEBOOK: 25,
    Channel.INSTAGRAM: 20,
    Channel.DISPLAY_ADS: 20,
    Channel.X: 10,
    Channel.LINKEDIN: 5,
    Channel.EMAIL: 5,
}

# Mix weights per goal kind (relative; only the brief's channels take part). Kinds that differ
# from their family in where the audience acts get their own mix: people sign up for a run or
# give to a cause from social and email more than from LinkedIn or display.
MIX_WEIGHTS: dict[GoalKind, dict[Channel, int]] = {
    GoalKind.AWARENESS: _AWARENESS,
    GoalKind.TRAFFIC: _TRAFFIC,
    GoalKind.ENGAGEMENT: _ENGAGEMENT,
    GoalKind.COMMUNITY: _ENGAGEMENT,
    GoalKind.LEADS: _LEADS,
    GoalKind.SALES: _SALES,
    GoalKind.SIGNUPS: {
        Channel.SEARCH_ADS: 30,
        Channel.FACEBOOK: 25,
        Channel.INSTAGRAM: 25,
        Channel.EMAIL: 25,
        Channel.LINKEDIN: 15,
        Channel.TIKTOK: 15,
        Channel.X: 10,
        Channel.DISPLAY_ADS: 10,
    },
    GoalKind.BOOKINGS: {
        Channel.SEARCH_ADS: 35,
        Channel.INSTAGRAM: 25,
        Channel.FACEBOOK: 25,
        Channel.EMAIL: 20,
        Channel.TIKTOK: 15,
        Channel.DISPLAY_ADS: 10,
        Channel.X: 5,
        Channel.LINKEDIN: 5,
    },
    GoalKind.DONATIONS: {
        Channel.EMAIL: 30,
        Channel.FACEBOOK: 30,
        Channel.SEARCH_ADS: 25,
        Channel.INSTAGRAM: 20,
        Channel.TIKTOK: 10,
        Channel.X: 10,
        Channel.DISPLAY_ADS: 10,
        Channel.LINKEDIN: 10,
    },
    GoalKind.DOWNLOADS: {
        Channel.TIKTOK: 30,
        Channel.INSTAGRAM: 25,
        Channel.SEARCH_ADS: 25,
        Channel.FACEBOOK: 20,
        Channel.X: 10,
        Channel.DISPLAY_ADS: 10,
        Channel.EMAIL: 5,
        Channel.LINKEDIN: 5,
    },
    GoalKind.RETENTION: {
        Channel.EMAIL: 40,
        Channel.FACEBOOK: 20,
        Channel.INSTAGRAM: 20,
        Channel.SEARCH_ADS: 10,
        Channel.TIKTOK: 10,
        Channel.X: 5,
        Channel.LINKEDIN: 5,
        Channel.DISPLAY_ADS: 5,
    },
    GoalKind.REPUTATION: {
        Channel.EMAIL: 35,
        Channel.INSTAGRAM: 20,
        Channel.FACEBOOK: 20,
        Channel.SEARCH_ADS: 10,
        Channel.TIKTOK: 10,
        Channel.X: 10,
        Channel.LINKEDIN: 10,
        Channel.DISPLAY_ADS: 5,
    },
}
MIN_WEIGHT = 5  # every chosen channel gets at least a test budget

# Channels bought for reach: their flights cover the launch and sustain phases.
REACH_CHANNELS = (Channel.DISPLAY_ADS, Channel.TIKTOK, Channel.X)

__all__ = [
    "BENCHMARKS",
    "EMAIL_CLICK_RATE",
    "EMAIL_COST_PER_1000_USD",
    "EMAIL_OPEN_RATE",
    "FREQUENCY",
    "LANDING_CVR",
    "MIN_WEIGHT",
    "MIX_WEIGHTS",
    "REACH_CHANNELS",
    "WEBSITE_SHARE",
    "Benchmark",
]
