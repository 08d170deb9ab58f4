"""The headless command line: exit codes, messages, and nothing stored for bad input."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tui_app import cli
from tui_app.core.store import CampaignStore

from .support import FailingProvider


def run_cli(*args: str) -> int:
    return cli.main(list(args))


def stored(data_dir: Path) -> list:
    db = data_dir / "campaigns.db"
    if not db.exists():
        return []
    store = CampaignStore(db)
    try:
        return store.list_campaigns()
    finally:
        store.close()


def test_run_a_sample_prints_the_log_and_exits_0(data_dir, capsys):
    assert run_cli("run", "solar_backpack", "--data-dir", str(data_dir)) == 0
    out = capsys.readouterr().out
    (campaign,) = stored(data_dir)
    assert f"🚀 Starting campaign generation for {campaign.id} by user" in out
    assert f"🌐 Website generated: {campaign.website_path}" in out
    assert "✅ Campaign generation completed" in out
    assert "⏱️ Execution time:" in out and "📊 Artifacts generated: " in out
    assert Path(campaign.website_path).is_file()


def test_bad_brief_prints_each_problem_exits_2_and_stores_nothing(data_dir, tmp_path, capsys):
    good = tmp_path / "good.json"
    bad = tmp_path / "bad.json"
    assert run_cli("samples", "--write", str(tmp_path)) == 0
    (tmp_path / "solar_backpack.json").rename(good)
    bad.write_text(json.dumps({"product": "", "budget": "lots", "client_website": "ftp://x"}))
    capsys.readouterr()
    assert run_cli("run", str(good), str(bad), "--data-dir", str(data_dir)) == 2
    err = capsys.readouterr().err
    assert "bad.json: invalid brief" in err
    for line in (
        "product: Product is required.",
        "client: Client is required.",
        "budget: Budget 'lots' is not an amount",
        "client_website: Client website must be an http(s) URL",
        "goals: Goals needs at least one entry",
    ):
        assert line in err
    assert "Traceback" not in err
    assert "Nothing was run or stored." in err
    assert stored(data_dir) == []  # not even the good one


def test_missing_and_broken_files_exit_2(data_dir, tmp_path, capsys):
    assert run_cli("run", str(tmp_path / "nope.json"), "--data-dir", str(data_dir)) == 2
    assert "No such file" in capsys.readouterr().err
    broken = tmp_path / "broken.json"
    broken.write_text("{")
    assert run_cli("run", str(broken), "--data-dir", str(data_dir)) == 2
    assert "not valid JSON" in capsys.readouterr().err


def test_a_failed_campaign_exits_1(data_dir, monkeypatch, capsys):
    from tui_app import provider_setup as registry

    monkeypatch.setattr(
        registry, "provider_factory", lambda settings: FailingProvider("copy", "SunPack")
    )
    assert run_cli("run", "solar_backpack", "bloom_bakery", "--data-dir", str(data_dir)) == 1
    out = capsys.readouterr().out
    assert "❌ Failed in copy: ConnectionError" in out
    statuses = sorted(c.status.value for c in stored(data_dir))
    assert statuses == ["done", "failed"]


def test_list_show_and_resume(data_dir, capsys):
    assert run_cli("list", "--data-dir", str(data_dir)) == 0
    assert "No campaigns yet" in capsys.readouterr().out
    assert run_cli("run", "ledgerly_b2b", "--data-dir", str(data_dir)) == 0
    (campaign,) = stored(data_dir)
    capsys.readouterr()
    assert run_cli("list", "--data-dir", str(data_dir)) == 0
    listing = capsys.readouterr().out
    assert campaign.id in listing and "done" in listing and campaign.website_path in listing
    suffix = campaign.id.rsplit("_", 1)[-1]
    assert run_cli("show", suffix, "--data-dir", str(data_dir)) == 0
    shown = capsys.readouterr().out
    assert "Ledgerly Close" in shown and "Artifacts (" in shown
    assert campaign.website_path in shown and "strategy.md" in shown
    assert "review" in shown  # node timings
    assert run_cli("show", "campaign_nope", "--data-dir", str(data_dir)) == 2
    assert "No campaign matches" in capsys.readouterr().err
    # a finished campaign cannot be resumed
    assert run_cli("resume", campaign.id, "--data-dir", str(data_dir)) == 2
    assert "only failed, cancelled, interrupted or queued" in capsys.readouterr().err


def test_samples_lists_and_writes(tmp_path, capsys):
    assert run_cli("samples") == 0
    out = capsys.readouterr().out
    assert "solar_backpack" in out and "ledgerly_b2b" in out
    assert run_cli("samples", "--write", str(tmp_path / "briefs")) == 0
    assert len(list((tmp_path / "briefs").glob("*.json"))) >= 4


def test_ctrl_c_interrupts_and_resume_finishes(data_dir, tmp_path):
    """A real process: SIGINT mid-run stops at the next step (exit 130); resume completes it."""
    script = (
        "import sys, time\n"
        f"sys.path.insert(0, {str(Path(__file__).parent.parent)!r})\n"
        "from tests.support import SleepyProvider\n"
        "from tui_app import provider_setup as registry\n"
        "registry.provider_factory = lambda settings: SleepyProvider(0.2)\n"
        "from tui_app.cli import main\n"
        "raise SystemExit(main(sys.argv[1:]))\n"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", script, "run", "fitpulse_app", "--data-dir", str(data_dir)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        for line in child.stdout:
            if "Plan:" in line:  # the first node finished
                break
        child.send_signal(signal.SIGINT)
        out, _ = child.communicate(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == 130
    assert "campaign-tui resume" in out
    (campaign,) = stored(data_dir)
    assert campaign.status.value == "interrupted"
    assert run_cli("resume", campaign.id, "--data-dir", str(data_dir)) == 0
    (campaign,) = stored(data_dir)
    assert campaign.status.value == "done"


@pytest.mark.parametrize("args", [["--max-workers", "0", "list"], ["--provider", "gpt", "list"]])
def test_bad_settings_exit_2(args, capsys):
    assert run_cli(*args) == 2
    assert "configuration error" in capsys.readouterr().err


def test_python_dash_m_works(data_dir):
    result = subprocess.run(
        [sys.executable, "-m", "tui_app", "--data-dir", str(data_dir), "list"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "No campaigns yet" in result.stdout


def test_list_shows_a_crashed_campaign_as_interrupted(data_dir, capsys):
    from tui_app.core.models import CampaignStatus

    from .conftest import make_brief

    store = CampaignStore(data_dir / "campaigns.db")
    crashed = store.create_campaign(make_brief(), owner_pid=999_999_999)
    store.update_campaign(crashed.id, status=CampaignStatus.RUNNING, steps_done=4)
    store.close()
    assert run_cli("list", "--data-dir", str(data_dir)) == 0
    assert "interrupted" in capsys.readouterr().out
    (campaign,) = stored(data_dir)
    assert campaign.status is CampaignStatus.INTERRUPTED
