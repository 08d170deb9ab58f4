"""The campaign's Markdown artifacts, one pure renderer per file.

Each renderer turns a content section (see `tui_app.core.content`) and the normalised brief into
the Markdown a person reads: in the app's artifact viewer, in an editor, or in the delivered
kit. Renderers are deterministic (no clock, no randomness), so re-running a node after a resume
writes byte-identical files and the manifest's hashes stay stable.

The `## ` headings each file always has are facts of its node (`team.py`); the review checks them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ..content import (
    CampaignSummary,
    ClientSummary,
    Copy,
    Creative,
    CtaPlan,
    EmotionVariants,
    Personas,
    Plan,
    SearchAd,
    SocialCampaign,
    Strategy,
    VisualDirection,
)
from ..formatting import format_money, format_number, format_percent
from ..models import LIMITS, POST_LIMITS, CampaignBrief, Channel
from ..planning import GoalKpi, KpiPlan, MediaLine, MediaPlan

# -- Markdown building blocks ---------------------------------------------------------

_WS = re.compile(r"\s+")
# A line of user text that Markdown would read as a heading, rule or fence. Escaping it keeps a
# provider's text from inventing `## ` sections (which would fool the review's checks).
_BLOCK_START = re.compile(r"^(\s{0,3})(#|```|~~~|---|===|\*\*\*|___)")


def inline(text: object) -> str:
    """One line of text: newlines and runs of whitespace collapse to one space."""
    return _WS.sub(" ", str(text)).strip()


def cell(text: object) -> str:
    """A table cell: one line, with `|` escaped so it cannot split the row."""
    return inline(text).replace("\\", "\\\\").replace("|", "\\|")


def paragraphs(text: str) -> str:
    """Multi-line user text as Markdown paragraphs, block syntax at line starts escaped."""
    lines = [_BLOCK_START.sub(r"\1\\\2", line.rstrip()) for line in str(text).strip().splitlines()]
    out = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", out)


def bullets(items: Iterable[object], *, numbered: bool = False) -> list[str]:
    """A Markdown list, one line per item; an empty list says so instead of vanishing."""
    lines = [
        f"{i}. {inline(item)}" if numbered else f"- {inline(item)}"
        for i, item in enumerate(items, 1)
    ]
    return lines or ["- _None._"]


def table(headers: Sequence[str], rows: Iterable[Sequence[object]], align: str = "") -> list[str]:
    """A Markdown table; `align` is one letter per column (l, r, c), default left."""
    marks = {"l": "---", "r": "---:", "c": ":---:"}
    spec = [marks.get(align[i] if i < len(align) else "l", "---") for i in range(len(headers))]
    lines = ["| " + " | ".join(cell(h) for h in headers) + " |", "|" + "|".join(spec) + "|"]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return lines


def quote(text: str) -> list[str]:
    """A blockquote keeping the text's line breaks (a trailing backslash is a hard break)."""
    lines = paragraphs(text).split("\n")
    out: list[str] = []
    for i, line in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        hard = "\\" if line and nxt else ""
        out.append(f"> {line}{hard}" if line else ">")
    return out


def count(text: str, limit: int) -> str:
    """`42/60 chars`, flagged when over the limit."""
    n = len(text)
    return f"{n}/{limit} chars" + (" ⚠ over the limit" if n > limit else "")


def finish(lines: list[str]) -> str:
    """Join lines into a document with exactly one trailing newline."""
    text = "\n".join(lines)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.rstrip() + "\n"


def header(title: str, brief: CampaignBrief) -> list[str]:
    """The title and the one-line context every document starts with."""
    return [
        f"# {inline(title)}",
        "",
        f"**Campaign:** {inline(brief.campaign_name)} · **Product:** {inline(brief.product)} · "
        f"**Client:** {inline(brief.client)}",
        "",
    ]


def channel_names(brief: CampaignBrief) -> str:
    return ", ".join(c.label for c in brief.channels) or "none"


def platform_label(platform: str) -> str:
    """A social channel id as people write it ("x" → "X (Twitter)")."""
    try:
        return Channel(platform).label
    except ValueError:
        return platform.title()


# -- the artifacts -----------------------------------------------------------------------


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


