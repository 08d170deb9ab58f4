"""Paths as the screen shows them: under the home directory as `~/…`.

Shorter on a narrow terminal, and the same on every machine for the same layout (the snapshot
tests run in a home directory of their own). Actions use the real path: `y` copies it, `o`
opens it.
"""

from __future__ import annotations

from pathlib import Path


def shown(path: str | Path) -> str:
    text = str(path)
    try:
        home = str(Path.home())
    except RuntimeError:  # no home directory (some containers)
        return text
    if home not in ("", "/") and (text == home or text.startswith(home.rstrip("/") + "/")):
        return "~" + text[len(home.rstrip("/")) :]
    return text


def shown_in_text(text: str) -> str:
    """`text` with every path under the home directory written as `~/…` (log lines)."""
    try:
        home = str(Path.home()).rstrip("/")
    except RuntimeError:
        return text
    return text.replace(home + "/", "~/") if home else text


__all__ = ["shown", "shown_in_text"]
