"""The brief's goals, read once: one classifier (`classify`, `goal_kinds`) and one parser
(`read_goals`) that turns the figures a goal names into typed `Target`s.

    kinds.py    what a goal asks for (awareness, leads, donations…) and the channels that serve it
    figures.py  numbers, money, percentages and deadlines in free text
    model.py    the typed records: Target (count, money, rate, change, cost, supply), readings
    words.py    the words around a figure that say what it is (a supply, a cost cap, a budget…)
    money.py    what a money figure is (a cost cap, a budget, a price input, a level, a total)
    targets.py  which figures are targets, and reading a brief's goals into them
"""

from .kinds import (
    DEFAULT_CHANNELS,
    KIND_CHANNELS,
    Conversion,
    GoalKind,
    channel_ids_for_goals,
    classify,
    conversion_for,
    goal_families,
    goal_kinds,
)
from .model import Bound, GoalReading, Measure, ParsedGoal, Target, UnitValue
from .targets import parse_goal, read_goals, stated_figures, unit_values

__all__ = [
    "DEFAULT_CHANNELS",
    "KIND_CHANNELS",
    "Bound",
    "Conversion",
    "GoalKind",
    "GoalReading",
    "Measure",
    "ParsedGoal",
    "Target",
    "UnitValue",
    "channel_ids_for_goals",
    "classify",
    "conversion_for",
    "goal_families",
    "goal_kinds",
    "parse_goal",
    "read_goals",
    "stated_figures",
    "unit_values",
]
