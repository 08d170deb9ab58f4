"""Approval pauses, hand edits, change requests and variants, headless (the engine as the TUI
and the CLI drive it)."""

from __future__ import annotations

import re
import sys
import threading
from pathlib import Path

import pytest

from tui_app.core.engine import CampaignEngine, EngineError
from tui_app.core.models import CampaignStatus, Priority
from tui_app.core.providers.base import ContentRequest
from tui_app.core.providers.offline import OfflineProvider

from .conftest import make_brief
from .support import WrappingProvider

ID = re.compile(r"campaign_\d{8}_\d{6}_\d{5}|\b\d{5}\b")


def engine_for(data_dir, provider=None, **options) -> CampaignEngine:
    return CampaignEngine(data_dir, provider=provider or WrappingProvider(), **options)


def logs(engine: CampaignEngine, campaign_id: str) -> list[str]:
    return [entry.message for entry in engine.store.logs(campaign_id)]


def doc(engine: CampaignEngine, campaign_id: str, name: str) -> str:
    return (engine.campaign_dir(campaign_id) / name).read_text(encoding="utf-8")


def website(engine: CampaignEngine, campaign_id: str) -> str:
    path = engine.get(campaign_id).website_path
    assert path, f"{campaign_id} has no website"
    return open(path, encoding="utf-8").read()


def run_to_rest(engine: CampaignEngine, *ids: str) -> None:
    assert engine.wait(list(ids) or None, timeout=60), "campaigns still running"


# -- pauses and approval -------------------------------------------------------------------


def test_paused_campaigns_free_their_slots_and_approval_finishes_them(data_dir):
    provider = WrappingProvider()
    engine = engine_for(data_dir, provider, max_workers=4)
    paused = [
        engine.submit(make_brief(product=f"Skates {n}", approve_after=["strategy"])).id
        for n in range(4)
    ]
    fifth = engine.submit(make_brief(product="Skates 5")).id
    run_to_rest(engine)
    # all four slots hold a paused campaign's place no longer: the fifth ran to the end
    assert engine.get(fifth).status is CampaignStatus.DONE
    for campaign_id in paused:
        campaign = engine.get(campaign_id)
        assert campaign.status is CampaignStatus.AWAITING
        assert campaign.awaiting_step == "strategy"
        assert not engine.is_active(campaign_id)
        assert (engine.campaign_dir(campaign_id) / "strategy.md").is_file()
        assert "copy" not in provider.sections_called(campaign_id)
        assert any("Strategy ready for your review" in m for m in logs(engine, campaign_id))
    for campaign_id in paused:
        engine.approve(campaign_id)
    run_to_rest(engine)
    for campaign_id in paused:
        campaign = engine.get(campaign_id)
        assert campaign.status is CampaignStatus.DONE, campaign.error_summary
        assert campaign.steps_done == engine.registry.steps
        assert provider.calls[(campaign_id, "strategy")] == 1  # approved, not written again
        assert any("Strategy approved" in m and "tester" in m for m in logs(engine, campaign_id))
    engine.close()


def test_approving_queues_the_campaign_again_with_its_priority(data_dir):
    engine = engine_for(data_dir, autostart=False, max_workers=1)
    urgent = engine.submit(make_brief(approve_after=["strategy"]), Priority.HIGH).id
    assert engine.claim_next() == urgent
    assert engine.run(urgent) is CampaignStatus.AWAITING
    waiting = [engine.submit(make_brief(product=f"Later {n}"), Priority.LOW).id for n in range(2)]
    engine.approve(urgent)
    assert engine.queued_ids[0] == urgent
    assert set(engine.queued_ids[1:]) == set(waiting)
    with pytest.raises(EngineError, match="only a campaign awaiting approval"):
        engine.approve(urgent)  # decided once
    engine.close()


