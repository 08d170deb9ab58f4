"""Hero compositions for the ordered styles: professional, authoritative and modern."""

from __future__ import annotations

import itertools
import math

from ...look import mix
from .canvas import Canvas, accent, ground, label, num


def art_cards(cv: Canvas) -> list[str]:
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
            f'<circle cx="{num(cx)}" cy="{num(cy)}" r="{r}" fill="none" stroke="{colour}" '
            f'stroke-width="{2 + i}" opacity="{0.25 + 0.2 * i:.2f}"/>'
        )
    for i in range(3):
        x = w * 0.60 + i * 70 + rng.uniform(-10, 10)
        y = h * 0.22 + i * 95 + rng.uniform(-10, 10)
        colour = c.accents[i % len(c.accents)]
        out.append(
            f'<g transform="rotate({rng.uniform(-6, 6):.1f} {num(x + 150)} {num(y + 75)})" '
            f'opacity="{0.94 - i * 0.16:.2f}">'
            f'<rect x="{num(x)}" y="{num(y)}" width="300" height="150" rx="18" fill="{colour}"/>'
            f'<rect x="{num(x + 24)}" y="{num(y + 28)}" width="{rng.randint(90, 180)}" '
            f'height="12" rx="6" fill="{c.ground}" opacity="0.75"/>'
            f'<rect x="{num(x + 24)}" y="{num(y + 52)}" width="{rng.randint(50, 110)}" '
            f'height="8" rx="4" fill="{c.ground}" opacity="0.45"/>'
            "</g>"
        )
    return out


def art_orbits(cv: Canvas) -> list[str]:
    """Concentric orbits with connected nodes: a network, calm and ordered."""
    rng, w, h = cv.rng, cv.w, cv.h
    out = [ground(cv)]
    cx, cy = w * rng.uniform(0.76, 0.82), h * rng.uniform(0.42, 0.58)
    radii = (80, 150, 220, 290)
    for i, r in enumerate(radii):
        out.append(
            f'<circle cx="{num(cx)}" cy="{num(cy)}" r="{r}" fill="none" stroke="{accent(cv, i)}" '
            f'stroke-width="1.5" opacity="0.55"/>'
        )
    nodes = [(cx, cy, 0)]
    for i, r in enumerate(radii):
        for _ in range(1 + (i > 0)):
            a = rng.uniform(0, 2 * math.pi)
            nodes.append((cx + r * math.cos(a), cy + r * math.sin(a), i))
    for (x1, y1, _), (x2, y2, _) in itertools.pairwise(nodes):
        out.append(
            f'<line x1="{num(x1)}" y1="{num(y1)}" x2="{num(x2)}" y2="{num(y2)}" '
            f'stroke="{accent(cv, 1)}" stroke-width="2" opacity="0.4"/>'
        )
    for x, y, i in nodes[1:]:
        out.append(
            f'<circle cx="{num(x)}" cy="{num(y)}" r="{rng.uniform(8, 16):.1f}" '
            f'fill="{accent(cv, i)}"/>'
        )
    out.append(f'<circle cx="{num(cx)}" cy="{num(cy)}" r="40" fill="{accent(cv, 0)}"/>')
    return out


def art_steps(cv: Canvas) -> list[str]:
    """Rounded bars that lengthen step by step: progress, measured."""
    rng, w, h = cv.rng, cv.w, cv.h
    out = [ground(cv)]
    n = rng.choice((5, 6, 7))
    top, gap = h * 0.14, h * 0.72 / n
    right = w - 64
    for i in range(n):
        length = w * 0.4 * (0.3 + 0.7 * (i + 1) / n) * rng.uniform(0.88, 1.0)
        y, bar = top + i * gap, gap * 0.6
        out.append(
            f'<rect x="{num(right - length)}" y="{num(y)}" width="{num(length)}" '
            f'height="{num(bar)}" rx="{num(bar / 2)}" fill="{accent(cv, i % 3)}" '
            f'opacity="{0.7 + 0.3 * i / n:.2f}"/>'
        )
        out.append(
            f'<circle cx="{num(right - length + bar / 2)}" cy="{num(y + bar / 2)}" '
            f'r="{num(bar * 0.22)}" fill="{cv.c.ground}"/>'
        )
    return out


def art_columns(cv: Canvas) -> list[str]:
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
            f'<rect x="{x0 + i * (col_w + gap)}" y="{num(base - height)}" width="{col_w}" '
            f'height="{num(height)}" fill="{colour}"/>'
        )
    gold = c.accents[1 % len(c.accents)]
    out.append(f'<rect x="72" y="{base + 18}" width="{w - 144}" height="2" fill="{gold}"/>')
    out.append(f'<rect x="72" y="44" width="{w - 144}" height="1" fill="{gold}" opacity="0.6"/>')
    return out