def render_creative(creative: Creative, brief: CampaignBrief) -> str:
    """creative_concepts.md: three concepts and the recommended one."""
    lines = header(f"Creative concepts: {brief.product}", brief)
    lines += ["## Concepts", ""]
    for i, concept in enumerate(creative.concepts):
        star = " ★ recommended" if i == creative.recommended else ""
        lines += [
            f"### {i + 1}. {inline(concept.name)}{star}",
            "",
            f"**Tagline:** “{inline(concept.tagline)}” ({count(concept.tagline, 60)})",
            "",
            f"**Big idea:** {inline(concept.big_idea)}",
            "",
            "**Executions**",
            "",
            *bullets(concept.executions),
            "",
        ]
    lines += ["## Recommendation", ""]
    if 0 <= creative.recommended < len(creative.concepts):
        chosen = creative.concepts[creative.recommended]
        lines += [f"**{inline(chosen.name)}** — “{inline(chosen.tagline)}”", ""]
    lines += [paragraphs(creative.rationale)]
    return finish(lines)


def _ad_lines(kind: str, ads: list[SearchAd], headline_key: str, description_key: str) -> list[str]:
    lines: list[str] = []
    for i, ad in enumerate(ads, 1):
        lines += [f"### {kind} {i}", ""]
        rows = [("Headline", h, count(h, LIMITS[headline_key])) for h in ad.headlines]
        rows += [("Description", d, count(d, LIMITS[description_key])) for d in ad.descriptions]
        lines += table(("Part", "Text", "Length"), rows)
        if ad.keywords:
            lines += ["", "**Keywords:** " + ", ".join(f"`{inline(k)}`" for k in ad.keywords)]
        lines.append("")
    return lines


def render_copy(copy: Copy, brief: CampaignBrief) -> str:
    """copy.md: headlines, body copy, pitch, and the channel copy the brief's channels need."""
    lines = header(f"Copy: {brief.product}", brief)
    lines += ["## Headlines", "", *bullets(copy.headlines, numbered=True), ""]
    lines += ["## Body copy", "", paragraphs(copy.body_copy), ""]
    lines += ["## Elevator pitch", "", *quote(copy.elevator_pitch), ""]
    if copy.emails:
        lines += ["## Email sequence", ""]
        for i, email in enumerate(copy.emails, 1):
            lines += [
                f"### Email {i} · week {email.send_week}",
                "",
                f"**Subject:** {inline(email.subject)} "
                f"({count(email.subject, LIMITS['email_subject'])})  ",
                f"**Preheader:** {inline(email.preheader)} "
                f"({count(email.preheader, LIMITS['email_preheader'])})",
                "",
                paragraphs(email.body),
                "",
            ]
    if copy.search_ads:
        lines += ["## Search ads", ""]
        lines += _ad_lines("Search ad", copy.search_ads, "search_headline", "search_description")
    if copy.display_ads:
        lines += ["## Display ads", ""]
        lines += _ad_lines(
            "Display ad", copy.display_ads, "display_headline", "display_description"
        )
    return finish(lines)


def render_cta(cta: CtaPlan, brief: CampaignBrief) -> str:
    """cta_optimization.md: the primary CTA and the variants per funnel stage."""
    lines = header(f"CTA optimisation: {brief.product}", brief)
    lines += ["## Primary CTA", "", f"**{inline(cta.primary_cta)}**", ""]
    lines += ["## Funnel stages", ""]
    lines += table(
        ("Stage", "Lead with", "Variants", "Why"),
        [
            (s.stage.title(), s.recommended, " · ".join(inline(v) for v in s.variants), s.rationale)
            for s in cta.stages
        ],
    )
    lines.append("")
    for stage in cta.stages:
        lines += [f"### {inline(stage.stage).title()}", ""]
        lines += [
            f"- {inline(v)} ({count(v, 25)})" + (" ← recommended" if v == stage.recommended else "")
            for v in stage.variants
        ] or ["- _None._"]
        lines += ["", paragraphs(stage.rationale), ""]
    return finish(lines)


