"""What a revision must change, read from the review's typed findings (never from English).

Each finding kind maps to one adjustment: a tighter length for the field over its limit,
a phrase that must not come back, a line or language to add, terms to name. A revision with
no finding for the section still gets a new seed, so it reads differently but stays valid.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from ...constraints import language_code
from ...findings import Finding, FindingKind

_RULE_KINDS = {
    FindingKind.AVOID,
    FindingKind.URGENCY,
    FindingKind.SELLING,
    FindingKind.SUPERLATIVE,
    FindingKind.HEALTH_CLAIM,
    FindingKind.INTERNAL_TEXT,
}
_PLATFORMS = ("linkedin", "instagram", "tiktok", "facebook", "x")
# A finding's field -> the limit key the writers use (first match wins).
_LIMIT_KEYS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"subject", re.I), "email_subject"),
    (re.compile(r"preheader", re.I), "email_preheader"),
    (re.compile(r"hero[ _]headline", re.I), "hero_headline"),
    (re.compile(r"hero[ _]subline", re.I), "hero_subline"),
    (re.compile(r"(?:ad|ads)\b.*headline|headline.*\bad", re.I), "ad_headline"),
    (re.compile(r"description", re.I), "ad_description"),
    (re.compile(r"tagline", re.I), "tagline"),
    (re.compile(r"\bcta\b|call to action", re.I), "cta"),
)


@dataclass(slots=True)
class Revision:
    """The adjustments one revision makes."""

    number: int = 0
    margins: dict[str, int] = field(default_factory=dict)  # limit key -> characters to keep free
    banned: tuple[str, ...] = ()  # phrases that must not appear again
    lines: tuple[str, ...] = ()  # must-include lines the review found missing (kept only
    # when they are the brief's own lines: a finding never puts its own text into copy)
    languages: tuple[str, ...] = ()  # languages the review found missing
    name_terms: bool = False  # name the product, client, audience and features
    fix_seams: bool = False

    def margin(self, key: str) -> int:
        return self.margins.get(key, 0)


def _limit_key(finding: Finding) -> str | None:
    where = f"{finding.field} {finding.detail}"
    low = where.lower()
    for platform in _PLATFORMS:
        if re.search(rf"\b{platform}\b[^.]*\bpost", low):
            return f"{platform}_post"
    for pattern, key in _LIMIT_KEYS:
        if pattern.search(where):
            return key
    return None


def _overshoot(finding: Finding) -> int:
    try:
        limit = int(str(finding.limit or "").strip())
    except ValueError:
        return 0
    actual = finding.actual or ""
    length = int(actual) if actual.strip().isdigit() else len(actual)
    return max(0, length - limit)


def read_findings(findings: Iterable[Finding], number: int) -> Revision:
    """The revision these findings ask for (findings for other nodes change nothing here)."""
    revision = Revision(number=number)
    banned: list[str] = []
    lines: list[str] = []
    languages: list[str] = []
    for finding in findings:
        kind = finding.kind
        if kind is FindingKind.LIMIT:
            key = _limit_key(finding)
            if key:
                # the overshoot plus a margin that grows with each revision
                margin = _overshoot(finding) + 6 * max(number, 1)
                revision.margins[key] = max(revision.margins.get(key, 0), margin)
        elif kind in _RULE_KINDS and finding.actual:
            banned.append(finding.actual)
        elif kind is FindingKind.MUST_INCLUDE and finding.actual:
            lines.append(finding.actual)
        elif kind is FindingKind.LANGUAGE and finding.actual:
            code = language_code(finding.actual)
            if code:
                languages.append(code)
        elif kind in (FindingKind.BRIEF, FindingKind.MISSING):
            revision.name_terms = True
        elif kind is FindingKind.SEAM:
            revision.fix_seams = True
    revision.banned = tuple(dict.fromkeys(banned))
    revision.lines = tuple(dict.fromkeys(lines))
    revision.languages = tuple(dict.fromkeys(languages))
    return revision


__all__ = ["Revision", "read_findings"]
