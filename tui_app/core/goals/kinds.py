"""One goal classifier: what kind of result a goal asks for.

The same kinds drive the channel choice (`channel_ids_for_goals`), the budget mix (each kind
has a mix in `planning/benchmarks.py`), what the KPI plan counts as a conversion and the
kind of each parsed target, so "Raise $5,000 for the shelter" is a donation goal everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum


class GoalKind(StrEnum):
    """What a goal asks for. `family` is the coarse kind older callers and the plan use."""

    AWARENESS = "awareness"
    TRAFFIC = "traffic"
    ENGAGEMENT = "engagement"
    COMMUNITY = "community"
    LEADS = "leads"
    SIGNUPS = "signups"
    SALES = "sales"
    BOOKINGS = "bookings"
    DONATIONS = "donations"
    DOWNLOADS = "downloads"
    RETENTION = "retention"
    REPUTATION = "reputation"

    @property
    def family(self) -> str:
        """awareness, traffic, engagement, leads or sales."""
        return _FAMILY[self]

    @property
    def is_action(self) -> bool:
        """Counted as a conversion: a form sent, a purchase, a gift, an install, a join."""
        return self in _ACTION_KINDS


_FAMILY = {
    GoalKind.AWARENESS: "awareness",
    GoalKind.TRAFFIC: "traffic",
    GoalKind.DOWNLOADS: "traffic",
    GoalKind.ENGAGEMENT: "engagement",
    GoalKind.COMMUNITY: "engagement",
    GoalKind.RETENTION: "engagement",
    GoalKind.REPUTATION: "engagement",
    GoalKind.LEADS: "leads",
    GoalKind.SIGNUPS: "leads",
    GoalKind.SALES: "sales",
    GoalKind.BOOKINGS: "sales",
    GoalKind.DONATIONS: "sales",
}
_ACTION_KINDS = frozenset(
    {
        GoalKind.LEADS,
        GoalKind.SIGNUPS,
        GoalKind.SALES,
        GoalKind.BOOKINGS,
        GoalKind.DONATIONS,
        GoalKind.DOWNLOADS,
        GoalKind.COMMUNITY,
    }
)

# "raise awareness" is not fundraising; "raise $5,000", "raise funds" are
_RAISE_MONEY = (
    r"\brais(?:e|es|ed|ing)\s+(?:at least\s+|over\s+|more than\s+)?"
    r"(?:[$€£¥₹₩]|\d|funds|money|donations|[A-Z]{3}\s?\d)"
)

# Ties at one position go to the earlier (more specific) kind.
_PATTERNS: tuple[tuple[GoalKind, str], ...] = (
    (
        GoalKind.DONATIONS,
        r"donat|fund-?rais|\bpledges\b|\bgiving\b|\bdonors?\b|\bsponsorships?\b|" + _RAISE_MONEY,
    ),
    (
        GoalKind.LEADS,
        r"\bleads?\b|\bmqls?\b|\bsqls?\b|pipeline|\bdemos?\b|enquir|inquir|prospect|"
        r"\bquotes?\b|consultations?|\bb2b\b|\bpilots?\b|\bproposals?\b|\brfps?\b|"
        r"(?:sales|discovery|intro|strategy|demo) calls|\bmeetings\b|contact requests|"
        r"\bopportunit",
    ),
    (
        GoalKind.SIGNUPS,
        r"sign[- ]?ups?\b|signing up|regist|\btrials?\b|enrol|wait-?list|\bjoin\b|recruit|"
        r"volunteers?|participants?|attendees|\brunners\b|entrants|applicants?|applications|"
        r"\brsvps?\b|newsletter|signatures|petition|\bsign (?:the|a|our|up)\b|\bpledge to\b|"
        r"\bopt-?ins?\b|"
        r"accounts? (?:opened|created)|\bopen\b.{0,20}\baccounts?\b|\bnew accounts\b",
    ),
    (
        GoalKind.DOWNLOADS,
        r"download|install|wish-?lists?|\bapp store\b|\bplay store\b|\bactivations?\b",
    ),
    (
        GoalKind.BOOKINGS,
        r"\bbook(?:ing|ings|ed|s)?\b(?!\s+(?:a\s+|an\s+)?(?:demo|call|meeting|consult))|"
        r"reserv|appointments?|test[- ]drives?|\bseats?\b|\btickets?\b|room nights|"
        r"\bcovers\b|\btables\b|\bstays\b|\bnights\b|\bclasses\b|call-?outs?\b|"
        r"\bjobs booked\b",
    ),
    (
        GoalKind.SALES,
        r"\bsales?\b(?!\s*-?\s*(?:qualified|leads?|calls?|pipeline|team|reps?))|\bsell|"
        r"\bsold\b|revenue|turnover|\bgmv\b|\barr\b|\bmrr\b|purchas|\borders?\b|"
        r"pre-?orders?|subscriptions?\b|\bsubscribe\b|\bshop\b|\bbuy|e-?commerce|"
        r"\bunits\b|conversions?\b|\baov\b|\bbasket|checkout|\bcustomers\b|\bclients\b|"
        r"\bcontracts\b|\bdeals\b|"
        r"market share|\bpieces\b|\bcopies\b",
    ),
    (
        GoalKind.TRAFFIC,
        r"traffic|\bvisit|\bsessions\b|footfall|\bclicks?\b|page ?views|walk-?ins|\bvisitors\b",
    ),
    (
        GoalKind.RETENTION,
        r"retention|retain|churn|repeat (?:purchase|custom|visit|order|booking|buyer)|"
        r"renewals?|\brenew|lifetime value|\bltv\b|\bclv\b|reactivat|win[- ]?back|lapsed|"
        r"loyalty (?:program|scheme|club|members)",
    ),
    (
        GoalKind.REPUTATION,
        r"\bratings?\b|\breviews?\b|\bnps\b|net promoter|satisfaction|\bcsat\b|\btrust\b|"
        r"reputation|sentiment|-star\b|\bstars\b",
    ),
    (
        GoalKind.COMMUNITY,
        r"communit(?:y|ies)\b(?!\s*-?\s*(?:clinics?|cent(?:er|re)s?|health|halls?|colleges?|"
        r"based|outreach|spaces?|gardens?|pharmac\w+|hospitals?|schools?|events?|days?|"
        r"policing|services?|organi[sz]ations?|partners?|leaders?|workers?))|"
        r"\bfollow(?:er|ers|ing)\b|\bmembers\b|subscribers|discord|subreddit|"
        r"\bfans\b|ambassadors|advocat|\bloyal\b",
    ),
    (
        GoalKind.ENGAGEMENT,
        r"engag|\bugc\b|\bshares\b|\bcomments\b|\blikes\b|interact|conversation|"
        r"participation|\bsaves\b|watch time|\bactive (?:users|developers|members|players)\b|"
        r"\b[md]aus?\b",
    ),
    (
        GoalKind.AWARENESS,
        r"aware|\bbrand\b|\breach\b|visib|launch|buzz|position|recogni|\bknown\b|"
        r"top[- ]of[- ]mind|recall|impressions|\bviews\b|percept|\bprofile\b|consider|"
        r"introduc|announc|educat|inform|\bpress\b|\bpr\b|coverage|mentions|\bhype\b",
    ),
)
_KIND_PATTERNS = tuple((kind, re.compile(pattern, re.I)) for kind, pattern in _PATTERNS)

# Channel ids (models.Channel values) that serve each kind; the caller adds the website.
KIND_CHANNELS: dict[GoalKind, tuple[str, ...]] = {
    GoalKind.AWARENESS: ("instagram", "tiktok", "display_ads", "x"),
    GoalKind.TRAFFIC: ("search_ads", "display_ads", "facebook"),
    GoalKind.DOWNLOADS: ("search_ads", "tiktok", "instagram", "facebook"),
    GoalKind.ENGAGEMENT: ("instagram", "tiktok", "facebook", "email"),
    GoalKind.COMMUNITY: ("instagram", "tiktok", "facebook", "email"),
    GoalKind.RETENTION: ("email", "facebook", "instagram"),
    GoalKind.REPUTATION: ("email", "instagram", "facebook"),
    GoalKind.LEADS: ("linkedin", "search_ads", "email"),
    GoalKind.SIGNUPS: ("search_ads", "email", "facebook", "instagram"),
    GoalKind.SALES: ("search_ads", "email", "facebook", "instagram"),
    GoalKind.BOOKINGS: ("search_ads", "instagram", "facebook", "email"),
    GoalKind.DONATIONS: ("email", "facebook", "instagram", "search_ads"),
}
DEFAULT_CHANNELS = ("email", "instagram", "linkedin", "search_ads")


def classify(goal: str) -> list[GoalKind]:
    """The kinds a goal asks for, in the order the goal names them; [] when none is known."""
    found: list[tuple[int, int, GoalKind]] = []
    for rank, (kind, pattern) in enumerate(_KIND_PATTERNS):
        match = pattern.search(goal)
        if match:
            found.append((match.start(), rank, kind))
    return [kind for _, _, kind in sorted(found)]


def goal_kinds(goals: Sequence[str]) -> list[GoalKind]:
    """Every kind the goals ask for, in goal order; awareness when none is recognised."""
    kinds: list[GoalKind] = []
    for goal in goals:
        kinds += [k for k in classify(goal) if k not in kinds]
    return kinds or [GoalKind.AWARENESS]


def goal_families(goals: Sequence[str]) -> list[str]:
    """The coarse families (awareness, traffic, engagement, leads, sales) in goal order."""
    return list(dict.fromkeys(kind.family for kind in goal_kinds(goals)))


def channel_ids_for_goals(goals: Sequence[str]) -> list[str]:
    """Channel ids that serve the goals (callers put them in channel order)."""
    chosen: list[str] = []
    for goal in goals:
        for kind in classify(goal):
            chosen += [c for c in KIND_CHANNELS[kind] if c not in chosen]
    return chosen or list(DEFAULT_CHANNELS)


# -- what a conversion is ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Conversion:
    """What the campaign counts as a conversion: an event id, its plural label, its kind."""

    event: str  # demo, lead, signup, registration, purchase, donation, booking, install …
    label: str  # "demo requests", "registrations", "donations"
    kind: GoalKind | None  # None: no action goal, conversions are engaged visits

    @property
    def singular(self) -> str:
        """ "donation", "demo request", "registration"."""
        words = self.label.split()
        last = words[-1]
        for plural_end, single_end in (("ies", "y"), ("ses", "s"), ("s", "")):
            if last.endswith(plural_end) and not last.endswith("ss"):
                words[-1] = last[: len(last) - len(plural_end)] + single_end
                break
        return " ".join(words)


# Within a kind, the words that name a more exact event (first match wins).
_EVENTS: dict[GoalKind, tuple[tuple[str, str, str], ...]] = {
    GoalKind.DONATIONS: ((r"pledge", "pledge", "pledges"), (r".", "donation", "donations")),
    GoalKind.LEADS: (
        (r"\bdemos?\b", "demo", "demo requests"),
        (r"\bquotes?\b", "quote", "quote requests"),
        (r"consultation|\bmeetings?\b|\bcalls?\b", "meeting", "meetings booked"),
        (r".", "lead", "qualified leads"),
    ),
    GoalKind.SIGNUPS: (
        (r"\btrials?\b", "trial", "trial sign-ups"),
        (r"volunteer", "volunteer", "volunteer sign-ups"),
        (r"regist|runners|participants|attendees|entrants|enrol", "registration", "registrations"),
        (r"wait-?list", "waitlist", "waitlist sign-ups"),
        (r"newsletter", "newsletter", "newsletter sign-ups"),
        (r"petition|signatures|pledge", "pledge", "pledges signed"),
        (r"accounts?", "account", "accounts opened"),
        (r"applica", "application", "applications"),
        (r".", "signup", "sign-ups"),
    ),
    GoalKind.SALES: (
        (r"pre-?orders?", "preorder", "pre-orders"),
        (r"subscri", "subscription", "new subscriptions"),
        (r"\btickets?\b", "ticket", "ticket sales"),
        (r".", "purchase", "sales"),
    ),
    GoalKind.BOOKINGS: (
        (r"test[- ]drives?", "test_drive", "test-drive bookings"),
        (r"appointments?", "appointment", "appointments"),
        (r"reserv|\btables?\b|\bcovers\b", "reservation", "reservations"),
        (r"\btickets?\b", "ticket", "tickets sold"),
        (r".", "booking", "bookings"),
    ),
    GoalKind.DOWNLOADS: (
        (r"wish-?lists?", "wishlist", "wishlists"),
        (r"install|\bapps?\b", "install", "app installs"),
        (r".", "download", "downloads"),
    ),
    GoalKind.COMMUNITY: (
        (r"follow", "follower", "new followers"),
        (r"subscribers", "subscriber", "new subscribers"),
        (r".", "member", "new members"),
    ),
}
_VISIT = Conversion("visit", "engaged site visits", None)


def conversion_for(goals: Sequence[str]) -> Conversion:
    """What the goals count as a conversion: the first action goal's event ("Raise $5,000 and
    recruit 40 runners" → donations); engaged site visits when no goal asks for an action."""
    # people the campaign enlists (volunteers, hires) are its conversion only when enlisting
    # them is the brief's first aim, not a side goal of a campaign with other work to do
    firsts = [g for g in goals if not RECRUIT.search(g)] + list(goals[:1])
    for goal in dict.fromkeys(firsts):
        for kind in classify(goal):
            if kind.is_action:
                for pattern, event, label in _EVENTS[kind]:
                    if re.search(pattern, goal, re.I):
                        return Conversion(event, label, kind)
    return _VISIT


# A recruitment: people the campaign enlists, not the audience converting
RECRUIT = re.compile(
    r"\b(?:recruit\w*|hir(?:e|es|ed|ing)|enlist\w*|volunteers?|promotor[ae]s?|mentors?|"
    r"ambassadors?|foster (?:carers|families|parents)|trainees?|apprentices?|interns?)\b",
    re.I,
)


__all__ = [
    "DEFAULT_CHANNELS",
    "KIND_CHANNELS",
    "RECRUIT",
    "Conversion",
    "GoalKind",
    "channel_ids_for_goals",
    "classify",
    "conversion_for",
    "goal_families",
    "goal_kinds",
]
