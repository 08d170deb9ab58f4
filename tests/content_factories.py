"""Hand-written content sections for renderer tests (documents, hero, website).

`make_sections(brief)` returns every section as the content models hold it, written from the
brief so product, audience and features flow through, the way a provider's output would.
Tests that want realistic provider output use `offline_sections` instead.
"""

from __future__ import annotations

from typing import Any

from tui_app.core.content import (
    CampaignSummary,
    ClientSummary,
    Concept,
    Content,
    Copy,
    Creative,
    CtaPlan,
    CtaStage,
    Email,
    EmotionVariant,
    EmotionVariants,
    MessagingPillar,
    Persona,
    Personas,
    Plan,
    PlanPhase,
    SearchAd,
    SocialCampaign,
    SocialPost,
    Strategy,
    Swatch,
    VisualDirection,
)
from tui_app.core.models import CampaignBrief, Channel
from tui_app.core.planning import build_kpi_plan, build_media_plan
from tui_app.core.workflow.team import TEAM

SECTION_MODELS = TEAM.section_models  # node -> section model, from the registry

PALETTES = {
    "professional": ["#0b2545", "#1f6feb", "#8da9c4", "#eef4ed"],
    "casual": ["#2b2d42", "#ef8354", "#4f9d69", "#f4d35e", "#fdf6ec"],
    "friendly": ["#3d405b", "#e07a5f", "#81b29a", "#f2cc8f", "#fff8f0"],
    "authoritative": ["#0a1931", "#185adb", "#c9a227", "#e8e8e8"],
    "creative": ["#1b1035", "#ff3d7f", "#ffb400", "#00c2a8", "#fff5fa"],
    "modern": ["#0f0f14", "#6c5ce7", "#00d2d3", "#fd79a8", "#f5f6fa"],
    "vintage": ["#3e2723", "#b5651d", "#d4a373", "#6b705c", "#f3e9d2"],
}


