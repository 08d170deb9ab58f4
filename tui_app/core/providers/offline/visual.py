"""visual: mood, palette, type, imagery, the hero's headline (≤60) and subline (≤90), and
do's and don'ts, from the style, the audience and the features.

The palette is chosen in ONE place, `palette_for`, so it can be switched to the shared look
module (`core/look.py`) without touching anything else here.
"""

from __future__ import annotations

from ...content import Swatch, VisualDirection
from ...models import LIMITS, CampaignBrief, Tone
from . import languages
from .creative import tagline_options
from .job import Job
from .text import cap, lower_first
from .wording import label

# Per style: (name, hex, use). Brand colours from the brief replace the first swatches.
_PALETTES: dict[Tone, tuple[tuple[str, str, str], ...]] = {
    Tone.PROFESSIONAL: (
        ("Navy", "#1f3a5f", "Headlines, buttons"),
        ("Slate", "#4a5a6a", "Body text"),
        ("Sky", "#3d8bd9", "Links"),
        ("Mist", "#eef2f6", "Backgrounds"),
        ("Amber", "#f2a541", "CTA"),
    ),
    Tone.CASUAL: (
        ("Tangerine", "#ff7a45", "Headlines"),
        ("Sunny", "#ffd166", "Highlights"),
        ("Mint", "#06d6a0", "Buttons"),
        ("Denim", "#118ab2", "Body text"),
        ("Cream", "#fff8ec", "Background"),
    ),
    Tone.FRIENDLY: (
        ("Coral", "#ff6f61", "Headlines, buttons"),
        ("Butter", "#ffe6a7", "Cards"),
        ("Sage", "#88b04b", "Accents"),
        ("Teal", "#2a9d8f", "Links"),
        ("Linen", "#fdf6ec", "Background"),
    ),
    Tone.AUTHORITATIVE: (
        ("Ink", "#14213d", "Headlines"),
        ("Graphite", "#3c4858", "Body text"),
        ("Gold", "#c9a227", "Key figures"),
        ("Steel", "#8d99ae", "Charts, captions"),
        ("Paper", "#f5f5f2", "Backgrounds"),
    ),
    Tone.CREATIVE: (
        ("Electric violet", "#6c3ce1", "Headlines"),
        ("Hot coral", "#ff5a5f", "Buttons"),
        ("Citrus", "#f9c80e", "Highlights"),
        ("Lagoon", "#00a6a6", "Accents"),
        ("Night", "#1b1b2f", "Text"),
    ),
    Tone.MODERN: (
        ("Carbon", "#111111", "Text"),
        ("Cloud", "#f4f4f5", "Backgrounds"),
        ("Electric blue", "#2563eb", "Buttons, links"),
        ("Signal", "#22d3ee", "Focus states"),
        ("Lime", "#a3e635", "Badges"),
    ),
    Tone.VINTAGE: (
        ("Oxblood", "#7b2d26", "Headlines"),
        ("Mustard", "#d4a017", "Buttons"),
        ("Olive", "#6b7d3a", "Accents"),
        ("Cream", "#f3e9d2", "Background"),
        ("Umber", "#4e342e", "Body text"),
    ),
}


def palette_for(brief: CampaignBrief, style: Tone | None = None) -> list[Swatch]:
    """The campaign's palette: the style's swatches, the brief's brand colours first."""
    base = _PALETTES.get(style or brief.style, _PALETTES[Tone.PROFESSIONAL])
    swatches = [Swatch(name=n, hex=h, use=u) for n, h, u in base]
    for i, color in enumerate(brief.brand_colors[: len(swatches)]):
        swatches[i] = Swatch(name=f"Brand colour {i + 1}", hex=color, use=swatches[i].use)
    return swatches


