"""Each defect of the fault-injection pass (issue 7), written as its reproduction.

Real processes are killed with SIGKILL, disks filled on a small tmpfs and the app made PID 1 in
a PID namespace where the machine allows it (`unshare`); those tests skip with the reason
otherwise.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from tui_app import cli
from tui_app.core.datadir import DataDirError
from tui_app.core.engine import CampaignEngine, EngineError
from tui_app.core.models import BriefError, CampaignBrief, CampaignStatus, read_brief_file
from tui_app.core.owners import OwnerLock
from tui_app.core.store import CampaignStore

from .conftest import make_brief
from .support import WrappingProvider

ROOT = Path(__file__).resolve().parent.parent


def run_cli(*args: str) -> int:
    return cli.main(list(args))


def statuses(data_dir: Path) -> dict[str, CampaignStatus]:
    store = CampaignStore(data_dir / "campaigns.db")
    try:
        return {c.id: c.status for c in store.list_campaigns()}
    finally:
        store.close()


# Runs a campaign engine in a child process that stalls in `cta_optimizer` (one slot, so the
# other campaigns stay queued), writes the running campaign's id to a marker, and waits.
STALL_SCRIPT = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    sys.path.insert(0, {root!r})
    from tui_app.core.engine import CampaignEngine
    from tui_app.core.models import CampaignBrief
    from tests.support import StallAt


    engine = CampaignEngine({data!r}, provider=StallAt("cta_optimizer", {marker!r}), max_workers=1)
    briefs = [CampaignBrief.from_json_file(p) for p in {briefs!r}]
    engine.submit_many(briefs)
    time.sleep(600)
    """
)


def start_stalled(data_dir: Path, tmp_path: Path, count: int, prefix: list[str] | None = None):
    paths = []
    for i in range(count):
        path = tmp_path / f"brief{i}.json"
        make_brief(product=f"Widget {i}").to_json_file(path)
        paths.append(str(path))
    marker = tmp_path / "running"
    script = STALL_SCRIPT.format(
        root=str(ROOT), marker=str(marker), data=str(data_dir), briefs=paths
    )
    child = subprocess.Popen([*(prefix or []), sys.executable, "-c", script])
    for _ in range(600):
        if marker.exists() and marker.read_text():
            return child, marker.read_text()
        if child.poll() is not None:
            raise AssertionError(f"the child ended early ({child.returncode})")
        threading.Event().wait(0.05)
    child.kill()
    raise AssertionError("the child never reached the stall")


def kill(child: subprocess.Popen) -> None:
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)


# -- 1. queued campaigns of an interrupted run are not stranded ----------------------------


def test_queued_campaigns_of_a_killed_run_resume_from_the_cli(data_dir, tmp_path, capsys):
    child, running = start_stalled(data_dir, tmp_path, 3)
    kill(child)
    before = statuses(data_dir)
    queued = [i for i, s in before.items() if s is CampaignStatus.QUEUED]
    assert len(queued) == 2 and before[running] is CampaignStatus.RUNNING
    # `resume` takes one queued campaign of the dead run and runs it now
    assert run_cli("resume", queued[0], "--data-dir", str(data_dir)) == 0
    after = statuses(data_dir)
    assert after[queued[0]] is CampaignStatus.DONE
    assert after[running] is CampaignStatus.INTERRUPTED  # marked on the way
    # `resume --all` runs every interrupted and left-queued one
    assert run_cli("resume", "--all", "--data-dir", str(data_dir)) == 0
    assert set(statuses(data_dir).values()) == {CampaignStatus.DONE}
    assert "Nothing to resume" not in capsys.readouterr().out


def test_run_resume_queued_takes_the_left_overs_too(data_dir, tmp_path):
    child, _ = start_stalled(data_dir, tmp_path, 2)
    kill(child)
    assert run_cli("run", "bloom_bakery", "--resume-queued", "--data-dir", str(data_dir)) == 0
    done = statuses(data_dir)
    assert len(done) == 3 and set(done.values()) == {CampaignStatus.DONE}


