"""The kit's shape: length limits, channel coverage, required sections, the brief's terms."""

from __future__ import annotations

import re
from decimal import Decimal

from ...content import (
    Content,
    Copy,
    Creative,
    CtaPlan,
    Personas,
    SocialCampaign,
    VisualDirection,
)
from ...findings import FindingKind
from ...models import LIMITS, POST_LIMITS, SOCIAL_CHANNELS, CampaignBrief, Channel
from ...planning import MediaPlan
from ..registry import Registry
from .report import Review

_STOPWORDS = {
    "and", "the", "who", "with", "that", "their", "they", "want", "from", "into", "aged",
    "for", "are", "have", "this", "like", "them", "your", "our", "about", "more",
    "people", "users", "year", "years", "olds",
}  # fmt: skip


def limits(review: Review, sections: dict[str, Content]) -> None:
    social = sections.get("social_media_campaign")
    if isinstance(social, SocialCampaign):
        counts: dict[str, int] = {}
        for post in social.posts:
            counts[post.platform] = counts.get(post.platform, 0) + 1
            where = f"{post.platform} post {counts[post.platform]}"
            if limit := POST_LIMITS.get(post.platform):
                review.limit("social_media_campaign", where, post.full_text, limit)
            bad = [t for t in post.hashtags if not re.fullmatch(r"#\w+", t)]
            review.check(
                not bad,
                FindingKind.FORMAT,
                "social_media_campaign",
                f"{where} hashtags",
                f"hashtags must be # followed by letters or digits: {', '.join(bad)}.",
                actual=", ".join(bad) or None,
            )
    copy = sections.get("copy")
    if isinstance(copy, Copy):
        for i, email in enumerate(copy.emails, 1):
            review.limit("copy", f"email {i} subject", email.subject, LIMITS["email_subject"])
            review.limit("copy", f"email {i} preheader", email.preheader, LIMITS["email_preheader"])
        for kind, ads in (("search ad", copy.search_ads), ("display ad", copy.display_ads)):
            for i, ad in enumerate(ads, 1):
                for j, headline in enumerate(ad.headlines, 1):
                    review.limit("copy", f"{kind} {i} headline {j}", headline, 30)
                for j, text in enumerate(ad.descriptions, 1):
                    review.limit("copy", f"{kind} {i} description {j}", text, 90)
        for loc in copy.localized:
            review.limit("copy", f"{loc.language} CTA", loc.cta, LIMITS["cta"])
    creative = sections.get("creative")
    if isinstance(creative, Creative):
        for i, concept in enumerate(creative.concepts, 1):
            review.limit("creative", f"concept {i} tagline", concept.tagline, LIMITS["tagline"])
    cta = sections.get("cta_optimizer")
    if isinstance(cta, CtaPlan):
        for stage in cta.stages:
            for j, variant in enumerate(stage.variants, 1):
                review.limit("cta_optimizer", f"{stage.stage} CTA {j}", variant, LIMITS["cta"])
    visual = sections.get("visual")
    if isinstance(visual, VisualDirection):
        review.limit("visual", "hero headline", visual.hero_headline, LIMITS["hero_headline"])
        review.limit("visual", "hero subline", visual.hero_subline, LIMITS["hero_subline"])


def coverage(
    review: Review,
    brief: CampaignBrief,
    sections: dict[str, Content],
    media_plan: MediaPlan | None,
) -> None:
    social = sections.get("social_media_campaign")
    platforms = {p.platform for p in social.posts} if isinstance(social, SocialCampaign) else set()
    for channel in SOCIAL_CHANNELS:
        if channel in brief.channels:
            review.check(
                channel.value in platforms,
                FindingKind.MISSING,
                "social_media_campaign",
                f"{channel.value} posts",
                f"the brief asks for {channel.label} but there is no {channel.label} post.",
            )
    stray = sorted(platforms - {c.value for c in brief.channels})
    review.check(
        not stray,
        FindingKind.MISSING,
        "social_media_campaign",
        "platforms",
        f"posts for platforms the brief does not use: {', '.join(stray)}.",
        actual=", ".join(stray) or None,
    )
    copy = sections.get("copy")
    if isinstance(copy, Copy):
        for channel, items, what in (
            (Channel.EMAIL, copy.emails, "an email sequence"),
            (Channel.SEARCH_ADS, copy.search_ads, "search ads"),
            (Channel.DISPLAY_ADS, copy.display_ads, "display ads"),
        ):
            if channel in brief.channels:
                review.check(
                    bool(items),
                    FindingKind.MISSING,
                    "copy",
                    f"{channel.value} copy",
                    f"the brief asks for {channel.label} but the copy has no {what}.",
                )
    personas = sections.get("audience_persona")
    review.check(
        isinstance(personas, Personas) and len(personas.personas) == 3,
        FindingKind.MISSING,
        "audience_persona",
        "personas",
        "there must be exactly three personas.",
    )
    creative = sections.get("creative")
    review.check(
        isinstance(creative, Creative) and len(creative.concepts) == 3,
        FindingKind.MISSING,
        "creative",
        "concepts",
        "there must be exactly three creative concepts.",
    )
    cta = sections.get("cta_optimizer")
    stages = {s.stage.lower() for s in cta.stages} if isinstance(cta, CtaPlan) else set()
    missing = [s for s in ("awareness", "consideration", "conversion") if s not in stages]
    review.check(
        not missing,
        FindingKind.MISSING,
        "cta_optimizer",
        "funnel stages",
        f"CTAs are missing for: {', '.join(missing)}.",
    )
    if media_plan is None:
        review.check(False, FindingKind.MISSING, "media_planner", "media plan", "none written.")
        return
    total = sum((line.budget for line in media_plan.lines), Decimal(0))
    review.check(
        total == brief.budget.amount and media_plan.currency == brief.budget.currency,
        FindingKind.BUDGET,
        "media_planner",
        "media plan total",
        f"the lines sum to {total} {media_plan.currency}; the budget is "
        f"{brief.budget.amount} {brief.budget.currency}.",
        actual=f"{total} {media_plan.currency}",
        limit=f"{brief.budget.amount} {brief.budget.currency}",
    )
    planned = {line.channel for line in media_plan.lines}
    unplanned = [c.label for c in brief.channels if c.value not in planned]
    review.check(
        not unplanned,
        FindingKind.MISSING,
        "media_planner",
        "media plan channels",
        f"no line for: {', '.join(unplanned)}.",
    )


