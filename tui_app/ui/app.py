"""CampaignApp: owns the engine, runs campaigns in thread workers, renders progress in batches.

Worker threads never touch widgets: the engine's listener puts events on a queue (cheap,
thread-safe, never blocks) and a 10 Hz timer on the UI thread drains it and applies the batch,
touching only what changed. A campaign runs in a Textual thread worker started here, by the
app (never by a modal screen); its slot is freed when the worker's thread really ends.
"""

from __future__ import annotations

import asyncio
import gc
import os
import queue
import shlex
import subprocess
import sys
import time
from collections import deque
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from textual import work
from textual.app import SystemCommand
from textual.binding import Binding
from textual.screen import Screen
from textual.timer import Timer
from textual.worker import Worker, WorkerState

from ..config import LoadedSettings, Settings, load_settings
from ..core.datadir import DataDirError
from ..core.engine import CampaignEngine, EngineError
from ..core.events import (
    TERMINAL_EVENTS,
    CampaignAwaiting,
    CampaignCancelled,
    CampaignFailed,
    CampaignFinished,
    ProgressEvent,
)
from ..core.models import Campaign, CampaignBrief
from ..core.providers.base import ContentProvider
from .commands import CommandHandlers
from .messages import (
    DashboardReady,
)
from .paths import shown
from .screens.confirm import ConfirmScreen
from .screens.dashboard import DashboardScreen
from .screens.help import HelpScreen, help_sections
from .selftest import SelfTest
from .view import DashboardView, PoolState

CAMPAIGN_GROUP = "campaigns"
BATCH_INTERVAL = 0.1  # seconds: at most ~10 UI updates a second
START_SPACING = 0.05  # seconds between two campaign starts


