"""kinds: what sort of thing the brief promotes, and which stock lines fit it.

A line such as "every asset shows it in use, close up" suits a bag, not an API or a flu
shot; "Tell a colleague" suits a B2B buyer, not a couple booking a stay. The kind is read
from the brief's own words (product, features, goals, audience, client) by the word table
`KIND_WORDS`; the lines bound to a kind, to an audience or to a brief that says something is
free are listed in `BOUND_LINES`. A new kind or a new bound line is a data change here.
When no kind wins, every kind-bound line is left out: the writer falls back to neutral ones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ...models import CampaignBrief

PHYSICAL, SOFTWARE, SERVICE, PLACE, EVENT, CAUSE, RESEARCH = (
    "physical",
    "software",
    "service",
    "place",
    "event",
    "cause",
    "research",
)

# kind -> words (whole words, plural too; a trailing "*" makes a prefix), case-insensitive
# fmt: off
KIND_WORDS: dict[str, tuple[str, ...]] = {
    PHYSICAL: ("bag", "bottle", "shoe", "sneaker", "jacket", "watch", "backpack", "device",
        "battery", "waterproof", "leather", "cotton", "steel", "gram*", "fabric", "handmade*",
        "hand-made", "gadget", "headphone", "speaker", "furniture", "chair", "lamp", "bike",
        "bicycle", "kit", "toy", "shirt", "dress", "jewel*", "ring", "necklace", "cosmetic*",
        "skincare", "serum", "snack", "chocolate", "coffee bean", "beer", "wine", "sauce",
        "packag*", "shipping", "in stock", "wearable"),
    SOFTWARE: ("api", "sdk", "app", "software", "platform", "saas", "dashboard", "integrat*",
        "cloud", "plugin", "plug-in", "database", "sandbox", "endpoint", "developer",
        "open source", "open-source", "cli", "webhook", "encryption", "automat*", "browser", "ios",
        "android", "download", "uptime", "deploy*", "algorithm"),
    SERVICE: ("consult*", "cleaning", "repair", "delivery", "coaching", "tutor*", "lesson",
        "course", "insurance", "bank", "account", "advice", "advisor", "adviser",
        "subscription", "agency", "accounting", "legal", "therapy", "care plan", "installation",
        "maintenance", "mortgage", "loan", "pension"),
    PLACE: ("hotel", "ryokan", "resort", "inn", "lodge", "hostel", "guesthouse", "room",
        "suite", "stay", "night", "spa", "museum", "gallery", "restaurant", "café", "cafe",
        "bistro", "bar", "venue", "garden", "view", "retreat", "villa", "cabin", "campsite",
        "check-in", "dinner", "breakfast"),
    EVENT: ("festival", "concert", "conference", "summit", "race", "marathon", "run",
        "exhibition", "fair", "gala", "ticket", "workshop", "tournament", "meetup", "keynote",
        "line-up", "lineup", "expo"),
    CAUSE: ("donat*", "charity", "volunteer*", "fundrais*", "public health", "vaccin*", "flu",
        "shot", "clinic", "screening", "council", "county", "municipal", "ministry",
        "department", "residents", "citizens", "recycling", "awareness",
        "petition", "non-profit", "nonprofit", "helpline", "food bank"),
    RESEARCH: ("study", "studies", "research", "report", "survey", "findings", "journal",
        "clinical trial", "peer-reviewed", "dataset", "index"),
}
# fmt: on

# where a word counts most: the product's name says more than a goal
_WEIGHTS = (
    ("product", 3),
    ("key_features", 2),
    ("goals", 1),
    ("target_audience", 1),
    ("client", 1),
)
_FREE = re.compile(
    r"\b(?:free|gratis|kostenlos|gratuit\w*|no cost|at no charge|free of charge)\b", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Bound:
    """A stock line that fits only some briefs: `kinds` (None: any), `audience` ("b2b",
    "consumer" or None: any), `free` (the brief must say something is free)."""

    pattern: str
    kinds: frozenset[str] | None = None
    audience: str | None = None
    free: bool = False


def _k(*kinds: str) -> frozenset[str]:
    return frozenset(kinds)


BOUND_LINES: tuple[Bound, ...] = (
    Bound(r"\bin use, close up\b", _k(PHYSICAL)),
    # a photograph of a thing: never of a fee, a promise or a service ("Detail shots of
    # 'Fixed fee of £1,450 + VAT', in use")
    Bound(r"\bin use, in a real setting\b", _k(PHYSICAL, SOFTWARE)),
    Bound(r"^Close-ups that make\b", _k(PHYSICAL, PLACE)),
    Bound(r"\bnever on a plain background\b", _k(PHYSICAL, PLACE)),
    Bound(r"\bat work\b", _k(PHYSICAL, SOFTWARE)),
    Bound(r"\bin the wild\b", _k(PHYSICAL, SOFTWARE)),
    Bound(r"\bunboxed\b", _k(PHYSICAL)),
    Bound(r"\bup close\b", _k(PHYSICAL, PLACE)),
    Bound(r"\bdo its thing\b", _k(PHYSICAL, SOFTWARE)),
    Bound(r"^See how it works$|^How it works$", _k(PHYSICAL, SOFTWARE, SERVICE)),
    Bound(r"^See it in (?:action|use)$|^Watch the demo$", _k(PHYSICAL, SOFTWARE)),
    Bound(
        r"^See the features$|^Explore the specs$|^See the specification$", _k(PHYSICAL, SOFTWARE)
    ),
    Bound(r"^Find your (?:fit|favourite)$", _k(PHYSICAL, PLACE)),
    Bound(r"^(?:Take|Have) a (?:peek|nose)$", _k(PHYSICAL, PLACE, EVENT)),
    Bound(r"^Compare plans$|^Unlock more$", _k(SOFTWARE, SERVICE)),
    Bound(r"^Compare the results$|^Read the method$|^Check the sources$", _k(RESEARCH)),
    Bound(r"^Examine the data$", _k(SOFTWARE, RESEARCH), audience="b2b"),
    Bound(r"^Tell a colleague$|^Share with your team$|^Update your team$", audience="b2b"),
    Bound(r"^Made for serious work\.$", audience="b2b"),
    Bound(
        r"^Tell (?:a friend|your friends)$|^Bring a friend$|^Tag a mate$|^Invite a friend$"
        r"|^For you and the people you love\.$|^Built around how you live\.$",
        audience="consumer",
    ),
    Bound(r"\bcosts? nothing\b|\bfree of charge\b|\bat no cost\b", free=True),
)
_COMPILED = tuple((re.compile(b.pattern, re.IGNORECASE), b) for b in BOUND_LINES)
_ANY = re.compile("|".join(f"(?:{b.pattern})" for b in BOUND_LINES), re.IGNORECASE)


def _texts(brief: CampaignBrief, field: str) -> str:
    value = getattr(brief, field, "") or ""
    return " ".join(value) if isinstance(value, (list, tuple)) else str(value)


def _word(word: str) -> str:
    if word.endswith("*"):
        return re.escape(word[:-1])
    return re.escape(word) + r"(?:s|es)?\b"


_STEMS = {
    kind: re.compile(r"\b(?:" + "|".join(_word(w) for w in words) + ")", re.IGNORECASE)
    for kind, words in KIND_WORDS.items()
}


def read_kind(brief: CampaignBrief) -> str:
    """The kind the brief's words point to most ("" when none, or two tie)."""
    scores = dict.fromkeys(KIND_WORDS, 0)
    for field, weight in _WEIGHTS:
        text = _texts(brief, field)
        for kind, stems in _STEMS.items():
            scores[kind] += weight * len(stems.findall(text))
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    (best, top), (_, second) = ranked[0], ranked[1]
    return best if top and top > second else ""


def says_free(brief: CampaignBrief) -> bool:
    """Whether the brief itself says something is free (the only licence for 'free')."""
    return any(_FREE.search(_texts(brief, f)) for f in ("key_features", "goals", "product"))


@lru_cache(maxsize=8192)  # the templates are a fixed set: each is checked once per brief shape
def fits(text: str, kind: str, b2b: bool, free: bool) -> bool:
    """Whether a stock line (template or filled) suits a brief of this kind and audience."""
    return not _ANY.search(text) or not bound_problems(text, kind, b2b, free)


def _allowed(bound: Bound, kind: str, b2b: bool, free: bool) -> bool:
    if bound.kinds is not None and kind not in bound.kinds:
        return False
    if (bound.audience == "b2b" and not b2b) or (bound.audience == "consumer" and b2b):
        return False
    return not bound.free or free


def bound_problems(text: str, kind: str, b2b: bool, free: bool) -> list[str]:
    """The patterns of bound lines found in `text` that do not suit this brief."""
    return [
        bound.pattern
        for pattern, bound in _COMPILED
        if pattern.search(text) and not _allowed(bound, kind, b2b, free)
    ]


__all__ = ["BOUND_LINES", "KIND_WORDS", "bound_problems", "fits", "read_kind", "says_free"]
