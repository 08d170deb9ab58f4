"""Money figures in a goal: what each one is (a cost cap, a budget, a price used as an input,
a price or rate to reach, a total to raise or sell) and the target it makes.

An average price, rate, order value or fee is a level to reach, never a revenue total; a budget
or a saving is no target at all.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .figures import Quantity, after_words, before_words, metric_before, window_before
from .kinds import GoalKind, classify
from .model import AT_LEAST, AT_MOST, COST, MONEY, RATE, Target
from .words import (
    AT_MOST_WORDS,
    BUDGET,
    COST_METRIC,
    LEVEL,
    MONEY_NOUN,
    MONEY_RATE,
    PER_ACTION,
    PRICE_LEVEL,
    RAISE,
    SAVING,
    VALUE_WORDS,
)

_before = window_before


# Money a customer keeps with the client (a bank's deposits, a fund's assets): neither revenue
# nor gifts, and no benchmark turns visits into it, so it is tracked as the goal states it.
_BALANCES = re.compile(
    r"\b(deposits?|savings|balances?|assets under management|aum|inflows?|loan book)\b", re.I
)


def _money_metric(goal: str, kinds: Sequence[GoalKind]) -> tuple[str, GoalKind]:
    low = goal.lower()
    held = _BALANCES.search(goal)
    if held:  # "Raise deposits by €12 million" is not a fundraiser
        return f"in {held.group(1).lower()}", GoalKind.SALES
    if GoalKind.DONATIONS in kinds or re.search(r"donat|fund|\brais|pledge|\bgifts?\b", low):
        return "in donations", GoalKind.DONATIONS
    if "pipeline" in low:
        return "in pipeline", GoalKind.LEADS
    if re.search(r"\barr\b|\bmrr\b|recurring", low):
        return "in recurring revenue", GoalKind.SALES
    if GoalKind.BOOKINGS in kinds and GoalKind.SALES not in kinds:
        return "in bookings", GoalKind.BOOKINGS
    return "in revenue", GoalKind.SALES


def money_role(goal: str, q: Quantity) -> str:
    """What a money figure is: "cost" (a cap), "skip" (a budget or a saving), "level" (a money
    metric to reach: RevPAR, AOV), "price level" (an average rate or price to reach), "value"
    (a per-conversion input: an average gift, a price each) or "money" (a total to reach)."""
    lead = before_words(_before(goal, q), 8)
    trail = after_words(goal[q.end :], 2)
    if COST_METRIC.search(lead[-40:]) or PER_ACTION.match(goal[q.end :]):
        return "cost"
    if BUDGET.search(lead[-25:]) or BUDGET.match(trail) or SAVING.search(f"{lead[-20:]} {trail}"):
        return "skip"
    if MONEY_RATE.search(lead[-35:]) and (q.pair_from is not None or LEVEL.search(lead)):
        return "level"
    value_word = any(p.search(lead[-35:]) for p, _, _ in VALUE_WORDS[:4])
    if value_word and (q.pair_from is not None or RAISE.search(lead)):
        return "level"
    if PRICE_LEVEL.search(_before(goal, q)):
        return "price level"
    if value_word or any(p.match(trail) for p, _, _ in VALUE_WORDS[:4]):
        return "value"
    # "$50 each", "£20 per ticket" is a price; "CHF 90,000 per quarter" is a total per period
    period = r"(?:quarter|month|year|annum|week|day|season|term)\b"
    if re.match(rf"\s*(?:each|per|a|an)\b(?!\s+{period})", goal[q.end :], re.I):
        return "value"
    return "money"


def money_target(goal: str, index: int, q: Quantity, kinds: Sequence[GoalKind]) -> Target | None:
    lead = before_words(_before(goal, q), 8)
    base = {
        "goal": goal,
        "goal_index": index,
        "phrase": q.text,
        "value": q.value,
        "unit": q.currency,
        "currency": q.currency,
    }
    role = money_role(goal, q)
    if role == "cost":  # "CPA under $45", "at under $50 per lead"
        cost = COST_METRIC.search(lead[-40:])
        per = PER_ACTION.match(goal[q.end :])
        name = cost.group(1) if cost else f"cost per {per.group(1).lower() if per else ''}"
        return Target(
            **base,
            measure=COST,
            kind=(classify(name) or [k for k in kinds if k.is_action] or [GoalKind.SALES])[0],
            bound=AT_MOST,
            metric=name.upper() if len(name) <= 4 else name.lower(),
            baseline=q.pair_from,  # "from €900 to €600": the plan shows where it starts
        )
    if role in ("skip", "value"):
        return None  # a budget, a saving; "an average gift of $40", "$50k ACV" are inputs
    rate = MONEY_RATE.search(lead[-35:])
    if role == "level" and rate:
        # "a RevPAR above €140", "lift AOV from $60 to $80": a money level to reach
        name = rate.group(1).lower()
        return Target(
            **base,
            measure=RATE,
            kind=GoalKind.SALES,
            baseline=q.pair_from,
            metric={"revpar": "RevPAR", "arppu": "ARPPU"}.get(
                name, name.upper() if len(name) <= 4 else name
            ),
        )
    if role == "level":
        # "Increase average order value from $60 to $80": a level to reach
        value_word = next(w for p, w, _ in VALUE_WORDS[:4] if p.search(lead[-35:]))
        return Target(
            **base, measure=RATE, kind=GoalKind.SALES, metric=value_word, baseline=q.pair_from
        )
    if role == "price level":
        # "Reach an average nightly rate of ¥95,000": a price to hold, not a revenue total
        level = PRICE_LEVEL.search(_before(goal, q))
        assert level is not None
        metric = re.sub(r"^(?:the|an?|our)\s+", "", level.group(1).strip(), flags=re.I)
        return Target(
            **base,
            measure=RATE,
            kind=GoalKind.SALES,
            baseline=q.pair_from,
            metric=metric,
            bound=AT_MOST if AT_MOST_WORDS.search(lead) else AT_LEAST,
        )
    metric, kind = _money_metric(goal, kinds)
    noun = MONEY_NOUN.match(goal[q.end :])
    if noun:  # "¥3,000,000 revenue", "₩500,000,000 in pre-orders"
        words = after_words(goal[q.end + noun.end() :], 2) if noun.group(1) else ""
        named = f"in {noun.group(2) or words}".strip()
        if named != "in":
            own = classify(named)
            metric, kind = named, (own[0] if own else kind)
    elif metric == "in revenue" and re.search(r"\bby\s*$", lead):
        what = metric_before(_before(goal, q))  # "Grow deposits by £20m"
        if what and not classify(what):
            metric = f"in {what}"
    held = bool(_BALANCES.search(metric))  # "in deposits", "in new savings"
    # "from CHF 40,000 to CHF 90,000": the baseline is part of the goal's figures
    return Target(
        **base, measure=MONEY, kind=kind, metric=metric, stated=held, baseline=q.pair_from
    )


__all__ = ["money_role", "money_target"]