def test_a_queued_campaign_of_a_live_process_is_not_taken(data_dir, brief):
    first = CampaignEngine(data_dir, provider=WrappingProvider(), autostart=False)
    campaign = first.submit(brief)
    second = CampaignEngine(data_dir, provider=WrappingProvider(), autostart=False)
    with pytest.raises(EngineError, match="queued in another campaign-tui process"):
        second.retry(campaign.id)
    assert second.resume_all() == []
    second.close()
    first.close()  # leaves it queued, owned by no one
    third = CampaignEngine(data_dir, provider=WrappingProvider())
    third.retry(campaign.id)
    assert third.wait([campaign.id], timeout=60)
    assert third.get(campaign.id).status is CampaignStatus.DONE
    third.close()


# -- 2. liveness survives PID 1 and PID reuse --------------------------------------------


def _can_unshare_pid() -> bool:
    if not shutil.which("unshare"):
        return False
    probe = subprocess.run(
        ["unshare", "-fp", "--mount-proc", "true"], capture_output=True, timeout=30
    )
    return probe.returncode == 0


@pytest.mark.skipif(not _can_unshare_pid(), reason="needs `unshare -fp` (PID namespaces)")
def test_a_killed_pid_1_leaves_a_resumable_campaign(data_dir, tmp_path):
    prefix = ["unshare", "-fp", "--mount-proc", "--kill-child=SIGKILL"]
    child, running = start_stalled(data_dir, tmp_path, 1, prefix)
    store = CampaignStore(data_dir / "campaigns.db")
    owner = store.get(running).owner
    assert owner and owner.split("-")[0] == "1"  # the app really was PID 1 in its namespace
    kill(child)  # unshare dies; the kernel kills its PID 1 with it
    for _ in range(200):  # until the kernel has reaped it and released its lock
        if not store.owner_is_alive(owner):
            break
        threading.Event().wait(0.05)
    store.close()
    assert run_cli("resume", running, "--data-dir", str(data_dir)) == 0
    assert statuses(data_dir)[running] is CampaignStatus.DONE


def test_a_reused_pid_does_not_keep_a_dead_campaign_alive(data_dir, brief):
    engine = CampaignEngine(data_dir, provider=WrappingProvider(), autostart=False)
    # the dead owner had *our* PID (reuse): only its released lock counts
    ghost = OwnerLock(engine.paths.owners_dir)
    ghost.release()
    campaign = engine.store.create_campaign(brief, owner_pid=os.getpid(), owner=ghost.token)
    engine.store.update_campaign(campaign.id, status=CampaignStatus.RUNNING)
    assert engine.recover() == [campaign.id]
    engine.close()


# -- 3 and 4. hostile brief files: messages, never a traceback or an app exit ------------------

HOSTILE_FILES: dict[str, bytes] = {
    "infinity.json": b'{"product": "X", "timeline": Infinity}',
    "nan.json": b'{"product": "X", "timeline": NaN}',
    "deep.json": b'{"product": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
    "bignum.json": b'{"product": "X", "budget": ' + b"9" * 5000 + b"}",
    "surrogate.json": b'{"product": "\\ud800", "client": "C", "target_audience": "A",'
    b' "goals": ["g"], "key_features": ["f"]}',
    "utf16.json": '{"product": 1}'.encode("utf-16"),
    "list.json": b"[1, 2, 3]",
    "binary.json": bytes(range(256)),
    "nested_goal.json": b'{"product": "X", "client": "C", "target_audience": "A",'
    b' "goals": [{"a": 1}], "key_features": [null]}',
    "currency.json": b'{"product": "X", "budget": {"amount": 5, "currency": "<script>x"}}',
}


@pytest.fixture
def hostile_dir(tmp_path) -> Path:
    folder = tmp_path / "hostile"
    folder.mkdir()
    for name, raw in HOSTILE_FILES.items():
        (folder / name).write_bytes(raw)
    return folder


@pytest.mark.parametrize("name", sorted(HOSTILE_FILES))
def test_hostile_brief_file_is_a_message(hostile_dir, name):
    with pytest.raises(BriefError) as info:
        CampaignBrief.parse(read_brief_file(hostile_dir / name))
    assert info.value.errors and all(isinstance(m, str) for m in info.value.errors.values())


