"""The engine: concurrency, queueing, priority, cancel, failure isolation, retry, crash resume."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from tui_app.core.engine import CampaignEngine, EngineError
from tui_app.core.events import (
    ArtifactWritten,
    CampaignCancelled,
    CampaignFailed,
    CampaignFinished,
    CampaignStarted,
    LogLine,
    NodeFinished,
    NodeStarted,
)
from tui_app.core.models import CampaignStatus, Priority
from tui_app.core.owners import OwnerLock
from tui_app.core.workflow.team import TEAM

from .conftest import make_brief
from .support import BarrierProvider, FailingProvider, GateProvider, WrappingProvider


class Recorder:
    def __init__(self) -> None:
        self.events = []
        self._lock = threading.Lock()

    def __call__(self, event) -> None:
        with self._lock:
            self.events.append(event)

    def of(self, kind, campaign_id=None):
        with self._lock:
            return [
                e
                for e in self.events
                if isinstance(e, kind) and (campaign_id is None or e.campaign_id == campaign_id)
            ]


@pytest.fixture
def recorder():
    return Recorder()


def make_engine(data_dir, provider=None, **kwargs) -> CampaignEngine:
    return CampaignEngine(data_dir, provider=provider or WrappingProvider(), **kwargs)


def test_campaign_runs_to_done_with_every_artifact(data_dir, brief, recorder):
    engine = make_engine(data_dir, listener=recorder)
    campaign = engine.submit(brief)
    assert campaign.id.startswith("campaign_") and len(campaign.id) == len(
        "campaign_20260101_120000_12345"
    )
    assert engine.wait([campaign.id], timeout=30)
    done = engine.get(campaign.id)
    assert done.status is CampaignStatus.DONE, done.error_summary
    assert done.steps_done == done.steps_total == 15
    assert done.execution_time and done.execution_time > 0
    folder = data_dir.resolve() / "campaigns" / campaign.id
    website = folder / f"{campaign.id}_campaign_website.html"
    assert done.website_path == str(website)
    expected = [
        "brief.json", "plan.md", "strategy.md", "audience_personas.md", "creative_concepts.md",
        "copy.md", "cta_optimization.md", "visual_direction.md", "hero.svg",
        "social_media_campaign.md", "emotion_variants.md", "media_plan.csv",
        "content_calendar.csv", "quality_report.md", "campaign_summary.md", "client_summary.md",
        website.name, "manifest.json",
    ]  # fmt: skip
    for name in expected:
        assert (folder / name).is_file(), name
    artifacts = engine.store.artifacts(campaign.id)
    assert {Path(a.path).name for a in artifacts} >= set(expected)
    assert all(Path(a.path).is_absolute() and len(a.sha256) == 64 for a in artifacts)
    assert done.artifacts_count == len(artifacts)
    # every node reported start and finish, in graph order for the chain
    started = [e.node for e in recorder.of(NodeStarted, campaign.id)]
    finished = recorder.of(NodeFinished, campaign.id)
    assert sorted(started) == sorted(TEAM.names)
    assert {e.node for e in finished} == set(TEAM.names)
    assert all(e.duration >= 0 for e in finished)
    assert started[:7] == list(TEAM.names[:7]) and started[-4:] == list(TEAM.names[-4:])
    assert recorder.of(ArtifactWritten, campaign.id)
    assert len(recorder.of(CampaignFinished, campaign.id)) == 1
    # the origin's log lines, with full paths
    lines = [e.message for e in recorder.of(LogLine, campaign.id)]
    assert f"🚀 Starting campaign generation for {campaign.id} by user tester" in lines
    assert f"🌐 Website generated: {website}" in lines
    assert any(line.startswith("✅ Campaign generation completed") for line in lines)
    assert any(line.startswith("⏱️ Execution time: ") for line in lines)
    assert f"📊 Artifacts generated: {len(artifacts)}" in lines
    # logs are persisted too
    assert [e.message for e in engine.store.logs(campaign.id)] == lines
    engine.close()


def test_four_run_at_once_and_a_fifth_waits(data_dir, recorder):
    # the four only get past the barrier if all four run at the same time
    provider = BarrierProvider(parties=4)
    engine = make_engine(data_dir, provider, listener=recorder)
    ids = [engine.submit(make_brief(product=f"Product {i}")).id for i in range(4)]
    fifth = engine.submit(make_brief(product="Product 5")).id
    assert engine.wait(timeout=60)
    for campaign_id in [*ids, fifth]:
        assert engine.get(campaign_id).status is CampaignStatus.DONE
    starts = {e.campaign_id: e.at for e in recorder.of(CampaignStarted)}
    finishes = {e.campaign_id: e.at for e in recorder.of(CampaignFinished)}
    # the fifth started only after one of the four had finished
    assert starts[fifth] >= min(finishes[i] for i in ids)
    engine.close()


def test_queue_runs_by_priority_then_age(data_dir, recorder):
    provider = GateProvider(section="strategy")
    engine = make_engine(data_dir, provider, max_workers=1, listener=recorder)
    blocker = engine.submit(make_brief(product="Blocker")).id
    assert provider.wait_for(1)
    low = engine.submit(make_brief(product="Low"), Priority.LOW).id
    normal_1 = engine.submit(make_brief(product="Normal 1")).id
    high = engine.submit(make_brief(product="High"), "high").id
    normal_2 = engine.submit(make_brief(product="Normal 2")).id
    assert engine.queued_ids == [high, normal_1, normal_2, low]
    assert engine.get(low).status is CampaignStatus.QUEUED
    provider.release()
    assert engine.wait(timeout=60)
    order = [e.campaign_id for e in recorder.of(CampaignStarted)]
    assert order == [blocker, high, normal_1, normal_2, low]
    engine.close()


def test_cancel_running_campaign_mid_graph(data_dir, recorder):
    provider = GateProvider(section="creative")
    engine = make_engine(data_dir, provider, listener=recorder)
    campaign_id = engine.submit(make_brief()).id
    assert provider.wait_for(1)
    assert engine.cancel(campaign_id)
    assert engine.wait([campaign_id], timeout=10)
    campaign = engine.get(campaign_id)
    assert campaign.status is CampaignStatus.CANCELLED
    assert 0 < campaign.steps_done < 15
    assert not campaign.website_path
    assert len(recorder.of(CampaignCancelled, campaign_id)) == 1
    # nothing after the cancelled node ran
    assert "web_developer" not in provider.sections_called(campaign_id)
    assert "copy" not in provider.sections_called(campaign_id)
    # retry continues from the checkpoint: earlier sections are not asked for again
    provider.release()
    before = dict(provider.calls)
    engine.retry(campaign_id)
    assert engine.wait([campaign_id], timeout=30)
    assert engine.get(campaign_id).status is CampaignStatus.DONE
    assert provider.calls[(campaign_id, "strategy")] == before[(campaign_id, "strategy")] == 1
    engine.close()


def test_cancel_queued_campaign_at_once(data_dir):
    provider = GateProvider(section="strategy")
    engine = make_engine(data_dir, provider, max_workers=1)
    first = engine.submit(make_brief()).id
    assert provider.wait_for(1)
    second = engine.submit(make_brief(product="Second")).id
    engine.cancel(second)
    assert engine.get(second).status is CampaignStatus.CANCELLED
    assert second not in engine.queued_ids
    provider.release()
    assert engine.wait(timeout=30)
    assert engine.get(first).status is CampaignStatus.DONE
    assert engine.get(second).status is CampaignStatus.CANCELLED  # never ran
    assert not provider.sections_called(second)
    with pytest.raises(EngineError, match="only queued or running"):
        engine.cancel(first)
    engine.close()


def test_failure_is_isolated(data_dir, recorder):
    provider = FailingProvider(section="copy", marker="Doomed")
    engine = make_engine(data_dir, provider, listener=recorder)
    ok = [engine.submit(make_brief(product=f"Fine {i}")).id for i in range(3)]
    doomed = engine.submit(make_brief(product="Doomed Gadget")).id
    assert engine.wait(timeout=60)
    for campaign_id in ok:
        assert engine.get(campaign_id).status is CampaignStatus.DONE
    failed = engine.get(doomed)
    assert failed.status is CampaignStatus.FAILED
    assert failed.error_node == "copy"
    assert failed.error_type == "ConnectionError"
    assert failed.error_message == "model endpoint refused the connection"
    event = recorder.of(CampaignFailed, doomed)[0]
    assert (event.node, event.error_type) == ("copy", "ConnectionError")
    # retry after the cause is gone: resumes at the failed node
    provider.marker = "nothing matches this"
    engine.retry(doomed)
    assert engine.wait([doomed], timeout=30)
    assert engine.get(doomed).status is CampaignStatus.DONE
    assert provider.calls[(doomed, "strategy")] == 1
    assert provider.calls[(doomed, "copy")] == 2
    engine.close()


def test_retry_from_scratch_and_state_checks(data_dir):
    engine = make_engine(data_dir)
    campaign_id = engine.submit(make_brief()).id
    assert engine.wait([campaign_id], timeout=30)
    with pytest.raises(EngineError, match="add --from-scratch"):
        engine.retry(campaign_id)
    with pytest.raises(EngineError, match="No campaign"):
        engine.retry("campaign_nope")
    # a finished campaign is generated again from scratch (its artifacts were deleted by hand)
    website = Path(engine.get(campaign_id).website_path)
    website.unlink()
    engine.retry(campaign_id, from_scratch=True)
    assert engine.wait([campaign_id], timeout=30)
    assert engine.get(campaign_id).status is CampaignStatus.DONE
    assert website.exists()
    engine.close()


def test_recover_marks_orphans_interrupted_and_adopts_queued(data_dir, brief):
    engine = make_engine(data_dir)
    store = engine.store
    # owners are judged by their lock, not their PID: a dead owner with our own PID (PID 1
    # in a container, a reused PID) is still dead
    dead = OwnerLock(engine.paths.owners_dir)
    dead_token = dead.token.replace(dead.token.split("-")[0], str(os.getpid()))
    dead.release()
    running = store.create_campaign(brief, owner_pid=os.getpid(), owner=dead_token)
    store.update_campaign(running.id, status=CampaignStatus.RUNNING)
    waiting = store.create_campaign(brief, owner=None)
    other = OwnerLock(engine.paths.owners_dir)  # another live process
    alive = store.create_campaign(brief, owner=other.token)
    store.update_campaign(alive.id, status=CampaignStatus.RUNNING)
    engine.autostart = False
    interrupted = engine.recover()
    assert interrupted == [running.id]
    assert engine.get(running.id).status is CampaignStatus.INTERRUPTED
    assert engine.get(alive.id).status is CampaignStatus.RUNNING  # its owner is alive
    assert engine.queued_ids == [waiting.id]
    with pytest.raises(EngineError, match="running in another campaign-tui process"):
        engine.retry(alive.id)
    other.release()
    engine.close()


CRASH_SCRIPT = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    sys.path.insert(0, {root!r})
    from tui_app.core.engine import CampaignEngine
    from tui_app.core.models import CampaignBrief
    from tests.support import StallAt


    engine = CampaignEngine({data!r}, provider=StallAt("cta_optimizer", {marker!r}))
    brief = CampaignBrief.from_json_file({brief!r})
    engine.submit(brief)
    time.sleep(600)
    """
)


