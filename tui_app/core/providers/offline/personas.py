"""audience_persona: three personas from the audience text.

Each segment of the audience becomes a persona; with fewer than three segments, the lead
segment is seen in different stances (new to it, comparing, ready to act) rather than
inventing groups the brief does not name. Ages come from the audience text or are "not
stated"; roles and places are the brief's own words.
"""

from __future__ import annotations

import re

from ...content import Persona, Personas
from ...models import CHANNEL_LABELS, Channel
from .audience import Segment
from .job import Job
from .text import an, cap, end, third_person, to_first_person
from .wording import FIRST_NAMES, label

NO_AGE = "not stated"
_STANCES = (
    (
        "new to {brand}",
        "{name} is hearing about {brand} for the first time and wants the short version.",
    ),
    ("comparing options", "{name} is comparing options and wants the facts side by side."),
    ("ready to act", "{name} already knows {client} and needs one clear reason to {cta_low}."),
    ("the recommender", "{name} passes good finds on to friends and colleagues."),
)
_LOOK_FIRST = (
    "{name} will look first at {lab}, then decide whether to {cta_low}.",
    "For {name}, {lab} matters most, and the next step has to be obvious.",
    "{name} wants {lab} explained in one line, and the facts one click away.",
    "What wins {name} over is {lab}, shown rather than claimed.",
)
_OBJECTIONS_ANY = (
    "Is {brand} really meant for {segment}?",
    "I want to see {lab} working before I decide.",
    "What exactly happens after I {cta_low}, and what about {lab}?",
    "I've heard big promises before; {lab} had better be real.",
    "I'd need to find the time to look at {lab} properly.",
    "How is {brand} different from what {segment} use now?",
)
_OBJECTIONS: dict[str, tuple[str, ...]] = {
    "b2b": (
        "Needs sign-off from the rest of the team before they {cta_low}.",
        "Worried about the time it takes before {lab} pays off.",
        "Wants proof from organisations like theirs, not just {lab}.",
    ),
    "donate": (
        "Wants to know what a donation pays for before they {cta_low}.",
        "Already gives to other causes than {client}.",
    ),
    "join_as": (
        "Not sure the date works for them.",
        "Wonders whether newcomers to {brand} fit in.",
    ),
    "register": (
        "Not sure the date works for them.",
        "Wonders what signing up to {brand} involves.",
    ),
    "enrol": ("Wonders whether {brand} suits a beginner.", "Needs the times to fit their week."),
    "tickets": ("Needs the date to work for everyone.", "Wonders how long {brand} lasts."),
    "appointment": (
        "Wants to know what the first visit involves, beyond {lab}.",
        "Needs a time that fits, and a word on {lab}.",
    ),
    "quote": ("Wants a clear figure before any work starts.", "Needs someone who turns up."),
    "stay": (
        "Wants to see which dates are free before reading about {lab}.",
        "Compares a few places on {lab} before choosing.",
    ),
    "buy": ("Wants to know exactly what it costs.", "Wants to see {lab} up close first."),
    "preorder": ("Wants to know when it arrives.", "Wants to see {lab} up close first."),
    "install": ("Already has too many apps.", "Wonders what {brand} does with their data."),
    "account": (
        "Wonders what {brand} does with their data.",
        "Worried that switching is a hassle.",
    ),
    "visit": ("Not sure when to come.", "Wants to know what to expect from {brand}."),
    "journey": ("Not sure it runs when they need it.", "Wants to know the route in advance."),
}
_NEEDS = (
    "Plain facts about {lab}, not promises",
    "A way to ask a real person about {lab}",
    "To see {brand} before committing",
    "A clear idea of what “{cta}” involves",
    "Something that fits the week {segment} already have",
)
_TAILS = (
    "so show me, don't tell me.",
    "and I notice when something is done with care.",
    "so it has to be simple.",
    "and I'll tell people if it's good.",
    "but I decide on the details.",
    "and I don't have time for fluff.",
    "so the first step had better be easy.",
    "and I'd like to know who is behind it.",
)


