"""Goals read into typed targets: the figures a KPI plan must carry.

`read_goals` turns each goal's figures into `Target`s — counts ("150 sales-qualified leads"),
money ("€250k pipeline"), rates and changes ("churn from 18% to 10%", "cut churn by 20%",
"a 4.8-star rating", "NPS above 50", "ROAS of 4x"), cost caps ("CPA under $45") and supply
limits ("the 196-piece edition") — and leaves goals without a figure qualitative. Figures
that are not outcomes (a budget, a saving, "5 colours", "3 new stores") are not targets: a
wrong target is worse than none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache

from ..formatting import CURRENCIES
from .figures import (
    Quantity,
    after_words,
    before_words,
    deadline_of,
    looks_plural,
    metric_before,
    quantities,
    unit_phrase,
    window_before,
)
from .kinds import GoalKind, classify
from .model import (
    AT_LEAST,
    AT_MOST,
    CHANGE,
    COUNT,
    RATE,
    SUPPLY,
    GoalReading,
    ParsedGoal,
    Target,
    UnitValue,
)
from .money import money_role, money_target
from .words import (
    AT_MOST_WORDS,
    BUDGET,
    CAPACITY_NOUN,
    CHANGE_AFTER,
    COST_METRIC,
    COUNTED_AS_STATED,
    DOWN_METRIC,
    DOWN_WORD,
    FRACTION,
    FRACTIONS,
    KNOWN_MASS,
    MULTIPLY,
    NOT_OUTCOME,
    RATING,
    REACH_UNIT,
    ROAS,
    SCORE,
    SELL_OUT,
    SKIP_LEAD,
    SUPPLY_LEAD,
    SUPPLY_NOUN,
    SUPPLY_TAIL,
    VALUE_WORDS,
)

_before = window_before


def _unit_kind(unit: str, kinds: Sequence[GoalKind], rest: str) -> GoalKind:
    """What a counted unit is: its own words first ("runners" sign up), then the goal's."""
    doing = re.match(r"\s*(?:to|who|that)\s+((?:\S+\s*){1,3})", rest, re.I)
    if doing:  # "2,000 residents to sign the pledge", "15,000 people to visit the museum"
        own = classify(doing.group(1))
        if own or re.match(
            r"(?:sign|pledge|attend|switch|recycl|vote|take|try|apply)", doing.group(1), re.I
        ):
            return (own or [GoalKind.SIGNUPS])[0]
    if REACH_UNIT.search(unit) and not any(k.is_action for k in kinds):
        # "Reach 50,000 residents" counts people reached; "Vaccinate 12,000 residents" does not
        return GoalKind.AWARENESS if GoalKind.AWARENESS in kinds else GoalKind.ENGAGEMENT
    own = classify(unit.split(" of ", 1)[1]) if " of " in unit else []
    own = own or classify(_head(unit)) or classify(unit)
    if own:
        return own[-1] if own[0] is GoalKind.AWARENESS and len(own) > 1 else own[0]
    # a unit the benchmarks do not count ("meals", "trees"): the goal's action, if any
    return next((k for k in kinds if k.is_action), kinds[0] if kinds else GoalKind.ENGAGEMENT)


def _rate(goal: str, index: int, q: Quantity, kinds: Sequence[GoalKind]) -> Target:
    before, after = _before(goal, q), goal[q.end :]
    lead = before_words(before, 4)
    metric = metric_before(before)
    base = {"goal": goal, "goal_index": index, "phrase": q.text, "unit": q.unit}
    change_after = CHANGE_AFTER.match(after)
    if not metric:
        tail = after[change_after.end() :] if change_after else after
        tail = re.sub(r"^\s*(?:in|of)\s+", " ", tail) if change_after else tail
        metric = re.sub(r"\s+(?:year|month|week|quarter)$", "", after_words(tail, 3))
    kind = (classify(metric) or list(kinds) or [GoalKind.ENGAGEMENT])[0]
    if q.pair_from is not None:  # from 18% to 10%
        bound = AT_MOST if q.value < q.pair_from else AT_LEAST
        return Target(
            **base,
            measure=RATE,
            kind=kind,
            value=q.value,
            metric=metric or "rate",
            baseline=q.pair_from,
            bound=bound,
        )
    if (
        re.search(r"\bby\s*$", lead, re.I)
        or change_after
        or re.search(r"(?:^|\s)(?:up|down|\+)\s*$", lead)
    ):
        down = bool(
            DOWN_WORD.search(lead)
            or (change_after and DOWN_WORD.match(change_after.group().strip()))
        )
        return Target(
            **base,
            measure=CHANGE,
            kind=kind,
            value=q.value,
            metric=metric or "the result",
            bound=AT_MOST if down else AT_LEAST,
        )
    if re.match(r"\s*of\s+", after, re.I):
        share = after_words(re.sub(r"^\s*of\s+(?:the\s+|our\s+|all\s+)?", "", after), 3)
        return Target(
            **base,
            measure=RATE,
            kind=(classify(share) or [kind])[0],
            value=q.value,
            metric=f"share of {share}" if share else "share",
        )
    down = AT_MOST_WORDS.search(lead) or DOWN_METRIC.search(metric)
    return Target(
        **base,
        measure=RATE,
        kind=kind,
        value=q.value,
        metric=metric or "rate",
        bound=AT_MOST if down else AT_LEAST,
    )


