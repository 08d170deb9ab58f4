"""What the hero's compositions draw with: the canvas, text fitting and small shapes.

Everything here writes SVG markup as strings. Text is XML-escaped, quotes included, so it is
safe in element content and in attribute values alike.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass
from xml.sax.saxutils import escape

from ...look import contrast

# Entities for quotes too, so escaped text is also safe inside attribute values.
_QUOTES = {'"': "&quot;", "'": "&#x27;"}


def xml_text(text: object) -> str:
    """Escape text for SVG/HTML content or attributes: & < > and both quotes."""
    return escape(str(text), _QUOTES)


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


def fit(
    text: str, box_width: float, sizes: tuple[int, ...], max_lines: int, em: float
) -> tuple[int, list[str]]:
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


# -- the canvas --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Colours:
    ground: str  # the background
    ink: str  # headline and body text
    accents: tuple[str, ...]  # shapes, each visible on the ground
    soft: str  # a quiet tint of the ground for large shapes


@dataclass(frozen=True, slots=True)
class Canvas:
    """What a composition draws with: its random source, colours, size and a short label."""

    rng: random.Random
    c: Colours
    w: int
    h: int
    label: str  # the client's name, for compositions that letter it
    font: str


Art = Callable[[Canvas], list[str]]


# -- small shapes --------------------------------------------------------------------------


def num(v: float) -> str:
    return f"{v:.1f}"


def ground(cv: Canvas) -> str:
    return f'<rect width="{cv.w}" height="{cv.h}" fill="{cv.c.ground}"/>'


def accent(cv: Canvas, i: int) -> str:
    return cv.c.accents[i % len(cv.c.accents)]


def label(cv: Canvas, x: float, y: float, width: float, on: str) -> str:
    """The client's name lettered across a shape, in whichever of ink or ground reads on it."""
    ink = cv.c.ink if contrast(cv.c.ink, on) >= contrast(cv.c.ground, on) else cv.c.ground
    size, lines = fit(cv.label.upper(), width, (22, 19, 16, 14), 1, 0.68)
    return (
        f'<text x="{num(x)}" y="{num(y + size * 0.36)}" text-anchor="middle" '
        f'font-family="{cv.font}" font-size="{size}" font-weight="700" letter-spacing="2" '
        f'fill="{ink}">{xml_text(lines[0] if lines else "")}</text>'
    )


def star(cx: float, cy: float, outer: float, inner: float, points: int = 5) -> str:
    pts = []
    for i in range(points * 2):
        r = outer if i % 2 == 0 else inner
        a = math.pi * i / points - math.pi / 2
        pts.append(f"{num(cx + r * math.cos(a))},{num(cy + r * math.sin(a))}")
    return "M" + " L".join(pts) + "Z"


def blob(rng: random.Random, cx: float, cy: float, r: float, points: int = 7) -> str:
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
            d.append(f"M{num(mid_a[0])},{num(mid_a[1])}")
        d.append(f"Q{num(p1[0])},{num(p1[1])} {num(mid_b[0])},{num(mid_b[1])}")
    return " ".join(d) + "Z"


def paper(cv: Canvas) -> list[str]:
    """Grain and a printed border: what makes a vintage picture look printed."""
    w, h, c = cv.w, cv.h, cv.c
    return [
        f'<rect width="{w}" height="{h}" filter="url(#hero-grain)" opacity="0.35"/>',
        f'<rect x="14" y="14" width="{w - 28}" height="{h - 28}" fill="none" '
        f'stroke="{c.ink}" stroke-width="2" opacity="0.55"/>',
    ]