def make_sections(brief: CampaignBrief) -> dict[str, Content]:
    """Every section, by node name, written from the brief."""
    p, aud = brief.product, brief.target_audience
    f = [*brief.key_features, "Thoughtful design", "Built to last"][:3]
    tag = "#" + "".join(ch for ch in p.title() if ch.isalnum())[:20]
    social_channels = [
        c.value
        for c in brief.channels
        if c in (Channel.INSTAGRAM, Channel.TIKTOK, Channel.LINKEDIN, Channel.X, Channel.FACEBOOK)
    ]
    copy = Copy(
        headlines=[
            f"Meet {p}",
            f"{f[0]}, finally",
            f"Made for {aud[:30]}",
            "Start today",
            "Why wait?",
        ],
        body_copy=f"{p} brings {f[0].lower()} and {f[1].lower()} together.\n\n"
        f"Built for {aud}, it does the hard part for you.",
        elevator_pitch=f"{p} gives {aud} {f[0].lower()} without the fuss. "
        f"{brief.client} built it to last.",
        emails=[
            Email(
                subject=f"Say hello to {p}"[:60],
                preheader="Three reasons it changes your week"[:100],
                body=f"Hi there,\n\n{p} is here. {f[0]}. {f[1]}.\n\nSee you soon,\n{brief.client}",
                send_week=w,
            )
            for w in (1, 2, 4)
        ]
        if Channel.EMAIL in brief.channels
        else [],
        search_ads=[
            SearchAd(
                headlines=[p[:30], f[0][:30], "Order today"],
                descriptions=[f"{f[0]} and {f[1]}."[:90], f"From {brief.client}."[:90]],
                keywords=[p.lower(), f[0].lower(), "buy " + p.lower()],
            )
        ]
        if Channel.SEARCH_ADS in brief.channels
        else [],
        display_ads=[SearchAd(headlines=[p[:30]], descriptions=[f[0][:90]], keywords=[p.lower()])]
        if Channel.DISPLAY_ADS in brief.channels
        else [],
    )
    sections: dict[str, Content] = {
        "project_manager": Plan(
            summary=f"Launch {p} for {brief.client} to {aud}.",
            phases=[
                PlanPhase(name="Tease", weeks="1-2", focus="Build curiosity."),
                PlanPhase(name="Launch", weeks="3-4", focus="Drive the first orders."),
                PlanPhase(name="Sustain", weeks=f"5-{brief.timeline}", focus="Keep momentum."),
            ],
            deliverables=["Strategy", "Personas", "Copy", "Website"],
            success_criteria=[f"Goal met: {g}" for g in brief.goals],
        ),
        "strategy": Strategy(
            positioning=f"For {aud}, {p} is the easiest way to get {f[0].lower()}.",
            value_propositions=[f"{x} that just works" for x in f],
            messaging_pillars=[
                MessagingPillar(
                    name=x, message=f"{p}: {x.lower()}.", proof_points=["Tested", "Loved"]
                )
                for x in f
            ],
            market_notes=["The category is crowded with lookalikes.", "Buyers compare online."],
            competitive_angle=f"{p} pairs {f[0].lower()} with {f[1].lower()}.",
        ),
        "audience_persona": Personas(
            personas=[
                Persona(
                    name=f"{n}, the {label}",
                    role=role,
                    age_range=ages,
                    summary=f"{n} is one of the {aud}. Busy, curious, careful with money.",
                    needs=[f[0], f[1], "Confidence"],
                    objections=["Price", "Will it last?"],
                    channels=[c.label for c in brief.channels[:3]],
                    quote=f"If {p} saves me time, I'm in.",
                )
                for n, label, role, ages in (
                    ("Maya", "planner", "Project manager", "28-35"),
                    ("Leo", "tinkerer", "Engineer", "35-44"),
                    ("Ruth", "skeptic", "Teacher", "45-55"),
                )
            ]
        ),
        "creative": Creative(
            concepts=[
                Concept(
                    name=name,
                    big_idea=f"{p} as {idea}.",
                    tagline=tagline[:60],
                    executions=["Hero video", "Carousel", "Out-of-home poster"],
                )
                for name, idea, tagline in (
                    ("Everyday hero", "the quiet hero of the day", f"{p}. Every day, better."),
                    ("Proof, not promises", "a product that shows its work", "See it. Believe it."),
                    ("Join the club", "a badge of belonging", "You're one of us now."),
                )
            ],
            recommended=0,
            rationale=f"It speaks to {aud} in their own words.",
        ),
        "copy": copy,
        "cta_optimizer": CtaPlan(
            stages=[
                CtaStage(
                    stage=stage,
                    variants=variants,
                    recommended=variants[0],
                    rationale=f"Fits the {stage} mindset.",
                )
                for stage, variants in (
                    ("awareness", ["Discover more", "See how", "Take a look"]),
                    ("consideration", ["Compare plans", "Watch the demo", "Read reviews"]),
                    ("conversion", ["Order now", "Get yours", "Start today"]),
                    ("retention", ["Share the love", "Invite a friend", "Join the club"]),
                )
            ],
            primary_cta="Order now",
        ),
        "visual": VisualDirection(
            mood=f"Confident and {brief.style.value}.",
            palette=[
                Swatch(name=f"Colour {i + 1}", hex=h, use="Accents")
                for i, h in enumerate(PALETTES[brief.style.value])
            ],
            typography="A strong sans for headlines; a readable body face.",
            imagery=["Real people", "Natural light", "Product in use"],
            hero_headline=f"{p}: {f[0]}"[:60],
            hero_subline=f"Made for {aud}"[:90],
            dos=["Show the product in use", "Keep it bright", "Leave space"],
            donts=["Stock clichés", "Clutter", "Tiny type"],
        ),
        "social_media_campaign": SocialCampaign(
            posts=[
                SocialPost(
                    platform=ch,
                    text=f"{p} is here. {f[0]}.\nTap the link to see more.",
                    hashtags=[tag, "#launch"],
                    format="carousel" if ch == "instagram" else "single image",
                    week=week,
                )
                for ch in social_channels
                for week in (1, 3)
            ],
            campaign_hashtag=tag,
            cadence="Three posts a week per platform.",
        ),
        "emotion_personalization": EmotionVariants(
            key_message=f"{p} makes {f[0].lower()} easy.",
            variants=[
                EmotionVariant(angle=a, message=f"{p}: {m}", best_for=b)
                for a, m, b in (
                    ("aspiration", "be the person who has it sorted.", "Maya"),
                    ("relief", "one less thing to worry about.", "Ruth"),
                    ("belonging", "join thousands who already switched.", "Leo"),
                    ("curiosity", "see what everyone's talking about.", "Launch week"),
                )
            ],
        ),
        "campaign_summary": CampaignSummary(
            overview=f"A {brief.timeline}-week campaign for {p}.",
            highlights=["Three personas", "Three concepts", "Full copy kit", "Media plan"],
            risks=["Creative fatigue: rotate weekly.", "Low CTR: test new hooks."],
            next_steps=["Approve concept", "Book media", "Brief production"],
        ),
        "client_summary": ClientSummary(
            headline=f"Your {p} launch, ready to go",
            introduction=f"Dear {brief.client} team, here is the plan for {p}.",
            what_we_will_do=["Position the product", "Reach your audience", "Convert interest"],
            what_you_get=["A strategy", "Ready-to-post copy", "A landing page"],
            next_steps=["Review this kit", "Approve the budget", "Kick-off call"],
        ),
    }
    for name, section in sections.items():
        assert isinstance(section, SECTION_MODELS[name]), name
    return sections


def offline_sections(brief: CampaignBrief) -> dict[str, Content]:
    """Every section from the offline provider, each with the earlier ones as context."""
    from tui_app.core.providers.base import ContentRequest
    from tui_app.core.providers.offline import OfflineProvider

    provider = OfflineProvider()
    context: dict[str, Content] = {}
    for name, model in SECTION_MODELS.items():
        request = ContentRequest(section=name, schema=model, brief=brief, context=dict(context))
        context[name] = provider.generate(request).content
    return context


def website_data(brief: CampaignBrief, sections: dict[str, Content] | None = None) -> Any:
    """A WebsiteData for the brief, with the real media plan and a drawn hero."""
    from tui_app.core.workflow.hero import render_hero_svg
    from tui_app.core.workflow.website import WebsiteData

    s = sections or make_sections(brief)
    media = build_media_plan(brief)
    return WebsiteData(
        campaign_id="campaign_20250101_120000_00001",
        brief=brief,
        plan=s["project_manager"],
        strategy=s["strategy"],
        personas=s["audience_persona"],
        creative=s["creative"],
        copy=s["copy"],
        cta=s["cta_optimizer"],
        visual=s["visual"],
        social=s["social_media_campaign"],
        emotion=s["emotion_personalization"],
        media_plan=media,
        kpi_plan=build_kpi_plan(media, brief),
        client_summary=s["client_summary"],
        hero_svg=render_hero_svg(s["visual"], brief),
    )
