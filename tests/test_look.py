"""The look per brand: determinism, variation within a style, brand colours, contrast."""

from __future__ import annotations

import itertools
import re

import pytest

from tui_app.core.look import (
    CHARACTERS,
    TEXT_PAIRS,
    UI_PAIRS,
    Colors,
    brand_look,
    colour_name,
    contrast,
    readable,
    to_hls,
)
from tui_app.core.models import Tone
from tui_app.core.workflow.hero_art import ART

from .conftest import make_brief
from .web_briefs import field_briefs

HEX = re.compile(r"^#[0-9a-f]{6}$")
HOSTILE_COLOURS = [
    ["#ffffff"],
    ["#000000"],
    ["#ffff00"],
    ["#808080"],
    ["#777777"],
    ["#7f7f80", "#808080"],
    ["#ffff00", "#ffffff"],
    ["#000000", "#ffffff"],
    ["#00ff00", "#ff00ff", "#00ffff"],
    ["#767676", "#898989"],
    ["#0000ff"],
    ["#f0f0f0", "#0f0f0f"],
]
BRANDS = [(f"Product {i}", f"Client {i % 5}") for i in range(30)] + [
    ("Ledgerly Close", "Ledgerly Inc."),
    ("Café Ümit", "Ümit & Daughters"),
    ("VaultLine DSPM", "VaultLine Security GmbH"),
    ("スターフォール", "株式会社ピクセル"),
]


def look_for(style: Tone, product: str, client: str, colours: list[str] | None = None):
    return brand_look(
        make_brief(product=product, client=client, tone=style.value, brand_colors=colours or [])
    )


def assert_contrast(colors: Colors, where: str) -> None:
    for fg, grounds in TEXT_PAIRS.items():
        for ground in grounds:
            ratio = contrast(getattr(colors, fg), getattr(colors, ground))
            assert ratio >= 4.5, f"{where}: {fg} on {ground} is {ratio:.2f}:1"
    for fg, grounds in UI_PAIRS.items():
        for ground in grounds:
            ratio = contrast(getattr(colors, fg), getattr(colors, ground))
            assert ratio >= 3.0, f"{where}: {fg} against {ground} is {ratio:.2f}:1"


@pytest.mark.parametrize("style", list(Tone))
def test_every_look_has_readable_text(style):
    for product, client in BRANDS:
        look = look_for(style, product, client)
        assert_contrast(look.colors, f"{style.value} {product}")
        for name, value in look.css_variables().items():
            assert ";" not in value and "}" not in value, name
        for hex_colour in (getattr(look.colors, f) for f in Colors.__dataclass_fields__):
            assert HEX.match(hex_colour), hex_colour


@pytest.mark.parametrize("colours", HOSTILE_COLOURS, ids=lambda c: "+".join(c))
def test_hostile_brand_colours_still_give_readable_text(colours):
    for style, (product, client) in itertools.product(Tone, BRANDS[:8]):
        look = look_for(style, product, client, colours)
        assert_contrast(look.colors, f"{style.value} {product} {colours}")


def test_body_text_aims_higher_than_the_minimum():
    for style in Tone:
        for product, client in BRANDS[:10]:
            c = look_for(style, product, client).colors
            assert min(contrast(c.text, g) for g in (c.bg, c.surface, c.surface_2)) >= 7


def test_the_same_brand_always_looks_the_same():
    a = look_for(Tone.MODERN, "Tracepipe", "Tracepipe Labs")
    b = look_for(Tone.MODERN, "Tracepipe", "Tracepipe Labs")
    assert a == b
    # case and spacing of the names do not make a new brand
    assert look_for(Tone.MODERN, " tracepipe ", "TRACEPIPE  labs") == a
    # it depends on the product and the client, both
    assert look_for(Tone.MODERN, "Tracepipe", "Other Labs") != a
    assert look_for(Tone.MODERN, "Tracepipe Pro", "Tracepipe Labs") != a


def _hue_gap(a: str, b: str) -> float:
    gap = abs(to_hls(a)[0] - to_hls(b)[0]) % 360
    return min(gap, 360 - gap)


