"""Hero compositions for the loose styles: casual, friendly and creative."""

from __future__ import annotations

import math

from ...look import mix
from .canvas import Canvas, accent, blob, ground, num, star


def art_confetti(cv: Canvas) -> list[str]:
    """Confetti and squiggles around a big sun: relaxed, playful."""
    rng, c, w, h = cv.rng, cv.c, cv.w, cv.h
    out = [f'<rect width="{w}" height="{h}" fill="{c.ground}"/>']
    out.append(
        f'<circle cx="{num(w * 0.84)}" cy="{num(h * 0.5)}" r="{h * 0.36:.0f}" '
        f'fill="{c.accents[0]}" opacity="0.9"/>'
    )
    for i in range(3):
        y = h * (0.25 + 0.25 * i) + rng.uniform(-15, 15)
        x = w * 0.6
        d = f"M{num(x)},{num(y)}"
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
            f'<rect x="{num(x)}" y="{num(y)}" width="{num(ww)}" height="{num(hh)}" rx="3" '
            f'fill="{colour}" transform="rotate({angle:.0f} {num(x)} {num(y)})"/>'
        )
    return out


def art_stickers(cv: Canvas) -> list[str]:
    """Stickers slapped on at angles, with a few stars: casual and handmade."""
    rng, w, h = cv.rng, cv.w, cv.h
    out = [ground(cv)]
    spots = [(0.66, 0.28), (0.87, 0.3), (0.74, 0.66), (0.93, 0.76), (0.58, 0.82)]
    rng.shuffle(spots)
    for i, (fx, fy) in enumerate(spots):
        x, y = w * fx + rng.uniform(-18, 18), h * fy + rng.uniform(-18, 18)
        size = rng.uniform(90, 140)
        colour = accent(cv, i)
        if i % 2 == 0:
            out.append(
                f'<circle cx="{num(x)}" cy="{num(y)}" r="{num(size / 2)}" fill="{colour}" '
                f'stroke="{cv.c.soft}" stroke-width="8"/>'
            )
        else:
            out.append(
                f'<rect x="{num(x - size / 2)}" y="{num(y - size / 3)}" width="{num(size)}" '
                f'height="{num(size * 0.66)}" rx="18" fill="{colour}" stroke="{cv.c.soft}" '
                f'stroke-width="8" '
                f'transform="rotate({rng.uniform(-18, 18):.1f} {num(x)} {num(y)})"/>'
            )
    for i in range(5):
        x, y = rng.uniform(w * 0.55, w - 30), rng.uniform(30, h - 30)
        out.append(f'<path d="{star(x, y, 16, 7)}" fill="{accent(cv, i + 2)}"/>')
    return out


def art_waves(cv: Canvas) -> list[str]:
    """Stacked waves rolling in from the right: loose and easy."""
    rng, w, h = cv.rng, cv.w, cv.h
    out = [ground(cv)]
    x0 = w * rng.uniform(0.5, 0.56)
    for i in range(5):
        y = h * (0.22 + i * 0.16)
        amp, period = rng.uniform(10, 24), rng.uniform(100, 150)
        d, x, k = f"M{num(x0)},{num(y)}", x0, 0
        while x < w:
            d += f" q{num(period / 4)},{num(-amp if k % 2 == 0 else amp)} {num(period / 2)},0"
            x += period / 2
            k += 1
        d += f" L{num(x)},{h} L{num(x0)},{h} Z"
        out.append(f'<path d="{d}" fill="{accent(cv, i)}" opacity="0.92"/>')
    out.append(
        f'<circle cx="{num(w * 0.86)}" cy="{num(h * 0.14)}" r="{num(h * 0.08)}" '
        f'fill="{accent(cv, 1)}"/>'
    )
    return out


