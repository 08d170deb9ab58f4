"""`Rules`: everything audience-facing copy must obey, for one brief."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from .languages import language_name

# ---------------------------------------------------------------------------
# The rules
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Rules:
    """Everything audience-facing copy must obey, for one brief."""

    primary_cta: str = ""
    avoid: tuple[str, ...] = ()
    must_include: tuple[str, ...] = ()
    languages: tuple[str, ...] = ("en",)
    no_selling: bool = False
    no_urgency: bool = False
    no_superlatives: bool = False
    no_health_claims: bool = False
    # readable lines: what was read from the additional requirements
    derived: tuple[str, ...] = ()
    # sentences of the requirements that read like a rule but were not understood
    unread: tuple[str, ...] = ()

    @property
    def forbidden_families(self) -> tuple[str, ...]:
        families = []
        if self.no_urgency or self.no_selling:
            families.append("urgency")
        if self.no_selling:
            families.append("selling")
        if self.no_superlatives:
            families.append("superlative")
        if self.no_health_claims:
            families.append("health claim")
        return tuple(families)

    @property
    def bilingual(self) -> bool:
        return len(self.languages) > 1

    @property
    def any(self) -> bool:
        """True when the brief sets any rule beyond the default language."""
        return bool(
            self.primary_cta
            or self.avoid
            or self.must_include
            or self.languages != ("en",)
            or self.forbidden_families
        )

    def summary(self) -> list[str]:
        """The rules in words, one per line, for people (Brief tab, plan, `show`)."""
        lines = []
        if self.primary_cta:
            lines.append(f"Primary call to action: “{self.primary_cta}”")
        if self.avoid:
            lines.append("Never use: " + ", ".join(f"“{a}”" for a in self.avoid))
        if self.must_include:
            lines.append("Every ad, email and post carries: " + " / ".join(self.must_include))
        if self.languages != ("en",):
            lines.append("Languages: " + ", ".join(language_name(c) for c in self.languages))
        if self.no_selling:
            lines.append("No selling: no prices, discounts, purchase or urgency words")
        elif self.no_urgency:
            lines.append("No urgency or scarcity language")
        if self.no_superlatives:
            lines.append("No superlatives")
        if self.no_health_claims:
            lines.append("No health claims")
        return lines

    def merge(self, explicit: Rules) -> Rules:
        """These (derived) rules with the brief's own fields winning.

        A field the brief sets (non-empty) replaces what was derived for it; avoid lists and
        must-include lines are joined, and flags only ever add restrictions.
        """
        merged = self
        if explicit.primary_cta:
            merged = replace(merged, primary_cta=explicit.primary_cta)
        if explicit.languages and explicit.languages != ("en",):
            merged = replace(merged, languages=explicit.languages)
        return replace(
            merged,
            avoid=_unique([*explicit.avoid, *self.avoid]),
            must_include=_unique([*explicit.must_include, *self.must_include]),
            no_selling=self.no_selling or explicit.no_selling,
            no_urgency=self.no_urgency or explicit.no_urgency,
            no_superlatives=self.no_superlatives or explicit.no_superlatives,
            no_health_claims=self.no_health_claims or explicit.no_health_claims,
        )


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for item in items:
        key = item.casefold()
        if key not in seen:
            seen[key] = item
    return tuple(seen.values())


__all__ = ["Rules"]
