"""The fifteen workflow nodes.

Each node reads what it needs (the brief from the run context, earlier sections from the
campaign folder), asks the provider for its section, writes its artifact files atomically and
returns a partial state update with their paths. Writing the same content twice leaves the same
files, so a resumed run that replays a node is harmless. Progress leaves a node through the
stream writer (log lines and artifact records), never through globals or print.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from langgraph.config import get_stream_writer
from langgraph.runtime import Runtime

from ..content import SECTION_MODELS, Content, Plan
from ..exports import calendar_csv, media_plan_csv
from ..findings import Finding
from ..formatting import format_money
from ..models import CampaignBrief, write_bytes_atomic
from ..phases import campaign_phases
from ..planning import (
    KpiPlan,
    MediaPlan,
    align_plan_phases,
    build_calendar,
    build_kpi_plan,
    build_media_plan,
)
from ..providers.base import ContentRequest
from ..sanitize import for_xml
from . import documents
from .hero import render_hero_svg
from .landing import LANDING_PAGE, landing_content, render_landing
from .plan_checks import goal_findings, schedule_findings
from .review import render_quality_report, review_campaign
from .state import CampaignState, RunContext
from .website import WebsiteData, render_website

Update = dict[str, Any]

# -- writing and reading the campaign folder ----------------------------------------


def emit(event_type: str, **data: Any) -> None:
    """Send a custom stream event (log line, artifact record) to the engine."""
    try:
        writer = get_stream_writer()
    except RuntimeError:  # called outside a graph run (unit tests of a node)
        return
    writer({"type": event_type, **data})


def log(node: str, message: str, level: str = "info") -> None:
    emit("log", node=node, message=message, level=level)


def write_artifact(ctx: RunContext, node: str, kind: str, name: str, data: str | bytes) -> str:
    """Write one artifact file atomically; returns its path relative to the campaign folder."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    path = ctx.campaign_dir / name
    # names are ours (never from user text), but keep the guarantee explicit
    if not path.resolve().is_relative_to(ctx.campaign_dir.resolve()):
        raise ValueError(f"artifact path escapes the campaign folder: {name}")
    write_bytes_atomic(path, raw)
    emit(
        "artifact",
        node=node,
        kind=kind,
        path=str(path.resolve()),
        bytes=len(raw),
        sha256=hashlib.sha256(raw).hexdigest(),
    )
    return name


def save_section(ctx: RunContext, node: str, content: Content) -> str:
    """Keep the structured section as JSON so later nodes (and resumes) can read it."""
    return write_artifact(
        ctx, node, "data", f"data/{node}.json", content.model_dump_json(indent=2) + "\n"
    )


def load_section(ctx: RunContext, node: str) -> Content | None:
    path = ctx.campaign_dir / "data" / f"{node}.json"
    if not path.exists():
        return None
    return SECTION_MODELS[node].model_validate_json(path.read_text(encoding="utf-8"))


def load_media_plan(ctx: RunContext) -> MediaPlan | None:
    path = ctx.campaign_dir / "data" / "media_planner.json"
    if not path.exists():
        return None
    return MediaPlan.model_validate_json(path.read_text(encoding="utf-8"))


def generate(
    ctx: RunContext, state: CampaignState, node: str, upstream: tuple[str, ...]
) -> Content:
    """Ask the provider for this node's section, with earlier sections as context."""
    context = {name: section for name in upstream if (section := load_section(ctx, name))}
    revising = state.get("revise") == node
    findings = [Finding.from_data(f) for f in state.get("findings") or []] if revising else []
    request = ContentRequest(
        section=node,
        schema=SECTION_MODELS[node],
        brief=ctx.brief,
        campaign_id=ctx.campaign_id,
        context=context,
        feedback=[f.line() for f in findings],
        findings=findings,
        revision=state.get("revisions", 0) if revising else 0,
        cancel=ctx.cancel,
    )
    result = ctx.provider.generate(request)
    ctx.record_usage(node, result.usage)
    if revising:
        log(node, f"Revised after review (revision {request.revision}).")
    return result.content


# -- content nodes built from one pattern --------------------------------------------


@dataclass(frozen=True, slots=True)
class Section:
    """A node that writes one provider-written section and its Markdown file."""

    node: str
    filename: str
    render: Callable[[Any, CampaignBrief], str]
    upstream: tuple[str, ...]
    describe: Callable[[Any], str]


