"""strategy: positioning, value propositions, messaging pillars, market notes and the
competitive angle — every claim a feature, the audience or the goals of the brief."""

from __future__ import annotations

from ...content import MessagingPillar, Strategy
from .features import Feature
from .job import Job
from .text import an, cap, end, join, quoted
from .wording import channel_list, goals_clause, label

_POSITIONING = (
    "For {audience}, {maker} brings together {r0} and {r1}.",
    "{Brand} is for {audience}: one place for {r0} and {r1}.",
    "For {audience}, {brand} is {a_adj} choice built on {r0}.",
    "{Brand} gives {audience} {r0}, from {client}.",
)
_PROP_FRAMES = (
    "{Text}, for {segment}.",
    "{Text}: something {segment} can check for themselves.",
    "{Text}, stated plainly on every channel.",
    "{Text}, from {client}.",
    "{Text}, as a reason to {cta_low}.",
)
_ANGLES = (
    "Where alternatives describe themselves, {brand} can point to {r0}{and_r1}.",
    "{Brand} wins on specifics: {r0}{and_r1}, shown rather than claimed.",
    "The difference is concrete: {r0}{and_r1}, which {segment} can see for themselves.",
)


def _refs(job: Job) -> tuple[str, str]:
    refs = [r for r in (job.form(f).ref for f in job.facts.features[:2]) if r]
    if not refs:
        refs = [label(f) for f in job.facts.features]
    return refs[0], refs[1] if len(refs) > 1 else ""


def build_strategy(job: Job) -> Strategy:
    f = job.facts
    r0, r1 = _refs(job)
    adjective = job.pick(job.voice.adjectives)
    extra = {
        "audience": f.audience.text,
        "maker": f.maker,
        "r0": r0,
        "r1": r1 or "\x00",
        "a_adj": f"{an(adjective)} {adjective}",
        "and_r1": f" and {r1}" if r1 else "",
    }
    positioning = job.fit(job.shuffled(_POSITIONING), **extra) or (
        f"{f.product} is for {f.audience.text}, from {f.client}."
    )
    props = []
    frames = job.shuffled(_PROP_FRAMES)
    for i, feature in enumerate(f.features[:5]):
        shown = job.form(feature)
        if shown.kind in ("np", "np_det"):
            text = job.fill(frames[i % len(frames)], Text=cap(shown.text))
        else:  # "Free for eligible adults, for adults" reads badly: state it instead
            text = job.say(feature)
        props.append(text or end(cap(shown.text)))
    if len(props) < 3:
        props.append(f"Made by {f.client} for {f.segment.plural}.")
    if len(props) < 3:
        props.append(f"One clear next step for {f.segment.plural}: {f.cta}.")
    r0, r1 = _refs(job)  # again: a long feature's third use takes its short form
    extra |= {"r0": r0, "and_r1": f" and {r1}" if r1 else ""}
    angle = job.fit(job.shuffled(_ANGLES), **extra) or f"{f.product} leads with {r0}."
    return Strategy(
        positioning=positioning,
        value_propositions=props,
        messaging_pillars=_pillars(job),
        market_notes=_notes(job),
        competitive_angle=angle,
    )


def _pillar(job: Job, feature: Feature, others: list[Feature]) -> MessagingPillar:
    f = job.facts
    proof = [cap(job.form(o).text) for o in others[:2]]
    proof.append(
        job.pick(
            (
                f"Stated by {f.client} for {f.segment.plural}",
                f"Shown to {f.segment.plural} on {channel_list(f.channels[:2])}",
                f"Something {f.segment.plural} can check for themselves",
            )
        )
    )
    return MessagingPillar(
        name=cap(feature.label), message=job.say(feature, variant=1), proof_points=proof[:3]
    )


def _pillars(job: Job) -> list[MessagingPillar]:
    f = job.facts
    features = list(f.features)
    pillars = [_pillar(job, features[0], features[2:3])]
    if len(features) > 1:
        pillars.append(_pillar(job, features[1], features[3:4] or features[:1]))
    seg = f.segment
    who = seg.plural + (f" {f.audience.place}" if f.audience.place else "")
    name = job.pick((f"Made for {seg.plural}", f"For {seg.plural}", f"{cap(seg.plural)} first"))
    wish = f.audience.wish
    message = (
        f"{f.product} is for {who} who {wish}."
        if wish
        else job.pick(
            (
                f"{f.product} is for {who}, and every line says so.",
                f"Everything about {f.product} is written for {who}.",
            )
        )
    )
    proof = [s.role for s in f.audience.segments[:2]]
    if seg.descriptor:
        proof.append(cap(f"{seg.plural} {seg.descriptor}"))
    if len(proof) < 2:
        proof.append(f"One next step for them: {f.cta}")
    pillars.append(MessagingPillar(name=name, message=message, proof_points=proof[:3]))
    if len(pillars) < 3:
        pillars.append(
            MessagingPillar(
                name=job.pick(("One clear step", "The next step")),
                message=f"Every asset for {f.product} ends on one action: {f.cta}.",
                proof_points=[f"The goals: {goals_clause(f)}", f"Made by {f.client}"],
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
    if f.audience.ages:
        notes.append(
            f"The brief names ages {f.audience.ages}: match the channel mix and the pace of "
            "the copy to them, and check the targeting settings."
        )
    if f.audience.place.startswith(("in ", "from ", "around ", "near ", "across ")):
        notes.append(
            f"The audience is {f.audience.place}: target paid media there and use local "
            f"detail {segs[0].plural} will recognise."
        )
    if f.audience.wish:
        notes.append(
            f"Every pillar should answer what {segs[0].plural} want, in the brief's words: "
            f"{quoted(f.audience.wish)}."
        )
    if f.audience.b2b:
        notes.append(
            f"{cap(segs[-1].plural)} rarely decide alone: give them material about "
            f"{label(f.feature(1))} they can forward to the rest of the team."
        )
    notes.append(
        f"{b.budget} over {f.weeks} weeks across {len(f.channels)} channels: the goals "
        f"({goals_clause(f)}) set the budget split in the media plan."
    )
    if f.rules.forbidden_families:
        kinds = join(f.rules.forbidden_families)
        notes.append(
            f"The brief rules out {kinds} language, so the case for {label(f.feature(0))} is "
            "made with facts alone."
        )
    return notes


__all__ = ["build_strategy"]
