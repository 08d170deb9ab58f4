"""Checking text against a brief's rules: what the review and the writers both use."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from .rules import Rules, _unique
from .words import FAMILIES, PRICE, compiled, fold

# ---------------------------------------------------------------------------
# Checking text against the rules
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Violation:
    """One place a text breaks a rule: `kind` is "avoid", "urgency", "selling", …"""

    kind: str
    phrase: str


@dataclass(slots=True)
class Scanner:
    """Checks texts against one brief's rules.

    The brief's own names (product, client, features: `own`, a list of phrases, or one text
    with a phrase per line or separated by " | ") are the brief's words: "Deal Tracker" or
    "Order Ahead" never count as selling language, though "order" elsewhere does. An explicit
    `avoid` phrase always counts.
    """

    rules: Rules
    own_text: str | Sequence[str] = ""
    # the product's and the client's names: an avoided word inside them ("Do not call it
    # 'cheese' alone" for "Mellow Oat vegan cheese") is the name, not a use of the word
    names: Sequence[str] = ()
    _own: list[re.Pattern[str]] = field(init=False, default_factory=list)
    _names: list[re.Pattern[str]] = field(init=False, default_factory=list)

    def __post_init__(self) -> None:
        phrases = (
            re.split(r"\n| \| ", self.own_text)
            if isinstance(self.own_text, str)
            else list(self.own_text)
        )
        longest_first = sorted({p.strip() for p in phrases if p.strip()}, key=len, reverse=True)
        self._own = [compiled(p) for p in longest_first]
        named = sorted({n.strip() for n in self.names if n.strip()}, key=len, reverse=True)
        self._names = [compiled(n) for n in named]

    def _without_own(self, folded: str) -> str:
        for pattern in self._own:
            folded = pattern.sub(" ", folded)
        return folded

    def scan(self, text: str) -> list[Violation]:
        folded = fold(text)
        found: list[Violation] = []
        unnamed = folded
        for pattern in self._names:
            unnamed = pattern.sub(" ", unnamed)
        for phrase in self.rules.avoid:
            if phrase.strip() and compiled(phrase, plural=True).search(unnamed):
                found.append(Violation("avoid", phrase))
        families = self.rules.forbidden_families
        if families or self.rules.no_selling:
            rest = self._without_own(folded)
            for family in families:
                for phrase in FAMILIES[family]:
                    if compiled(phrase).search(rest):
                        found.append(Violation(family, phrase))
            if self.rules.no_selling:
                found.extend(Violation("price", m.group(0)) for m in PRICE.finditer(rest))
        return found

    def clean(self, text: str) -> bool:
        return not self.scan(text)

    def missing_lines(self, text: str) -> list[str]:
        """The must-include lines `text` does not carry."""
        folded = " ".join(fold(text).split())
        return [
            line for line in self.rules.must_include if " ".join(fold(line).split()) not in folded
        ]


def forbidden_phrases(rules: Rules) -> list[str]:
    """Every phrase the rules forbid (for LLM prompts and writers that pick wording)."""
    phrases = list(rules.avoid)
    for family in rules.forbidden_families:
        phrases.extend(FAMILIES[family])
    return list(_unique(phrases))


def uses_phrase(text: str, phrases: Sequence[str]) -> bool:
    folded = fold(text)
    return any(compiled(p).search(folded) for p in phrases if p.strip())


__all__ = ["Scanner", "Violation", "forbidden_phrases", "uses_phrase"]
