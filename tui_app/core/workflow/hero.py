"""The hero image: an SVG drawn offline in the brand's look, with the headline set on it.

No network, no fonts to fetch, no embedded bitmaps: the image is shapes plus text in system
font stacks, so it renders the same everywhere and can be inlined into the pages. Colours,
type and composition come from `look.brand_look(brief)` — the same look the website and the
landing page wear — and the composition's details are seeded from the brand, so the same brief
always draws the same picture and two brands in one style draw different ones.

Every piece of user or provider text is XML-escaped (quotes included) before it goes into the
markup; the pages rely on that when they inline this SVG, and check it again (`inline_hero`).
"""

from __future__ import annotations

import random
import re

from markupsafe import Markup

from ..content import VisualDirection
from ..formatting import end_sentence
from ..look import FONTS, TEXT_CONTRAST, Look, brand_look, contrast, mix
from ..models import CampaignBrief
from .hero_art import ART, Canvas, Colours, fit, xml_text


def _text_block(
    lines: list[str],
    x: float,
    y: float,
    size: float,
    leading: float,
    *,
    fill: str,
    font: str,
    weight: str,
    spacing: str = "0",
) -> str:
    tspans = "".join(
        f'<tspan x="{x:.0f}" y="{y + i * size * leading:.1f}">{xml_text(line)}</tspan>'
        for i, line in enumerate(lines)
    )
    return (
        f'<text font-family="{font}" font-size="{size:.0f}" font-weight="{weight}" '
        f'letter-spacing="{spacing}" fill="{fill}">{tspans}</text>'
    )


def _defs(c: Colours) -> str:
    # ids are prefixed so the inlined SVG cannot clash with ids of the page around it
    return (
        "<defs>"
        '<linearGradient id="hero-scrim" x1="0" y1="0" x2="1" y2="0">'
        f'<stop offset="0" stop-color="{c.ground}" stop-opacity="0.96"/>'
        f'<stop offset="0.75" stop-color="{c.ground}" stop-opacity="0.85"/>'
        f'<stop offset="1" stop-color="{c.ground}" stop-opacity="0"/>'
        "</linearGradient>"
        '<filter id="hero-grain" x="0" y="0" width="100%" height="100%">'
        '<feTurbulence type="fractalNoise" baseFrequency="0.9" numOctaves="2" seed="7" '
        'stitchTiles="stitch"/>'
        '<feColorMatrix type="matrix" values="0 0 0 0 0.2  0 0 0 0 0.15  0 0 0 0 0.1  '
        '0 0 0 0.55 0"/>'
        "</filter>"
        "</defs>"
    )


def hero_colours(look: Look) -> Colours:
    """The hero's ground, ink and shape colours, from the look's hero roles."""
    c = look.colors
    return Colours(
        ground=c.hero_bg,
        ink=c.hero_text,
        accents=look.hero_accents,
        soft=mix(c.hero_bg, look.hero_accents[0], 0.12),
    )


