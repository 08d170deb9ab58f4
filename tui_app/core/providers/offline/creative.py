"""creative: three concepts — one led by a feature, one by the people, one by the step the
campaign asks for — each with a big idea, a tagline (≤60, never cut mid-phrase) and
executions on the brief's own channels."""

from __future__ import annotations

from ...content import Concept, Creative
from ...models import LIMITS, Channel
from . import languages
from .job import Job
from .text import quoted
from .wording import label

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
    Channel.INSTAGRAM: "Instagram: carousels and Reels built around {angle}.",
    Channel.TIKTOK: "TikTok: native vertical videos on {angle}, with sound on.",
    Channel.LINKEDIN: "LinkedIn: document posts that unpack {angle} for {segment}.",
    Channel.X: "X: short posts and one thread on {angle}, each linking to the page.",
    Channel.FACEBOOK: "Facebook: video and link posts on {angle}, retargeting site visitors.",
    Channel.EMAIL: "Email: the sequence opens with {angle}.",
    Channel.SEARCH_ADS: "Search ads: headlines that lead with {angle}.",
    Channel.DISPLAY_ADS: "Display ads: banners that show {angle} at a glance.",
    Channel.WEBSITE: "Website: a hero section built on {angle}.",
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
    "enrol": 2,
    "tickets": 2,
    "buy": 2,
    "preorder": 2,
    "appointment": 2,
    "stay": 2,
    "wishlist": 2,
    "waitlist": 2,
}
_WHY = (
    "proof they can see",
    "people like them",
    "one clear step",
)


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
    for archetype in range(3):
        feature = f.feature(archetype)
        slots = job.feature_slots(feature)
        name = (
            job.fit(
                [*job.specific_first(job.voice.concept_names[archetype]), "{Segment}, Up Close"],
                heading=True,
                **slots,
            )
            or f.product
        )
        if f.language != "en":
            tagline = languages.tagline(job, archetype)
        else:
            tagline = job.fit(tagline_options(job, archetype), limit, heading=True, **slots)
        big_idea = job.fit(
            job.shuffled(_BIG_IDEAS[archetype]),
            l=label(feature),
            l2=label(f.feature(archetype + 1)),
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
        executions = job.keep(
            _EXECUTIONS[c].format(angle=angle, segment=f.segment.plural) for c in rotated[:3]
        )
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
            f"“{chosen.name}” fits the brief best: the goals ask {f.segment.plural} to "
            f"{job.slots['cta_low']}, which calls for {_WHY[recommended]}.",
            f"Its tagline, {quoted(chosen.tagline)}, works across every channel of the plan.",
        )
    )
    return Creative(concepts=concepts, recommended=recommended, rationale=rationale)


__all__ = ["build_creative", "tagline_options"]
