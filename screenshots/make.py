"""Render the real app in its main states to screenshots/*.svg (run by hand, for the README).

    python screenshots/make.py            # every screenshot
    python screenshots/make.py compare    # only compare.svg
    python screenshots/make.py approvals  # only review.svg and variant.svg

Campaigns really run (offline provider); a wrapping provider holds some of them at a step and
fails one, so the dashboard shows every state at once. Uses a temporary data dir.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from textual.widgets import Input, Select, TextArea  # noqa: E402

from tests.support import WrappingProvider  # noqa: E402
from tui_app.config import Settings  # noqa: E402
from tui_app.core.models import CampaignStatus  # noqa: E402
from tui_app.core.providers.base import GenerationCancelled  # noqa: E402
from tui_app.samples import samples  # noqa: E402
from tui_app.ui.app import CampaignApp  # noqa: E402

SIZE = (130, 38)


class Staged(WrappingProvider):
    """Holds campaigns whose product is in `hold` at a section, fails `fail` at copy."""

    name = "offline"

    def __init__(self, hold: dict[str, str], fail: str) -> None:
        super().__init__()
        self.hold = hold
        self.fail = fail

    def before(self, request) -> None:
        product = request.brief.product
        if product == self.fail and request.section == "copy":
            raise ConnectionError("model endpoint refused the connection (HTTP 503)")
        if self.hold.get(product) == request.section:
            while not request.cancel.wait(0.05):
                pass
            raise GenerationCancelled("stopped for the screenshot")


async def wait_for(pilot, predicate, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError(predicate)
        await pilot.pause(0.05)


def still_cursors(app: CampaignApp) -> None:
    for widget in app.screen.query("Input, TextArea"):
        if isinstance(widget, Input | TextArea):
            widget.cursor_blink = False


async def dashboard_and_friends(data_dir: Path) -> None:
    briefs = samples()
    provider = Staged(
        hold={
            "Ledgerly Close": "visual",
            "Bloom Sourdough Subscription": "emotion_personalization",
            "Groovebox Turntable": "strategy",
            "FitPulse": "creative",
        },
        fail="FitPulse Pro",
    )
    app = CampaignApp(Settings(data_dir=data_dir), provider=provider)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app.pool_ready)
        app.save_screenshot("empty.svg", str(HERE))
        done = app.submit(briefs["solar_backpack"])
        failing = briefs["fitpulse_app"].model_copy(update={"product": "FitPulse Pro"})
        app.submit(failing)
        await wait_for(pilot, lambda: app.engine.get(done.id).status is CampaignStatus.DONE)
        for name in ("ledgerly_b2b", "bloom_bakery", "vinyl_revival", "fitpulse_app"):
            app.submit(briefs[name])
        app.submit(briefs["solar_backpack"].model_copy(update={"campaign_name": "Trail Mix"}))
        await wait_for(pilot, lambda: app.engine.running_count == 4)
        await pilot.pause(0.6)
        app.dashboard.table.select(done.id)
        await pilot.pause(0.3)
        app.save_screenshot("dashboard.svg", str(HERE))

        await pilot.press("a")
        await pilot.pause(0.3)
        app.save_screenshot("artifacts.svg", str(HERE))

        strategy = next(
            a.path for a in app.dashboard.artifact_list.artifacts if a.path.endswith("strategy.md")
        )
        artifacts = app.dashboard.artifact_list
        artifacts.highlighted = [a.path for a in artifacts.artifacts].index(strategy)
        await pilot.press("v")
        await pilot.pause(0.5)
        app.save_screenshot("artifact_viewer.svg", str(HERE))
        await pilot.press("escape")
        await pilot.pause(0.3)

        await pilot.press("n")
        await pilot.pause(0.3)
        still_cursors(app)
        form = app.screen
        form.query_one("#sample", Select).value = "bloom_bakery"
        await pilot.pause(0.2)
        form.query_one("#budget", Input).value = "about eight grand"
        form.query_one("#client", Input).value = ""
        await pilot.press("ctrl+s")
        await pilot.pause(0.4)
        form.query_one("#form-body").scroll_home(animate=False)
        await pilot.pause(0.2)
        app.save_screenshot("new_campaign_errors.svg", str(HERE))
        await pilot.press("escape")
        await pilot.pause(0.3)

        await pilot.press("f1")
        await pilot.pause(0.3)
        app.save_screenshot("help.svg", str(HERE))
        await pilot.press("escape")
        await pilot.pause(0.2)

        app.self_test.job_seconds = 2.0
        await pilot.press("t")
        await wait_for(pilot, lambda: app.self_test.last is not None)
        await pilot.pause(0.4)
        app.save_screenshot("self_test.svg", str(HERE))
        await pilot.press("escape")

        app.theme = "textual-light"
        await pilot.pause(0.4)
        app.save_screenshot("dashboard_light.svg", str(HERE))
        app.engine.shutdown(timeout=0)
    app.close_engine()


async def compare_view(data_dir: Path) -> None:
    """Two variants of one brief (another tone and call to action), compared with `=`."""
    from tui_app.core.engine import CampaignEngine
    from tui_app.core.models import CampaignBrief
    from tui_app.core.providers.offline import OfflineProvider
    from tui_app.ui.screens.compare import CompareScreen

    brief = samples()["solar_backpack"]
    casual = CampaignBrief.parse(
        {**brief.to_data(), "tone": "casual", "primary_cta": "Book a demo"}
    )
    engine = CampaignEngine(data_dir, provider=OfflineProvider())
    try:
        ids = [c.id for c in engine.submit_many([brief, casual])]
        engine.wait(ids)
    finally:
        engine.close()
    app = CampaignApp(Settings(data_dir=data_dir), provider=OfflineProvider(), warm_up=False)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: set(ids) <= set(app.dashboard.table.campaigns))
        for campaign_id in ids:
            app.dashboard.table.toggle_mark(campaign_id)
        await pilot.press("equals_sign")
        await wait_for(pilot, lambda: isinstance(app.screen, CompareScreen))
        await wait_for(pilot, lambda: app.screen.left.lines)
        await pilot.pause(0.3)
        app.save_screenshot("compare.svg", str(HERE))
    app.close_engine()


async def approvals(data_dir: Path) -> None:
    """A campaign paused after its strategy, reviewed (review.svg), and a variant of a done
    one from its copy, in the pre-filled form (variant.svg)."""
    from tui_app.core.models import CampaignBrief
    from tui_app.core.providers.offline import OfflineProvider
    from tui_app.ui.screens.approval import ApprovalScreen
    from tui_app.ui.screens.step_picker import StepPickerScreen

    briefs = samples()
    paused = CampaignBrief.parse(
        {**briefs["bloom_bakery"].to_data(), "approve_after": ["strategy"]}
    )
    app = CampaignApp(Settings(data_dir=data_dir), provider=OfflineProvider())
    async with app.run_test(size=SIZE) as pilot:
        done = app.submit(briefs["solar_backpack"]).id
        waiting = app.submit(paused).id
        await wait_for(pilot, lambda: app.engine.get(done).status is CampaignStatus.DONE)
        await wait_for(pilot, lambda: app.engine.get(waiting).status is CampaignStatus.AWAITING)
        await wait_for(pilot, lambda: waiting in app.dashboard.table.campaigns)
        app.dashboard.table.select(waiting)
        await pilot.pause(0.3)
        await pilot.press("p")
        await wait_for(pilot, lambda: isinstance(app.screen, ApprovalScreen))
        await pilot.pause(0.5)
        app.save_screenshot("review.svg", str(HERE))
        await pilot.press("escape")
        await pilot.pause(0.3)
        app.dashboard.table.select(done)
        await pilot.pause(0.3)
        await pilot.press("g")
        await wait_for(pilot, lambda: isinstance(app.screen, StepPickerScreen))
        await pilot.press("enter")
        await pilot.pause(0.5)
        still_cursors(app)
        app.save_screenshot("variant.svg", str(HERE))
        app.engine.shutdown(timeout=0)
    app.close_engine()


if __name__ == "__main__":
    # `make.py compare` (or `approvals`) makes only those screenshots
    only = set(sys.argv[1:])
    with tempfile.TemporaryDirectory() as tmp:
        if not only:
            asyncio.run(dashboard_and_friends(Path(tmp) / "data"))
        if not only or "compare" in only:
            asyncio.run(compare_view(Path(tmp) / "compare"))
        if not only or "approvals" in only:
            asyncio.run(approvals(Path(tmp) / "approvals"))
    for path in sorted(HERE.glob("*.svg")):
        print(path)
