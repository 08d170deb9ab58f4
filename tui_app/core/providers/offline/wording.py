"""Phrases several sections share: the channel list, the goals as a clause, a feature as a
quoted label, the call-to-action line, persona names and the week each item goes out."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...goals import parse_goal
from ...models import CHANNEL_LABELS, Channel
from ...phases import Phase
from .facts import Facts
from .features import Feature
from .text import an, join, lower_first, quoted

FIRST_NAMES = (
    "Maya", "Jonas", "Priya", "Leo", "Amara", "Tomás", "Sofia", "Kenji", "Nadia", "Sam",
    "Elena", "Marcus", "Aisha", "Ben", "Lucia", "Omar", "Hannah", "Diego", "Mei", "Felix",
    "Ines", "Kwame", "Yuki", "Rosa", "Idris", "Freya", "Mateo", "Zara", "Ravi", "Clara",
    "Noah", "Leila", "Emil", "Ayo", "Greta", "Hugo", "Anya", "Tariq", "Lena", "Jun",
)  # fmt: skip


# Channels as they read mid-sentence ("on email, Instagram and the website").
_IN_SENTENCE = {
    Channel.EMAIL: "email",
    Channel.X: "X",
    Channel.SEARCH_ADS: "search ads",
    Channel.DISPLAY_ADS: "display ads",
    Channel.WEBSITE: "the website",
}


def channel_list(channels: Iterable[Channel]) -> str:
    """'email, Instagram and the website': the channels as a phrase inside a sentence."""
    return join([_IN_SENTENCE.get(c, CHANNEL_LABELS[c]) for c in channels])


def goals_clause(facts: Facts) -> str:
    """The goals as one clause: 'raise $5,000 in donations and recruit 40 runners'; goals
    written in another language than English are quoted as written. A limit the brief lists
    among its goals ("Limited to 8 rooms") is not a goal of the client's."""
    goals = [g for g in facts.goals if not parse_goal(g.text).is_constraint] or facts.goals
    if facts.own_language != "en":
        return join([f"“{g.text.rstrip('. ')}”" for g in goals])
    return join([lower_first(g.text.rstrip(". "), facts.names) for g in goals])


def label(feature: Feature) -> str:
    """A feature as a quoted label for team documents: “Built-in 20W solar panel”."""
    return quoted(feature.compact.text if feature.compact else feature.text)


def named(feature: Feature) -> str:
    """A feature inside a sentence: its noun phrase when it has a short one ('the moss
    garden', 'documentary photography'), else its quoted label."""
    shown = feature.compact or feature
    ref = shown.the_ref if shown.kind in ("np", "np_det") else None
    return ref if ref and len(ref) <= 48 else label(feature)


def style_phrase(facts: Facts) -> str:
    """'a warm and clear style': the brief's own tone words when short, else the style."""
    tone = lower_first(facts.brief.tone.strip().rstrip("."))
    words = tone if tone and len(tone.split()) <= 4 else facts.style.value
    return f"{an(words)} {words} style"


def plural(count: int, noun: str) -> str:
    """'1 channel', '4 channels', '1 phase', '3 phases'."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def site(facts: Facts) -> str:
    return re.sub(r"^https?://", "", facts.brief.client_website).rstrip("/")


# Lines that look back over the whole campaign ("these past 10 weeks", "thank you to those
# who took part"): true only once the campaign is over, i.e. in its last week.
_LOOK_BACK = re.compile(
    r"\{weeks\} weeks|these past|took part|were part of it|for following", re.IGNORECASE
)


def in_time(templates: Iterable[str], week: int, total: int) -> list[str]:
    """The templates that may go out in `week` of a `total`-week campaign: one that looks
    back over the campaign ("these past {weeks} weeks") only in the last week of a campaign
    of two weeks or more, so that the span it states is the real one."""
    if total >= 2 and week >= total:
        return list(templates)
    return [t for t in templates if not _LOOK_BACK.search(t)]


def week_plan(phases: Iterable[Phase], count: int, offset: int = 0) -> list[int]:
    """`count` weeks spread over the phases, one item per phase in turn (starting at
    `offset`), so every phase gets content when there are enough items."""
    phases = list(phases)
    weeks: list[int] = []
    for i in range(count):
        phase = phases[(i + offset) % len(phases)]
        rank = (i + offset) // len(phases)
        week = phase.start_week + min(phase.length - 1, rank * max(1, phase.length // 2))
        weeks.append(week)
    return sorted(weeks)


__all__ = [
    "FIRST_NAMES",
    "channel_list",
    "goals_clause",
    "in_time",
    "label",
    "named",
    "plural",
    "site",
    "style_phrase",
    "week_plan",
]
