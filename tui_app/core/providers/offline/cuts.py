"""cuts: a long phrase shortened at a clause boundary, never mid-phrase, never inside a
negation's scope or a coordinated phrase, and never to a head of codes alone."""

from __future__ import annotations

import re

from .text import squash, strip_dangling, word_count

# Where a long phrase may be cut, strongest boundary first. A cut keeps the head of the
# phrase ("Continuous mapping of sensitive data across AWS, …" -> "Continuous mapping of
# sensitive data"). Never at a bare "and"/"or": the head would drop half of a coordinated
# phrase ("infusion pumps and imaging systems" is not "infusion pumps").
_CLAUSE_BREAKS = (
    re.compile(r"\s*[;:—–]\s+|\s+-\s+|\s*\("),
    re.compile(r",\s+(?:with|so|which|that|while|and|plus|including|so that)\s+|,\s+"),
    re.compile(r"\s+(?:with|so that|so|which|that|while|including|plus|because|using)\s+"),
    re.compile(r"\s+(?:across|in|for|on|at|through|within|from|via|by|over|to|into|under)\s+"),
)


def shorten(text: str, max_chars: int, min_words: int = 2) -> str:
    """The longest head of `text` that fits `max_chars` and ends at a clause boundary.

    Returns "" when no head of at least `min_words` words fits: the caller then chooses
    another wording instead of printing a phrase cut in the middle.
    """
    text = squash(text).rstrip(".")
    if len(text) <= max_chars:
        return text
    best = ""
    for pattern in _CLAUSE_BREAKS:
        for match in pattern.finditer(text):
            if match.group(0).startswith(",") and _in_list(text, match.end()):
                continue
            if _particle(text, match) or _in_scope(text, match):
                continue
            head = strip_dangling(text[: match.start()])
            if not has_word(head):
                continue  # "AHV/IV/EO, BVG" is a list of codes, not a short form
            if len(head) <= max_chars and word_count(head) >= min_words and len(head) > len(best):
                best = head
        if best:
            return best
    return ""


_PARTICLES = frozenset(["in", "on", "up", "out", "off", "down", "over"])
# a word that opens a negation's scope: "no insurance or ID required" is one claim, and
# "no insurance" alone says less (or something else)
_NEGATION = re.compile(r"\b(?:no|not|non|without|never|neither|nor|zero|free of)\b", re.IGNORECASE)


def has_word(text: str) -> bool:
    """Whether `text` holds at least one ordinary word (two lower-case letters or more, no
    slash: "shots", "VaultLine", "Sjöberg"), not only codes ("AHV/IV/EO, BVG", "ISO 27001")."""
    return any(
        "/" not in token and sum(c.islower() for c in token) >= 2
        for token in re.findall(r"[^\s,;:()]+", text)
    )


def _in_scope(text: str, match: re.Match[str]) -> bool:
    """True when the break falls inside a negation's scope ("no insurance | or ID required",
    "without a guide | or a map"): the head alone would change what the phrase says."""
    clause = re.split(r"[,;:—–(]", text[: match.start()])[-1]
    return bool(_NEGATION.search(clause))


def _particle(text: str, match: re.Match[str]) -> bool:
    """True when the break is a verb's particle ("filled in automatically", "sign up for"):
    cutting there changes what the phrase says."""
    word = match.group(0).strip()
    before = text[: match.start()].split()
    prev = before[-1].lower() if before else ""
    return word in _PARTICLES and (prev.endswith("ed") or prev in ("sign", "log", "set", "top"))


def _in_list(text: str, after: int) -> bool:
    """True when the comma before `after` separates items of a list ('AWS, Azure and GCP')."""
    rest = text[after:].split(",", 1)[0]
    return (bool(re.search(r"\b(?:and|or)\b", rest)) and word_count(rest) <= 5) or (
        "," in text[after:] and word_count(text[after:].split(",", 1)[0]) <= 2
    )


__all__ = ["has_word", "shorten"]
