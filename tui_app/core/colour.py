"""Colour arithmetic for the look: WCAG luminance and contrast, mixing, HLS shades, and
`readable`, which finds the nearest shade of a colour that reaches a contrast ratio.

Colours are `#rrggbb` strings throughout (lower case where computed here).
"""

from __future__ import annotations

import colorsys
from collections.abc import Sequence
from functools import lru_cache


def _rgb(hex_colour: str) -> tuple[float, float, float]:
    return tuple(int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5))  # type: ignore[return-value]


def _hex(r: float, g: float, b: float) -> str:
    return "#" + "".join(f"{round(min(1.0, max(0.0, c)) * 255):02x}" for c in (r, g, b))


@lru_cache(maxsize=8192)
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
    return _hex(*(x + (y - x) * t for x, y in zip(ra, rb, strict=True)))


def hls(hue: float, lightness: float, saturation: float) -> str:
    """#rrggbb from a hue in degrees, lightness and saturation in 0..1."""
    return _hex(*colorsys.hls_to_rgb((hue % 360) / 360, lightness, saturation))


def to_hls(hex_colour: str) -> tuple[float, float, float]:
    """(hue in degrees, lightness, saturation) of a #rrggbb colour."""
    h, lightness, s = colorsys.rgb_to_hls(*_rgb(hex_colour))
    return h * 360, lightness, s


def readable(colour: str, grounds: Sequence[str], ratio: float) -> str:
    """`colour`, made darker or lighter (same hue and saturation) until it reaches `ratio`
    against every one of `grounds`; black or white if no shade of it can.

    In HLS a colour's channels grow with its lightness, so contrast against a ground changes
    monotonically along the way to black or white: a bisection finds the nearest shade.
    """

    def worst(c: str) -> float:
        return min(contrast(c, g) for g in grounds)

    if worst(colour) >= ratio:
        return colour
    hue, light, sat = to_hls(colour)
    mean = sum(luminance(g) for g in grounds) / len(grounds)
    # on light grounds try darker first; on dark grounds lighter
    for end in (0.0, 1.0) if mean > 0.18 else (1.0, 0.0):
        if worst(hls(hue, end, sat)) < ratio:
            continue
        fail, ok = light, end
        for _ in range(18):
            mid = (fail + ok) / 2
            if worst(hls(hue, mid, sat)) >= ratio:
                ok = mid
            else:
                fail = mid
        return hls(hue, ok, sat)
    return max(("#000000", "#ffffff"), key=worst)


def best_ink(ground: str, *candidates: str, ratio: float = 4.6) -> str:
    """The first candidate that reaches `ratio` on `ground`; else whichever of the candidates,
    black and white reads best there."""
    options = [*candidates, "#ffffff", "#000000"]
    good = [c for c in candidates if contrast(c, ground) >= ratio]
    return good[0] if good else max(options, key=lambda c: contrast(c, ground))


# -- names for swatches ----------------------------------------------------------------------

_HUE_NAMES = (
    (12, "red"), (28, "vermilion"), (42, "orange"), (55, "amber"), (68, "gold"),
    (85, "olive"), (140, "green"), (165, "jade"), (185, "teal"), (200, "cyan"),
    (222, "azure"), (245, "blue"), (265, "indigo"), (285, "violet"), (310, "purple"),
    (330, "magenta"), (350, "rose"), (361, "red"),
)  # fmt: skip


def colour_name(hex_colour: str) -> str:
    """A plain name for a colour ("Deep azure", "Pale amber", "Charcoal")."""
    hue, light, sat = to_hls(hex_colour)
    if sat < 0.12 or light < 0.06 or light > 0.97:
        if light < 0.12:
            return "Ink black"
        if light > 0.93:
            return "Off-white" if light < 0.99 else "White"
        return "Charcoal" if light < 0.4 else ("Grey" if light < 0.7 else "Silver")
    name = next(n for limit, n in _HUE_NAMES if hue < limit)
    if light < 0.3:
        return f"Deep {name}"
    if light > 0.8:
        return f"Pale {name}"
    return name.capitalize()