def test_cli_batch_with_hostile_briefs_exits_2_stores_nothing(data_dir, hostile_dir, capsys):
    good = hostile_dir / "good.json"
    make_brief().to_json_file(good)
    files = [str(good)] + [str(hostile_dir / n) for n in sorted(HOSTILE_FILES)]
    assert run_cli("run", *files, "--data-dir", str(data_dir)) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "Nothing was run or stored" in err
    for name in HOSTILE_FILES:  # every brief's messages, not only the first bad one
        assert f"{name}: invalid brief" in err
    assert not (data_dir / "campaigns.db").exists() or statuses(data_dir) == {}


def test_a_200_mb_brief_is_refused_without_reading_it(tmp_path):
    huge = tmp_path / "huge.json"
    with huge.open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: cheap to make
    with pytest.raises(BriefError, match="over 1 MB"):
        read_brief_file(huge)


# -- 5. two concurrent resumes run a campaign once ---------------------------------------


def test_racing_resumes_claim_a_campaign_once(data_dir, brief):
    setup = CampaignEngine(data_dir, provider=WrappingProvider(), autostart=False)
    ids = [setup.store.create_campaign(brief).id for _ in range(40)]
    for campaign_id in ids:
        setup.store.update_campaign(campaign_id, status=CampaignStatus.INTERRUPTED)
    setup.close()
    engines = [
        CampaignEngine(data_dir, provider=WrappingProvider(), autostart=False) for _ in range(2)
    ]
    for campaign_id in ids:
        barrier = threading.Barrier(2)
        won: list[int] = []

        def resume(index: int, campaign_id: str = campaign_id, barrier=barrier, won=won) -> None:
            barrier.wait()
            try:
                engines[index].retry(campaign_id)
                won.append(index)
            except EngineError:
                pass

        threads = [threading.Thread(target=resume, args=(i,)) for i in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert len(won) == 1, campaign_id
    queued = [set(e.queued_ids) for e in engines]
    assert not queued[0] & queued[1] and queued[0] | queued[1] == set(ids)
    for engine in engines:
        engine.close()


def test_a_claimed_campaign_runs_only_for_its_owner(data_dir, brief):
    """Even if two engines had it queued, only the owner's compare-and-set starts it."""
    owner = CampaignEngine(data_dir, provider=WrappingProvider(), autostart=False)
    other = CampaignEngine(data_dir, provider=WrappingProvider(), autostart=False)
    campaign = owner.submit(brief)
    # white-box: a stale queue entry no public call can make, to prove the start is guarded
    other._enqueue(campaign.id, campaign.priority, campaign.created_at)
    assert other.claim_next() == campaign.id
    assert other.run(campaign.id) is CampaignStatus.QUEUED  # refused: not its campaign
    assert other.store.node_runs(campaign.id) == []
    assert owner.claim_next() == campaign.id
    assert owner.run(campaign.id) is CampaignStatus.DONE
    other.close()
    owner.close()


# -- 6. data-dir and database faults --------------------------------------------------------


def _fill_store(data_dir: Path, count: int = 60) -> None:
    store = CampaignStore(data_dir / "campaigns.db")
    for i in range(count):
        store.create_campaign(make_brief(product=f"Widget {i}", target_audience="x" * 500))
    store.close()


def _corrupt_a_page(db: Path) -> None:
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = bytearray(db.read_bytes())
    page = 4096
    assert len(raw) > 6 * page
    raw[3 * page + 100 : 3 * page + 400] = os.urandom(300)
    db.write_bytes(bytes(raw))


@pytest.mark.parametrize(
    ("fault", "message"),
    [
        ("dir_is_file", "is a file, not a folder"),
        ("db_is_dir", "is not a database file"),
        ("campaigns_is_file", "keeps its campaigns folder there"),
        ("db_garbage", "is damaged"),
        ("db_truncated", "is damaged"),
        ("db_bad_page", "is damaged"),
    ],
)
def test_data_dir_faults_are_one_line_and_exit_2(fault, message, tmp_path, capsys):
    data = tmp_path / "data"
    if fault == "dir_is_file":
        data.write_text("not a folder")
    else:
        data.mkdir()
        if fault == "db_is_dir":
            (data / "campaigns.db").mkdir()
        elif fault == "campaigns_is_file":
            (data / "campaigns").write_text("x")
        else:
            _fill_store(data)
            db = data / "campaigns.db"
            if fault == "db_garbage":
                db.write_bytes(os.urandom(8192))
            elif fault == "db_truncated":
                with sqlite3.connect(db) as conn:
                    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                db.write_bytes(db.read_bytes()[:5000])
            else:
                _corrupt_a_page(db)
    before = (data / "campaigns.db").read_bytes() if (data / "campaigns.db").is_file() else None
    for args in (["list"], ["run", "bloom_bakery"], ["show", "x"]):
        assert run_cli(*args, "--data-dir", str(data)) == 2
        err = capsys.readouterr().err
        assert message in err and "Traceback" not in err and err.count("\n") == 1
    if before is not None:  # nothing was written into a damaged database
        assert (data / "campaigns.db").read_bytes() == before


@pytest.mark.parametrize("damage", ["garbage", "truncated"])
def test_a_damaged_checkpoints_db_is_one_line_and_exit_2_before_anything_is_stored(
    damage, tmp_path, capsys
):
    data = tmp_path / "data"
    assert run_cli("run", "bloom_bakery", "--data-dir", str(data)) == 0
    capsys.readouterr()
    db = data / "checkpoints.db"
    if damage == "garbage":
        db.write_bytes(os.urandom(20000))
        for leftover in data.glob("checkpoints.db-*"):
            leftover.unlink()
    else:
        with sqlite3.connect(db) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.write_bytes(db.read_bytes()[:5000])
    before = statuses(data)
    for args in (["run", "bloom_bakery"], ["list"], ["resume", "--all"]):
        assert run_cli(*args, "--data-dir", str(data)) == 2
        err = capsys.readouterr().err
        assert "checkpoints.db is damaged" in err, err
        assert "Traceback" not in err and err.count("\n") == 1, err
    assert statuses(data) == before  # nothing stored: no new campaign, none failed
    # the TUI: the same one line before the screen is taken over (run_app prints it, exit 2)
    from tui_app.config import Settings
    from tui_app.ui.app import CampaignApp

    with pytest.raises(DataDirError, match=r"checkpoints\.db is damaged"):
        CampaignApp(Settings(data_dir=data), warm_up=False)


def _unshare_mount_works() -> bool:
    if not shutil.which("unshare"):
        return False
    probe = subprocess.run(
        ["unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=1m tmpfs /mnt"],
        capture_output=True,
        timeout=30,
    )
    return probe.returncode == 0


NEEDS_MOUNTS = pytest.mark.skipif(
    not _unshare_mount_works(), reason="needs `unshare -rm` with tmpfs mounts"
)

IN_NAMESPACE = textwrap.dedent(
    """
    set -e
    mount -t tmpfs -o size={size} tmpfs {mnt}
    {setup}
    cd {root}
    {python} - <<'PY' > {out} 2> {err} || true
    import json, shutil, sys
    from tui_app import cli
    from tui_app.core.store import CampaignStore

    def state():
        store = CampaignStore({mnt!r} + "/data/campaigns.db")
        try:
            return {{c.id: [c.status.value, c.error_type, c.error_message]
                    for c in store.list_campaigns()}}
        finally:
            store.close()

    results = []
    for step in {steps!r}:
        if step == "free":
            shutil.rmtree({mnt!r} + "/ballast", ignore_errors=True)
            continue
        code = cli.main(step)
        sys.stdout.flush()
        try:
            results.append([code, state()])
        except Exception as exc:
            results.append([code, {{"error": str(exc)}}])
    print("RESULTS " + json.dumps(results), file=sys.stderr)
    PY
    """
)


def in_tmpfs(tmp_path: Path, steps: list, size: str, setup: str = "") -> tuple[list, str]:
    """Run CLI steps in a private mount namespace on a tmpfs of `size`; "free" removes the
    ballast folder. Returns [[exit code, {id: [status, error type, message]}], …] and the
    output."""
    mnt = tmp_path / "mnt"
    mnt.mkdir()
    out, err = tmp_path / "out.txt", tmp_path / "err.txt"
    fill = lambda a: a.format(mnt=str(mnt))  # noqa: E731
    script = IN_NAMESPACE.format(
        size=size,
        mnt=str(mnt),
        setup=fill(setup),
        root=str(ROOT),
        python=sys.executable,
        out=str(out),
        err=str(err),
        steps=[step if step == "free" else [fill(a) for a in step] for step in steps],
    )
    result = subprocess.run(["unshare", "-rm", "sh", "-c", script], timeout=300, text=True)
    assert result.returncode == 0
    text = err.read_text() + out.read_text()
    assert "RESULTS " in text, text
    results = json.loads(text.split("RESULTS ", 1)[1].splitlines()[0])
    return results, text


@NEEDS_MOUNTS
def test_a_read_only_data_dir_is_one_line(tmp_path):
    ((code, _),), text = in_tmpfs(
        tmp_path,
        [["list", "--data-dir", "{mnt}/data"]],
        "4m",
        setup="mkdir {mnt}/data && mount -o remount,ro {mnt}",
    )
    assert code == 2 and "read-only" in text and "Traceback" not in text
    assert text.count("campaign-tui:") == 1


@NEEDS_MOUNTS
def test_a_full_disk_fails_the_campaign_and_keeps_the_rest(tmp_path):
    briefs = []
    for i in range(6):
        path = tmp_path / f"b{i}.json"
        make_brief(product=f"Widget {i}", target_audience="a" * 600).to_json_file(path)
        briefs.append(str(path))
    data = ["--data-dir", "{mnt}/data"]
    results, text = in_tmpfs(
        tmp_path,
        [["run", *briefs, "--max-workers", "2", *data], "free", ["resume", "--all", *data]],
        "16m",
        # ballast: leaves room for about two campaigns, then the disk is full
        setup="mkdir {mnt}/ballast && head -c 15400k /dev/zero > {mnt}/ballast/fill",
    )
    assert "Traceback" not in text, text
    (run_code, stored), (resume_code, after) = results
    assert run_code == 1 and "disk full" in text.lower()
    # what the run leaves stored says why: the campaigns the full disk hit are failed with a
    # disk-full reason that says what to do; the rest wait, queued; none is left "running"
    failed = {i: s for i, s in stored.items() if s[0] == "failed"}
    assert failed, stored
    for _status, error_type, message in failed.values():
        assert error_type == "DiskFull" and "disk full" in message.lower(), stored
        assert "free" in message.lower() and "resume" in message.lower(), stored
    assert {s[0] for s in stored.values()} <= {"done", "failed", "queued"}, stored
    assert len(stored) == 6, stored
    # once there is space again, every campaign finishes: nothing was lost or stranded
    assert resume_code == 0, text
    assert len(after) == 6 and {s[0] for s in after.values()} == {"done"}, after


# -- 8. control characters ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "char", ["\x1b", "\x9b", "\x7f", "\x00", "\x07", "\u202e", "\u2028", "\u2029"]
)
@pytest.mark.parametrize(
    "field", ["product", "client", "campaign_name", "goals", "key_features", "avoid", "languages"]
)
def test_control_characters_are_refused_in_every_field(char, field):
    value = f"x{char}[2J"
    data = {field: [value] if field in ("goals", "key_features", "avoid") else value}
    with pytest.raises(BriefError) as info:
        make_brief(**data)
    assert field in info.value.errors