def test_two_pauses_in_one_campaign_and_the_history_of_decisions(data_dir):
    engine = engine_for(data_dir)
    campaign_id = engine.submit(make_brief(approve_after=["strategy", "copy"])).id
    run_to_rest(engine)
    assert engine.get(campaign_id).awaiting_step == "strategy"
    engine.approve(campaign_id)
    run_to_rest(engine)
    assert engine.get(campaign_id).awaiting_step == "copy"
    assert (engine.campaign_dir(campaign_id) / "copy.md").is_file()
    engine.approve(campaign_id)
    run_to_rest(engine)
    assert engine.get(campaign_id).status is CampaignStatus.DONE
    history = [m for m in logs(engine, campaign_id) if "approved" in m]
    assert [("Strategy" in m, "Copy" in m) for m in history] == [(True, False), (False, True)]


def test_a_step_not_in_the_workflow_is_refused_in_the_brief():
    from tui_app.core.models import BriefError

    with pytest.raises(BriefError) as caught:
        make_brief(approve_after=["strategy", "colour_grading"])
    assert any("colour_grading" in line for line in caught.value.lines())


# -- edits ------------------------------------------------------------------------------------


def test_an_invalid_edit_keeps_the_text_and_a_fixed_one_reaches_the_website(data_dir):
    engine = engine_for(data_dir)
    campaign_id = engine.submit(make_brief(approve_after=["strategy"])).id
    run_to_rest(engine)
    path = engine.edit_file(campaign_id)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Strategy: edit the text below")
    assert "positioning:" in text and "messaging_pillars:" in text
    # the marketer rewrites the positioning but breaks the list of value propositions
    mine = "Skates that turn every desert commute into a ten-minute glide, handmade in Tucson."
    edited = re.sub(r"(?m)^positioning:.*(\n  .*)*", f"positioning: {mine}", text)
    broken = re.sub(r"(?ms)^value_propositions:\n(- .*?\n)+", "value_propositions: 42\n", edited)
    assert broken != edited
    path.write_text(broken, encoding="utf-8")
    problems = engine.finish_edit(campaign_id)
    assert problems and any("value_propositions" in p for p in problems)
    kept = path.read_text(encoding="utf-8")
    assert mine in kept and "value_propositions: 42" in kept  # nothing typed is lost
    assert "# ⚠" in kept and any(p in kept for p in problems)  # the problems beside the text
    assert engine.get(campaign_id).status is CampaignStatus.AWAITING
    # the same file opens again, as the marketer left it
    assert engine.edit_file(campaign_id) == path and mine in path.read_text(encoding="utf-8")
    # fixed: the section is replaced and the campaign goes on with it
    fixed = kept.replace(
        "value_propositions: 42\n", "value_propositions:\n- A glide, not a commute.\n"
    )
    path.write_text(fixed, encoding="utf-8")
    assert engine.finish_edit(campaign_id) == []
    assert not path.exists()
    run_to_rest(engine)
    done = engine.get(campaign_id)
    assert done.status in (CampaignStatus.DONE, CampaignStatus.WARNINGS), done.error_summary
    assert mine in doc(engine, campaign_id, "strategy.md")
    assert "A glide, not a commute." in doc(engine, campaign_id, "strategy.md")
    assert "handmade in Tucson" in website(engine, campaign_id)
    assert any("edited by hand" in m for m in logs(engine, campaign_id))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("positioning: [unclosed\n", "line"),
        ("- just\n- a list\n", "fields"),
        ("positioning: ok\n", "value_propositions"),
    ],
)
def test_edit_problems_are_one_readable_line_each(data_dir, text, expected):
    engine = engine_for(data_dir)
    campaign_id = engine.submit(make_brief(approve_after=["strategy"])).id
    run_to_rest(engine)
    path = engine.edit_file(campaign_id)
    path.write_text(text, encoding="utf-8")
    problems = engine.finish_edit(campaign_id)
    assert problems and any(expected in p for p in problems)
    assert all("\n" not in p and "Traceback" not in p for p in problems)
    assert text.strip() in path.read_text(encoding="utf-8")
    assert engine.get(campaign_id).status is CampaignStatus.AWAITING
    engine.close()


