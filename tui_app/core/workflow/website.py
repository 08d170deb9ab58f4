"""The campaign website: one self-contained, responsive, accessible HTML page.

The page is rendered from `templates/website.html.j2` with Jinja2 autoescaping on, so every
piece of brief or provider text is escaped. Only two strings go in as markup, both produced
here from trusted parts: the theme's CSS variables (our own constants plus palette colours that
match `#rrggbb`) and the hero SVG (drawn by `hero.py`, which escapes its text; it is checked
again here and redrawn if it looks tampered with).

Nothing on the page makes a request: CSS is inline, the hero is inline SVG, fonts are system
font stacks and there is no script. The only URL is an ordinary link to the client's website.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from ..content import (
    ClientSummary,
    Copy,
    Creative,
    CtaPlan,
    EmotionVariants,
    Personas,
    Plan,
    SocialCampaign,
    SocialPost,
    Strategy,
    VisualDirection,
)
from ..models import POST_LIMITS, CampaignBrief, Channel, Tone, format_money
from ..planning import KpiPlan, MediaPlan
from .hero import contrast, luminance, render_hero_svg

TEMPLATES_DIR = Path(__file__).parent / "templates"
TEMPLATE_NAME = "website.html.j2"

_SANS = (
    "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, "
    "'Liberation Sans', sans-serif"
)
_SERIF = "Charter, 'Bitstream Charter', 'Sitka Text', Cambria, Georgia, 'DejaVu Serif', serif"
_DISPLAY_SERIF = "Didot, 'Bodoni MT', 'Playfair Display', Georgia, 'Times New Roman', serif"
_ROUNDED = "ui-rounded, 'SF Pro Rounded', 'Nunito', 'Segoe UI', system-ui, sans-serif"
_HEAVY = "'Arial Black', 'Helvetica Neue', 'Segoe UI', system-ui, sans-serif"
_SLAB = "Rockwell, 'Roboto Slab', 'Zilla Slab', Georgia, 'DejaVu Serif', serif"

# CSS custom properties per tone. Text colours are chosen for WCAG AA (4.5:1) on the
# backgrounds they sit on; tests check every pair. `tint` is decorative only (rules, bars).
TONE_THEMES: dict[Tone, dict[str, str]] = {
    Tone.PROFESSIONAL: {
        "bg": "#f6f8fb",
        "surface": "#ffffff",
        "surface-2": "#eef2f8",
        "text": "#0f1c2e",
        "muted": "#4a5a70",
        "border": "#dbe3ee",
        "primary": "#1d4ed8",
        "primary-ink": "#ffffff",
        "accent": "#0ea5e9",
        "hero-bg": "#0b2545",
        "hero-text": "#ffffff",
        "hero-muted": "#c6d4ea",
        "hero-btn": "#ffffff",
        "hero-btn-ink": "#0b2545",
        "font-body": _SANS,
        "font-display": _SANS,
        "display-weight": "750",
        "display-case": "none",
        "h1-max": "4.4rem",
        "display-spacing": "-0.02em",
        "radius": "12px",
    },
    Tone.CASUAL: {
        "bg": "#fffaf2",
        "surface": "#ffffff",
        "surface-2": "#fdf1de",
        "text": "#2b2d42",
        "muted": "#585b70",
        "border": "#eedfc9",
        "primary": "#b83c0c",
        "primary-ink": "#ffffff",
        "accent": "#4f9d69",
        "hero-bg": "#fdf0dc",
        "hero-text": "#2b2d42",
        "hero-muted": "#4f5166",
        "hero-btn": "#b83c0c",
        "hero-btn-ink": "#ffffff",
        "font-body": _ROUNDED,
        "font-display": _ROUNDED,
        "display-weight": "800",
        "display-case": "none",
        "h1-max": "4.4rem",
        "display-spacing": "-0.01em",
        "radius": "20px",
    },
    Tone.FRIENDLY: {
        "bg": "#fff8f3",
        "surface": "#ffffff",
        "surface-2": "#fdebe2",
        "text": "#33364f",
        "muted": "#5d6078",
        "border": "#f0dccf",
        "primary": "#ad4329",
        "primary-ink": "#ffffff",
        "accent": "#81b29a",
        "hero-bg": "#fdebe2",
        "hero-text": "#33364f",
        "hero-muted": "#53566e",
        "hero-btn": "#ad4329",
        "hero-btn-ink": "#ffffff",
        "font-body": _ROUNDED,
        "font-display": _ROUNDED,
        "display-weight": "800",
        "display-case": "none",
        "h1-max": "4.4rem",
        "display-spacing": "-0.01em",
        "radius": "24px",
    },
    Tone.AUTHORITATIVE: {
        "bg": "#f4f5f7",
        "surface": "#ffffff",
        "surface-2": "#e9ecf1",
        "text": "#0a1931",
        "muted": "#46546a",
        "border": "#d5dbe4",
        "primary": "#0a1931",
        "primary-ink": "#ffffff",
        "accent": "#c9a227",
        "hero-bg": "#0a1931",
        "hero-text": "#ffffff",
        "hero-muted": "#c3ccda",
        "hero-btn": "#d9b43a",
        "hero-btn-ink": "#0a1931",
        "font-body": _SANS,
        "font-display": _DISPLAY_SERIF,
        "display-weight": "700",
        "display-case": "none",
        "h1-max": "4.4rem",
        "display-spacing": "-0.01em",
        "radius": "4px",
    },
    Tone.CREATIVE: {
        "bg": "#fff7fb",
        "surface": "#ffffff",
        "surface-2": "#fde8f1",
        "text": "#1b1035",
        "muted": "#56496a",
        "border": "#f0d8e5",
        "primary": "#c8104f",
        "primary-ink": "#ffffff",
        "accent": "#ffb400",
        "hero-bg": "#1b1035",
        "hero-text": "#ffffff",
        "hero-muted": "#d9cde9",
        "hero-btn": "#ffb400",
        "hero-btn-ink": "#1b1035",
        "font-body": _SANS,
        "font-display": _HEAVY,
        "display-weight": "900",
        "display-case": "uppercase",
        "h1-max": "3.6rem",
        "display-spacing": "-0.01em",
        "radius": "14px",
    },
    Tone.MODERN: {
        "bg": "#f5f6fa",
        "surface": "#ffffff",
        "surface-2": "#ebecf3",
        "text": "#0f0f14",
        "muted": "#53576a",
        "border": "#dfe1ea",
        "primary": "#5140d0",
        "primary-ink": "#ffffff",
        "accent": "#00b8b9",
        "hero-bg": "#0f0f14",
        "hero-text": "#ffffff",
        "hero-muted": "#c4c6d4",
        "hero-btn": "#ffffff",
        "hero-btn-ink": "#0f0f14",
        "font-body": _SANS,
        "font-display": _SANS,
        "display-weight": "800",
        "display-case": "none",
        "h1-max": "4.4rem",
        "display-spacing": "-0.035em",
        "radius": "2px",
    },
    Tone.VINTAGE: {
        "bg": "#f6efe0",
        "surface": "#fffaf0",
        "surface-2": "#efe3cb",
        "text": "#3e2723",
        "muted": "#654e40",
        "border": "#e0cfb1",
        "primary": "#8c3f12",
        "primary-ink": "#fffaf0",
        "accent": "#b5651d",
        "hero-bg": "#efe3cb",
        "hero-text": "#3e2723",
        "hero-muted": "#5c4537",
        "hero-btn": "#8c3f12",
        "hero-btn-ink": "#fffaf0",
        "font-body": _SERIF,
        "font-display": _SLAB,
        "display-weight": "700",
        "display-case": "uppercase",
        "h1-max": "3.6rem",
        "display-spacing": "0.01em",
        "radius": "6px",
    },
}

_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")
# What a theme value may contain: colours, lengths, numbers, font stacks. No `;{}<>` or `\`,
# so a value can never end the declaration, the rule or the <style> element.
_CSS_VALUE = re.compile(r"^[#\w\s,.'%()-]+$")


@dataclass(slots=True)
class WebsiteData:
    """Everything the page shows: the brief, every content section and the computed plans.

    All sections are present when the web_developer node runs (the graph orders it last).
    """

    campaign_id: str
    brief: CampaignBrief
    plan: Plan
    strategy: Strategy
    personas: Personas
    creative: Creative
    copy: Copy
    cta: CtaPlan
    visual: VisualDirection
    social: SocialCampaign
    emotion: EmotionVariants
    media_plan: MediaPlan
    kpi_plan: KpiPlan
    client_summary: ClientSummary
    hero_svg: str


# -- theme -------------------------------------------------------------------------------


def palette_tint(visual: VisualDirection, theme: dict[str, str]) -> str:
    """The palette's most colourful swatch, for decoration; the theme's accent if none."""
    best, best_score = theme["accent"], -1.0
    for swatch in visual.palette:
        if not _HEX.match(swatch.hex or ""):
            continue
        r, g, b = (int(swatch.hex[i : i + 2], 16) for i in (1, 3, 5))
        hi, lo = max(r, g, b), min(r, g, b)
        saturation = 0.0 if hi == 0 else (hi - lo) / hi
        # near-white and near-black swatches make poor decoration even when "saturated"
        lum = luminance(swatch.hex)
        score = saturation if 0.04 < lum < 0.75 else saturation / 4
        if score > best_score:
            best, best_score = swatch.hex.lower(), score
    return best


def theme_css(tone: Tone, visual: VisualDirection) -> Markup:
    """The `:root` block of CSS variables for the tone, tinted by the palette.

    Marked safe because every value is either one of our constants or a `#rrggbb` colour,
    and each is re-checked against `_CSS_VALUE` (no characters that could break out).
    """
    theme = dict(TONE_THEMES[tone])
    tint = palette_tint(visual, theme)
    theme["tint"] = tint
    # a tint that would vanish on the page background falls back to the tone's accent
    if contrast(tint, theme["bg"]) < 1.5:
        theme["tint"] = theme["accent"]
    decls = []
    for name, value in theme.items():
        if not _CSS_VALUE.match(value):
            raise ValueError(f"unsafe CSS value for --{name}: {value!r}")
        decls.append(f"--{name}: {value};")
    return Markup(":root { " + " ".join(decls) + " }")


# -- hero --------------------------------------------------------------------------------

# Things hero.py never writes; seeing one means the file was changed after it was drawn.
_SVG_RED_FLAGS = re.compile(
    r"<script|<foreignObject|<iframe|<image|<use|<style|<a[\s>]|<animate|<set[\s>]|href\s*="
    r"|\son\w+\s*=|javascript:|url\(\s*['\"]?(?!#)|<!\[CDATA\[|<!ENTITY|<!DOCTYPE",
    re.IGNORECASE,
)


def hero_markup(data: WebsiteData) -> Markup:
    """The hero SVG as markup: hero.py's output, or a fresh drawing if it looks altered."""
    svg = data.hero_svg.strip()
    if not svg.startswith("<svg") or not svg.endswith("</svg>") or _SVG_RED_FLAGS.search(svg):
        svg = render_hero_svg(data.visual, data.brief).strip()
    return Markup(svg)


