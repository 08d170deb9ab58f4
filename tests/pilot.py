"""Waiting in Pilot tests: for a screen or a state, never for a number of pauses.

A screen switch takes a variable number of event-loop turns (Textual 8 delays it 50 ms, and
Python 3.13 schedules differently), so a test that pauses once and then queries the new
screen fails on one interpreter and passes on another. These helpers poll until the state is
there, with a generous timeout as a hang detector.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

from textual.pilot import Pilot
from textual.screen import Screen


async def wait_until(
    pilot: Pilot, predicate: Callable[[], object], timeout: float = 30.0, message: str = ""
) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting: {message or predicate}")
        await pilot.pause(0.02)


S = TypeVar("S", bound=Screen)


async def wait_for_screen(pilot: Pilot, screen_type: type[S]) -> S:
    """Wait until the active screen is a mounted `screen_type`; return it."""

    def ready() -> bool:
        screen = pilot.app.screen
        return isinstance(screen, screen_type) and screen.is_mounted and bool(screen.children)

    await wait_until(pilot, ready, message=f"screen {screen_type.__name__}")
    return pilot.app.screen  # type: ignore[return-value]


async def wait_for_form(pilot: Pilot):
    """The new-campaign form, mounted with its widgets."""
    from tui_app.ui.screens.new_campaign import NewCampaignScreen

    form = await wait_for_screen(pilot, NewCampaignScreen)
    await wait_until(pilot, lambda: bool(form.query("#product")), message="form widgets")
    return form


def campaigns_shown(app) -> dict:
    """The campaigns in the dashboard's table (empty until the dashboard has mounted)."""
    table = getattr(app.dashboard, "table", None)
    return table.campaigns if table is not None else {}


async def wait_for_dashboard(pilot: Pilot) -> None:
    """Until the dashboard is mounted and has focus, so the next key press reaches it."""
    app = pilot.app
    await wait_until(
        pilot,
        lambda: getattr(app.dashboard, "table", None) is not None and app.screen.focused,
        message="dashboard ready",
    )
