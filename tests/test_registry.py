"""The node registry is the one table of facts: a node added there runs, counts and ships; and
every checkpoint reads the sections that existed when it was taken."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from tui_app.core.content import Copy
from tui_app.core.engine import CampaignEngine
from tui_app.core.events import (
    ArtifactSaved,
    ArtifactWritten,
    LogEmitted,
    LogLine,
    NodeFinished,
    NodeStarted,
)
from tui_app.core.models import CampaignStatus
from tui_app.core.providers.offline import OfflineProvider
from tui_app.core.workflow.registry import NodeSpec, Registry
from tui_app.core.workflow.team import TEAM
from tui_app.core.workflow.toolkit import log, write_artifact

from .support import WrappingProvider


def greeter(state, runtime):
    """A trivial sixteenth node: one file, one log line."""
    ctx = runtime.context
    name = write_artifact(ctx, "greeter", "note", "greeting.txt", f"Hello, {ctx.brief.client}!\n")
    log(ctx, "greeter", "Said hello.")
    return {"artifacts": {"greeting": name}}


def test_a_sixteenth_node_added_through_the_registry_runs_counts_and_ships(data_dir, brief):
    spec = NodeSpec("greeter", "Greeting", after=("web_developer",), run=greeter)
    team = TEAM.with_node(spec, before="package")
    assert team.steps == 16 and team["package"].after == ("greeter",)
    events = []
    engine = CampaignEngine(
        data_dir, provider=OfflineProvider(), registry=team, listener=events.append
    )
    campaign_id = engine.submit(brief).id
    assert engine.wait([campaign_id], timeout=60)
    campaign = engine.get(campaign_id)
    assert campaign.status is CampaignStatus.DONE, campaign.error_summary or campaign.findings
    assert campaign.progress_text == "16/16"
    started = [e.node for e in events if isinstance(e, NodeStarted)]
    assert started.index("web_developer") < started.index("greeter") < started.index("package")
    assert {e.steps_total for e in events if isinstance(e, NodeFinished)} == {16}
    folder = engine.campaign_dir(campaign_id)
    manifest = json.loads((folder / "manifest.json").read_text())
    assert "greeting.txt" in {entry["path"] for entry in manifest["artifacts"]}
    assert (folder / "greeting.txt").read_text() == f"Hello, {brief.client}!\n"
    engine.close()


def test_the_registry_refuses_unknown_or_duplicate_nodes():
    with pytest.raises(ValueError, match="unknown node"):
        Registry([NodeSpec("a", "A", after=("nope",))])
    with pytest.raises(ValueError, match="share a name"):
        Registry([NodeSpec("a", "A"), NodeSpec("a", "A again")])


def test_facts_derive_from_the_registry():
    assert TEAM.steps == 15
    assert TEAM.revisable[0] == "project_manager" and "review" not in TEAM.revisable
    assert TEAM.file_owners["copy.md"] == "copy"
    assert TEAM.section_models["copy"] is Copy
    assert TEAM.reviewer.name == "review"
    assert "campaign_summary" not in TEAM.before_review()


class RewritesCopy(WrappingProvider):
    """The review sends the copy back once (a headline over no limit, but a planted seam)."""

    def __init__(self) -> None:
        super().__init__()
        self.copies = 0

    def generate(self, request):
        result = super().generate(request)
        if request.section == "copy":
            self.copies += 1
            if self.copies == 1:
                result.content.headlines[0] = "Meet the the new way"  # a doubled word
        return result


def test_the_checkpoint_after_copy_reads_the_copy_that_existed_then(data_dir, brief):

    provider = RewritesCopy()
    engine = CampaignEngine(data_dir, provider=provider)
    campaign_id = engine.submit(brief).id
    assert engine.wait([campaign_id], timeout=60)
    campaign = engine.get(campaign_id)
    assert campaign.status is CampaignStatus.DONE and campaign.revisions == 1
    folder: Path = engine.campaign_dir(campaign_id)
    workflow = engine.workflow()
    config = {"configurable": {"thread_id": campaign_id}}
    history = list(workflow.get_state_history(config))  # newest first
    # the first checkpoint whose state holds a copy: the one taken right after `copy` ran
    first = next(s for s in reversed(history) if "copy" in (s.values.get("sections") or {}))
    assert first.metadata["step"] < history[0].metadata["step"]
    then = Copy.model_validate_json((folder / first.values["sections"]["copy"]).read_text())
    now = Copy.model_validate_json((folder / "data" / "copy.json").read_text())
    assert then.headlines[0] == "Meet the the new way"  # exactly the copy that existed then
    assert now.headlines[0] != then.headlines[0]  # the revision wrote a new one since
    latest = history[0].values["sections"]["copy"]
    assert Copy.model_validate_json((folder / latest).read_text()) == now
    engine.close()


def test_the_persona_log_line_keeps_each_name_whole():
    """Persona names carry commas of their own ("Diego, the weekend hiker"): the log line
    separates them with semicolons, so it splits back into exactly the personas."""
    from .briefs import corpus
    from .writing import generate

    describe = TEAM["audience_persona"].describe
    with_commas = 0
    for key, brief in corpus().items():
        context = {"project_manager": generate(brief, "project_manager")}
        context["strategy"] = generate(brief, "strategy", context)
        personas = generate(brief, "audience_persona", context)
        names = [p.name for p in personas.personas]
        with_commas += any("," in name for name in names)
        line = describe(personas)
        assert line.startswith("Personas: ") and line.endswith("."), key
        assert line.removeprefix("Personas: ").removesuffix(".").split("; ") == names, key
    assert with_commas  # the case the separator is for


def reporter(state, runtime):
    """A node that reports through the typed events themselves, as nodes and providers do."""
    ctx = runtime.context
    ctx.report(LogEmitted(node="reporter", message="Counted the goals.", level="warning"))
    ctx.report(LogEmitted(node="reporter", message="Second line.", level="info"))
    path = ctx.campaign_dir / "count.txt"
    path.write_text("3\n")
    digest = hashlib.sha256(b"3\n").hexdigest()
    saved = ArtifactSaved(node="reporter", kind="note", path=str(path), bytes=2, sha256=digest)
    ctx.report(saved)
    return {"artifacts": {"count": "count.txt"}}


def test_typed_events_become_store_rows_and_listener_events_once(data_dir, brief):
    team = TEAM.with_node(
        NodeSpec("reporter", "Reporter", after=("web_developer",), run=reporter), before="package"
    )
    events = []
    engine = CampaignEngine(
        data_dir, provider=OfflineProvider(), registry=team, listener=events.append
    )
    campaign_id = engine.submit(brief).id
    assert engine.wait([campaign_id], timeout=60)
    campaign = engine.get(campaign_id)
    assert campaign.status is CampaignStatus.DONE, campaign.error_summary
    # each log event is one log row and one listener line, with its node and level
    mine = [e for e in engine.store.logs(campaign_id) if e.node == "reporter"]
    assert [(e.message, e.level) for e in mine] == [
        ("Counted the goals.", "warning"),
        ("Second line.", "info"),
    ]
    lines = [e for e in events if isinstance(e, LogLine) and e.node == "reporter"]
    assert [e.message for e in lines] == ["Counted the goals.", "Second line."]
    # the artifact is one row with its hash and one ArtifactWritten
    folder = engine.campaign_dir(campaign_id)
    rows = [a for a in engine.store.artifacts(campaign_id) if a.node == "reporter"]
    assert [(Path(a.path).name, a.bytes, a.sha256) for a in rows] == [
        ("count.txt", 2, hashlib.sha256(b"3\n").hexdigest())
    ]
    written = [e for e in events if isinstance(e, ArtifactWritten) and e.node == "reporter"]
    assert [Path(e.path) for e in written] == [(folder / "count.txt").resolve()]
    # the review's typed score is the campaign's
    assert campaign.quality_score is not None
    assert any(e.node == "review" for e in engine.store.logs(campaign_id))
    engine.close()


def test_no_node_changes_a_section_it_read_back(data_dir, monkeypatch):
    # a run keeps the sections it reads back (by their content-hash names): a node that
    # changed one in place would hand the next node content no file holds
    from tui_app.core.workflow.state import RunContext
    from tui_app.samples import samples

    contexts = []
    post_init = RunContext.__post_init__

    def keep(self):
        post_init(self)
        contexts.append(self)

    monkeypatch.setattr(RunContext, "__post_init__", keep)
    engine = CampaignEngine(data_dir, provider=OfflineProvider(), max_workers=2)
    ids = [engine.submit(brief).id for brief in samples().values()]
    assert engine.wait(ids, timeout=120)
    engine.close()
    read = [(ctx, rel, s) for ctx in contexts for rel, s in ctx.read_cache.items()]
    assert len(read) > 20
    for ctx, rel, section in read:
        assert section == type(section).model_validate_json((ctx.campaign_dir / rel).read_bytes())
