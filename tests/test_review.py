"""The reviewer is honest: each check finds a planted defect and blames the node that can fix it;
the score moves with real defects; a model that ignores the brief's rules ends with warnings."""

from __future__ import annotations

import re
from typing import Any

import pytest
from pydantic import BaseModel

from tui_app.core.engine import CampaignEngine
from tui_app.core.findings import FindingKind
from tui_app.core.models import CampaignStatus
from tui_app.core.planning import build_media_plan
from tui_app.core.workflow.review import public_texts, review_campaign
from tui_app.core.workflow.team import TEAM

from .conftest import make_brief
from .content_factories import make_sections
from .support import WrappingProvider
from .test_llm_provider import Script, scripted_factory

RULED = dict(
    primary_cta="Book a demo",
    avoid=["unhackable"],
    must_include=["Terms apply."],
    additional_requirements="No urgency language. No superlatives.",
)


def _calm(model) -> None:
    """Take the factory's urgency words out of every text field."""
    for name, value in model:
        if isinstance(value, str):
            setattr(model, name, re.sub(r"(?i)\b(?:now|today)\b", "soon", value))
        elif isinstance(value, list):
            for i, item in enumerate(value):
                if isinstance(item, str):
                    value[i] = re.sub(r"(?i)\b(?:now|today)\b", "soon", item)
                elif isinstance(item, BaseModel):
                    _calm(item)
        elif isinstance(value, BaseModel):
            _calm(value)


def clean(brief):
    """Sections that obey the brief's rules (the factory's content, made compliant)."""
    sections = make_sections(brief)
    for section in sections.values():
        _calm(section)
    cta = brief.rules.primary_cta
    copy = sections["copy"]
    for email in copy.emails:
        email.body = f"{email.body}\n\n{cta}. Terms apply."
    for ad in [*copy.search_ads, *copy.display_ads]:
        ad.headlines[0] = cta
        ad.descriptions[-1] = "Terms apply."
    for post in sections["social_media_campaign"].posts:
        post.text = f"{post.text} {cta}. Terms apply."
    plan = sections["cta_optimizer"]
    plan.primary_cta = cta
    for stage in plan.stages:
        stage.recommended = cta
        stage.variants[0] = cta
    return sections


def findings(brief, sections, **kinds_only: Any):
    report = review_campaign(brief, sections, None, {})
    return [f for f in report.findings if f.kind not in (FindingKind.MISSING, FindingKind.BRIEF)]


@pytest.fixture
def ruled():
    return make_brief(**RULED)


def test_compliant_sections_have_no_rule_findings(ruled):
    assert findings(ruled, clean(ruled)) == []


@pytest.mark.parametrize(
    ("plant", "kind", "node"),
    [
        (lambda s: setattr(s["copy"], "body_copy", "Truly unhackable."), "avoid", "copy"),
        (lambda s: s["copy"].headlines.__setitem__(0, "Act now"), "urgency", "copy"),
        (lambda s: s["creative"].concepts[0].__setattr__("big_idea", "The best ever"),
         "superlative", "creative"),
        (lambda s: s["social_media_campaign"].posts[0].__setattr__("text", "Hi there"),
         "cta", "social_media_campaign"),
        (lambda s: s["cta_optimizer"].__setattr__("primary_cta", "Sign up"),
         "cta", "cta_optimizer"),
        (lambda s: s["copy"].emails[0].__setattr__("body", "Book a demo."),
         "must_include", "copy"),
        (lambda s: s["emotion_personalization"].variants[0].__setattr__(
            "message", "Brief requirement: no urgency"), "internal_text",
         "emotion_personalization"),
        (lambda s: s["copy"].headlines.__setitem__(1, "Meet the the team"), "seam", "copy"),
        (lambda s: s["creative"].concepts[1].__setattr__("tagline", "Continuous mapping of"),
         "seam", "creative"),
        (lambda s: s["visual"].__setattr__("hero_headline", "x" * 61), "limit", "visual"),
    ],
)  # fmt: skip
def test_a_planted_defect_is_found_and_blamed_on_its_node(ruled, plant, kind, node):
    sections = clean(ruled)
    plant(sections)
    found = findings(ruled, sections)
    assert any(f.kind.value == kind and f.node == node for f in found), found
    report = review_campaign(ruled, sections, None, {})
    assert report.fault == node or any(f.node == report.fault for f in report.findings)


def test_internal_requirement_text_in_public_copy_is_found():
    brief = make_brief(additional_requirements="Mention the spring fair on the first of May.")
    sections = make_sections(brief)
    sections["copy"].body_copy += " Mention the spring fair on the first of May."
    assert any(f.kind is FindingKind.INTERNAL_TEXT for f in findings(brief, sections))


