"""The hero image: an SVG drawn offline from the visual direction's palette and the tone.

No network, no fonts to fetch, no embedded bitmaps: the image is shapes plus text in generic
font stacks, so it renders the same everywhere and can be inlined into the campaign website.
The composition depends on the tone (geometric tiles for modern, soft blobs for friendly, a
grainy sunburst for vintage, ...) and its details are seeded from a hash of the product and
tone, so the same brief always draws the same picture and different products look different.

Every piece of user or provider text is XML-escaped (quotes included) before it goes into the
markup; the website relies on that when it inlines this SVG as markup.
"""

from __future__ import annotations

import hashlib
import math
import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from xml.sax.saxutils import escape

from ..content import VisualDirection
from ..models import CampaignBrief, Tone

# Entities for quotes too, so escaped text is also safe inside attribute values.
_QUOTES = {'"': "&quot;", "'": "&#x27;"}
_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")

# Generic font stacks only: the fonts a system already has (nothing is downloaded).
SANS = "'Helvetica Neue', 'Segoe UI', Roboto, Arial, 'Liberation Sans', sans-serif"
SERIF = "Georgia, 'Times New Roman', 'Liberation Serif', serif"
SLAB = "Rockwell, 'Roboto Slab', 'DejaVu Serif', Georgia, serif"
ROUNDED = "ui-rounded, 'SF Pro Rounded', 'Trebuchet MS', 'Segoe UI', Arial, sans-serif"
HEAVY = "'Arial Black', 'Helvetica Neue', 'Segoe UI', Arial, sans-serif"


@dataclass(frozen=True, slots=True)
class ToneStyle:
    """How a tone draws: the ground (dark or light), its type and fallback colours."""

    dark: bool
    headline_font: str
    body_font: str
    fallback: tuple[str, ...]  # used when the palette is missing or too short
    uppercase_headline: bool = False


TONE_STYLES: dict[Tone, ToneStyle] = {
    Tone.PROFESSIONAL: ToneStyle(
        False, SANS, SANS, ("#0b2545", "#13315c", "#1f6feb", "#8da9c4", "#eef4ed")
    ),
    Tone.CASUAL: ToneStyle(
        False, ROUNDED, ROUNDED, ("#2b2d42", "#ef8354", "#4f9d69", "#f4d35e", "#fdf6ec")
    ),
    Tone.FRIENDLY: ToneStyle(
        False, ROUNDED, ROUNDED, ("#3d405b", "#e07a5f", "#81b29a", "#f2cc8f", "#fff8f0")
    ),
    Tone.AUTHORITATIVE: ToneStyle(
        True, SERIF, SANS, ("#0a1931", "#185adb", "#c9a227", "#e8e8e8", "#ffffff")
    ),
    Tone.CREATIVE: ToneStyle(
        True, HEAVY, SANS, ("#1b1035", "#ff3d7f", "#ffb400", "#00c2a8", "#fff5fa"), True
    ),
    Tone.MODERN: ToneStyle(
        True, SANS, SANS, ("#0f0f14", "#6c5ce7", "#00d2d3", "#fd79a8", "#f5f6fa")
    ),
    Tone.VINTAGE: ToneStyle(
        False, SLAB, SERIF, ("#3e2723", "#b5651d", "#d4a373", "#6b705c", "#f3e9d2"), True
    ),
}


def xml_text(text: object) -> str:
    """Escape text for SVG/HTML content or attributes: & < > and both quotes."""
    return escape(str(text), _QUOTES)


# -- colour ------------------------------------------------------------------------------


def _rgb(hex_colour: str) -> tuple[float, float, float]:
    return tuple(int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5))  # type: ignore[return-value]


