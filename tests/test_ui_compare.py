"""Pilot tests of marking campaigns and comparing two of them side by side."""

from __future__ import annotations

from textual import events
from textual.widgets import Input, OptionList, Static

from tui_app.config import Settings
from tui_app.core.engine import CampaignEngine
from tui_app.core.models import CampaignBrief
from tui_app.core.providers.offline import OfflineProvider
from tui_app.ui.app import CampaignApp
from tui_app.ui.screens.compare import CompareScreen, DocumentPicker
from tui_app.ui.screens.dashboard import DashboardScreen
from tui_app.ui.widgets.campaign_table import MARK

from .conftest import make_brief
from .pilot import campaigns_shown, wait_for_dashboard, wait_for_screen, wait_until

SIZE = (120, 36)


def run_pair(data_dir, first: CampaignBrief, second: CampaignBrief) -> list[str]:
    """Two finished campaigns in the store, before the app starts."""
    engine = CampaignEngine(data_dir, provider=OfflineProvider())
    try:
        ids = [c.id for c in engine.submit_many([first, second])]
        assert engine.wait(ids, timeout=120)
    finally:
        engine.close()
    return ids


def casual(brief: CampaignBrief) -> CampaignBrief:
    return CampaignBrief.parse({**brief.to_data(), "tone": "casual", "campaign_name": "Casual"})


def row_text(table, campaign_id: str) -> str:
    """The row's line as the table draws it now (its cached strip, if still valid)."""
    return table.render_line(table._index[campaign_id] + 1 - table.scroll_offset.y).text


def make_app(data_dir) -> CampaignApp:
    return CampaignApp(Settings(data_dir=data_dir), provider=OfflineProvider(), warm_up=False)


async def test_mark_two_compare_scroll_together_and_close(data_dir):
    brief = make_brief()
    first, second = run_pair(data_dir, brief, casual(brief))
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_dashboard(pilot)
        table = app.dashboard.table
        await wait_until(pilot, lambda: {first, second} <= set(campaigns_shown(app)))
        table.select(first)
        await pilot.press("m")
        table.select(second)
        await pilot.press("m")
        await wait_until(pilot, lambda: table.marked == [first, second])
        assert row_text(table, first).startswith(MARK)
        assert app.notices[-1].startswith("Two campaigns marked")

        # marks survive filtering: hide one row, show it again
        await pilot.press("slash")
        await pilot.press(*"casual")
        await wait_until(pilot, lambda: table.row_count == 1)
        assert table.marked == [first, second]
        await pilot.press("escape")  # closes the filter; the marks stay
        await wait_until(pilot, lambda: table.row_count == 2)
        assert not app.dashboard.query_one("#filter", Input).display
        assert table.marked == [first, second]
        assert row_text(table, second).startswith(MARK)

        await pilot.press("equals_sign")
        screen = await wait_for_screen(pilot, CompareScreen)
        left, right = screen.left, screen.right
        await wait_until(pilot, lambda: left.lines and right.lines, message="both panes filled")
        assert screen.document == "copy.md"
        assert len(left.lines) == len(right.lines)
        assert left.changed_lines and right.changed_lines
        summary = str(screen.query_one("#compare-summary", Static).render())
        assert summary.startswith("Briefs differ in: campaign_name (") and "tone (" in summary
        assert str(left.border_title).startswith(first[-5:])
        assert str(right.border_title).startswith(second[-5:])

        # scrolling one pane scrolls the other to the same line, whichever has the focus
        assert app.focused is left
        await pilot.press("pagedown")
        await wait_until(
            pilot, lambda: round(left.scroll_y) > 0 and right.scroll_y == left.scroll_y
        )
        await pilot.press("tab")
        assert app.focused is right
        top = right.scroll_y
        await pilot.press("down", "down")
        await wait_until(pilot, lambda: right.scroll_y == top + 2 and left.scroll_y == top + 2)
        # the mouse wheel over the pane without the focus
        await pilot.press("tab")
        assert app.focused is left
        before = left.scroll_y
        right.post_message(events.MouseScrollDown(right, 5, 5, 0, 1, 0, False, False, False))
        await wait_until(pilot, lambda: right.scroll_y > before and left.scroll_y == right.scroll_y)

        # another document
        await pilot.press("p")
        picker = await wait_for_screen(pilot, DocumentPicker)
        options = picker.query_one(OptionList)
        options.highlighted = screen.comparison.documents.index("strategy.md")
        await pilot.press("enter")
        await wait_for_screen(pilot, CompareScreen)
        await wait_until(pilot, lambda: screen.document == "strategy.md")
        texts = screen.comparison.texts["strategy.md"]
        for pane, text in zip((left, right), texts, strict=True):
            numbered = [line for line in pane.lines if line.number]
            lines = text.splitlines()
            assert [int(line.number) for line in numbered] == list(range(1, len(lines) + 1))
            assert all(lines[int(x.number) - 1].startswith(x.text) for x in numbered)
        assert "strategy.md" in str(screen.query_one("#compare-document", Static).render())

        await pilot.press("escape")
        await wait_for_screen(pilot, DashboardScreen)
        assert table.marked == [first, second]
        await pilot.press("escape")  # no filter open: clears the marks
        await wait_until(pilot, lambda: table.marked == [])
        assert not row_text(table, first).startswith(MARK)