def _special(goal: str, index: int, q: Quantity) -> Target | None:
    """Ratings, scores and ROAS, which read like plain numbers."""
    lead = before_words(_before(goal, q), 4)
    near = f"{lead} {after_words(goal[q.end :], 3)}"
    base = {"goal": goal, "goal_index": index, "phrase": q.text, "value": q.value}
    if q.currency:
        return None
    if q.unit == "stars" or (not q.unit and q.value <= 5 and RATING.search(near)):
        return Target(**base, measure=RATE, kind=GoalKind.REPUTATION, unit="stars", metric="rating")
    score = SCORE.search(near)
    if score and q.unit in ("", "pp"):
        name = score.group(1)
        return Target(
            **base,
            measure=RATE,
            kind=GoalKind.REPUTATION,
            unit="points",
            metric=name.upper() if len(name) <= 4 else name,
            bound=AT_MOST if AT_MOST_WORDS.search(lead) else AT_LEAST,
        )
    roas = ROAS.search(near)
    if q.unit == "x" or (roas and q.unit == ""):
        name = roas.group(1) if roas else "ROAS"
        return Target(
            **base,
            measure=RATE,
            kind=GoalKind.SALES,
            unit="x",
            metric=name.upper() if len(name) <= 4 else name,
        )
    return None


def _count(goal: str, index: int, q: Quantity, kinds: Sequence[GoalKind]) -> Target | None:
    before, after = _before(goal, q), goal[q.end :]
    lead = before_words(before, 5)
    if SKIP_LEAD.search(lead) or q.unit:
        return None
    unit, rest = unit_phrase(after)
    if q.hyphen_unit:
        unit, rest = q.hyphen_unit, after
    elif not unit or not (looks_plural(_head(unit)) or KNOWN_MASS.match(_head(unit))):
        unit = _unit_before(before) if not unit else ""
        rest = after
    if not unit:
        return None
    head = _head(unit)
    if NOT_OUTCOME.match(head) and not re.search(r"room nights", unit, re.I):
        return None
    if not (looks_plural(head) or KNOWN_MASS.match(head)):
        return None
    if _named(unit):
        return None  # "3 Cannes Lions" names a thing
    if q.year_like and not q.hyphen_unit and (not unit or re.match(r"\s*[,.;]|$", after)):
        return None
    base = {"goal": goal, "goal_index": index, "phrase": q.text, "value": q.value, "unit": unit}
    if SUPPLY_NOUN.match(head) and (
        q.hyphen_unit or SUPPLY_LEAD.search(lead) or SUPPLY_TAIL.match(rest)
    ):
        sell_out = bool(SELL_OUT.search(goal))
        return Target(
            **base,
            measure=SUPPLY,
            kind=GoalKind.SALES,
            sell_out=sell_out,
            reusable=bool(CAPACITY_NOUN.match(head)) and not sell_out,
        )
    if COUNTED_AS_STATED.match(head) or COUNTED_AS_STATED.match(unit):
        own = classify(unit)
        return Target(
            **base,
            measure=COUNT,
            kind=own[0] if own else GoalKind.ENGAGEMENT,
            baseline=q.pair_from,
            stated=True,
        )
    return Target(**base, measure=COUNT, kind=_unit_kind(unit, kinds, rest), baseline=q.pair_from)


