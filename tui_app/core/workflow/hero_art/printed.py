"""Hero compositions for the vintage style: printed, lettered, a little worn."""

from __future__ import annotations

import math

from .canvas import Canvas, accent, ground, label, num, paper


def art_badge(cv: Canvas) -> list[str]:
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
            f'<path d="M{num(cx)},{num(cy)} '
            f"L{num(cx + r * math.cos(a0))},{num(cy + r * math.sin(a0))} "
            f'L{num(cx + r * math.cos(a1))},{num(cy + r * math.sin(a1))} Z" '
            f'fill="{c.accents[0]}" opacity="0.16"/>'
        )
    bx, by = w * 0.80, h * 0.42
    colour = c.accents[0]
    out.append(f'<circle cx="{num(bx)}" cy="{num(by)}" r="150" fill="{colour}"/>')
    out.append(
        f'<circle cx="{num(bx)}" cy="{num(by)}" r="132" fill="none" stroke="{c.ground}" '
        'stroke-width="3" stroke-dasharray="2 7"/>'
    )
    out.append(
        f'<circle cx="{num(bx)}" cy="{num(by)}" r="112" fill="none" stroke="{c.ground}" '
        'stroke-width="2"/>'
    )
    second = c.accents[1 % len(c.accents)]
    out.append(
        f'<path d="M{num(bx - 200)},{num(by - 28)} h400 l-18,28 l18,28 h-400 l18,-28 Z" '
        f'fill="{second}"/>'
    )
    out.append(label(cv, bx, by, 300, second))
    for dy in (-70, 70):
        out.append(
            f'<text x="{num(bx)}" y="{num(by + dy + 10)}" text-anchor="middle" font-size="30" '
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
                f'<circle cx="{num(x)}" cy="{num(y)}" r="{r:.1f}" fill="{c.ink}" opacity="0.18"/>'
            )
    return out + paper(cv)


def art_sunset(cv: Canvas) -> list[str]:
    """Seventies stripes sweeping up from the corner under a low sun: warm, retro."""
    rng, w, h = cv.rng, cv.w, cv.h
    out = [ground(cv)]
    out.append(
        f'<circle cx="{num(w * rng.uniform(0.7, 0.76))}" cy="{num(h * rng.uniform(0.3, 0.38))}" '
        f'r="{num(h * 0.12)}" fill="{accent(cv, 1)}"/>'
    )
    cx, cy = w + rng.uniform(-30, 20), h + rng.uniform(-10, 30)
    for i in range(4):
        out.append(
            f'<circle cx="{num(cx)}" cy="{num(cy)}" r="{num(500 - i * 48)}" fill="none" '
            f'stroke="{accent(cv, i)}" stroke-width="40"/>'
        )
    return out + paper(cv)


def art_frame(cv: Canvas) -> list[str]:
    """An ornamental lozenge in a double frame, lettered with the client's name: a label."""
    rng, c, w, h = cv.rng, cv.c, cv.w, cv.h
    out = [ground(cv)]
    bx, by, s = w * rng.uniform(0.76, 0.8), h * 0.5, rng.uniform(165, 185)
    out.append(
        f'<path d="M{num(bx)},{num(by - s)} l{num(s)},{num(s)} l{num(-s)},{num(s)} '
        f'l{num(-s)},{num(-s)} Z" fill="{accent(cv, 0)}"/>'
    )
    inner = s * 0.84
    out.append(
        f'<path d="M{num(bx)},{num(by - inner)} l{num(inner)},{num(inner)} '
        f'l{num(-inner)},{num(inner)} l{num(-inner)},{num(-inner)} Z" fill="none" '
        f'stroke="{c.ground}" stroke-width="2" stroke-dasharray="3 6"/>'
    )
    band = accent(cv, 1)
    out.append(
        f'<rect x="{num(bx - s * 0.95)}" y="{num(by - 26)}" width="{num(s * 1.9)}" height="52" '
        f'fill="{band}"/>'
    )
    out.append(label(cv, bx, by, s * 1.7, band))
    m = 40
    out.append(
        f'<rect x="{m}" y="{m}" width="{w - 2 * m}" height="{h - 2 * m}" fill="none" '
        f'stroke="{c.ink}" stroke-width="1" opacity="0.5"/>'
    )
    for x, y in ((m, m), (w - m, m), (m, h - m), (w - m, h - m)):
        out.append(f'<path d="M{x},{y - 9} l9,9 l-9,9 l-9,-9 Z" fill="{accent(cv, 2)}"/>')
    return out + paper(cv)
