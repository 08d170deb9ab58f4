"""What every node does the same way: report, write files, keep and read sections, ask the
provider.

Files are written atomically; writing the same content twice leaves the same files, so a
resumed run that replays a node is harmless. A section is kept twice: `data/<node>.json`, the
latest (what people and exports read), and `data/versions/<node>-<hash>.json`, named by its
content and never overwritten, which the graph state points at — so every checkpoint reads
exactly the sections that existed when it was taken.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path, PurePath
from typing import Any, TypeVar

from pydantic import BaseModel

from ..content import Content
from ..events import ArtifactSaved, LogEmitted
from ..findings import Finding
from ..formatting import end_sentence
from ..models import write_bytes_atomic
from ..planning import MediaPlan
from ..providers.base import ContentRequest
from .state import CampaignState, RunContext

Update = dict[str, Any]
M = TypeVar("M", bound=BaseModel)

MEDIA_PLAN = "media_planner"  # the node whose data is the media plan


def log(ctx: RunContext, node: str, message: str, level: str = "info") -> None:
    ctx.report(LogEmitted(node=node, message=message, level=level))


def write_artifact(ctx: RunContext, node: str, kind: str, name: str, data: str | bytes) -> str:
    """Write one artifact file atomically; returns its path relative to the campaign folder."""
    raw = _write(ctx, name, data)
    _saved(ctx, node, kind, name, raw, hashlib.sha256(raw).hexdigest())
    return name


def _saved(ctx: RunContext, node: str, kind: str, name: str, raw: bytes, digest: str) -> None:
    ctx.report(
        ArtifactSaved(
            node=node, kind=kind, path=str(ctx.campaign_dir / name), bytes=len(raw), sha256=digest
        )
    )


def _target(ctx: RunContext, name: str) -> Path:
    relative = PurePath(name)
    # names are ours (never from user text), but keep the guarantee explicit
    if relative.is_absolute() or ".." in relative.parts:
        raise ValueError(f"artifact path escapes the campaign folder: {name}")
    return ctx.campaign_dir / relative


def _write(ctx: RunContext, name: str, data: str | bytes) -> bytes:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    write_bytes_atomic(_target(ctx, name), raw)
    return raw


def save_section(ctx: RunContext, node: str, content: BaseModel) -> Update:
    """Keep a node's structured output: a version named by its hash for the state, and the
    latest copy as an artifact (a hard link to that version where the file system has them:
    one file written, not two). Returns the update (artifact path and the state's version)."""
    raw = (content.model_dump_json(indent=2) + "\n").encode("utf-8")
    digest = hashlib.sha256(raw).hexdigest()
    version = f"data/versions/{node}-{digest[:12]}.json"
    stored = _target(ctx, version)
    if not stored.exists():
        _write(ctx, version, raw)
    latest = f"data/{node}.json"
    path = _target(ctx, latest)
    link = path.with_name(f".{path.name}.link")
    try:
        link.unlink(missing_ok=True)
        os.link(stored, link)
        os.replace(link, path)  # atomic, like every other write
    except OSError:
        _write(ctx, latest, raw)
    _saved(ctx, node, "data", latest, raw, digest)
    return {"artifacts": {f"{node}_data": latest}, "sections": {node: version}}


def _read(ctx: RunContext, state: CampaignState, node: str, model: type[M]) -> M | None:
    # the version the state points at; a checkpoint from before versions: the latest file
    relative = (state.get("sections") or {}).get(node) or f"data/{node}.json"
    versioned = relative.startswith("data/versions/")
    if versioned and (known := ctx.read_cache.get(relative)) is not None:
        return known  # a version never changes (its name is its hash): read it once a run
    path = ctx.campaign_dir / relative
    try:
        section = model.model_validate_json(path.read_bytes())
    except FileNotFoundError:
        return None
    if versioned:
        ctx.read_cache[relative] = section
    return section


def load_section(ctx: RunContext, state: CampaignState, node: str) -> Content | None:
    model = ctx.registry.section_models.get(node)
    return _read(ctx, state, node, model) if model else None


def load_sections(ctx: RunContext, state: CampaignState) -> dict[str, Content]:
    return {
        name: section
        for name in ctx.registry.section_models
        if (section := load_section(ctx, state, name)) is not None
    }


def load_media_plan(ctx: RunContext, state: CampaignState) -> MediaPlan | None:
    return _read(ctx, state, MEDIA_PLAN, MediaPlan)


def generate(ctx: RunContext, state: CampaignState, node: str) -> Content:
    """Ask the provider for this node's section, with its upstream sections as context."""
    spec = ctx.registry[node]
    assert spec.schema is not None, f"{node} writes no section"
    context = {
        name: section for name in spec.upstream if (section := load_section(ctx, state, name))
    }
    revising = state.get("revise") == node
    findings = [Finding.from_data(f) for f in state.get("findings") or []] if revising else []
    asked = state.get("gate") == node and state.get("gate_decision") == "changes"
    note = (state.get("notes") or {}).get(node, "") if asked else ""
    request = ContentRequest(
        section=node,
        schema=spec.schema,
        brief=ctx.brief,
        campaign_id=ctx.campaign_id,
        context=context,
        feedback=[f.line() for f in findings],
        findings=findings,
        revision=state.get("revisions", 0) if revising else 0,
        note=note,
        cancel=ctx.cancel,
        report=ctx.report,
    )
    result = ctx.provider.generate(request)
    ctx.record_usage(node, result.usage)
    if revising:
        log(ctx, node, f"Revised after review (revision {request.revision}).")
    if note:
        log(ctx, node, end_sentence(f"Written again as asked: “{note}”"))
    return result.content


__all__ = [
    "Update",
    "generate",
    "load_media_plan",
    "load_section",
    "load_sections",
    "log",
    "save_section",
    "write_artifact",
]