def test_show_never_writes_control_characters_to_the_terminal(data_dir, brief, capsys):
    store = CampaignStore(data_dir / "campaigns.db")
    campaign = store.create_campaign(brief)
    # a brief stored by an older version, or edited by hand, with an escape sequence in it
    hostile = json.loads(brief.to_json())
    hostile["product"] = "Evil\x1b[2J\x9b31m\x07"
    hostile["goals"] = ["clear\x1bc"]
    with sqlite3.connect(data_dir / "campaigns.db") as conn:
        conn.execute(
            "UPDATE campaigns SET brief_json=?, name=? WHERE id=?",
            (json.dumps(hostile), "Evil\x1b[2J", campaign.id),
        )
    store.close()
    for args in (["show", campaign.id], ["list"]):
        assert run_cli(*args, "--data-dir", str(data_dir)) == 0
        out = capsys.readouterr().out
        assert not any(ch in out for ch in "\x1b\x9b\x07"), out
        assert "\\x1b" in out or args == ["list"]


def test_hero_svg_stays_valid_xml_for_stored_control_characters():
    from xml.etree import ElementTree

    from tui_app.core.workflow.nodes import draw_hero

    from .content_factories import make_sections

    brief = CampaignBrief.model_construct(**{**make_brief().__dict__, "product": "A\x1bB\x00C"})
    visual = make_sections(make_brief())["visual"]
    ElementTree.fromstring(draw_hero(visual, brief))


