"""Grammatical person: a verb after a singular subject ("want" -> "wants"), a call to action
after another subject ("check your date" -> "check their date") and a group's wish in a
persona's own words ("want their money back" -> "want my money back")."""

from __future__ import annotations

import re


def third_person(verb_phrase: str) -> str:
    """'want fresh bread' -> 'wants fresh bread' (after a singular subject)."""
    first, _, rest = verb_phrase.partition(" ")
    low = first.lower()
    irregular = {"are": "is", "have": "has", "do": "does", "go": "goes", "were": "was"}
    if low in ("can", "could", "will", "would", "may", "might", "must", "should", "shall"):
        return verb_phrase
    if low in irregular:
        new = irregular[low]
    elif not first.isalpha() or low.endswith(("s", "ing", "ed")):
        return verb_phrase
    elif re.search(r"[^aeiou]y$", low):
        new = first[:-1] + "ies"
    elif re.search(r"(sh|ch|x|z|o)$", low):
        new = first + "es"
    else:
        new = first + "s"
    return f"{new} {rest}".strip()


_THEIR = {"your": "their", "yours": "theirs", "you": "them", "yourself": "themselves"}
_MY = {"your": "my", "yours": "mine", "you": "me", "yourself": "myself"}


def cta_as(cta: str, person: str) -> str:
    """The call to action after another subject: 'check your date' -> 'check their date'
    ('they') or 'check my date' ('I'); the CTA's own words otherwise."""
    table = _THEIR if person == "they" else _MY
    return re.sub(
        r"\b(?:your|yours|you|yourself)\b", lambda m: table[m.group(0).lower()], cta, flags=re.I
    )


_I = {"their": "my", "they": "I", "them": "me", "themselves": "myself", "theirs": "mine"}


def to_first_person(text: str) -> str:
    """'want their money back' -> 'want my money back' (for a persona's quote)."""
    return re.sub(r"\b[\w']+\b", lambda m: _I.get(m.group(0).lower(), m.group(0)), text)


__all__ = ["cta_as", "third_person", "to_first_person"]
