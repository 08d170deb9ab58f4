"""The website's KPI section: every goal figure with its estimate and verdict, escaped."""

from __future__ import annotations

import html as html_lib
import re

import pytest

from tui_app.core.planning import goal_reading, missing_figures
from tui_app.core.workflow.website import render_website

from .conftest import make_brief
from .content_factories import make_sections, website_data
from .field_briefs import field_briefs
from .test_website import parse


def kpi_section(page_html: str) -> str:
    section = page_html.split('id="media-plan"')[1].split("</section>")[0]
    return html_lib.unescape(re.sub(r"<[^>]+>", " ", section))


@pytest.mark.parametrize("name", list(field_briefs()))
def test_every_goal_figure_is_on_the_page(name):
    brief = field_briefs()[name]
    data = website_data(brief, make_sections(brief))
    page_html = render_website(data)
    page = parse(page_html)
    assert not page.errors and not page.stack
    text = " ".join(kpi_section(page_html).split())
    assert missing_figures(text, goal_reading(brief).targets) == []
    for row in data.kpi_plan.goals:
        assert " ".join(row.basis.split()) in text
        assert row.feasibility.value.capitalize() in text
        assert f"Goal: “{row.goal}”" in text
    label = data.media_plan.conversion_label
    assert label[:1].upper() + label[1:] in text  # the conversions tile says what is counted


def test_goal_text_is_escaped_in_the_kpi_section():
    brief = make_brief(goals=["Raise $5,000 <script>alert(1)</script>"])
    page_html = render_website(website_data(brief, make_sections(brief)))
    assert "<script>alert(1)" not in page_html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page_html


# The brief as a document ("the brief gives none", "no numeric target in the brief"), not the
# English "in brief" or a concept called "… Briefing".
TALKS_OF_THE_BRIEF = re.compile(r"(?<!\bin )\bbrief(?:'s|’s|ed|s)?\b", re.IGNORECASE)


def test_no_client_facing_page_talks_about_the_brief():
    """The campaign website (the client's presentation, with its KPI and media plans) and the
    landing page speak of targets, baselines and prices plainly, never of "the brief", over
    the corpus, generated briefs, the samples and the field briefs."""
    from tui_app.core.workflow.landing import render_landing
    from tui_app.samples import samples

    from .briefs import corpus, generated
    from .web_briefs import field_briefs as web_field_briefs
    from .writing import run_all

    briefs = {
        **corpus(),
        **{f"generated {i}": b for i, b in enumerate(generated())},
        **samples(),
        **field_briefs(),
        **web_field_briefs(),
    }
    problems = []
    qualitative = 0
    for key, brief in briefs.items():
        data = website_data(brief, run_all(brief))
        qualitative += sum(not row.figure for row in data.kpi_plan.goals)
        for name, page in (("website", render_website(data)), ("landing", render_landing(data))):
            words = parse(page).words
            for match in TALKS_OF_THE_BRIEF.finditer(words):
                start = max(0, match.start() - 60)
                problems.append(f"{key} {name}: …{words[start : match.end() + 20]}…")
    assert problems == []
    assert qualitative  # goals with no figure were on the pages: "Target to be agreed"


def test_a_goal_without_a_figure_reads_target_to_be_agreed_on_the_website():
    brief = make_brief(goals=["Raise awareness in Leeds", "Sell 300 tickets"])
    data = website_data(brief, make_sections(brief))
    text = " ".join(kpi_section(render_website(data)).split())
    assert "Target to be agreed" in text
    assert data.kpi_plan.goals[0].target == "no numeric target in the brief"  # the team's table
