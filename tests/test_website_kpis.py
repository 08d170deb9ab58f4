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
