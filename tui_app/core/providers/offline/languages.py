"""Copy in the brief's other languages, from the phrasebooks.

When the brief's main language is not English, the public lines (copy, posts, CTAs, hero,
emotional variants) come from here; for every other language of the brief that has a
phrasebook, the key lines (`Copy.localized`), the emails and the posts do. Product and client
names and the brief's own features stay as written; a language with no phrasebook is left
out for the review to report, never faked.
"""

from __future__ import annotations

from ...constraints import language_name
from ...content import (
    Copy,
    Email,
    EmotionVariant,
    EmotionVariants,
    LocalizedCopy,
    Persona,
    SearchAd,
)
from ...models import LIMITS, Channel
from .ads import keywords
from .job import Job
from .phrasebook import PHRASEBOOKS, Phrasebook
from .phrasebook.book import Line
from .wording import site, week_plan


def extra(job: Job) -> tuple[str, ...]:
    """The brief's other languages this writer can write (plus any a review asked for)."""
    f = job.facts
    wanted = [*f.extra_languages, *job.revision.languages]
    return tuple(c for c in dict.fromkeys(wanted) if c != f.language and c in PHRASEBOOKS)


def name(code: str) -> str:
    return language_name(code)


def cta(job: Job, code: str) -> str:
    """The call to action in `code`: the brief's own CTA word for word when it sets one."""
    f = job.facts
    if f.rules.primary_cta:
        return f.rules.primary_cta
    if code == f.language:
        return f.cta
    return PHRASEBOOKS[code].cta_for(f.cta_key)


def _one(job: Job, line: Line) -> str:
    """A phrasebook line: itself, or one of its alternatives picked for this brief."""
    return job.pick(line) if isinstance(line, tuple) else line


def foreign(job: Job, code: str) -> bool:
    """True when the brief's own phrases are not in `code` (see `Facts.own_language`): a
    text in `code` then quotes its features as written, one at a time, never lower-cased
    into a sentence of another language."""
    return code != job.facts.own_language


def _slots(
    job: Job, book: Phrasebook, code: str, features: bool = True, start: int = 0
) -> dict[str, str]:
    """The phrasebook's slots; `start` picks which features are {f0} and {f1} (posts and
    emails take turns, so one feature is not quoted in every post)."""
    f = job.facts
    if foreign(job, code):
        # the brief's features are in its main language: quoted as written, not lower-cased
        # into a sentence of another language ("Lo esencial: “Free for everyone”…")
        left, right = book.quotes
        shown = [f"{left}{(x.compact or x).text}{right}" for x in f.features[:4]]
        first = [f"{left}{(x.compact or x).text}{right}" for x in f.features]
    else:
        shown = [
            (x.compact or x).text if book.keep_case else (x.compact or x).native
            for x in f.features[:4]
        ]
        first = [x.compact.text if x.compact else x.text for x in f.features]
    listed = book.join(shown)
    return {
        "brand": f.product,
        "client": f.client,
        "cta": cta(job, code),
        "features": listed,
        "features_line": book.highlights.format(features=listed) if features else "",
        "f0": first[start % len(first)],
        "f1": first[(start + 1) % len(first)],
    }


def _lines(job: Job, templates: tuple[str, ...], slots: dict[str, str]) -> list[str]:
    out = []
    for template in templates:
        text = job.tidy(template.format_map(slots)).strip()
        if text and job.guard.ok(text):
            out.append(text)
    return out


def _first(
    job: Job,
    templates: tuple[str, ...] | list[str],
    slots: dict[str, str],
    limit: int,
    *,
    in_order: bool = False,
) -> str:
    for template in templates if in_order else job.shuffled(templates):
        text = job.tidy(template.format_map(slots))
        if len(text) <= limit and job.guard.ok(text):
            return text
    return slots["cta"][:limit]


def _without_features(templates: tuple[str, ...]) -> tuple[str, ...]:
    """The templates that do not quote a feature (for a language the features are not in)."""
    return tuple(t for t in templates if "{f0}" not in t and "{f1}" not in t) or templates


def _headlines(job: Job, book: Phrasebook, slots: dict[str, str], main: bool = True) -> list[str]:
    """Five headlines of at most 80 characters, picked for this brief."""
    pool = book.headlines if main else _without_features(book.headlines)
    return [h for h in _lines(job, tuple(job.shuffled(pool)), slots) if len(h) <= 80][:5]