async def test_compare_needs_two_campaigns(data_dir):
    brief = make_brief()
    first, second = run_pair(data_dir, brief, casual(brief))
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_dashboard(pilot)
        table = app.dashboard.table
        await wait_until(pilot, lambda: {first, second} <= set(campaigns_shown(app)))
        await pilot.press("equals_sign")
        await wait_until(pilot, lambda: app.notices and "Mark two campaigns" in app.notices[-1])
        # one marked and highlighted is not a pair
        table.select(first)
        await pilot.press("m")
        await pilot.press("equals_sign")
        await wait_until(pilot, lambda: len(app.notices) >= 2)
        assert "Mark two campaigns" in app.notices[-1]
        assert isinstance(app.screen, DashboardScreen)
        # one marked plus another highlighted is: the marked one on the left
        table.select(second)
        await pilot.press("equals_sign")
        screen = await wait_for_screen(pilot, CompareScreen)
        assert (screen.comparison.left.campaign_id, screen.comparison.right.campaign_id) == (
            first,
            second,
        )
        await pilot.press("q")
        await wait_for_screen(pilot, DashboardScreen)
        # m again unmarks
        table.select(first)
        await pilot.press("m")
        await wait_until(pilot, lambda: table.marked == [])


async def test_identical_campaigns_and_help(data_dir):
    brief = make_brief()
    first, second = run_pair(data_dir, brief, brief)
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_dashboard(pilot)
        table = app.dashboard.table
        await wait_until(pilot, lambda: {first, second} <= set(campaigns_shown(app)))
        for campaign_id in (first, second):
            table.toggle_mark(campaign_id)
        await pilot.press("equals_sign")
        screen = await wait_for_screen(pilot, CompareScreen)
        await wait_until(pilot, lambda: screen.left.lines)
        assert str(screen.query_one("#compare-summary", Static).render()) == "Briefs are identical"
        # the same brief, offline: the same documents, ids masked
        assert all(a == b for a, b in screen.comparison.texts.values())
        assert not screen.left.changed_lines and not screen.right.changed_lines
        assert "identical" in str(screen.query_one("#compare-document", Static).render())
        titles = [command.title for command in app.dashboard.commands()]
        assert "Mark" in titles and "Compare" in titles  # the command palette
    sections = app.help_sections()
    keys = dict(sections["Dashboard"])
    assert "m" in keys and "=" in keys and "Compare" in sections
    assert any(key == "p" for key, _ in sections["Compare"])
