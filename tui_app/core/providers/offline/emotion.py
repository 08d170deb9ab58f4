"""emotion_personalization: the key message, rewritten for the style's emotional angles.
Every variant states a feature of the brief; the angle only changes the framing."""

from __future__ import annotations

from ...content import EmotionVariant, EmotionVariants
from . import languages
from .job import Job
from .text import after_colon, cap

_ANGLES: dict[str, tuple[str, ...]] = {
    "confidence": (
        "Decide with the facts in front of you: {statement_low}",
        "Every detail is there before you {cta_low}: {statement_low}",
    ),
    "relief": (
        "One thing fewer to sort out: {statement_low}",
        "Nothing complicated here: {statement_low}",
    ),
    "curiosity": (
        "A detail worth a second look: {statement_low}",
        "One thing {segment} are curious about: {statement_low}",
    ),
    "pride": (
        "Made with care by {client}: {statement_low}",
        "Something {client} is proud of: {statement_low}",
    ),
    "belonging": (
        "For {segment}{where}, this one is personal: {statement_low}",
        "You're in good company with other {segment}: {statement_low}",
    ),
    "joy": (
        "A small good thing: {statement_low}",
        "Something for {segment} to smile about: {statement_low}",
    ),
    "nostalgia": (
        "Some things are worth keeping: {statement_low}",
        "Good things take time: {statement_low}",
    ),
}
_MOMENTS = (
    "when they first hear about it",
    "while comparing options",
    "right before they decide",
    "after the first week",
    "when telling a friend",
)
_KEY = (
    "{Maker}, for {segment}: {r0}{and_r1}.",
    "{Brand} brings {segment} {r0}{and_r1}.",
    "{Brand}, for {audience}.",
)


def build_emotion(job: Job) -> EmotionVariants:
    f = job.facts
    personas = job.section_of("audience_persona").personas
    if f.language != "en":
        return languages.emotion(job, personas)
    refs = [r for r in (job.form(x).ref for x in f.features[:2]) if r]
    extra = {
        "Maker": f.maker,
        "audience": f.audience.public or f.audience.text,
        "r0": refs[0] if refs else "\x00",
        "and_r1": f" and {refs[1]}" if len(refs) > 1 else "",
        "where": f" {f.audience.place}" if f.audience.place else "",
    }
    key = (
        job.fit([*job.shuffled(_KEY[:2]), _KEY[2]], **extra)
        or f"{f.product}, for {f.segment.plural}."
    )
    variants = []
    moments = job.shuffled(_MOMENTS)
    for index, angle in enumerate(job.voice.angles):
        feature = f.feature(index)
        statement = job.say(feature, plain=True)
        message = (
            job.fit(
                job.shuffled(_ANGLES[angle]),
                Statement=statement,
                statement_low=after_colon(statement, job.capitals),
                **extra,
            )
            or statement
        )
        # the persona's first name: "Noah, the careful partner, when telling a friend"
        # reads as a list; "Noah, when telling a friend" does not
        who = personas[index % len(personas)].name.split(",")[0] if personas else ""
        who = who or cap(f.segment.plural)
        variants.append(
            EmotionVariant(angle=angle, message=message, best_for=f"{who}, {moments[index % 5]}")
        )
    return EmotionVariants(key_message=key, variants=variants)


__all__ = ["build_emotion"]
