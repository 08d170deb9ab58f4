"""The campaign website and the hero SVG: structure, audiences, no requests, escaping, look."""

from __future__ import annotations

import itertools
import re
import xml.etree.ElementTree as ET
from dataclasses import replace

import pytest

from tui_app.core.formatting import format_money
from tui_app.core.look import brand_look
from tui_app.core.models import Tone
from tui_app.core.workflow.hero import render_hero_art, render_hero_svg
from tui_app.core.workflow.landing import LANDING_PAGE
from tui_app.core.workflow.website import render_website
from tui_app.samples import samples

from .conftest import make_brief
from .content_factories import make_sections, offline_sections, website_data
from .html_pages import (
    ATTR_BREAK,
    HOSTILE_URL,
    SCRIPT,
    external_requests,
    hostile_brief,
    multilingual_sections,
    parse,
)

SECTION_IDS = (
    "strategy",
    "audience",
    "creative",
    "copy",
    "ctas",
    "landing",
    "social",
    "media-plan",
    "summary",
)
CLIENT_URL = "https://acme.example.com/skates"


@pytest.fixture(scope="module")
def sample_html() -> str:
    brief = make_brief(client_website=CLIENT_URL)
    return render_website(website_data(brief))


def test_page_is_well_formed_html5(sample_html):
    page = parse(sample_html)
    assert sample_html.startswith("<!doctype html>")
    assert not page.errors, page.errors[:5]
    assert not page.stack, f"unclosed: {page.stack}"
    assert page.find("html")[0]["lang"] == "en"
    assert page.find("meta")[0].get("charset") == "utf-8"
    assert any(m.get("name") == "viewport" for m in page.find("meta"))
    assert len(page.find("title")) == 2  # the page's and the hero SVG's


def test_every_section_is_present_and_every_anchor_resolves(sample_html):
    page = parse(sample_html)
    assert [a.get("id") for a in page.find("section")] == list(SECTION_IDS)
    assert len(page.ids) == len(set(page.ids)), "duplicate ids"
    assert not page.broken_anchors()
    nav = [a["href"] for a in page.find("a") if (a.get("href") or "").startswith("#")]
    assert {f"#{s}" for s in SECTION_IDS} <= set(nav)


@pytest.mark.parametrize("name", [*sorted(samples()), "hostile", "no-website"])
def test_no_broken_in_page_anchors_for_any_brief(name):
    brief = {
        **samples(),
        "hostile": hostile_brief(),
        "no-website": make_brief(client_website=""),
    }[name]
    page = parse(render_website(website_data(brief, offline_sections(brief))))
    assert not page.broken_anchors()
    assert not page.errors and not page.stack


def test_landmarks_headings_and_labels(sample_html):
    page = parse(sample_html)
    tags = [t for t, _ in page.tags]
    for landmark in ("header", "nav", "main", "footer"):
        assert landmark in tags, landmark
    assert page.find("a")[0] == {"class": "skip", "href": "#main"}
    assert page.find("main")[0]["id"] == "main"
    assert page.find("nav")[0].get("aria-label")
    levels = [int(t[1]) for t in tags if re.fullmatch(r"h[1-6]", t)]
    assert levels.count(1) == 1 and levels[0] == 1
    for before, after in itertools.pairwise(levels):
        assert after <= before + 1, f"heading jumps from h{before} to h{after}"
    svg = page.find("svg")[0]
    assert svg["role"] == "img" and svg.get("aria-labelledby")
    for section in page.find("section"):
        assert section.get("aria-labelledby")
    assert not page.find("img")  # no bitmap images: nothing to miss an alt on
    # the Nu checker rejects aria-label on elements without a role that takes one
    for tag, attrs in page.tags:
        if tag in ("span", "p", "div", "b", "strong", "code") and "aria-label" in attrs:
            assert attrs.get("role"), (tag, attrs)


