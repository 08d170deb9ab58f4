"""The campaign website and the hero SVG: structure, no external requests, escaping."""

from __future__ import annotations

import itertools
import re
import xml.etree.ElementTree as ET
from dataclasses import replace
from html.parser import HTMLParser

import pytest

from tui_app.core.models import Tone
from tui_app.core.workflow.hero import contrast, render_hero_svg
from tui_app.core.workflow.website import TONE_THEMES, render_website
from tui_app.samples import samples

from .conftest import make_brief
from .content_factories import make_sections, offline_sections, website_data

SECTION_IDS = (
    "strategy",
    "audience",
    "creative",
    "copy",
    "ctas",
    "social",
    "media-plan",
    "summary",
)
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}  # fmt: skip
# Tags that make the browser fetch what an attribute points at.
RESOURCE_TAGS = {"link", "script", "img", "source", "iframe", "use", "image", "audio", "video",
                 "embed", "object", "track", "input", "feimage"}  # fmt: skip
RESOURCE_ATTRS = {"src", "href", "xlink:href", "srcset", "data", "poster", "action", "background"}

SCRIPT = "<script>alert(1)</script>"
ATTR_BREAK = '"><img src=x onerror=alert(1)>'


class Page(HTMLParser):
    """Collects tags, attributes, text and checks that elements nest and close properly."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.styles: list[str] = []
        self.text: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "style":
            self._in_style = True
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):  # <rect/> in inline SVG
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if tag == "style":
            self._in_style = False
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes <{self.stack[-1] if self.stack else None}>")
            return
        self.stack.pop()

    def handle_data(self, data):
        (self.styles if self._in_style else self.text).append(data)

    def find(self, tag: str) -> list[dict[str, str | None]]:
        return [attrs for t, attrs in self.tags if t == tag]


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    page.close()
    return page


@pytest.fixture(scope="module")
def sample_html() -> str:
    brief = make_brief(client_website="https://acme.example.com/skates")
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


def test_every_section_is_present(sample_html):
    page = parse(sample_html)
    section_ids = [a.get("id") for a in page.find("section")]
    assert section_ids == list(SECTION_IDS)
    ids = [a["id"] for _, a in page.tags if a.get("id")]
    assert len(ids) == len(set(ids)), "duplicate ids"
    # every in-page link points at an element that exists
    for a in page.find("a"):
        href = a.get("href") or ""
        if href.startswith("#"):
            assert href[1:] in ids, href


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


def test_no_external_requests(sample_html):
    page = parse(sample_html)
    assert not page.find("script")
    assert "<script" not in sample_html.lower()
    for tag, attrs in page.tags:
        if tag in RESOURCE_TAGS:
            for name, value in attrs.items():
                if name in RESOURCE_ATTRS and value:
                    assert not re.match(r"\s*(https?:)?//", value, re.I), (tag, name, value)
    css = "\n".join(page.styles) + "\n".join(attrs.get("style") or "" for _, attrs in page.tags)
    assert "@import" not in css
    for url in re.findall(r"url\(([^)]*)\)", sample_html):
        assert url.strip("'\" ").startswith("#"), url  # only in-document references
    assert "@font-face" not in css
    # the one URL on the page is a plain link to the client's website
    links = [a["href"] for a in page.find("a") if (a.get("href") or "").startswith("http")]
    assert links and set(links) == {"https://acme.example.com/skates"}


def test_page_reads_like_a_landing_page(sample_html):
    brief = make_brief(client_website="https://acme.example.com/skates")
    data = website_data(brief)
    page = parse(sample_html)
    text = " ".join(" ".join(page.text).split())
    assert page.find("h1")
    h1 = sample_html.split("<h1>")[1].split("</h1>")[0]
    assert h1 == data.visual.hero_headline
    buttons = [a for a in page.find("a") if "btn-primary" in (a.get("class") or "")]
    assert buttons and buttons[0]["href"] == "https://acme.example.com/skates"
    for feature in brief.key_features:
        assert feature in text
    for persona in data.personas.personas:
        assert persona.name in text
    for concept in data.creative.concepts:
        assert concept.tagline in text
    assert data.social.campaign_hashtag in text
    assert "10,000 USD" in text  # the budget, in the media plan
    for target in data.kpi_plan.targets:
        assert target.target in text
    for step in data.client_summary.next_steps:
        assert step in text
    assert len(page.find("table")) == 1 and page.find("caption")


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


def test_rendering_is_deterministic():
    brief = make_brief()
    first = render_website(website_data(brief))
    second = render_website(website_data(make_brief()))
    assert first == second
    assert first.encode() == second.encode()


def root_block(html: str) -> str:
    return re.search(r":root \{[^}]*\}", html).group(0)


def test_tone_changes_the_theme():
    blocks = {}
    for tone in (Tone.AUTHORITATIVE, Tone.VINTAGE, Tone.FRIENDLY):
        brief = make_brief(tone=tone.value)
        html = render_website(website_data(brief))
        block = root_block(html)
        assert f"--hero-bg: {TONE_THEMES[tone]['hero-bg']};" in block
        assert f'class="tone-{tone.value}"' in html
        blocks[tone] = block
    assert len(set(blocks.values())) == 3


def test_palette_tints_the_theme():
    brief = make_brief(tone="modern")
    data = website_data(brief)
    data.visual.palette[1].hex = "#12a4d9"
    data.visual.palette[2].hex = "#7a7a7a"
    data.visual.palette[3].hex = "#eeeeee"
    assert "--tint: #12a4d9;" in root_block(render_website(data))


@pytest.mark.parametrize("tone", list(Tone))
def test_theme_text_has_aa_contrast(tone):
    theme = TONE_THEMES[tone]
    assert set(theme) >= {"bg", "surface", "text", "muted", "primary", "primary-ink", "hero-bg"}
    pairs = [
        ("text", "bg"),
        ("text", "surface"),
        ("text", "surface-2"),
        ("muted", "bg"),
        ("muted", "surface"),
        ("muted", "surface-2"),
        ("primary-ink", "primary"),
        ("primary", "surface"),
        ("hero-text", "hero-bg"),
        ("hero-muted", "hero-bg"),
        ("hero-btn-ink", "hero-btn"),
    ]
    for fg, bg in pairs:
        ratio = contrast(theme[fg], theme[bg])
        assert ratio >= 4.5, f"{tone}: {fg} on {bg} is {ratio:.2f}:1"


@pytest.mark.parametrize("sample", sorted(samples()))
def test_offline_campaigns_render(sample):
    brief = samples()[sample]
    html = render_website(website_data(brief, offline_sections(brief)))
    page = parse(html)
    assert not page.errors and not page.stack
    assert [a.get("id") for a in page.find("section")] == list(SECTION_IDS)
    assert brief.product in html.replace("&amp;", "&").replace("&#39;", "'")


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


def test_hero_survives_a_bad_palette():
    brief = make_brief(tone="creative")
    visual = make_sections(brief)["visual"]
    visual.palette = []
    root = ET.fromstring(render_hero_svg(visual, brief))
    assert root.get("role") == "img"


@pytest.mark.parametrize("tone", list(Tone))
def test_a_genuine_hero_is_inlined_as_drawn(tone):
    brief = make_brief(tone=tone.value)
    data = website_data(brief)
    small = render_hero_svg(data.visual, brief, width=600, height=315)
    html = render_website(replace(data, hero_svg=small))
    assert small.strip() in html  # not flagged as tampered, so not redrawn at 1200x630