# -- view helpers ------------------------------------------------------------------------


def paragraphs(text: str) -> list[str]:
    """Split text on blank lines into paragraphs (line breaks inside are kept by CSS)."""
    return [p.strip() for p in re.split(r"\n\s*\n", str(text).strip()) if p.strip()]


def money(amount: Decimal | float | int, currency: str) -> str:
    return format_money(amount, currency)


def money_short(amount: Decimal | float | int, currency: str) -> str:
    """12,500 USD → "12.5k USD": for stat tiles where space is tight."""
    value = float(amount)
    for threshold, unit, suffix in ((1e9, 1e9, "bn"), (1e6, 1e6, "m"), (1e4, 1e3, "k")):
        if value >= threshold:
            return f"{value / unit:.1f}".removesuffix(".0") + f"{suffix} {currency}"
    return format_money(amount, currency)


def number(value: int | float) -> str:
    return f"{round(value):,}"


def compact(value: int | float) -> str:
    """1,836,981 → "1.8M", 45,210 → "45.2k": for stat tiles."""
    for threshold, unit, suffix in ((1e9, 1e9, "B"), (1e6, 1e6, "M"), (1e4, 1e3, "k")):
        if value >= threshold:
            return f"{value / unit:.1f}".removesuffix(".0") + suffix
    return f"{round(value):,}"