def render_hero_svg(
    visual: VisualDirection, brief: CampaignBrief, width: int = 1200, height: int = 630
) -> str:
    """The hero image as a self-contained, accessible SVG document (deterministic).

    The headline and subline come from the visual direction, the eyebrow from the product and
    the sign-off from the client and campaign; text is wrapped and shrunk to fit the left
    column, and all of it is XML-escaped.
    """
    look = brand_look(brief)
    colours = hero_colours(look)
    # the art's own random source: seeded by the brand, apart from the look's own draws
    rng = random.Random(look.seed ^ 0x5EED)
    w, h = int(width), int(height)
    x = round(w * 0.06)
    column = w * 0.5  # the text column; the art owns the right side
    k = h / 630  # type scales with the canvas height

    def sizes(*points: int) -> tuple[int, ...]:
        return tuple(max(8, round(p * k)) for p in points)

    upper = look.display_case == "uppercase"
    display, body = FONTS[look.font_display], FONTS[look.font_body]
    headline = visual.hero_headline.strip() or brief.product
    if upper:
        headline = headline.upper()
    em = 0.62 if upper or look.font_display == "mono" else 0.56  # average glyph width
    h_size, h_lines = fit(headline, column, sizes(80, 72, 64, 58, 52, 46, 40), 3, em)
    s_size, s_lines = fit(visual.hero_subline.strip(), column * 0.92, sizes(28, 25, 22), 3, 0.52)
    e_size, e_lines = fit(brief.product.upper(), column, sizes(19, 16, 14), 1, 0.72)
    sign = f"{brief.client} · {brief.campaign_name}"
    f_size, f_lines = fit(sign, column, sizes(16, 14), 1, 0.55)

    leading, s_leading = 1.06, 1.4
    gap_eyebrow, gap_sub = e_size * 1.6, s_size * 1.5
    block = e_size + gap_eyebrow + h_size * leading * len(h_lines)
    block += (gap_sub + s_size * s_leading * len(s_lines)) if s_lines else 0
    top = max(h * 0.1, (h - block) / 2 - h * 0.03)
    eyebrow_y = top + e_size
    headline_y = eyebrow_y + gap_eyebrow + h_size * 0.8
    sub_y = headline_y + h_size * leading * (len(h_lines) - 1) + gap_sub + s_size

    # the eyebrow takes an accent only where it stays readable on the ground
    eyebrow_fill = next(
        (a for a in colours.accents if contrast(a, colours.ground) >= TEXT_CONTRAST), colours.ink
    )
    muted = look.colors.hero_muted
    heavy = "800" if upper or not look.hero_dark else "700"

    title = f"{brief.product}: {visual.hero_headline}".strip(": ")
    desc = f"{end_sentence(f'Hero image for {brief.campaign_name} by {brief.client}')} "
    desc += visual.hero_subline
    canvas = Canvas(rng, colours, w, h, brief.client, display)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="{w}" '
        f'height="{h}" role="img" aria-labelledby="hero-title hero-desc">',
        f'<title id="hero-title">{xml_text(title)}</title>',
        f'<desc id="hero-desc">{xml_text(desc.strip())}</desc>',
        _defs(colours),
        *ART[look.composition](canvas),
        _text_block(
            e_lines, x, eyebrow_y, e_size, 1.2,
            fill=eyebrow_fill, font=body, weight="700", spacing="3",
        ),
        _text_block(
            h_lines, x, headline_y, h_size, leading,
            fill=colours.ink, font=display, weight=heavy, spacing="0" if upper else "-1",
        ),
        _text_block(s_lines, x, sub_y, s_size, s_leading, fill=muted, font=body, weight="400"),
        _text_block(
            f_lines, x, h - 44 * k, f_size, 1.2,
            fill=muted, font=body, weight="600", spacing="0.5",
        ),
        "</svg>",
    ]  # fmt: skip
    return "\n".join(parts) + "\n"


def render_hero_art(brief: CampaignBrief, width: int = 1200, height: int = 630) -> str:
    """The hero's art alone, cropped to the part the composition draws in: for a page that
    sets the headline itself in HTML. Decorative (hidden from assistive technology), since
    the page's own text says what the hero image would."""
    look = brand_look(brief)
    colours = hero_colours(look)
    rng = random.Random(look.seed ^ 0x5EED)  # the same details as the full hero
    w, h = int(width), int(height)
    x0 = round(w * 0.45)
    canvas = Canvas(rng, colours, w, h, brief.client, FONTS[look.font_display])
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="{x0} 0 {w - x0} {h}" '
        f'width="{w - x0}" height="{h}" aria-hidden="true" focusable="false">',
        _defs(colours),
        *ART[look.composition](canvas),
        "</svg>",
    ]
    return "\n".join(parts) + "\n"


# Things this module never writes; seeing one means the file was changed after it was drawn.
_SVG_RED_FLAGS = re.compile(
    r"<script|<foreignObject|<iframe|<image|<use|<style|<a[\s>]|<animate|<set[\s>]|href\s*="
    r"|\son\w+\s*=|javascript:|url\(\s*['\"]?(?!#)|<!\[CDATA\[|<!ENTITY|<!DOCTYPE",
    re.IGNORECASE,
)


def inline_hero(svg: str, visual: VisualDirection, brief: CampaignBrief) -> Markup:
    """A hero SVG as markup for a page: the drawn file as it is, or a fresh drawing when the
    file looks altered (anything this module never writes: scripts, links, external urls)."""
    svg = svg.strip()
    if not svg.startswith("<svg") or not svg.endswith("</svg>") or _SVG_RED_FLAGS.search(svg):
        svg = render_hero_svg(visual, brief).strip()
    return Markup(svg)


__all__ = ["hero_colours", "inline_hero", "render_hero_art", "render_hero_svg", "xml_text"]
