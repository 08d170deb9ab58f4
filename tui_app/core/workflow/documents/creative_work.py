"""The creative documents: concepts, copy, CTAs, visual direction, social posts and the
emotional variants — the words and the look the audience will meet, each with its length
against the channel's limit where a limit applies.
"""

from __future__ import annotations

from ...constraints import language_name
from ...content import (
    Copy,
    Creative,
    CtaPlan,
    EmotionVariants,
    SearchAd,
    SocialCampaign,
    VisualDirection,
)
from ...models import LIMITS, POST_LIMITS, CampaignBrief
from .markdown import (
    bullets,
    count,
    finish,
    header,
    inline,
    paragraphs,
    platform_label,
    quote,
    table,
)


def render_creative(creative: Creative, brief: CampaignBrief) -> str:
    """creative_concepts.md: three concepts and the recommended one."""
    lines = header(f"Creative concepts: {brief.product}", brief)
    lines += ["## Concepts", ""]
    for i, concept in enumerate(creative.concepts):
        star = " ★ recommended" if i == creative.recommended else ""
        lines += [
            f"### {i + 1}. {inline(concept.name)}{star}",
            "",
            f"**Tagline:** “{inline(concept.tagline)}” ({count(concept.tagline, 60)})",
            "",
            f"**Big idea:** {inline(concept.big_idea)}",
            "",
            "**Executions**",
            "",
            *bullets(concept.executions),
            "",
        ]
    lines += ["## Recommendation", ""]
    if 0 <= creative.recommended < len(creative.concepts):
        chosen = creative.concepts[creative.recommended]
        lines += [f"**{inline(chosen.name)}** — “{inline(chosen.tagline)}”", ""]
    lines += [paragraphs(creative.rationale)]
    return finish(lines)


def _ad_lines(kind: str, ads: list[SearchAd], headline_key: str, description_key: str) -> list[str]:
    lines: list[str] = []
    for i, ad in enumerate(ads, 1):
        lines += [f"### {kind} {i}", ""]
        rows = [("Headline", h, count(h, LIMITS[headline_key])) for h in ad.headlines]
        rows += [("Description", d, count(d, LIMITS[description_key])) for d in ad.descriptions]
        lines += table(("Part", "Text", "Length"), rows)
        if ad.keywords:
            lines += ["", "**Keywords:** " + ", ".join(f"`{inline(k)}`" for k in ad.keywords)]
        lines.append("")
    return lines


def render_copy(copy: Copy, brief: CampaignBrief) -> str:
    """copy.md: headlines, body copy, pitch, and the channel copy the brief's channels need."""
    lines = header(f"Copy: {brief.product}", brief)
    lines += ["## Headlines", "", *bullets(copy.headlines, numbered=True), ""]
    lines += ["## Body copy", "", paragraphs(copy.body_copy), ""]
    lines += ["## Elevator pitch", "", *quote(copy.elevator_pitch), ""]
    for loc in copy.localized:  # a bilingual brief's other language: its own lines, shown
        name = language_name(loc.language)
        lines += [f"## In {name}", "", f"### Headlines ({name})", ""]
        lines += [*bullets(loc.headlines, numbered=True), ""]
        lines += [f"### Elevator pitch ({name})", "", *quote(loc.elevator_pitch), ""]
        lines += [f"**Call to action ({name}):** {inline(loc.cta)}", ""]
    if copy.emails:
        lines += ["## Email sequence", ""]
        for i, email in enumerate(copy.emails, 1):
            lines += [
                f"### Email {i} · week {email.send_week}",
                "",
                f"**Subject:** {inline(email.subject)} "
                f"({count(email.subject, LIMITS['email_subject'])})  ",
                f"**Preheader:** {inline(email.preheader)} "
                f"({count(email.preheader, LIMITS['email_preheader'])})",
                "",
                paragraphs(email.body),
                "",
            ]
    if copy.search_ads:
        lines += ["## Search ads", ""]
        lines += _ad_lines("Search ad", copy.search_ads, "search_headline", "search_description")
    if copy.display_ads:
        lines += ["## Display ads", ""]
        lines += _ad_lines(
            "Display ad", copy.display_ads, "display_headline", "display_description"
        )
    return finish(lines)