class CampaignApp(CommandHandlers):
    """The Campaign TUI."""

    TITLE = "Campaign TUI"
    CSS_PATH = Path(__file__).parent / "app.tcss"  # absolute: subclasses live elsewhere
    ENABLE_COMMAND_PALETTE = True

    BINDINGS = [
        Binding(
            "ctrl+q",
            "quit",
            "Quit",
            priority=True,
            tooltip="Quit; running campaigns stop after their current step and resume later",
        ),
        Binding("f1", "help", "Help", tooltip="This list of keys"),
        Binding(
            "t",
            "self_test",
            "Self-test",
            tooltip="Thread-pool self-test: 2-second jobs run in the pool; the UI lag is measured",
        ),
    ]

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        provider: ContentProvider | None = None,
        engine: CampaignEngine | None = None,
        clock=time.time,
        warm_up: bool = True,
    ):
        super().__init__()
        self.settings = settings or load_settings().settings
        self.clock = clock
        self.engine = engine or CampaignEngine(
            self.settings.data_dir,
            max_workers=self.settings.max_workers,
            provider=provider or _provider_from_settings(self.settings),
            autostart=False,
        )
        self.engine.add_listener(self._on_engine_event)
        self._events: queue.SimpleQueue[ProgressEvent] = queue.SimpleQueue()
        # why the configured provider cannot run here (missing extra or key), if it cannot;
        # an injected provider (tests) is taken as it is
        self.provider_problem: str | None = (
            None if provider or engine else _provider_problem(self.settings)
        )
        self._pool_ready = False
        self._warm_up = warm_up
        self._quitting = False
        self.self_test = SelfTest(self, slots=lambda: self.engine.max_workers)
        # what the app told the user, newest last (notifications vanish; tests read these)
        self.notices: deque[str] = deque(maxlen=50)
        self._dashboard: DashboardScreen | None = None
        self._pump: Timer | None = None
        self._next_fill: Timer | None = None
        self._last_start = 0.0
        self._theme_problem: str | None = None
        if self.settings.theme and self.settings.theme != self.theme:
            if self.settings.theme in self.available_themes:
                self.theme = self.settings.theme
            else:
                self._theme_problem = (
                    f"Unknown theme {self.settings.theme!r} in the settings; "
                    f"ctrl+p → Change theme lists the available ones."
                )

    # -- lifecycle -----------------------------------------------------------------

    def get_default_screen(self) -> Screen:
        return self.dashboard

    @property
    def dashboard(self) -> DashboardScreen:
        # kept, not looked up in the screen stack, which empties while the app shuts down
        if self._dashboard is None:
            view = DashboardView(self.engine, now=self.clock, pool=self._pool_state)
            self._dashboard = DashboardScreen(view)
        return self._dashboard

    def _pool_state(self) -> PoolState:
        settings = self.settings
        return PoolState(
            ready=self._pool_ready,
            busy=self.engine.running_count,
            max_workers=self.engine.max_workers,
            provider=settings.provider + (f" · {settings.model}" if settings.model else ""),
            provider_problem=self.provider_problem or "",
            approve_after=tuple(settings.approve_after),
        )

    def notify(self, message: str, *args, **kwargs) -> None:  # type: ignore[override]
        self.notices.append(message)
        super().notify(message, *args, **kwargs)

    def on_mount(self) -> None:
        # Thread workers share the loop's default executor (6 threads on 2 cores, also used by
        # Textual itself); give campaigns their own headroom so none waits for a thread.
        workers = max(self.settings.max_workers + 4, 8)
        executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="campaign-tui")
        asyncio.get_running_loop().set_default_executor(executor)
        # Start its threads now: Thread.start() blocks until the new thread runs, which takes
        # long once four busy campaigns compete for the GIL.
        for _ in range(workers):
            executor.submit(time.sleep, 0.05)

    def on_dashboard_ready(self, _message: DashboardReady) -> None:
        """The dashboard's widgets exist: start applying updates."""
        self._pump = self.set_interval(BATCH_INTERVAL, self._apply_events, name="apply-events")
        if self._warm_up:
            self._warm_up_pool()
        else:
            self._on_pool_ready()
        if self._theme_problem:
            self.notify(self._theme_problem, severity="warning", timeout=10)

    def on_load(self) -> None:
        # before the first screen loads the table: crashed runs show as interrupted
        self.engine.recover(adopt_queued=True)

    @work(thread=True, exit_on_error=False, group="warm-up")
    def _warm_up_pool(self) -> None:
        """Import and compile the workflow after the first paint (LangGraph imports slowly)."""
        self.engine.warm_up()
        self.call_from_thread(self._on_pool_ready)

    def _on_pool_ready(self) -> None:
        # Everything loaded so far (Textual, LangGraph, the workflow) lives as long as the app:
        # freezing it keeps full garbage collections, which stop every thread, short.
        gc.freeze()
        self._pool_ready = True
        self.fill_slots()
        self.dashboard.refresh_status()
        if self.provider_problem:
            self.notify(
                self.provider_problem, title="Provider unavailable", severity="error", timeout=20
            )

    @property
    def pool_ready(self) -> bool:
        return self._pool_ready

    # -- running campaigns -----------------------------------------------------------

    def submit(self, brief: CampaignBrief, *, brand: str | None = None) -> Campaign:
        if self.provider_problem:
            raise EngineError(self.provider_problem)
        campaign = self.engine.submit(brief, brand=brand)
        self.dashboard.campaign_added(campaign)
        self.fill_slots()
        return campaign

    def fill_slots(self) -> None:
        """Start a worker for a waiting campaign if a slot is free, one every START_SPACING.

        Spacing the starts matters when many campaigns are submitted at once: four starting in
        the same instant (each creating threads and connections) starved the UI thread of the
        GIL for ~110 ms; spaced 50 ms apart they don't.
        """
        idle = not self.is_running or self._quitting  # shutting down or quitting
        if idle or not self._pool_ready or self._next_fill is not None:
            return
        wait = self._last_start + START_SPACING - time.monotonic()
        if wait > 0:
            self._next_fill = self.set_timer(wait, self._spaced_fill)
            return
        campaign_id = self.engine.claim_next()
        if campaign_id is None:
            return
        self._last_start = time.monotonic()
        self.run_worker(
            lambda: self.engine.run(campaign_id),
            name=campaign_id,
            group=CAMPAIGN_GROUP,
            thread=True,
            exit_on_error=False,
        )
        if self.engine.queued_ids:
            self._next_fill = self.set_timer(START_SPACING, self._spaced_fill)

    def _spaced_fill(self) -> None:
        self._next_fill = None
        self.fill_slots()

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        # the worker's thread has ended, so engine.run() released its slot
        if event.worker.group == CAMPAIGN_GROUP and event.state in (
            WorkerState.SUCCESS,
            WorkerState.ERROR,
        ):
            self.fill_slots()

    def _on_engine_event(self, event: ProgressEvent) -> None:
        """Called in worker threads: only enqueue."""
        self._events.put(event)

    def _apply_events(self) -> None:
        """Drain the queue and apply it as one batch."""
        if not self.is_running or not self.dashboard.is_attached:  # shutting down
            return
        batch: list[ProgressEvent] = []
        try:
            while len(batch) < 5000:
                batch.append(self._events.get_nowait())
        except queue.Empty:
            pass
        if not batch:
            self.dashboard.tick()
            return
        self.dashboard.apply_batch(batch)
        for event in batch:
            if isinstance(event, TERMINAL_EVENTS):
                self._toast(event)
        self.fill_slots()

    def _toast(self, event: ProgressEvent) -> None:
        try:
            name = self.engine.get(event.campaign_id).name
        except EngineError:
            return
        if isinstance(event, CampaignFinished):
            score = (
                f", quality {event.quality_score}/100" if event.quality_score is not None else ""
            )
            if event.warnings:
                self.notify(
                    f"{name}: {event.artifacts} artifacts{score}; {event.warnings} finding(s) of "
                    "the review remain — see the log or quality_report.md.",
                    title="Done with warnings",
                    severity="warning",
                    timeout=10,
                )
                return
            self.notify(
                f"{name}: {event.artifacts} artifacts in {event.execution_time:.1f} s{score}.",
                title="Campaign done",
            )
        elif isinstance(event, CampaignFailed):
            self.notify(
                f"{name} failed in {event.node or 'start-up'}: {event.error_type}: {event.message}",
                title="Campaign failed",
                severity="error",
                timeout=10,
            )
        elif isinstance(event, CampaignCancelled) and not event.interrupted:
            self.notify(f"{name} was cancelled.", title="Cancelled", severity="warning")
        elif isinstance(event, CampaignAwaiting):
            self.notify(
                f"{event.title} of {name} ready for your review: press p (or enter) on it.",
                title=f"{event.title} ready for your review",
                timeout=10,
            )

    # -- actions ---------------------------------------------------------------------

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.help_sections(), self.engine.registry.steps))

    def help_sections(self) -> dict[str, list[tuple[str, str]]]:
        # imported when F1 is pressed: these screens' widgets (Markdown) are slow to import
        from .screens.artifact_viewer import ArtifactViewer
        from .screens.compare import CompareScreen

        """Every key, from the bindings of the app and its screens."""
        return help_sections(
            [
                ("Everywhere", self.BINDINGS),
                ("Dashboard", DashboardScreen.BINDINGS),
                ("Artifact viewer", ArtifactViewer.BINDINGS),
                ("Compare", CompareScreen.BINDINGS),
            ]
        )

    def action_self_test(self) -> None:
        self.self_test.start()

    async def action_quit(self) -> None:
        running = self.engine.running_count
        if running and not self._quitting:
            plural = "s are" if running > 1 else " is"
            question = (
                f"{running} campaign{plural} running. Quit now? They stop after their current "
                "step and resume from there next time (press r)."
            )
            self.push_screen(
                ConfirmScreen(question, confirm="Quit", cancel="Keep running"), self._quit_answer
            )
            return
        self._shutdown_and_exit()

    def _quit_answer(self, confirmed: bool | None) -> None:
        if confirmed:
            self._shutdown_and_exit()

    def _shutdown_and_exit(self) -> None:
        self._quitting = True
        # ask every run to stop at its next node boundary; Textual then waits for the threads
        self.engine.shutdown(timeout=0)
        self.exit()

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand("Self-test", "Run the thread-pool self-test (t)", self.action_self_test)
        yield SystemCommand("Help", "Show every key (F1)", self.action_help)
        if isinstance(screen, DashboardScreen):
            yield from screen.commands()

    # -- opening things ------------------------------------------------------------------

    def open_in_browser(self, path: str) -> None:
        self.open_url(Path(path).resolve().as_uri())

    def open_in_editor(self, path: str) -> bool:
        """Run $VISUAL or $EDITOR on `path` with the app suspended; False (and a notice) when
        there is none or it cannot run here."""
        editor = os.environ.get("VISUAL") or os.environ.get("EDITOR")
        if not editor:
            self.notify(
                f"Set $EDITOR (e.g. export EDITOR=nano) to edit; the file is {shown(path)}.",
                severity="warning",
            )
            return False
        failed: Exception | None = None
        try:
            with self.suspend():
                # nothing may raise out of this block: Textual 8.2.8 resumes the app only
                # when the block ends normally (a missing editor left the screen blank)
                try:
                    subprocess.run([*shlex.split(editor), path], check=False)
                except (OSError, ValueError) as exc:  # not found, not executable, bad quoting
                    failed = exc
        except Exception as exc:  # SuspendNotSupported (tests, the browser)
            failed = exc
        if failed is not None:
            self.notify(
                f"Could not open the editor ({editor}): {failed or type(failed).__name__}",
                severity="error",
            )
            return False
        return True

    async def on_unmount(self) -> None:
        if self._pump is not None:
            self._pump.stop()
        self.engine.shutdown(timeout=0)

    def close_engine(self) -> None:
        self.engine.close()


def _provider_from_settings(settings: Settings):
    from ..provider_setup import provider_factory

    return provider_factory(settings)


def _provider_problem(settings: Settings) -> str | None:
    from ..provider_setup import ProviderUnavailable, check_provider

    try:
        check_provider(settings)
    except ProviderUnavailable as exc:
        return str(exc)
    return None


def run_app(loaded: LoadedSettings) -> int:
    """Entry point for `campaign-tui` with no sub-command."""
    try:
        app = CampaignApp(loaded.settings)
    except DataDirError as exc:  # before the screen is taken over: one line, exit 2
        print(f"campaign-tui: {exc}", file=sys.stderr)
        return 2
    try:
        app.run()
    finally:
        app.close_engine()
    return app.return_code or 0
