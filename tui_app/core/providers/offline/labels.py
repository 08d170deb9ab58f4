"""Words that describe an audience segment for the team but are not said to its face:
wealth and income ("affluent couples", "low-income families"), frailty ("the elderly") and
the like. Public copy names the group without them ("couples", "families", "older
people"); internal documents (plan, strategy, personas) keep the brief's own words."""

from __future__ import annotations

import re

# Labels dropped from public copy; "elderly"/"aged" become "older" (the group stays named).
_LABEL = re.compile(
    r"\b(?:ultra[- ])?(?:affluent|wealthy|rich|well[- ]off|well[- ]heeled|moneyed|"
    r"high[- ]net[- ]worth|u?hnwi?s?|high[- ]income|higher[- ]income|low[- ]income|"
    r"lower[- ]income|middle[- ]income|poor|impoverished|deprived|disadvantaged|"
    r"underprivileged|needy|vulnerable|obese|overweight|uneducated|low[- ]literacy|"
    r"illiterate|elderly|senile|frail)\b(?:\s*(?:,|and)\s*)?\s*",
    re.IGNORECASE,
)
_OLDER = re.compile(r"\b(?:elderly|senile|frail)\b", re.IGNORECASE)


def unlabel(text: str) -> str:
    """`text` without the segment labels above: "Affluent couples aged 35-60" -> "couples
    aged 35-60", "elderly residents" -> "older residents", "the elderly" -> "older
    people". A text with no label comes back unchanged."""
    if not _LABEL.search(text):
        return text
    out = _OLDER.sub("older", text)
    out = _LABEL.sub("", out)
    out = re.sub(r"\s{2,}", " ", out).strip(" ,")
    # a label that was the whole group: "the elderly" -> "the older" -> "older people"
    out = re.sub(
        r"\b(?:the\s+)?older\s*(?=$|[,.;]|\s(?:and|or|in|from|at|who)\b)", "older people", out
    )
    if not out or re.fullmatch(r"(?:the|a|an)", out, re.IGNORECASE):
        return "people"
    if text[:1].isupper() and out[:1].islower():
        out = out[0].upper() + out[1:]
    return out


__all__ = ["unlabel"]