# -- change requests ---------------------------------------------------------------------------


def test_a_change_request_rewrites_the_step_and_pauses_again(data_dir):
    provider = WrappingProvider()
    engine = engine_for(data_dir, provider)
    campaign_id = engine.submit(make_brief(approve_after=["copy"], tone="professional")).id
    run_to_rest(engine)
    before = doc(engine, campaign_id, "copy.md")
    assert "wheels" in before.lower()
    engine.request_changes(campaign_id, "Casual tone please, and never say wheels.")
    run_to_rest(engine)
    campaign = engine.get(campaign_id)
    assert campaign.status is CampaignStatus.AWAITING and campaign.awaiting_step == "copy"
    assert provider.calls[(campaign_id, "copy")] == 2
    assert provider.calls[(campaign_id, "strategy")] == 1  # only the step asked about
    after = doc(engine, campaign_id, "copy.md")
    assert after != before
    assert "wheels" not in after.lower()
    assert any(
        "Changes asked for Copy" in m and "never say wheels" in m for m in logs(engine, campaign_id)
    )
    engine.approve(campaign_id)
    run_to_rest(engine)
    assert engine.get(campaign_id).status in (CampaignStatus.DONE, CampaignStatus.WARNINGS)
    assert "wheels" not in doc(engine, campaign_id, "copy.md").lower()


def test_an_empty_note_is_refused(data_dir):
    engine = engine_for(data_dir)
    campaign_id = engine.submit(make_brief(approve_after=["strategy"])).id
    run_to_rest(engine)
    with pytest.raises(EngineError, match="Say what to change"):
        engine.request_changes(campaign_id, "   ")
    assert engine.get(campaign_id).status is CampaignStatus.AWAITING
    engine.close()


# -- restarts ----------------------------------------------------------------------------------


def test_a_paused_campaign_stays_paused_across_a_restart(data_dir):
    engine = engine_for(data_dir)
    campaign_id = engine.submit(make_brief(approve_after=["strategy"])).id
    run_to_rest(engine)
    engine.close()
    again = engine_for(data_dir)
    assert again.recover() == [] or campaign_id not in again.recover()
    campaign = again.get(campaign_id)
    assert campaign.status is CampaignStatus.AWAITING and campaign.awaiting_step == "strategy"
    assert not again.is_active(campaign_id)
    again.approve(campaign_id)
    run_to_rest(again)
    assert again.get(campaign_id).status in (CampaignStatus.DONE, CampaignStatus.WARNINGS)
    again.close()


# -- variants ----------------------------------------------------------------------------------


def masked(text: str) -> str:
    return ID.sub("ID", text)


def section(engine: CampaignEngine, campaign_id: str, node: str):
    path = engine.campaign_dir(campaign_id) / "data" / f"{node}.json"
    return engine.registry.section_models[node].model_validate_json(path.read_text("utf-8"))


def expected_copy(engine: CampaignEngine, source_id: str, brief):
    """The copy section the offline writer gives for `brief` after the source's earlier steps."""
    context = {
        node: section(engine, source_id, node)
        for node in engine.registry.ancestors("copy")
        if node in engine.registry.section_models
    }
    request = ContentRequest(
        section="copy",
        schema=engine.registry.section_models["copy"],
        brief=brief,
        campaign_id=source_id,
        context=context,
    )
    return OfflineProvider().generate(request).content