def percent(share: float) -> str:
    return f"{share * 100:.1f}".rstrip("0").rstrip(".") + "%"


def initials(name: str) -> str:
    """Up to two initials for an avatar ("Maya, the planner" → "M"; "Analog & Co." → "AC")."""
    head = re.split(r"[,(–—-]", name, maxsplit=1)[0]
    letters = [w[0] for w in re.findall(r"[^\W\d_]+", head)]
    return "".join(letters[:2]).upper() or "•"


def handle(client: str) -> str:
    """A plausible social handle for the client ("Analog & Co." → "@analogco")."""
    slug = re.sub(r"[^a-z0-9]", "", client.lower())[:15]
    return "@" + (slug or "brand")


def safe_link(url: str) -> str | None:
    """The client's website if it is an http(s) URL (never javascript: or data:)."""
    parsed = urlparse(url or "")
    if parsed.scheme in ("http", "https") and parsed.netloc:
        return url
    return None


PLATFORM_ORDER = ("instagram", "tiktok", "linkedin", "x", "facebook")


def platform_label(platform: str) -> str:
    try:
        return Channel(platform).label
    except ValueError:
        return platform.title()


def _mentions(text: str, phrase: str) -> bool:
    words = [w for w in re.findall(r"[a-z0-9]{4,}", phrase.lower())]
    low = text.lower()
    return phrase.lower() in low or (bool(words) and sum(w in low for w in words) >= 2)


