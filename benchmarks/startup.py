"""Start-up time to the first screen with many stored campaigns (run by hand; prints figures).

    python benchmarks/startup.py [--campaigns 1000] [--runs 5]

Fills a temporary data dir with campaigns (done, failed, cancelled, paused for approval, and
every tenth a variant of another, with log lines and artifact records), then starts
`python -m tui_app` in a fresh process, headless, and measures from process start until the
dashboard has loaded every campaign and painted its first frame.
Target (DESIGN.md): ≤ 1 s with 1,000 campaigns.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CHILD = """
import sys, time
start = float(sys.argv[1])
from tui_app.config import Settings
from tui_app.ui.app import CampaignApp

class Probe(CampaignApp):
    def on_dashboard_ready(self, message):
        # posted once the dashboard has loaded every stored campaign
        super().on_dashboard_ready(message)
        rows = self.dashboard.table.row_count
        def painted():
            print(f"{time.time() - start:.3f} {rows}", flush=True)
            self.exit()
        self.call_after_refresh(painted)

Probe(Settings(data_dir=sys.argv[2])).run(headless=True)
"""


def fill(data_dir: Path, count: int) -> None:
    from tui_app.core.models import Artifact, CampaignStatus, LogEntry
    from tui_app.core.store import CampaignStore
    from tui_app.samples import samples

    briefs = list(samples().values())
    store = CampaignStore(data_dir / "campaigns.db")
    statuses = [CampaignStatus.DONE] * 7 + [
        CampaignStatus.AWAITING,
        CampaignStatus.FAILED,
        CampaignStatus.CANCELLED,
    ]
    now = time.time()
    previous = None
    for i in range(count):
        campaign = store.create_campaign(briefs[i % len(briefs)], created_at=now - i * 60)
        status = statuses[i % len(statuses)]
        paused = status is CampaignStatus.AWAITING
        store.update_campaign(
            campaign.id,
            status=status,
            steps_done=2 if paused else 15,
            awaiting_step="strategy" if paused else None,
            execution_time=0.4,
            website_path=None if paused else f"/tmp/{campaign.id}.html",
            parent_id=previous if i % 10 == 5 else None,
            fork_step="copy" if i % 10 == 5 else None,
        )
        previous = campaign.id
        for n in range(20):
            store.add_log(LogEntry(campaign.id, now, "info", None, f"line {n}"))
        for n in range(30):
            store.add_artifact(
                Artifact(campaign.id, f"/tmp/{campaign.id}/{n}.md", "document", "x", 1, "0", now)
            )
    store.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--campaigns", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "data"
        t0 = time.perf_counter()
        fill(data_dir, args.campaigns)
        print(f"stored {args.campaigns} campaigns in {time.perf_counter() - t0:.1f} s")
        times = []
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        for _ in range(args.runs):
            start = time.time()
            out = subprocess.run(
                [sys.executable, "-c", CHILD, str(start), str(data_dir)],
                capture_output=True,
                text=True,
                env=env,
                check=True,
                timeout=60,  # a probe that never fires fails loudly instead of hanging
            ).stdout.split()
            seconds, rows = float(out[0]), int(out[1])
            assert rows == args.campaigns, rows
            times.append(seconds)
    print(
        f"start-up to first screen with {args.campaigns} campaigns ({args.runs} runs): "
        f"median {statistics.median(times):.2f} s, min {min(times):.2f} s, max {max(times):.2f} s"
    )


if __name__ == "__main__":
    main()