def test_a_variant_from_copy_reuses_earlier_steps_and_writes_the_rest_in_the_new_tone(data_dir):
    provider = WrappingProvider()
    engine = engine_for(data_dir, provider)
    source = engine.submit(make_brief(tone="professional")).id
    run_to_rest(engine)
    casual = engine.get(source).brief.with_changes(tone="casual")
    variant, why = engine.fork(source, "copy", casual)
    assert why is None and variant.parent_id == source and variant.fork_step == "copy"
    run_to_rest(engine)
    done = engine.get(variant.id)
    assert done.status in (CampaignStatus.DONE, CampaignStatus.WARNINGS), done.error_summary
    earlier = engine.registry.ancestors("copy")
    # not recomputed: no model call and no node run for any earlier step
    called = set(provider.sections_called(variant.id))
    assert called and not called & set(earlier)
    ran = {run.node for run in engine.store.node_runs(variant.id)}
    assert "copy" in ran and not ran & set(earlier)
    # earlier documents are the source's; copy and what follows are written anew
    for name in ("plan.md", "strategy.md", "audience_personas.md", "creative_concepts.md"):
        assert masked(doc(engine, variant.id, name)) == masked(doc(engine, source, name))
    assert doc(engine, variant.id, "copy.md") != doc(engine, source, "copy.md")
    # and written as the casual brief asks, from the reused sections: exactly what the
    # writer gives for the casual brief with the source's earlier sections as context
    written = section(engine, variant.id, "copy")
    assert written == expected_copy(engine, source, casual)
    assert section(engine, source, "copy") == expected_copy(
        engine, source, engine.get(source).brief
    )
    assert written != section(engine, source, "copy")
    assert any(f"Variant of {source} from copy" in m for m in logs(engine, variant.id))
    engine.close()


def test_a_changed_field_an_earlier_step_reads_moves_the_restart_back(data_dir):
    engine = engine_for(data_dir)
    source = engine.submit(make_brief()).id
    run_to_rest(engine)
    changed = engine.get(source).brief.with_changes(
        target_audience="Retired roller-derby stars in Phoenix"
    )
    variant, why = engine.fork(source, "copy", changed)
    assert variant.fork_step != "copy" and why and "target_audience" in why
    assert variant.fork_step in engine.registry.ancestors("copy")
    run_to_rest(engine)
    assert "Retired roller-derby stars" in doc(engine, variant.id, "strategy.md")
    engine.close()


def test_a_variant_of_a_paused_campaign_and_the_steps_it_can_restart_from(data_dir):
    engine = engine_for(data_dir)
    source = engine.submit(make_brief(approve_after=["copy"])).id
    run_to_rest(engine)
    assert "copy" in engine.fork_steps and "strategy" in engine.fork_steps
    with pytest.raises(EngineError, match="restart at one of"):
        engine.fork(source, "manifest")
    variant, _ = engine.fork(source, "strategy")
    run_to_rest(engine)
    # the variant carries the source's approval setting: it pauses at copy too
    assert engine.get(variant.id).status is CampaignStatus.AWAITING
    assert engine.get(source).status is CampaignStatus.AWAITING  # the source is untouched
    engine.close()


def test_a_variant_cannot_start_from_a_running_campaign(data_dir):
    from .support import GateProvider

    provider = GateProvider("strategy")
    engine = engine_for(data_dir, provider)
    source = engine.submit(make_brief()).id
    assert provider.wait_for(1)
    with pytest.raises(EngineError, match="a variant starts from a campaign that is done"):
        engine.fork(source, "copy")
    provider.release()
    run_to_rest(engine)
    engine.close()


# -- what a change note does offline -----------------------------------------------------------


def words_of(engine: CampaignEngine, campaign_id: str, node: str) -> int:
    return len(section(engine, campaign_id, node).model_dump_json().split())


def paused_at(engine: CampaignEngine, step: str, **brief) -> str:
    campaign_id = engine.submit(make_brief(approve_after=[step], **brief)).id
    run_to_rest(engine)
    assert engine.get(campaign_id).awaiting_step == step
    return campaign_id


@pytest.mark.parametrize("step", ["strategy", "creative", "copy"])
def test_shorter_halves_the_texts_and_keeps_the_cta(data_dir, step):
    engine = engine_for(data_dir)
    campaign_id = paused_at(engine, step, primary_cta="Order yours")
    before = words_of(engine, campaign_id, step)
    engine.request_changes(campaign_id, "Shorter, please.")
    run_to_rest(engine)
    after = words_of(engine, campaign_id, step)
    assert after < before * 0.9, (before, after)  # at least a tenth shorter
    if step == "copy":
        assert "Order yours" in doc(engine, campaign_id, "copy.md")
    assert any("Change note applied: shorter" in m for m in logs(engine, campaign_id))
    engine.close()