SECTIONS = [
    Section(
        "strategy",
        "strategy.md",
        documents.render_strategy,
        ("project_manager",),
        lambda s: (
            f"Positioning set: {len(s.messaging_pillars)} messaging pillars, "
            f"{len(s.value_propositions)} value propositions."
        ),
    ),
    Section(
        "audience_persona",
        "audience_personas.md",
        documents.render_personas,
        ("strategy",),
        lambda p: "Personas: " + ", ".join(x.name for x in p.personas) + ".",
    ),
    Section(
        "creative",
        "creative_concepts.md",
        documents.render_creative,
        ("strategy", "audience_persona"),
        lambda c: "Concepts: " + ", ".join(f"“{x.name}”" for x in c.concepts) + ".",
    ),
    Section(
        "copy",
        "copy.md",
        documents.render_copy,
        ("strategy", "audience_persona", "creative"),
        lambda c: (
            f"Copy: {len(c.headlines)} headlines, {len(c.emails)} emails, "
            f"{len(c.search_ads)} search ads, {len(c.display_ads)} display ads."
        ),
    ),
    Section(
        "cta_optimizer",
        "cta_optimization.md",
        documents.render_cta,
        ("strategy", "copy"),
        lambda c: f"CTAs for {len(c.stages)} funnel stages; primary: “{c.primary_cta}”.",
    ),
    Section(
        "social_media_campaign",
        "social_media_campaign.md",
        documents.render_social,
        ("strategy", "creative", "copy", "cta_optimizer"),
        lambda s: (
            f"Social: {len(s.posts)} posts on "
            f"{len({p.platform for p in s.posts})} platforms, {s.campaign_hashtag}."
        ),
    ),
    Section(
        "emotion_personalization",
        "emotion_variants.md",
        documents.render_emotion,
        ("strategy", "audience_persona", "copy"),
        lambda e: "Emotional angles: " + ", ".join(v.angle for v in e.variants) + ".",
    ),
]


def section_node(section: Section) -> Callable[[CampaignState, Runtime[RunContext]], Update]:
    def node(state: CampaignState, runtime: Runtime[RunContext]) -> Update:
        ctx = runtime.context
        content = generate(ctx, state, section.node, section.upstream)
        data = save_section(ctx, section.node, content)
        doc = write_artifact(
            ctx,
            section.node,
            "document",
            section.filename,
            section.render(content, ctx.brief),
        )
        log(section.node, section.describe(content))
        return {"artifacts": {section.node: doc, f"{section.node}_data": data}}

    node.__name__ = section.node
    return node


# -- nodes with their own shape ---------------------------------------------------


def project_manager(state: CampaignState, runtime: Runtime[RunContext]) -> Update:
    ctx = runtime.context
    brief_file = write_artifact(ctx, "project_manager", "brief", "brief.json", ctx.brief.to_json())
    _say_what_was_read(ctx.brief)
    written = generate(ctx, state, "project_manager", ())
    # the phase model drives plan, flights and calendar: names and weeks come from it,
    # whatever the provider wrote; its focus text stays where a phase matches
    assert isinstance(written, Plan)  # SECTION_MODELS["project_manager"]
    plan = align_plan_phases(written, ctx.brief.timeline)
    if [(p.name, p.weeks) for p in written.phases] != [(p.name, p.weeks) for p in plan.phases]:
        log(
            "project_manager",
            "Phases set to the campaign's phase model (launch in week 1): "
            + ", ".join(f"{p.name} {p.weeks}" for p in plan.phases)
            + ".",
        )
    data = save_section(ctx, "project_manager", plan)
    doc = write_artifact(
        ctx, "project_manager", "document", "plan.md", documents.render_plan(plan, ctx.brief)
    )
    channels = ", ".join(c.label for c in ctx.brief.channels)
    log(
        "project_manager",
        f"Plan: {len(plan.phases)} phases over {ctx.brief.timeline} weeks; channels: {channels}.",
    )
    return {
        "campaign_id": ctx.campaign_id,
        "artifacts": {"brief": brief_file, "project_manager": doc, "project_manager_data": data},
    }


def _say_what_was_read(brief: CampaignBrief) -> None:
    """Tell the user what the brief's free text was taken to mean, so they can correct it."""
    rules = brief.rules
    if rules.derived:
        log(
            "project_manager",
            "Read from the additional requirements: " + "; ".join(rules.derived) + ". "
            "Set the brief's rule fields to change this.",
        )
    for sentence in rules.unread:
        log(
            "project_manager",
            f"Not read as a rule (the writers get it as a note): “{sentence}”",
            level="warning",
        )
    if not brief.tone_is_known:
        log(
            "project_manager",
            f"Tone “{brief.tone}” names no style this tool knows; writing in the "
            f"{brief.style.value} style. Add a word such as playful, bold, warm or formal.",
            level="warning",
        )


