"""One KPI row per goal figure: the goal's number, what the media plan delivers towards it and
the verdict, with the arithmetic written out the way a marketer would check it.

Counts of people reached are judged against reach, visits against clicks, actions (leads,
sign-ups, sales, gifts, installs, members) against the conversion estimate; money against
conversions × the value the brief gives (or, for donations only, a stated working gift);
cost caps against the plan's cost per conversion; channel rates against their benchmark.
A deadline inside the timeline pro-rates the estimate to the media spent by then.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from ..formatting import format_money, format_number, format_percent, usd_per_unit
from ..goals import GoalKind, GoalReading, Measure, ParsedGoal, Target
from ..goals.kinds import RECRUIT
from .benchmarks import EMAIL_CLICK_RATE, EMAIL_OPEN_RATE, FREQUENCY
from .kpi_model import Feasibility, GoalKpi, judge
from .media import MediaPlan

# A working average gift when the brief gives none (USD, converted to a round figure): said to
# be an assumption wherever it is used, so the charity replaces it with its own.
ASSUMED_GIFT_USD = 100

_VERB = {
    GoalKind.LEADS: "become a lead",
    GoalKind.SIGNUPS: "sign up",
    GoalKind.SALES: "buy",
    GoalKind.BOOKINGS: "book",
    GoalKind.DONATIONS: "give",
    GoalKind.DOWNLOADS: "install or wishlist",
    GoalKind.COMMUNITY: "join",
}
_PEOPLE = re.compile(r"people|residents|households|citizens|viewers|listeners|readers|reach", re.I)
_MEASURED_BY = (
    (r"github", "the repository's GitHub insights"),
    (r"aware|recall|recogni|consider|percept", "a brand-lift survey before and after"),
    (r"churn|retent|renew|repeat|lapsed|loyal", "the customer records (CRM or billing), monthly"),
    (r"rating|review|star", "the average rating and review count on each platform"),
    (r"nps|csat|satisf|net promoter", "a customer survey before and after"),
    (r"share of|market share", "sales data split by channel or market"),
    (r"order value|aov|basket", "the order data in the shop's analytics"),
    (r"engag|comment|share|like|save", "each platform's analytics"),
)
_UTM = "attributed to campaign links (UTM-tagged)"


def measured_by(text: str) -> str:
    """Where a figure the media plan cannot estimate is measured."""
    for pattern, how in _MEASURED_BY:
        if re.search(pattern, text, re.I):
            return how
    return "the client's own records"


def _n(value: float | Decimal) -> str:
    return format_number(value)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


@dataclass(frozen=True, slots=True)
class Delivery:
    """The media plan's aggregates that goals are judged against."""

    plan: MediaPlan
    spend: Decimal
    impressions: int
    paid_clicks: int
    clicks: int
    conversions: int
    uncapped: int
    label: str
    email_sends: int

    @classmethod
    def of(cls, plan: MediaPlan) -> Delivery:
        paid = [line for line in plan.lines if line.pricing != "fixed" and line.channel != "email"]
        email = next((line for line in plan.lines if line.channel == "email"), None)
        return cls(
            plan=plan,
            spend=plan.media_spend,
            impressions=plan.totals.impressions,
            paid_clicks=sum(line.clicks for line in paid),
            clicks=plan.totals.clicks,
            conversions=plan.totals.conversions,
            uncapped=plan.uncapped_conversions or plan.totals.conversions,
            label=plan.conversion_label,
            email_sends=email.impressions if email else 0,
        )

    @property
    def reach(self) -> int:
        return round(self.impressions / FREQUENCY)

    @property
    def cvr(self) -> float:
        return self.uncapped / self.clicks if self.clicks else 0.0

    def money(self, amount: Decimal | float) -> str:
        return format_money(amount, self.plan.currency)

    def convert(self, amount: Decimal, currency: str) -> Decimal:
        """An amount in another currency, in the plan's (static reference rates)."""
        src, dst = usd_per_unit(currency), usd_per_unit(self.plan.currency)
        if currency == self.plan.currency or not src or not dst:
            return amount
        return Decimal(str(float(amount) * src / dst))

    def share_by(self, week: int) -> float:
        """The share of media spend gone by the end of `week` (a flight spends evenly)."""
        done = 0.0
        for line in self.plan.lines:
            if line.pricing != "fixed":
                length = line.end_week - line.start_week + 1
                done += (
                    float(line.budget) * min(max(0, week - line.start_week + 1), length) / length
                )
        return done / float(self.spend) if self.spend else 1.0