def test_a_note_with_a_cta_and_words_to_mention(data_dir):
    engine = engine_for(data_dir)
    campaign_id = paused_at(engine, "copy")
    engine.request_changes(campaign_id, 'CTA: "Book a test ride". Mention free returns.')
    run_to_rest(engine)
    copy = doc(engine, campaign_id, "copy.md")
    assert "Book a test ride" in copy
    assert "free returns" in copy.lower()
    line = next(m for m in logs(engine, campaign_id) if "Change note applied" in m)
    assert "Book a test ride" in line and "free returns" in line
    engine.close()


def test_a_note_the_offline_writer_cannot_read_still_gives_a_new_version(data_dir):
    engine = engine_for(data_dir)
    campaign_id = paused_at(engine, "copy")
    before = doc(engine, campaign_id, "copy.md")
    engine.request_changes(campaign_id, "Hmm, not quite there yet; try again, and longer.")
    run_to_rest(engine)
    assert doc(engine, campaign_id, "copy.md") != before
    line = next(
        m for m in logs(engine, campaign_id) if "change note" in m.lower() and "offline" in m
    )
    assert "new variant" in line and "Longer" in line
    engine.close()


# -- the note in an LLM's prompt -----------------------------------------------------------------


def test_the_note_reaches_the_models_prompt_and_the_step_pauses_again(data_dir):
    pytest.importorskip("langchain_openai")
    from tui_app.config import Settings
    from tui_app.core.providers.llm import Backoff
    from tui_app.provider_setup import provider_factory

    from .openai_stub import OpenAIStub

    with OpenAIStub() as stub:
        settings = Settings(provider="openai", model="stub-model", base_url=stub.url, timeout=10)
        factory = provider_factory(settings, backoff=Backoff(initial=0.01, jitter=False))
        engine = CampaignEngine(data_dir, provider=factory)
        campaign_id = engine.submit(make_brief(approve_after=["strategy"])).id
        run_to_rest(engine)
        assert engine.get(campaign_id).awaiting_step == "strategy"
        asked = len(stub.requests)
        note = "Lead with the one-touch brakes; fewer superlatives."
        engine.request_changes(campaign_id, note)
        run_to_rest(engine)
        campaign = engine.get(campaign_id)
        assert campaign.status is CampaignStatus.AWAITING and campaign.awaiting_step == "strategy"
        (again,) = stub.requests[asked:]  # one call: the strategy, written again
        assert again["tools"][0]["function"]["name"] == "Strategy"
        prompt = "\n".join(str(m.get("content")) for m in again["messages"])
        assert note in prompt
        assert all(
            note not in str(m.get("content")) for r in stub.requests[:asked] for m in r["messages"]
        )
        engine.approve(campaign_id)
        run_to_rest(engine)
        assert engine.get(campaign_id).status in (CampaignStatus.DONE, CampaignStatus.WARNINGS)
        engine.close()


# -- the command line --------------------------------------------------------------------------


def cli(*args: str) -> int:
    from tui_app import cli as entry

    return entry.main(list(args))


def only_campaign(data_dir) -> str:
    engine = CampaignEngine(data_dir, provider=WrappingProvider(), autostart=False)
    try:
        (campaign,) = [c for c in engine.store.list_campaigns() if c.parent_id is None]
        return campaign.id
    finally:
        engine.close()


def stored(data_dir, campaign_id: str):
    engine = CampaignEngine(data_dir, provider=WrappingProvider(), autostart=False)
    try:
        return engine.get(campaign_id), [e.message for e in engine.store.logs(campaign_id)]
    finally:
        engine.close()