def feature_cards(brief: CampaignBrief, strategy: Strategy) -> list[dict[str, str]]:
    """One benefit card per key feature, with a line of strategy that speaks about it."""
    lines = [
        *strategy.value_propositions,
        *(p.message for p in strategy.messaging_pillars),
        *(pt for p in strategy.messaging_pillars for pt in p.proof_points),
    ]
    cards, used = [], set()
    for feature in brief.key_features:
        text = next((t for t in lines if t not in used and _mentions(t, feature)), "")
        used.add(text)
        cards.append({"title": feature, "text": text})
    return cards


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


def display_host(brief: CampaignBrief) -> str:
    """What an ad shows as its URL: the client's host, or a made-up one from the product."""
    link = safe_link(brief.client_website)
    if link:
        return (urlparse(link).hostname or "").removeprefix("www.")
    slug = re.sub(r"[^a-z0-9]+", "", brief.product.lower())[:24] or "example"
    return f"{slug}.com"


NAV = (
    ("strategy", "Strategy"),
    ("audience", "Audience"),
    ("creative", "Creative"),
    ("copy", "Copy"),
    ("ctas", "CTAs"),
    ("social", "Social"),
    ("media-plan", "Media plan"),
    ("summary", "Summary"),
)


def context(data: WebsiteData) -> dict[str, Any]:
    """Everything the template reads, computed here so the template stays declarative."""
    brief = data.brief
    link = safe_link(brief.client_website)
    headline = data.visual.hero_headline.strip() or (
        data.copy.headlines[0] if data.copy.headlines else brief.product
    )
    recommended = data.creative.recommended
    if not 0 <= recommended < len(data.creative.concepts):
        recommended = 0
    swatches = [s for s in data.visual.palette if _HEX.match(s.hex or "")]
    media = data.media_plan
    features = feature_cards(brief, data.strategy)
    return {
        "d": data,
        "brief": brief,
        "tone": brief.style.value,
        "theme_css": theme_css(brief.style, data.visual),
        "hero_svg": hero_markup(data),
        "headline": headline,
        # "Bloom Launch · Bloom" reads as a stutter: name the product only when the
        # campaign name does not already
        "eyebrow": brief.campaign_name
        if brief.product.casefold() in brief.campaign_name.casefold()
        else f"{brief.campaign_name} · {brief.product}",
        "subline": data.visual.hero_subline.strip() or data.copy.elevator_pitch,
        "primary_cta": data.cta.primary_cta.strip() or "Get started",
        "cta_href": link or "#summary",
        "client_link": link,
        "client_host": display_host(brief),
        "handle": handle(brief.client),
        "client_initials": initials(brief.client),
        "nav": NAV,
        "features": features,
        # four cards sit in one row of four, two in a row of two; otherwise rows of three
        "feature_grid": {4: "grid-4", 2: "grid-2", 1: "grid-2"}.get(len(features), "grid-3"),
        "recommended": recommended,
        "swatches": swatches,
        "groups": social_groups(data.social),
        "media_rows": media_rows(media),
        "budget_total": money(media.total_budget, media.currency),
        "budget_short": money_short(media.total_budget, media.currency),
        "channels": [c.label for c in brief.channels],
    }


@cache
def environment() -> Environment:
    """The Jinja2 environment: autoescaped, strict about undefined names, created once."""
    env = Environment(
        loader=FileSystemLoader(TEMPLATES_DIR),
        autoescape=select_autoescape(enabled_extensions=("html", "j2"), default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(
        money=money,
        number=number,
        compact=compact,
        percent=percent,
        paragraphs=paragraphs,
        initials=initials,
    )
    return env


def warm_up() -> None:
    """Compile the template now, so the first campaigns don't each compile it at once."""
    environment().get_template(TEMPLATE_NAME)


def render_website(data: WebsiteData) -> str:
    """The campaign website as one HTML5 document (deterministic for the same data)."""
    return environment().get_template(TEMPLATE_NAME).render(context(data))


__all__ = ["TONE_THEMES", "WebsiteData", "render_website", "theme_css"]
