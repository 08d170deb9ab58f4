"""Every text of the kit an audience reads, with the node that wrote it."""

from __future__ import annotations

from dataclasses import dataclass

from ...content import (
    Content,
    Copy,
    Creative,
    CtaPlan,
    EmotionVariants,
    SocialCampaign,
    Strategy,
    VisualDirection,
)
from ...models import LIMITS, POST_LIMITS, Channel


def _platform(platform: str) -> str:
    return Channel(platform).label if platform in Channel._value2member_map_ else platform


@dataclass(frozen=True, slots=True)
class PublicText:
    node: str
    where: str
    text: str
    kind: str  # "heading" (tagline, headline, CTA…), "body", "post", "email", "ad"
    language: str = ""
    # the most characters one required line can have here (an ad's description, a post),
    # and what holds it ("a search ad description"); 0 and "" where there is no limit
    room: int = 0
    holder: str = ""


def public_texts(sections: dict[str, Content]) -> list[PublicText]:
    """Every text of the kit an audience reads, with the node that wrote it."""
    out: list[PublicText] = []
    add = out.append
    creative = sections.get("creative")
    if isinstance(creative, Creative):
        for i, c in enumerate(creative.concepts, 1):
            add(PublicText("creative", f"concept {i} name", c.name, "heading"))
            add(PublicText("creative", f"concept {i} tagline", c.tagline, "heading"))
            add(PublicText("creative", f"concept {i} big idea", c.big_idea, "body"))
    copy = sections.get("copy")
    if isinstance(copy, Copy):
        for i, h in enumerate(copy.headlines, 1):
            add(PublicText("copy", f"headline {i}", h, "heading"))
        add(PublicText("copy", "body copy", copy.body_copy, "body"))
        add(PublicText("copy", "elevator pitch", copy.elevator_pitch, "body"))
        for i, e in enumerate(copy.emails, 1):
            add(PublicText("copy", f"email {i} subject", e.subject, "heading", e.language))
            add(PublicText("copy", f"email {i} preheader", e.preheader, "body", e.language))
            add(PublicText("copy", f"email {i} body", e.body, "email", e.language))
        for kind, ads in (("search ad", copy.search_ads), ("display ad", copy.display_ads)):
            for i, ad in enumerate(ads, 1):
                for j, h in enumerate(ad.headlines, 1):
                    add(PublicText("copy", f"{kind} {i} headline {j}", h, "heading"))
                # separate fields stay apart: "Name | Name …" is not a doubled word
                text = " | ".join([*ad.headlines, *ad.descriptions])
                room = LIMITS[f"{kind.split()[0]}_description"]
                add(
                    PublicText("copy", f"{kind} {i}", text, "ad", "", room, f"a {kind} description")
                )
        for loc in copy.localized:
            for i, h in enumerate(loc.headlines, 1):
                add(PublicText("copy", f"{loc.language} headline {i}", h, "heading", loc.language))
            add(
                PublicText(
                    "copy", f"{loc.language} pitch", loc.elevator_pitch, "body", loc.language
                )
            )
            add(PublicText("copy", f"{loc.language} CTA", loc.cta, "heading", loc.language))
    cta = sections.get("cta_optimizer")
    if isinstance(cta, CtaPlan):
        add(PublicText("cta_optimizer", "primary CTA", cta.primary_cta, "heading"))
        for stage in cta.stages:
            for j, v in enumerate(stage.variants, 1):
                add(PublicText("cta_optimizer", f"{stage.stage} CTA {j}", v, "heading"))
    visual = sections.get("visual")
    if isinstance(visual, VisualDirection):
        add(PublicText("visual", "hero headline", visual.hero_headline, "heading"))
        add(PublicText("visual", "hero subline", visual.hero_subline, "body"))
    social = sections.get("social_media_campaign")
    if isinstance(social, SocialCampaign):
        counts: dict[str, int] = {}
        for post in social.posts:
            counts[post.platform] = counts.get(post.platform, 0) + 1
            where = f"{post.platform} post {counts[post.platform]}"
            room, holder = POST_LIMITS.get(post.platform, 0), f"{_platform(post.platform)} post"
            add(
                PublicText(
                    "social_media_campaign",
                    where,
                    post.full_text,
                    "post",
                    post.language,
                    room,
                    f"{'an' if holder[0] in 'AEIOUX' else 'a'} {holder}",
                )
            )
    emotion = sections.get("emotion_personalization")
    if isinstance(emotion, EmotionVariants):
        add(PublicText("emotion_personalization", "key message", emotion.key_message, "body"))
        for v in emotion.variants:
            add(PublicText("emotion_personalization", f"{v.angle} variant", v.message, "body"))
    strategy = sections.get("strategy")
    if isinstance(strategy, Strategy):
        for p in strategy.messaging_pillars:
            add(PublicText("strategy", f"pillar {p.name!r}", p.name, "heading"))
    return out


__all__ = ["PublicText", "public_texts"]