def editor(tmp_path, monkeypatch, name: str, script: str) -> None:
    path = tmp_path / name
    path.write_text(
        "import pathlib, sys\nfile = pathlib.Path(sys.argv[1])\ntext = file.read_text()\n"
        + script
        + "\nfile.write_text(text)\n"
    )
    monkeypatch.setenv("EDITOR", f"{sys.executable} {path}")
    monkeypatch.delenv("VISUAL", raising=False)


def test_the_cli_pauses_approves_asks_for_changes_and_edits(
    data_dir, tmp_path, monkeypatch, capsys
):
    d = str(data_dir)
    assert cli("run", "solar_backpack", "--approve-after", "strategy,copy", "--data-dir", d) == 4
    campaign_id = only_campaign(data_dir)
    out = capsys.readouterr().out
    assert "Strategy ready for your review" in out
    for command in ("approve", "edit", "changes"):
        assert f"campaign-tui {command} {campaign_id}" in out
    assert cli("list", "--data-dir", d) == 0
    listed = capsys.readouterr().out
    assert "awaiting" in listed and "approval of Strategy" in listed
    assert cli("show", campaign_id[-5:], "--data-dir", d) == 0
    assert "Awaiting" in capsys.readouterr().out
    # approve (by a unique part of the id): it runs on and pauses at copy
    assert cli("approve", campaign_id[-5:], "--data-dir", d) == 4
    assert stored(data_dir, campaign_id)[0].awaiting_step == "copy"
    capsys.readouterr()
    assert cli("changes", campaign_id, "--note", "Shorter, and casual.", "--data-dir", d) == 4
    out = capsys.readouterr().out
    assert "Changes asked for Copy" in out and "Change note applied: tone casual; shorter" in out
    # an edit that breaks the headlines list: exit 2, the problem on stderr, the text kept
    editor(
        tmp_path,
        monkeypatch,
        "bad.py",
        "text = text.replace('headlines:', 'headlines: 7\\nheadline_list:', 1)",
    )
    assert cli("edit", campaign_id, "--data-dir", d) == 2
    err = capsys.readouterr().err
    assert "headlines: Input should be a valid list" in err
    assert "headline_list: not a field of this section" in err
    assert f"campaign-tui edit {campaign_id}" in err and "Traceback" not in err
    kept = data_dir / "campaigns" / campaign_id / "edits" / "copy.yaml"
    assert "headline_list:" in kept.read_text(encoding="utf-8")
    # fixed in the next edit: the campaign finishes with the hand-written headline
    editor(
        tmp_path,
        monkeypatch,
        "good.py",
        "import re\ntext = text.replace('headlines: 7\\nheadline_list:', 'headlines:', 1)\n"
        "text = re.sub(r'(?m)^headlines:\\n- .*$', 'headlines:\\n- Sun in, power out.', text, 1)",
    )
    assert cli("edit", campaign_id, "--data-dir", d) in (0, 3)
    campaign, history = stored(data_dir, campaign_id)
    assert campaign.status in (CampaignStatus.DONE, CampaignStatus.WARNINGS)
    assert "Sun in, power out." in Path(campaign.website_path).read_text(encoding="utf-8")
    decisions = [m.split(" (by ")[0] for m in history if " (by " in m]
    assert decisions == [
        "✅ Strategy approved.",
        "💬 Changes asked for Copy: “Shorter, and casual.”.",
        "✏️ Copy edited by hand and approved.",
    ]


