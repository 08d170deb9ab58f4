"""A look per brand: colours by role, type, hero composition and voice words, in one place.

The hero SVG, the campaign website and the landing page all draw from `brand_look(brief)`.
Each of the seven styles (`Tone`) has a character: the hues it may use, how saturated and
light its colours are, whether its hero sits on a dark or a light ground, its type and the
hero compositions that suit it. Within that character every brand gets its own variation —
primary hue, accent, hero ground, type pairing and composition — picked deterministically
from a hash of the product and the client, so two campaigns in the same style look different
while the same brief always looks the same.

`brief.brand_colors` wins over the style's hues: the brand's first colour becomes the primary
(the button fill, as given), the second the accent, and a dark or light brand colour the hero
ground where it fits. Text colours are then derived for contrast, never taken on trust: every
text role reaches WCAG AA (4.5:1) on every ground it is used on, whatever the brand asked for
(white, black, pure yellow, mid greys), and controls reach 3:1 against the page.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass, fields
from functools import lru_cache
from typing import NamedTuple

from .colour import best_ink, colour_name, contrast, hls, luminance, mix, readable, to_hls
from .models import CampaignBrief, Tone, tone_style

# Contrast targets with a little headroom over WCAG's 4.5:1 and 3:1, so a browser's own
# rounding (axe-core computes from the same hex values) can never tip a pair below the line.
TEXT_CONTRAST = 4.6
BODY_CONTRAST = 7.0  # what body text aims for (AAA) where the ground allows it
UI_CONTRAST = 3.1

# -- type --------------------------------------------------------------------------------

# System font stacks only: nothing is downloaded, so pages and the hero make no request.
FONTS: dict[str, str] = {
    "sans": (
        "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, "
        "'Liberation Sans', sans-serif"
    ),
    "serif": "Charter, 'Bitstream Charter', 'Sitka Text', Cambria, Georgia, 'DejaVu Serif', serif",
    "display-serif": "Didot, 'Bodoni MT', 'Playfair Display', Georgia, 'Times New Roman', serif",
    "rounded": "ui-rounded, 'SF Pro Rounded', 'Nunito', 'Segoe UI', system-ui, sans-serif",
    "heavy": "'Arial Black', 'Helvetica Neue', 'Segoe UI', system-ui, sans-serif",
    "slab": "Rockwell, 'Roboto Slab', 'Zilla Slab', Georgia, 'DejaVu Serif', serif",
    "mono": "ui-monospace, 'SF Mono', Menlo, Consolas, 'Liberation Mono', monospace",
}


# -- what each style allows ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Character:
    """A style's range: every brand's look in this style is picked from inside it."""

    hues: tuple[tuple[int, int], ...]  # primary hue ranges, degrees
    saturation: tuple[float, float]
    lightness: tuple[float, float]  # the primary's, before contrast is checked
    accent_shifts: tuple[int, ...]  # accent hue = primary hue + shift ...
    accent_hues: tuple[tuple[int, int], ...]  # ... unless the style fixes the accent's hues
    accent_saturation: tuple[float, float]
    accent_lightness: tuple[float, float]
    grounds: tuple[str, ...]  # the hero's ground: "dark" or "light"
    paper: bool  # a warm paper page instead of one tinted by the primary hue
    page_saturation: float
    fonts: tuple[tuple[str, str], ...]  # (body, display) pairings
    display_weight: str
    display_case: str
    display_spacing: str
    radii: tuple[str, ...]
    h1_max: str
    compositions: tuple[str, ...]  # hero art, by name (see workflow/hero_art.py)
    words: tuple[str, ...]  # voice words for the visual direction


CHARACTERS: dict[Tone, Character] = {
    Tone.PROFESSIONAL: Character(
        hues=((198, 228), (172, 190)), saturation=(0.55, 0.8), lightness=(0.3, 0.42),
        accent_shifts=(180, 150, -28, 32), accent_hues=(),
        accent_saturation=(0.6, 0.85), accent_lightness=(0.5, 0.6),
        grounds=("dark", "light"), paper=False, page_saturation=0.3,
        fonts=(("sans", "sans"), ("sans", "serif")), display_weight="750", display_case="none",
        display_spacing="-0.02em", radii=("8px", "12px"), h1_max="4.4rem",
        compositions=("cards", "orbits", "steps"),
        words=("clear", "confident", "uncluttered", "precise", "calm", "credible"),
    ),
    Tone.CASUAL: Character(
        hues=((8, 40), (140, 170), (190, 212)), saturation=(0.6, 0.85), lightness=(0.36, 0.44),
        accent_shifts=(150, -150, 60, 180), accent_hues=(),
        accent_saturation=(0.65, 0.9), accent_lightness=(0.55, 0.65),
        grounds=("light",), paper=False, page_saturation=0.55,
        fonts=(("rounded", "rounded"), ("sans", "rounded")), display_weight="800",
        display_case="none", display_spacing="-0.01em", radii=("18px", "22px"), h1_max="4.4rem",
        compositions=("confetti", "stickers", "waves"),
        words=("relaxed", "easygoing", "sunny", "playful", "honest", "everyday"),
    ),
    Tone.FRIENDLY: Character(
        hues=((5, 28), (335, 355), (150, 175), (195, 215), (265, 285)), saturation=(0.45, 0.7),
        lightness=(0.36, 0.44), accent_shifts=(150, 120, -40, 180), accent_hues=(),
        accent_saturation=(0.35, 0.6), accent_lightness=(0.6, 0.7),
        grounds=("light",), paper=False, page_saturation=0.6,
        fonts=(("rounded", "rounded"), ("sans", "rounded"), ("sans", "serif")),
        display_weight="800", display_case="none", display_spacing="-0.01em",
        radii=("20px", "24px", "28px"), h1_max="4.4rem",
        compositions=("blobs", "petals", "rainbow"),
        words=("warm", "welcoming", "soft", "human", "hopeful", "kind"),
    ),
    Tone.AUTHORITATIVE: Character(
        hues=((212, 232), (345, 360), (150, 168), (265, 280)), saturation=(0.45, 0.7),
        lightness=(0.18, 0.28), accent_shifts=(), accent_hues=((38, 50), (18, 28)),
        accent_saturation=(0.55, 0.75), accent_lightness=(0.48, 0.56),
        grounds=("dark",), paper=False, page_saturation=0.15,
        fonts=(("sans", "display-serif"), ("sans", "serif")), display_weight="700",
        display_case="none", display_spacing="-0.01em", radii=("2px", "4px"), h1_max="4.4rem",
        compositions=("columns", "arch", "seal"),
        words=("established", "exact", "assured", "measured", "rigorous", "trusted"),
    ),
    Tone.CREATIVE: Character(
        hues=((0, 360),), saturation=(0.75, 0.95), lightness=(0.4, 0.5),
        accent_shifts=(120, 150, 180, -120, 90), accent_hues=(),
        accent_saturation=(0.85, 1.0), accent_lightness=(0.5, 0.6),
        grounds=("dark", "light"), paper=False, page_saturation=0.35,
        fonts=(("sans", "heavy"), ("sans", "slab")), display_weight="900",
        display_case="uppercase", display_spacing="-0.01em", radii=("0px", "14px", "24px"),
        h1_max="3.6rem", compositions=("bands", "burst", "scatter"),
        words=("bold", "loud", "unexpected", "vivid", "energetic", "playful"),
    ),
    Tone.MODERN: Character(
        hues=((240, 290), (170, 195), (320, 340), (200, 215)), saturation=(0.55, 0.85),
        lightness=(0.42, 0.52), accent_shifts=(-90, 140, 180, 60), accent_hues=(),
        accent_saturation=(0.7, 0.95), accent_lightness=(0.45, 0.55),
        grounds=("dark", "light"), paper=False, page_saturation=0.12,
        fonts=(("sans", "sans"), ("sans", "mono")), display_weight="800", display_case="none",
        display_spacing="-0.035em", radii=("0px", "2px", "6px"), h1_max="4.4rem",
        compositions=("tiles", "rings", "stripes"),
        words=("sleek", "minimal", "precise", "forward", "crisp", "focused"),
    ),
    Tone.VINTAGE: Character(
        hues=((14, 34), (78, 100), (186, 205), (345, 358)), saturation=(0.35, 0.6),
        lightness=(0.26, 0.34), accent_shifts=(25, -20, 160, 40), accent_hues=(),
        accent_saturation=(0.45, 0.65), accent_lightness=(0.45, 0.55),
        grounds=("light", "dark"), paper=True, page_saturation=0.45,
        fonts=(("serif", "slab"), ("serif", "display-serif")), display_weight="700",
        display_case="uppercase", display_spacing="0.01em", radii=("2px", "6px"), h1_max="3.6rem",
        compositions=("badge", "sunset", "frame"),
        words=("heritage", "warm", "crafted", "worn-in", "timeless", "honest"),
    ),
}  # fmt: skip


# -- the look ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Colors:
    """Colours by role. CSS custom properties are the field names with dashes."""

    bg: str  # page background
    surface: str  # cards
    surface_2: str  # alternate sections, chips
    border: str
    text: str  # body text: ≥ 4.5:1 on bg, surface, surface_2 and tint_soft (7:1 where it can)
    muted: str  # secondary text: ≥ 4.5:1 on bg, surface, surface_2
    primary: str  # button fill (a brand colour as given)
    primary_ink: str  # text on primary: ≥ 4.5:1
    primary_edge: str  # the button's outline: ≥ 3:1 on bg and surface
    link: str  # links and the primary as text: ≥ 4.5:1 on bg, surface, surface_2
    accent: str  # decoration only
    tint: str  # decoration only (rules, bars, dots)
    tint_soft: str  # a light tint of the accent that carries text
    focus: str  # focus rings on the page: ≥ 3:1 on bg and surface
    hero_bg: str
    hero_bg_2: str  # the hero ground's second tone, for gradients that carry text
    hero_text: str  # ≥ 4.5:1 on hero_bg and hero_bg_2
    hero_muted: str  # ≥ 4.5:1 on hero_bg and hero_bg_2
    hero_btn: str  # ≥ 3:1 on hero_bg
    hero_btn_ink: str  # ≥ 4.5:1 on hero_btn
    hero_focus: str  # focus rings in the hero: ≥ 3:1 on hero_bg


# Text role -> the grounds it sits on, and the ratio it must reach there (tests check all).
TEXT_PAIRS: dict[str, tuple[str, ...]] = {
    "text": ("bg", "surface", "surface_2", "tint_soft"),
    "muted": ("bg", "surface", "surface_2"),
    "link": ("bg", "surface", "surface_2"),
    "primary_ink": ("primary",),
    "hero_text": ("hero_bg", "hero_bg_2"),
    "hero_muted": ("hero_bg", "hero_bg_2"),
    "hero_btn_ink": ("hero_btn",),
}
UI_PAIRS: dict[str, tuple[str, ...]] = {
    "focus": ("bg", "surface"),
    "primary_edge": ("bg", "surface"),
    "hero_btn": ("hero_bg",),
    "hero_focus": ("hero_bg",),
}


class PaletteEntry(NamedTuple):
    """One swatch of the look, as the visual direction lists it."""

    name: str
    hex: str
    use: str


@dataclass(frozen=True, slots=True)
class Look:
    """One brand's look: colours by role, type, the hero's composition and voice words."""

    style: Tone
    colors: Colors
    font_body: str
    font_display: str
    display_weight: str
    display_case: str  # "none" or "uppercase"
    display_spacing: str
    radius: str
    h1_max: str
    hero_dark: bool
    composition: str  # the hero art (workflow/hero_art.py)
    hero_accents: tuple[str, ...]  # shapes in the hero, each visible on hero_bg
    seed: int  # for the hero's details
    words: tuple[str, ...]
    palette: tuple[PaletteEntry, ...]

    def css_variables(self) -> dict[str, str]:
        """Every custom property the page templates read, `--name: value`, names unprefixed."""
        values = {f.name.replace("_", "-"): getattr(self.colors, f.name) for f in fields(Colors)}
        values |= {
            "font-body": FONTS[self.font_body],
            "font-display": FONTS[self.font_display],
            "display-weight": self.display_weight,
            "display-case": self.display_case,
            "display-spacing": self.display_spacing,
            "radius": self.radius,
            "h1-max": self.h1_max,
        }
        return values


def brand_seed(product: str, client: str) -> int:
    """A stable seed from the product and client (never Python's randomised hash())."""
    key = f"{' '.join(product.casefold().split())}\x00{' '.join(client.casefold().split())}"
    return int.from_bytes(hashlib.sha256(key.encode()).digest()[:8], "big")


def brand_look(brief: CampaignBrief) -> Look:
    """The look of this brief's brand: its style's character, varied per product and client,
    with the brief's brand colours (if any) as primary and accent."""
    return _brief_look(brief.tone, brief.product, brief.client, tuple(brief.brand_colors))


@lru_cache(maxsize=256)
def _brief_look(tone: str, product: str, client: str, brand: tuple[str, ...]) -> Look:
    # keyed on the tone's text: reading `brief.style` matches every tone word each time
    return _look(tone_style(tone) or Tone.PROFESSIONAL, product, client, brand)


def _pick(rng: random.Random, ranges: tuple[tuple[int, int], ...]) -> float:
    low, high = rng.choice(ranges)
    return rng.uniform(low, high)


@lru_cache(maxsize=256)
def _look(style: Tone, product: str, client: str, brand: tuple[str, ...]) -> Look:
    ch = CHARACTERS[style]
    seed = brand_seed(product, client)
    rng = random.Random(seed)
    # every draw happens in the same order whatever the brand colours, so adding them only
    # changes the colours, never the brand's type or composition
    hue = _pick(rng, ch.hues)
    sat = rng.uniform(*ch.saturation)
    light = rng.uniform(*ch.lightness)
    shift = rng.choice(ch.accent_shifts) if ch.accent_shifts else 0
    accent_hue = _pick(rng, ch.accent_hues) if ch.accent_hues else hue + shift
    accent_sat = rng.uniform(*ch.accent_saturation)
    accent_light = rng.uniform(*ch.accent_lightness)
    ground = rng.choice(ch.grounds)
    hero_hue_from_accent = rng.random() < 0.4
    hero_depth = rng.uniform(0.0, 1.0)
    body_font, display_font = rng.choice(ch.fonts)
    radius = rng.choice(ch.radii)
    composition = rng.choice(ch.compositions)
    words = tuple(rng.sample(ch.words, 3))

    primary = hls(hue, light, sat)
    accent = hls(accent_hue, accent_light, accent_sat)
    if brand:
        primary = brand[0]
        hue, _, sat = to_hls(primary)
        if len(brand) > 1:
            accent = brand[1]
        else:
            # the style's accent, turned with the brand's hue; a grey brand keeps it quiet
            # rather than gaining a loud colour it never chose
            accent_hue = accent_hue if ch.accent_hues else hue + shift
            accent_sat = accent_sat if sat >= 0.15 else accent_sat * 0.25
            accent = hls(accent_hue, accent_light, accent_sat)
    colors = _colors(ch, hue, sat, primary, accent, ground, hero_hue_from_accent, hero_depth, brand)
    accents = _hero_accents(colors, hue, accent_hue, accent_sat)
    palette = _palette(colors)
    return Look(
        style=style,
        colors=colors,
        font_body=body_font,
        font_display=display_font,
        display_weight=ch.display_weight,
        display_case=ch.display_case,
        display_spacing=ch.display_spacing,
        radius=radius,
        h1_max=ch.h1_max,
        hero_dark=luminance(colors.hero_bg) < 0.18,
        composition=composition,
        hero_accents=accents,
        seed=seed,
        words=words,
        palette=palette,
    )


def _colors(
    ch: Character,
    hue: float,
    sat: float,
    primary: str,
    accent: str,
    ground: str,
    hero_from_accent: bool,
    depth: float,
    brand: tuple[str, ...],
) -> Colors:
    page_sat = ch.page_saturation * min(1.0, sat / 0.35)  # a grey brand gets a neutral page
    if ch.paper:
        bg, surface, surface_2 = hls(40, 0.925, 0.5), hls(42, 0.975, 0.7), hls(38, 0.875, 0.42)
        border = hls(38, 0.8, 0.35)
    else:
        bg, surface = hls(hue, 0.972, page_sat), hls(hue, 0.995, page_sat)
        surface_2, border = hls(hue, 0.935, page_sat), hls(hue, 0.86, page_sat * 0.8)
    tint_soft = mix(accent, surface, 0.86)
    page = (bg, surface, surface_2)
    text = readable(hls(hue, 0.14, min(sat, 0.5)), (*page, tint_soft), BODY_CONTRAST)
    muted = readable(hls(hue, 0.4, min(sat, 0.25)), page, TEXT_CONTRAST)
    if brand:
        # the brand's colour is the fill as given; its ink is whatever reads on it
        primary_ink = best_ink(primary, "#ffffff", text)
    else:
        primary_ink = "#ffffff" if contrast(primary, "#ffffff") >= contrast(primary, text) else text
        primary = readable(primary, (primary_ink,), TEXT_CONTRAST)
    link = readable(primary, page, TEXT_CONTRAST)
    primary_edge = readable(primary, (bg, surface), UI_CONTRAST)
    tint = accent if contrast(accent, bg) >= 1.4 else readable(accent, (bg,), 1.4)

    hero_hue = to_hls(accent)[0] if hero_from_accent else hue
    if ground == "dark":
        dark = [b for b in brand if luminance(b) <= 0.05]
        hero_bg = dark[0] if dark else hls(hue, 0.1 + 0.07 * depth, min(sat, 0.6))
        hero_text = readable(hls(hue, 0.98, 0.3), (hero_bg,), BODY_CONTRAST)
        hero_muted = readable(hls(hue, 0.82, 0.3), (hero_bg,), TEXT_CONTRAST)
        hero_bg_2 = _second_ground(hero_bg, accent, 0.28, hero_text, hero_muted)
        hero_btn = readable(accent, (hero_bg,), UI_CONTRAST)
        hero_btn_ink = best_ink(hero_btn, readable(hls(hue, 0.1, 0.5), (hero_btn,), TEXT_CONTRAST))
    else:
        light = [b for b in brand if luminance(b) >= 0.7]
        hero_bg = light[0] if light else hls(hero_hue, 0.89 + 0.04 * depth, min(sat, 0.7))
        hero_text = readable(text, (hero_bg,), BODY_CONTRAST)
        hero_muted = readable(muted, (hero_bg,), TEXT_CONTRAST)
        hero_bg_2 = _second_ground(hero_bg, accent, 0.22, hero_text, hero_muted)
        hero_btn = readable(primary, (hero_bg,), UI_CONTRAST)
        hero_btn_ink = best_ink(hero_btn, primary_ink, text)
    return Colors(
        bg=bg,
        surface=surface,
        surface_2=surface_2,
        border=border,
        text=text,
        muted=muted,
        primary=primary,
        primary_ink=primary_ink,
        primary_edge=primary_edge,
        link=link,
        accent=accent,
        tint=tint,
        tint_soft=tint_soft,
        focus=link,
        hero_bg=hero_bg,
        hero_bg_2=hero_bg_2,
        hero_text=hero_text,
        hero_muted=hero_muted,
        hero_btn=hero_btn,
        hero_btn_ink=hero_btn_ink,
        hero_focus=hero_text,
    )


def _second_ground(ground: str, accent: str, share: float, *inks: str) -> str:
    """The ground mixed towards the accent, as far as `share` but no further than its inks
    stay readable on it (at worst the ground itself)."""
    for t in (share, share * 0.7, share * 0.45, share * 0.2):
        second = mix(ground, accent, t)
        if all(contrast(ink, second) >= TEXT_CONTRAST for ink in inks):
            return second
    return ground


def _hero_accents(c: Colors, hue: float, accent_hue: float, accent_sat: float) -> tuple[str, ...]:
    """Colours for the hero's shapes: each one stands out from the hero's ground."""
    third = hls(accent_hue + 40, 0.55, accent_sat * 0.8)
    fourth = hls(hue - 30, 0.6, 0.5)
    seen: list[str] = []
    for colour in (c.accent, c.hero_btn, c.primary, third, fourth, c.tint):
        visible = readable(colour, (c.hero_bg,), 1.8)
        if visible not in seen:
            seen.append(visible)
    return tuple(seen)


def _palette(c: Colors) -> tuple[PaletteEntry, ...]:
    entries = [
        (c.primary, "Buttons and key highlights"),
        (c.accent, "Accents and decoration"),
        (c.hero_bg, "Hero background"),
        (c.text, "Headlines and body text"),
        (c.bg, "Page background"),
    ]
    out: list[PaletteEntry] = []
    names: set[str] = set()
    for hex_colour, use in entries:
        if any(e.hex == hex_colour for e in out):
            continue
        name = colour_name(hex_colour)
        if name in names:  # two greys, two deep blues: tell them apart by role
            name = f"{name} ({use.split()[0].lower()})"
        names.add(name)
        out.append(PaletteEntry(name, hex_colour, use))
    return tuple(out)


__all__ = [
    "CHARACTERS",
    "FONTS",
    "TEXT_PAIRS",
    "UI_PAIRS",
    "Character",
    "Colors",
    "Look",
    "PaletteEntry",
    "brand_look",
    "brand_seed",
    "colour_name",
    "contrast",
    "hls",
    "luminance",
    "mix",
    "readable",
    "to_hls",
]