def localized(job: Job, code: str) -> LocalizedCopy:
    book = PHRASEBOOKS[code]
    slots = _slots(job, book, code, features=False)
    headlines = _headlines(job, book, slots, main=False)
    pitch = book.space.join(_lines(job, tuple(_one(job, x) for x in book.pitch), slots))
    return LocalizedCopy(language=code, headlines=headlines, elevator_pitch=pitch, cta=slots["cta"])


def emails_in(job: Job, code: str, features: bool = False) -> list[Email]:
    f = job.facts
    book = PHRASEBOOKS[code]
    slots = _slots(job, book, code, features)
    s_limit = job.limit("email_subject", LIMITS["email_subject"])
    p_limit = job.limit("email_preheader", LIMITS["email_preheader"])
    where = site(f)
    line = book.cta_line.format(cta=slots["cta"]) + (f" {where}" if where else "")
    signoff = book.signoff.format(client=f.client)
    out = []
    singles = tuple(t for t in book.feature_lines if "{features}" not in t)
    feature_lines = job.shuffled(
        singles or book.feature_lines if foreign(job, code) else book.feature_lines
    )
    # the emails take the preheaders in turn: a sequence never repeats one while the
    # phrasebook has another that fits
    preheaders = job.shuffled(book.preheaders)
    for index, week in enumerate(week_plan(f.phases, 3)):
        options = book.email_lines[index]
        # two of them, in their order; in the brief's own language one, and the features
        # carry the rest of the email (the brief's words, not the phrasebook's)
        count = 2 if foreign(job, code) else 1
        keep = sorted(job.shuffled(range(len(options)))[:count])
        sentences = _lines(job, tuple(options[i] for i in keep), slots)
        slots = _slots(job, book, code, features, start=index)
        if features and index < 2 and not foreign(job, code):
            sentences += _lines(job, ("{features_line}",), slots)
        elif foreign(job, code) and not book.foreign_features:
            pass
        else:
            sentences += _lines(job, (feature_lines[index % len(feature_lines)],), slots)
        body = "\n\n".join(
            [book.greeting, book.space.join(sentences), line, signoff, *f.rules.must_include]
        )
        out.append(
            Email(
                language=code,
                subject=_first(job, book.subjects[index], slots, s_limit),
                preheader=_first(
                    job,
                    preheaders[index % len(preheaders) :] + preheaders[: index % len(preheaders)],
                    slots,
                    p_limit,
                    in_order=True,
                ),
                body=body,
                send_week=week,
            )
        )
    return out


def _post_ask(book: Phrasebook, platform: str, cta: str) -> str:
    """The post's call: "link in bio" only where a bio holds the link (Instagram, TikTok);
    elsewhere the post carries its link, and the call points at it."""
    line = book.post_cta if platform in ("instagram", "tiktok") else book.post_cta_link
    return line.format(cta=cta)


def post(job: Job, code: str, platform: str, index: int, room: int) -> str:
    """A post in `code`: the phrasebook line, the CTA line, the must-include lines (≤ room)."""
    f = job.facts
    book = PHRASEBOOKS[code]
    slots = _slots(job, book, code, features=False, start=index + len(platform))
    ask = _post_ask(book, platform, slots["cta"])
    must = list(f.rules.must_include)
    # each platform starts at its own place in the list, so two platforms differ; in a
    # second language the brief's features are quoted, so its own words lead the post
    pool = _without_features(book.posts) if foreign(job, code) else book.posts
    start = sum(map(ord, platform)) + job.facts.seed % len(pool)
    template = pool[(start + index) % len(pool)]
    lines = _lines(job, (template,), slots)
    # one feature per post (a post that already names one gets no second line); a second
    # language quotes one feature, never the whole list
    singles = tuple(t for t in book.feature_lines if "{features}" not in t)
    options = singles or book.feature_lines if foreign(job, code) else book.feature_lines
    has_feature = "{f0}" in template or "{f1}" in template
    quote = not foreign(job, code) or book.foreign_features
    feature = [] if has_feature or not quote else _lines(job, (job.pick(options),), slots)
    join = book.space.join
    for text in (  # the required lines on their own line, never run into the call
        "\n".join([join([*lines, *feature, ask]), *must]),
        "\n".join([join([*lines, ask]), *must]),
        "\n".join([ask, *must]),
        ask,
    ):
        if len(text) <= room:
            return text
    return slots["cta"][:room]


