"""Writing files the campaign keeps: atomically, under names that never come from user text."""

from __future__ import annotations

import re
from pathlib import Path

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def safe_filename(text: str, default: str = "campaign", max_length: int = 60) -> str:
    """A file name from user text: no separators, no dot-only names, no leading dots."""
    name = _UNSAFE.sub("-", text).strip("-._")
    name = re.sub(r"-{2,}", "-", name)[:max_length].strip("-._")
    return name or default


def write_text_atomic(path: Path, text: str) -> None:
    write_bytes_atomic(path, text.encode("utf-8"))


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write via a temp file in the same folder and rename, so readers never see half a file."""
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        tmp.write_bytes(data)
    except FileNotFoundError:  # its folder is new (most writes go to an existing one)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(data)
    tmp.replace(path)


# ---------------------------------------------------------------------------
# Records
