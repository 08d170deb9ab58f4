"""The whole kit as a reader sees it, over every brief of the corpora: the Markdown documents,
the website and landing page, the quality report and the log lines the workflow writes.

Each kit is built the way the workflow builds it (offline sections in order, the media and
KPI plans, the review, the renderers), without the graph, so the whole corpus stays fast.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

from tui_app.core.content import Content
from tui_app.core.models import CampaignBrief
from tui_app.core.planning import KpiPlan, build_kpi_plan, build_media_plan
from tui_app.core.workflow.landing import render_landing
from tui_app.core.workflow.nodes import what_was_read
from tui_app.core.workflow.plan_checks import goal_findings
from tui_app.core.workflow.review import render_quality_report, review_campaign
from tui_app.core.workflow.team import TEAM
from tui_app.core.workflow.website import render_website
from tui_app.samples import samples

from .briefs import corpus
from .content_factories import website_data
from .field_briefs import field_briefs
from .test_documents import render_all
from .web_briefs import field_briefs as web_briefs
from .writing import run_all, stop_problems

BRIEFS: dict[str, CampaignBrief] = {
    **corpus(),
    **{f"field:{k}": b for k, b in field_briefs().items()},
    **{f"web:{k}": b for k, b in web_briefs().items()},
    **samples(),
}
_TAGS = re.compile(r"<style.*?</style>|<script.*?</script>|<[^>]+>", re.S)


@dataclass
class Kit:
    brief: CampaignBrief
    sections: dict[str, Content]
    documents: dict[str, str]  # file name -> text (Markdown, or the pages' visible text)
    logs: list[str]
    kpis: KpiPlan


def build_kit(brief: CampaignBrief) -> Kit:
    sections = run_all(brief)
    documents = render_all(brief, sections)
    media = build_media_plan(brief)
    report = review_campaign(brief, sections, media, documents, goal_findings(brief, media))
    documents["quality_report.md"] = render_quality_report(report, revisions=0, sending_back=False)
    data = website_data(brief, sections)
    for name, html in (("website", render_website(data)), ("landing", render_landing(data))):
        documents[name] = " ".join(_TAGS.sub(" ", html).split())
    # what the nodes log about their sections, and the findings the engine logs
    logs = [line for line, _ in what_was_read(brief)]
    logs += [
        spec.describe(sections[spec.name])
        for spec in TEAM.specs
        if spec.describe is not None and spec.name in sections
    ]
    logs += [f"⚠ {f.field}: {f.detail}" for f in report.findings]
    return Kit(brief, sections, documents, logs, build_kpi_plan(media, brief))


@pytest.fixture(scope="module")
def kits() -> dict[str, Kit]:
    return {key: build_kit(brief) for key, brief in BRIEFS.items()}


def test_no_sentence_ends_twice_in_any_document_page_or_log_line(kits):
    problems = []
    for key, kit in kits.items():
        for name, text in kit.documents.items():
            problems += stop_problems(f"{key} {name}", text)
        for line in kit.logs:
            problems += stop_problems(f"{key} log", line)
    assert problems == []


def test_the_double_stop_check_catches_what_it_is_for():
    for planted in (
        "Client summary: “Made to be kept.”.",
        "Concepts: “Real Talk”, “Why Not?”.",
        "opening with “Hello from Harvest Box!”.",
        "Hero image for the launch by Vault Inc..",
    ):
        assert stop_problems("planted", planted), planted
    for fine in ("Wait for it…", "Hello from “Harvest Box”.", "Vault Inc. maps it.", "v2.1.3"):
        assert stop_problems("fine", fine) == [], fine
