"""Pilot tests of exports and brand profiles in the TUI."""

from __future__ import annotations

import io
from pathlib import Path

from rich.console import Console
from textual.widgets import Input, Select, TextArea

from tui_app.core.brands import BrandProfile
from tui_app.ui.screens.dashboard import DashboardScreen
from tui_app.ui.widgets.artifact_list import ArtifactList
from tui_app.ui.widgets.brief_view import BriefView

from .conftest import make_brief
from .pilot import campaigns_shown, wait_for_dashboard, wait_for_form, wait_for_screen, wait_until
from .test_ui import SIZE, make_app


def shown_text(widget) -> str:
    console = Console(width=120, record=True, file=io.StringIO())
    shown = widget.render()
    console.print(getattr(shown, "_renderable", shown))  # a Rich table inside a RichVisual
    return console.export_text()


def _done(app, campaign_id: str) -> bool:
    campaign = app.dashboard.table.campaigns.get(campaign_id)
    return campaign is not None and campaign.status.is_finished


async def test_x_exports_a_finished_campaign_off_the_ui_thread(data_dir):
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        campaign = app.submit(make_brief(start_date="2026-03-02"))
        await wait_until(pilot, lambda: _done(app, campaign.id), message="campaign done")
        app.dashboard.table.select(campaign.id)
        await pilot.press("x")
        artifacts = app.dashboard.query_one(ArtifactList)
        names = lambda: {Path(a.path).name for a in artifacts.artifacts}  # noqa: E731
        await wait_until(pilot, lambda: "content_calendar.ics" in names(), message="exported")
        assert f"{campaign.id}_kit.zip" in names()
        assert any(n.endswith(".eml") for n in names())
        messages = list(app.notices)
        assert any(m.startswith("Exported") for m in messages)


async def test_x_on_an_unfinished_campaign_says_so(data_dir):
    from .support import GateProvider

    gate = GateProvider()
    app = make_app(data_dir, provider=gate)
    async with app.run_test(size=SIZE) as pilot:
        campaign = app.submit(make_brief())
        await wait_until(pilot, lambda: campaign.id in campaigns_shown(app))
        app.dashboard.table.select(campaign.id)
        await pilot.press("x")
        await wait_until(
            pilot, lambda: any("export it once it is done" in notice for notice in app.notices)
        )
        gate.release()
        await wait_until(pilot, lambda: _done(app, campaign.id), message="campaign done")


async def test_a_brand_fills_the_form_and_is_recorded_with_the_campaign(data_dir):
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_dashboard(pilot)
        app.engine.store.save_brand(
            BrandProfile.parse(
                {
                    "name": "Mori Coffee",
                    "client_website": "mori.example.jp",
                    "tone": "calm",
                    "primary_cta": "Visit us",
                    "languages": "ja, en",
                    "avoid": "cheap",
                    "must_include": "Prices include tax.",
                }
            )
        )
        await pilot.press("n")
        form = await wait_for_form(pilot)
        form.query_one("#brand", Select).value = "Mori Coffee"
        await wait_until(pilot, lambda: form.query_one("#client", Input).value == "Mori Coffee")
        assert form.query_one("#client_website", Input).value == "https://mori.example.jp"
        assert form.query_one("#primary_cta", Input).value == "Visit us"
        assert form.query_one("#languages", Input).value == "ja, en"
        for name, value in {"product": "Kissa Mori", "goals": "Get 200 reviews",
                            "key_features": "Hand-drip coffee",
                            "start_date": "2026-04-06"}.items():  # fmt: skip
            form.query_one(f"#{name}", Input).value = value
        form.query_one("#target_audience", TextArea).text = "Office workers in Shibuya"
        await pilot.press("ctrl+s")
        await wait_for_screen(pilot, DashboardScreen)
        await wait_until(pilot, lambda: len(app.dashboard.table.campaigns) == 1)
        (campaign,) = app.engine.store.list_campaigns()
        assert campaign.brand == "Mori Coffee"
        assert campaign.brief.rules.primary_cta == "Visit us"
        assert campaign.brief.must_include == ["Prices include tax."]
        assert str(campaign.brief.start_date) == "2026-04-06"
        await pilot.press("b")
        view = app.dashboard.query_one(BriefView)
        await wait_until(pilot, lambda: "Mori Coffee (the profile" in shown_text(view))
        assert "Mon 2026-04-06" in shown_text(view)


async def test_save_as_brand_from_the_form_and_from_a_campaign(data_dir):
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_dashboard(pilot)
        await pilot.press("n")
        form = await wait_for_form(pilot)
        form.query_one("#client", Input).value = "Harbour Food Bank"
        form.query_one("#brand_colors", Input).value = "not a colour"
        await pilot.press("ctrl+b")
        await wait_until(
            pilot, lambda: "hex colour" in str(form.query_one("#brand_colors-error").render())
        )
        assert app.engine.store.brands() == []
        form.query_one("#brand_colors", Input).value = "#0a7d5a"
        form.query_one("#tone", Input).value = "warm"
        await pilot.press("ctrl+b")
        await wait_until(pilot, lambda: app.engine.store.brand("harbour food bank") is not None)
        assert app.engine.store.brand("Harbour Food Bank").brand_colors == ["#0a7d5a"]
        assert form.brand_name == "Harbour Food Bank"
        await pilot.press("escape")
        await wait_for_screen(pilot, DashboardScreen)
        campaign = app.submit(make_brief(client="Acme Rockets", primary_cta="Launch now"))
        await wait_until(pilot, lambda: campaign.id in campaigns_shown(app))
        app.dashboard.table.select(campaign.id)
        await pilot.press("B")
        await wait_until(pilot, lambda: app.engine.store.brand("Acme Rockets") is not None)
        assert app.engine.store.brand("Acme Rockets").primary_cta == "Launch now"
        # ending the app while the table still repaints a running campaign races its teardown
        await wait_until(pilot, lambda: _done(app, campaign.id), message="campaign done")


def test_the_palette_and_help_offer_export_and_save_as_brand(data_dir):
    app = make_app(data_dir)
    actions = {b.action for b in DashboardScreen.BINDINGS}
    assert {"export_campaign", "save_brand"} <= actions
    rows = app.help_sections()["Dashboard"]
    assert any(key == "x" and "Google Ads Editor" in what for key, what in rows)
    assert any(key.startswith("B") and "brand profile" in what for key, what in rows)