def test_no_external_requests(sample_html):
    page = parse(sample_html)
    assert not external_requests(page, sample_html)
    # the one outside URL is a plain link to the client's website; the other page is local
    links = {a["href"] for a in page.find("a") if not (a.get("href") or "#").startswith("#")}
    assert links == {CLIENT_URL, LANDING_PAGE}


def test_the_website_presents_the_campaign_to_the_client(sample_html):
    brief = make_brief(client_website=CLIENT_URL)
    data = website_data(brief)
    page = parse(sample_html)
    text = page.words
    h1 = sample_html.split("<h1>")[1].split("</h1>")[0]
    assert h1 == data.visual.hero_headline
    for feature in brief.key_features:
        assert feature in text
    for persona in data.personas.personas:
        assert persona.name in text
    for concept in data.creative.concepts:
        assert concept.tagline in text
    assert data.social.campaign_hashtag in text
    assert format_money(brief.budget.amount, brief.budget.currency) in text  # the media plan
    for target in data.kpi_plan.targets:
        assert target.target in text
    for step in data.client_summary.next_steps:
        assert step in text
    assert len(page.find("table")) == 1 and page.find("caption")


def test_no_public_call_to_action_beside_internal_figures(sample_html):
    """The customer's button ("Order now") lives on the landing page; here the buttons lead
    through the presentation and to the landing page, never to a purchase."""
    data = website_data(make_brief(client_website=CLIENT_URL))
    cta = data.cta.primary_cta
    page = parse(sample_html)
    hero = sample_html.split('class="hero"')[1].split("</header>")[0]
    assert "Budget" in hero  # the internal figures are in the hero ...
    assert cta not in hero  # ... and the public call to action is not
    buttons = [a for a in page.find("a") if "btn" in (a.get("class") or "")]
    assert buttons and {b["href"] for b in buttons} <= {"#strategy", LANDING_PAGE}
    assert sum(b["href"] == LANDING_PAGE for b in buttons) >= 2
    # the landing page is previewed with its headline and button text
    preview = sample_html.split('id="landing"')[1].split("</section>")[0]
    assert data.visual.hero_headline in preview and cta in preview


def test_team_notes_never_sit_in_public_copy():
    brief = make_brief()
    sections = make_sections(brief)
    note = "Brief requirement: cite the pilot results."
    sections["strategy"].value_propositions.append(note)
    sections["strategy"].market_notes.append(note)
    sections["copy"].headlines.append(note)
    sections["copy"].body_copy += f" {note} More to come."
    sections["copy"].elevator_pitch = f"{note} {sections['copy'].elevator_pitch}"
    html = render_website(website_data(brief, sections))
    assert "Brief requirement" not in html
    assert "More to come." in html  # the rest of the paragraph stays


def test_hostile_brief_is_escaped_everywhere():
    hostile = f"{SCRIPT}{ATTR_BREAK}"
    brief = make_brief(
        product=f"Skates {hostile}",
        client=f"Acme {hostile}",
        campaign_name=f"Launch {hostile}",
        target_audience=f"Runners {hostile}",
        goals=[f"Drive sales {hostile}"],
        key_features=[f"Fast {hostile}", "Light"],
        additional_requirements=hostile,
    )
    for sections in (make_sections(brief), offline_sections(brief)):
        data = website_data(brief, sections)
        html = render_website(data)
        page = parse(html)
        lowered = html.lower()
        assert "<script>alert" not in lowered
        assert "<img src=x" not in lowered
        assert not page.find("script") and not page.find("img")
        for tag, attrs in page.tags:
            assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
        assert not page.errors and not page.stack

        svg = data.hero_svg
        root = ET.fromstring(svg)  # well-formed XML
        names = {el.tag.split("}")[-1] for el in root.iter()}
        assert not names & {"script", "img", "image", "foreignObject", "use"}
        for el in root.iter():
            assert not any(k.lower().startswith("on") for k in el.attrib), el.attrib
        assert "<script" not in svg and "<img" not in svg
        assert "Skates" in "".join(root.itertext())


