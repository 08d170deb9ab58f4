"""What every sub-command shares: exit codes, the one-line error, a read-only engine."""

from __future__ import annotations

import sys

from ..core.sanitize import for_terminal

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_WARNINGS, EXIT_INTERRUPTED = 0, 1, 2, 3, 130


def open_for_reading(loaded):
    """An engine for `list`/`show`, after marking campaigns whose process died as interrupted."""
    from ..core.engine import CampaignEngine

    engine = CampaignEngine(loaded.settings.data_dir, autostart=False)
    engine.recover(adopt_queued=False)
    return engine


def _error(message: str) -> None:
    print(f"campaign-tui: {for_terminal(message)}", file=sys.stderr)


__all__ = [
    "EXIT_FAILED",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_USAGE",
    "EXIT_WARNINGS",
    "_error",
    "open_for_reading",
]