def art_arch(cv: Canvas) -> list[str]:
    """Nested classical arches on a plinth, with gilded rules: enduring."""
    rng, c, w, h = cv.rng, cv.c, cv.w, cv.h
    out = [ground(cv)]
    cx, base = w * rng.uniform(0.74, 0.8), h - 96
    gold = accent(cv, 1)
    for i, (half, top) in enumerate(((190, h * 0.1), (148, h * 0.2), (106, h * 0.3))):
        d = (
            f"M{num(cx - half)},{base} V{num(top + half)} "
            f"A{half},{half} 0 0 1 {num(cx + half)},{num(top + half)} V{base} Z"
        )
        fill = mix(c.accents[-1], c.ground, 0.6) if i == 0 else "none"
        stroke = gold if i else "none"
        out.append(f'<path d="{d}" fill="{fill}" stroke="{stroke}" stroke-width="3"/>')
    out.append(
        f'<path d="M{num(cx - 16)},{num(h * 0.3 - 4)} h32 l-6,34 h-20 Z" fill="{accent(cv, 0)}"/>'
    )
    out.append(f'<rect x="{num(cx - 230)}" y="{base}" width="460" height="14" fill="{gold}"/>')
    out.append(f'<rect x="72" y="{base + 28}" width="{w - 144}" height="2" fill="{gold}"/>')
    out.append(f'<rect x="72" y="44" width="{w - 144}" height="1" fill="{gold}" opacity="0.6"/>')
    return out


def art_seal(cv: Canvas) -> list[str]:
    """A certificate seal with a ticked rim and the client's name: trusted, official."""
    rng, w, h = cv.rng, cv.w, cv.h
    out = [ground(cv)]
    cx, cy, big = w * rng.uniform(0.76, 0.8), h * rng.uniform(0.45, 0.52), rng.uniform(175, 200)
    gold, body = accent(cv, 1), accent(cv, 0)
    ticks = rng.choice((48, 60, 72))
    for i in range(ticks):
        a = 2 * math.pi * i / ticks
        x1, y1 = cx + big * 0.86 * math.cos(a), cy + big * 0.86 * math.sin(a)
        x2, y2 = cx + big * math.cos(a), cy + big * math.sin(a)
        out.append(
            f'<line x1="{num(x1)}" y1="{num(y1)}" x2="{num(x2)}" y2="{num(y2)}" stroke="{gold}" '
            'stroke-width="3"/>'
        )
    out.append(
        f'<circle cx="{num(cx)}" cy="{num(cy)}" r="{num(big * 0.8)}" fill="none" '
        f'stroke="{gold}" stroke-width="2"/>'
    )
    out.append(f'<circle cx="{num(cx)}" cy="{num(cy)}" r="{num(big * 0.7)}" fill="{body}"/>')
    out.append(label(cv, cx, cy, big * 1.15, body))
    out.append(f'<rect x="72" y="{h - 80}" width="{w - 144}" height="2" fill="{gold}"/>')
    return out


def art_tiles(cv: Canvas) -> list[str]:
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


def art_rings(cv: Canvas) -> list[str]:
    """Overlapping rings on a diagonal, one of them solid: precise and airy."""
    rng, w, h = cv.rng, cv.w, cv.h
    out = [ground(cv)]
    r = h * rng.uniform(0.2, 0.24)
    solid = rng.randrange(4)
    for i in range(4):
        cx, cy = w * 0.6 + i * r * 0.95, h * 0.28 + i * h * 0.15
        if i == solid:
            out.append(
                f'<circle cx="{num(cx)}" cy="{num(cy)}" r="{num(r)}" fill="{accent(cv, 0)}" '
                'opacity="0.9"/>'
            )
        else:
            out.append(
                f'<circle cx="{num(cx)}" cy="{num(cy)}" r="{num(r)}" fill="none" '
                f'stroke="{accent(cv, i)}" stroke-width="3"/>'
            )
    out.append(
        f'<rect x="{num(w * 0.55)}" y="{num(h * 0.5)}" width="{num(w * 0.45)}" height="2" '
        f'fill="{accent(cv, 1)}"/>'
    )
    out.append(f'<rect x="72" y="{round(h * 0.08)}" width="96" height="6" fill="{accent(cv, 0)}"/>')
    return out


def art_stripes(cv: Canvas) -> list[str]:
    """A disc built from horizontal bars: sleek, graphic."""
    rng, w, h = cv.rng, cv.w, cv.h
    out = [ground(cv)]
    cx, cy, big = w * rng.uniform(0.74, 0.8), h * 0.5, h * rng.uniform(0.36, 0.42)
    n = rng.choice((9, 11, 13))
    bar = 2 * big / n
    for i in range(n):
        y = cy - big + i * bar
        mid = y + bar / 2 - cy
        half = math.sqrt(max(0.0, big * big - mid * mid))
        out.append(
            f'<rect x="{num(cx - half)}" y="{num(y + bar * 0.18)}" width="{num(2 * half)}" '
            f'height="{num(bar * 0.64)}" rx="{num(bar * 0.32)}" fill="{accent(cv, i % 2)}"/>'
        )
    out.append(f'<rect x="72" y="{round(h * 0.08)}" width="96" height="6" fill="{accent(cv, 2)}"/>')
    return out
