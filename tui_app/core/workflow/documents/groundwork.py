"""The groundwork documents: plan.md, strategy.md and audience_personas.md.

What the team decides before anything is written for the audience: the normalised brief and
the run's plan, the positioning, and who the campaign speaks to.
"""

from __future__ import annotations

from ...content import Personas, Plan, Strategy
from ...models import CampaignBrief
from .markdown import bullets, channel_names, finish, header, inline, paragraphs, quote, table


def render_plan(plan: Plan, brief: CampaignBrief) -> str:
    """plan.md: the normalised brief, then the run's plan (phases, deliverables, criteria)."""
    lines = header(f"Campaign plan: {brief.campaign_name}", brief)
    lines += ["## Brief", ""]
    facts = [
        ("Product", brief.product),
        ("Client", brief.client),
        ("Campaign name", brief.campaign_name),
    ]
    if brief.client_website:
        facts.append(("Client website", brief.client_website))
    facts += [
        ("Target audience", brief.target_audience),
        ("Budget", str(brief.budget)),
        ("Timeline", f"{brief.timeline} weeks"),
        ("Tone", brief.tone),
        ("Channels", channel_names(brief)),
        ("Priority", brief.priority.value),
    ]
    lines += table(("Field", "Value"), facts)
    lines += ["", "**Goals**", "", *bullets(brief.goals), ""]
    lines += ["**Key features**", "", *bullets(brief.key_features), ""]
    lines += ["**Additional requirements**", ""]
    if brief.additional_requirements:
        lines += [paragraphs(brief.additional_requirements), ""]
    else:
        lines += ["_None._", ""]
    lines += ["## Summary", "", paragraphs(plan.summary), ""]
    lines += ["## Phases", ""]
    lines += table(("Phase", "Weeks", "Focus"), [(p.name, p.weeks, p.focus) for p in plan.phases])
    lines += ["", "## Deliverables", "", *bullets(plan.deliverables), ""]
    lines += ["## Success criteria", "", *bullets(plan.success_criteria)]
    return finish(lines)


def render_strategy(strategy: Strategy, brief: CampaignBrief) -> str:
    """strategy.md: positioning, value propositions, messaging pillars, market notes."""
    lines = header(f"Strategy: {brief.product}", brief)
    lines += ["## Positioning", "", paragraphs(strategy.positioning), ""]
    lines += ["## Value propositions", "", *bullets(strategy.value_propositions, numbered=True), ""]
    lines += ["## Messaging pillars", ""]
    for i, pillar in enumerate(strategy.messaging_pillars, 1):
        lines += [f"### {i}. {inline(pillar.name)}", "", paragraphs(pillar.message), ""]
        lines += ["Proof points:", "", *bullets(pillar.proof_points), ""]
    lines += ["## Market notes", "", *bullets(strategy.market_notes), ""]
    lines += ["## Competitive angle", "", paragraphs(strategy.competitive_angle)]
    return finish(lines)


def render_personas(personas: Personas, brief: CampaignBrief) -> str:
    """audience_personas.md: the target audience, then each persona in full."""
    lines = header(f"Audience personas: {brief.product}", brief)
    lines += ["## Audience", "", paragraphs(brief.target_audience), ""]
    lines += table(
        ("Persona", "Role", "Age", "Channels"),
        [(p.name, p.role, p.age_range, ", ".join(p.channels)) for p in personas.personas],
    )
    lines += ["", "## Personas", ""]
    for persona in personas.personas:
        lines += [
            f"### {inline(persona.name)}",
            "",
            f"**Role:** {inline(persona.role)} · **Age:** {inline(persona.age_range)}",
            "",
            paragraphs(persona.summary),
            "",
            *quote(f"“{persona.quote}”"),
            "",
            "**Needs**",
            "",
            *bullets(persona.needs),
            "",
            "**Objections**",
            "",
            *bullets(persona.objections),
            "",
            f"**Where to reach them:** {inline(', '.join(persona.channels)) or '–'}",
            "",
        ]
    return finish(lines)


__all__ = ["render_personas", "render_plan", "render_strategy"]
