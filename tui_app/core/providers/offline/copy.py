"""copy: headlines, landing-page body, elevator pitch, and channel copy (emails, search and
display ads) for the brief's channels, in the main language, plus the key lines, emails in
each other language of the brief.

The body names at least two key features verbatim (the review checks it) and never pastes a
long feature more than twice.
"""

from __future__ import annotations

from ...content import Copy
from ...models import Channel
from . import languages
from .ads import display_ads, search_ads
from .emails import emails
from .emails import hooks as style_hooks
from .features import Feature
from .job import Job
from .text import cap, quoted, tidy

_HOOKS_WISH = (
    "If you {wish_you}, {brand} was made with you in mind.",
    "For {segment} who {wish}, {brand} is a good place to start.",
    "You {wish_you}. {Brand} is built around that.",
)
_HOOKS_PLAIN = (
    "{Maker} is for {audience}.",
    "Meet {brand}, for {audience}.",
    "This is {brand}, and it is for {audience}.",
)
_HOOKS_PLACE = (
    "{Brand} is made for {segment} {place}.",
    "For {segment} {place}: meet {brand}.",
)
_CLOSES = (
    "When {segment} are ready, the step is simple: {cta_low}.",
    "The next step for {segment} is simple: {cta_low}.",
    "See {lab} for yourself: {cta_low}.",
    "Made for {segment}, and ready when you are: {cta_low}.",
)
_PITCH_OPEN = (
    "{Maker} is for {audience}.",
    "{Brand} exists for {audience}.",
    "{Brand} is {client_own} answer for {audience}.",
)
_PITCH_CLOSE = (
    "The one thing for {segment} to do next: {cta_low}.",
    "For {segment}, it starts with one step: {cta_low}.",
    "Everything leads {segment} to one call: {cta_low}.",
)


def _wish_you(wish: str) -> str:
    """'want fresh bread' -> 'want fresh bread'; 'are looking for' stays; third person
    possessives become second person ('their spending' -> 'your spending')."""
    return (
        wish.replace(" their ", " your ")
        .replace(" them", " you")
        .replace(" themselves", " yourselves")
    )


def verbatim(job: Job, feature: Feature, subject: str | None = None) -> str:
    """A sentence that carries the feature's own words (for the review's feature check)."""
    if feature.text != feature.raw:
        return f"{cap(feature.raw)}."  # elliptical: "Laptops provided." as written
    return job.say(feature, subject)


def build_copy(job: Job) -> Copy:
    f = job.facts
    if f.language != "en":
        return languages.copy_in(job, f.language)
    tagline = (
        job.section_of("creative")
        .concepts[min(2, max(0, job.section_of("creative").recommended))]
        .tagline
    )
    headlines = _headlines(job, tagline)
    wish = f.audience.wish
    extra = {
        "wish": wish or "\x00",
        "wish_you": _wish_you(wish) if wish and not wish.startswith("are ") else "\x00",
        "audience": f.audience.short or f.audience.public,
        "Maker": f.maker,
    }
    hooks = list(_HOOKS_WISH) if wish else []
    hooks += list(_HOOKS_PLACE) if f.audience.place else []
    hooks += list(_HOOKS_PLAIN)
    hook = job.fit(job.shuffled(hooks[:4]) + hooks[4:], **extra) or f"Meet {f.product}."
    # a style's opener leads only into a plain statement about the product
    plain = hook.startswith(f.product) or hook.startswith(("Meet ", "This is "))
    openers = [o for o in style_hooks(job) if not ("{client}" in o and f.client in hook)]
    opener = job.fill(job.pick(openers)) if openers and plain else None
    p1 = job.paragraph((opener, hook))
    # features: the first two verbatim, the rest in their short forms
    elliptical = [x for x in f.features[:2] if x.text != x.raw]
    sentences = [verbatim(job, x) for x in elliptical]
    sentences += job.say_all([x for x in f.features[:5] if x not in elliptical])
    if len(f.features) > 5:
        rest = [quoted(x.compact.text if x.compact else x.text) for x in f.features[5:]]
        sentences.append(f"Also part of it: {', '.join(rest)}.")
    p2 = job.paragraph(sentences)
    f0 = job.form(f.feature(0))
    lab = f0.the_ref if f0.kind in ("np", "np_det") else None  # never a quoted label here
    close = job.fit(job.shuffled(_CLOSES), lab=lab or "\x00") or f"{f.cta}."
    closer = job.fill(job.pick(job.voice.closers))
    p3 = job.paragraph((close,) if job.rng.random() < 0.5 or not closer else (closer,))
    body = "\n\n".join(p for p in (p1, p2, p3) if p)
    return Copy(
        headlines=headlines,
        body_copy=body,
        elevator_pitch=_pitch(job, extra),
        emails=[
            *emails(job),
            *(m for code in languages.extra(job) for m in languages.emails_in(job, code)),
        ]
        if Channel.EMAIL in f.channels
        else [],
        search_ads=search_ads(job) if Channel.SEARCH_ADS in f.channels else [],
        display_ads=display_ads(job, tagline) if Channel.DISPLAY_ADS in f.channels else [],
        localized=[languages.localized(job, code) for code in languages.extra(job)],
    )