def render_visual(visual: VisualDirection, brief: CampaignBrief) -> str:
    """visual_direction.md: mood, palette, type, imagery, the hero and the do's and don'ts."""
    lines = header(f"Visual direction: {brief.product}", brief)
    lines += ["## Mood", "", paragraphs(visual.mood), ""]
    lines += ["## Palette", ""]
    lines += table(
        ("Colour", "Hex", "Use"), [(s.name, f"`{s.hex}`", s.use) for s in visual.palette]
    )
    lines += ["", "## Typography", "", paragraphs(visual.typography), ""]
    lines += ["## Imagery", "", *bullets(visual.imagery), ""]
    lines += [
        "## Hero",
        "",
        f"**Headline:** {inline(visual.hero_headline)} ({count(visual.hero_headline, 60)})  ",
        f"**Subline:** {inline(visual.hero_subline)} ({count(visual.hero_subline, 90)})",
        "",
        "The hero image is drawn from this palette in `hero.svg`.",
        "",
    ]
    lines += ["## Do's and don'ts", "", "**Do**", "", *bullets(visual.dos), ""]
    lines += ["**Don't**", "", *bullets(visual.donts)]
    return finish(lines)


def render_social(social: SocialCampaign, brief: CampaignBrief) -> str:
    """social_media_campaign.md: posts grouped per platform, each with its length vs the limit."""
    lines = header(f"Social media campaign: {brief.product}", brief)
    by_platform: dict[str, list] = {}
    for post in social.posts:
        by_platform.setdefault(post.platform, []).append(post)
    lines += [
        "## Overview",
        "",
        f"**Campaign hashtag:** {inline(social.campaign_hashtag)}  ",
        f"**Cadence:** {inline(social.cadence)}",
        "",
    ]
    lines += table(
        ("Platform", "Posts", "Limit"),
        [
            (
                platform_label(p),
                len(posts),
                f"{POST_LIMITS[p]:,} chars" if p in POST_LIMITS else "–",
            )
            for p, posts in by_platform.items()
        ],
        "lrr",
    )
    lines += ["", "## Posts", ""]
    if not by_platform:
        lines += ["_No posts._", ""]
    for platform, posts in by_platform.items():
        limit = POST_LIMITS.get(platform, 0)
        lines += [f"### {platform_label(platform)}", ""]
        for i, post in enumerate(posts, 1):
            length = count(post.full_text, limit) if limit else f"{len(post.full_text)} chars"
            lines += [
                f"#### Post {i} · week {post.week} · {inline(post.format)}",
                "",
                *quote(post.full_text),
                "",
                f"_{length}_",
                "",
            ]
    return finish(lines)


def render_emotion(emotion: EmotionVariants, brief: CampaignBrief) -> str:
    """emotion_variants.md: the key message, rewritten for several emotional angles."""
    lines = header(f"Emotional variants: {brief.product}", brief)
    lines += ["## Key message", "", *quote(emotion.key_message), ""]
    lines += ["## Variants", ""]
    for variant in emotion.variants:
        lines += [
            f"### {inline(variant.angle).capitalize()}",
            "",
            *quote(variant.message),
            "",
            f"**Best for:** {inline(variant.best_for)}",
            "",
        ]
    return finish(lines)


def _delivery(line: MediaLine, value: int) -> str:
    # A fixed-price line (website production) buys no media: no delivery to show.
    return "–" if line.pricing == "fixed" else format_number(value)


def _media_table(media_plan: MediaPlan) -> list[str]:
    cur = media_plan.currency
    rows = [
        (
            line.label + (" (sends)" if line.channel == "email" else ""),
            f"{line.start_week}–{line.end_week}",
            format_money(line.budget, cur),
            format_percent(line.share),
            line.pricing,
            _delivery(line, line.impressions),
            _delivery(line, line.clicks),
            _delivery(line, line.conversions),
        )
        for line in media_plan.lines
    ]
    totals = media_plan.totals
    rows.append(
        (
            "**Total**",
            f"1–{media_plan.weeks}",
            f"**{format_money(media_plan.total_budget, cur)}**",
            "100%" if media_plan.lines else "–",
            "",
            format_number(totals.impressions),
            format_number(totals.clicks),
            format_number(totals.conversions),
        )
    )
    lines = table(
        (
            "Channel",
            "Weeks",
            "Budget",
            "Share",
            "Pricing",
            "Impressions",
            "Clicks",
            f"Conversions ({media_plan.conversion_label})",
        ),
        rows,
        "llrrlrrr",
    )
    if any(line.channel == "email" for line in media_plan.lines):
        lines += ["", "_Email impressions are sends; they are left out of the total._"]
    return lines


