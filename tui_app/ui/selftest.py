"""The thread-pool self-test (the origin's /test/thread-pool), with the UI's lag measured.

Simulated 2-second jobs run in thread workers, one per campaign slot, while an asyncio probe
on the UI's event loop wakes every 10 ms and records how late it woke. The result says whether
the pool ran the jobs side by side and whether the UI stayed responsive meanwhile.
"""

from __future__ import annotations

import asyncio
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass

from textual.app import App
from textual.worker import get_current_worker

from .messages import SelfTestFinished

PROBE_INTERVAL = 0.010
RESPONSIVE_P99_MS = 33.0


def percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


@dataclass(frozen=True, slots=True)
class SelfTestResult:
    jobs: int
    job_seconds: float
    wall_seconds: float
    lag_p50_ms: float
    lag_p99_ms: float
    lag_max_ms: float
    samples: int
    peak: int = 0  # the most jobs that were running at the same moment

    @property
    def parallel(self) -> bool:
        """Every job ran at the same time as every other (from their start and end times, not
        from the wall time, which a busy machine stretches)."""
        return self.peak == self.jobs

    @property
    def responsive(self) -> bool:
        return self.lag_p99_ms <= RESPONSIVE_P99_MS

    @property
    def summary(self) -> str:
        verdict = "the UI stayed responsive" if self.responsive else "the UI lagged"
        pool = "" if self.parallel else " (jobs did not run side by side)"
        return (
            f"{self.jobs} jobs × {self.job_seconds:.1f} s done in {self.wall_seconds:.1f} s{pool}; "
            f"UI lag p99 {self.lag_p99_ms:.0f} ms — {verdict}"
        )

    @property
    def short(self) -> str:
        mark = "✔" if self.responsive and self.parallel else "✖"
        return f"self-test {mark} {self.wall_seconds:.1f} s, lag p99 {self.lag_p99_ms:.0f} ms"


def simulated_job(seconds: float) -> tuple[float, float]:
    """A job that waits like a network call; stops early if its worker is cancelled.
    Returns its (start, end) times."""
    worker = get_current_worker()
    start = time.perf_counter()
    deadline = start + seconds
    while (left := deadline - time.perf_counter()) > 0:
        if worker.cancelled_event.wait(min(left, 0.05)):
            break
    return start, time.perf_counter()


def peak_concurrency(intervals: list[tuple[float, float]]) -> int:
    """The most intervals that overlap at one moment."""
    events = sorted([(start, 1) for start, _ in intervals] + [(end, -1) for _, end in intervals])
    running = peak = 0
    for _, step in events:
        running += step
        peak = max(peak, running)
    return peak


async def measure_lag(stop: asyncio.Event, lags: list[float]) -> None:
    """Wake every PROBE_INTERVAL and record how late each wake-up was (ms)."""
    loop = asyncio.get_running_loop()
    while not stop.is_set():
        expected = loop.time() + PROBE_INTERVAL
        await asyncio.sleep(PROBE_INTERVAL)
        lags.append(max(0.0, (loop.time() - expected) * 1000))


class SelfTest:
    """Runs the self-test for an app; one at a time."""

    def __init__(self, app: App, slots: Callable[[], int], job_seconds: float = 2.0) -> None:
        """`slots` says how many campaign slots the pool has (one job each)."""
        self.app = app
        self.slots = slots
        self.job_seconds = job_seconds
        self.running = False
        self.last: SelfTestResult | None = None

    def start(self) -> None:
        if self.running:
            self.app.notify("The self-test is already running.", severity="warning")
            return
        self.running = True
        jobs = self.slots()
        self.app.notify(
            f"Running {jobs} simulated {self.job_seconds:.0f}-second jobs in the thread pool…",
            title="Thread-pool self-test",
        )
        self.app.run_worker(self._run(jobs), group="self-test", exit_on_error=False)

    async def _run(self, jobs: int) -> SelfTestResult:
        stop = asyncio.Event()
        lags: list[float] = []
        probe = asyncio.create_task(measure_lag(stop, lags))
        started = time.perf_counter()
        try:
            workers = [
                self.app.run_worker(
                    lambda: simulated_job(self.job_seconds),
                    thread=True,
                    group="self-test-jobs",
                    exit_on_error=False,
                    name=f"self-test job {i + 1}",
                )
                for i in range(jobs)
            ]
            intervals = [await worker.wait() for worker in workers]
            wall = time.perf_counter() - started
        finally:
            stop.set()
            await probe
            self.running = False
        result = SelfTestResult(
            jobs=jobs,
            job_seconds=self.job_seconds,
            wall_seconds=wall,
            lag_p50_ms=statistics.median(lags) if lags else 0.0,
            lag_p99_ms=percentile(lags, 0.99),
            lag_max_ms=max(lags, default=0.0),
            samples=len(lags),
            peak=peak_concurrency(intervals),
        )
        self.last = result
        self.app.post_message(SelfTestFinished(result))
        return result
