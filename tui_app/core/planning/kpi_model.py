"""The KPI plan's records and its one verdict rule.

A goal figure is judged by explicit arithmetic: what the media plan delivers towards it divided
by what the goal needs. At 1 or more it is within reach, from one half a stretch, below that
out of reach at this budget; a sales goal larger than the stated supply is beyond the supply
(no budget reaches it). A row's basis states its verdict once, in the verdict's own words, so
the sentence and the verdict column never disagree. Figures the media benchmarks cannot
speak to (churn, ratings, a change without a baseline, revenue without a price) are "not
estimated from media".
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, Field

STRETCH_FROM = 0.5  # an estimate at half of what a goal needs is a stretch; below, out of reach


class Feasibility(StrEnum):
    WITHIN_REACH = "within reach"
    STRETCH = "a stretch"
    OUT_OF_REACH = "out of reach at this budget"
    BEYOND_SUPPLY = "beyond the supply"  # asks to sell more than there is
    NOT_ESTIMATED = "not estimated from media"
    QUALITATIVE = "qualitative"


class KpiTarget(BaseModel):
    """A channel-level figure of the media plan."""

    name: str
    target: str
    basis: str = Field(description="Which numbers the target comes from.")


class GoalKpi(BaseModel):
    """One goal figure of the brief (or one goal without a figure) in the KPI plan."""

    goal: str
    goal_index: int
    kpi: str = Field(description="What is measured, e.g. 'Sales-qualified leads'.")
    target: str = Field(description="The goal's figure with its words, or 'no numeric target'.")
    figure: str = Field("", description="The goal's own figure as parsed ('' if qualitative).")
    measure: str = Field("qualitative", description="count, money, rate, change, cost, supply.")
    estimate: str = Field("–", description="What the media plan delivers towards it.")
    feasibility: Feasibility
    basis: str = Field(description="The arithmetic behind the verdict, in words.")
    measured_by: str = ""
    ratio: float | None = Field(None, description="Estimate ÷ what the goal needs.")


class KpiPlan(BaseModel):
    """Goal rows first (one per parsed figure or qualitative goal), then channel figures."""

    goals: list[GoalKpi] = Field(default_factory=list)
    targets: list[KpiTarget]
    notes: list[str] = Field(default_factory=list)


def judge(estimate: float, needed: float) -> tuple[Feasibility, float]:
    """The verdict and the ratio estimate ÷ needed (infinite when nothing is needed)."""
    if needed <= 0:
        return Feasibility.WITHIN_REACH, float("inf")
    ratio = estimate / needed
    if ratio >= 1:
        return Feasibility.WITHIN_REACH, ratio
    return (Feasibility.STRETCH if ratio >= STRETCH_FROM else Feasibility.OUT_OF_REACH), ratio


__all__ = ["STRETCH_FROM", "Feasibility", "GoalKpi", "KpiPlan", "KpiTarget", "judge"]
