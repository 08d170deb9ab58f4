"""Pilot tests of approvals and variants as a marketer uses them: the table, the review
screen, $EDITOR, the change note, quitting while paused, and a variant from the form."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

from textual.widgets import Input, Markdown, OptionList, SelectionList, Static, TextArea

from tui_app.config import Settings
from tui_app.core.models import CampaignStatus
from tui_app.ui.app import CampaignApp
from tui_app.ui.screens.approval import ApprovalScreen, ChangeNoteScreen
from tui_app.ui.screens.dashboard import DashboardScreen
from tui_app.ui.screens.step_picker import StepPickerScreen

from .conftest import make_brief
from .pilot import campaigns_shown, wait_for_dashboard, wait_for_form, wait_for_screen, wait_until
from .support import WrappingProvider

SIZE = (120, 40)
FINISHED = (CampaignStatus.DONE, CampaignStatus.WARNINGS)


def make_app(data_dir, provider=None, **settings) -> CampaignApp:
    return CampaignApp(
        Settings(data_dir=data_dir, **settings), provider=provider or WrappingProvider()
    )


def status(app: CampaignApp, campaign_id: str) -> CampaignStatus | None:
    campaign = campaigns_shown(app).get(campaign_id)
    return campaign.status if campaign else None


def row_text(app: CampaignApp, campaign_id: str) -> str:
    return " ".join(str(cell) for cell in app.dashboard.table.cells_of(campaign_id))


async def paused(pilot, app: CampaignApp, step: str = "strategy", **brief) -> str:
    campaign_id = app.submit(make_brief(approve_after=[step], **brief)).id
    await wait_until(
        pilot,
        lambda: status(app, campaign_id) is CampaignStatus.AWAITING,
        message=f"{campaign_id} paused",
    )
    return campaign_id


async def open_review(pilot, app: CampaignApp, campaign_id: str) -> ApprovalScreen:
    await wait_for_dashboard(pilot)
    app.dashboard.table.select(campaign_id)
    await wait_until(pilot, lambda: app.dashboard.selected.id == campaign_id)
    app.dashboard.table.focus()
    await pilot.press("enter")
    return await wait_for_screen(pilot, ApprovalScreen)


def use_editor(monkeypatch, app: CampaignApp, tmp_path: Path, name: str, script: str) -> None:
    """$EDITOR as a script that edits the file; the app 'suspends' in place (headless)."""
    path = tmp_path / name
    path.write_text(
        "import pathlib, sys\nfile = pathlib.Path(sys.argv[1])\ntext = file.read_text()\n"
        f"{script}\nfile.write_text(text)\n"
    )
    monkeypatch.setenv("EDITOR", f"{sys.executable} {path}")
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setattr(app, "suspend", contextlib.nullcontext)


async def test_a_pause_frees_the_slot_and_approval_finishes_the_campaign(data_dir):
    app = make_app(data_dir, max_workers=1)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await wait_for_dashboard(pilot)
        first = await paused(pilot, app)
        # one worker, held by no paused campaign: the next one runs to the end
        second = app.submit(make_brief(product="Next In Line")).id
        await wait_until(pilot, lambda: status(app, second) in FINISHED, message="second done")
        assert status(app, first) is CampaignStatus.AWAITING
        row = row_text(app, first)
        assert "⏸ awaiting" in row and "⏸ strategy" in row
        app.dashboard.table.select(first)
        await wait_until(pilot, lambda: app.dashboard.selected.id == first)
        header = app.dashboard.campaign_header
        await wait_until(pilot, lambda: "strategy awaits your approval" in str(header.render()))
        assert "press p" in str(header.render())
        assert any(
            "Strategy of" in n and "ready for your review: press p" in n for n in app.notices
        )
        review = await open_review(pilot, app, first)
        title = str(review.query_one("#approval-title", Static).render())
        assert "Strategy" in title and "awaits your approval" in title
        markdown = review.query_one(Markdown)
        await wait_until(pilot, lambda: "Positioning" in markdown.source)
        await pilot.press("a")
        await wait_for_screen(pilot, DashboardScreen)
        await wait_until(pilot, lambda: status(app, first) in FINISHED, message="approved done")
        assert any("Approved" in n for n in app.notices)


async def test_escape_decides_later_and_p_reviews_again(data_dir):
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        campaign_id = await paused(pilot, app)
        await open_review(pilot, app, campaign_id)
        await pilot.press("escape")
        await wait_for_screen(pilot, DashboardScreen)
        assert status(app, campaign_id) is CampaignStatus.AWAITING
        await pilot.press("p")
        await wait_for_screen(pilot, ApprovalScreen)


async def test_an_invalid_edit_shows_its_problems_and_a_fixed_one_reaches_the_website(
    data_dir, tmp_path, monkeypatch
):
    app = make_app(data_dir)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        campaign_id = await paused(pilot, app)
        review = await open_review(pilot, app, campaign_id)
        mine = "Rocket skates for people who would rather glide than drive."
        use_editor(
            monkeypatch,
            app,
            tmp_path,
            "bad.py",
            "import re\n"
            f"text = re.sub(r'(?m)^positioning:.*(\\n  .*)*', 'positioning: {mine}', text)\n"
            "text = text.replace('value_propositions:', 'value_propositions: 42\\nold:', 1)",
        )
        await pilot.press("e")
        problems = review.query_one("#approval-problems", Static)
        await wait_until(pilot, lambda: problems.display, message="problems shown")
        shown = str(problems.render())
        assert "value_propositions" in shown and "old: not a field" in shown
        assert app.screen is review and status(app, campaign_id) is CampaignStatus.AWAITING
        kept = Path(app.engine.edit_file(campaign_id)).read_text(encoding="utf-8")
        assert mine in kept  # the marketer's text is kept for the next try
        use_editor(
            monkeypatch,
            app,
            tmp_path,
            "good.py",
            "text = text.replace('value_propositions: 42\\nold:', 'value_propositions:', 1)",
        )
        await pilot.press("e")
        await wait_for_screen(pilot, DashboardScreen)
        await wait_until(pilot, lambda: status(app, campaign_id) in FINISHED, message="done")
        website = app.engine.get(campaign_id).website_path
        assert mine in Path(website).read_text(encoding="utf-8")


async def test_request_changes_sends_the_note_and_the_step_pauses_again(data_dir):
    provider = WrappingProvider()
    app = make_app(data_dir, provider)
    async with app.run_test(size=SIZE) as pilot:
        campaign_id = await paused(pilot, app, "copy", tone="professional")
        await open_review(pilot, app, campaign_id)
        await pilot.press("x")
        note_screen = await wait_for_screen(pilot, ChangeNoteScreen)
        await pilot.press("ctrl+s")  # an empty note is not sent
        assert app.screen is note_screen
        note_screen.query_one("#note", TextArea).insert("Casual tone, and shorter.")
        await pilot.press("ctrl+s")
        await wait_for_screen(pilot, DashboardScreen)
        await wait_until(pilot, lambda: provider.calls[(campaign_id, "copy")] == 2)
        await wait_until(
            pilot,
            lambda: (
                status(app, campaign_id) is CampaignStatus.AWAITING
                and not app.engine.is_active(campaign_id)
            ),
            message="paused again",
        )
        messages = [e.message for e in app.engine.store.logs(campaign_id)]
        assert any("Changes asked for Copy" in m and "Casual tone" in m for m in messages)
        assert any("Change note applied: tone casual; shorter" in m for m in messages)


async def test_quit_while_paused_and_relaunch_still_paused(data_dir):
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        campaign_id = await paused(pilot, app)
        await pilot.press("ctrl+q")  # nothing running: no question asked
    app.close_engine()
    again = make_app(data_dir)
    async with again.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: campaign_id in campaigns_shown(again))
        assert status(again, campaign_id) is CampaignStatus.AWAITING
        assert "⏸" in row_text(again, campaign_id)
        await open_review(pilot, again, campaign_id)
        await pilot.press("a")
        await wait_until(pilot, lambda: status(again, campaign_id) in FINISHED)
    again.close_engine()


async def test_the_form_sets_approve_after_and_the_settings_default_fills_it(data_dir):
    app = make_app(data_dir, approve_after=["copy"])
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_dashboard(pilot)
        await pilot.press("n")
        form = await wait_for_form(pilot)
        steps = form.query_one("#approve_after", SelectionList)
        assert steps.selected == ["copy"]
        steps.select("strategy")
        for name, value in (
            ("product", "Pause Test"),
            ("client", "Me Ltd"),
            ("target_audience", "Night owls"),
            ("goals", "Drive sign-ups"),
            ("key_features", "Quiet"),
        ):
            form.query_one(f"#{name}", Input | TextArea).__setattr__(
                "value" if name != "target_audience" else "text", value
            )
        await pilot.press("ctrl+s")
        await wait_for_screen(pilot, DashboardScreen)
        await wait_until(pilot, lambda: len(campaigns_shown(app)) == 1)
        (campaign,) = campaigns_shown(app).values()
        assert campaign.brief.approve_after == ["strategy", "copy"]
        await wait_until(pilot, lambda: status(app, campaign.id) is CampaignStatus.AWAITING)


async def test_g_makes_a_variant_from_a_step_with_a_changed_brief(data_dir):
    provider = WrappingProvider()
    app = make_app(data_dir, provider)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await wait_for_dashboard(pilot)
        source = app.submit(make_brief(tone="professional")).id
        await wait_until(pilot, lambda: status(app, source) in FINISHED, message="source done")
        app.dashboard.table.select(source)
        await wait_until(pilot, lambda: app.dashboard.selected.id == source)
        app.dashboard.table.focus()
        await pilot.press("g")
        picker = await wait_for_screen(pilot, StepPickerScreen)
        options = picker.query_one(OptionList)
        assert options.get_option_at_index(options.highlighted).id == "copy"
        await pilot.press("enter")
        form = await wait_for_form(pilot)
        assert "Variant of" in str(form.query_one("#form-title").render())
        tone = form.query_one("#tone", Input)
        await wait_until(pilot, lambda: tone.value == "professional")
        tone.value = "casual"
        await pilot.press("ctrl+s")
        await wait_for_screen(pilot, DashboardScreen)
        await wait_until(pilot, lambda: len(campaigns_shown(app)) == 2)
        (variant_id,) = set(campaigns_shown(app)) - {source}
        await wait_until(pilot, lambda: status(app, variant_id) in FINISHED, message="variant")
        variant = app.engine.get(variant_id)
        assert (variant.parent_id, variant.fork_step, variant.brief.tone) == (
            source,
            "copy",
            "casual",
        )
        assert f"↳ {source[-5:]} from copy" in row_text(app, variant_id)  # 120 columns
        app.dashboard.table.select(variant_id)
        header = app.dashboard.campaign_header
        await wait_until(
            pilot, lambda: f"variant of {source[-5:]} from copy" in str(header.render())
        )
        earlier = set(app.engine.registry.ancestors("copy"))
        assert not set(provider.sections_called(variant_id)) & earlier
        assert any("Variant" in n for n in app.notices)


async def test_a_missing_editor_is_a_notice_and_the_review_stays(data_dir, monkeypatch):
    app = make_app(data_dir)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        campaign_id = await paused(pilot, app)
        review = await open_review(pilot, app, campaign_id)
        monkeypatch.setenv("EDITOR", "/no/such/editor --wait")
        monkeypatch.setattr(app, "suspend", contextlib.nullcontext)
        await pilot.press("e")
        await wait_until(pilot, lambda: any("Could not open the editor" in n for n in app.notices))
        assert app.screen is review and status(app, campaign_id) is CampaignStatus.AWAITING
        await pilot.press("a")
        await wait_until(pilot, lambda: status(app, campaign_id) in FINISHED)
