"""cta_optimizer: CTA variants per funnel stage (≤25 characters, never cut mid-phrase).

With a primary CTA in the brief, every stage recommends it word for word and the other
variants are soft steps that never compete with it; without one, the conversion stage
leads with the CTA chosen from the goals (see `facts`)."""

from __future__ import annotations

from ...content import CtaPlan, CtaStage
from ...models import LIMITS
from . import languages
from .job import Job
from .wording import named

STAGES = ("awareness", "consideration", "conversion", "retention")
_RATIONALE = {
    "awareness": (
        "Low commitment: {segment} meeting {brand} for the first time want to look first.",
        "A first look costs nothing, which suits {segment} new to {brand}.",
        "A first look asks for no commitment, which suits {segment} new to {brand}.",
        "{Seg} who have never heard of {brand} need a reason to look, not a request.",
        "Nobody commits at first sight: {segment} should be able to look around first.",
    ),
    "consideration": (
        "People weighing it up want to see {lab} before they decide.",
        "{Seg} comparing options need the details, starting with {lab}.",
    ),
    "conversion": (
        "“{cta}” says exactly what happens next, so the click keeps its promise.",
        "“{cta}” says exactly what happens on the next page: no surprises for {segment}.",
    ),
    "retention": (
        "Keeps the {segment} who acted close, so they tell others about {lab}.",
        "After “{cta}”, the {segment} who liked it are the ones to tell others.",
    ),
}


def build_cta(job: Job) -> CtaPlan:
    f = job.facts
    limit = job.limit("cta", LIMITS["cta"])
    primary = f.cta
    localized = f.language != "en"
    stages = []
    for stage in STAGES:
        if localized:
            soft = list(languages.stage_ctas(job, stage))
        elif stage == "conversion" and f.rules.primary_cta:
            soft = list(job.voice.consideration)  # nothing that competes with the brief's CTA
        elif stage == "conversion":
            soft = [f.second_cta] if f.second_cta else []
            soft += [c for g in f.goals for c in g.ctas(not f.rules.no_selling)]
            soft += list(job.voice.consideration)
        else:
            soft = list(getattr(job.voice, stage))
        options = [o for o in (job.fill(x) for x in job.shuffled(soft)) if o]
        if stage in ("awareness", "consideration") and not localized:
            options = _feature_ctas(job, stage) + options
        variants: list[str] = []
        lead = primary if (f.rules.primary_cta or stage == "conversion") else None
        if lead is None and options:
            lead = options[0]
        for option in [lead, *options, "Learn more", "Find out more", "See the details"]:
            if not option or len(option) > limit or not job.guard.ok(option):
                continue
            if option.casefold() not in {v.casefold() for v in variants}:
                variants.append(option)
            if len(variants) == 3:
                break
        recommended = primary if f.rules.primary_cta else variants[0]
        if recommended not in variants:
            variants = [recommended, *variants[:2]]
        rationale = (
            job.fit(job.shuffled(_RATIONALE[stage]), lab=_lab(job))
            or "Fits the stage of the funnel."
        )
        stages.append(
            CtaStage(stage=stage, variants=variants, recommended=recommended, rationale=rationale)
        )
    return CtaPlan(stages=stages, primary_cta=primary)


def _feature_ctas(job: Job, stage: str) -> list[str]:
    """A soft step named after a feature ('See the moss garden'), when one fits: more
    telling than 'Learn more'."""
    out = []
    verb = "See" if stage == "awareness" else "Explore"
    for feature in job.facts.features[:3]:
        shown = feature.compact or feature
        if shown.kind in ("np", "np_det") and shown.the_ref:
            out.append(f"{verb} {shown.the_ref}")
    return out[:1]


def _lab(job: Job) -> str:
    return named(job.facts.feature(0))


__all__ = ["STAGES", "build_cta"]
