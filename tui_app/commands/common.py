"""What every sub-command shares: exit codes, the one-line error, a read-only engine."""

from __future__ import annotations

import logging
import sys
import threading
from datetime import datetime
from typing import TextIO

from ..core.events import CampaignFailed, LogLine, ProgressEvent
from ..core.models import Campaign, CampaignStatus
from ..core.sanitize import for_terminal

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_WARNINGS, EXIT_INTERRUPTED = 0, 1, 2, 3, 130
EXIT_AWAITING = 4  # every campaign finished or paused, and one awaits approval


def open_for_reading(loaded):
    """An engine for `list`/`show`, after marking campaigns whose process died as interrupted."""
    from ..core.engine import CampaignEngine

    engine = CampaignEngine(loaded.settings.data_dir, autostart=False)
    engine.recover(adopt_queued=False)
    return engine


def _error(message: str) -> None:
    print(f"campaign-tui: {for_terminal(message)}", file=sys.stderr)


def make_engine(loaded, *, autostart: bool = True, listener=None):
    from ..core.engine import CampaignEngine
    from ..provider_setup import provider_factory

    settings = loaded.settings
    return CampaignEngine(
        settings.data_dir,
        max_workers=settings.max_workers,
        provider=provider_factory(settings),
        autostart=autostart,
        listener=listener,
    )


class LogPrinter:
    """Prints log lines as campaigns write them (called from worker threads)."""

    def __init__(self, out: TextIO, prefix: bool):
        self.out = out
        self.prefix = prefix
        self._lock = threading.Lock()

    def __call__(self, event: ProgressEvent) -> None:
        if isinstance(event, LogLine):
            message = event.message
        elif isinstance(event, CampaignFailed) and event.error_type == "DiskFull":
            message = f"❌ {event.message}"  # could not be written to the log
        else:
            return
        stamp = datetime.fromtimestamp(event.at).strftime("%H:%M:%S")
        tag = f"[{event.campaign_id}] " if self.prefix else ""
        with self._lock:
            print(f"{stamp} {tag}{for_terminal(message)}", file=self.out, flush=True)


def _wait_interruptibly(engine, ids: list[str]) -> bool:
    """Wait for campaigns; Ctrl-C stops them at the next step (resumable) and returns False."""
    try:
        while not engine.wait(ids, timeout=0.2):
            pass
    except KeyboardInterrupt:
        print("\nStopping…", file=sys.stderr, flush=True)
        # record the running campaigns interrupted and go: a model call in flight is
        # abandoned (the process exits), never awaited, whatever its latency
        if engine.shutdown(timeout=0, abandon=True):
            # the abandoned runs' graph threads end while Python exits; their executor would
            # log the cancelled call they leave behind as a traceback
            logging.getLogger("concurrent.futures").disabled = True
        return False
    return True


def _report(engine, ids: list[str]) -> int:
    campaigns = [engine.get(i) for i in ids]
    print()
    awaiting = [c for c in campaigns if c.status is CampaignStatus.AWAITING]
    for c in campaigns:
        where = c.website_path or c.error_summary or ""
        status = c.status.value
        if c.status is CampaignStatus.AWAITING and c.awaiting_step:
            where = f"awaits approval of {engine.registry[c.awaiting_step].title} ({c.user})"
        if c.id in engine.unrecorded:  # the store could not even record the failure
            where = engine.unrecorded[c.id]
            status = c.status.value if c.status is CampaignStatus.QUEUED else "failed"
        elif c.status is CampaignStatus.QUEUED and engine.held:
            where = f"held: {engine.disk_full} Resume with: campaign-tui resume {c.id}"
        print(f"{c.id}  {status:<11} {for_terminal(where, one_line=True)}")
    if awaiting:
        _continue_with(engine, awaiting)
    if any(
        c.id in engine.unrecorded or not (c.status.is_finished or c in awaiting) for c in campaigns
    ):
        return EXIT_FAILED
    if awaiting:
        return EXIT_AWAITING
    if any(c.status is CampaignStatus.WARNINGS for c in campaigns):
        return EXIT_WARNINGS
    return EXIT_OK


def _provider_ready(loaded) -> bool:
    from ..provider_setup import ProviderUnavailable, check_provider

    try:
        check_provider(loaded.settings)
    except ProviderUnavailable as exc:
        _error(str(exc))
        return False
    return True


def _wait_and_report(engine, ids: list[str]) -> int:
    if not _wait_interruptibly(engine, ids):
        print("Resume with: campaign-tui resume --all   (or: campaign-tui resume ID)")
        return EXIT_INTERRUPTED
    return _report(engine, ids)


def _continue_with(engine, awaiting: list[Campaign]) -> None:
    """How to go on with each paused campaign."""
    print()
    for c in awaiting:
        title = engine.registry[c.awaiting_step].title if c.awaiting_step else "a step"
        print(f"{c.id} awaits approval of {title} ({c.user}). Continue with one of:")
        print(f"  campaign-tui approve {c.id}")
        print(f"  campaign-tui edit {c.id}")
        print(f'  campaign-tui changes {c.id} --note "what to change"')


__all__ = [
    "EXIT_AWAITING",
    "EXIT_FAILED",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_USAGE",
    "EXIT_WARNINGS",
    "LogPrinter",
    "_error",
    "_provider_ready",
    "_wait_and_report",
    "make_engine",
    "open_for_reading",
]
