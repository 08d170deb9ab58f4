"""The campaign team: the fifteen nodes of the workflow, one spec each.

    project_manager → strategy → audience_persona → creative → copy → cta_optimizer → visual
      → social_media_campaign → media_planner ┐
      → emotion_personalization ──────────────┴→ review
      → campaign_summary → client_summary → web_developer → package

Social posts and emotional variants are independent, so they run side by side (with an LLM,
their calls overlap). The media planner follows the social node because its content calendar
schedules the posts. The review waits for both branches, may send one node back (at most
three times), and a node under revision goes straight back to the review (a revised social
node refreshes the calendar on its way).
"""

from __future__ import annotations

from ..content import (
    CampaignSummary,
    ClientSummary,
    Copy,
    Creative,
    CtaPlan,
    EmotionVariants,
    Personas,
    Plan,
    SocialCampaign,
    Strategy,
    VisualDirection,
)
from ..formatting import counted, end_sentence
from .registry import NodeSpec, Registry

_DOCS = "tui_app.core.workflow.documents"
_NODES = "tui_app.core.workflow.nodes"

# The brief fields each part of the kit is written from (a variant that changes one restarts
# at the first node that depends on it; tone, CTA and colours come in later than the facts).
_FACTS = (
    "product",
    "client",
    "campaign_name",
    "client_website",
    "target_audience",
    "goals",
    "key_features",
    "channels",
    "languages",
    "avoid",
    "no_selling",
    "additional_requirements",
)
_PLAN = (*_FACTS, "budget", "timeline")
_VOICE = ("tone", "primary_cta", "must_include")

