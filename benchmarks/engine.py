"""Engine benchmarks (run by hand; prints figures, asserts nothing).

    python benchmarks/engine.py                # all three
    python benchmarks/engine.py latency        # median ms per offline campaign, end to end
    python benchmarks/engine.py throughput     # 100 campaigns through 4 workers
    python benchmarks/engine.py io             # 0.5 s per provider call: 4 at once vs one

Targets: latency ≤ 100 ms median (issue 10; DESIGN.md said 150); throughput ≤ 30 s with none lost;
io ratio ≤ 1.15.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.support import SleepyProvider
from tui_app.core.engine import CampaignEngine
from tui_app.core.models import CampaignStatus
from tui_app.core.providers.offline import OfflineProvider
from tui_app.samples import samples


def latency(runs: int = 40) -> None:
    briefs = list(samples().values())
    with tempfile.TemporaryDirectory() as tmp:
        engine = CampaignEngine(tmp, max_workers=1, provider=OfflineProvider())
        engine.warm_up()
        # one campaign first so imports and caches are warm, as in a running app
        engine.wait([engine.submit(briefs[0]).id])
        times = []
        for i in range(runs):
            t0 = time.perf_counter()
            campaign_id = engine.submit(briefs[i % len(briefs)]).id
            engine.wait([campaign_id])
            times.append((time.perf_counter() - t0) * 1000)
            assert engine.get(campaign_id).status is CampaignStatus.DONE
        engine.close()
    times.sort()
    print(
        f"offline campaign end to end ({runs} runs, 1 worker): "
        f"median {statistics.median(times):.0f} ms, "
        f"p90 {times[int(len(times) * 0.9)]:.0f} ms, min {times[0]:.0f} ms, max {times[-1]:.0f} ms"
    )


def throughput(count: int = 100, workers: int = 4) -> None:
    briefs = list(samples().values())
    with tempfile.TemporaryDirectory() as tmp:
        engine = CampaignEngine(tmp, max_workers=workers, provider=OfflineProvider())
        engine.warm_up()
        t0 = time.perf_counter()
        ids = [engine.submit(briefs[i % len(briefs)]).id for i in range(count)]
        engine.wait(ids)
        elapsed = time.perf_counter() - t0
        statuses = [engine.get(i).status for i in ids]
        engine.close()
    done = statuses.count(CampaignStatus.DONE)
    print(
        f"{count} campaigns through {workers} workers: {elapsed:.1f} s "
        f"({count / elapsed:.1f} campaigns/s); done {done}, lost {count - done}"
    )


def io_bound(seconds: float = 0.5, workers: int = 4) -> None:
    brief = next(iter(samples().values()))

    def wall(n: int) -> float:
        with tempfile.TemporaryDirectory() as tmp:
            engine = CampaignEngine(tmp, max_workers=workers, provider=SleepyProvider(seconds))
            engine.warm_up()
            t0 = time.perf_counter()
            ids = [engine.submit(brief).id for _ in range(n)]
            engine.wait(ids)
            elapsed = time.perf_counter() - t0
            assert all(engine.get(i).status is CampaignStatus.DONE for i in ids)
            engine.close()
        return elapsed

    one = wall(1)
    four = wall(workers)
    print(
        f"provider sleeping {seconds} s per call: 1 campaign {one:.2f} s, {workers} at once "
        f"{four:.2f} s, ratio {four / one:.3f}"
    )


if __name__ == "__main__":
    which = sys.argv[1:] or ["latency", "throughput", "io"]
    for name in which:
        {"latency": latency, "throughput": throughput, "io": io_bound}[name]()