def test_each_language_must_be_present():
    brief = make_brief(languages=["ja", "en"])
    sections = make_sections(brief)
    found = findings(brief, sections)
    assert {f.field for f in found if f.kind is FindingKind.LANGUAGE} >= {"Japanese headlines"}


def complete_files(brief) -> dict[str, str]:
    """Every file the review reads, with its required sections and the brief's names."""
    names = " ".join([brief.product, brief.client, brief.target_audience, *brief.key_features])
    return {
        name: names + "\n" + "".join(f"\n## {heading}\n" for heading in headings)
        for name, headings in TEAM.required_sections.items()
    }


def test_the_score_moves_with_defects(ruled):
    sections, files, media = clean(ruled), complete_files(ruled), build_media_plan(ruled)
    perfect = review_campaign(ruled, sections, media, files).score
    assert perfect == 100
    sections["copy"].body_copy = "Act now: the best, unhackable deal."
    one = review_campaign(ruled, sections, media, files).score
    for post in sections["social_media_campaign"].posts:
        post.text = "Hurry, today only"
    many = review_campaign(ruled, sections, media, files).score
    assert perfect > one > many
    # an avoided word and urgency are broken rules of the brief: they cost a lot
    assert perfect - one >= 20 and one < 80, (perfect, one)
    assert many < one - 10


def test_any_open_finding_keeps_the_score_below_100():
    from tui_app.core.findings import Finding
    from tui_app.core.workflow.review.report import KIND_WEIGHTS, QualityReport, penalty

    for kind, (weight, blocking) in KIND_WEIGHTS.items():
        finding = Finding(kind=kind, node="copy", field="x", detail="d", weight=weight,
                          blocking=blocking)  # fmt: skip
        report = QualityReport(total_weight=800, checks=300, findings=[finding])
        assert report.score < 100, kind
        if kind in (FindingKind.AVOID, FindingKind.URGENCY, FindingKind.MUST_INCLUDE,
                    FindingKind.GOAL_KPI, FindingKind.CTA, FindingKind.SELLING):  # fmt: skip
            assert penalty(finding) >= 10 and report.score < 90, kind
    assert QualityReport(total_weight=800, checks=300).score == 100


def test_public_texts_cover_every_audience_facing_section(ruled):
    nodes = {t.node for t in public_texts(clean(ruled))}
    assert nodes >= {
        "copy", "creative", "cta_optimizer", "visual", "social_media_campaign",
        "emotion_personalization",
    }  # fmt: skip


class IgnoresTheRules(Script):
    """A model that always writes "Shop now" and the avoided word, whatever it is told."""

    def edit(self, section: str, call: int, args: dict[str, Any]) -> dict[str, Any]:
        if section == "copy":
            args["body_copy"] = "Shop now: it is unhackable. " + args["body_copy"]
        return args


def test_a_model_that_ignores_the_rules_ends_done_with_warnings(data_dir):
    script = IgnoresTheRules()
    engine = CampaignEngine(data_dir, provider=scripted_factory(lambda _c: script))
    brief = make_brief(avoid=["unhackable"], additional_requirements="No urgency language.")
    campaign = engine.submit(brief)
    assert engine.wait([campaign.id], timeout=60)
    done = engine.get(campaign.id)
    assert done.status is CampaignStatus.WARNINGS, done.error_summary
    assert script.calls["copy"] == 4  # the first answer and three revisions
    prompt = script.prompts["copy"][1][0].content + script.prompts["copy"][1][1].content
    assert '"unhackable"' in prompt and "Never use these words" in prompt
    assert "body copy: uses “unhackable”" in script.prompts["copy"][1][1].content
    kinds = {f["kind"] for f in done.findings}
    assert {"avoid", "urgency"} <= kinds
    report = (engine.campaign_dir(campaign.id) / "quality_report.md").read_text()
    assert "Done with warnings" in report and "unhackable" in report
    engine.close()


def test_a_rule_the_tool_could_not_read_ends_the_campaign_with_warnings(data_dir):
    """Nothing checks a requirement that was not understood, so the kit never claims it met
    it: one finding names it, no node is sent back for it, and the campaign ends with warnings."""
    engine = CampaignEngine(data_dir, provider=WrappingProvider())
    rule = "Players under 18 need parental consent; say so on the sign-up page."
    campaign = engine.submit(make_brief(additional_requirements=f"{rule} No urgency language."))
    assert engine.wait([campaign.id], timeout=60)
    done = engine.get(campaign.id)
    assert done.status is CampaignStatus.WARNINGS
    (finding,) = done.findings
    assert finding["kind"] == FindingKind.UNCHECKED and finding["actual"] == rule
    assert not finding["fixable"]
    report = (engine.campaign_dir(campaign.id) / "quality_report.md").read_text()
    assert "Done with warnings" in report and "Revisions so far:** 0" in report
    assert "Score:** 98/100" in report
    engine.close()
