"""Helpers for the page tests: an HTML parser that checks nesting, hostile and multilingual
briefs, and the set of pages the W3C and axe-core checks run over."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from tui_app.core.content import Email, LocalizedCopy, SocialPost
from tui_app.core.models import CampaignBrief, Tone
from tui_app.core.workflow.landing import LANDING_PAGE, render_landing
from tui_app.core.workflow.nodes import website_filename
from tui_app.core.workflow.website import render_website
from tui_app.samples import samples

from .conftest import make_brief
from .content_factories import make_sections, offline_sections, website_data
from .web_briefs import field_briefs

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}  # fmt: skip
# Tags that make the browser fetch what an attribute points at.
RESOURCE_TAGS = {"link", "script", "img", "source", "iframe", "use", "image", "audio", "video",
                 "embed", "object", "track", "input", "feimage"}  # fmt: skip
RESOURCE_ATTRS = {"src", "href", "xlink:href", "srcset", "data", "poster", "action", "background"}

SCRIPT = "<script>alert(1)</script>"
ATTR_BREAK = '"><img src=x onerror=alert(1)>'
HOSTILE_URL = 'https://acme.example.com/shop?q=<b>"x"&ref=it\'s#top<1>'


class Page(HTMLParser):
    """Collects tags, attributes and text, and checks that elements nest and close properly."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.styles: list[str] = []
        self.text: list[str] = []
        self.links: list[tuple[dict[str, str | None], str]] = []  # (attributes, text) per <a>
        self._in_style = False
        self._open_links: list[tuple[dict[str, str | None], list[str]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "style":
            self._in_style = True
        if tag == "a":
            self._open_links.append((dict(attrs), []))
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):  # <rect/> in inline SVG
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if tag == "style":
            self._in_style = False
        if tag == "a" and self._open_links:
            attrs, parts = self._open_links.pop()
            self.links.append((attrs, " ".join("".join(parts).split())))
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes <{self.stack[-1] if self.stack else None}>")
            return
        self.stack.pop()

    def handle_data(self, data):
        (self.styles if self._in_style else self.text).append(data)
        for _, parts in self._open_links:
            parts.append(data)

    def buttons(self) -> list[tuple[str, str]]:
        """(href, text) of every link styled as a button."""
        return [
            (attrs.get("href") or "", text)
            for attrs, text in self.links
            if "btn" in (attrs.get("class") or "").split()
        ]

    def find(self, tag: str) -> list[dict[str, str | None]]:
        return [attrs for t, attrs in self.tags if t == tag]

    @property
    def ids(self) -> list[str]:
        return [a["id"] for _, a in self.tags if a.get("id")]

    @property
    def words(self) -> str:
        """The visible text (and the hero's title), whitespace collapsed."""
        return " ".join(" ".join(self.text).split())

    def broken_anchors(self) -> list[str]:
        """In-page links (href="#x") whose target id does not exist."""
        ids = set(self.ids)
        return [
            href
            for a in self.find("a")
            if (href := a.get("href") or "").startswith("#") and href[1:] not in ids
        ]


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    page.close()
    return page


def external_requests(page: Page, html: str) -> list[str]:
    """Anything on the page that would make the browser fetch something."""
    found = [f"<{t}>" for t, _ in page.tags if t == "script"]
    for tag, attrs in page.tags:
        if tag in RESOURCE_TAGS:
            for name, value in attrs.items():
                if name in RESOURCE_ATTRS and value and re.match(r"\s*(https?:)?//", value, re.I):
                    found.append(f"<{tag} {name}={value}>")
    css = "\n".join(page.styles) + "\n".join(a.get("style") or "" for _, a in page.tags)
    found += [f"css {rule}" for rule in ("@import", "@font-face") if rule in css]
    found += [u for u in re.findall(r"url\(([^)]*)\)", html) if not u.strip("'\" ").startswith("#")]
    return found


def hostile_brief(**overrides) -> CampaignBrief:
    """Every text field carries markup, quotes, ampersands, emoji and right-to-left text."""
    nasty = f"{SCRIPT}{ATTR_BREAK} & 'single' \"double\" 🚀 مرحبا שלום"
    fields = {
        "product": f"Skates {nasty}"[:120],
        "client": f"Acme {nasty}"[:120],
        "campaign_name": f"Launch {nasty}"[:120],
        "client_website": HOSTILE_URL,
        "target_audience": f"Runners {nasty}",
        "goals": [f"Drive sales {nasty}"],
        "key_features": [f"Fast {nasty}", "Light & quick", "Lightweight 🚀"],
        "additional_requirements": f"Never say {nasty}.",
        "primary_cta": 'Shop <now> & "save"',
        "languages": ["en", "ar"],
    }
    fields.update(overrides)
    return make_brief(**fields)


def multilingual_sections(brief: CampaignBrief, sections: dict | None = None) -> dict:
    """Sections with copy in each further language of the brief, and an email and a post in
    the second language, the way a provider that writes them fills the models."""
    sections = dict(sections or make_sections(brief))
    copy = sections["copy"].model_copy(deep=True)
    lines = {
        "ar": ("قل مرحبا للسرعة", "منتج يجعل كل يوم أسهل.", "اطلب الآن"),
        "ja": ("スピードにこんにちは", "毎日をもっと楽にする製品です。", "今すぐ注文"),
        "fr": ("Dites bonjour à la vitesse", "Un produit qui simplifie chaque jour.", "Commander"),
        "he": ("שלום למהירות", "מוצר שהופך כל יום לקל יותר.", "להזמנה"),
    }
    extra = [code for code in brief.rules.languages if code != "en" and code in lines]
    copy.localized = [
        LocalizedCopy(language=code, headlines=[lines[code][0]], elevator_pitch=lines[code][1],
                      cta=lines[code][2])
        for code in extra
    ]  # fmt: skip
    if extra:
        code = extra[0]
        copy.emails = [
            *copy.emails,
            Email(language=code, subject=lines[code][0], preheader=lines[code][1],
                  body=lines[code][1], send_week=2),
        ]  # fmt: skip
        social = sections["social_media_campaign"].model_copy(deep=True)
        social.posts = [
            *social.posts,
            SocialPost(platform="instagram", language=code, text=lines[code][1],
                       hashtags=["#test"], format="single image", week=2),
        ]  # fmt: skip
        sections["social_media_campaign"] = social
    sections["copy"] = copy
    return sections


def page_briefs() -> dict[str, tuple[CampaignBrief, dict]]:
    """Every brief the browser checks run over, with the sections to render: the samples,
    briefs from other fields, one brief per style (plain and with brand colours), a hostile
    one and a right-to-left one."""
    out: dict[str, tuple[CampaignBrief, dict]] = {}
    for name, brief in {**samples(), **field_briefs()}.items():
        out[name] = (brief, multilingual_sections(brief, offline_sections(brief)))
    colours = [["#ffff00"], ["#ffffff", "#000000"], ["#777777"], ["#e4002b", "#00a3e0"]]
    for i, style in enumerate(Tone):
        brief = make_brief(product=f"Sample {style.value}", tone=style.value,
                           brand_colors=colours[i % len(colours)])  # fmt: skip
        out[f"brand-{style.value}"] = (brief, offline_sections(brief))
    hostile = hostile_brief()
    out["hostile"] = (hostile, multilingual_sections(hostile, offline_sections(hostile)))
    rtl = make_brief(product="منتج", client="شركة", languages=["ar", "he"], tone="modern")
    out["rtl"] = (rtl, multilingual_sections(rtl))
    return out


def write_pages(root: Path) -> list[Path]:
    """Render the website and the landing page of every `page_briefs()` brief into a folder
    each (as a campaign folder holds them, so the website's link to the landing page
    resolves); returns the page paths."""
    paths = []
    for name, (brief, sections) in page_briefs().items():
        folder = root / name
        folder.mkdir(parents=True, exist_ok=True)
        data = website_data(brief, sections)
        website = folder / website_filename(data.campaign_id)
        website.write_text(render_website(data), encoding="utf-8")
        landing = folder / LANDING_PAGE
        landing.write_text(render_landing(data), encoding="utf-8")
        paths += [website, landing]
    return paths


def write_email_pages(root: Path) -> list[Path]:
    """The exported email HTML (`emails/*.html`) of every sample, of briefs from other fields,
    of a hostile brief and of a right-to-left one; returns the page paths."""
    from tui_app.core.exports.emails import email_files

    from .export_kits import export_briefs, write_kit

    briefs = export_briefs()
    rtl = make_brief(product="منتج", client="شركة", languages=["ar", "he"], tone="modern")
    briefs["rtl"] = (rtl, multilingual_sections(rtl))
    paths = []
    for name, (brief, sections) in briefs.items():
        kit = write_kit(root / name, brief, sections, f"campaign_{name}")
        for exported in email_files(kit):
            path = root / name / "emails" / f"{exported.stem}.html"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(exported.html, encoding="utf-8")
            paths.append(path)
    return paths
