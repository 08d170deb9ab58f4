"""The hero's art: the compositions a look can pick, by name.

Each style offers three compositions (`look.CHARACTERS`); a brand's look picks one and the
brand's seed drives its details (positions, sizes, which accent goes where), so two brands in
one style draw different pictures. Compositions keep the left half calm — the headline is set
there on the hero's ground — and whatever reaches into it sits behind a scrim.

Only shapes, gradients and filters defined in the document: no images, links or styles, so the
SVG can be inlined into the pages as markup.
"""

from __future__ import annotations

from .canvas import Art, Canvas, Colours, fit, xml_text
from .ordered import (
    art_arch,
    art_cards,
    art_columns,
    art_orbits,
    art_rings,
    art_seal,
    art_steps,
    art_stripes,
    art_tiles,
)
from .playful import (
    art_bands,
    art_blobs,
    art_burst,
    art_confetti,
    art_petals,
    art_rainbow,
    art_scatter,
    art_stickers,
    art_waves,
)
from .printed import art_badge, art_frame, art_sunset

ART: dict[str, Art] = {
    # professional
    "cards": art_cards,
    "orbits": art_orbits,
    "steps": art_steps,
    # casual
    "confetti": art_confetti,
    "stickers": art_stickers,
    "waves": art_waves,
    # friendly
    "blobs": art_blobs,
    "petals": art_petals,
    "rainbow": art_rainbow,
    # authoritative
    "columns": art_columns,
    "arch": art_arch,
    "seal": art_seal,
    # creative
    "bands": art_bands,
    "burst": art_burst,
    "scatter": art_scatter,
    # modern
    "tiles": art_tiles,
    "rings": art_rings,
    "stripes": art_stripes,
    # vintage
    "badge": art_badge,
    "sunset": art_sunset,
    "frame": art_frame,
}

__all__ = ["ART", "Art", "Canvas", "Colours", "fit", "xml_text"]
