"""social_media_campaign: two or three posts per social channel of the brief, spread over
the phases, each within its platform's limit (text, blank line, hashtags), carrying the
call to action and the must-include lines; the same posts in each other language."""

from __future__ import annotations

import re

from ...content import SocialCampaign, SocialPost
from ...models import POST_LIMITS, Channel
from ...phases import phase_of
from . import languages
from .cuts import has_word
from .job import Job
from .text import hashtag, join
from .wording import channel_list, in_time, plural, site, week_plan

FORMATS: dict[str, dict[str, str]] = {
    "instagram": {
        "launch": "Carousel",
        "sustain": "Reel",
        "close": "Single image",
        "review": "Story",
    },
    "tiktok": {
        "launch": "15-second video",
        "sustain": "How-to video",
        "close": "Stitch prompt",
        "review": "Behind the scenes",
    },
    "linkedin": {
        "launch": "Image post",
        "sustain": "Document post",
        "close": "Short video",
        "review": "Text post",
    },
    "x": {
        "launch": "Single post",
        "sustain": "Thread opener",
        "close": "Image post",
        "review": "Single post",
    },
    "facebook": {
        "launch": "Video post",
        "sustain": "Link post",
        "close": "Photo album",
        "review": "Event update",
    },
}
_REVIEW = (
    "Thank you to all the {segment} who followed {brand} these past {weeks} weeks.",
    "A thank-you from {client} to the {segment} who took part.",
    "{weeks} weeks of {brand}: thank you to the {segment} who were part of it.",
)
# Review-phase posts before the last week keep the audience warm without looking back.
_STILL = (
    "{Brand} is still here for {segment}, with every detail on the page.",
    "For {segment} who have not looked yet: {brand}, from {client}.",
    "A note from {client} for {segment}: {brand} has not gone anywhere.",
)
_CLOSE = (
    "For {segment} who think {brand} is for them, the next step is to {cta_low}.",
    "For {segment} still weighing up {brand}, the next step is simple: {cta_low}.",
    "One step is all it takes for {segment}: {cta_low}.",
)


def _cta_line(job: Job, platform: str) -> str:
    """The post's CTA line, in one format per platform for the whole campaign (a feed that
    switches between "→ bio" and "(link in bio)" looks careless)."""
    f = job.facts
    where = site(f)
    if platform in ("instagram", "tiktok"):
        options = (f"{f.cta}: link in bio.", f"{f.cta} (link in bio).", f"{f.cta} → bio")
    elif platform == "linkedin":
        options = (f"{f.cta}: link in the comments.", f"{f.cta} (link below).")
    elif where:
        return f"{f.cta}: {where}"
    else:
        options = (f"{f.cta} →", f"→ {f.cta}")
    return options[f.seed % len(options)]


def hashtags(job: Job, platform: str, index: int) -> list[str]:
    f = job.facts
    topical = [
        # no tag for the plain "people" (an audience named in another language)
        hashtag(f.segment.plural, 20, whole=True)
        if f.segment.plural != "people" and not f.segment.plural.startswith("people in ")
        else "",
        # a tag from words, never from a list of codes ("#AHVIVEOBVG") nor from a figure:
        # "Representative 19.9% APR" made "#Representative199APR", read as 199% APR
        hashtag(f.feature(index).label, 20, whole=True)
        if has_word(f.feature(index).label) and not re.search(r"\d", f.feature(index).label)
        else "",
        f.client_tag,
    ]
    tags = [f.campaign_tag, f.product_tag, *topical[index % 2 :], *topical[: index % 2]]
    tags = [t for t in dict.fromkeys(tags) if t and len(t) > 2 and job.guard.ok(t)]
    return tags[: 2 if platform == "x" else 4] or [f.campaign_tag]


def _sentences(job: Job, phase: str, index: int, week: int) -> list[str | None]:
    """What the post says, by the phase it goes out in (a look back over the campaign only
    in its last week)."""
    f = job.facts
    feature = f.beside_cta(index)
    if phase == "launch":
        return [job.fill(job.pick(job.voice.hooks)), job.say(feature)]
    if phase == "sustain":
        wish = f.audience.wish
        link = (
            f"For {f.segment.plural} who {wish}."
            if wish and index % 2 == 0
            else f"For {f.segment.plural}{' ' + f.audience.place if f.audience.place else ''}."
        )
        return [job.say(feature), link]
    if phase == "close":
        return [job.fit(job.shuffled(_CLOSE)), job.say(feature, "it")]
    review = in_time(job.shuffled(_REVIEW), week, f.weeks)
    return [job.fit([*review, *job.shuffled(_STILL)]), job.say(feature)]