def test_client_url_is_percent_encoded_in_every_href():
    brief = hostile_brief()
    html = render_website(website_data(brief, offline_sections(brief)))
    page = parse(html)
    hrefs = [a["href"] for a in page.find("a") if (a.get("href") or "").startswith("http")]
    assert hrefs == ["https://acme.example.com/shop?q=%3Cb%3E%22x%22&ref=it's#top%3C1%3E"]
    assert brief.client_website == HOSTILE_URL  # the brief keeps what the user typed


def test_languages_are_marked():
    brief = make_brief(languages=["en", "ar", "ja"])
    html = render_website(website_data(brief, multilingual_sections(brief)))
    page = parse(html)
    assert page.find("html")[0]["lang"] == "en"
    marked = [(a.get("lang"), a.get("dir")) for _, a in page.tags if a.get("lang")]
    assert ("ar", "rtl") in marked and ("ja", None) in marked
    mail = [a for a in page.find("details") if a.get("lang") == "ar"]
    post = [a for a in page.find("article") if a.get("lang") == "ar"]
    assert mail and post
    assert "Arabic" in page.words and "Japanese" in page.words
    # copy in the main language of a brief without English carries that language
    other = make_brief(languages=["de"])
    marks = {a.get("lang") for _, a in parse(render_website(website_data(other))).tags}
    assert "de" in marks


def test_rendering_is_deterministic():
    brief = make_brief()
    first = render_website(website_data(brief))
    second = render_website(website_data(make_brief()))
    assert first == second
    assert first.encode() == second.encode()


def root_block(html: str) -> str:
    return re.search(r":root \{[^}]*\}", html).group(0)


def test_the_page_wears_the_brands_look():
    blocks = {}
    for tone in (Tone.AUTHORITATIVE, Tone.VINTAGE, Tone.FRIENDLY):
        brief = make_brief(tone=tone.value)
        html = render_website(website_data(brief))
        block = root_block(html)
        look = brand_look(brief)
        for name, value in look.css_variables().items():
            assert f"--{name}: {value};" in block
        assert f'class="tone-{tone.value}"' in html
        blocks[tone] = block
    assert len(set(blocks.values())) == 3
    # two brands in one style: two looks
    a = root_block(render_website(website_data(make_brief(product="Alpha Skates"))))
    b = root_block(render_website(website_data(make_brief(product="Omega Boards"))))
    assert a != b


def test_brand_colours_lead_the_page_and_the_swatches():
    brief = make_brief(brand_colors=["#0a7d5a", "#f2b705"])
    html = render_website(website_data(brief))
    assert "--primary: #0a7d5a;" in root_block(html)
    swatches = html.split('class="swatches"')[1].split("</ul>")[0]
    assert "#0a7d5a" in swatches and "#f2b705" in swatches


@pytest.mark.parametrize("sample", sorted(samples()))
def test_offline_campaigns_render(sample):
    brief = samples()[sample]
    html = render_website(website_data(brief, offline_sections(brief)))
    page = parse(html)
    assert not page.errors and not page.stack
    assert [a.get("id") for a in page.find("section")] == list(SECTION_IDS)
    assert brief.product in html.replace("&amp;", "&").replace("&#39;", "'")
    assert "Brief requirement" not in page.words


@pytest.mark.parametrize(
    "payload",
    [
        "<script>alert(1)</script>",
        '<a href="https://x.test/">x</a>',
        '<a xlink:href="javascript:alert(1)">x</a>',
        '<rect onclick="alert(1)"/>',
        '<set attributeName="href" to="https://x.test/"/>',
        '<rect fill="url(https://x.test/p.svg#a)"/>',
        "<foreignObject><div>x</div></foreignObject>",
    ],
)
def test_tampered_hero_is_redrawn(payload):
    brief = make_brief()
    data = website_data(brief)
    evil = data.hero_svg.replace("</svg>", payload + "</svg>")
    html = render_website(replace(data, hero_svg=evil))
    assert payload not in html
    assert "x.test" not in html and "alert(1)" not in html
    assert render_hero_svg(data.visual, brief).strip() in html