def render_cta(cta: CtaPlan, brief: CampaignBrief) -> str:
    """cta_optimization.md: the primary CTA and the variants per funnel stage."""
    lines = header(f"CTA optimisation: {brief.product}", brief)
    lines += ["## Primary CTA", "", f"**{inline(cta.primary_cta)}**", ""]
    lines += ["## Funnel stages", ""]
    lines += table(
        ("Stage", "Lead with", "Variants", "Why"),
        [
            (s.stage.title(), s.recommended, " · ".join(inline(v) for v in s.variants), s.rationale)
            for s in cta.stages
        ],
    )
    lines.append("")
    for stage in cta.stages:
        lines += [f"### {inline(stage.stage).title()}", ""]
        lines += [
            f"- {inline(v)} ({count(v, 25)})" + (" ← recommended" if v == stage.recommended else "")
            for v in stage.variants
        ] or ["- _None._"]
        lines += ["", paragraphs(stage.rationale), ""]
    return finish(lines)


def render_visual(visual: VisualDirection, brief: CampaignBrief) -> str:
    """visual_direction.md: mood, palette, type, imagery, the hero and the do's and don'ts."""
    lines = header(f"Visual direction: {brief.product}", brief)
    lines += ["## Mood", "", paragraphs(visual.mood), ""]
    lines += ["## Palette", ""]
    lines += table(
        ("Colour", "Hex", "Use"), [(s.name, f"`{s.hex}`", s.use) for s in visual.palette]
    )
    lines += ["", "## Typography", "", paragraphs(visual.typography), ""]
    lines += ["## Imagery", "", *bullets(visual.imagery), ""]
    lines += [
        "## Hero",
        "",
        f"**Headline:** {inline(visual.hero_headline)} ({count(visual.hero_headline, 60)})  ",
        f"**Subline:** {inline(visual.hero_subline)} ({count(visual.hero_subline, 90)})",
        "",
        "The hero image is drawn from this palette in `hero.svg`.",
        "",
    ]
    lines += ["## Do's and don'ts", "", "**Do**", "", *bullets(visual.dos), ""]
    lines += ["**Don't**", "", *bullets(visual.donts)]
    return finish(lines)


def render_social(social: SocialCampaign, brief: CampaignBrief) -> str:
    """social_media_campaign.md: posts grouped per platform, each with its length vs the limit."""
    lines = header(f"Social media campaign: {brief.product}", brief)
    by_platform: dict[str, list] = {}
    for post in social.posts:
        by_platform.setdefault(post.platform, []).append(post)
    lines += [
        "## Overview",
        "",
        f"**Campaign hashtag:** {inline(social.campaign_hashtag)}  ",
        f"**Cadence:** {inline(social.cadence)}",
        "",
    ]
    lines += table(
        ("Platform", "Posts", "Limit"),
        [
            (
                platform_label(p),
                len(posts),
                f"{POST_LIMITS[p]:,} chars" if p in POST_LIMITS else "–",
            )
            for p, posts in by_platform.items()
        ],
        "lrr",
    )
    lines += ["", "## Posts", ""]
    if not by_platform:
        lines += ["_No posts._", ""]
    for platform, posts in by_platform.items():
        limit = POST_LIMITS.get(platform, 0)
        lines += [f"### {platform_label(platform)}", ""]
        for i, post in enumerate(posts, 1):
            length = count(post.full_text, limit) if limit else f"{len(post.full_text)} chars"
            lines += [
                f"#### Post {i} · week {post.week} · {inline(post.format)}",
                "",
                *quote(post.full_text),
                "",
                f"_{length}_",
                "",
            ]
    return finish(lines)


def render_emotion(emotion: EmotionVariants, brief: CampaignBrief) -> str:
    """emotion_variants.md: the key message, rewritten for several emotional angles."""
    lines = header(f"Emotional variants: {brief.product}", brief)
    lines += ["## Key message", "", *quote(emotion.key_message), ""]
    lines += ["## Variants", ""]
    for variant in emotion.variants:
        lines += [
            f"### {inline(variant.angle).capitalize()}",
            "",
            *quote(variant.message),
            "",
            f"**Best for:** {inline(variant.best_for)}",
            "",
        ]
    return finish(lines)


__all__ = [
    "render_copy",
    "render_creative",
    "render_cta",
    "render_emotion",
    "render_social",
    "render_visual",
]