def draw_hero(direction: Any, brief: CampaignBrief) -> str:
    """hero.svg, without the characters XML forbids (a brief stored by an older version may
    hold control characters; they would make the file unreadable)."""
    return for_xml(render_hero_svg(direction, brief))


def visual(state: CampaignState, runtime: Runtime[RunContext]) -> Update:
    ctx = runtime.context
    direction = generate(ctx, state, "visual", ("strategy", "creative"))
    data = save_section(ctx, "visual", direction)
    doc = write_artifact(
        ctx,
        "visual",
        "document",
        "visual_direction.md",
        documents.render_visual(direction, ctx.brief),
    )
    hero = write_artifact(ctx, "visual", "image", "hero.svg", draw_hero(direction, ctx.brief))
    log(
        "visual",
        f"Visual direction: {direction.mood} Hero image drawn ({len(direction.palette)} colours).",
    )
    return {"artifacts": {"visual": doc, "visual_data": data, "hero": hero}}


def media_planner(state: CampaignState, runtime: Runtime[RunContext]) -> Update:
    ctx = runtime.context
    phases = campaign_phases(ctx.brief.timeline)
    plan = build_media_plan(ctx.brief, phases)
    data = write_artifact(
        ctx,
        "media_planner",
        "data",
        "data/media_planner.json",
        plan.model_dump_json(indent=2) + "\n",
    )
    csv_path = write_artifact(ctx, "media_planner", "table", "media_plan.csv", media_plan_csv(plan))
    copy = load_section(ctx, "copy")
    social = load_section(ctx, "social_media_campaign")
    calendar = build_calendar(ctx.brief, copy=copy, social=social, plan=plan, phases=phases)
    cal_path = write_artifact(
        ctx, "media_planner", "table", "content_calendar.csv", calendar_csv(calendar)
    )
    log(
        "media_planner",
        f"Media plan: {len(plan.lines)} channels, "
        f"{format_money(plan.total_budget, plan.currency)} over "
        f"{plan.weeks} weeks; calendar of {len(calendar)} entries.",
    )
    return {
        "artifacts": {"media_plan": csv_path, "content_calendar": cal_path, "media_plan_data": data}
    }


MAX_REVISIONS = 3


def review(state: CampaignState, runtime: Runtime[RunContext]) -> Update:
    ctx = runtime.context
    sections = {name: section for name in SECTION_MODELS if (section := load_section(ctx, name))}
    files = {
        path.name: path.read_text(encoding="utf-8")
        for path in sorted(ctx.campaign_dir.glob("*.md"))
        if path.name in documents.REQUIRED_SECTIONS
    }
    media = load_media_plan(ctx)
    plan = sections.get("project_manager")
    extra = [
        *goal_findings(ctx.brief, media),
        *schedule_findings(ctx.brief, plan if isinstance(plan, Plan) else None, media,
                           ctx.campaign_dir),
    ]  # fmt: skip
    report = review_campaign(ctx.brief, sections, media, files, extra)
    revisions = state.get("revisions", 0)
    send_back = not report.passed and revisions < MAX_REVISIONS and report.fault is not None
    doc = write_artifact(
        ctx,
        "review",
        "report",
        "quality_report.md",
        render_quality_report(report, revisions=revisions, sending_back=send_back),
    )
    verdict = report.to_data()
    if send_back:
        fault = report.fault
        assert fault is not None
        mine = report.findings_for(fault)
        log(
            "review",
            f"Quality score {report.score}/100: sending {fault} back for revision "
            f"{revisions + 1} of {MAX_REVISIONS} ({len(mine)} finding(s)).",
            level="warning",
        )
        return {
            "artifacts": {"quality_report": doc},
            "review": verdict,
            "revisions": revisions + 1,
            "revise": fault,
            "findings": [f.to_data() for f in mine],
        }
    if report.passed:
        log("review", f"Quality score {report.score}/100: passed ({report.checks} checks).")
    else:
        log(
            "review",
            f"Quality score {report.score}/100 after {revisions} revision(s): "
            f"{len(report.findings)} finding(s) remain; the campaign ends with warnings "
            "(see quality_report.md).",
            level="warning",
        )
    return {
        "artifacts": {"quality_report": doc},
        "review": verdict,
        "revise": None,
        "findings": [],
    }


