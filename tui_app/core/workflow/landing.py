"""The landing page: what a customer sees, as one self-contained, accessible HTML page.

`landing_page.html` sits beside the campaign website in the campaign folder. It shows the
product's promise (hero with the headline and the hero image), benefits drawn from the key
features, the body copy (no testimonials: the brief has no field for them, and a public page
never prints a placeholder or invents a quote), questions from the personas' objections
answered with the brief's own benefits, the copy in each further language of the brief, and
the primary call to action throughout; the brief's must-include lines (a risk warning, a
charity number) stand in the footer, word for word.

Nothing internal reaches it, by construction: the template receives only `LandingContent`,
built here from public sections (never the budget, media plan, KPIs, review or summaries), and
every line of provider text passes `pages.PublicFilter` first. The call to action links to the
client's website (percent-encoded) or, without one, to an anchor on the page itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from markupsafe import Markup

from ..constraints import language_name
from ..content import CtaPlan
from ..look import brand_look
from ..models import CampaignBrief
from .hero import render_hero_art
from .kit import WebsiteData
from .pages import (
    PublicFilter,
    display_host,
    environment,
    feature_cards,
    initials,
    lang_attr,
    lang_code,
    main_language,
    paragraphs,
    safe_href,
    text_dir,
    theme_css,
)

LANDING_PAGE = "landing_page.html"
TEMPLATE_NAME = "landing.html.j2"
CLOSING_ID = "get-started"
MAX_QUESTIONS = 5

# An objection a customer could ask in their own words: a question, or said in first person.
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|me|my|we|we're|our|us)\b", re.IGNORECASE)
_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")
_STOP = frozenset(
    w[:5]
    for w in (
        "with", "from", "that", "this", "does", "come", "comes", "have", "your", "their",
        "what", "will", "into", "about", "every", "really", "more", "tell", "other", "first",
        "like", "them", "they", "there", "where", "which", "when", "also", "just",
    )
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Question:
    question: str
    answer: str


@dataclass(frozen=True, slots=True)
class LocalizedBlock:
    """The key lines in one more language of the brief."""

    lang: str
    dir: str | None
    name: str  # the language's English name, for the navigation
    headline: str
    pitch: str
    cta: str


@dataclass(frozen=True, slots=True)
class LandingContent:
    """Everything the landing page shows, already filtered for the public."""

    lang: str
    dir: str | None
    product: str
    client: str
    headline: str
    subline: str
    cta: str
    cta_href: str
    link: str | None  # the client's website, percent-encoded
    host: str
    benefits: list[dict[str, str]] = field(default_factory=list)
    story: list[str] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
    localized: list[LocalizedBlock] = field(default_factory=list)
    closing_headline: str = ""
    closing_text: str = ""
    # the brief's must-include lines (risk warnings, charity numbers…), word for word
    required_lines: list[str] = field(default_factory=list)


def primary_cta(brief: CampaignBrief, cta: CtaPlan) -> str:
    """The brief's primary CTA when it sets one, else the CTA plan's, else a neutral one."""
    return brief.rules.primary_cta.strip() or cta.primary_cta.strip() or "Get started"


def _words(text: str, ignore: set[str]) -> set[str]:
    # five-letter stems, so "charging" meets "charge" and "costs" meets "cost"
    return {w.casefold()[:5] for w in _CONTENT_WORD.findall(text)} - ignore


def questions(data: WebsiteData, public: PublicFilter) -> list[Question]:
    """The personas' objections a customer could ask, each answered by the benefit line that
    speaks to it most (by shared words); a question no benefit line speaks to is left out.

    Objections written about the persona ("Wants to know the price") are not questions a
    customer asks, so they are left out; nothing is answered with text the brief lacks.
    """
    brief = data.brief
    # a question and its answer must share a word of substance: not a name, not the
    # audience ("for hospital CIOs" answers nothing), not a word every sentence has
    ignore = _words(f"{brief.product} {brief.client} {brief.target_audience}", set())
    ignore |= _STOP
    answers = public.lines(
        [
            *data.strategy.value_propositions,
            *(p.message for p in data.strategy.messaging_pillars),
        ]
    )
    asked: list[str] = []
    for persona in data.personas.personas:
        for objection in public.lines(persona.objections):
            text = " ".join(objection.split())
            if not (text.endswith("?") or _FIRST_PERSON.search(text)):
                continue
            if text.casefold() not in {q.casefold() for q in asked}:
                asked.append(text)
    out: list[Question] = []
    unused = list(dict.fromkeys(answers))
    for question in asked:
        if not unused or len(out) == MAX_QUESTIONS:
            break
        wanted = _words(question, ignore)
        best = max(unused, key=lambda a: (len(wanted & _words(a, ignore)), -unused.index(a)))
        if not wanted & _words(best, ignore):
            continue  # an answer about something else reads worse than no answer
        unused.remove(best)
        out.append(Question(question, best))
    return out


def landing_content(data: WebsiteData) -> LandingContent:
    """What the landing page shows, from the public sections of the campaign."""
    brief = data.brief
    public = PublicFilter(brief)
    lang = main_language(brief)
    link = safe_href(brief.client_website)
    cta = primary_cta(brief, data.cta)
    concepts = data.creative.concepts
    recommended = concepts[data.creative.recommended] if 0 <= data.creative.recommended < len(
        concepts
    ) else (concepts[0] if concepts else None)  # fmt: skip
    candidates = public.lines(
        [
            data.visual.hero_headline,
            recommended.tagline if recommended else "",
            *data.copy.headlines,
        ]
    )
    headline = candidates[0] if candidates else brief.product
    pitch = public.text(data.copy.elevator_pitch)
    sublines = public.lines([data.visual.hero_subline, *paragraphs(pitch)[:1]])
    closing = [c for c in candidates if c != headline]
    localized = []
    for loc in data.copy.localized:
        code = lang_code(loc.language)
        if code is None or code == lang or code not in brief.rules.languages:
            continue
        lines = public.lines(loc.headlines)
        localized.append(
            LocalizedBlock(
                lang=code,
                dir=text_dir(code),
                name=language_name(code),
                headline=lines[0] if lines else brief.product,
                pitch=public.text(loc.elevator_pitch),
                cta=loc.cta.strip() or cta,
            )
        )
    return LandingContent(
        lang=lang,
        dir=text_dir(lang),
        product=brief.product,
        client=brief.client,
        headline=headline,
        subline=sublines[0] if sublines else "",
        cta=cta,
        cta_href=link or f"#{CLOSING_ID}",
        link=link,
        host=display_host(brief) if link else "",
        benefits=feature_cards(brief, data.strategy, keep=lambda line: not public.internal(line)),
        story=paragraphs(public.text(data.copy.body_copy)),
        questions=questions(data, public),
        localized=localized,
        closing_headline=closing[0] if closing else headline,
        closing_text=pitch,
        required_lines=list(brief.rules.must_include),
    )


def render_landing(data: WebsiteData, content: LandingContent | None = None) -> str:
    """The landing page as one HTML5 document (deterministic for the same data); `content`
    when the caller has built it already."""
    content = content or landing_content(data)
    brief = data.brief
    look = brand_look(brief)
    return (
        environment()
        .get_template(TEMPLATE_NAME)
        .render(
            page=content,
            theme_css=theme_css(look),
            style=look.style.value,
            hero_svg=Markup(render_hero_art(brief)),
            brand_initials=initials(brief.client),
            # the page's own labels are English: marked as such on a page in another language
            en=lang_attr("en", content.lang),
            closing_id=CLOSING_ID,
            grid={4: "grid-4", 2: "grid-2", 1: "grid-2"}.get(len(content.benefits), "grid-3"),
        )
    )


__all__ = ["LANDING_PAGE", "LandingContent", "landing_content", "primary_cta", "render_landing"]
