"""Search and display ads: three headlines (≤30) and two descriptions (≤90) each, written
whole (a headline that does not fit is skipped, never cut). The first description carries
the call to action; the brief's must-include lines ride on a description when they fit."""

from __future__ import annotations

import re

from ...content import SearchAd
from ...models import LIMITS
from .features import Feature
from .job import Job
from .text import cap, title


def _headlines(job: Job, options: list[str], limit: int, slots: dict[str, str]) -> list[str]:
    out: list[str] = []
    f = job.facts
    names = [n.replace("{", "{{").replace("}", "}}") for n in (*f.short_names, f.client)]
    fallbacks = [*names, "{cta}", "Learn More", "See How It Works", "Find Out More"]
    for option in [*options, *fallbacks]:
        filled = job.fill(option, **slots)
        if not filled:
            continue
        text = job.fit([title(filled).replace("{", "{{").replace("}", "}}")], limit, heading=True)
        if text and text.casefold() not in {h.casefold() for h in out}:
            out.append(text)
        if len(out) == 3:
            break
    return out


def _descriptions(
    job: Job, first: list[str], second: list[str], limit: int, slots: dict[str, str]
) -> list[str]:
    """Two descriptions; the must-include lines join one of them when they fit (a line that
    can never fit is left out: the review reports it)."""
    lines = [line for line in job.facts.rules.must_include if len(line) <= limit]
    d1 = job.fit(first, limit, **slots) or job.facts.cta
    d2 = job.fit(second, limit, **slots) or job.facts.cta
    if not lines:
        return [d1, d2]
    slots = {**slots, "line0": lines[0], "lines": " ".join(lines)}
    if len(slots["lines"]) <= limit:
        d2 = job.fit([f"{o} {{lines}}" for o in second] + ["{lines}"], limit, **slots) or d2
        return [d1, d2]
    # the lines do not fit together: one on each description
    d1 = job.fit([f"{o} {{line0}}" for o in first] + ["{line0}"], limit, **slots) or d1
    if len(lines) > 1:
        slots["line1"] = lines[1]
        d2 = job.fit([f"{o} {{line1}}" for o in second] + ["{line1}"], limit, **slots) or d2
    return [d1, d2]


def _keywords(job: Job) -> list[str]:
    f = job.facts
    product = " ".join(f.product.lower().split())
    words = [product, " ".join(f.client.lower().split())]
    # a feature is a search term when it is a short phrase without a figure or a price
    words += [
        x.label.lower()
        for x in f.features
        if len(x.label.split()) <= 4 and not re.search(r"[\d$€£¥₹%]", x.label)
    ]
    words += [f"{f.short_names[-1].lower()} {s.singular.lower()}" for s in f.audience.segments]
    if f.audience.place.startswith("in "):
        words.append(f"{f.short_names[-1].lower()} {f.audience.place[3:].lower()}")
    words = [job.tidy(w) for w in words]
    out = [w for w in dict.fromkeys(w.strip(" .,;:") for w in words) if w and job.guard.ok(w)]
    for extra in ("reviews", "near me", "information", "guide"):
        if len(out) >= 5:
            break
        out.append(f"{f.short_names[-1].lower()} {extra}")
    return out[:8]


def search_ads(job: Job) -> list[SearchAd]:
    f = job.facts
    h_limit = job.limit("ad_headline", LIMITS["search_headline"])
    d_limit = job.limit("ad_description", LIMITS["search_description"])
    keywords = _keywords(job)
    where = f" {f.audience.place}" if f.audience.place else ""
    ads = []
    for index in range(2):
        a, b = f.feature(index * 2), f.feature(index * 2 + 1)
        slots = _slots(a, b) | {"where": where}
        if index == 0:
            heads = ["{brand}", "{Alabel}", "{cta}", "{Blabel}"]
        else:
            heads = ["{Alabel}", "{short} for {Segment}", "{Blabel}", "{cta} with {short}"]
        lead = (
            "{Alabel} and more. {cta}." if a.kind in ("np", "np_det") else "{Brand} {alow}. {cta}."
        )
        first = [
            *job.shuffled(["{A}. {B}. {cta}.", lead, "{Brand}: {alow}. {cta}."]),
            "{Alabel}. {cta}.",
            "{cta} with {brand}.",
            "{cta}.",
        ]
        second = [
            *job.shuffled(
                [
                    "For {segment}{where}. {Blabel}.",
                    "{B}, from {client}." if " from " not in b.text else "{B}.",
                    "Made for {segment}: {blow}.",
                ]
            ),
            "{Blabel}.",
            "{Brand}, for {segment}.",
            "{Brand}.",
        ]
        ads.append(
            SearchAd(
                headlines=_headlines(job, heads, h_limit, slots),
                descriptions=_descriptions(job, first, second, d_limit, slots),
                keywords=keywords,
            )
        )
    return ads


def _slots(a: Feature, b: Feature) -> dict[str, str]:
    return {
        "A": cap(a.text),
        "B": cap(b.text),
        "Alabel": cap(a.label),
        "Blabel": cap(b.label),
        "alow": a.low,
        "blow": b.low,
    }


def display_ads(job: Job, tagline: str) -> list[SearchAd]:
    f = job.facts
    h_limit = job.limit("ad_headline", LIMITS["display_headline"])
    d_limit = job.limit("ad_description", LIMITS["display_description"])
    creative = job.section_of("creative")
    targeting = [s.plural.lower() for s in f.audience.segments]
    targeting += [
        x.label.lower()
        for x in f.features
        if len(x.label.split()) <= 4 and not re.search(r"[\d$€£¥₹%]", x.label)
    ]
    targeting.append(" ".join(f.product.lower().split()))
    if f.audience.place.startswith(("in ", "from ", "near ", "around ")):
        targeting.append(f"people {f.audience.place}")
    for extra in ("similar audiences", "site visitors (retargeting)", "in-market audiences"):
        if len(targeting) >= 5:
            break
        targeting.append(extra)
    targeting = [t for t in dict.fromkeys(targeting) if job.guard.ok(t)][:8]
    ads = []
    for index in range(2):
        a = f.feature(index + 1)
        slots = _slots(a, a) | {
            "concept": creative.concepts[index % len(creative.concepts)].tagline.rstrip("."),
            "tagline": tagline if index == 0 else "\x00",
        }
        heads = ["{concept}", "{Alabel}", "{brand}", "{cta}"]
        first = [
            *job.shuffled(["{A}. {cta}.", "{Brand}: {alow}. {cta}."]),
            "{Alabel}. {cta}.",
            "{cta}.",
        ]
        second = job.shuffled(["{tagline} {cta}.", "For {segment}. {cta}."])
        second += ["{maker}.", "{Brand}."]
        ads.append(
            SearchAd(
                headlines=_headlines(job, heads, h_limit, slots),
                descriptions=_descriptions(job, first, second, d_limit, slots),
                keywords=targeting,
            )
        )
    return ads


__all__ = ["display_ads", "search_ads"]
