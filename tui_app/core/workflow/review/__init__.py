"""The review node's checks: concrete, countable, each failure a typed `Finding` blamed on the
node that can fix it.

What is checked: every channel's length limit; required Markdown sections; the product,
client, audience and features named; every brief channel covered; three personas and three
concepts; the CTA funnel; the media plan summing to the budget; and the brief's own rules in
every audience-facing text (`public_texts`): no avoided word or claim, no urgency, selling,
superlative or health-claim words when the brief forbids them, the primary CTA in every CTA
slot, the must-include lines in every ad, email and post, every language of the brief present;
no internal text (requirements, reviewer notes, template slots) in public copy; no grammar
seams (doubled words, headings and CTAs cut after a preposition or article). The goal and
schedule checks come from the planning modules (`goal_findings`, `schedule_findings`). A
sentence of the requirements that reads like a rule but was not understood is a finding too:
nothing checked the kit against it, so the campaign ends *done with warnings* naming it.

The score is 100 less what each open finding costs (a broken rule of the brief 10 or more), so
it moves with real defects and only a kit with no finding scores 100. A campaign
passes with no finding at all; otherwise the node with the most failed weight (blocking first)
is sent back with its findings, and what remains after the last revision ends the campaign
*done with warnings*.
"""

from __future__ import annotations

from collections.abc import Iterable

from ...content import Content
from ...findings import Finding
from ...models import CampaignBrief
from ...planning import MediaPlan
from ..registry import Registry
from ..team import TEAM
from . import checks
from .checks import audience_terms
from .report import KIND_WEIGHTS, QualityReport, Review, render_quality_report
from .rules import internal_and_seams, languages, own_phrases, rules
from .texts import PublicText, public_texts


def review_campaign(
    brief: CampaignBrief,
    sections: dict[str, Content],
    media_plan: MediaPlan | None,
    files: dict[str, str],
    extra: Iterable[Finding] = (),
    *,
    registry: Registry = TEAM,
) -> QualityReport:
    """Run every check on what the nodes wrote; `extra` adds findings computed elsewhere
    (goals in the KPI plan, the schedule), each counted as a failed check."""
    review = Review(registry)
    checks.limits(review, sections)
    checks.coverage(review, brief, sections, media_plan)
    checks.sections(review, files, registry)
    checks.brief_terms(review, brief, files, sections)
    texts = public_texts(sections)
    rules(review, brief, sections, texts)
    languages(review, brief, sections)
    internal_and_seams(review, brief, texts)
    checks.unread_rules(review, brief)
    for finding in extra:
        review.report.total_weight += finding.weight
        review.report.checks += 1
        review.report.findings.append(finding)
    return review.report


__all__ = [
    "KIND_WEIGHTS",
    "PublicText",
    "QualityReport",
    "audience_terms",
    "own_phrases",
    "public_texts",
    "render_quality_report",
    "review_campaign",
]
