"""Test content providers: wrap the offline provider to block, fail, count or wait."""

from __future__ import annotations

import threading
import time
from collections import Counter
from pathlib import Path

from tui_app.core.providers.base import (
    ContentProvider,
    ContentRequest,
    Generation,
    GenerationCancelled,
)
from tui_app.core.providers.offline import OfflineProvider


class WrappingProvider(ContentProvider):
    """Offline content, plus a hook before each section."""

    name = "test"

    def __init__(self) -> None:
        self.offline = OfflineProvider()
        self.calls: Counter[tuple[str, str]] = Counter()  # (campaign_id, section)
        self._lock = threading.Lock()

    def before(self, request: ContentRequest) -> None:
        pass

    def generate(self, request: ContentRequest) -> Generation:
        with self._lock:
            self.calls[(request.campaign_id, request.section)] += 1
        self.before(request)
        return self.offline.generate(request)

    def sections_called(self, campaign_id: str) -> list[str]:
        with self._lock:
            return [section for (cid, section) in self.calls if cid == campaign_id]


class StallAt(WrappingProvider):
    """For a child process that is killed mid-run: at `section`, writes the campaign's id to
    `marker` and sleeps (until the test kills the process)."""

    def __init__(self, section: str, marker: str) -> None:
        super().__init__()
        self.section, self.marker = section, marker

    def before(self, request: ContentRequest) -> None:
        if request.section == self.section:
            Path(self.marker).write_text(request.campaign_id)
            time.sleep(600)


class GateProvider(WrappingProvider):
    """Blocks at `section` until `release()`; `arrived` counts campaigns waiting there.

    Waits honour the campaign's cancel event, like a network provider must.
    """

    def __init__(self, section: str = "strategy") -> None:
        super().__init__()
        self.section = section
        self.gate = threading.Event()
        self.waiting: set[str] = set()
        self._cond = threading.Condition()

    def before(self, request: ContentRequest) -> None:
        if request.section != self.section:
            return
        with self._cond:
            self.waiting.add(request.campaign_id)
            self._cond.notify_all()
        while not self.gate.wait(0.01):
            if request.cancel.is_set():
                raise GenerationCancelled("cancelled while waiting")

    def wait_for(self, count: int, timeout: float = 10) -> bool:
        with self._cond:
            return self._cond.wait_for(lambda: len(self.waiting) >= count, timeout)

    def release(self) -> None:
        self.gate.set()


class BarrierProvider(WrappingProvider):
    """The first `parties` campaigns wait at their first section until all are there at once."""

    def __init__(self, parties: int, timeout: float = 10) -> None:
        super().__init__()
        self.barrier = threading.Barrier(parties, timeout=timeout)
        self.passed: set[str] = set()

    def before(self, request: ContentRequest) -> None:
        if request.section != "project_manager" or request.campaign_id in self.passed:
            return
        with self._lock:
            if len(self.passed) >= self.barrier.parties:
                return
            self.passed.add(request.campaign_id)
        self.barrier.wait()  # BrokenBarrierError (a failure) unless all arrive together


class FailingProvider(WrappingProvider):
    """Raises in `section` for campaigns whose product contains `marker`."""

    def __init__(self, section: str, marker: str) -> None:
        super().__init__()
        self.section = section
        self.marker = marker

    def before(self, request: ContentRequest) -> None:
        if request.section == self.section and self.marker in request.brief.product:
            raise ConnectionError("model endpoint refused the connection")


class SleepyProvider(WrappingProvider):
    """Sleeps `seconds` per call, like an I/O-bound LLM provider."""

    def __init__(self, seconds: float) -> None:
        super().__init__()
        self.seconds = seconds

    def before(self, request: ContentRequest) -> None:
        deadline = time.monotonic() + self.seconds
        while (left := deadline - time.monotonic()) > 0:
            if request.cancel.wait(min(left, 0.05)):
                raise GenerationCancelled("cancelled while waiting")


def assert_finished_clean(campaign, brief) -> None:
    """Done with no finding; or, for a brief with a requirement no parser read, done with
    warnings naming only those requirements (nothing checked the kit against them)."""
    from tui_app.core.models import CampaignStatus

    if brief.rules.unread:
        assert campaign.status is CampaignStatus.WARNINGS, campaign.error_summary
        assert {f["kind"] for f in campaign.findings} == {"unchecked"}, campaign.findings
        assert sorted(f["actual"] for f in campaign.findings) == sorted(brief.rules.unread)
    else:
        assert campaign.status is CampaignStatus.DONE, campaign.error_summary or campaign.findings
