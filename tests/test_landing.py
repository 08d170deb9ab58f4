"""The landing page: what a customer sees, and nothing the team keeps to itself."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

import pytest

from tui_app.core.content import MessagingPillar
from tui_app.core.models import CampaignBrief
from tui_app.core.planning import build_kpi_plan, build_media_plan
from tui_app.core.workflow.landing import (
    CLOSING_ID,
    LANDING_PAGE,
    landing_content,
    render_landing,
)
from tui_app.core.workflow.pages import PublicFilter, safe_href
from tui_app.samples import samples

from .conftest import make_brief
from .content_factories import make_sections, offline_sections, website_data
from .html_pages import (
    ATTR_BREAK,
    SCRIPT,
    external_requests,
    hostile_brief,
    multilingual_sections,
    parse,
)
from .test_workflow import run
from .web_briefs import field_briefs

ALL_BRIEFS = {**samples(), **field_briefs()}


def budget_forms(amount: Decimal) -> list[str]:
    """The budget as people write it: 25,000 / 25000 / 25.000 / 25 000 / 25k / 25K / 0.25M."""
    whole = int(amount)
    forms = [
        f"{whole:,}",
        str(whole),
        f"{whole:,}".replace(",", "."),
        f"{whole:,}".replace(",", " "),
    ]
    if whole >= 1000:
        k = f"{whole / 1000:.1f}".removesuffix(".0")
        forms += [f"{k}k", f"{k}K", f"{k} thousand"]
    if whole >= 100_000:
        m = f"{whole / 1_000_000:.2f}".rstrip("0").rstrip(".")
        forms += [f"{m}M", f"{m}m", f"{m} million"]
    return forms


def shows_figure(text: str, form: str) -> bool:
    return bool(re.search(rf"(?<![\w.,]){re.escape(form)}(?![\w]|[.,]\d)", text))


@pytest.fixture(scope="module", params=sorted(ALL_BRIEFS))
def campaign(request):
    brief = ALL_BRIEFS[request.param]
    data = website_data(brief, offline_sections(brief))
    html = render_landing(data)
    return brief, data, html, parse(html)


def test_nothing_internal_reaches_the_customer(campaign):
    brief, data, _html, page = campaign
    text = page.words
    for form in budget_forms(brief.budget.amount):
        if form in " ".join((brief.product, *brief.key_features)):
            continue  # the product's own figure, not the budget
        assert not shows_figure(text, form), f"budget figure {form!r} on the landing page"
    for target in data.kpi_plan.targets:
        assert target.name.casefold() not in text.casefold(), target.name
    for line in data.media_plan.assumptions:
        assert line not in text
    words = re.findall(r"\w+", brief.additional_requirements.casefold())
    runs = {" ".join(words[i : i + 6]) for i in range(len(words) - 5)}
    flat = " ".join(re.findall(r"\w+", text.casefold()))
    assert not [r for r in runs if r in flat], "requirement text on the landing page"
    assert not re.search(r"brief requirement|quality (score|report)|reviewer", text, re.I)
    assert not re.search(r"\b(CTR|CPA|CPM|ROAS)\b", text) or brief.product == "Pulseboard"
    for section in (data.client_summary.next_steps, data.plan.success_criteria):
        for line in section:
            assert line not in text


def test_the_landing_page_sells_the_product(campaign):
    brief, data, _html, page = campaign
    content = landing_content(data)
    text = page.words
    assert page.find("h1") and content.headline in text
    for feature in brief.key_features:
        assert feature in text
    cta = brief.rules.primary_cta or data.cta.primary_cta
    buttons = page.buttons()
    href = safe_href(brief.client_website) or f"#{CLOSING_ID}"
    assert {h for h, _ in buttons} == {href}
    # the primary CTA on every button in the page's main language (the header, the hero,
    # the story, the closing band); further languages carry their own words for it
    assert sum(text == cta for _, text in buttons) >= 3
    assert len(buttons) - sum(text == cta for _, text in buttons) == len(content.localized)
    # questions come from the personas' objections, answers from the brief's benefits
    objections = {o for p in data.personas.personas for o in p.objections}
    answers = {
        *data.strategy.value_propositions,
        *(p.message for p in data.strategy.messaging_pillars),
    }
    for q in content.questions:
        assert q.question in objections and q.answer in answers
    assert len({q.answer for q in content.questions}) == len(content.questions)


def test_structure_anchors_and_requests(campaign):
    _brief, _data, html, page = campaign
    assert html.startswith("<!doctype html>")
    assert not page.errors and not page.stack
    assert not page.broken_anchors()
    assert len(page.ids) == len(set(page.ids))
    assert not external_requests(page, html)
    assert page.find("a")[0] == {"class": "skip", "href": "#main"}
    assert [t for t, _ in page.tags if t == "h1"] == ["h1"]
    assert any(m.get("name") == "viewport" for m in page.find("meta"))
    assert "@media (min-width" in html  # responsive: columns from a breakpoint up


def test_no_testimonials_and_no_placeholder_on_the_public_page():
    """The brief gives no testimonials, so the page has no section for them: a customer
    never reads a placeholder ("this space is for real words from …'s customers")."""
    brief = make_brief()
    sections = make_sections(brief)
    html = render_landing(website_data(brief, sections))
    assert 'id="testimonials"' not in html
    assert not re.search(r"(?i)placeholder|what customers say", html)
    assert "<blockquote" not in html and "★" not in html
    for persona in sections["audience_persona"].personas:  # invented people stay internal
        assert persona.quote not in html and persona.name not in html


def test_the_brief_s_primary_cta_wins_everywhere():
    brief = make_brief(primary_cta="Book a fitting", client_website="https://acme.example.com")
    html = render_landing(website_data(brief))
    assert html.count(">Book a fitting</a>") >= 3
    assert ">Order now<" not in html  # the CTA plan's own choice


def test_without_a_website_the_cta_leads_to_an_anchor_that_exists():
    brief = make_brief(client_website="")
    page = parse(render_landing(website_data(brief)))
    hrefs = {a["href"] for a in page.find("a")}
    assert f"#{CLOSING_ID}" in hrefs and CLOSING_ID in page.ids
    assert not [h for h in hrefs if not h.startswith("#")]


def test_only_public_sections_reach_the_page():
    """The template never sees the plan, the budget or the KPIs: changing them changes
    nothing on the landing page."""
    brief = make_brief()
    data = website_data(brief)
    richer = brief.model_copy(
        update={"budget": brief.budget.model_copy(update={"amount": Decimal(987654)})}
    )
    media = build_media_plan(richer)
    other = replace(
        data,
        brief=richer,
        media_plan=media,
        kpi_plan=build_kpi_plan(media, richer),
        client_summary=data.client_summary.model_copy(update={"headline": "SECRET"}),
        plan=data.plan.model_copy(update={"summary": "SECRET"}),
    )
    assert render_landing(other) == render_landing(data)


def test_provider_lines_meant_for_the_team_are_filtered():
    brief = make_brief(
        budget="25000 EUR",
        additional_requirements="Cite the five-day to one-day close time from the pilot.",
    )
    sections = make_sections(brief)
    strategy = sections["strategy"]
    strategy.value_propositions = [
        f"{brief.key_features[0]}: spend 25k EUR wisely.",
        "Brief requirement met: cite the pilot.",
        f"{brief.key_features[1]} that just works",
        f"{brief.key_features[2]}: cite the five-day to one-day close time from the pilot.",
    ]
    strategy.messaging_pillars = [
        MessagingPillar(name="x", message="Watch the CTR climb.", proof_points=[]),
    ]
    sections["copy"].body_copy = "We use 25,000 EUR of media. It is fast.\n\nKPI targets: many."
    html = render_landing(website_data(brief, sections))
    text = parse(html).words
    assert "25k" not in text and "25,000" not in text and "CTR" not in text
    assert "Brief requirement" not in text and "five-day to one-day" not in text
    assert "It is fast." in text and "that just works" in text


def test_public_filter_keeps_what_the_product_itself_says():
    brief = CampaignBrief.parse(dict(field_briefs()["analytics_kpi"].to_data()))
    public = PublicFilter(brief)
    assert not public.internal("Live KPI dashboards for every shop.")
    assert not public.internal("See ROAS by channel, updated hourly.")
    assert public.internal("Cost per conversion falls once the CTR rises.")
    assert public.internal("20,000 USD buys a lot of reach.")


def test_languages_as_in_the_brief():
    brief = make_brief(languages=["en", "ja", "ar"])
    html = render_landing(website_data(brief, multilingual_sections(brief)))
    page = parse(html)
    assert page.find("html")[0]["lang"] == "en"
    sections = {a["id"]: a for a in page.find("section") if a.get("lang")}
    assert sections["lang-ja"]["lang"] == "ja" and sections["lang-ar"].get("dir") == "rtl"
    assert "今すぐ注文" in html and "اطلب الآن" in html  # each language's own CTA
    # a brief in Arabic and Hebrew: the page is Arabic, right to left; our labels say "en"
    rtl = make_brief(languages=["ar", "he"])
    page = parse(render_landing(website_data(rtl, multilingual_sections(rtl))))
    root = page.find("html")[0]
    assert (root["lang"], root.get("dir")) == ("ar", "rtl")
    assert page.find("h2")[0].get("lang") == "en"
    assert [a["lang"] for a in page.find("section") if a.get("lang") not in (None, "en")] == ["he"]


def test_hostile_input_is_escaped_and_the_url_encoded():
    brief = hostile_brief()
    html = render_landing(website_data(brief, offline_sections(brief)))
    page = parse(html)
    assert "<script>alert" not in html.lower() and "<img src=x" not in html.lower()
    assert not page.find("script") and not page.find("img")
    for tag, attrs in page.tags:
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert SCRIPT not in html and ATTR_BREAK not in html
    outside = {a["href"] for a in page.find("a") if a["href"].startswith("http")}
    assert outside == {"https://acme.example.com/shop?q=%3Cb%3E%22x%22&ref=it's#top%3C1%3E"}
    assert not page.errors and not page.stack and not page.broken_anchors()


def test_rendering_is_deterministic():
    brief = samples()["vinyl_revival"]
    sections = offline_sections(brief)
    assert render_landing(website_data(brief, sections)) == render_landing(
        website_data(brief, offline_sections(brief))
    )


def test_a_campaign_writes_the_landing_page_and_the_website_links_to_it(tmp_path, brief):
    campaign, folder, _ = run(tmp_path, brief)
    landing = folder / LANDING_PAGE
    website = folder / f"{campaign.id}_campaign_website.html"
    assert landing.is_file() and website.is_file()
    assert f'href="{LANDING_PAGE}"' in website.read_text()
    manifest = (folder / "manifest.json").read_text()
    assert f'"path": "{LANDING_PAGE}"' in manifest and '"kind": "landing"' in manifest