def test_the_cli_forks_a_variant_and_says_when_the_restart_moves(data_dir, capsys):
    d = str(data_dir)
    assert cli("run", "solar_backpack", "--data-dir", d) == 0
    source = only_campaign(data_dir)
    capsys.readouterr()
    code = cli("fork", source[-5:], "--from", "copy", "--set", "tone=casual",
               "--set", "primary_cta=Book a demo", "--data-dir", d)  # fmt: skip
    assert code in (0, 3)
    out = capsys.readouterr().out
    (line,) = [x for x in out.splitlines() if "is a variant of" in x]
    variant_id = line.split()[0]
    variant, history = stored(data_dir, variant_id)
    assert (variant.parent_id, variant.fork_step) == (source, "copy")
    assert variant.brief.tone == "casual" and variant.brief.primary_cta == "Book a demo"
    assert any("reusing 4 earlier step(s)" in m for m in history)
    assert "Book a demo" in (data_dir / "campaigns" / variant_id / "copy.md").read_text("utf-8")
    assert cli("show", variant_id, "--data-dir", d) == 0
    assert f"Variant    of {source} from copy" in capsys.readouterr().out
    code = cli("fork", source, "--from", "copy", "--set", "target_audience=Retired park rangers",
               "--data-dir", d)  # fmt: skip
    assert code in (0, 3)
    out = capsys.readouterr().out
    assert "Note: restarting at project_manager instead of copy" in out


@pytest.mark.parametrize(
    "args, message",
    [
        (("approve", "99999"), "No campaign matches"),
        (("fork", "{id}", "--from", "manifest"), "restart at one of"),
        (("fork", "{id}", "--from", "copy", "--set", "tone"), "is not FIELD=VALUE"),
        (("fork", "{id}", "--from", "copy", "--set", "budget=lots"), "budget"),
        (("approve", "{id}"), "only a campaign awaiting approval"),
        (("changes", "{id}", "--note", "  "), "Say what to change"),
    ],
)
def test_cli_mistakes_are_one_line_and_exit_2(data_dir, capsys, args, message):
    d = str(data_dir)
    assert cli("run", "solar_backpack", "--data-dir", d) == 0
    campaign_id = only_campaign(data_dir)
    capsys.readouterr()
    assert cli(*(a.format(id=campaign_id) for a in args), "--data-dir", d) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


# -- kill -9 -------------------------------------------------------------------------------------

FORK_AND_STALL = """
import sys, time
from pathlib import Path
sys.path.insert(0, {root!r})
from tui_app.core.engine import CampaignEngine
from tests.support import StallAt


engine = CampaignEngine({data!r}, provider=StallAt("cta_optimizer", {marker!r}))
engine.fork({source!r}, "copy", engine.get({source!r}).brief.with_changes(tone="casual"))
time.sleep(600)
"""


def test_kill_9_keeps_a_paused_campaign_paused_and_a_killed_variant_resumes(data_dir, tmp_path):
    import signal
    import subprocess

    engine = engine_for(data_dir)
    source = engine.submit(make_brief()).id
    paused = engine.submit(make_brief(product="Paused Skates", approve_after=["strategy"])).id
    run_to_rest(engine)
    engine.close()
    marker = tmp_path / "stalled"
    script = FORK_AND_STALL.format(
        root=str(Path(__file__).parent.parent), marker=str(marker), data=str(data_dir),
        source=source,
    )  # fmt: skip
    child = subprocess.Popen([sys.executable, "-c", script])
    try:
        for _ in range(1200):
            if marker.exists() and marker.read_text():
                break
            assert child.poll() is None, "the child ended early"
            threading.Event().wait(0.05)
        variant_id = marker.read_text()
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    again = engine_for(data_dir)
    assert again.get(paused).status is CampaignStatus.AWAITING
    assert again.get(variant_id).status is CampaignStatus.RUNNING  # its owner is dead
    assert cli("resume", variant_id, "--data-dir", str(data_dir)) in (0, 3)
    variant = again.get(variant_id)
    assert variant.status in (CampaignStatus.DONE, CampaignStatus.WARNINGS)
    assert variant.parent_id == source and variant.brief.tone == "casual"
    ran = [run.node for run in again.store.node_runs(variant_id)]
    assert ran.count("copy") == 1  # kept from before the kill, not written twice
    assert not set(ran) & set(again.registry.ancestors("copy"))
    # the paused one is still paused, and goes on when approved
    assert again.get(paused).status is CampaignStatus.AWAITING
    again.approve(paused)
    run_to_rest(again)
    assert again.get(paused).status in (CampaignStatus.DONE, CampaignStatus.WARNINGS)
    again.close()
