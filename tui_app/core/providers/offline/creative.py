"""creative: three concepts — one led by a feature, one by the people, one by the step the
campaign asks for — each with a big idea, a tagline (≤60, never cut mid-phrase) and
executions on the brief's own channels."""

from __future__ import annotations

from ...content import Concept, Creative
from ...models import LIMITS, Channel
from . import languages
from .job import Job
from .text import quoted
from .wording import channel_list, named

_BIG_IDEAS = (
    (
        "Let {l} do the talking: every asset shows it in use, close up, with {segment} in "
        "the frame.",
        "Show, then tell: {brand} at work, with {l} front and centre in every format.",
        "One proof point per asset, starting with {l}; the copy only names what the picture shows.",
    ),
    (
        "Put {segment} at the centre: real people{where}, in their own words, and the moment "
        "{brand} fits in.",
        "Cast from the audience itself: {segment}{where}, filmed as they are, talking about "
        "what matters to them.",
        "A series of short portraits of {segment}; {brand} appears where it really belongs.",
    ),
    (
        "Build everything around one step for {segment}, “{cta}”, and make it feel easy from "
        "the first post to the last email.",
        "{A_weeks}-week story in three beats: meet {brand}, see {l2}, then {cta_low}.",
        "Each asset answers one question {segment} have on the way to “{cta}”, so the step "
        "feels obvious when it comes.",
    ),
)
_EXECUTIONS = {
    Channel.INSTAGRAM: (
        "Instagram: carousels and Reels built around {angle}.",
        "Instagram: a Reels series and Stories on {angle}.",
    ),
    Channel.TIKTOK: (
        "TikTok: native vertical videos on {angle}, with sound on.",
        "TikTok: short, unpolished clips about {angle}.",
    ),
    Channel.LINKEDIN: (
        "LinkedIn: document posts and short videos on {angle}.",
        "LinkedIn: a short post series on {angle}, one point per post.",
    ),
    Channel.X: (
        "X: short posts and one thread on {angle}, each linking to the page.",
        "X: a thread on {angle}, then replies that link to the page.",
    ),
    Channel.FACEBOOK: (
        "Facebook: video and link posts on {angle}, retargeting site visitors.",
        "Facebook: a photo series on {angle}, boosted to lookalike audiences.",
    ),
    Channel.EMAIL: (
        "Email: the sequence opens with {angle}.",
        "Email: one message in the sequence given over to {angle}.",
    ),
    Channel.SEARCH_ADS: (
        "Search ads: headlines that lead with {angle}.",
        "Search ads: ad groups whose first headline is about {angle}.",
    ),
    Channel.DISPLAY_ADS: (
        "Display ads: banners that show {angle} at a glance.",
        "Display ads: a banner set with {angle} as the only message.",
    ),
    Channel.WEBSITE: (
        "Website: a hero section built on {angle}.",
        "Website: the first screen given over to {angle}.",
    ),
}
# which concept fits which call to action best (the rest: the people-led one)
_RECOMMEND = {
    "demo": 0,
    "leads": 0,
    "apikey": 0,
    "trial": 0,
    "quote": 0,
    "account": 0,
    "donate": 2,
    "join_as": 2,
    "register": 2,
    "signup": 2,
    "apply": 2,
    "enrol": 2,
    "tickets": 2,
    "buy": 2,
    "preorder": 2,
    "appointment": 2,
    "stay": 2,
    "date": 2,
    "draw": 2,
    "entries": 2,
    "wishlist": 2,
    "waitlist": 2,
}
_WHY = (
    "proof they can see",
    "people like them",
    "one clear step",
)


def _differs(job: Job, template: str, name: str, slots: dict[str, str]) -> bool:
    filled = job.fill(template, **slots) or ""
    return filled.rstrip(".").casefold() != name.rstrip(".").casefold()


def tagline_options(job: Job, archetype: int) -> list[str]:
    """Tagline templates for one concept, this brief's shuffle first, safe ones last."""
    return [
        *job.specific_first(job.voice.taglines[archetype]),
        "{Lab}. {Brand}.",
        "{Brand}, for {segment}.",
        "{maker}.",
        "{Brand}.",
        "Made for {segment}.",
        "For {segment}.",
        "{cta}.",
    ]


def build_creative(job: Job) -> Creative:
    f = job.facts
    limit = job.limit("tagline", LIMITS["tagline"])
    where = f" {f.audience.place}" if f.audience.place else ""
    concepts = []
    names: set[str] = set()
    for archetype in range(3):
        feature = f.feature(archetype)
        slots = job.feature_slots(feature)
        options = [*job.specific_first(job.voice.concept_names[archetype]), "{Segment}, Up Close"]
        # three concepts, three names: one already taken is passed over
        # …and none that opens like one already taken ("Weekend Hikers, Amplified" beside
        # "Weekend Hikers, Next Chapter" reads as one idea twice)
        starts = {" ".join(n.split()[:2]).casefold() for n in names}
        options = [
            o
            for o in options
            if (filled := job.fill(o, **slots)) not in names
            and " ".join((filled or "").split()[:2]).casefold() not in starts
        ] or options
        name = job.fit(options, heading=True, **slots) or f"{f.product} {archetype + 1}"
        names.add(name)
        if f.language != "en":
            tagline = languages.tagline(job, archetype)
        else:
            # a tagline that only repeats the concept's name says nothing new
            options = [o for o in tagline_options(job, archetype) if _differs(job, o, name, slots)]
            tagline = job.fit(options, limit, heading=True, **slots)
        big_idea = job.fit(
            job.shuffled(_BIG_IDEAS[archetype]),
            l=named(job.form(feature)),
            l2=named(job.form(f.feature(archetype + 1))),
            where=where,
        )
        angle = (
            (feature.compact or feature).showcase,
            f"real {f.segment.plural}",
            f"{f.segment.plural} taking the step to “{f.cta}”",
        )[archetype]
        channels = [c for c in f.channels if c is not Channel.WEBSITE] or [Channel.WEBSITE]
        start = archetype % len(channels)
        rotated = channels[start:] + channels[:start]
        executions = job.keep(job.pick(_EXECUTIONS[c]).format(angle=angle) for c in rotated[:3])
        if len(executions) < 2:
            executions.append(f"Launch film: 30 seconds on {angle}, cut down for each placement.")
        concepts.append(
            Concept(
                name=name,
                big_idea=big_idea or f"{f.product}, shown to {f.segment.plural} as it is.",
                tagline=tagline or f.cta,
                executions=executions,
            )
        )
    recommended = _RECOMMEND.get(f.cta_goal.action.key, 1)
    chosen = concepts[recommended]
    rationale = job.paragraph(
        (
            f"For {f.product}, “{chosen.name}” is the one to lead with: the campaign asks "
            f"{f.segment.plural} "
            f"to {job.slots['cta_they']}, and that calls for {_WHY[recommended]}.",
            f"Its line, {quoted(chosen.tagline)}, works on {channel_list(f.channels)}.",
        )
    )
    return Creative(concepts=concepts, recommended=recommended, rationale=rationale)


__all__ = ["build_creative", "tagline_options"]