def _named(unit: str) -> bool:
    head = _head(unit)
    return head[0].isupper() and not re.fullmatch(r"[A-Z]{2,}s", head) and len(unit.split()) > 1


def _not_a_figure(goal: str, q: Quantity, deadline: str) -> bool:
    """A number in a goal that is no figure to reach: a deadline, a budget or a saving, a price
    used as an input, a scope ("in 5 markets"), a time span, a part of the product ("the 3 core
    features"), a name ("3 Cannes Lions"), a year. Everything else a goal states is a target."""
    at = goal.find(deadline) if deadline else -1
    if at >= 0 and at <= q.start < at + len(deadline):
        return True
    if q.currency:
        return money_role(goal, q) in ("skip", "value")
    if q.unit:
        return False
    if SKIP_LEAD.search(before_words(_before(goal, q), 5)):
        return True
    after = goal[q.end :]
    unit = q.hyphen_unit or unit_phrase(after)[0]
    head = _head(unit) if unit else ""
    if q.year_like and not q.hyphen_unit and not (head and looks_plural(head)):
        return True  # "the 2023 vintage", "the 2024 Webby"; not "2000 units"
    if not unit:
        return False
    if re.search(r"room nights", unit, re.I):
        return False
    return bool(NOT_OUTCOME.match(head) or NOT_OUTCOME.match(unit) or _named(unit))


def stated_figures(goal: str, currency: str = "USD") -> list[Quantity]:
    """Every figure a goal states as something to reach or track: what the KPI plan must
    carry (ages, deadlines, budgets, prices used as inputs and scopes are left out)."""
    deadline, _ = deadline_of(goal)
    return [q for q in quantities(goal, currency) if not _not_a_figure(goal, q, deadline)]


def _as_stated(goal: str, index: int, q: Quantity, kinds: Sequence[GoalKind]) -> Target:
    """A figure the parser cannot type ("Reach 5,000", "Sign 25 partners"): tracked as stated,
    with no estimate — never dropped, never given an invented one."""
    unit, _ = unit_phrase(goal[q.end :])
    unit = q.hyphen_unit or (unit if unit and not unit[0].isdigit() else "")
    if q.currency:
        return Target(
            goal=goal,
            goal_index=index,
            measure=RATE,
            kind=(kinds or [GoalKind.SALES])[0],
            value=q.value,
            unit=q.currency,
            currency=q.currency,
            metric=metric_before(_before(goal, q)) or "amount",
            baseline=q.pair_from,
            phrase=q.text,
            stated=True,
        )
    return Target(
        goal=goal,
        goal_index=index,
        measure=COUNT,
        kind=(classify(unit) or [GoalKind.ENGAGEMENT])[0],
        value=q.value,
        unit=unit,
        baseline=q.pair_from,
        phrase=q.text,
        stated=True,
    )


def _head(unit: str) -> str:
    """The counted noun of a unit: "pieces of earned media coverage" → "pieces"."""
    return unit.split(" of ")[0].split()[-1]


def _unit_before(before: str) -> str:
    """ "Grow newsletter subscribers to 10k" → "newsletter subscribers"."""
    match = re.search(
        r"\b(?:grow|increase|boost|get|bring|take|lift|raise|build|expand|push)\s+"
        r"(?:(?:our|the|its|their|your|a|an)\s+)?([a-z][\w' -]{2,40}?)\s+(?:to|from|past|above|"
        r"beyond|over)(?:\s+(?:over|at least|more than|beyond))?\s*$",
        before,
        re.I,
    )
    return match.group(1).strip() if match else ""


