"""The Markdown artifacts: required sections, brief terms, tables that hold, determinism."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from tui_app.core.content import Content, Copy, SocialCampaign, SocialPost, Strategy
from tui_app.core.formatting import format_money, format_percent
from tui_app.core.models import CampaignBrief, Channel
from tui_app.core.planning import build_kpi_plan, build_media_plan, goal_reading, missing_figures
from tui_app.core.workflow import documents
from tui_app.core.workflow.team import TEAM
from tui_app.samples import samples

from .conftest import make_brief
from .content_factories import make_sections, offline_sections
from .field_briefs import field_briefs

REQUIRED_SECTIONS = TEAM.required_sections
HEADING = re.compile(r"^##\s+(.+?)\s*$", re.MULTILINE)  # the review node's pattern


def render_all(brief: CampaignBrief, sections: dict[str, Content]) -> dict[str, str]:
    """Every Markdown artifact, by file name, as the workflow writes them."""
    media = build_media_plan(brief)
    kpis = build_kpi_plan(media, brief)
    simple: dict[str, tuple[str, Callable[[object, CampaignBrief], str]]] = {
        "plan.md": ("project_manager", documents.render_plan),
        "strategy.md": ("strategy", documents.render_strategy),
        "audience_personas.md": ("audience_persona", documents.render_personas),
        "creative_concepts.md": ("creative", documents.render_creative),
        "copy.md": ("copy", documents.render_copy),
        "cta_optimization.md": ("cta_optimizer", documents.render_cta),
        "visual_direction.md": ("visual", documents.render_visual),
        "social_media_campaign.md": ("social_media_campaign", documents.render_social),
        "emotion_variants.md": ("emotion_personalization", documents.render_emotion),
    }
    out = {name: render(sections[node], brief) for name, (node, render) in simple.items()}
    out["campaign_summary.md"] = documents.render_campaign_summary(
        sections["campaign_summary"], brief, media, kpis, 92
    )
    out["client_summary.md"] = documents.render_client_summary(
        sections["client_summary"], brief, media
    )
    return out


def cells(row: str) -> int:
    """Cells in a Markdown table row, not counting escaped pipes."""
    return len(re.findall(r"(?<!\\)\|", row)) - 1


def tables(text: str) -> list[list[str]]:
    """The Markdown tables of a document: runs of consecutive lines starting with `|`."""
    found: list[list[str]] = []
    previous = -2
    for i, line in enumerate(text.splitlines()):
        if line.startswith("|"):
            if previous != i - 1:
                found.append([])
            found[-1].append(line)
            previous = i
    return found


def assert_tables_hold(name: str, text: str) -> None:
    """Every row of every table has as many cells as its header, and a separator row."""
    for table in tables(text):
        assert len(table) >= 2 and re.fullmatch(r"\|(:?-+:?\|)+", table[1]), (name, table)
        assert len({cells(row) for row in table}) == 1, (name, table)


@pytest.fixture
def brief() -> CampaignBrief:
    return make_brief(channels=["email", "instagram", "x", "search_ads", "display_ads", "website"])


def test_every_artifact_is_listed_in_required_sections(brief):
    docs = render_all(brief, make_sections(brief))
    assert set(docs) == set(REQUIRED_SECTIONS)


@pytest.mark.parametrize("name", sorted(REQUIRED_SECTIONS))
def test_each_document_has_its_sections_and_the_product(brief, name):
    text = render_all(brief, make_sections(brief))[name]
    present = set(HEADING.findall(text))
    missing = [h for h in REQUIRED_SECTIONS[name] if h not in present]
    assert not missing, f"{name} lacks {missing}"
    assert brief.product in text
    assert text.startswith("# ")
    assert text.endswith("\n") and not text.endswith("\n\n")


@pytest.mark.parametrize("sample", sorted(samples()))
def test_offline_content_renders_with_all_sections(sample):
    brief = samples()[sample]
    docs = render_all(brief, offline_sections(brief))
    for name, text in docs.items():
        present = set(HEADING.findall(text))
        assert set(REQUIRED_SECTIONS[name]) <= present, name
        assert_tables_hold(name, text)
    assert brief.product in docs["copy.md"] and brief.client in docs["plan.md"]


def test_documents_are_deterministic(brief):
    sections = make_sections(brief)
    assert render_all(brief, sections) == render_all(brief, make_sections(brief))


def test_plan_summarises_the_normalised_brief():
    brief = make_brief(
        client_website="acme.example.com",
        additional_requirements="Mention the warranty.\nNo celebrity endorsements.",
    )
    text = documents.render_plan(make_sections(brief)["project_manager"], brief)
    brief_part = text.split("## Brief", 1)[1].split("## Summary", 1)[0]
    for expected in (
        brief.product,
        brief.client,
        brief.target_audience,
        str(brief.budget),
        f"{brief.timeline} weeks",
        brief.style.value,
        "https://acme.example.com",
        "Mention the warranty.",
        *brief.goals,
        *brief.key_features,
        *(c.label for c in brief.channels),
    ):
        assert expected in brief_part, expected


def test_copy_shows_channel_copy_only_when_present(brief):
    sections = make_sections(brief)
    full = documents.render_copy(sections["copy"], brief)
    assert {"Email sequence", "Search ads", "Display ads"} <= set(HEADING.findall(full))
    email = sections["copy"].emails[0]
    assert f"({len(email.subject)}/60 chars)" in full
    assert f"({len(email.preheader)}/100 chars)" in full
    assert "/30 chars" in full and "/90 chars" in full

    bare = Copy(headlines=["One"], body_copy="Body.", elevator_pitch="Pitch.")
    text = documents.render_copy(bare, brief)
    assert not {"Email sequence", "Search ads", "Display ads"} & set(HEADING.findall(text))


def test_copy_flags_text_over_a_limit(brief):
    copy = make_sections(brief)["copy"]
    copy.emails[0].subject = "S" * 70
    assert "70/60 chars ⚠ over the limit" in documents.render_copy(copy, brief)


def test_social_groups_posts_per_platform_with_counts_and_limits(brief):
    social = SocialCampaign(
        posts=[
            SocialPost(platform="x", text="First x", hashtags=["#a"], format="single", week=1),
            SocialPost(platform="instagram", text="Gram", hashtags=["#b"], format="reel"),
            SocialPost(platform="x", text="Second x\nline two", hashtags=[], format="thread"),
        ],
        campaign_hashtag="#Acme",
        cadence="Twice a week.",
    )
    text = documents.render_social(social, brief)
    assert text.index("### X (Twitter)") < text.index("### Instagram")
    x_part = text.split("### X (Twitter)")[1].split("### Instagram")[0]
    assert x_part.count("#### Post") == 2
    assert f"{len(social.posts[0].full_text)}/280 chars" in x_part
    assert f"{len(social.posts[1].full_text)}/2200 chars" in text
    # hashtags at a line start are escaped so Markdown does not read them as headings
    assert "> \\#b" in text


def test_user_text_cannot_break_tables_or_invent_sections():
    brief = make_brief(
        product="Pipe | Dream",
        target_audience="Line one\nline two | with a pipe",
        key_features=["A | B", "C"],
    )
    sections = make_sections(brief)
    strategy = sections["strategy"]
    assert isinstance(strategy, Strategy)
    strategy.positioning = "Real positioning.\n## Personas\n---"
    strategy.messaging_pillars[0].name = "Name | with pipe\nand newline"
    docs = render_all(brief, sections)
    assert "Personas" not in HEADING.findall(docs["strategy.md"])
    for name, text in docs.items():
        assert_tables_hold(name, text)
    brief_table = tables(docs["plan.md"])[0]
    assert "| Product | Pipe \\| Dream |" in brief_table
    assert "| Target audience | Line one line two \\| with a pipe |" in brief_table


def test_summaries_carry_the_kpi_and_media_plan(brief):
    sections = make_sections(brief)
    media = build_media_plan(brief)
    kpis = build_kpi_plan(media, brief)
    text = documents.render_campaign_summary(sections["campaign_summary"], brief, media, kpis, 88)
    kpi_part = text.split("## KPI plan")[1].split("## Media plan")[0]
    for target in kpis.targets:
        assert target.name in kpi_part and target.target in kpi_part
    goals_part = kpi_part.split("### Goals")[1].split("### Channel figures")[0]
    for row in kpis.goals:
        assert row.goal in goals_part and row.kpi in goals_part
        assert row.feasibility.value in goals_part and row.basis in goals_part
    media_part = text.split("## Media plan")[1].split("## Risks")[0]
    for line in media.lines:
        assert line.label in media_part
    assert f"**{brief.budget}**" in media_part
    assert "88/100" in text
    assert "not reviewed" in documents.render_campaign_summary(
        sections["campaign_summary"], brief, media, kpis, None
    )

    client = documents.render_client_summary(sections["client_summary"], brief, media)
    assert str(brief.budget) in client
    assert all(line.label in client for line in media.lines)


@pytest.mark.parametrize("name", list(field_briefs()))
def test_the_summary_carries_every_goal_figure_in_its_currency(name):
    brief = field_briefs()[name]
    media = build_media_plan(brief)
    kpis = build_kpi_plan(media, brief)
    text = documents.render_campaign_summary(
        make_sections(brief)["campaign_summary"], brief, media, kpis, 90
    )
    assert_tables_hold("campaign_summary.md", text)
    assert missing_figures(text, goal_reading(brief).targets) == []
    goals_table = tables(text.split("### Goals")[1])[0]
    assert len(goals_table) == 2 + len(kpis.goals)  # header, rule, one row per goal figure
    for line in media.lines:  # money and shares come from core/formatting
        assert format_money(line.budget, media.currency) in text
        assert format_percent(line.share) in text
    if brief.budget.currency == "JPY":
        assert not re.search(r"\d\.\d+ JPY", text)
    assert f"Conversions ({media.conversion_label})" in text


def test_channels_in_plan_follow_the_brief():
    brief = make_brief(channels=["linkedin", "email"])
    text = documents.render_plan(make_sections(brief)["project_manager"], brief)
    assert Channel.LINKEDIN.label in text and Channel.INSTAGRAM.label not in text


def test_copy_shows_the_other_language_s_lines():
    """A bilingual brief's Arabic headlines, pitch and CTA were in the landing page and the
    data but not in copy.md, the file a marketer reads."""
    brief = make_brief(languages=["en", "ar"], channels=["instagram", "website"])
    copy = offline_sections(brief)["copy"]
    (loc,) = copy.localized
    text = documents.render_copy(copy, brief)
    assert "## In Arabic" in text and loc.headlines[0] in text
    assert loc.elevator_pitch in text and f"**Call to action (Arabic):** {loc.cta}" in text