def art_blobs(cv: Canvas) -> list[str]:
    """Soft overlapping blobs and a sprinkle of dots: warm and approachable."""
    rng, c, w, h = cv.rng, cv.c, cv.w, cv.h
    out = [f'<rect width="{w}" height="{h}" fill="{c.ground}"/>']
    spots = [(0.82, 0.35, 230), (0.70, 0.78, 170), (0.95, 0.85, 150), (0.60, 0.15, 90)]
    for i, (fx, fy, r) in enumerate(spots):
        colour = c.accents[i % len(c.accents)]
        out.append(
            f'<path d="{blob(rng, w * fx, h * fy, r)}" fill="{colour}" '
            f'opacity="{0.85 - i * 0.12:.2f}"/>'
        )
    for _ in range(18):
        x, y = rng.uniform(w * 0.5, w - 20), rng.uniform(20, h - 20)
        colour = c.accents[rng.randrange(len(c.accents))]
        out.append(
            f'<circle cx="{num(x)}" cy="{num(y)}" r="{rng.uniform(4, 11):.1f}" fill="{colour}" '
            'opacity="0.7"/>'
        )
    return out


def art_petals(cv: Canvas) -> list[str]:
    """A flower of soft petals: open and welcoming."""
    rng, w, h = cv.rng, cv.w, cv.h
    out = [ground(cv)]
    cx, cy = w * rng.uniform(0.74, 0.8), h * rng.uniform(0.45, 0.55)
    n, length = rng.choice((6, 7, 8)), rng.uniform(130, 165)
    for i in range(n):
        angle = 360 * i / n + rng.uniform(-5, 5)
        out.append(
            f'<ellipse cx="{num(cx)}" cy="{num(cy - length / 2)}" rx="{num(length * 0.3)}" '
            f'ry="{num(length / 2)}" fill="{accent(cv, i % 2)}" opacity="0.85" '
            f'transform="rotate({angle:.1f} {num(cx)} {num(cy)})"/>'
        )
    out.append(
        f'<circle cx="{num(cx)}" cy="{num(cy)}" r="{num(length * 0.28)}" fill="{accent(cv, 2)}"/>'
    )
    for _ in range(12):
        a, r = rng.uniform(0, 2 * math.pi), rng.uniform(length * 1.25, length * 1.7)
        out.append(
            f'<circle cx="{num(cx + r * math.cos(a))}" cy="{num(cy + r * math.sin(a))}" '
            f'r="{rng.uniform(4, 9):.1f}" fill="{accent(cv, rng.randrange(3))}" opacity="0.7"/>'
        )
    return out


def art_rainbow(cv: Canvas) -> list[str]:
    """Arches of colour over soft clouds: hopeful."""
    rng, w, h = cv.rng, cv.w, cv.h
    out = [ground(cv)]
    cx, cy = w * rng.uniform(0.75, 0.8), h * 0.9
    band, r0 = 34, rng.uniform(230, 260)
    for i in range(5):
        r = r0 - i * band
        out.append(
            f'<path d="M{num(cx - r)},{num(cy)} A{num(r)},{num(r)} 0 0 1 {num(cx + r)},{num(cy)}" '
            f'fill="none" stroke="{accent(cv, i)}" stroke-width="{band - 6}" '
            'stroke-linecap="round"/>'
        )
    cloud = mix(cv.c.ground, "#ffffff", 0.7)
    for side in (-1, 1):
        bx = cx + side * (r0 - 2 * band)
        for dx, dy, r in ((-34, 8, 30), (0, -6, 40), (38, 10, 28)):
            out.append(f'<circle cx="{num(bx + dx)}" cy="{num(cy + dy)}" r="{r}" fill="{cloud}"/>')
    return out


def art_bands(cv: Canvas) -> list[str]:
    """Bold diagonal bands and hard-edged triangles: energetic and loud."""
    rng, c, w, h = cv.rng, cv.c, cv.w, cv.h
    out = [f'<rect width="{w}" height="{h}" fill="{c.ground}"/>']
    angle = rng.uniform(-32, -22)
    x = w * 0.48
    for i in range(6):
        band = rng.uniform(40, 110)
        colour = c.accents[i % len(c.accents)]
        out.append(
            f'<rect x="{num(x)}" y="{-h}" width="{num(band)}" height="{h * 3}" fill="{colour}" '
            f'opacity="{rng.uniform(0.75, 1):.2f}" '
            f'transform="rotate({angle:.1f} {num(x)} {h / 2:.0f})"/>'
        )
        x += band + rng.uniform(18, 60)
    for _ in range(4):
        px, py = rng.uniform(w * 0.55, w - 60), rng.uniform(40, h - 60)
        s = rng.uniform(40, 90)
        colour = c.accents[rng.randrange(len(c.accents))]
        out.append(
            f'<path d="M{num(px)},{num(py)} l{num(s)},{num(s * 0.3)} '
            f'l{num(-s * 0.6)},{num(s * 0.8)} Z" '
            f'fill="{colour}" stroke="{c.ground}" stroke-width="4"/>'
        )
    # a scrim keeps the headline legible where the bands reach the text column
    out.append(f'<rect width="{w * 0.6:.0f}" height="{h}" fill="url(#hero-scrim)"/>')
    return out


