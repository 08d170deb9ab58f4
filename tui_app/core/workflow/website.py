"""The campaign website: the client presentation, one self-contained, accessible HTML page.

The page is rendered from `templates/website.html.j2` with Jinja2 autoescaping on, so every
piece of brief or provider text is escaped. Only two strings go in as markup, both produced
from trusted parts: the look's CSS variables (our constants and computed `#rrggbb` colours,
`pages.theme_css`) and the hero SVG (drawn by `hero.py`, which escapes its text; it is checked
again and redrawn if it looks tampered with).

It presents the campaign to the client — budget, plans and KPIs included — and shows the
customer-facing landing page only as a linked preview: no public call to action ("Shop now")
stands beside internal figures here. Nothing on the page makes a request: CSS is inline, the
hero is inline SVG, fonts are system font stacks and there is no script. Its links are in-page
anchors, `landing_page.html` beside it, and the client's website, percent-encoded.
"""

from __future__ import annotations

import re
from typing import Any

from ..content import (
    SocialCampaign,
    SocialPost,
)
from ..formatting import format_money, format_money_short
from ..look import brand_look
from ..models import POST_LIMITS, Channel
from ..planning import MediaPlan
from .hero import inline_hero
from .kit import WebsiteData
from .landing import LANDING_PAGE, LandingContent, landing_content
from .pages import (
    display_host,
    environment,
    feature_cards,
    initials,
    lang_attr,
    lang_code,
    main_language,
    paragraphs,
    safe_href,
    team_note,
    theme_css,
)

TEMPLATE_NAME = "website.html.j2"


# -- view helpers ------------------------------------------------------------------------


def handle(client: str) -> str:
    """A plausible social handle for the client ("Analog & Co." → "@analogco")."""
    slug = re.sub(r"[^a-z0-9]", "", client.lower())[:15]
    return "@" + (slug or "brand")


PLATFORM_ORDER = ("instagram", "tiktok", "linkedin", "x", "facebook")


def platform_label(platform: str) -> str:
    try:
        return Channel(platform).label
    except ValueError:
        return platform.title()


def social_groups(social: SocialCampaign) -> list[dict[str, Any]]:
    """Posts grouped by platform, in a fixed platform order, with each platform's limit."""
    groups: dict[str, list[SocialPost]] = {}
    for post in social.posts:
        groups.setdefault(post.platform, []).append(post)
    order = sorted(
        groups,
        key=lambda p: (PLATFORM_ORDER.index(p) if p in PLATFORM_ORDER else len(PLATFORM_ORDER), p),
    )
    return [
        {
            "id": re.sub(r"[^a-z0-9]", "", p.lower()) or "other",
            "label": platform_label(p),
            "limit": POST_LIMITS.get(p),
            "posts": groups[p],
        }
        for p in order
    ]


def media_rows(media: MediaPlan) -> list[dict[str, Any]]:
    """Media lines with their flight as offsets on a 0-100% timeline and a share bar width."""
    weeks = max(1, media.weeks)
    # share bars are drawn relative to the largest line, so the biggest bar fills its cell
    top_share = max((line.share for line in media.lines), default=0.0) or 1.0
    rows = []
    for line in media.lines:
        start = min(max(1, line.start_week), weeks)
        end = min(max(start, line.end_week), weeks)
        rows.append(
            {
                "line": line,
                "offset": round((start - 1) / weeks * 100, 2),
                "span": round((end - start + 1) / weeks * 100, 2),
                "share_width": round(min(100.0, max(0.0, line.share / top_share * 100)), 2),
                "fixed": line.pricing == "fixed",
                "sends": line.channel == "email",
            }
        )
    return rows


def without_team_notes(text: str) -> str:
    """Copy without the sentences a provider wrote for the team ("Brief requirement: …")."""
    kept = []
    for paragraph in paragraphs(text):
        sentences = re.split(r"(?<=[.!?])\s+", paragraph)
        if public := " ".join(s for s in sentences if not team_note(s)):
            kept.append(public)
    return "\n\n".join(kept)


NAV = (
    ("strategy", "Strategy"),
    ("audience", "Audience"),
    ("creative", "Creative"),
    ("copy", "Copy"),
    ("ctas", "CTAs"),
    ("landing", "Landing page"),
    ("social", "Social"),
    ("media-plan", "Media plan"),
    ("summary", "Summary"),
)


def context(data: WebsiteData, landing: LandingContent | None = None) -> dict[str, Any]:
    """Everything the template reads, computed here so the template stays declarative."""
    brief = data.brief
    look = brand_look(brief)
    landing = landing or landing_content(data)
    copy_lang = main_language(brief)
    recommended = data.creative.recommended
    if not 0 <= recommended < len(data.creative.concepts):
        recommended = 0
    media = data.media_plan
    features = feature_cards(brief, data.strategy, keep=lambda line: not team_note(line))
    return {
        "d": data,
        "brief": brief,
        "tone": look.style.value,
        "theme_css": theme_css(look),
        "hero_svg": inline_hero(data.hero_svg, data.visual, brief),
        "headline": landing.headline,
        # "Bloom Launch · Bloom" reads as a stutter: name the product only when the
        # campaign name does not already
        "eyebrow": brief.campaign_name
        if brief.product.casefold() in brief.campaign_name.casefold()
        else f"{brief.campaign_name} · {brief.product}",
        "subline": landing.subline,
        "primary_cta": landing.cta,
        "landing": landing,
        "landing_href": LANDING_PAGE,
        "client_link": safe_href(brief.client_website),
        "client_host": display_host(brief),
        "handle": handle(brief.client),
        "client_initials": initials(brief.client),
        "nav": NAV,
        "features": features,
        # four cards sit in one row of four, two in a row of two; otherwise rows of three
        "feature_grid": {4: "grid-4", 2: "grid-2", 1: "grid-2"}.get(len(features), "grid-3"),
        "promises": [line for line in data.strategy.value_propositions if not team_note(line)],
        "market_notes": [line for line in data.strategy.market_notes if not team_note(line)],
        "headlines": [line for line in data.copy.headlines if not team_note(line)],
        "body_copy": without_team_notes(data.copy.body_copy),
        "pitch": without_team_notes(data.copy.elevator_pitch),
        "copy_lang": lang_attr(copy_lang),
        "localized": [
            loc for loc in data.copy.localized if lang_code(loc.language) not in (None, copy_lang)
        ],
        "recommended": recommended,
        "swatches": look.palette,
        "groups": social_groups(data.social),
        "media_rows": media_rows(media),
        "budget_total": format_money(media.total_budget, media.currency),
        "budget_short": format_money_short(media.total_budget, media.currency),
        "channels": [c.label for c in brief.channels],
    }


def warm_up() -> None:
    """Compile the templates now, so the first campaigns don't each compile them at once."""
    from .landing import TEMPLATE_NAME as LANDING_TEMPLATE

    environment().get_template(TEMPLATE_NAME)
    environment().get_template(LANDING_TEMPLATE)


def render_website(data: WebsiteData, landing: LandingContent | None = None) -> str:
    """The campaign website as one HTML5 document (deterministic for the same data).

    `landing` is the landing page's content when the caller has it already (it previews it).
    """
    return environment().get_template(TEMPLATE_NAME).render(context(data, landing))


__all__ = ["WebsiteData", "render_website", "warm_up"]