def test_resume_after_a_real_crash(data_dir, brief, tmp_path):
    marker = tmp_path / "stalled"
    brief_file = brief.to_json_file(tmp_path / "brief.json")
    script = CRASH_SCRIPT.format(
        root=str(Path(__file__).parent.parent),
        marker=str(marker),
        data=str(data_dir),
        brief=str(brief_file),
    )
    child = subprocess.Popen([sys.executable, "-c", script])
    try:
        deadline = time.monotonic() + 60
        while not marker.exists():
            assert child.poll() is None, "the child exited early"
            assert time.monotonic() < deadline, "the child never reached cta_optimizer"
            time.sleep(0.05)
        campaign_id = marker.read_text()
        os.kill(child.pid, signal.SIGKILL)
        child.wait(10)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == -signal.SIGKILL

    provider = WrappingProvider()
    engine = make_engine(data_dir, provider)
    assert engine.get(campaign_id).status is CampaignStatus.RUNNING  # as the crash left it
    assert engine.recover() == [campaign_id]
    campaign = engine.get(campaign_id)
    assert campaign.status is CampaignStatus.INTERRUPTED
    assert campaign.steps_done == 5  # project_manager … copy
    engine.resume(campaign_id)
    assert engine.wait([campaign_id], timeout=30)
    done = engine.get(campaign_id)
    assert done.status is CampaignStatus.DONE, done.error_summary
    called = provider.sections_called(campaign_id)
    for finished_before in ("project_manager", "strategy", "audience_persona", "creative", "copy"):
        assert finished_before not in called
    assert "cta_optimizer" in called and "client_summary" in called
    runs = [r.node for r in engine.store.node_runs(campaign_id) if r.error is None]
    assert runs.count("strategy") == 1 and runs.count("cta_optimizer") == 1
    assert Path(done.website_path).is_file()
    engine.close()