class GoalRows:
    """Builds the goal rows of one brief's KPI plan."""

    def __init__(self, plan: MediaPlan, reading: GoalReading) -> None:
        self.plan, self.reading, self.d = plan, reading, Delivery.of(plan)
        self.shared = sum(
            t.measure in (Measure.COUNT, Measure.MONEY) and t.kind.is_action
            for t in reading.targets
        )
        # the action goal the plan's one pool of conversions estimates: its kind's, or the first
        counted = [t for t in reading.targets if t.measure == Measure.COUNT and t.kind.is_action]
        own = [t for t in counted if t.kind.value == plan.conversion_kind]
        self.lead = (own or counted or [None])[0]

    def rows(self) -> list[GoalKpi]:
        measures = {
            Measure.COUNT: self.count,
            Measure.MONEY: self.money,
            Measure.COST: self.cost,
            Measure.RATE: self.rate,
            Measure.CHANGE: self.change,
            Measure.SUPPLY: self.supply,
        }
        out: list[GoalKpi] = []
        for goal in self.reading.goals:
            if not goal.targets:
                out.append(self.qualitative(goal))
            out += [
                self.stated(goal, t) if t.stated else measures[t.measure](goal, t)
                for t in goal.targets
            ]
        return out

    def row(
        self,
        goal: ParsedGoal,
        t: Target,
        kpi: str,
        verdict: Feasibility,
        basis: str,
        estimate: str = "–",
        ratio: float | None = None,
        how: str = "",
    ) -> GoalKpi:
        return GoalKpi(
            goal=goal.text,
            goal_index=goal.index,
            kpi=kpi,
            target=t.label,
            figure=t.figure,
            measure=t.measure.value,
            estimate=estimate,
            feasibility=verdict,
            basis=basis,
            measured_by=how,
            ratio=None if ratio is None or ratio == float("inf") else round(ratio, 4),
        )

    def by_deadline(self, goal: ParsedGoal, value: float) -> tuple[float, str]:
        """An estimate pro-rated to the goal's deadline week, and the words for it."""
        week = goal.deadline_week
        if week is None or week >= self.plan.weeks:
            return value, ""
        share = self.d.share_by(week)
        return value * share, (
            f" By week {week} ({goal.deadline}) {format_percent(share)} of the media budget is "
            "spent, so the estimate is pro-rated to that."
        )

    # -- one method per measure ------------------------------------------------------------

    def count(self, goal: ParsedGoal, t: Target) -> GoalKpi:
        d, need, kpi = self.d, float(t.value), _cap(t.unit)
        spend = f"At benchmark rates {d.money(d.spend)} of media"
        if t.kind is GoalKind.AWARENESS:
            people = bool(_PEOPLE.search(t.unit))
            est, when = self.by_deadline(goal, d.reach if people else d.impressions)
            verdict, ratio = judge(est, need)
            reach = f", reaching about {_n(d.reach)} people" if people else ""
            basis = (
                f"{spend} buys about {_n(d.impressions)} impressions{reach} at an average "
                f"frequency of {FREQUENCY}.{when} {t.label} is {verdict.value}"
                + (" if the targeting keeps to them." if people else ".")
            )
            unit = "people reached" if people else "impressions"
            how = "reach and impressions in the ad platforms"
            kpi = f"{kpi} reached" if people else kpi
            return self.row(goal, t, kpi, verdict, basis, f"about {_n(est)} {unit}", ratio, how)
        if t.kind is GoalKind.TRAFFIC:
            est, when = self.by_deadline(goal, d.clicks)
            verdict, ratio = judge(est, need)
            basis = (
                f"{spend} brings about {_n(d.clicks)} clicks to the site.{when} {t.label} is "
                f"{verdict.value} ({format_percent(min(ratio, 99))} of the goal)."
            )
            how = "sessions from campaign links in web analytics"
            return self.row(goal, t, kpi, verdict, basis, f"about {_n(est)} visits", ratio, how)
        if not t.kind.is_action:
            return self.stated(goal, t, f"Media benchmarks do not count {t.unit}.")
        return self.action(goal, t, kpi, need)

    def stated(self, goal: ParsedGoal, t: Target, why: str = "") -> GoalKpi:
        """A figure no estimate fits, tracked as the goal words it, with no verdict."""
        how = measured_by(f"{t.unit} {t.metric} {goal.text}")
        what = t.unit if t.unit and not t.currency else t.metric
        kpi = _cap(what) if what else "Goal figure"
        basis = (
            f"{why or 'No media benchmark estimates ' + (what or 'this figure') + '.'} "
            f"The plan tracks {t.label} as the goal states it (“{goal.text}”), in {how}."
        )
        return self.row(goal, t, kpi, Feasibility.NOT_ESTIMATED, basis, how=how)

    def action(self, goal: ParsedGoal, t: Target, kpi: str, need: float) -> GoalKpi:
        d, supply = self.d, self.reading.supply_limit
        recruits = [x for x in self.reading.targets if x.kind.is_action and _recruits(x)]
        actions = [x for x in self.reading.targets if x.kind.is_action]
        own = t.kind.value == d.plan.conversion_kind
        if _recruits(t) and not (own and len(recruits) == len(actions)):
            # people the campaign enlists are a few of its conversions, not all of them
            return self.stated(
                goal,
                t,
                f"The plan's {_n(d.conversions)} {d.label} come from the whole campaign; "
                f"how many become {t.unit} is not something media benchmarks estimate.",
            )
        if not own and self.shared > 1 and t is not self.lead:
            # one pool of conversions, named after the first action goal: it is no estimate of
            # a second action too ("about 401 demos" were "about 401 hospital contracts")
            return self.stated(
                goal,
                t,
                f"The plan's {_n(d.conversions)} {d.label} are one estimate for the whole "
                f"campaign; how many {t.unit} come of them is not something media benchmarks "
                "estimate.",
            )
        est, when = self.by_deadline(goal, d.conversions)
        verdict, ratio = judge(est, need)
        # more than there is to sell: no budget reaches it, whatever the visits say (the
        # verdict is settled before the sentence that states it)
        beyond = supply is not None and need > float(supply.value) and t.kind is GoalKind.SALES
        if beyond:
            assert supply is not None
            verdict, ratio = Feasibility.BEYOND_SUPPLY, float(supply.value) / need
        # the plan counts one pool of conversions, named after the first action goal
        own = t.kind.value == d.plan.conversion_kind
        pool = d.label if own else "conversions"
        if not d.clicks:
            basis = f"The plan buys no clicks, so nothing feeds {t.label}."
        else:
            rate = need / d.clicks
            needs = (
                f"{format_percent(rate)} of visitors to {_VERB.get(t.kind, 'convert')}"
                if rate <= 1
                else "more conversions than there are visits"
            )
            basis = (
                f"At benchmark rates {d.money(d.spend)} of media brings about {_n(d.clicks)} "
                f"visits and about {_n(d.conversions)} {pool} ({format_percent(d.cvr)} of "
                f"visits).{when} "
            )
            if beyond:
                basis += f"The goal asks for {t.label}, more than the {supply.label} there are"
            else:
                basis += f"{t.label} needs {needs}"
            basis += f" — {verdict.value}."
        if d.conversions < d.uncapped and supply is not None and not beyond:
            basis += (
                f" Capped at the {supply.label} available: benchmark rates alone would give "
                f"about {_n(d.uncapped)}."
            )
        if self.shared > 1:
            basis += " The same visits feed the other action goals."
        estimate = f"about {_n(est)} {d.label if own else t.unit}"
        return self.row(goal, t, kpi, verdict, basis, estimate, ratio, f"{t.unit} {_UTM}")

    def money(self, goal: ParsedGoal, t: Target) -> GoalKpi:
        d = self.d
        amount = d.convert(t.value, t.currency)
        shown = t.figure + (f" (about {d.money(amount)})" if t.currency != d.plan.currency else "")
        names = {"in donations": "Donations raised", "in pipeline": "Pipeline value"}
        kpi = names.get(t.metric, _cap(t.metric.removeprefix("in ")))
        how = f"payments {_UTM}"
        count, when = self.by_deadline(goal, d.conversions)
        value = self.reading.value_for(t.kind)
        if value is not None:
            each = d.convert(value.amount, value.currency)
            est = float(each) * count
            verdict, ratio = judge(est, float(amount))
            basis = (
                f"{_cap(value.what)}: {format_money(value.amount, value.currency)}. At "
                f"benchmark rates the plan brings about {_n(count)} {d.label}.{when} "
                f"{_n(count)} × {d.money(each)} ≈ {d.money(est)}: {shown} is {verdict.value}."
            )
            return self.row(goal, t, kpi, verdict, basis, f"about {d.money(est)}", ratio, how)
        if t.kind is GoalKind.DONATIONS:
            gift = d.convert(Decimal(ASSUMED_GIFT_USD), "USD")
            gift = Decimal(f"{float(gift):.2g}").quantize(Decimal(1))  # a round working figure
            gifts = float(amount / gift) if gift else 0.0
            verdict, ratio = judge(count, gifts)
            rate = gifts / d.clicks if d.clicks else float("inf")
            giving = (
                f"{format_percent(rate)} of visitors" if rate <= 1 else "more gifts than visits"
            )
            basis = (
                f"At benchmark rates {d.money(d.spend)} of media brings about {_n(d.clicks)} "
                f"visits.{when} Assuming an average gift of {d.money(gift)} (a round working "
                f"figure until the real one is known; replace it with your own), {shown} needs "
                f"about {_n(gifts)} gifts: "
                f"{giving} giving, against a benchmark {format_percent(d.cvr)} — {verdict.value}."
            )
            return self.row(goal, t, kpi, verdict, basis, f"about {_n(count)} gifts", ratio, how)
        per = amount / Decimal(str(count)) if count >= 1 else amount
        basis = (
            f"At benchmark rates the plan brings about {_n(count)} {d.label}.{when} Reaching "
            f"{shown} needs about {d.money(per)} per conversion. With no price, order value or "
            "deal size given, the plan cannot judge this goal: add one."
        )
        estimate = f"about {_n(count)} {d.label}"
        return self.row(goal, t, kpi, Feasibility.NOT_ESTIMATED, basis, estimate, how=how)

    def cost(self, goal: ParsedGoal, t: Target) -> GoalKpi:
        d, low = self.d, t.metric.lower()
        cap = float(d.convert(t.value, t.currency))
        if low == "cpc":
            plan, what = (float(d.spend) / d.paid_clicks if d.paid_clicks else 0), "cost per click"
        elif low == "cpm":
            plan = float(d.spend) / d.impressions * 1000 if d.impressions else 0
            what = "cost per 1,000 impressions"
        else:
            plan = float(d.spend) / d.conversions if d.conversions else 0
            what = f"cost per conversion ({d.label})"
        if not plan:
            basis = "The plan buys no media to estimate this cost from."
            return self.row(goal, t, _cap(t.metric), Feasibility.NOT_ESTIMATED, basis)
        verdict, ratio = judge(cap, plan)
        basis = (
            f"At benchmark rates the plan's {what} is about {d.money(plan)}; keeping {t.metric} "
            f"at most {t.figure} is {verdict.value}."
        )
        how = "the ad platforms' cost reports, weekly"
        estimate = f"about {d.money(plan)}"
        return self.row(goal, t, _cap(t.metric), verdict, basis, estimate, ratio, how)

    def rate(self, goal: ParsedGoal, t: Target) -> GoalKpi:
        if t.unit == "x":
            return self.roas(goal, t)
        d, low, kpi = self.d, t.metric.lower(), _cap(t.metric)
        bench: tuple[str, float] | None = None
        if re.search(r"\bctr\b|click[- ]through", low):
            bench = ("blended CTR", d.paid_clicks / d.impressions if d.impressions else 0)
        elif "open rate" in low:
            bench = ("Mailchimp average open rate", EMAIL_OPEN_RATE)
        elif re.search(r"email click|click rate", low):
            bench = ("Mailchimp average click rate", EMAIL_CLICK_RATE)
        elif re.search(r"conversion rate|\bcvr\b", low):
            bench = ("blended conversion rate", d.cvr)
        if t.unit == "%" and bench is not None and bench[1]:
            want = float(t.value) / 100
            up = t.bound.value == "at least"
            verdict, ratio = judge(bench[1], want) if up else judge(want, bench[1])
            basis = f"The plan's {bench[0]} is {format_percent(bench[1])}; {t.label} is "
            basis += f"{verdict.value}."
            estimate = f"{format_percent(bench[1])} at benchmark"
            how = "the ad and email platforms' reports"
            return self.row(goal, t, kpi, verdict, basis, estimate, ratio, how)
        how = measured_by(f"{t.metric} {goal.text}")
        start = (
            "from the stated baseline"
            if t.baseline is not None
            else ("recording the starting value in week 1")
        )
        basis = (
            f"A media plan does not move {t.metric} directly, so benchmarks cannot estimate it. "
            f"Track {t.label} in {how}, {start}."
        )
        return self.row(goal, t, kpi, Feasibility.NOT_ESTIMATED, basis, how=how)

    def roas(self, goal: ParsedGoal, t: Target) -> GoalKpi:
        d = self.d
        need = float(d.spend) * float(t.value)
        value = self.reading.value_for(GoalKind.SALES)
        how = "revenue from campaign links ÷ media spend"
        if value is not None and d.conversions and d.spend:
            revenue = float(d.convert(value.amount, value.currency)) * d.conversions
            verdict, ratio = judge(revenue, need)
            roas = f"{revenue / float(d.spend):.1f}x"
            basis = (
                f"{_n(d.conversions)} {d.label} × {value.what} "
                f"{format_money(value.amount, value.currency)} ≈ {d.money(revenue)} on "
                f"{d.money(d.spend)} of media: ROAS about {roas}, so {t.figure} is {verdict.value}."
            )
            return self.row(goal, t, t.metric, verdict, basis, f"about {roas}", ratio, how)
        per = need / d.conversions if d.conversions else need
        basis = (
            f"At {t.figure}, {d.money(d.spend)} of media must return {d.money(need)}: about "
            f"{d.money(per)} for each of the ~{_n(d.conversions)} {d.label} estimated. With no "
            "price or order value given, the plan cannot judge this goal: add one."
        )
        return self.row(goal, t, t.metric, Feasibility.NOT_ESTIMATED, basis, how=how)

    def change(self, goal: ParsedGoal, t: Target) -> GoalKpi:
        how = measured_by(f"{t.metric} {goal.text}")
        basis = (
            f"A change of {t.figure} is measured against the level before the campaign; with "
            f"no baseline given, record {t.metric} for the last comparable period in "
            f"week 1 and track it in {how}."
        )
        return self.row(goal, t, _cap(t.metric), Feasibility.NOT_ESTIMATED, basis, how=how)

    def supply(self, goal: ParsedGoal, t: Target) -> GoalKpi:
        d = self.d
        if t.reusable:
            basis = (
                f"{_cap(t.label)} is a capacity used again over the campaign, not a stock that "
                "sells out, so it caps no estimate; track occupancy against it in the booking "
                "records."
            )
            how = "occupancy in the booking records"
            return self.row(goal, t, "Capacity", Feasibility.NOT_ESTIMATED, basis, how=how)
        verdict, ratio = judge(d.uncapped, float(t.value))
        selling = "Selling out" if t.sell_out else "Selling them all"
        basis = (
            f"At benchmark rates the plan would bring about {_n(d.uncapped)} {d.label}; "
            f"supply is limited to {t.label}, so every sales estimate in this kit is capped at "
            f"{t.figure}. {selling} is {verdict.value}."
        )
        kpi = "Sell-out" if t.sell_out else "Units available (caps every estimate)"
        estimate = f"about {_n(min(Decimal(d.uncapped), t.value))} sold"
        return self.row(goal, t, kpi, verdict, basis, estimate, ratio, "units sold against stock")

    def qualitative(self, goal: ParsedGoal) -> GoalKpi:
        d = self.d
        qualitative = {
            GoalKind.AWARENESS: (
                "Brand awareness",
                f"about {_n(d.reach)} people reached",
                "reach, impressions and branded search volume",
            ),
            GoalKind.TRAFFIC: (
                "Site traffic",
                f"about {_n(d.clicks)} visits",
                "sessions from campaign links in web analytics",
            ),
            GoalKind.ENGAGEMENT: (
                "Engagement",
                "–",
                "engagement rate (likes, comments, shares and saves per impression)",
            ),
            GoalKind.RETENTION: ("Retention", "–", "repeat purchases and churn in the CRM"),
            GoalKind.REPUTATION: ("Reputation", "–", "average rating, review count and NPS"),
        }
        action = (_cap(d.label), f"about {_n(d.conversions)} {d.label}", f"{d.label} {_UTM}")
        name, estimate, how = qualitative.get(goal.kind, action)
        return GoalKpi(
            goal=goal.text,
            goal_index=goal.index,
            kpi=name,
            target="no numeric target in the brief",  # the team's table; the site: "to be agreed"
            estimate=estimate if d.spend else "–",
            feasibility=Feasibility.QUALITATIVE,
            basis=f"{name} — measured by {how}; no numeric target is set yet, so the plan's "
            "estimate is the yardstick.",
            measured_by=how,
        )


def _recruits(t: Target) -> bool:
    """A target of people the campaign enlists (volunteers, hires, ambassadors)."""
    return bool(RECRUIT.search(f"{t.unit} {t.goal}"))


__all__ = ["ASSUMED_GIFT_USD", "Delivery", "GoalRows", "measured_by"]
