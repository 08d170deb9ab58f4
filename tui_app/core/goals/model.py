"""What a goal's figures are, typed: the records the parser returns and the KPI plan reads.

A `Target` is one figure a goal names (a count, money, a rate, a change, a cost cap or a
supply limit) with the words around it; `figure` is how the KPI plan must show the goal's own
number, so a check can find it there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from ..formatting import format_money, format_number
from .kinds import GoalKind


class Measure(StrEnum):
    """What kind of figure a target is."""

    COUNT = "count"  # 150 sales-qualified leads
    MONEY = "money"  # $5,000 in donations
    RATE = "rate"  # a level: churn at 10%, a 4.8-star rating, NPS above 50, ROAS of 4x
    CHANGE = "change"  # a relative change with no level: cut churn by 20%
    COST = "cost"  # a cost cap: CPA under $45
    SUPPLY = "supply"  # what exists to sell: the 196-piece edition


class Bound(StrEnum):
    AT_LEAST = "at least"
    AT_MOST = "at most"


COUNT, MONEY, RATE, CHANGE, COST, SUPPLY = Measure
AT_LEAST, AT_MOST = Bound


@dataclass(frozen=True, slots=True)
class Target:
    """One figure a goal names. `figure` is how the KPI plan shows the goal's own number."""

    goal: str
    goal_index: int
    measure: Measure
    kind: GoalKind
    value: Decimal
    unit: str  # "sales-qualified leads", "%", "pp", "stars", "x", "points"; a currency for money
    metric: str = ""  # churn, CPA, rating, NPS, ROAS, open rate, "in donations" …
    currency: str = ""
    baseline: Decimal | None = None  # the 18 of "from 18% to 10%"
    bound: Bound = AT_LEAST
    sell_out: bool = False  # a supply the goal wants sold in full
    phrase: str = ""
    # a figure no model estimate fits ("25 integration partners"): tracked as the goal states it
    stated: bool = False
    # a capacity used again over time ("limited to 8 rooms"): never caps an estimate
    reusable: bool = False

    @property
    def figure(self) -> str:
        """The goal's own figure: "150", "5,000 USD", "10%", "4.8", "4x", "196"."""
        if self.currency:
            return format_money(self.value, self.currency)
        return _with_unit(self.value, self.unit)

    @property
    def label(self) -> str:
        """The figure with its words: "150 sales-qualified leads", "churn from 18% to 10%"."""
        if self.measure in (COUNT, SUPPLY):
            if not self.unit:
                return self.figure
            if self.baseline is not None:
                return f"{self.unit} from {_plain(self.baseline)} to {self.figure}"
            return f"{self.figure} {self.unit}"
        if self.measure == MONEY:
            if self.baseline is not None:
                start = format_money(self.baseline, self.currency)
                return f"{self.figure} {self.metric} (from {start})"
            return f"{self.figure} {self.metric}"
        if self.measure == COST:
            if self.baseline is not None:  # "from €900 to €600": the baseline is the goal's too
                start = format_money(self.baseline, self.currency) if self.currency else ""
                return (
                    f"{self.metric} from {start or _plain(self.baseline)} to at most {self.figure}"
                )
            return f"{self.metric} at most {self.figure}"
        if self.measure == CHANGE:
            return f"{self.metric} {'down' if self.bound == AT_MOST else 'up'} {self.figure}"
        if self.unit == "stars":
            return f"{self.figure}-star {self.metric}"
        if self.baseline is not None and self.currency:
            start = format_money(self.baseline, self.currency)
            return f"{self.metric} from {start} to {self.figure}"
        if self.baseline is not None:
            # "…de 20% para 35%": the goal's own "from" is not said twice
            metric = re.sub(r"\s+(?:de|del|von|dal|van)$", "", self.metric)
            return f"{metric} from {_with_unit(self.baseline, self.unit)} to {self.figure}"
        return f"{self.metric} {self.bound.value} {self.figure}"

    def forms(self) -> tuple[str, ...]:
        """Ways a document may write the figure (for checking rendered files)."""
        grouped = format_number(self.value) if self.value == self.value.to_integral() else ""
        raw = format(self.value.normalize(), "f") if self.value else "0"
        return tuple(f for f in dict.fromkeys((self.figure, grouped, raw)) if f)


@dataclass(frozen=True, slots=True)
class UnitValue:
    """A per-conversion value the brief states: an average gift, a price, a deal size."""

    what: str  # "average gift", "average order value", "deal size", "ticket price", "price"
    kind: GoalKind
    amount: Decimal
    currency: str
    phrase: str


@dataclass(frozen=True, slots=True)
class ParsedGoal:
    text: str
    index: int
    kinds: tuple[GoalKind, ...]
    targets: tuple[Target, ...]
    deadline: str = ""  # "within 8 weeks", "by March 31"
    deadline_week: int | None = None

    @property
    def kind(self) -> GoalKind:
        return self.kinds[0] if self.kinds else GoalKind.AWARENESS

    @property
    def is_constraint(self) -> bool:
        """A limit the brief states among its goals ("Limited to 8 rooms"), not a result to
        reach: every figure is a supply or capacity and none is to be sold out."""
        return bool(self.targets) and all(
            t.measure == SUPPLY and not t.sell_out for t in self.targets
        )


@dataclass(frozen=True, slots=True)
class GoalReading:
    """Every goal parsed, plus the supply limits and unit values found anywhere in the brief."""

    goals: tuple[ParsedGoal, ...]
    targets: tuple[Target, ...]  # every goal's targets, in goal order
    supply: tuple[Target, ...] = ()  # from the goals and the brief's other text
    values: tuple[UnitValue, ...] = ()

    def value_for(self, kind: GoalKind) -> UnitValue | None:
        """The brief's value of one conversion of this kind (a price serves sales and bookings)."""
        wanted = {
            GoalKind.DONATIONS: (GoalKind.DONATIONS,),
            GoalKind.LEADS: (GoalKind.LEADS,),
            GoalKind.BOOKINGS: (GoalKind.BOOKINGS, GoalKind.SALES),
            GoalKind.SIGNUPS: (GoalKind.BOOKINGS,),
        }.get(kind, (GoalKind.SALES, GoalKind.BOOKINGS))
        for want in wanted:
            for value in self.values:
                if value.kind is want:
                    return value
        return None

    @property
    def supply_limit(self) -> Target | None:
        """The smallest stated stock (not a reusable capacity): it caps every sales estimate."""
        stock = [t for t in self.supply if not t.reusable]
        return min(stock, key=lambda t: t.value, default=None)


def _plain(value: Decimal) -> str:
    if value == value.to_integral():
        return format_number(value)
    return format(value.normalize(), "f")


def _with_unit(value: Decimal, unit: str) -> str:
    text = _plain(value)
    return {"%": f"{text}%", "x": f"{text}x", "pp": f"{text} points"}.get(unit, text)


__all__ = [
    "AT_LEAST",
    "AT_MOST",
    "CHANGE",
    "COST",
    "COUNT",
    "MONEY",
    "RATE",
    "SUPPLY",
    "Bound",
    "GoalReading",
    "Measure",
    "ParsedGoal",
    "Target",
    "UnitValue",
]