# -- 9. accepted silently before --------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("budget", {"amount": 5, "currency": "<script>x"}, "is not supported"),
        ("budget", {"amount": 5, "currency": "usd", "x": 1}, "unknown key"),
        ("budget", float("inf"), "finite"),
        ("goals", [{"a": 1}], "must be text"),
        ("goals", [None], "must be text"),
        ("key_features", ["ok", 3], "must be text"),
        ("client_website", "https://example.com:99999/", "port is not valid"),
        ("client_website", "https://example.com:0/", "must be an http(s) URL"),
        ("timeline", 10**5000, "104-week limit"),
    ],
    ids=lambda v: repr(v)[:20] if not isinstance(v, int) else f"int-{v.bit_length()}-bits",
)
def test_strict_types(field, value, message):
    with pytest.raises(BriefError) as info:
        make_brief(**{field: value})
    assert message in info.value.errors[field]


# -- 10. artifacts deleted by hand --------------------------------------------------------------


def test_show_reports_missing_and_changed_artifacts_and_retry_regenerates(data_dir, capsys):
    assert run_cli("run", "bloom_bakery", "--data-dir", str(data_dir)) == 0
    (campaign_id,) = statuses(data_dir)
    folder = data_dir / "campaigns" / campaign_id
    (folder / "strategy.md").unlink()
    (folder / "copy.md").write_text("edited by hand\n")
    capsys.readouterr()
    assert run_cli("show", campaign_id, "--data-dir", str(data_dir)) == 0
    out = capsys.readouterr().out
    assert "strategy.md  [MISSING]" in out and "copy.md  [CHANGED]" in out
    assert "1 missing and 1 changed" in out
    assert run_cli("resume", campaign_id, "--data-dir", str(data_dir)) == 2
    assert "--from-scratch" in capsys.readouterr().err
    assert run_cli("retry", campaign_id, "--from-scratch", "--data-dir", str(data_dir)) == 0
    assert (folder / "strategy.md").exists() and "edited" not in (folder / "copy.md").read_text()
    capsys.readouterr()
    run_cli("show", campaign_id, "--data-dir", str(data_dir))
    assert "[MISSING]" not in capsys.readouterr().out