_MOODS = (
    "{Mood}: {brand} with real {segment}{where}.",
    "{Mood}, with {segment} in every picture.",
)
_IMAGERY = (
    (
        "Real {segment}{detail}, photographed where {brand} fits into their day.",
        "Portraits of {segment}{detail}, natural and unposed, with {brand} in the frame.",
    ),
    (
        "Close-ups that make {l0} clear: show it rather than say it.",
        "Detail shots of {l0}, in use, in a real setting.",
    ),
    (
        "One image for the step “{cta}”: what happens after the click, shown simply.",
        "Details of {l1} in context, never on a plain background.",
    ),
)
_SUBLINES = (
    "{F0}, from {client}.",
    "For {segment}{where}, from {client}.",
    "{F0}. {F1}.",
    "{Brand} for {segment}.",
    "{Maker}.",
    "{Brand}.",
)


def build_visual(job: Job) -> VisualDirection:
    f, v = job.facts, job.voice
    where = f" {f.audience.place}" if f.audience.place else ""
    seg = f.segment
    detail = f" {seg.descriptor}" if seg.descriptor else where
    extra = {
        "Mood": job.pick(v.mood),
        "tone": lower_first(f.brief.tone),
        "where": where,
        "detail": detail,
        "l0": label(f.feature(0)),
        "l1": label(f.feature(1)),
    }
    mood = job.fit(job.shuffled(_MOODS), **extra) or job.pick(v.mood)
    imagery = [job.fit(job.shuffled(options), **extra) or "" for options in _IMAGERY]
    imagery = [i for i in imagery if i] or [f"Real {seg.plural}, photographed naturally."]
    if f.language != "en":
        headline, subline = languages.hero(job)
    else:
        headline = _hero_headline(job)
        subline = _hero_subline(job)
    lab = {"lab": label(f.feature(0))}
    dos = [job.fill(d, **lab) for d in job.specific_first(v.dos)[:2]]
    dos.append(
        job.pick(
            (
                f"Show {label(f.feature(1))} in a real setting.",
                f"Give {label(f.feature(1))} a picture of its own.",
                f"Photograph {label(f.feature(1))} where {seg.plural} would meet it.",
            )
        )
    )
    donts = [job.fill(d, **lab) for d in job.specific_first(v.donts)[:2]]
    donts.append(
        job.pick(
            (
                f"Don't use stock models who look nothing like {seg.plural}.",
                f"Don't cast models in place of real {seg.plural}.",
                f"Don't show {seg.plural} in settings they would not recognise.",
            )
        )
    )
    return VisualDirection(
        mood=mood,
        palette=palette_for(f.brief, f.style),
        typography=job.pick(v.typography),
        imagery=imagery,
        hero_headline=headline,
        hero_subline=subline,
        dos=job.keep(dos),
        donts=job.keep(donts),
    )


def _hero_headline(job: Job) -> str:
    f = job.facts
    limit = job.limit("hero_headline", LIMITS["hero_headline"])
    creative = job.section_of("creative")
    tagline = ""
    if creative.concepts:
        index = creative.recommended if 0 <= creative.recommended < len(creative.concepts) else 0
        tagline = creative.concepts[index].tagline
    escaped = tagline.replace("{", "{{").replace("}", "}}")
    options = [escaped] if tagline else []
    options += tagline_options(job, 0)
    return job.fit(options, limit, heading=True, **job.feature_slots(f.feature(0))) or f.cta


def _hero_subline(job: Job) -> str:
    f = job.facts
    f0, f1 = f.feature(0), f.feature(1)
    extra = {
        "F0": cap(f0.text) if len(f0.text) <= 44 else cap(f0.label),
        "F1": cap(f1.text) if f1 is not f0 and len(f1.text) <= 40 else "\x00",
        "where": f" {f.audience.place}" if f.audience.place else "",
        "Maker": f.maker,
    }
    limit = job.limit("hero_subline", LIMITS["hero_subline"])
    return job.fit(job.shuffled(_SUBLINES[:4]) + list(_SUBLINES[4:]), limit, **extra) or (f.cta)


__all__ = ["build_visual", "palette_for"]