def _need_from_wish(wish: str) -> str:
    """'want to see all their spending in one place' -> 'To see all their spending …'."""
    looking = re.match(r"(?:are\s+)?(?:looking for|in search of|interested in)\s+(.+)", wish)
    if looking:
        return cap(looking.group(1))
    text = re.sub(r"^(?:would like|wants?|needs?|hopes?)\s+", "", wish)
    if re.match(r"(?:love|enjoy|like)s?\s", text):
        return cap("more " + text.split(" ", 1)[1])
    if text != wish:
        return cap(text)  # "to see …" or "fresh bread delivered weekly"
    return cap("to " + re.sub(r"^(?:could|can|will|would|might|may)\s+", "", wish))


def _channels(job: Job, young: bool) -> list[str]:
    f = job.facts
    if f.audience.b2b:
        preference = [Channel.LINKEDIN, Channel.EMAIL, Channel.SEARCH_ADS, Channel.X]
    elif young:
        preference = [Channel.TIKTOK, Channel.INSTAGRAM, Channel.X, Channel.SEARCH_ADS]
    else:
        preference = [Channel.FACEBOOK, Channel.INSTAGRAM, Channel.EMAIL, Channel.SEARCH_ADS]
    chosen = [c for c in preference if c in f.channels]
    chosen += [c for c in f.channels if c not in chosen and c is not Channel.WEBSITE]
    return [CHANNEL_LABELS[c] for c in (chosen or [Channel.WEBSITE])[:3]]


def build_personas(job: Job) -> Personas:
    f = job.facts
    names = job.shuffled(FIRST_NAMES)[:3]
    segments: list[tuple[Segment, str]] = [(s, "") for s in f.audience.segments[:3]]
    stances = job.shuffled(_STANCES)
    while len(segments) < 3:
        segments.append((f.segment, stances[len(segments) - 1][0]))
    objections = list(_OBJECTIONS.get("b2b" if f.audience.b2b else f.cta_goal.action.key, ()))
    objections += job.shuffled(_OBJECTIONS_ANY)
    tails = job.shuffled(_TAILS)
    looks = job.shuffled(_LOOK_FIRST)
    personas = []
    for i, ((seg, stance), name) in enumerate(zip(segments, names, strict=False)):
        feature = f.feature(i)
        stance_text = job.fill(stance) if stance else ""
        title_label = f"the {seg.person}" + (f", {stance_text}" if stance_text else "")
        who = f"{name} is {an(seg.person)} {seg.person}"
        if seg.descriptor:
            who += f" {seg.descriptor}"
        elif f.audience.wish and i == 0:
            who += f" who {third_person(f.audience.wish)}"
        if f.audience.place and f.audience.place not in who:
            who += f" {f.audience.place}"
        second = (
            job.fill(next(s for t, s in _STANCES if t == stance), name=name)
            if stance
            else job.fill(looks[i % len(looks)], name=name, lab=label(feature))
        )
        summary = f"{end(who)} {second or ''}".strip()
        needs = []
        if f.audience.wish and i == 0:
            needs.append(_need_from_wish(f.audience.wish))
        shown = job.form(feature)
        needs.append(cap(shown.proof))
        needs.append(
            job.fill(
                job.pick(
                    (
                        "A simple way for {segment} to {cta_low}",
                        "To know what happens after {segment} {cta_low}",
                    )
                ),
                segment=seg.plural,
            )
            or ""
        )
        needs.append(
            f"Material about {label(feature)} to share with the team"
            if f.audience.b2b
            else job.fill(job.pick(_NEEDS), lab=label(feature)) or ""
        )
        picked = [
            job.fill(objections[(2 * i + k) % len(objections)], lab=label(feature))
            for k in range(2)
        ]
        young = bool(seg.ages) and int(re.match(r"\D*(\d+)", seg.ages).group(1)) < 30
        if seg.descriptor:
            voice = "I'm " + to_first_person(seg.descriptor)
        elif f.audience.wish and i == 0:
            voice = "I " + re.sub(r"^are\b", "am", to_first_person(f.audience.wish))
        else:
            voice = job.pick(
                (f"Show me {shown.proof}", f"Give me {shown.proof}", f"I'd want {shown.proof}")
            )
        personas.append(
            Persona(
                name=f"{name}, {title_label}",
                role=seg.role,
                age_range=seg.ages or NO_AGE,
                summary=summary,
                needs=[n for n in needs if n][:3],
                objections=[o for o in picked if o],
                channels=_channels(job, young),
                quote=f"{cap(voice)}, {tails[i % len(tails)]}",
            )
        )
    return Personas(personas=personas)


__all__ = ["NO_AGE", "build_personas"]