def art_burst(cv: Canvas) -> list[str]:
    """A starburst of hard rays: loud and sudden."""
    rng, w, h = cv.rng, cv.w, cv.h
    out = [ground(cv)]
    cx, cy = w * rng.uniform(0.72, 0.82), h * rng.uniform(0.4, 0.6)
    rays, r = rng.choice((12, 16, 20)), w
    for i in range(0, rays, 2):
        a0, a1 = 2 * math.pi * i / rays, 2 * math.pi * (i + 1) / rays
        out.append(
            f'<path d="M{num(cx)},{num(cy)} '
            f"L{num(cx + r * math.cos(a0))},{num(cy + r * math.sin(a0))} "
            f'L{num(cx + r * math.cos(a1))},{num(cy + r * math.sin(a1))} Z" '
            f'fill="{accent(cv, i // 2)}" opacity="0.9"/>'
        )
    core = rng.uniform(90, 130)
    out.append(f'<circle cx="{num(cx)}" cy="{num(cy)}" r="{num(core)}" fill="{cv.c.ground}"/>')
    out.append(
        f'<circle cx="{num(cx)}" cy="{num(cy)}" r="{num(core * 0.68)}" fill="{accent(cv, 0)}"/>'
    )
    # a scrim keeps the headline legible where the rays reach the text column
    out.append(f'<rect width="{w * 0.6:.0f}" height="{h}" fill="url(#hero-scrim)"/>')
    return out


def art_scatter(cv: Canvas) -> list[str]:
    """Circles, triangles, zigzags and dots thrown together: a Memphis-style riot."""
    rng, c, w, h = cv.rng, cv.c, cv.w, cv.h
    out = [ground(cv)]
    out.append(
        f'<circle cx="{num(w * rng.uniform(0.76, 0.84))}" cy="{num(h * rng.uniform(0.35, 0.5))}" '
        f'r="{num(h * 0.27)}" fill="{accent(cv, 0)}"/>'
    )
    for row in range(5):
        for col in range(6):
            out.append(
                f'<circle cx="{num(w * 0.58 + col * 22)}" cy="{num(h * 0.62 + row * 22)}" '
                f'r="3.5" fill="{c.ink}" opacity="0.5"/>'
            )
    px, py, s = w * rng.uniform(0.6, 0.68), h * rng.uniform(0.12, 0.22), rng.uniform(90, 120)
    out.append(
        f'<path d="M{num(px)},{num(py + s)} l{num(s / 2)},{num(-s)} l{num(s / 2)},{num(s)} Z" '
        f'fill="{accent(cv, 1)}"/>'
    )
    y, x = h * rng.uniform(0.78, 0.86), w * 0.7
    zig = f"M{num(x)},{num(y)}" + "".join(f" l24,{-24 if k % 2 == 0 else 24}" for k in range(10))
    out.append(
        f'<path d="{zig}" fill="none" stroke="{accent(cv, 2)}" stroke-width="9" '
        'stroke-linejoin="round" stroke-linecap="round"/>'
    )
    hx, hy = w * rng.uniform(0.88, 0.93), h * rng.uniform(0.66, 0.74)
    out.append(
        f'<path d="M{num(hx - 60)},{num(hy)} A60,60 0 0 1 {num(hx + 60)},{num(hy)} Z" '
        f'fill="{accent(cv, 3)}"/>'
    )
    return out
