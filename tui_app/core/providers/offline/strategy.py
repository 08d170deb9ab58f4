"""strategy: positioning, value propositions, messaging pillars, market notes and the
competitive angle — every claim a feature, the audience or the goals of the brief."""

from __future__ import annotations

from ...content import MessagingPillar, Strategy
from .features import Feature
from .job import Job
from .text import cap, join, join_predicates
from .wording import channel_list, goals_clause, label, plural

_POSITIONING = (
    "For {who}, {maker} {preds}.",
    "{Brand} is built for {who}: it {preds}.",
    "{Brand} is for {who}, and it {preds}.",
    "Made for {who}, {brand} {preds}.",
)
_POSITIONING_PLAIN = ("{Brand} is for {who}. {fact}", "For {who}: {brand}. {fact}")
_ANGLES = (
    "Where alternatives describe themselves, {brand} can point to {r0}{and_r1}.",
    "{Brand} wins on specifics: {r0}{and_r1}, shown rather than claimed.",
    "The difference is concrete: {r0}{and_r1}, which {segment} can see for themselves.",
)


def _refs(job: Job) -> tuple[str, str]:
    """Two features as noun phrases referred to ('the kaiseki dinner', 'the way it maps…')."""
    refs = [r for r in (job.form(f).the_ref for f in job.facts.features[:2]) if r]
    if not refs:
        refs = [label(f) for f in job.facts.features]
    return refs[0], refs[1] if len(refs) > 1 else ""


def _positioning(job: Job) -> str:
    f = job.facts
    preds = [p for p in (job.form(x).predicate for x in f.features[:2]) if p]
    extra = {"maker": f.maker, "preds": join_predicates(preds[:2]) or "\x00"}
    found = job.fit(job.shuffled(_POSITIONING), **extra)
    if found:
        return found
    first = f.feature(0)
    # a quoted phrase follows a sentence that names the product: "it", not the name again
    fact = job.say(first, "it" if first.kind == "quoted" else None)
    plain = job.fit(job.shuffled(_POSITIONING_PLAIN), fact=fact)
    return plain or f"{f.product} is for {f.segment.plural}."


def build_strategy(job: Job) -> Strategy:
    f = job.facts
    positioning = _positioning(job)
    props = []
    for i, feature in enumerate(f.features[:5]):
        shown = job.form(feature)
        text = None
        if i == 0 and f.audience.wish and shown.kind in ("np", "np_det"):
            text = job.fit([f"{cap(shown.a_low)}, for {{segment}} who {f.audience.wish}."])
        props.append(text or job.say(feature))
    if len(props) < 3:
        props.append(f"Made by {f.client} for {f.audience.short or f.segment.plural}.")
    if len(props) < 3:
        props.append(f"One clear next step for {f.segment.plural}: {f.cta}.")
    r0, r1 = _refs(job)
    extra = {"r0": r0, "and_r1": f" and {r1}" if r1 else ""}
    angle = job.fit(job.shuffled(_ANGLES), **extra) or f"{f.product} leads with {r0}."
    return Strategy(
        positioning=positioning,
        value_propositions=props,
        messaging_pillars=_pillars(job),
        market_notes=_notes(job),
        competitive_angle=angle,
    )


def _pillar(job: Job, feature: Feature, turn: int) -> MessagingPillar:
    """A pillar on one feature; the other features are its proof, in turn."""
    others = [x for x in job.facts.features if x is not feature]
    others = others[turn % len(others) :] + others[: turn % len(others)] if others else []
    # proof points in the brief's own words ("NHS patients welcome", as written)
    proof = [cap(o.raw if o.text != o.raw else job.form(o).text) for o in others[:2]]
    return MessagingPillar(
        name=cap(feature.label), message=job.say(feature, variant=1), proof_points=proof
    )


def _pillars(job: Job) -> list[MessagingPillar]:
    f = job.facts
    features = list(f.features)
    pillars = [_pillar(job, features[0], 1)]
    if len(features) > 1:
        pillars.append(_pillar(job, features[1], 2))
    seg = f.segment
    who = f.audience.short or seg.plural
    name = job.pick((f"Made for {seg.plural}", f"For {seg.plural}", f"{cap(seg.plural)} first"))
    wish = f.audience.wish
    message = (
        f"{f.product} is made for {who}, who {wish}."
        if wish
        else job.pick(
            (
                f"{f.product} is made for {who}.",
                f"Every message about {f.product} speaks to {who}.",
            )
        )
    )
    where = f" {f.audience.place}" if f.audience.place else ""
    proof = [
        cap(s.plural + (f" aged {s.ages}" if s.ages else "") + where)
        for s in f.audience.segments[:2]
    ]
    if seg.descriptor:
        proof.append(cap(seg.descriptor))
    pillars.append(MessagingPillar(name=name, message=message, proof_points=proof[:3]))
    if len(pillars) < 3:
        pillars.append(
            MessagingPillar(
                name=job.pick(("One clear step", "The next step")),
                message=f"Every asset for {f.product} ends on one action: {f.cta}.",
                proof_points=[f"Goals: {goals_clause(f)}", f"From {f.client}"],
            )
        )
    return pillars[:3]


def _notes(job: Job) -> list[str]:
    f, b = job.facts, job.brief
    segs = f.audience.segments
    notes = [
        job.pick(
            (
                f"{cap(segs[0].plural)} meet {f.product} on {channel_list(f.channels)}: the "
                f"first line they see should carry {label(f.feature(0))}.",
                f"The first impression on {channel_list(f.channels[:2])} has to make "
                f"{label(f.feature(0))} clear to {segs[0].plural} within a second.",
            )
        )
    ]
    if len(segs) > 1:
        notes.append(
            job.pick(
                (
                    f"{cap(segs[0].plural)} and {segs[1].plural} share the need but not the "
                    "context: keep one message and change the proof for each.",
                    f"One message for {segs[0].plural} and {segs[1].plural}, with proof chosen "
                    "for each group.",
                )
            )
        )
    aged = next((s for s in segs if s.ages), None)
    if aged:
        notes.append(
            f"{cap(aged.plural)} are aged {aged.ages}: match the channel mix and the pace of "
            "the copy to them, and check the targeting settings."
        )
    if f.audience.place.startswith(("in ", "from ", "around ", "near ", "across ")):
        notes.append(
            f"The audience is {f.audience.place}: target paid media there and use local "
            f"detail {segs[0].plural} will recognise."
        )
    if f.audience.wish:
        notes.append(
            f"Every pillar should answer what {segs[0].plural} care about: they {f.audience.wish}."
        )
    if f.audience.b2b:
        notes.append(
            f"{cap(segs[-1].plural)} rarely decide alone: give them material about "
            f"{label(f.feature(1))} they can forward to the rest of the team."
        )
    notes.append(
        f"{b.budget} over {plural(f.weeks, 'week')} across {plural(len(f.channels), 'channel')}: "
        "the goals "
        f"({goals_clause(f)}) set the budget split in the media plan."
    )
    if f.rules.forbidden_families:
        kinds = join([k.replace(" ", "-") for k in f.rules.forbidden_families], "or")
        notes.append(
            f"No {kinds} language: the case for {label(f.feature(0))} is made with facts alone."
        )
    return notes


__all__ = ["build_strategy"]