TEAM = Registry(
    [
        NodeSpec(
            "project_manager",
            "Project plan",
            schema=Plan,
            document="plan.md",
            headings=("Brief", "Summary", "Phases", "Deliverables", "Success criteria"),
            render=f"{_DOCS}:render_plan",
            run=f"{_NODES}:project_manager",
            revisable=True,
            artifacts=("brief.json",),
            approvable=True,
            depends_on=_PLAN,
        ),
        NodeSpec(
            "strategy",
            "Strategy",
            after=("project_manager",),
            schema=Strategy,
            upstream=("project_manager",),
            document="strategy.md",
            headings=(
                "Positioning",
                "Value propositions",
                "Messaging pillars",
                "Market notes",
                "Competitive angle",
            ),
            render=f"{_DOCS}:render_strategy",
            describe=lambda s: (
                f"Positioning set: {counted(len(s.messaging_pillars), 'messaging pillar')}, "
                f"{counted(len(s.value_propositions), 'value proposition')}."
            ),
            revisable=True,
            approvable=True,
            depends_on=_FACTS,
        ),
        NodeSpec(
            "audience_persona",
            "Personas",
            after=("strategy",),
            schema=Personas,
            upstream=("strategy",),
            document="audience_personas.md",
            headings=("Audience", "Personas"),
            render=f"{_DOCS}:render_personas",
            # "; " between them: a persona's name has commas of its own ("Diego, the weekend hiker")
            describe=lambda p: "Personas: " + "; ".join(x.name for x in p.personas) + ".",
            revisable=True,
            approvable=True,
            depends_on=_FACTS,
        ),
        NodeSpec(
            "creative",
            "Creative concepts",
            after=("audience_persona",),
            schema=Creative,
            upstream=("strategy", "audience_persona"),
            document="creative_concepts.md",
            headings=("Concepts", "Recommendation"),
            render=f"{_DOCS}:render_creative",
            describe=lambda c: end_sentence(
                "Concepts: " + ", ".join(f"“{x.name}”" for x in c.concepts)
            ),
            revisable=True,
            approvable=True,
            depends_on=_FACTS,
        ),
        NodeSpec(
            "copy",
            "Copy",
            after=("creative",),
            schema=Copy,
            upstream=("strategy", "audience_persona", "creative"),
            document="copy.md",
            headings=("Headlines", "Body copy", "Elevator pitch"),
            render=f"{_DOCS}:render_copy",
            describe=lambda c: (
                f"Copy: {counted(len(c.headlines), 'headline')}, "
                f"{counted(len(c.emails), 'email')}, {counted(len(c.search_ads), 'search ad')}, "
                f"{counted(len(c.display_ads), 'display ad')}."
            ),
            revisable=True,
            approvable=True,
            depends_on=_VOICE,
        ),
        NodeSpec(
            "cta_optimizer",
            "Calls to action",
            after=("copy",),
            schema=CtaPlan,
            upstream=("strategy", "copy"),
            document="cta_optimization.md",
            headings=("Primary CTA", "Funnel stages"),
            render=f"{_DOCS}:render_cta",
            describe=lambda c: end_sentence(
                f"CTAs for {counted(len(c.stages), 'funnel stage')}; primary: “{c.primary_cta}”"
            ),
            revisable=True,
            approvable=True,
            depends_on=_VOICE,
        ),
        NodeSpec(
            "visual",
            "Visual direction",
            after=("cta_optimizer",),
            schema=VisualDirection,
            upstream=("strategy", "creative"),
            document="visual_direction.md",
            headings=("Mood", "Palette", "Typography", "Imagery", "Hero", "Do's and don'ts"),
            render=f"{_DOCS}:render_visual",
            run=f"{_NODES}:visual",
            revisable=True,
            artifacts=("hero.svg",),
            approvable=True,
            depends_on=("brand_colors",),
        ),
        NodeSpec(
            "social_media_campaign",
            "Social posts",
            after=("visual",),
            schema=SocialCampaign,
            upstream=("strategy", "creative", "copy", "cta_optimizer"),
            document="social_media_campaign.md",
            headings=("Overview", "Posts"),
            render=f"{_DOCS}:render_social",
            describe=lambda s: (
                f"Social: {counted(len(s.posts), 'post')} on "
                f"{counted(len({p.platform for p in s.posts}), 'platform')}, {s.campaign_hashtag}."
            ),
            revisable=True,
            revised_next=("media_planner",),
        ),
        NodeSpec(
            "emotion_personalization",
            "Emotional variants",
            after=("visual",),
            schema=EmotionVariants,
            upstream=("strategy", "audience_persona", "copy"),
            document="emotion_variants.md",
            headings=("Key message", "Variants"),
            render=f"{_DOCS}:render_emotion",
            describe=lambda e: "Emotional angles: " + ", ".join(v.angle for v in e.variants) + ".",
            revisable=True,
        ),
        NodeSpec(
            "media_planner",
            "Media plan and calendar",
            after=("social_media_campaign",),
            run=f"{_NODES}:media_planner",
            revisable=True,
            artifacts=("media_plan.csv", "content_calendar.csv"),
        ),
        NodeSpec(
            "review",
            "Quality review",
            after=("emotion_personalization", "media_planner"),
            run=f"{_NODES}:review",
            reviews=True,
            join=True,
            artifacts=("quality_report.md",),
        ),
        NodeSpec(
            "campaign_summary",
            "Internal summary and KPI plan",
            after=("review",),
            schema=CampaignSummary,
            upstream=("project_manager", "strategy", "creative", "copy", "social_media_campaign"),
            document="campaign_summary.md",
            headings=("Overview", "Highlights", "KPI plan", "Media plan", "Risks", "Next steps"),
            run=f"{_NODES}:campaign_summary",
        ),
        NodeSpec(
            "client_summary",
            "Client summary",
            after=("campaign_summary",),
            schema=ClientSummary,
            upstream=("project_manager", "strategy", "creative"),
            document="client_summary.md",
            headings=(
                "Introduction",
                "What we will do",
                "What you get",
                "Investment",
                "Next steps",
            ),
            run=f"{_NODES}:client_summary",
            describe=lambda s: end_sentence(f"Client summary: “{s.headline}”"),
        ),
        NodeSpec(
            "web_developer",
            "Website and landing page",
            after=("client_summary",),
            run=f"{_NODES}:web_developer",
            artifacts=("<id>_campaign_website.html", "landing_page.html"),
        ),
        NodeSpec(
            "package",
            "Manifest",
            after=("web_developer",),
            run=f"{_NODES}:package",
            artifacts=("manifest.json",),
        ),
    ]
)

__all__ = ["TEAM"]