# -- 11. quitting never waits for a model call -------------------------------------------------

QUIT_SCRIPT = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, {root!r})
    from tui_app.cli import main
    raise SystemExit(main(sys.argv[1:]))
    """
)


def test_ctrl_c_mid_call_exits_without_waiting_for_the_model(data_dir, tmp_path):
    pytest.importorskip("langchain_openai")
    from .openai_stub import OpenAIStub

    config = tmp_path / "config.toml"
    with OpenAIStub(delay=120) as stub:  # every call would take two minutes
        config.write_text(f'provider = "openai"\nmodel = "stub"\nbase_url = "{stub.url}"\n')
        child = subprocess.Popen(
            [sys.executable, "-c", QUIT_SCRIPT.format(root=str(ROOT)), "run", "bloom_bakery",
             "fitpulse_app", "--data-dir", str(data_dir), "--config", str(config)],
            env={**os.environ, "OPENAI_API_KEY": "stub"},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        try:
            assert stub.wait_for_requests(2, timeout=60)
            child.send_signal(signal.SIGINT)
            # a hang detector, not a timing: the calls would hold the process for 120 s
            _, err = child.communicate(timeout=60)
        finally:
            if child.poll() is None:
                child.kill()
    assert child.returncode == 130 and "Traceback" not in err
    assert set(statuses(data_dir).values()) == {CampaignStatus.INTERRUPTED}


def test_an_abandoning_shutdown_records_interrupted_without_waiting_for_the_call(data_dir, brief):
    """Ctrl-C of `run`: a call that ignores cancelling (a stuck HTTP read) is not waited for;
    the campaign is stored interrupted at once, the late thread writes nothing over it, and
    it resumes to the end."""
    inside, release = threading.Event(), threading.Event()

    class Stuck(WrappingProvider):
        def before(self, request):
            if request.section == "strategy":
                inside.set()
                release.wait(120)  # deaf to the campaign's cancel event

    engine = CampaignEngine(data_dir, provider=Stuck())
    campaign_id = engine.submit(brief).id
    assert inside.wait(60)
    try:
        assert engine.shutdown(timeout=0, abandon=True) == [campaign_id]
        # recorded while the call is still in flight: nothing depends on the call returning
        assert statuses(data_dir) == {campaign_id: CampaignStatus.INTERRUPTED}
        engine.close()  # the abandoned run is not waited for
        assert not release.is_set()
    finally:
        release.set()
    assert engine.wait([campaign_id], timeout=60)  # the late thread ends by itself…
    assert statuses(data_dir) == {campaign_id: CampaignStatus.INTERRUPTED}  # …and writes nothing
    engine.store.close()  # close() left the store open for the abandoned run
    engine.owner.release()
    again = CampaignEngine(data_dir, provider=WrappingProvider())
    try:
        logs = [e.message for e in again.store.logs(campaign_id)]
        assert sum("Interrupted" in m for m in logs) == 1, logs
        assert again.resume_all() == [campaign_id]
        assert again.wait([campaign_id], timeout=60)
        assert again.get(campaign_id).status is CampaignStatus.DONE
    finally:
        again.close()


def test_a_cancelled_call_leaves_no_thread_the_process_would_wait_for(data_dir, brief):
    pytest.importorskip("langchain_openai")
    from tui_app.config import Settings
    from tui_app.provider_setup import provider_factory

    from .openai_stub import OpenAIStub

    with OpenAIStub(delay=120) as stub:
        settings = Settings(provider="openai", model="stub", base_url=stub.url)
        os.environ["OPENAI_API_KEY"] = "stub"
        engine = CampaignEngine(data_dir, provider=provider_factory(settings))
        campaign = engine.submit(brief)
        assert stub.wait_for_requests(1, timeout=60)
        engine.cancel(campaign.id)
        assert engine.wait([campaign.id], timeout=30)
        # Python joins non-daemon threads at exit: none may still be inside the HTTP call
        stuck = [
            t.name for t in threading.enumerate()
            if t is not threading.main_thread() and not t.daemon and t.is_alive()
            and t.name.startswith("ThreadPoolExecutor")
        ]  # fmt: skip
        assert stuck == []
        engine.close()


# -- 13. the smaller items ---------------------------------------------------------------------


def test_an_explicit_missing_config_is_an_error(tmp_path, capsys):
    assert run_cli("--config", str(tmp_path / "missing.toml"), "list") == 2
    assert "does not exist" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("toml", "message"),
    [('data_dir = ""', "data_dir is empty"), ("max_workers = true", "must be a number")],
)
def test_invalid_settings_are_errors(tmp_path, toml, message, capsys):
    config = tmp_path / "config.toml"
    config.write_text(toml + "\n")
    assert run_cli("--config", str(config), "list") == 2
    assert message in capsys.readouterr().err


def test_a_closed_pipe_ends_quietly(data_dir):
    for i in range(3):
        assert run_cli("run", "bloom_bakery", "--data-dir", str(data_dir)) == 0 or i
    for command in ("list", "config", "samples"):
        result = subprocess.run(
            f"{sys.executable} -m tui_app --data-dir {data_dir} {command} | head -1",
            shell=True,
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=120,
        )
        assert "Traceback" not in result.stderr and "BrokenPipe" not in result.stderr


def test_show_log_minus_n_is_the_last_n_lines(data_dir, capsys):
    assert run_cli("run", "bloom_bakery", "--data-dir", str(data_dir)) == 0
    (campaign_id,) = statuses(data_dir)
    capsys.readouterr()
    for arg in ("-3", "3"):
        run_cli("show", campaign_id, "--log", arg, "--data-dir", str(data_dir))
        assert "Log (last 3)" in capsys.readouterr().out


def test_data_dir_and_databases_are_private(data_dir):
    assert run_cli("run", "bloom_bakery", "--data-dir", str(data_dir)) == 0
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    for name in ("campaigns.db", "checkpoints.db"):
        assert stat.S_IMODE((data_dir / name).stat().st_mode) == 0o600


def test_engine_refuses_an_unusable_data_dir(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(DataDirError, match="is a file"):
        CampaignEngine(blocker)


# -- any input at all: a brief or a BriefError, nothing else ------------------------------------


def _random_value(rng, depth: int = 0):
    kinds = ["str", "int", "float", "bool", "none", "list", "dict", "weird"]
    kind = rng.choice(kinds if depth < 3 else kinds[:5])
    if kind == "str":
        alphabet = "aZ9 ,;.$€¥£-_\n\t<>&\"'\x1b\x7f\x9b\u202e\ud800\ufffd😀日本"
        return "".join(rng.choice(alphabet) for _ in range(rng.choice([0, 1, 5, 40, 700])))
    if kind == "int":
        return rng.choice([0, -1, 1, 7, 10**6, 10**30, -(10**20)])
    if kind == "float":
        return rng.choice([0.0, -2.5, 1e308, float("nan"), float("inf"), 3.3])
    if kind == "bool":
        return rng.choice([True, False])
    if kind == "none":
        return None
    if kind == "list":
        return [_random_value(rng, depth + 1) for _ in range(rng.choice([0, 1, 3, 30]))]
    if kind == "dict":
        return {
            rng.choice(["amount", "currency", "x", ""]): _random_value(rng, depth + 1)
            for _ in range(rng.choice([0, 1, 2, 3]))
        }
    return rng.choice(["5000 EUR", "$5,000", "12 weeks", "ja, en", "#fff", "http://x:99999"])


def test_any_brief_data_gives_a_brief_or_field_messages():
    import random

    rng = random.Random(7)
    fields = [*CampaignBrief.model_fields, "unknown"]
    for _ in range(1500):
        data = {rng.choice(fields): _random_value(rng) for _ in range(rng.choice([1, 4, 10]))}
        try:
            CampaignBrief.parse(data)
        except BriefError as exc:
            assert exc.errors and all(isinstance(v, str) and v for v in exc.errors.values())


def test_any_bytes_give_a_brief_file_or_a_message(tmp_path):
    import random

    rng = random.Random(11)
    path = tmp_path / "brief.json"
    seeds = [b'{"product": "x"}', b"[", b'{"a": [' * 40, '{"p": "é"}'.encode("utf-16-le")]
    for i in range(400):
        raw = bytearray(rng.choice(seeds))
        for _ in range(rng.choice([0, 1, 5])):
            if raw:
                raw[rng.randrange(len(raw))] = rng.randrange(256)
        path.write_bytes(bytes(raw) + bytes(rng.randrange(256) for _ in range(i % 7)))
        try:
            data = read_brief_file(path)
        except BriefError:
            continue
        with contextlib.suppress(BriefError):
            CampaignBrief.parse(data)


# -- a damaged row ----------------------------------------------------------------------------


@pytest.mark.parametrize("bad", ["{bad", "[1, 2]", "null", "", "9" * 5000])
def test_a_damaged_brief_row_never_stops_list_show_or_the_others(bad, data_dir, capsys):
    assert run_cli("run", "bloom_bakery", "fitpulse_app", "--data-dir", str(data_dir)) == 0
    ids = sorted(statuses(data_dir))
    damaged, other = ids
    with sqlite3.connect(data_dir / "campaigns.db") as conn:
        conn.execute("UPDATE campaigns SET brief_json=? WHERE id=?", (bad, damaged))
    capsys.readouterr()
    assert run_cli("list", "--data-dir", str(data_dir)) == 0
    out = capsys.readouterr().out
    assert other in out  # the other rows are all there
    line = next(line for line in out.splitlines() if line.startswith(damaged))
    assert "damaged brief" in line and f"campaign-tui show {damaged}" in line
    assert run_cli("show", damaged, "--data-dir", str(data_dir)) == 0
    shown = capsys.readouterr().out
    assert "Damaged" in shown and "not" in shown and "campaign-tui run" in shown
    # it is never run with an empty brief: retry says why, resume --all leaves it
    assert run_cli("retry", damaged, "--from-scratch", "--data-dir", str(data_dir)) == 2
    assert "cannot run" in capsys.readouterr().err
    assert statuses(data_dir)[other] is CampaignStatus.DONE