def luminance(hex_colour: str) -> float:
    """WCAG relative luminance of a #rrggbb colour."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in _rgb(hex_colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio between two colours (1 to 21)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def mix(a: str, b: str, t: float) -> str:
    """The colour t of the way from a to b."""
    ra, rb = _rgb(a), _rgb(b)
    return "#" + "".join(
        f"{round((x + (y - x) * t) * 255):02x}" for x, y in zip(ra, rb, strict=True)
    )


def _saturation(hex_colour: str) -> float:
    r, g, b = _rgb(hex_colour)
    hi, lo = max(r, g, b), min(r, g, b)
    return 0.0 if hi == 0 else (hi - lo) / hi


@dataclass(frozen=True, slots=True)
class Colours:
    ground: str  # the background
    ink: str  # headline and body text
    accents: tuple[str, ...]  # shapes, most saturated first
    soft: str  # a quiet tint of the ground for large shapes


def pick_colours(visual: VisualDirection, style: ToneStyle) -> Colours:
    """Ground, ink and accents from the palette, with contrast guaranteed for the text."""
    valid = [s.hex.lower() for s in visual.palette if _HEX.match(s.hex or "")]
    colours = list(dict.fromkeys(valid))
    for extra in style.fallback:  # top up a short palette with the tone's defaults
        if len(colours) >= 5:
            break
        if extra not in colours:
            colours.append(extra)
    by_light = sorted(colours, key=luminance)
    if style.dark:
        ground = by_light[0]
        if luminance(ground) > 0.06:  # too light to carry white text: darken it
            ground = mix(ground, "#000000", 0.6)
        ink = by_light[-1] if contrast(by_light[-1], ground) >= 7 else "#ffffff"
    else:
        ground = by_light[-1]
        if luminance(ground) < 0.8:  # a mid tone: lift it towards white
            ground = mix(ground, "#ffffff", 0.82)
        ink = by_light[0] if contrast(by_light[0], ground) >= 7 else "#111111"
    rest = [c for c in colours if c not in (ground, ink)]
    accents = sorted(rest, key=lambda c: (-_saturation(c), c)) or [mix(ink, ground, 0.5)]
    soft = mix(ground, accents[0], 0.12)
    return Colours(ground, ink, tuple(accents), soft)


# -- text layout -------------------------------------------------------------------------


def wrap(text: str, max_chars: int) -> list[str]:
    """Greedy word wrap; words longer than a line are split."""
    words: list[str] = []
    for word in str(text).split():
        while len(word) > max_chars:
            words.append(word[: max_chars - 1] + "-")
            word = word[max_chars - 1 :]
        words.append(word)
    lines: list[str] = []
    current = ""
    for word in words:
        candidate = f"{current} {word}".strip()
        if len(candidate) <= max_chars or not current:
            current = candidate
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines


def fit(text: str, box_width: float, sizes: tuple[int, ...], max_lines: int, em: float):
    """The largest font size whose wrapped text fits the box; truncates at the smallest."""
    for size in sizes:
        max_chars = max(4, int(box_width / (size * em)))
        lines = wrap(text, max_chars)
        if len(lines) <= max_lines:
            return size, lines
    size = sizes[-1]
    max_chars = max(4, int(box_width / (size * em)))
    lines = wrap(text, max_chars)[:max_lines]
    if lines:
        last = lines[-1]
        lines[-1] = (last[: max_chars - 1].rstrip() if len(last) >= max_chars else last) + "…"
    return size, lines


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


# -- compositions (one per tone) -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Canvas:
    """What a composition draws with: its random source, colours, size and a short label."""

    rng: random.Random
    c: Colours
    w: int
    h: int
    label: str  # the client's name, for compositions that letter it (vintage's ribbon)
    font: str


Art = Callable[[Canvas], list[str]]


def _f(v: float) -> str:
    return f"{v:.1f}"


def _blob(rng: random.Random, cx: float, cy: float, r: float, points: int = 7) -> str:
    """A smooth closed organic shape: radii jittered around a circle, joined by curves."""
    pts = []
    for i in range(points):
        angle = 2 * math.pi * i / points
        radius = r * rng.uniform(0.78, 1.15)
        pts.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    d = []
    for i in range(points):
        p0, p1 = pts[i - 1], pts[i]
        p2 = pts[(i + 1) % points]
        mid_a = ((p0[0] + p1[0]) / 2, (p0[1] + p1[1]) / 2)
        mid_b = ((p1[0] + p2[0]) / 2, (p1[1] + p2[1]) / 2)
        if i == 0:
            d.append(f"M{_f(mid_a[0])},{_f(mid_a[1])}")
        d.append(f"Q{_f(p1[0])},{_f(p1[1])} {_f(mid_b[0])},{_f(mid_b[1])}")
    return " ".join(d) + "Z"


def art_professional(cv: Canvas) -> list[str]:
    """Clean layered cards and concentric arcs: ordered, calm, confident."""
    rng, c, w, h = cv.rng, cv.c, cv.w, cv.h
    out = [f'<rect width="{w}" height="{h}" fill="{c.ground}"/>']
    # a dot grid over the right half: structure without noise
    for gx in range(int(w * 0.55), w, 28):
        for gy in range(24, h, 28):
            out.append(
                f'<circle cx="{gx}" cy="{gy}" r="1.6" fill="{c.accents[-1]}" opacity="0.35"/>'
            )
    cx, cy = w * rng.uniform(0.80, 0.88), h * rng.uniform(0.45, 0.6)
    for i, r in enumerate((300, 240, 180)):
        colour = c.accents[i % len(c.accents)]
        out.append(
            f'<circle cx="{_f(cx)}" cy="{_f(cy)}" r="{r}" fill="none" stroke="{colour}" '
            f'stroke-width="{2 + i}" opacity="{0.25 + 0.2 * i:.2f}"/>'
        )
    for i in range(3):
        x = w * 0.60 + i * 70 + rng.uniform(-10, 10)
        y = h * 0.22 + i * 95 + rng.uniform(-10, 10)
        colour = c.accents[i % len(c.accents)]
        out.append(
            f'<g transform="rotate({rng.uniform(-6, 6):.1f} {_f(x + 150)} {_f(y + 75)})" '
            f'opacity="{0.94 - i * 0.16:.2f}">'
            f'<rect x="{_f(x)}" y="{_f(y)}" width="300" height="150" rx="18" fill="{colour}"/>'
            f'<rect x="{_f(x + 24)}" y="{_f(y + 28)}" width="{rng.randint(90, 180)}" '
            f'height="12" rx="6" fill="{c.ground}" opacity="0.75"/>'
            f'<rect x="{_f(x + 24)}" y="{_f(y + 52)}" width="{rng.randint(50, 110)}" '
            f'height="8" rx="4" fill="{c.ground}" opacity="0.45"/>'
            "</g>"
        )
    return out


def art_modern(cv: Canvas) -> list[str]:
    """A grid of geometric tiles (circles, quarter circles, squares): Bauhaus, crisp."""
    rng, c, w, h = cv.rng, cv.c, cv.w, cv.h
    out = [f'<rect width="{w}" height="{h}" fill="{c.ground}"/>']
    rows, cols = 5, 4
    size = h // rows
    x0 = w - size * cols
    for row in range(rows):
        for col in range(cols):
            x, y = x0 + col * size, row * size + (h - size * rows) // 2
            colour = c.accents[rng.randrange(len(c.accents))]
            kind = rng.choice(("circle", "quarter", "half", "square", "empty", "ring"))
            if kind == "circle":
                out.append(
                    f'<circle cx="{x + size / 2}" cy="{y + size / 2}" r="{size * 0.42:.1f}" '
                    f'fill="{colour}"/>'
                )
            elif kind == "quarter":
                corner = rng.randrange(4)
                px = x + (size if corner in (1, 2) else 0)
                py = y + (size if corner in (2, 3) else 0)
                sweep = [(x + size, y, px, y + size), (x + size, y + size, x, y)]
                ax, ay, bx, by = sweep[0] if corner % 2 == 0 else sweep[1]
                out.append(
                    f'<path d="M{px},{py} L{ax},{ay} A{size},{size} 0 0 1 {bx},{by} Z" '
                    f'fill="{colour}" opacity="0.9"/>'
                )
            elif kind == "half":
                out.append(
                    f'<path d="M{x},{y + size / 2} A{size / 2},{size / 2} 0 0 1 {x + size},'
                    f'{y + size / 2} Z" fill="{colour}"/>'
                )
            elif kind == "square":
                inset = size * 0.14
                out.append(
                    f'<rect x="{x + inset:.1f}" y="{y + inset:.1f}" width="{size - 2 * inset:.1f}" '
                    f'height="{size - 2 * inset:.1f}" fill="{colour}" opacity="0.85"/>'
                )
            elif kind == "ring":
                out.append(
                    f'<circle cx="{x + size / 2}" cy="{y + size / 2}" r="{size * 0.32:.1f}" '
                    f'fill="none" stroke="{colour}" stroke-width="{size * 0.1:.1f}"/>'
                )
    # a short accent bar over the text column ties the grid to the type
    out.append(f'<rect x="72" y="{round(h * 0.08)}" width="96" height="6" fill="{c.accents[0]}"/>')
    return out


def art_friendly(cv: Canvas) -> list[str]:
    """Soft overlapping blobs and a sprinkle of dots: warm and approachable."""
    rng, c, w, h = cv.rng, cv.c, cv.w, cv.h
    out = [f'<rect width="{w}" height="{h}" fill="{c.ground}"/>']
    spots = [(0.82, 0.35, 230), (0.70, 0.78, 170), (0.95, 0.85, 150), (0.60, 0.15, 90)]
    for i, (fx, fy, r) in enumerate(spots):
        colour = c.accents[i % len(c.accents)]
        out.append(
            f'<path d="{_blob(rng, w * fx, h * fy, r)}" fill="{colour}" '
            f'opacity="{0.85 - i * 0.12:.2f}"/>'
        )
    for _ in range(18):
        x, y = rng.uniform(w * 0.5, w - 20), rng.uniform(20, h - 20)
        colour = c.accents[rng.randrange(len(c.accents))]
        out.append(
            f'<circle cx="{_f(x)}" cy="{_f(y)}" r="{rng.uniform(4, 11):.1f}" fill="{colour}" '
            'opacity="0.7"/>'
        )
    return out


def art_casual(cv: Canvas) -> list[str]:
    """Confetti and squiggles around a big sun: relaxed, playful."""
    rng, c, w, h = cv.rng, cv.c, cv.w, cv.h
    out = [f'<rect width="{w}" height="{h}" fill="{c.ground}"/>']
    out.append(
        f'<circle cx="{_f(w * 0.84)}" cy="{_f(h * 0.5)}" r="{h * 0.36:.0f}" fill="{c.accents[0]}" '
        'opacity="0.9"/>'
    )
    for i in range(3):
        y = h * (0.25 + 0.25 * i) + rng.uniform(-15, 15)
        x = w * 0.6
        d = f"M{_f(x)},{_f(y)}"
        for step in range(8):
            d += f" q 20,{-22 if step % 2 else 22} 40,0"
        colour = c.accents[(i + 1) % len(c.accents)]
        out.append(
            f'<path d="{d}" fill="none" stroke="{colour}" stroke-width="7" '
            'stroke-linecap="round" opacity="0.85"/>'
        )
    for _ in range(26):
        x, y = rng.uniform(w * 0.55, w - 16), rng.uniform(16, h - 16)
        colour = c.accents[rng.randrange(len(c.accents))]
        angle = rng.uniform(0, 180)
        ww, hh = rng.uniform(10, 26), rng.uniform(6, 12)
        out.append(
            f'<rect x="{_f(x)}" y="{_f(y)}" width="{_f(ww)}" height="{_f(hh)}" rx="3" '
            f'fill="{colour}" transform="rotate({angle:.0f} {_f(x)} {_f(y)})"/>'
        )
    return out


def art_creative(cv: Canvas) -> list[str]:
    """Bold diagonal bands and hard-edged triangles: energetic and loud."""
    rng, c, w, h = cv.rng, cv.c, cv.w, cv.h
    out = [f'<rect width="{w}" height="{h}" fill="{c.ground}"/>']
    angle = rng.uniform(-32, -22)
    x = w * 0.48
    for i in range(6):
        band = rng.uniform(40, 110)
        colour = c.accents[i % len(c.accents)]
        out.append(
            f'<rect x="{_f(x)}" y="{-h}" width="{_f(band)}" height="{h * 3}" fill="{colour}" '
            f'opacity="{rng.uniform(0.75, 1):.2f}" '
            f'transform="rotate({angle:.1f} {_f(x)} {h / 2:.0f})"/>'
        )
        x += band + rng.uniform(18, 60)
    for _ in range(4):
        px, py = rng.uniform(w * 0.55, w - 60), rng.uniform(40, h - 60)
        s = rng.uniform(40, 90)
        colour = c.accents[rng.randrange(len(c.accents))]
        out.append(
            f'<path d="M{_f(px)},{_f(py)} l{_f(s)},{_f(s * 0.3)} l{_f(-s * 0.6)},{_f(s * 0.8)} Z" '
            f'fill="{colour}" stroke="{c.ground}" stroke-width="4"/>'
        )
    # a scrim keeps the headline legible where the bands reach the text column
    out.append(f'<rect width="{w * 0.6:.0f}" height="{h}" fill="url(#hero-scrim)"/>')
    return out


def art_authoritative(cv: Canvas) -> list[str]:
    """Rising columns with thin gilded rules: solid, established, upward."""
    rng, c, w, h = cv.rng, cv.c, cv.w, cv.h
    out = [f'<rect width="{w}" height="{h}" fill="{c.ground}"/>']
    base = h - 100  # leaves room under the rule for the sign-off line
    n = 7
    col_w = 46
    gap = 22
    x0 = w - 70 - n * (col_w + gap)
    for i in range(n):
        height = (0.28 + 0.62 * (i + 1) / n) * (base - 60) * rng.uniform(0.9, 1.0)
        colour = c.accents[0] if i == n - 1 else mix(c.accents[-1], c.ground, 0.55 - i * 0.05)
        out.append(
            f'<rect x="{x0 + i * (col_w + gap)}" y="{_f(base - height)}" width="{col_w}" '
            f'height="{_f(height)}" fill="{colour}"/>'
        )
    gold = c.accents[1 % len(c.accents)]
    out.append(f'<rect x="72" y="{base + 18}" width="{w - 144}" height="2" fill="{gold}"/>')
    out.append(f'<rect x="72" y="44" width="{w - 144}" height="1" fill="{gold}" opacity="0.6"/>')
    return out


def art_vintage(cv: Canvas) -> list[str]:
    """A sunburst, a stamped badge and paper grain: printed, warm, a little worn."""
    rng, c, w, h = cv.rng, cv.c, cv.w, cv.h
    out = [f'<rect width="{w}" height="{h}" fill="{c.ground}"/>']
    cx, cy = w * rng.uniform(0.8, 0.86), h * 1.05
    rays = 24
    for i in range(rays):
        if i % 2:
            continue
        a0 = math.pi + math.pi * i / rays
        a1 = math.pi + math.pi * (i + 1) / rays
        r = w
        out.append(
            f'<path d="M{_f(cx)},{_f(cy)} L{_f(cx + r * math.cos(a0))},{_f(cy + r * math.sin(a0))} '
            f'L{_f(cx + r * math.cos(a1))},{_f(cy + r * math.sin(a1))} Z" '
            f'fill="{c.accents[0]}" opacity="0.16"/>'
        )
    bx, by = w * 0.80, h * 0.42
    colour = c.accents[0]
    out.append(f'<circle cx="{_f(bx)}" cy="{_f(by)}" r="150" fill="{colour}"/>')
    out.append(
        f'<circle cx="{_f(bx)}" cy="{_f(by)}" r="132" fill="none" stroke="{c.ground}" '
        'stroke-width="3" stroke-dasharray="2 7"/>'
    )
    out.append(
        f'<circle cx="{_f(bx)}" cy="{_f(by)}" r="112" fill="none" stroke="{c.ground}" '
        'stroke-width="2"/>'
    )
    second = c.accents[1 % len(c.accents)]
    out.append(
        f'<path d="M{_f(bx - 200)},{_f(by - 28)} h400 l-18,28 l18,28 h-400 l18,-28 Z" '
        f'fill="{second}"/>'
    )
    label_ink = c.ink if contrast(c.ink, second) >= contrast(c.ground, second) else c.ground
    size, lines = fit(cv.label.upper(), 300, (22, 19, 16, 14), 1, 0.68)
    out.append(
        f'<text x="{_f(bx)}" y="{_f(by + size * 0.36)}" text-anchor="middle" '
        f'font-family="{cv.font}" font-size="{size}" font-weight="700" letter-spacing="2" '
        f'fill="{label_ink}">{xml_text(lines[0] if lines else "")}</text>'
    )
    for dy in (-70, 70):
        out.append(
            f'<text x="{_f(bx)}" y="{_f(by + dy + 10)}" text-anchor="middle" font-size="30" '
            f'font-family="{cv.font}" fill="{c.ground}">★ ★ ★</text>'
        )
    # halftone dots fading out under the badge
    for row in range(6):
        for col in range(14):
            r = 5.5 - row * 0.8
            if r <= 0.6:
                continue
            x = w * 0.55 + col * 36 + (18 if row % 2 else 0)
            y = h - 30 - row * 26
            out.append(
                f'<circle cx="{_f(x)}" cy="{_f(y)}" r="{r:.1f}" fill="{c.ink}" opacity="0.18"/>'
            )
    out.append(f'<rect width="{w}" height="{h}" filter="url(#hero-grain)" opacity="0.35"/>')
    out.append(
        f'<rect x="14" y="14" width="{w - 28}" height="{h - 28}" fill="none" '
        f'stroke="{c.ink}" stroke-width="2" opacity="0.55"/>'
    )
    return out


TONE_ART: dict[Tone, Art] = {
    Tone.PROFESSIONAL: art_professional,
    Tone.CASUAL: art_casual,
    Tone.FRIENDLY: art_friendly,
    Tone.AUTHORITATIVE: art_authoritative,
    Tone.CREATIVE: art_creative,
    Tone.MODERN: art_modern,
    Tone.VINTAGE: art_vintage,
}


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


def seed_for(brief: CampaignBrief) -> int:
    """A stable seed from the product and tone (never Python's randomised hash())."""
    digest = hashlib.sha256(f"{brief.product}\x00{brief.style.value}".encode()).digest()
    return int.from_bytes(digest[:8], "big")


def render_hero_svg(
    visual: VisualDirection, brief: CampaignBrief, width: int = 1200, height: int = 630
) -> str:
    """The hero image as a self-contained, accessible SVG document (deterministic).

    The headline and subline come from the visual direction, the eyebrow from the product and
    the sign-off from the client and campaign; text is wrapped and shrunk to fit the left
    column, and all of it is XML-escaped.
    """
    style = TONE_STYLES[brief.style]
    colours = pick_colours(visual, style)
    rng = random.Random(seed_for(brief))
    w, h = int(width), int(height)
    x = round(w * 0.06)
    column = w * 0.5  # the text column; the art owns the right side
    k = h / 630  # type scales with the canvas height

    def sizes(*points: int) -> tuple[int, ...]:
        return tuple(max(8, round(p * k)) for p in points)

    headline = visual.hero_headline.strip() or brief.product
    if style.uppercase_headline:
        headline = headline.upper()
    em = 0.62 if style.uppercase_headline else 0.56  # average glyph width, conservative
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
        (a for a in colours.accents if contrast(a, colours.ground) >= 4.5), colours.ink
    )
    muted = mix(colours.ink, colours.ground, 0.22)
    if contrast(muted, colours.ground) < 4.5:
        muted = colours.ink
    heavy = "800" if style.uppercase_headline or not style.dark else "700"

    title = f"{brief.product}: {visual.hero_headline}".strip(": ")
    desc = f"Hero image for {brief.campaign_name} by {brief.client}. {visual.hero_subline}"
    canvas = Canvas(rng, colours, w, h, brief.client, style.headline_font)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="{w}" '
        f'height="{h}" role="img" aria-labelledby="hero-title hero-desc">',
        f'<title id="hero-title">{xml_text(title)}</title>',
        f'<desc id="hero-desc">{xml_text(desc.strip())}</desc>',
        _defs(colours),
        *TONE_ART[brief.style](canvas),
        _text_block(
            e_lines,
            x,
            eyebrow_y,
            e_size,
            1.2,
            fill=eyebrow_fill,
            font=style.body_font,
            weight="700",
            spacing="3",
        ),
        _text_block(
            h_lines,
            x,
            headline_y,
            h_size,
            leading,
            fill=colours.ink,
            font=style.headline_font,
            weight=heavy,
            spacing="0" if style.uppercase_headline else "-1",
        ),
        _text_block(
            s_lines, x, sub_y, s_size, s_leading, fill=muted, font=style.body_font, weight="400"
        ),
        _text_block(
            f_lines,
            x,
            h - 44 * k,
            f_size,
            1.2,
            fill=muted,
            font=style.body_font,
            weight="600",
            spacing="0.5",
        ),
        "</svg>",
    ]
    return "\n".join(parts) + "\n"


__all__ = ["TONE_ART", "TONE_STYLES", "contrast", "luminance", "render_hero_svg", "xml_text"]
