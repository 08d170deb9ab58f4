"""Search and display ads: three headlines (≤30) and two descriptions (≤90) each, written
whole (a headline that does not fit is skipped, never cut). The first description carries
the call to action; the brief's must-include lines ride on a description when they fit."""

from __future__ import annotations

import re

from ...content import SearchAd
from ...models import LIMITS
from .cuts import has_word
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
        # a quoted phrase in another language keeps its own capitals
        shown = filled if "“" in filled else title(filled)
        text = job.fit([shown.replace("{", "{{").replace("}", "}}")], limit, heading=True)
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


def places(place: str) -> list[str]:
    """The place names in an audience's place, as a search phrase has them: "in the UK" ->
    ["UK"], "in Halifax, Nova Scotia" -> ["Halifax", "Nova Scotia"], "in Sweden aged 30-55"
    -> ["Sweden"]; nothing for "in production" (a place is a name)."""
    if not place.startswith("in "):
        return []
    out = []
    for part in re.split(r",|;|&|/|\band\b|\bor\b", place[3:]):
        words = re.sub(r"^\s*(?:the|a|an)\s+", "", part.strip(), flags=re.I).split()
        name = []
        for word in words:
            if not word[:1].isupper():
                break
            name.append(word)
        if name:
            out.append(" ".join(name))
    return out[:2]


def keywords(job: Job, english: bool = True) -> list[str]:
    """Up to eight search phrases (five or more in English): the names, features that name
    a thing, the product with each group ("… for first-time investors", English only) or
    place ("… uk"), then what people type about a product they know of ("… reviews")."""
    f = job.facts
    short = f.short_names[-1].lower()
    words = [" ".join(f.product.lower().split()), " ".join(f.client.lower().split())]
    # a feature is a search term when it names a thing in a few words, without a figure or
    # a price ("ready-made portfolios"; not "turns meeting recordings")
    # (kinds are read by English grammar: in another language, a label that does not read
    # as an English clause or verb phrase may serve)
    words += [
        x.label.lower()
        for x in f.features
        if (x.kind == "np" or not (english or x.kind in ("clause", "verb", "imperative")))
        and len(x.label.split()) <= 4
        and not re.search(r"[\d$€£¥₹%]", x.label)
        and has_word(x.label)  # words people type, not a list of codes ("ahv/iv/eo, bvg")
    ]
    if english:  # (not "… for people": an audience named in another language)
        groups = [s.plural for s in f.audience.segments if s.plural.split()[0] != "people"]
        words += [f"{short} for {g.lower()}" for g in groups]
    local = places(f.audience.place)
    words += [f"{short} {name.lower()}" for name in local]
    words = [job.tidy(w) for w in words]
    out = [w for w in dict.fromkeys(w.strip(" .,;:") for w in words) if w and job.guard.ok(w)]
    # "near me" only for an audience with a place
    pads = [f"{short} reviews", f"{short} near me" if local else "", f"what is {short}"]
    for extra in [*(p for p in pads if p), f"{short} guide"] if english else []:
        if len(out) >= 5:
            break
        out.append(extra)
    return out[:8]


def search_ads(job: Job) -> list[SearchAd]:
    f = job.facts
    h_limit = job.limit("ad_headline", LIMITS["search_headline"])
    d_limit = job.limit("ad_description", LIMITS["search_description"])
    words = keywords(job)
    where = f" {f.audience.place}" if f.audience.place else ""
    ads = []
    for index in range(2):
        a, b = f.feature(index * 2), f.feature(index * 2 + 1)
        slots = _slots(a, b) | {"where": where}
        if index == 0:
            heads = ["{brand}", "{Alabel}", "{cta}", "{Blabel}"]
        else:
            heads = ["{Alabel}", "{short} for {Segment}", "{Blabel}", "{cta} with {short}"]
        # the product is one thing: it takes the feature's predicate ("lets you start…",
        # "is made in…"), never the feature's own words as a verb ("ISA start from…")
        # "… and more" never follows a figure: "up to €50,000 and more" would claim past a cap
        if a.kind in ("np", "np_det") and not re.search(r"\d", a.label):
            lead = "{Alabel} and more. {cta}."
        else:
            lead = "{Brand} {apred}. {cta}." if a.predicate else "{A}. {cta}."
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
                keywords=words,
            )
        )
    return ads


def _slots(a: Feature, b: Feature) -> dict[str, str]:
    def named(x: Feature, text: str) -> str:  # another language's phrase: quoted as written
        return f"“{text}”" if x.kind == "quoted" else cap(text)

    return {
        "A": named(a, a.text),
        "B": named(b, b.text),
        "Alabel": named(a, a.label),
        "Blabel": named(b, b.label),
        "alow": a.low,
        "blow": b.low,
        "apred": a.predicate or a.low,
    }


def display_ads(job: Job, tagline: str) -> list[SearchAd]:
    f = job.facts
    h_limit = job.limit("ad_headline", LIMITS["display_headline"])
    d_limit = job.limit("ad_description", LIMITS["display_description"])
    creative = job.section_of("creative")
    # (an audience or a feature named in another language keeps its capitals)
    targeting = [
        s.plural if s.plural.startswith("people") else s.plural.lower() for s in f.audience.segments
    ]
    targeting += [
        x.label if x.kind == "quoted" else x.label.lower()
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
