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
from .persons import third_person, to_first_person
from .text import after_colon, an, cap, end
from .wording import FIRST_NAMES

NO_AGE = "not stated"
# A second or third persona from the same group differs by stance: (the word that sets
# the label apart, the sentence that says it).
_STANCES = (
    ("curious", "{name} is hearing about {brand} for the first time and wants the short version."),
    ("careful", "{name} is comparing options and wants the facts side by side."),
    ("returning", "{name} already knows {client} and needs one clear reason to {cta_they}."),
    ("well-connected", "{name} passes good finds on to friends and colleagues."),
)
_LOOK_FIRST = (
    "{name} will look first at {ref}, then decide.",
    "For {name}, nothing matters more than {ref}, and the next step has to be obvious.",
    "{name} wants {ref} explained in one line, and the facts one click away.",
    "What wins {name} over: {ref}, shown rather than claimed.",
)
# people words too plain to label a persona on their own ("Kenji, the adult")
_PLAIN_PEOPLE = frozenset(["adult", "person", "customer", "consumer", "resident", "user", "local"])
_LOOK_FACT = (
    "For {name}, one fact settles it: {fact}",
    "{name} needs to hear it plainly: {fact}",
)
# Objections in the persona's own words: the landing page answers them as its FAQ.
_OBJECTIONS_ANY = (
    "Is {brand} really meant for {segment} like me?",
    "Can I see {brand} working for other {segment} first?",
    "What exactly happens after I {cta_i}?",
    "How does {brand} compare with other options for {segment}?",
)
_OBJECTIONS: dict[str, tuple[str, ...]] = {
    "b2b": (
        "Will the rest of my team sign off on it?",
        "How long before it pays for itself?",
        "Which organisations like ours already use it?",
        "Does it fit the tools we already use?",
        "What does the rollout look like for a team like ours?",
        "Who do we talk to when something goes wrong?",
    ),
    "donate": (
        "What exactly does my donation pay for?",
        "I already give to other causes. Why this one?",
    ),
    "join_as": ("What if the date doesn't suit me?", "Will a newcomer like me fit in?"),
    "register": ("What if the date doesn't suit me?", "What does signing up involve?"),
    "signup": ("What does signing up involve?", "What happens after I sign up?"),
    "apply": ("What does applying involve?", "How long before I hear back?"),
    "enrol": ("Is {brand} right for a beginner?", "Will the times fit my week?"),
    "tickets": ("Which dates and times are there?", "How long does {brand} last?"),
    "appointment": (
        "What does the first visit involve?",
        "Can I get a time that fits my week?",
    ),
    "quote": ("Will I get a clear figure before any work starts?", "Will someone turn up?"),
    "stay": ("Which dates are still free?", "How does it compare with other places?"),
    "date": ("Which dates are still free?", "Can we talk it through before we decide?"),
    "draw": ("How are the winners drawn?", "Where does the money go?"),
    "entries": ("What does taking part involve?", "When are the results announced?"),
    "buy": (
        "What exactly does it cost?",
        "Can I see it up close first?",
        "What if it isn't right for me?",
        "How soon could I have it?",
    ),
    "preorder": ("When does it arrive?", "Can I see it up close first?"),
    "install": ("Do I really need another app?", "What does {brand} do with my data?"),
    "account": ("What does {brand} do with my data?", "Is switching a hassle?"),
    "visit": ("When is the best time to come?", "What should I expect from {brand}?"),
    "journey": ("Does it run when I need it?", "Can I see the route in advance?"),
}
_NEEDS = (
    "Plain facts {segment} can check, not promises",
    "Straight answers for {segment}, without jargon",
    "Proof that it works for {segment} like them",
    "A clear idea of what “{cta}” involves",
)
_QUOTES = (
    "Show me {proof} and I'll listen.",
    "I don't need promises, I need {proof}.",
    "I'll {cta_i} once I've seen {proof}.",
    "Before I {cta_i}, I want {proof}.",
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
    if re.match(r"(?:value|appreciate|prefer|care about)s?\s", text):
        return cap(re.sub(r"^(?:value|appreciate|prefer|care about)s?\s+", "", text))
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


def _labels(job: Job) -> list[tuple[Segment, str, str]]:
    """(segment, label, stance sentence) for three personas: each group of the audience,
    then the lead group in other stances; no two labels alike ("the careful CISO")."""
    f = job.facts
    out: list[tuple[Segment, str, str]] = []
    used: set[str] = set()
    stances = job.shuffled(_STANCES)
    for seg in f.audience.segments[:3]:
        label = seg.person
        if label.casefold() in _PLAIN_PEOPLE and seg.ages:
            ages = seg.ages
            label += f" over {ages[:-1]}" if ages.endswith("+") else f" aged {ages}"
        if label.casefold() not in used:
            used.add(label.casefold())
            out.append((seg, label, ""))
    for adjective, sentence in stances:
        if len(out) == 3:
            break
        if adjective == "returning" and re.search(r"\b(?:first|new)\b", f.segment.person):
            continue  # never "the returning first-time buyer"
        label = f"{adjective} {f.segment.person}"
        if label.casefold() not in used:
            used.add(label.casefold())
            out.append((f.segment, label, sentence))
    return out


def _about(job: Job, name: str, seg: Segment, first: bool) -> str:
    """'Maya is an engaged partner in Cornwall and Devon, planning a 2027 wedding.' plus
    what the group wants, as its own sentence."""
    f = job.facts
    who = f"{name} is {an(seg.person)} {seg.person}"
    if f.audience.place and f.audience.place.casefold() not in seg.person.casefold():
        who += f" {f.audience.place}"
    if seg.descriptor:
        who += f", {seg.descriptor}" if f.audience.place else f" {seg.descriptor}"
    out = end(who)
    if f.audience.wish and first:
        out += f" {name} {end(third_person(f.audience.wish))}"
    return out


def _theirs(text: str) -> str:
    """A customer's words about the client's features: "hand-stitched in our Geneva
    atelier" (the brand speaking) is "in the Geneva atelier" in a customer's mouth."""
    return re.sub(r"\b([Oo])ur\b", lambda m: "The" if m.group(1) == "O" else "the", text)


def build_personas(job: Job) -> Personas:
    f = job.facts
    names = job.shuffled(FIRST_NAMES)[:3]
    specific = _OBJECTIONS.get("b2b" if f.audience.b2b else f.cta_goal.action.key, ())
    pool = job.shuffled(specific)[:2] + job.shuffled(_OBJECTIONS_ANY)
    tails = job.shuffled(_TAILS)
    looks = job.shuffled(_LOOK_FIRST)
    facts_first = job.shuffled(_LOOK_FACT)
    quotes = job.shuffled(_QUOTES)
    # each persona gets its own needs: the same line three times reads as filler
    steps = job.shuffled(
        (
            "To hear from other {segment} first",
            "To know what happens after they {cta_they}",
            "To know what “{cta}” commits them to",
        )
    )
    plain_needs = job.shuffled(_NEEDS)
    personas = []
    for i, ((seg, title_label, stance), name) in enumerate(zip(_labels(job), names, strict=False)):
        feature = f.feature(i)
        shown = job.form(feature)
        # a noun phrase reads well in "X matters most"; "the way it flags…" does not
        ref = shown.the_ref if shown.kind in ("np", "np_det") and len(shown.low) <= 48 else None
        if stance:
            second = job.fill(stance, name=name)
        elif ref:
            second = job.fill(looks[i % len(looks)], name=name, ref=ref)
        else:
            fact = job.say(feature.compact or feature, plain=True)
            second = job.fill(facts_first[i % 2], name=name, fact=after_colon(fact, job.capitals))
        summary = f"{_about(job, name, seg, i == 0)} {second or ''}".strip()
        needs = []
        if f.audience.wish and i == 0:
            needs.append(_need_from_wish(f.audience.wish))
        repeat = i >= len(f.features)  # fewer features than personas: no second "proof of"
        other = (
            f"A reason to choose {f.product} over the alternatives",
            f"An honest word on who {f.product} is not for",
        )[i % 2]
        needs.append(other if repeat else cap(shown.proof))
        needs.append(job.fill(steps[i % len(steps)], segment=seg.plural) or "")
        if f.audience.b2b:
            needs.append(
                f"A one-pager on {ref} for the rest of the team"
                if ref
                else (
                    f"A one-pager on {f.product} that {seg.plural} can share with the team",
                    f"A short case study from {an(seg.person)} {seg.person} like them",
                    "Answers to the questions the rest of the team will ask",
                )[i % 3]
            )
        else:
            needs.append(job.fill(plain_needs[i % len(plain_needs)], segment=seg.plural) or "")
        # the question a sceptic asks about this persona's feature, then one from the pool
        doubt = (feature.compact or feature).doubt if i < len(f.features) else None
        picked = [doubt] if doubt and job.guard.ok(doubt) else []
        while len(picked) < 2 and pool:  # from the pool, each objection once per campaign
            picked.append(job.fit([pool.pop(0)], segment=seg.plural))
        young = bool(seg.ages) and int(re.match(r"\D*(\d+)", seg.ages).group(1)) < 30
        if f.audience.wish and i == 0:
            voice = "I " + re.sub(r"^are\b", "am", to_first_person(f.audience.wish))
            quote = f"{cap(voice)}, {tails[i % len(tails)]}"
        elif seg.descriptor and not stance and not re.search(r"[\d$€£¥₹]", seg.descriptor):
            quote = f"I'm {to_first_person(seg.descriptor)}, {tails[i % len(tails)]}"
        elif repeat:
            quote = f"I want to know who is behind {f.product}, {tails[i % len(tails)]}"
        else:
            proof = (feature.compact or feature).proof  # a long feature once in full
            quote = job.fill(quotes[i % len(quotes)], proof=proof) or cap(proof)
        personas.append(
            Persona(
                name=f"{name}, the {title_label}",
                role=seg.role,
                age_range=seg.ages or NO_AGE,
                summary=_theirs(summary),
                needs=[_theirs(n) for n in needs if n][:3],
                objections=[_theirs(o) for o in picked if o],
                channels=_channels(job, young),
                quote=_theirs(quote),
            )
        )
    return Personas(personas=personas)


__all__ = ["NO_AGE", "build_personas"]