def _ads(job: Job, code: str, slots: dict[str, str]) -> list[SearchAd]:
    book = PHRASEBOOKS[code]
    f = job.facts
    h_limit = job.limit("ad_headline", LIMITS["search_headline"])
    d_limit = job.limit("ad_description", LIMITS["search_description"])
    words = keywords(job, english=False)
    labels = [x.label for x in f.features if len(x.label) <= h_limit]
    feature_lines = [d for d in _lines(job, book.feature_lines, slots) if len(d) <= d_limit]
    ads = []
    for index in range(2):
        # the second ad leads with a feature and a feature line, so the two differ
        pool = _lines(job, book.ad_headlines, slots)
        pool = [*pool, f.client, slots["cta"]] if index == 0 else [*labels, *pool, f.client]
        heads = list(dict.fromkeys(t for t in pool if len(t) <= h_limit))[:3]
        descs = [d for d in _lines(job, book.ad_descriptions, slots) if len(d) <= d_limit]
        if index:
            descs = [*feature_lines[:1], *descs[::-1]]
        lines = " ".join(f.rules.must_include)
        if lines and len(lines) <= d_limit:
            with_lines = [f"{d} {lines}" for d in descs[1:] if len(d) + len(lines) < d_limit]
            descs = [descs[0], with_lines[0] if with_lines else lines] if descs else [lines]
        while len(descs) < 2:
            descs.append(slots["cta"])
        ads.append(SearchAd(headlines=heads, descriptions=descs[:2], keywords=words))
    return ads


def copy_in(job: Job, code: str) -> Copy:
    """The whole copy section in the brief's main language (not English)."""
    f = job.facts
    book = PHRASEBOOKS[code]
    slots = _slots(job, book, code)
    headlines = _headlines(job, book, slots)
    body = book.space.join(_lines(job, tuple(_one(job, x) for x in book.body), slots))
    pitch = book.space.join(_lines(job, tuple(_one(job, x) for x in book.pitch), slots))
    mails = emails_in(job, code, features=True) if Channel.EMAIL in f.channels else []
    for other in extra(job):
        if Channel.EMAIL in f.channels:
            mails += emails_in(job, other)
    ads = _ads(job, code, slots)
    return Copy(
        headlines=headlines,
        body_copy=body,
        elevator_pitch=pitch,
        emails=mails,
        search_ads=ads if Channel.SEARCH_ADS in f.channels else [],
        display_ads=ads if Channel.DISPLAY_ADS in f.channels else [],
        localized=[localized(job, other) for other in extra(job)],
    )


def stage_ctas(job: Job, stage: str) -> tuple[str, ...]:
    book = PHRASEBOOKS[job.facts.language]
    if stage == "conversion":
        return (cta(job, job.facts.language), *book.stage_ctas["consideration"])
    return book.stage_ctas[stage]


def tagline(job: Job, index: int) -> str:
    """A concept's tagline in the main language (≤60)."""
    f = job.facts
    book = PHRASEBOOKS[f.language]
    slots = _slots(job, book, f.language, features=False)
    limit = job.limit("tagline", LIMITS["tagline"])
    start = (index + job.facts.seed) % len(book.taglines)
    for template in [*book.taglines[start:], *book.taglines[:start]]:
        text = job.tidy(template.format_map(slots))
        if len(text) <= limit and job.guard.ok(text):
            return text
    return cta(job, f.language)


def hero(job: Job) -> tuple[str, str]:
    f = job.facts
    book = PHRASEBOOKS[f.language]
    slots = _slots(job, book, f.language, features=False)
    headline = _first(
        job, book.taglines, slots, job.limit("hero_headline", LIMITS["hero_headline"])
    )
    sublines = tuple(h for h in book.hero if job.tidy(h.format_map(slots)) != headline)
    limit = job.limit("hero_subline", LIMITS["hero_subline"])
    subline = _first(job, sublines or book.hero, slots, limit)
    return headline, subline


def emotion(job: Job, personas: list[Persona]) -> EmotionVariants:
    f = job.facts
    book = PHRASEBOOKS[f.language]
    slots = _slots(job, book, f.language, features=False)
    variants = []
    for index, angle in enumerate(job.voice.angles):
        template = _one(job, book.angles.get(angle) or book.angles["confidence"])
        message = (_lines(job, (template,), slots) or [f.product])[0]
        who = personas[index % len(personas)].name.split(",")[0] if personas else ""
        variants.append(
            EmotionVariant(angle=angle, message=message, best_for=who or f.segment.plural)
        )
    key = (_lines(job, (_one(job, book.key_message),), slots) or [f.product])[0]
    return EmotionVariants(key_message=key, variants=variants)


__all__ = [
    "copy_in",
    "cta",
    "emails_in",
    "emotion",
    "extra",
    "hero",
    "localized",
    "name",
    "post",
    "stage_ctas",
    "tagline",
]