def parse_goal(goal: str, index: int = 0, currency: str = "USD") -> ParsedGoal:
    """One goal's kinds, targets and deadline. `currency` resolves a bare "$" or "¥"."""
    kinds = classify(goal)
    deadline, week = deadline_of(goal)
    targets: list[Target] = []
    for q in quantities(goal, currency):
        if _not_a_figure(goal, q, deadline):
            continue
        target = _special(goal, index, q)
        if target is None and q.currency:
            target = money_target(goal, index, q, kinds)
        elif target is None and q.unit in ("%", "pp"):
            target = _rate(goal, index, q, kinds)
        elif target is None:
            target = _count(goal, index, q, kinds)
        targets.append(target or _as_stated(goal, index, q, kinds))
    fraction = FRACTION.search(goal) if not targets else None
    if fraction:
        verb, metric, part = (g.lower() for g in fraction.groups())
        down = bool(DOWN_WORD.match(verb))
        targets.append(
            Target(
                goal=goal,
                goal_index=index,
                measure=CHANGE,
                kind=(classify(metric) or kinds or [GoalKind.ENGAGEMENT])[0],
                value=Decimal(FRACTIONS[part.split()[-1]] * (2 if part.startswith("two") else 1)),
                unit="%",
                metric=metric,
                bound=AT_MOST if down else AT_LEAST,
                phrase=fraction.group(0),
            )
        )
    if not targets:
        match = MULTIPLY.search(goal)
        if match:
            word = match.group(1).lower()
            value = {"double": 100, "triple": 200, "quadruple": 300, "halve": 50}[word]
            metric = match.group(2).strip()
            targets.append(
                Target(
                    goal=goal,
                    goal_index=index,
                    measure=CHANGE,
                    kind=(classify(metric) or kinds or [GoalKind.SALES])[0],
                    value=Decimal(value),
                    unit="%",
                    metric=metric,
                    bound=AT_MOST if word == "halve" else AT_LEAST,
                    phrase=match.group(0),
                )
            )
    return ParsedGoal(goal, index, tuple(kinds), tuple(targets), deadline, week)


def unit_values(text: str, currency: str = "USD") -> list[UnitValue]:
    """Per-conversion values a text states: "average gift of $40", "priced at ¥48,000"."""
    values = []
    for q in quantities(text, currency):
        if not q.currency:
            continue
        lead = before_words(_before(text, q), 6)[-40:]
        trail = text[q.end :]
        if BUDGET.search(lead[-25:]) or COST_METRIC.search(lead[-30:]):
            continue
        for pattern, what, kind in VALUE_WORDS:
            if pattern.search(lead) or re.match(rf"\s*(?:{pattern.pattern})", trail, re.I):
                values.append(UnitValue(what, kind, q.value, q.currency, q.text))
                break
    return values


_SHARE_OF_PRONOUN = re.compile(r"^share of (?:them|those|these|it)\b", re.I)


def _resolve_pronouns(parsed: tuple[ParsedGoal, ...]) -> tuple[ParsedGoal, ...]:
    """ "Sign up 6,000 children", then "Get 70% of them to finish": a share of *them* is a
    share of the children the goal before counts (the KPI plan read "Share of them")."""
    out: list[ParsedGoal] = []
    before = ""
    for goal in parsed:
        targets = tuple(
            replace(
                t,
                metric=_SHARE_OF_PRONOUN.sub(f"share of {before}" if before else "share", t.metric),
            )
            if _SHARE_OF_PRONOUN.match(t.metric)
            else t
            for t in goal.targets
        )
        out.append(replace(goal, targets=targets) if targets != goal.targets else goal)
        before = next((t.unit for t in goal.targets if t.measure == COUNT and t.unit), before)
    return tuple(out)


@lru_cache(maxsize=256)
def _read(goals: tuple[str, ...], currency: str, context: tuple[str, ...]) -> GoalReading:
    parsed = _resolve_pronouns(tuple(parse_goal(goal, i, currency) for i, goal in enumerate(goals)))
    supply = [t for g in parsed for t in g.targets if t.measure == SUPPLY]
    values: list[UnitValue] = []
    for text in (*goals, *context):
        values += unit_values(text, currency)
    for text in context:
        for target in parse_goal(text, -1, currency).targets:
            if target.measure == SUPPLY and all(t.value != target.value for t in supply):
                supply.append(target)
    return GoalReading(
        goals=parsed,
        targets=tuple(t for g in parsed for t in g.targets),
        supply=tuple(supply),
        values=tuple(values),
    )


def read_goals(
    goals: Sequence[str], *, currency: str = "USD", context: Sequence[str] = ()
) -> GoalReading:
    """Parse every goal. `context` (key features, requirements, product) adds supply limits and
    per-conversion values (average gift, price) but no targets of its own. A bare "$" or "¥"
    means the budget's currency when the budget uses that symbol too."""
    code = currency if currency in CURRENCIES else "USD"
    return _read(tuple(goals), code, tuple(c for c in context if c))


__all__ = [
    "parse_goal",
    "read_goals",
    "stated_figures",
    "unit_values",
]
