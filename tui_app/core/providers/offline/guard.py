"""The brief's rules as one fast check the writers run on every public string.

`constraints.Scanner` is the reference: the review uses it, and the corpus tests check every
public string of every brief with it. Scanning each candidate wording with it costs ~0.5 ms
(it folds the brief's own text and tries each phrase in turn), and the writers try thousands
of candidates per campaign, so this guard compiles the same phrases, the same way, into one
regular expression per brief (~10 µs a check).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...constraints import (
    HEALTH_CLAIM_PHRASES,
    SELLING_PHRASES,
    SUPERLATIVE_PHRASES,
    URGENCY_PHRASES,
    Rules,
    fold,
)
from ...constraints import pattern_source as _pattern

_FAMILIES = {
    "urgency": URGENCY_PHRASES,
    "selling": SELLING_PHRASES,
    "superlative": SUPERLATIVE_PHRASES,
    "health claim": HEALTH_CLAIM_PHRASES,
}
# the same price pattern as constraints.Scanner: a currency next to a number
_PRICE = re.compile(
    r"(?:[$€£¥₹₩₺₪₫₱฿₦]\s?\d[\d,.]*|\b\d[\d,.]*\s?(?:USD|EUR|GBP|JPY|dollars?|euros?|pounds?)\b)",
    re.I,
)


class Guard:
    """Says whether a public string obeys the brief's rules (avoid phrases, forbidden word
    families, prices when nothing is sold). The brief's own names and features are exempt
    from the families where they stand, exactly as in `Scanner` ("Order Ahead" is a name;
    "order" elsewhere is not); an explicit avoid phrase never is."""

    __slots__ = (
        "_avoid",
        "_families",
        "_names",
        "_own",
        "_own_phrases",
        "_prices",
        "banned",
        "names",
        "rules",
    )

    def __init__(
        self,
        rules: Rules,
        own: Iterable[str],
        banned: Iterable[str] = (),
        names: Iterable[str] = (),
    ) -> None:
        self.rules = rules
        self._own_phrases = tuple(p for p in own if p.strip())
        # the product's and client's names hold an avoided word as a name (see `Scanner`)
        self.names = tuple(n for n in names if n.strip())
        named = sorted({fold(n).strip() for n in self.names}, key=len, reverse=True)
        self._names = re.compile("|".join(_pattern(n) for n in named)) if named else None
        longest_first = sorted({fold(p).strip() for p in self._own_phrases}, key=len, reverse=True)
        self._own = (
            re.compile("|".join(_pattern(p) for p in longest_first)) if longest_first else None
        )
        self.banned = tuple(b for b in banned if b.strip())
        avoid = [_pattern(p, plural=True) for p in (*rules.avoid, *self.banned) if p.strip()]
        self._avoid = re.compile("|".join(avoid)) if avoid else None
        families = [
            _pattern(phrase) for family in rules.forbidden_families for phrase in _FAMILIES[family]
        ]
        self._families = re.compile("|".join(families)) if families else None
        self._prices = rules.no_selling

    def ok(self, text: str) -> bool:
        """True when `text` breaks none of the rules."""
        folded = fold(text)
        unnamed = self._names.sub(" ", folded) if self._names is not None else folded
        if self._avoid is not None and self._avoid.search(unnamed):
            return False
        if self._families is None and not self._prices:
            return True
        rest = self._own.sub(" ", folded) if self._own is not None else folded
        if self._families is not None and self._families.search(rest):
            return False
        return not (self._prices and _PRICE.search(rest))

    def first(self, options: Iterable[str]) -> str | None:
        return next((o for o in options if self.ok(o)), None)

    def keep(self, sentences: Iterable[str]) -> list[str]:
        """The sentences that obey the rules (a sentence that would break one is dropped)."""
        return [s for s in sentences if s and self.ok(s)]

    def banning(self, phrases: Iterable[str]) -> Guard:
        """This guard, also refusing `phrases` (what a review found and must not come back)."""
        more = tuple(p for p in phrases if p and p not in self.banned)
        if not more:
            return self
        return Guard(self.rules, self._own_phrases, (*self.banned, *more), self.names)


__all__ = ["Guard", "fold"]
