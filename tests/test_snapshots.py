"""Snapshots of the main screens (pytest-textual-snapshot; regenerate: --snapshot-update)."""

from __future__ import annotations

import time

import pytest
from textual.widgets import Input, TextArea

from tui_app.config import Settings
from tui_app.ui.app import CampaignApp
from tui_app.ui.screens.approval import ApprovalScreen
from tui_app.ui.screens.artifact_viewer import ArtifactViewer
from tui_app.ui.screens.compare import CompareScreen
from tui_app.ui.screens.step_picker import StepPickerScreen

from .pilot import (
    campaigns_shown,
    wait_for_dashboard,
    wait_for_form,
    wait_for_screen,
    wait_until,
)
from .seed import DONE_ID, NOW, seed_awaiting, seed_store, seed_variant

SIZE = (120, 36)


@pytest.fixture(autouse=True)
def utc(monkeypatch):
    # log lines show local times: pin the zone so the images match anywhere
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def make_app(data_dir) -> CampaignApp:
    return CampaignApp(Settings(data_dir=data_dir), clock=lambda: NOW, warm_up=False)


def still_cursors(pilot) -> None:
    for widget in pilot.app.screen.query("Input, TextArea"):
        if isinstance(widget, Input | TextArea):
            widget.cursor_blink = False


def test_empty_dashboard(snap_compare, tmp_path):
    assert snap_compare(make_app(tmp_path / "data"), terminal_size=SIZE)


def test_dashboard_in_mixed_states(snap_compare):
    app = make_app(seed_store())

    async def run_before(pilot):
        await wait_until(pilot, lambda: DONE_ID in campaigns_shown(app))
        app.dashboard.table.select(DONE_ID)
        await wait_until(pilot, lambda: app.dashboard.artifact_list.artifacts)

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


def test_new_campaign_form_with_errors(snap_compare, tmp_path):
    app = make_app(tmp_path / "data")

    async def run_before(pilot):
        await wait_for_dashboard(pilot)
        await pilot.press("n")
        form = await wait_for_form(pilot)
        still_cursors(pilot)
        form.query_one("#product", Input).focus()
        await pilot.press(*"Glow Serum")
        form.query_one("#budget", Input).value = "a lot"
        form.query_one("#client_website", Input).value = "ftp://glow"
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: str(form.query_one("#client-error").render()))
        form.query_one("#form-body").scroll_home(animate=False)
        await pilot.pause()

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


def test_artifact_viewer(snap_compare):
    data = seed_store()
    app = make_app(data)
    strategy = str(data.resolve() / "campaigns" / DONE_ID / "strategy.md")

    async def run_before(pilot):
        await wait_until(pilot, lambda: DONE_ID in campaigns_shown(app))
        app.dashboard.table.select(DONE_ID)
        await pilot.press("a")
        artifacts = app.dashboard.artifact_list
        await wait_until(pilot, lambda: strategy in [a.path for a in artifacts.artifacts])
        artifacts.highlighted = [a.path for a in artifacts.artifacts].index(strategy)
        await pilot.press("v")
        await wait_for_screen(pilot, ArtifactViewer)

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


def test_help_screen(snap_compare, tmp_path):
    assert snap_compare(make_app(tmp_path / "data"), terminal_size=SIZE, press=["f1"])


def test_compare_view(snap_compare):
    data = seed_store()
    variant = seed_variant(data)
    app = make_app(data)

    async def run_before(pilot):
        await wait_until(pilot, lambda: variant in campaigns_shown(app))
        table = app.dashboard.table
        for campaign_id in (DONE_ID, variant):  # as m does, without its notification
            table.toggle_mark(campaign_id)
        await pilot.press("equals_sign")
        screen = await wait_for_screen(pilot, CompareScreen)
        await wait_until(pilot, lambda: screen.left.lines and screen.right.lines)
        await pilot.pause()

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


async def select_and_press(pilot, campaign_id: str, key: str) -> None:
    """Wait for the campaign's row, select it and press `key` on it."""
    app = pilot.app
    await wait_until(pilot, lambda: campaign_id in campaigns_shown(app))
    app.dashboard.table.select(campaign_id)
    await wait_until(pilot, lambda: app.dashboard.selected.id == campaign_id)
    await pilot.press(key)


def test_review_screen(snap_compare):
    data = seed_store()
    paused = seed_awaiting(data)

    async def run_before(pilot):
        await select_and_press(pilot, paused, "p")
        screen = await wait_for_screen(pilot, ApprovalScreen)
        await wait_until(pilot, lambda: screen.query("Markdown MarkdownBlock"))
        await pilot.pause()

    assert snap_compare(make_app(data), terminal_size=SIZE, run_before=run_before)


def test_variant_step_picker(snap_compare):
    async def run_before(pilot):
        await select_and_press(pilot, DONE_ID, "g")
        await wait_for_screen(pilot, StepPickerScreen)
        await pilot.pause()

    assert snap_compare(make_app(seed_store()), terminal_size=SIZE, run_before=run_before)


def test_variant_form(snap_compare):
    async def run_before(pilot):
        await select_and_press(pilot, DONE_ID, "g")
        await wait_for_screen(pilot, StepPickerScreen)
        await pilot.press("enter")
        form = await wait_for_form(pilot)
        await wait_until(pilot, lambda: form.query_one("#product", Input).value != "")
        still_cursors(pilot)
        await pilot.pause()

    assert snap_compare(make_app(seed_store()), terminal_size=SIZE, run_before=run_before)
