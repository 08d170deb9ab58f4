"""The workflow's node functions: the generic section node and the nodes with a shape of their
own. What each node is (its section, file, headings, place in the graph) lives in `team.py`;
what they all do the same way (report, write, keep sections, ask the provider) in `toolkit.py`.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from ..content import Plan, VisualDirection
from ..events import ReviewScored
from ..exports import calendar_csv, media_plan_csv
from ..formatting import end_sentence, format_money
from ..models import CampaignBrief
from ..phases import campaign_phases
from ..planning import (
    KpiPlan,
    MediaPlan,
    align_plan_phases,
    build_calendar,
    build_kpi_plan,
    build_media_plan,
)
from ..sanitize import for_xml
from . import documents
from .hero import render_hero_svg
from .landing import LANDING_PAGE, landing_content, render_landing
from .plan_checks import goal_findings, schedule_findings
from .registry import NodeSpec, resolve
from .review import render_quality_report, review_campaign
from .state import CampaignState, RunContext
from .toolkit import (
    Update,
    generate,
    load_media_plan,
    load_section,
    load_sections,
    log,
    save_section,
    write_artifact,
)
from .website import WebsiteData, render_website

if TYPE_CHECKING:
    from langgraph.runtime import Runtime

NodeFunction = Callable[[CampaignState, "Runtime[RunContext]"], Update]
MAX_REVISIONS = 3


def section_node(spec: NodeSpec) -> NodeFunction:
    """A node that asks the provider for its section and writes the section's Markdown."""
    render = resolve(spec.render)
    assert render is not None and spec.document, f"{spec.name}: a section node needs a document"

    def node(state: CampaignState, runtime: Runtime[RunContext]) -> Update:
        ctx = runtime.context
        content = generate(ctx, state, spec.name)
        update = save_section(ctx, spec.name, content)
        doc = write_artifact(ctx, spec.name, "document", spec.document, render(content, ctx.brief))
        if spec.describe is not None:
            log(ctx, spec.name, spec.describe(content))
        update["artifacts"][spec.name] = doc
        return update

    node.__name__ = spec.name
    return node


def apply_edit(ctx: RunContext, spec: NodeSpec, content: BaseModel) -> Update:
    """A section the marketer edited (already validated): kept as a new version, and its
    document (and the hero, for the visual direction) written from it."""
    update = save_section(ctx, spec.name, content)
    render = resolve(spec.render)
    if render is not None and spec.document:
        doc = write_artifact(ctx, spec.name, "document", spec.document, render(content, ctx.brief))
        update["artifacts"][spec.name] = doc
    if spec.name == "visual":
        hero = draw_hero(content, ctx.brief)
        update["artifacts"]["hero"] = write_artifact(ctx, "visual", "image", "hero.svg", hero)
    return update


def approval(state: CampaignState, runtime: Runtime[RunContext]) -> Update:
    """Pause for the marketer after a step they asked to approve; go on as they decide."""
    from langgraph.types import interrupt

    ctx = runtime.context
    registry = ctx.registry
    approved = state.get("approved") or {}
    done = state.get("sections") or {}
    step = next(
        n
        for n in registry.approvable
        if n in (state.get("approve_after") or ()) and n in done and not approved.get(n)
    )
    spec = registry[step]
    # the code above runs again when the campaign resumes: keep it free of side effects
    decision = interrupt({"step": step, "title": spec.title, "document": spec.document})
    action = (decision or {}).get("action")
    if action == "changes":
        note = str(decision.get("note") or "").strip()
        return {"gate": step, "gate_decision": "changes", "notes": {step: note}}
    update: Update = {}
    if action == "edit" and spec.schema is not None:
        update = apply_edit(ctx, spec, spec.schema.model_validate(decision["content"]))
    return {**update, "approved": {step: True}, "gate": step, "gate_decision": "approve"}


def node_function(spec: NodeSpec) -> NodeFunction:
    """The function that runs a spec's node."""
    return resolve(spec.run) or section_node(spec)  # type: ignore[return-value]


# -- nodes with their own shape ---------------------------------------------------