def _feature_headlines(feature: Feature, key: str) -> list[str]:
    """Headlines led by one feature: 'Eight rooms around a moss garden, with X' for a noun
    phrase, 'X flags unpatched pumps' for what it does, the clause itself for a clause."""
    if feature.kind in ("np", "np_det", "fragment"):
        if " with " in feature.text.casefold():  # no "… with blocks, with X"
            return [f"{{{key}}}, from {{client}}"]
        return [f"{{{key}}}, with {{brand}}", f"{{{key}}}, from {{client}}"]
    if feature.kind == "clause":
        return [f"{{{key}}}"]
    return [f"{{Brand}} {{{key}_pred}}"]


def _said_as(headline: str) -> str:
    return headline.casefold().rstrip(".!? ")


def _headlines(job: Job, tagline: str) -> list[str]:
    """The tagline, then one headline from each group (so no two say the same thing)."""
    f = job.facts
    f0, f1, f2 = f.feature(0), f.feature(1), f.feature(2)
    slots = job.feature_slots(f0)
    groups = [
        ["{Brand} for {segment}", "{Brand}: made for {segment}", "{Seg}, meet {brand}"],
        _feature_headlines(f0, "F0"),
        ["{F0}. {F1}."] if f0.kind in ("np", "np_det") else _feature_headlines(f1, "F1"),
        # where the audience is, not where the product is: "X in Australia" for a cruise in
        # Japan was untrue
        [
            "{Brand}, for {segment} {place}",
            *(_feature_headlines(f2, "F2") if f2 not in (f0, f1) else []),
        ],
        ["{Maker}", "Meet {brand}"],
    ]
    extra = {
        "Maker": f.maker if f.maker != f.product else "\x00",
        "F0": _short(f0),
        "F1": _short(f1) if f1 is not f0 else "\x00",
        "F0_pred": f0.predicate or "\x00",
        "F1_pred": f1.predicate or "\x00",
        "F2": _short(f2),
        "F2_pred": f2.predicate or "\x00",
        "place": f.audience.place if f.audience.place.startswith("in ") else "\x00",
    }
    if " from " in f0.text or f.client.casefold() in f.product.casefold():
        groups[1] = groups[1][:1]  # no "from … from", no "X, from X Ltd"
        groups[4] = groups[4][::2]
    out = [tagline] if tagline and job.guard.ok(tagline) else []
    # "Adults, meet X." (the tagline) and "Adults, meet X" are the same headline
    seen = {_said_as(h) for h in out}
    for group in job.shuffled(groups):
        filled = (job.fit([o], 80, heading=True, **slots, **extra) for o in job.shuffled(group))
        text = next((t for t in filled if t and _said_as(t) not in seen), None)
        if text:
            out.append(text)
            seen.add(_said_as(text))
    greeting = ("Meet ", "Introducing ")  # one hello is enough, unless nothing else fits
    fallbacks = ("Meet {brand}", "{Brand}, from {client}", "Introducing {brand}", "{maker}")
    for strict in (True, False):
        for fallback in fallbacks:
            text = job.fit([fallback], heading=True)
            if len(out) >= 5 or not text or _said_as(text) in seen:
                continue
            if any(text.casefold() in h.casefold() for h in out) and strict:
                continue
            if strict and text.startswith(greeting) and any(h.startswith(greeting) for h in out):
                continue
            out.append(text)
            seen.add(_said_as(text))
    return out[:5]


def _short(feature: Feature) -> str:
    """The feature for a headline: as written when short, else its label (cut at a clause
    boundary); unusable when neither fits."""
    if len(feature.text) <= 40:
        return cap(feature.text)
    if feature.kind in ("clause", "verb", "imperative"):
        return "\x00"  # a clause cut short can change its meaning ("documents are filled")
    return cap(feature.label) if len(feature.label) <= 40 and feature.label else "\x00"


def _pitch(job: Job, extra: dict[str, str]) -> str:
    f = job.facts
    opening = (
        job.fit(job.shuffled(_PITCH_OPEN), **extra) or f"{f.product} is for {f.audience.public}."
    )
    middle = job.say_all(f.features[:2], "it")
    close = job.fit(job.shuffled(_PITCH_CLOSE))
    return tidy(job.paragraph((opening, *middle, close)))


__all__ = ["build_copy", "verbatim"]