def test_shutdown_interrupts_running_and_keeps_queued(data_dir):
    provider = GateProvider(section="strategy")
    engine = make_engine(data_dir, provider, max_workers=1)
    running = engine.submit(make_brief()).id
    assert provider.wait_for(1)
    waiting = engine.submit(make_brief(product="Waiting")).id
    t0 = time.monotonic()
    assert engine.shutdown(timeout=5) == []
    assert time.monotonic() - t0 < 1.0
    assert engine.get(running).status is CampaignStatus.INTERRUPTED
    assert engine.get(waiting).status is CampaignStatus.QUEUED
    engine.close()
    # the next engine adopts the waiting one and resumes the interrupted one
    provider.release()
    nxt = make_engine(data_dir, provider)
    nxt.recover()
    nxt.resume(running)
    assert nxt.wait(timeout=60)
    assert nxt.get(running).status is CampaignStatus.DONE
    assert nxt.get(waiting).status is CampaignStatus.DONE
    nxt.close()


def test_external_runner_mode_claims_slots(data_dir):
    engine = make_engine(data_dir, autostart=False, max_workers=2)
    ids = [engine.submit(make_brief(product=f"P{i}")).id for i in range(3)]
    first, second = engine.claim_next(), engine.claim_next()
    assert [first, second] == ids[:2]
    assert engine.claim_next() is None  # both slots taken
    assert engine.run(first) is CampaignStatus.DONE
    assert engine.claim_next() == ids[2]  # the slot came back when run() returned
    engine.run(second)
    engine.run(ids[2])
    assert all(engine.get(i).status is CampaignStatus.DONE for i in ids)
    with pytest.raises(EngineError, match="not claimed"):
        engine.run(ids[0])
    engine.close()


def test_hostile_campaign_name_writes_only_inside_its_folder(data_dir):
    engine = make_engine(data_dir)
    brief = make_brief(campaign_name="../../evil", product="../../../etc/passwd")
    campaign_id = engine.submit(brief).id
    assert engine.wait([campaign_id], timeout=30)
    assert engine.get(campaign_id).status is CampaignStatus.DONE
    root = data_dir.resolve()
    folder = root / "campaigns" / campaign_id
    for path in root.parent.rglob("*"):
        if path.is_file():
            inside = path.is_relative_to(folder) or path.parent in (
                root,
                root / "owners",
                root / ".space-reserve",  # kept back for a full disk (datadir.keep_reserve)
            )
            assert inside, path
    assert not any("evil" in p.name for p in root.parent.rglob("*"))
    engine.close()