def _kpis(ctx: RunContext) -> tuple[MediaPlan, KpiPlan]:
    plan = load_media_plan(ctx) or build_media_plan(ctx.brief)
    return plan, build_kpi_plan(plan, ctx.brief)


def campaign_summary(state: CampaignState, runtime: Runtime[RunContext]) -> Update:
    ctx = runtime.context
    upstream = ("project_manager", "strategy", "creative", "copy", "social_media_campaign")
    summary = generate(ctx, state, "campaign_summary", upstream)
    data = save_section(ctx, "campaign_summary", summary)
    media, kpis = _kpis(ctx)
    score = (state.get("review") or {}).get("score")
    doc = write_artifact(
        ctx,
        "campaign_summary",
        "document",
        "campaign_summary.md",
        documents.render_campaign_summary(summary, ctx.brief, media, kpis, score),
    )
    log(
        "campaign_summary",
        f"Internal summary with {len(kpis.goals)} goal KPI rows and "
        f"{len(kpis.targets)} channel figures.",
    )
    return {"artifacts": {"campaign_summary": doc, "campaign_summary_data": data}}


def client_summary(state: CampaignState, runtime: Runtime[RunContext]) -> Update:
    ctx = runtime.context
    summary = generate(ctx, state, "client_summary", ("project_manager", "strategy", "creative"))
    data = save_section(ctx, "client_summary", summary)
    media, _ = _kpis(ctx)
    doc = write_artifact(
        ctx,
        "client_summary",
        "document",
        "client_summary.md",
        documents.render_client_summary(summary, ctx.brief, media),
    )
    log("client_summary", f"Client summary: “{summary.headline}”.")
    return {"artifacts": {"client_summary": doc, "client_summary_data": data}}


def website_filename(campaign_id: str) -> str:
    return f"{campaign_id}_campaign_website.html"


def web_developer(state: CampaignState, runtime: Runtime[RunContext]) -> Update:
    ctx = runtime.context
    media, kpis = _kpis(ctx)
    hero_path = ctx.campaign_dir / "hero.svg"
    sections = {name: load_section(ctx, name) for name in SECTION_MODELS}
    data = WebsiteData(
        campaign_id=ctx.campaign_id,
        brief=ctx.brief,
        plan=sections["project_manager"],
        strategy=sections["strategy"],
        personas=sections["audience_persona"],
        creative=sections["creative"],
        copy=sections["copy"],
        cta=sections["cta_optimizer"],
        visual=sections["visual"],
        social=sections["social_media_campaign"],
        emotion=sections["emotion_personalization"],
        media_plan=media,
        kpi_plan=kpis,
        client_summary=sections["client_summary"],
        hero_svg=hero_path.read_text(encoding="utf-8"),
    )
    # the landing page first: the website links to it, and the website's path is what the
    # app shows as soon as it is recorded
    public = landing_content(data)
    landing = write_artifact(
        ctx, "web_developer", "landing", LANDING_PAGE, render_landing(data, public)
    )
    name = write_artifact(
        ctx,
        "web_developer",
        "website",
        website_filename(ctx.campaign_id),
        render_website(data, public),
    )
    log("web_developer", f"🌐 Website generated: {(ctx.campaign_dir / name).resolve()}")
    log("web_developer", f"Landing page: {(ctx.campaign_dir / landing).resolve()}")
    return {"artifacts": {"landing": landing, "website": name}}


def package(state: CampaignState, runtime: Runtime[RunContext]) -> Update:
    ctx = runtime.context
    entries = []
    for kind, rel in sorted(state.get("artifacts", {}).items(), key=lambda kv: kv[1]):
        raw = (ctx.campaign_dir / rel).read_bytes()
        entries.append(
            {
                "path": rel,
                "kind": kind,
                "bytes": len(raw),
                "sha256": hashlib.sha256(raw).hexdigest(),
            }
        )
    manifest = {
        "campaign_id": ctx.campaign_id,
        "campaign_name": ctx.brief.campaign_name,
        "product": ctx.brief.product,
        "client": ctx.brief.client,
        "quality_score": (state.get("review") or {}).get("score"),
        "revisions": state.get("revisions", 0),
        "artifacts": entries,
    }
    name = write_artifact(
        ctx,
        "package",
        "manifest",
        "manifest.json",
        json.dumps(manifest, indent=2, ensure_ascii=False) + "\n",
    )
    log("package", f"Manifest lists {len(entries)} files.")
    return {"artifacts": {"manifest": name}}