def distinct(a, b) -> bool:
    """Two looks a person tells apart at a glance: another hero picture, another hero ground,
    another type pairing, or primary colours at least 20° apart on the colour wheel."""
    return (
        a.composition != b.composition
        or a.hero_dark != b.hero_dark
        or (a.font_body, a.font_display) != (b.font_body, b.font_display)
        or _hue_gap(a.colors.primary, b.colors.primary) >= 20
    )


@pytest.mark.parametrize("style", list(Tone))
def test_brands_in_one_style_look_different(style):
    looks = [look_for(style, p, c) for p, c in BRANDS]
    pairs = list(itertools.combinations(looks, 2))
    share = sum(distinct(a, b) for a, b in pairs) / len(pairs)
    assert share >= 0.85, f"{style.value}: only {share:.0%} of brand pairs look different"
    # every composition the style offers is used by some brand, and only those
    used = {look.composition for look in looks}
    assert used == set(CHARACTERS[style].compositions)
    assert len({look.colors.primary for look in looks}) >= len(looks) * 0.9


def test_every_composition_exists():
    for style, character in CHARACTERS.items():
        assert len(character.compositions) >= 3, style
        for name in character.compositions:
            assert name in ART, name


def test_brand_colours_become_primary_and_accent():
    for style in Tone:
        look = look_for(style, "Tourbillon", "Maison", ["#0b1d2a", "#c8a96a"])
        assert look.colors.primary == "#0b1d2a"
        assert look.colors.accent == "#c8a96a"
        assert look.palette[0].hex == "#0b1d2a"
        # one brand colour: it is the primary; the accent comes from the style
        single = look_for(style, "Tourbillon", "Maison", ["#e4002b"])
        assert single.colors.primary == "#e4002b"
        assert single.colors.accent != "#e4002b"
        # the brand's colours change the colours only, not its type or picture
        plain = look_for(style, "Tourbillon", "Maison")
        assert (single.composition, single.font_display) == (plain.composition, plain.font_display)


def test_a_dark_brand_colour_grounds_a_dark_hero():
    dark_styles = [s for s, c in CHARACTERS.items() if c.grounds == ("dark",)]
    for style in dark_styles:
        look = look_for(style, "Ledger", "Co", ["#2a6f97", "#061a2b"])
        assert look.colors.hero_bg == "#061a2b"


def test_palette_lists_name_hex_and_use():
    for product, client in BRANDS[:10]:
        look = look_for(Tone.PROFESSIONAL, product, client)
        assert 3 <= len(look.palette) <= 5
        names = [entry.name for entry in look.palette]
        assert len(set(names)) == len(names)
        for name, hex_colour, use in look.palette:
            assert name and use and HEX.match(hex_colour)
    assert look.palette[0].hex == look.colors.primary


def test_field_briefs_get_their_style_and_readable_text():
    for name, brief in field_briefs().items():
        look = brand_look(brief)
        assert look.style is brief.style
        assert_contrast(look.colors, name)
    luxury = brand_look(field_briefs()["watch_luxury"])
    assert luxury.colors.primary == "#0b1d2a"


@pytest.mark.parametrize(
    ("colour", "grounds", "ratio"),
    [
        ("#ffff00", ["#ffffff"], 4.5),
        ("#777777", ["#ffffff", "#f4f4f4"], 7),
        ("#222222", ["#000000"], 4.5),
        ("#1d4ed8", ["#0b2545", "#13315c"], 4.5),
    ],
)
def test_readable_finds_a_shade_of_the_same_hue(colour, grounds, ratio):
    result = readable(colour, grounds, ratio)
    assert min(contrast(result, g) for g in grounds) >= ratio
    if to_hls(colour)[2] > 0.1:  # a colourful input keeps its hue
        assert _hue_gap(result, colour) < 12
    assert readable(result, grounds, ratio) == result  # already readable: left alone


def test_readable_falls_back_to_black_or_white_when_no_shade_can():
    # nothing reaches 4.5:1 on both black and white: the better of the two extremes
    assert readable("#808080", ["#000000", "#ffffff"], 4.5) in {"#000000", "#ffffff"}


def test_colour_names_read_plainly():
    assert colour_name("#ffffff") == "White"
    assert colour_name("#0b2545").startswith("Deep")
    assert colour_name("#777777") == "Grey"
    assert colour_name("#e4002b") in {"Red", "Rose"}
