"""Quit latency with campaigns stuck in slow model calls (run by hand; prints figures).

    python benchmarks/quit.py                  # 4 campaigns mid-call to a 30 s stub, 3 rounds
    python benchmarks/quit.py --delay 60 --campaigns 4 --repeat 5
    python benchmarks/quit.py --cli            # Ctrl-C of `campaign-tui run` instead

The real `campaign-tui` runs in tmux (a real terminal) against the local OpenAI-compatible stub
of the tests, which holds every call for `--delay` seconds. Once every campaign is waiting on
the stub, the benchmark presses ctrl+q and confirms (TUI), or sends Ctrl-C (`run`), and times
how long the process takes to exit. Then it checks that nothing was lost: every campaign is
*interrupted* and resumable. Target (DESIGN.md): ≤ 1.5 s whatever the call latency.
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.openai_stub import OpenAIStub
from tui_app.core.engine import CampaignEngine
from tui_app.core.models import CampaignStatus
from tui_app.samples import samples

SESSION = "campaign-tui-quit-bench"


def tmux(*args: str) -> str:
    return subprocess.run(["tmux", *args], check=True, capture_output=True, text=True).stdout


def one_round(stub: OpenAIStub, campaigns: int, cli: bool) -> float:
    work = Path(tempfile.mkdtemp(prefix="quit-bench-"))
    data = work / "data"
    config = work / "config.toml"
    config.write_text(
        f'provider = "openai"\nmodel = "stub"\nbase_url = "{stub.url}"\ntimeout = 600\n'
    )
    briefs = list(samples().values())
    done_flag = work / "exit-code"
    exe = shutil.which("campaign-tui") or f"{sys.executable} -m tui_app"
    base = f"{exe} --data-dir {shlex.quote(str(data))} --config {shlex.quote(str(config))}"
    if cli:
        files = []
        for i in range(campaigns):
            path = work / f"brief{i}.json"
            briefs[i % len(briefs)].to_json_file(path)
            files.append(shlex.quote(str(path)))
        command = f"{base} run {' '.join(files)} --max-workers {campaigns}"
    else:
        # queued campaigns of no living process: the TUI adopts and starts them at launch
        engine = CampaignEngine(data, autostart=False)
        for i in range(campaigns):
            engine.store.create_campaign(briefs[i % len(briefs)], provider="openai", model="stub")
        engine.close()
        command = f"{base} --max-workers {campaigns}"
    before = stub.count
    env = "OPENAI_API_KEY=stub TERM=xterm-256color"
    script = f"{env} {command}; echo $? > {shlex.quote(str(done_flag))}"
    tmux("new-session", "-d", "-s", SESSION, "-x", "140", "-y", "45", script)
    try:
        if not stub.wait_for_requests(before + campaigns, timeout=60):
            raise SystemExit(
                f"the campaigns never reached the stub:\n{tmux('capture-pane', '-pt', SESSION)}"
            )
        time.sleep(0.5)  # every campaign is now inside its 30 s call
        if cli:
            t0 = time.perf_counter()
            tmux("send-keys", "-t", SESSION, "C-c")
        else:
            tmux("send-keys", "-t", SESSION, "C-q")
            time.sleep(0.5)  # the confirmation dialog
            t0 = time.perf_counter()
            tmux("send-keys", "-t", SESSION, "y")
        while not done_flag.exists():
            if time.perf_counter() - t0 > 120:
                raise SystemExit("the app did not exit within 120 s")
            time.sleep(0.01)
        elapsed = time.perf_counter() - t0
    finally:
        subprocess.run(["tmux", "kill-session", "-t", SESSION], capture_output=True)
    engine = CampaignEngine(data, autostart=False)
    engine.recover(adopt_queued=False)
    states = [c.status for c in engine.store.list_campaigns()]
    engine.close()
    lost = [s for s in states if s not in (CampaignStatus.INTERRUPTED, CampaignStatus.QUEUED)]
    if lost:
        raise SystemExit(f"campaigns not resumable after quitting: {states}")
    shutil.rmtree(work, ignore_errors=True)
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--delay", type=float, default=30.0, help="stub delay per call (s)")
    parser.add_argument("--campaigns", type=int, default=4, help="campaigns mid-call")
    parser.add_argument("--repeat", type=int, default=3, help="rounds")
    parser.add_argument("--cli", action="store_true", help="Ctrl-C `campaign-tui run` instead")
    args = parser.parse_args()
    if not shutil.which("tmux"):
        raise SystemExit("tmux is needed (apt-get install tmux)")
    os.environ.setdefault("OPENAI_API_KEY", "stub")
    times = []
    with OpenAIStub(delay=args.delay) as stub:
        for _ in range(args.repeat):
            times.append(one_round(stub, args.campaigns, args.cli))
            print(f"  exit after {times[-1]:.2f} s", flush=True)
    what = "Ctrl-C of run" if args.cli else "TUI quit"
    print(
        f"{what}, {args.campaigns} campaigns mid-call to a {args.delay:g} s stub: "
        f"median {statistics.median(times):.2f} s, max {max(times):.2f} s "
        f"over {len(times)} rounds (target ≤ 1.5 s)"
    )


if __name__ == "__main__":
    main()