def project_manager(state: CampaignState, runtime: Runtime[RunContext]) -> Update:
    ctx = runtime.context
    brief_file = write_artifact(ctx, "project_manager", "brief", "brief.json", ctx.brief.to_json())
    _say_what_was_read(ctx)
    written = generate(ctx, state, "project_manager")
    # the phase model drives plan, flights and calendar: names and weeks come from it,
    # whatever the provider wrote; its focus text stays where a phase matches
    assert isinstance(written, Plan)
    plan = align_plan_phases(written, ctx.brief.timeline)
    if [(p.name, p.weeks) for p in written.phases] != [(p.name, p.weeks) for p in plan.phases]:
        log(
            ctx,
            "project_manager",
            "Phases set to the campaign's phase model (launch in week 1): "
            + ", ".join(f"{p.name} {p.weeks}" for p in plan.phases)
            + ".",
        )
    update = save_section(ctx, "project_manager", plan)
    doc = write_artifact(
        ctx, "project_manager", "document", "plan.md", documents.render_plan(plan, ctx.brief)
    )
    channels = ", ".join(c.label for c in ctx.brief.channels)
    log(
        ctx,
        "project_manager",
        f"Plan: {len(plan.phases)} phases over {ctx.brief.timeline} weeks; channels: {channels}.",
    )
    update["artifacts"] |= {"brief": brief_file, "project_manager": doc}
    return {"campaign_id": ctx.campaign_id, **update}


def _say_what_was_read(ctx: RunContext) -> None:
    """Tell the user what the brief's free text was taken to mean, so they can correct it."""
    for message, level in what_was_read(ctx.brief):
        log(ctx, "project_manager", message, level=level)


def what_was_read(brief: CampaignBrief) -> list[tuple[str, str]]:
    """(log line, level) for the rules read from the brief's free text, the sentences not
    read as rules, and a tone that names no known style."""
    rules = brief.rules
    out = []
    if rules.derived:
        said = end_sentence("Read from the additional requirements: " + "; ".join(rules.derived))
        out.append((f"{said} Set the brief's rule fields to change this.", "info"))
    for sentence in rules.unread:
        out.append((f"Not read as a rule (the writers get it as a note): “{sentence}”", "warning"))
    if not brief.tone_is_known:
        out.append(
            (
                f"Tone “{brief.tone}” names no style this tool knows; writing in the "
                f"{brief.style.value} style. Add a word such as playful, bold, warm or formal.",
                "warning",
            )
        )
    return out


def draw_hero(direction: Any, brief: CampaignBrief) -> str:
    """hero.svg, without the characters XML forbids (a brief stored by an older version may
    hold control characters; they would make the file unreadable)."""
    return for_xml(render_hero_svg(direction, brief))


def visual(state: CampaignState, runtime: Runtime[RunContext]) -> Update:
    ctx = runtime.context
    direction = generate(ctx, state, "visual")
    assert isinstance(direction, VisualDirection)
    update = save_section(ctx, "visual", direction)
    doc = write_artifact(
        ctx,
        "visual",
        "document",
        "visual_direction.md",
        documents.render_visual(direction, ctx.brief),
    )
    hero = write_artifact(ctx, "visual", "image", "hero.svg", draw_hero(direction, ctx.brief))
    log(
        ctx,
        "visual",
        f"Visual direction: {direction.mood} Hero image drawn ({len(direction.palette)} colours).",
    )
    update["artifacts"] |= {"visual": doc, "hero": hero}
    return update


def media_planner(state: CampaignState, runtime: Runtime[RunContext]) -> Update:
    ctx = runtime.context
    phases = campaign_phases(ctx.brief.timeline)
    plan = build_media_plan(ctx.brief, phases)
    update = save_section(ctx, "media_planner", plan)
    csv_path = write_artifact(ctx, "media_planner", "table", "media_plan.csv", media_plan_csv(plan))
    copy = load_section(ctx, state, "copy")
    social = load_section(ctx, state, "social_media_campaign")
    calendar = build_calendar(ctx.brief, copy=copy, social=social, plan=plan, phases=phases)
    cal_path = write_artifact(
        ctx, "media_planner", "table", "content_calendar.csv", calendar_csv(calendar)
    )
    log(
        ctx,
        "media_planner",
        f"Media plan: {len(plan.lines)} channels, "
        f"{format_money(plan.total_budget, plan.currency)} over "
        f"{plan.weeks} weeks; calendar of {len(calendar)} entries.",
    )
    update["artifacts"] |= {"media_plan": csv_path, "content_calendar": cal_path}
    return update