def test_control_characters_from_a_provider_never_reach_the_page():
    brief = make_brief()
    sections = make_sections(brief)
    sections["copy"].headlines[0] = "Fast\x0b and \x1b[31mbright\x7f"
    html = render_website(website_data(brief, sections))
    assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", html)
    assert "Fast and [31mbright" in html


# -- hero ----------------------------------------------------------------------------------


@pytest.mark.parametrize("tone", list(Tone))
def test_hero_is_self_contained_accessible_svg(tone):
    brief = make_brief(tone=tone.value)
    visual = make_sections(brief)["visual"]
    svg = render_hero_svg(visual, brief)
    root = ET.fromstring(svg)
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("role") == "img" and root.get("viewBox") == "0 0 1200 630"
    title = root.find("{http://www.w3.org/2000/svg}title")
    assert title is not None and brief.product in title.text
    # no reference leaves the document: only the namespace URI mentions http
    assert svg.count("http") == 1
    assert "href" not in svg and "@import" not in svg and "<style" not in svg
    assert render_hero_svg(visual, brief) == svg  # deterministic


def test_hero_draws_in_the_brands_look():
    brief = make_brief(tone="vintage", brand_colors=["#7a1f3d"])
    svg = render_hero_svg(make_sections(brief)["visual"], brief)
    look = brand_look(brief)
    ground = ET.fromstring(svg).find("{http://www.w3.org/2000/svg}rect")
    assert ground.get("fill") == look.colors.hero_bg
    assert look.colors.hero_text in svg


@pytest.mark.parametrize("tone", list(Tone))
def test_every_composition_draws_valid_svg_for_hostile_text(tone):
    text = "Café & \"quotes\" <b>bold</b> 'it's' 🚀 مرحبا بالعالم שלום"
    for i in range(12):  # enough brands to reach each of the style's compositions
        brief = make_brief(tone=tone.value, product=f"{text} {i}", client=f"{text} Co {i}")
        visual = make_sections(brief)["visual"]
        visual.hero_headline, visual.hero_subline = text[:60], text
        svg = render_hero_svg(visual, brief)
        root = ET.fromstring(svg)
        assert text[:20] in "".join(root.itertext())
        art = ET.fromstring(render_hero_art(brief))  # the landing page's art: valid too
        assert art.get("aria-hidden") == "true"


def test_hero_differs_by_product_and_tone_and_respects_size():
    brief = make_brief()
    visual = make_sections(brief)["visual"]
    base = render_hero_svg(visual, brief)
    assert render_hero_svg(visual, make_brief(product="Other Skates")) != base
    assert render_hero_svg(visual, make_brief(tone="vintage")) != base
    small = ET.fromstring(render_hero_svg(visual, brief, width=600, height=315))
    assert small.get("viewBox") == "0 0 600 315"


def test_hero_wraps_and_shrinks_long_text():
    brief = make_brief(tone="professional")
    visual = make_sections(brief)["visual"]
    visual.hero_headline = "Supercalifragilistic " * 8
    visual.hero_subline = "word " * 40
    root = ET.fromstring(render_hero_svg(visual, brief))
    texts = root.findall("{http://www.w3.org/2000/svg}text")
    headline = max(texts, key=lambda t: float(t.get("font-size")))
    lines = [t.text for t in headline]
    assert 1 < len(lines) <= 3
    size = float(headline.get("font-size"))
    for line in lines:
        # every line fits the text column (half the width) at a conservative glyph width
        assert len(line) * size * 0.56 <= 600 + size, line
    assert lines[-1].endswith("…")


@pytest.mark.parametrize("tone", list(Tone))
def test_a_genuine_hero_is_inlined_as_drawn(tone):
    brief = make_brief(tone=tone.value)
    data = website_data(brief)
    small = render_hero_svg(data.visual, brief, width=600, height=315)
    html = render_website(replace(data, hero_svg=small))
    assert small.strip() in html  # not flagged as tampered, so not redrawn at 1200x630