def _goal_line(row: GoalKpi) -> str:
    how = f" Measured by {inline(row.measured_by)}." if row.measured_by else ""
    return f"- **{inline(row.kpi)}** ({inline(row.target)}): {inline(row.basis)}{how}"


def _kpi_plan(kpi_plan: KpiPlan) -> list[str]:
    """The goal rows (the brief's own figures and whether the budget reaches them), how each
    verdict was reached, then the channel figures."""
    lines = ["### Goals", ""]
    lines += table(
        ("Goal", "KPI", "Target", "Estimate at this budget", "Verdict"),
        [(r.goal, r.kpi, r.target, r.estimate, r.feasibility.value) for r in kpi_plan.goals],
    )
    lines += ["", "How each verdict was reached:", ""]
    lines += [_goal_line(row) for row in kpi_plan.goals] or ["- _No goals._"]
    lines += ["", "### Channel figures", ""]
    lines += table(
        ("KPI", "Target", "Basis"), [(t.name, t.target, t.basis) for t in kpi_plan.targets]
    )
    if kpi_plan.notes:
        lines += ["", *bullets(kpi_plan.notes)]
    return lines


def render_campaign_summary(
    summary: CampaignSummary,
    brief: CampaignBrief,
    media_plan: MediaPlan,
    kpi_plan: KpiPlan,
    quality_score: int | None,
) -> str:
    """campaign_summary.md: the internal summary with the KPI plan and the media plan."""
    lines = header(f"Campaign summary: {brief.campaign_name}", brief)
    score = f"{quality_score}/100" if quality_score is not None else "not reviewed"
    lines += [
        f"**Budget:** {brief.budget} · **Timeline:** {brief.timeline} weeks · "
        f"**Channels:** {channel_names(brief)} · **Quality score:** {score}",
        "",
    ]
    lines += ["## Overview", "", paragraphs(summary.overview), ""]
    lines += ["## Highlights", "", *bullets(summary.highlights), ""]
    lines += ["## KPI plan", "", *_kpi_plan(kpi_plan)]
    lines += ["", "## Media plan", "", *_media_table(media_plan), ""]
    if media_plan.assumptions:
        lines += ["**Assumptions**", "", *bullets(media_plan.assumptions), ""]
    if media_plan.sources:
        lines += ["**Sources**", "", *bullets(media_plan.sources), ""]
    lines += ["## Risks", "", *bullets(summary.risks), ""]
    lines += ["## Next steps", "", *bullets(summary.next_steps, numbered=True)]
    return finish(lines)


def render_client_summary(
    client_summary: ClientSummary, brief: CampaignBrief, media_plan: MediaPlan
) -> str:
    """client_summary.md: what the client reads, with the investment per channel."""
    lines = [f"# {inline(client_summary.headline)}", ""]
    lines += [
        f"**Prepared for:** {inline(brief.client)} · **Campaign:** {inline(brief.campaign_name)} "
        f"· **Product:** {inline(brief.product)}",
        "",
    ]
    lines += ["## Introduction", "", paragraphs(client_summary.introduction), ""]
    lines += ["## What we will do", "", *bullets(client_summary.what_we_will_do), ""]
    lines += ["## What you get", "", *bullets(client_summary.what_you_get), ""]
    lines += [
        "## Investment",
        "",
        f"A budget of **{brief.budget}** over **{brief.timeline} weeks**, split across channels:",
        "",
    ]
    lines += table(
        ("Channel", "Weeks", "Budget", "Share"),
        [
            (
                line.label,
                f"{line.start_week}–{line.end_week}",
                format_money(line.budget, media_plan.currency),
                format_percent(line.share),
            )
            for line in media_plan.lines
        ],
        "llrr",
    )
    lines += ["", "## Next steps", "", *bullets(client_summary.next_steps, numbered=True)]
    return finish(lines)


__all__ = [
    "render_campaign_summary",
    "render_client_summary",
    "render_copy",
    "render_creative",
    "render_cta",
    "render_emotion",
    "render_personas",
    "render_plan",
    "render_social",
    "render_strategy",
    "render_visual",
]
