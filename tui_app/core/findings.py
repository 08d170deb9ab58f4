"""Review findings as typed records.

The review produces these; the score, the quality report, the LLM prompt's feedback and the
offline writer's revision all read the same records (nothing parses English back into data).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Any


class FindingKind(StrEnum):
    LIMIT = "limit"  # a text over its channel's length limit
    MISSING = "missing"  # a required part is absent (section, channel copy, persona count…)
    AVOID = "avoid"  # a word or claim the brief forbids
    URGENCY = "urgency"  # urgency language where the brief forbids it
    SELLING = "selling"  # purchase, price or discount words where nothing is sold
    SUPERLATIVE = "superlative"
    HEALTH_CLAIM = "health_claim"
    CTA = "cta"  # a call to action that is not the brief's primary CTA
    MUST_INCLUDE = "must_include"  # an ad, email or post without a required line
    LANGUAGE = "language"  # a language of the brief is missing from the copy
    GOAL_KPI = "goal_kpi"  # a goal's figure missing from the KPI plan
    SCHEDULE = "schedule"  # plan, media flights and calendar disagree, or a week is empty
    INTERNAL_TEXT = "internal_text"  # brief requirements or notes inside public copy
    SEAM = "seam"  # doubled words, a heading or CTA cut after a preposition or article
    BRIEF = "brief"  # the product, client, audience or features are not named
    FORMAT = "format"  # malformed hashtags and the like
    BUDGET = "budget"  # the media plan does not add up to the budget
    # a sentence of the brief's requirements that reads like a rule but was not understood:
    # nothing checks the kit against it, so it is left for a person to check
    UNCHECKED = "unchecked"


@dataclass(frozen=True, slots=True)
class Finding:
    """One defect: what kind, which node must fix it, where, and the values involved."""

    kind: FindingKind
    node: str
    field: str
    detail: str
    actual: str | None = None
    limit: str | None = None
    weight: int = 1
    blocking: bool = False
    # False when no revision of the node can fix it (a required line longer than an ad's
    # description can hold): it stays in the report, but the node is not sent back for it
    fixable: bool = True

    def to_data(self) -> dict[str, Any]:
        data = asdict(self)
        data["kind"] = self.kind.value
        return data

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Finding:
        return cls(**{**data, "kind": FindingKind(data["kind"])})

    def line(self) -> str:
        """The finding in one sentence, for people and for a model's revision prompt."""
        return f"{self.field}: {self.detail}"


__all__ = ["Finding", "FindingKind"]