def _text(job: Job, platform: str, phase: str, index: int, week: int, room: int) -> str:
    """The post text (before hashtags), the CTA line and must-include lines last, ≤ room."""
    f = job.facts
    said = job.keep(_sentences(job, phase, index, week))
    cta = _cta_line(job, platform)
    # the required lines stand on their own line: "Sign up → bio Please drink responsibly."
    # pointed the arrow at the disclaimer
    ask = "\n".join([cta, *f.rules.must_include])
    if platform in ("instagram", "facebook", "linkedin"):
        middle = said[1:]
        refs = [r for r in ((x.compact or x).ref for x in f.features[:3]) if r]
        if platform == "linkedin" and index == 0 and len(refs) > 1:
            extra = f"What {f.segment.plural} get: {join(refs)}."
            middle.append(extra if job.guard.ok(extra) else "")
        head = said[:1]
        if head and head[0].endswith(":") and middle:
            head = [job.paragraph([head[0], middle.pop(0)])]
        blocks = [head, [m for m in middle if m]]
        candidates = ["\n\n".join([*(" ".join(b) for b in blocks if b), ask])]
    else:
        candidates = [f"{job.paragraph(said)} {ask}"]
    # shorter fallbacks for tight limits (X): drop sentences from the front, keep the ask
    for k in range(1, len(said) + 1):
        candidates.append(" ".join([*said[k:], ask]))
    candidates.append(f"{f.product}. {ask}")
    for text in candidates:
        if len(text) <= room:
            return text
    return cta if len(cta) <= room else f.cta[:room]


def build_social(job: Job) -> SocialCampaign:
    f = job.facts
    if not f.social:
        return SocialCampaign(
            posts=[],
            campaign_hashtag=f.campaign_tag,
            cadence="No social channel is planned for this campaign, so there are no posts. Add "
            "Instagram, TikTok, LinkedIn, X or Facebook to the channels to get a social plan.",
        )
    count = 3 if f.weeks >= 3 else 2
    posts: list[SocialPost] = []
    # emails cover the first three phases; with one platform and four phases, its posts
    # start one phase later so the review phase has content too
    shift = int(len(f.social) == 1 and len(f.phases) == 4 and Channel.EMAIL in f.channels)
    for n, channel in enumerate(f.social):
        platform = channel.value
        limit = job.limit(f"{platform}_post", POST_LIMITS[platform])
        for index, week in enumerate(week_plan(f.phases, count, offset=n + shift)):
            phase = phase_of(week, list(f.phases)).key
            tags = hashtags(job, platform, index)
            room = limit - len(" ".join(tags)) - 2
            if f.language != "en":
                text = languages.post(job, f.language, platform, index, room)
            else:
                text = _text(job, platform, phase, index, week, room)
            posts.append(
                SocialPost(
                    platform=platform,
                    language=f.language,
                    text=text,
                    hashtags=tags,
                    format=FORMATS[platform][phase],
                    week=week,
                )
            )
    for code in languages.extra(job):
        for post in list(posts):
            if post.language != f.language:
                continue
            index = sum(p.platform == post.platform for p in posts if p.language == code)
            limit = job.limit(f"{post.platform}_post", POST_LIMITS[post.platform])
            room = limit - len(" ".join(post.hashtags)) - 2
            posts.append(
                post.model_copy(
                    update={
                        "language": code,
                        "text": languages.post(job, code, post.platform, index, room),
                    }
                )
            )
    weeks = sorted({p.week for p in posts})
    cadence = (
        f"{count} posts per platform on {channel_list(f.social)} over {plural(f.weeks, 'week')} "
        f"(weeks {join([str(w) for w in weeks])}) under {f.campaign_tag}, spread so that "
        "every phase of the plan has posts."
    )
    if languages.extra(job):
        names = join([languages.name(c) for c in languages.extra(job)])
        cadence += f" Each post also goes out in {names}."
    return SocialCampaign(posts=posts, campaign_hashtag=f.campaign_tag, cadence=cadence)


__all__ = ["FORMATS", "build_social", "hashtags"]