def sections(review: Review, files: dict[str, str], registry: Registry) -> None:
    owners = registry.file_owners
    judged = registry.before_review()
    for filename, headings in registry.required_sections.items():
        owner = owners[filename]
        if owner not in judged:
            continue  # written after the review
        text = files.get(filename)
        if text is None:
            review.check(False, FindingKind.MISSING, owner, filename, "the file was not written.")
            continue
        present = set(re.findall(r"^##\s+(.+?)\s*$", text, re.MULTILINE))
        missing = [h for h in headings if h not in present]
        review.check(
            not missing,
            FindingKind.MISSING,
            owner,
            filename,
            f"lacks the section(s): {', '.join(missing)}.",
        )


def _mentions(text: str, term: str) -> bool:
    return term.casefold() in text.casefold()


def audience_terms(brief: CampaignBrief) -> list[str]:
    """Distinctive words of the target audience (what personas and strategy should echo)."""
    words = re.findall(r"[^\W\d_][\w-]{3,}", brief.target_audience)
    return list(dict.fromkeys(w.lower() for w in words if w.lower() not in _STOPWORDS))


def brief_terms(
    review: Review, brief: CampaignBrief, files: dict[str, str], sections: dict[str, Content]
) -> None:
    for filename, node in (
        ("strategy.md", "strategy"),
        ("copy.md", "copy"),
        ("creative_concepts.md", "creative"),
    ):
        review.check(
            _mentions(files.get(filename, ""), brief.product),
            FindingKind.BRIEF,
            node,
            filename,
            f"does not mention the product {brief.product!r}.",
        )
    review.check(
        _mentions(files.get("plan.md", ""), brief.client),
        FindingKind.BRIEF,
        "project_manager",
        "plan.md",
        f"does not mention the client {brief.client!r}.",
    )
    terms = audience_terms(brief)
    for filename, node in (
        ("audience_personas.md", "audience_persona"),
        ("strategy.md", "strategy"),
    ):
        text = files.get(filename, "")
        review.check(
            not terms or any(_mentions(text, t) for t in terms),
            FindingKind.BRIEF,
            node,
            filename,
            f"uses none of the audience's words ({', '.join(terms[:5])}).",
        )
    copy_text = files.get("copy.md", "")
    named = [f for f in brief.key_features if _mentions(copy_text, f)]
    review.check(
        len(named) >= min(2, len(brief.key_features)),
        FindingKind.BRIEF,
        "copy",
        "copy.md",
        "names fewer than two of the key features: "
        + ", ".join(repr(f) for f in brief.key_features[:4])
        + ".",
    )
    social = sections.get("social_media_campaign")
    if isinstance(social, SocialCampaign) and social.posts:
        tag = social.campaign_hashtag.casefold()
        loose = [
            p for p in social.posts
            if not (_mentions(p.full_text, brief.product) or tag in p.full_text.casefold())
        ]  # fmt: skip
        review.check(
            not loose,
            FindingKind.BRIEF,
            "social_media_campaign",
            "posts",
            f"{len(loose)} post(s) name neither the product nor the campaign hashtag "
            f"{social.campaign_hashtag}.",
        )


__all__ = ["audience_terms", "brief_terms", "coverage", "limits", "sections"]


def unread_rules(review: Review, brief: CampaignBrief) -> None:
    """A requirement sentence not read as a rule: no check covers it, so the report says so
    (no revision can fix it: the words are the brief's)."""
    for sentence in brief.rules.unread:
        review.check(
            False,
            FindingKind.UNCHECKED,
            "project_manager",
            "additional requirements",
            f"Not checked: “{sentence}” was not read as a rule, so no check covers it; "
            "check the kit against it yourself, or set the brief's rule fields.",
            actual=sentence,
            fixable=False,
        )