def review(state: CampaignState, runtime: Runtime[RunContext]) -> Update:
    ctx = runtime.context
    registry = ctx.registry
    sections = load_sections(ctx, state)
    files = {
        name: path.read_text(encoding="utf-8")
        for name in registry.required_sections
        if (path := ctx.campaign_dir / name).exists()
    }
    media = load_media_plan(ctx, state)
    plan = sections.get("project_manager")
    plan = plan if isinstance(plan, Plan) else None
    extra = [
        *goal_findings(ctx.brief, media),
        *schedule_findings(ctx.brief, plan, media, ctx.campaign_dir),
    ]
    report = review_campaign(ctx.brief, sections, media, files, extra, registry=registry)
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
    fault = report.fault if send_back else None
    mine = report.findings_for(fault) if fault else []
    ctx.report(
        ReviewScored(
            node="review",
            score=report.score,
            revisions=revisions + 1 if fault else revisions,
            findings=[] if fault else verdict["findings"],
            sent_back_to=fault,
        )
    )
    if fault:
        log(
            ctx,
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
        log(ctx, "review", f"Quality score {report.score}/100: passed ({report.checks} checks).")
    else:
        log(
            ctx,
            "review",
            f"Quality score {report.score}/100 after {revisions} revision(s): "
            f"{len(report.findings)} finding(s) remain; the campaign ends with warnings "
            "(see quality_report.md).",
            level="warning",
        )
    return {"artifacts": {"quality_report": doc}, "review": verdict, "revise": None, "findings": []}


def _kpis(ctx: RunContext, state: CampaignState) -> tuple[MediaPlan, KpiPlan]:
    plan = load_media_plan(ctx, state) or build_media_plan(ctx.brief)
    return plan, build_kpi_plan(plan, ctx.brief)


def campaign_summary(state: CampaignState, runtime: Runtime[RunContext]) -> Update:
    ctx = runtime.context
    summary = generate(ctx, state, "campaign_summary")
    update = save_section(ctx, "campaign_summary", summary)
    media, kpis = _kpis(ctx, state)
    score = (state.get("review") or {}).get("score")
    doc = write_artifact(
        ctx,
        "campaign_summary",
        "document",
        "campaign_summary.md",
        documents.render_campaign_summary(summary, ctx.brief, media, kpis, score),
    )
    log(
        ctx,
        "campaign_summary",
        f"Internal summary with {len(kpis.goals)} goal KPI rows and "
        f"{len(kpis.targets)} channel figures.",
    )
    update["artifacts"]["campaign_summary"] = doc
    return update


def client_summary(state: CampaignState, runtime: Runtime[RunContext]) -> Update:
    ctx = runtime.context
    summary = generate(ctx, state, "client_summary")
    update = save_section(ctx, "client_summary", summary)
    media, _ = _kpis(ctx, state)
    doc = write_artifact(
        ctx,
        "client_summary",
        "document",
        "client_summary.md",
        documents.render_client_summary(summary, ctx.brief, media),
    )
    describe = ctx.registry["client_summary"].describe
    if describe is not None:
        log(ctx, "client_summary", describe(summary))
    update["artifacts"]["client_summary"] = doc
    return update


def website_filename(campaign_id: str) -> str:
    return f"{campaign_id}_campaign_website.html"


def web_developer(state: CampaignState, runtime: Runtime[RunContext]) -> Update:
    ctx = runtime.context
    media, kpis = _kpis(ctx, state)
    sections = {name: load_section(ctx, state, name) for name in ctx.registry.section_models}
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
        hero_svg=(ctx.campaign_dir / "hero.svg").read_text(encoding="utf-8"),
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
    log(ctx, "web_developer", f"🌐 Website generated: {(ctx.campaign_dir / name).resolve()}")
    log(ctx, "web_developer", f"Landing page: {(ctx.campaign_dir / landing).resolve()}")
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
    log(ctx, "package", f"Manifest lists {len(entries)} files.")
    return {"artifacts": {"manifest": name}}
