"""Pilot tests of what a user does in the TUI."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, Select, SelectionList, TextArea

from tui_app.config import Settings
from tui_app.core.models import CampaignStatus
from tui_app.ui.app import CampaignApp
from tui_app.ui.screens.artifact_viewer import ArtifactViewer
from tui_app.ui.screens.confirm import ConfirmScreen
from tui_app.ui.screens.dashboard import DashboardScreen
from tui_app.ui.screens.help import HelpScreen, key_label
from tui_app.ui.screens.new_campaign import NewCampaignScreen
from tui_app.ui.widgets.artifact_list import ArtifactList
from tui_app.ui.widgets.campaign_log import CampaignLog

from .conftest import make_brief
from .pilot import (
    campaigns_shown,
    wait_for_dashboard,
    wait_for_form,
    wait_for_screen,
    wait_until,
)
from .support import GateProvider, WrappingProvider

SIZE = (120, 40)


def make_app(data_dir, provider=None, **settings) -> CampaignApp:
    return CampaignApp(
        Settings(data_dir=data_dir, **settings), provider=provider or WrappingProvider()
    )


def statuses(app: CampaignApp) -> dict[str, CampaignStatus]:
    return {cid: c.status for cid, c in app.dashboard.table.campaigns.items()}


async def test_empty_store_shows_a_hint(data_dir):
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: app.dashboard.is_mounted and app.dashboard.query("#empty"))
        hint = app.dashboard.query_one("#empty")
        assert hint.display and "press" in str(hint.render()).lower()
        assert not app.dashboard.query_one("#details").display


async def test_create_from_the_keyboard_and_run_to_done(data_dir):
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_dashboard(pilot)
        await pilot.press("n")
        form = await wait_for_form(pilot)
        await pilot.click("#sample")
        form.query_one("#sample", Select).value = "solar_backpack"
        product = form.query_one("#product", Input)
        await wait_until(pilot, lambda: product.value == "SunPack Solar Backpack")
        # type over a field, as a user would
        form.query_one("#campaign_name", Input).focus()
        form.query_one("#campaign_name", Input).value = ""
        await pilot.press(*"Trail Test")
        await pilot.press("ctrl+s")
        await wait_for_screen(pilot, DashboardScreen)
        await wait_until(
            pilot,
            lambda: CampaignStatus.DONE in statuses(app).values(),
            message="campaign done",
        )
        (campaign,) = app.dashboard.table.campaigns.values()
        assert campaign.name == "Trail Test"
        assert campaign.steps_done == 15
        # the log tab filled in and the artifacts list shows the website path first; the
        # engine logs its closing lines just after it stores the campaign as done
        log = app.dashboard.query_one(CampaignLog)
        await wait_until(pilot, lambda: "📊 Artifacts generated" in "\n".join(log.lines))
        assert "🚀 Starting campaign generation" in "\n".join(log.lines)
        await pilot.press("a")
        artifacts = app.dashboard.query_one(ArtifactList)
        await wait_until(pilot, lambda: artifacts.website_path is not None)
        assert artifacts.artifacts[0].kind == "website"
        assert artifacts.highlighted_path == campaign.website_path
        assert Path(campaign.website_path).is_file()


async def test_six_submitted_four_run_two_wait(data_dir):
    provider = GateProvider(section="strategy")
    app = make_app(data_dir, provider)
    async with app.run_test(size=SIZE) as pilot:
        for i in range(6):
            app.submit(make_brief(product=f"Product {i}"))
        await wait_until(pilot, lambda: provider.wait_for(4, timeout=0))
        await wait_until(
            pilot,
            lambda: list(statuses(app).values()).count(CampaignStatus.RUNNING) == 4,
            message="four running",
        )
        counts = list(statuses(app).values())
        assert counts.count(CampaignStatus.QUEUED) == 2
        status_bar = app.dashboard.pool_status
        assert (status_bar.busy, status_bar.max_workers, status_bar.queued) == (4, 4, 2)
        # running rows come first, then the queue in start order
        table = app.dashboard.table
        order = [table.row_cells(i)[4].plain for i in range(table.row_count)]
        assert [s.split()[-1] for s in order] == ["running"] * 4 + ["queued"] * 2
        # the log of a running campaign filled in live
        running_id = next(c for c, s in statuses(app).items() if s is CampaignStatus.RUNNING)
        table.select(running_id)
        await wait_until(
            pilot,
            lambda: any("Starting campaign" in line for line in app.dashboard.campaign_log.lines),
            message="the running campaign's log",
        )
        provider.release()
        await wait_until(
            pilot,
            lambda: set(statuses(app).values()) == {CampaignStatus.DONE},
            timeout=60,
            message="all done",
        )
        assert app.dashboard.pool_status.done == 6


async def test_open_website_uses_a_file_url(data_dir, monkeypatch):
    opened = []
    app = make_app(data_dir)
    monkeypatch.setattr(app, "open_url", lambda url, new_tab=True: opened.append(url))
    async with app.run_test(size=SIZE) as pilot:
        campaign = app.submit(make_brief())
        await wait_until(pilot, lambda: statuses(app)[campaign.id] is CampaignStatus.DONE)
        await pilot.press("o")
        done = app.engine.get(campaign.id)
        await wait_until(pilot, lambda: opened == [Path(done.website_path).as_uri()])
        assert opened[0].startswith("file:///")


async def test_shift_o_opens_the_landing_page(data_dir, monkeypatch):
    opened = []
    app = make_app(data_dir)
    monkeypatch.setattr(app, "open_url", lambda url, new_tab=True: opened.append(url))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("O")  # nothing selected yet: a warning, no browser
        assert opened == []
        campaign = app.submit(make_brief())
        await wait_until(pilot, lambda: statuses(app)[campaign.id] is CampaignStatus.DONE)
        await wait_until(
            pilot, lambda: any(a.kind == "landing" for a in app.dashboard.artifact_list.artifacts)
        )
        await pilot.press("O")
        landing = Path(app.engine.get(campaign.id).website_path).with_name("landing_page.html")
        await wait_until(pilot, lambda: opened == [landing.as_uri()])
        await pilot.press("o")  # o still opens the campaign website
        website = Path(app.engine.get(campaign.id).website_path).as_uri()
        await wait_until(pilot, lambda: opened[-1] == website)
        # listed in the command palette and in F1 help
        titles = [c.title for c in app.dashboard.commands()]
        assert "Open landing page" in titles
        assert any(key == "O (shift+o)" for rows in app.help_sections().values() for key, _ in rows)


async def test_view_artifact_inside_the_app(data_dir):
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        campaign = app.submit(make_brief())
        await wait_until(pilot, lambda: statuses(app)[campaign.id] is CampaignStatus.DONE)
        await pilot.press("v")
        viewer = await wait_for_screen(pilot, ArtifactViewer)
        assert viewer.path.name.endswith("_campaign_website.html")
        await pilot.press("escape")
        await wait_for_screen(pilot, DashboardScreen)


async def test_cancel_then_retry(data_dir):
    provider = GateProvider(section="creative")
    app = make_app(data_dir, provider)
    async with app.run_test(size=SIZE) as pilot:
        campaign = app.submit(make_brief())
        await wait_until(pilot, lambda: provider.wait_for(1, timeout=0))
        app.dashboard.table.select(campaign.id)
        await pilot.press("c")
        await wait_for_screen(pilot, ConfirmScreen)
        await pilot.press("y")
        await wait_until(pilot, lambda: statuses(app)[campaign.id] is CampaignStatus.CANCELLED)
        provider.release()
        await pilot.press("r")
        await wait_until(pilot, lambda: statuses(app)[campaign.id] is CampaignStatus.DONE)
        # retry continued from the checkpoint
        assert provider.calls[(campaign.id, "strategy")] == 1


async def test_invalid_form_keeps_input_and_shows_messages(data_dir):
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_dashboard(pilot)
        await pilot.press("n")
        form = await wait_for_form(pilot)
        await pilot.press("tab", "tab")  # past the sample picker and the file path
        assert form.focused is form.query_one("#product", Input)
        await pilot.press(*"My Product")
        form.query_one("#budget", Input).value = "a lot"
        form.query_one("#client_website", Input).value = "ftp://nope"
        await pilot.press("ctrl+s")
        error = lambda name: str(form.query_one(f"#{name}-error").render())  # noqa: E731
        await wait_until(pilot, lambda: error("client") != "")
        assert isinstance(app.screen, NewCampaignScreen)
        assert error("client") == "Client is required."
        assert "is not an amount" in error("budget")
        assert "http(s) URL" in error("client_website")
        assert error("product") == ""
        assert form.query_one("#product", Input).value == "My Product"
        assert form.query_one("#budget", Input).value == "a lot"
        assert form.query_one("#client-field").has_class("-invalid")
        # fixing the fields creates the campaign
        form.query_one("#client", Input).value = "Me Ltd"
        form.query_one("#client_website", Input).value = ""
        form.query_one("#budget", Input).value = "900"
        form.query_one("#target_audience", TextArea).text = "Busy people"
        form.query_one("#goals", Input).value = "Sell more"
        form.query_one("#key_features", Input).value = "Fast, Cheap"
        form.query_one("#channels", SelectionList).select("email")
        await pilot.press("ctrl+s")
        await wait_for_screen(pilot, DashboardScreen)
        await wait_until(pilot, lambda: len(app.dashboard.table.campaigns) == 1)
        (campaign,) = app.dashboard.table.campaigns.values()
        assert campaign.brief.client == "Me Ltd"
        assert [c.value for c in campaign.brief.channels] == ["email"]


async def test_duplicate_prefills_the_form(data_dir):
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        original = app.submit(make_brief(product="Original Thing"))
        await wait_until(pilot, lambda: original.id in campaigns_shown(app))
        app.dashboard.table.select(original.id)
        await pilot.press("d")
        form = await wait_for_form(pilot)
        await wait_until(pilot, lambda: form.query_one("#product", Input).value != "")
        assert form.query_one("#product", Input).value == "Original Thing"
        assert form.query_one("#budget", Input).value == "10,000 USD"
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: len(app.dashboard.table.campaigns) == 2)


async def test_a_duplicated_brief_keeps_its_numbers_whole(data_dir):
    """The form shows lists comma-separated: "Reach 40,000 viewers" once came back as the goals
    "Reach 40" and "000 viewers", and "€25,000 prize pool" as "€25" and "000 prize pool"."""
    app = make_app(data_dir)
    goals = ["Register 256 teams", "Reach 40,000 unique viewers"]
    features = ["€25,000 prize pool", "Weekly qualifiers"]
    async with app.run_test(size=SIZE) as pilot:
        original = app.submit(make_brief(goals=goals, key_features=features))
        await wait_until(pilot, lambda: original.id in campaigns_shown(app))
        app.dashboard.table.select(original.id)
        await pilot.press("d")
        form = await wait_for_form(pilot)
        await wait_until(pilot, lambda: form.query_one("#goals", Input).value != "")
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: len(app.dashboard.table.campaigns) == 2)
        copy = next(c for c in app.dashboard.table.campaigns.values() if c.id != original.id)
        assert copy.brief.goals == goals and copy.brief.key_features == features


async def test_filter_narrows_the_table(data_dir):
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        app.submit(make_brief(product="Alpha Widget"))
        app.submit(make_brief(product="Beta Gadget", campaign_name="Beta Push"))
        await wait_until(pilot, lambda: app.dashboard.table.row_count == 2)
        await pilot.press("slash", *"beta")
        await wait_until(pilot, lambda: app.dashboard.table.row_count == 1)
        await pilot.press("escape")
        await wait_until(pilot, lambda: app.dashboard.table.row_count == 2)


async def test_quit_with_running_campaigns_then_resume(data_dir):
    provider = GateProvider(section="creative")
    app = make_app(data_dir, provider)
    async with app.run_test(size=SIZE) as pilot:
        ids = [app.submit(make_brief(product=f"P{i}")).id for i in range(2)]
        await wait_until(pilot, lambda: provider.wait_for(2, timeout=0))
        await pilot.press("ctrl+q")
        await wait_for_screen(pilot, ConfirmScreen)
        await pilot.press("y")  # the app exits; leaving the block waits for it
    app.close_engine()
    # a new app instance shows them interrupted and resumes them
    provider.release()
    fresh = WrappingProvider()
    again = make_app(data_dir, fresh)
    async with again.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: set(ids) <= set(campaigns_shown(again)))
        assert {statuses(again)[i] for i in ids} == {CampaignStatus.INTERRUPTED}
        header = str(again.dashboard.campaign_header.render())
        assert "resume" in header
        for campaign_id in ids:
            again.dashboard.table.select(campaign_id)
            await wait_until(pilot, lambda cid=campaign_id: again.dashboard.selected.id == cid)
            await pilot.press("r")
        await wait_until(pilot, lambda: {statuses(again)[i] for i in ids} == {CampaignStatus.DONE})
        for campaign_id in ids:
            # resumed from the checkpoint: the steps done before the quit were not redone
            assert "strategy" not in fresh.sections_called(campaign_id)
            assert "creative" in fresh.sections_called(campaign_id)
    again.close_engine()


async def test_self_test_reports_pool_and_lag(data_dir):
    app = make_app(data_dir)
    app.self_test.job_seconds = 0.3
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: app.pool_ready)
        await pilot.press("t")
        await wait_until(pilot, lambda: app.self_test.last is not None, timeout=10)
        result = app.self_test.last
        assert result.jobs == 4
        assert result.samples > 5
        assert "4 jobs × 0.3 s done in" in result.summary
        assert result.parallel  # four 0.3 s jobs side by side, not 1.2 s


async def test_help_lists_every_binding(data_dir):
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_dashboard(pilot)
        await pilot.press("f1")
        await wait_for_screen(pilot, HelpScreen)
        listed = {key for rows in app.help_sections().values() for key, _ in rows}
        for binding in (*CampaignApp.BINDINGS, *DashboardScreen.BINDINGS):
            assert key_label(binding) in listed
        assert {"/", "F1", "ctrl+q", "ctrl+s", "ctrl+p", "enter", "n", "o", "t"} <= listed


@pytest.fixture(autouse=True)
def _no_real_browser(monkeypatch):
    import webbrowser

    monkeypatch.setattr(webbrowser, "open", lambda *a, **k: True)


async def test_missing_provider_package_is_reported_not_a_traceback(data_dir, monkeypatch):
    from tui_app import provider_setup as registry

    monkeypatch.setattr(registry, "_installed", lambda module: False)
    app = CampaignApp(Settings(data_dir=data_dir, provider="openai", model="gpt-4o-mini"))
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: app.dashboard.pool_status.provider_problem)
        problem = app.provider_problem
        assert problem and "pip install 'campaign-tui[openai]'" in problem
        assert app.dashboard.pool_status.provider_problem == problem
        await wait_for_dashboard(pilot)
        await pilot.press("n")
        form = await wait_for_form(pilot)
        assert "cannot run" in str(form.query_one("#provider-problem").render())
        form.query_one("#sample", Select).value = "solar_backpack"
        await wait_until(pilot, lambda: form.query_one("#product", Input).value != "")
        app.notices.clear()
        await pilot.press("ctrl+s")
        # the form answers ctrl+s with why it cannot create the campaign
        await wait_until(pilot, lambda: problem in app.notices, message="provider notice")
        assert isinstance(app.screen, NewCampaignScreen)  # nothing created
        assert app.engine.store.list_campaigns() == []


async def test_unknown_theme_in_settings_is_a_warning_not_a_crash(data_dir):
    app = CampaignApp(Settings(data_dir=data_dir, theme="no-such-theme"), warm_up=False)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await wait_until(pilot, lambda: app.dashboard.is_mounted)
        assert app.theme == "textual-dark"
        assert any("no-such-theme" in notice for notice in app.notices)


async def test_hostile_brief_files_never_end_the_app(data_dir, tmp_path):
    """Loading each file, then ctrl+s: a message in the form every time, the app stays up and
    a running campaign is not interrupted."""
    from .test_reliability import HOSTILE_FILES

    provider = GateProvider(section="strategy")
    app = make_app(data_dir, provider)
    async with app.run_test(size=SIZE) as pilot:
        running = app.submit(make_brief(product="Keeps Running"))
        await wait_until(pilot, lambda: provider.wait_for(1, timeout=0))
        for name, raw in HOSTILE_FILES.items():
            await wait_for_dashboard(pilot)
            await pilot.press("n")  # a fresh form for each file
            form = await wait_for_form(pilot)
            load = form.query_one("#load-path", Input)
            message = form.query_one("#load-path-error")
            path = tmp_path / name
            path.write_bytes(raw)
            load.value = str(path)
            load.focus()
            await pilot.press("enter")
            await wait_until(pilot, lambda m=message: str(m.render()), message=name)
            app.notices.clear()
            await pilot.press("ctrl+s")
            # the form answers ctrl+s (fields to fix), and the app is still up after it
            await wait_until(pilot, lambda: bool(app.notices), message=f"{name}: ctrl+s answered")
            assert app.is_running and isinstance(app.screen, NewCampaignScreen), name
            await pilot.press("escape")
        assert app.engine.store.get(running.id).status is CampaignStatus.RUNNING
        provider.release()
        await wait_until(pilot, lambda: statuses(app)[running.id] is CampaignStatus.DONE)


async def test_r_on_a_done_campaign_asks_then_generates_it_again(data_dir):
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        campaign = app.submit(make_brief())
        await wait_until(pilot, lambda: statuses(app)[campaign.id] is CampaignStatus.DONE)
        website = Path(app.engine.get(campaign.id).website_path)
        website.unlink()  # deleted by hand
        app.dashboard.table.select(campaign.id)
        await pilot.press("r")
        confirm = await wait_for_screen(pilot, ConfirmScreen)
        assert "missing or changed" in confirm.question
        await pilot.press("y")
        await wait_until(pilot, website.exists, message="website written again")
        await wait_until(pilot, lambda: statuses(app)[campaign.id] is CampaignStatus.DONE)
        assert app.engine.artifact_problems(campaign.id) == {}


def test_peak_concurrency_counts_overlapping_jobs():
    from tui_app.ui.selftest import peak_concurrency

    assert peak_concurrency([(0, 2), (1, 3), (1.5, 4), (1.9, 2.5)]) == 4
    assert peak_concurrency([(0, 1), (1, 2), (2, 3)]) == 1  # back to back, never together


async def test_a_damaged_brief_row_is_shown_marked_and_the_others_too(data_dir):
    import sqlite3

    from tui_app.core.engine import CampaignEngine

    engine = CampaignEngine(data_dir, autostart=False)
    kept = engine.store.create_campaign(make_brief(product="Kept"))
    broken = engine.store.create_campaign(make_brief(product="Broken"))
    engine.close()
    with sqlite3.connect(data_dir / "campaigns.db") as conn:
        conn.execute("UPDATE campaigns SET brief_json='{bad' WHERE id=?", (broken.id,))
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: len(campaigns_shown(app)) == 2, message="both rows")
        assert app.is_running
        shown = campaigns_shown(app)
        assert "damaged" in shown[broken.id].name and shown[broken.id].damaged
        app.dashboard.table.select(broken.id)
        header = app.dashboard.campaign_header
        await wait_until(pilot, lambda: "not valid JSON" in str(header.render()))
        # the good one ran (adopted at launch); the damaged one failed saying why, never ran
        await wait_until(pilot, lambda: statuses(app)[kept.id] is CampaignStatus.DONE)
        await wait_until(pilot, lambda: statuses(app)[broken.id] is CampaignStatus.FAILED)
        assert "cannot run" in (app.engine.get(broken.id).error_message or "")


async def test_a_log_line_already_read_from_the_store_does_not_show_twice():
    # selecting a campaign reads its log from the store; an event for a line the store
    # already held may arrive after that (a campaign submitted and selected at once)
    from textual.app import App

    from tui_app.core.models import LogEntry

    class Holder(App):
        def compose(self):
            yield CampaignLog()

    app = Holder()
    async with app.run_test() as pilot:
        log = app.query_one(CampaignLog)
        stored = [
            LogEntry("c1", 100.0, "info", None, "Queued"),
            LogEntry("c1", 100.5, "info", None, "Started"),
        ]
        log.show("c1", stored)
        log.append([(100.5, "Started"), (101.0, "Plan: 3 phases")])
        await pilot.pause()
        assert [line.split("  ", 1)[1] for line in log.lines] == [
            "Queued",
            "Started",
            "Plan: 3 phases",
        ]
        log.show("c2", [])  # another campaign: nothing of the first is held back
        log.append([(100.5, "Started")])
        assert [line.split("  ", 1)[1] for line in log.lines] == ["Started"]


def test_the_event_pump_stops_when_the_app_shuts_down(data_dir, monkeypatch):
    """The pump's timer can fire while shutdown is removing the dashboard's widgets (seen once
    in CI: with the table's switcher gone, a query for 'the' ContentSwitcher found the tabs'
    one and the app ended with NoMatches). Once shutdown has begun, the pump applies nothing."""
    import asyncio
    import time

    from textual.widgets import ContentSwitcher

    from tui_app.core.events import LogLine

    app = make_app(data_dir)
    applied_late: list[int] = []
    original_apply = DashboardScreen.apply_batch

    def apply_batch(self, events):
        if not app.is_running:
            applied_late.append(len(events))
        return original_apply(self, events)

    def fire_the_pump(self) -> None:
        if self.id == "main":  # shutdown is under way, the dashboard still attached
            app._events.put(LogLine(campaign_id=campaign.id, at=time.time(), message="late"))
            app._apply_events()

    monkeypatch.setattr(DashboardScreen, "apply_batch", apply_batch)
    monkeypatch.setattr(ContentSwitcher, "on_unmount", fire_the_pump, raising=False)

    async def scenario() -> None:
        nonlocal campaign
        async with app.run_test(size=SIZE) as pilot:
            campaign = app.submit(make_brief())
            await wait_until(pilot, lambda: statuses(app)[campaign.id] is CampaignStatus.DONE)

    campaign = None
    asyncio.run(scenario())
    assert app._events.qsize() == 1  # the late event was left in the queue
    assert applied_late == []
