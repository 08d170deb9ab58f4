"""Markdown building blocks every campaign document is made of.

User and provider text goes through these, never straight into a document: one line stays one
line, a table cell cannot split its row, and a line that Markdown would read as a heading is
escaped (so a provider cannot invent the `## ` sections the review checks).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ...models import CampaignBrief, Channel

_WS = re.compile(r"\s+")
# A line of user text that Markdown would read as a heading, rule or fence. Escaping it keeps a
# provider's text from inventing `## ` sections (which would fool the review's checks).
_BLOCK_START = re.compile(r"^(\s{0,3})(#|```|~~~|---|===|\*\*\*|___)")


def inline(text: object) -> str:
    """One line of text: newlines and runs of whitespace collapse to one space."""
    return _WS.sub(" ", str(text)).strip()


def cell(text: object) -> str:
    """A table cell: one line, with `|` escaped so it cannot split the row."""
    return inline(text).replace("\\", "\\\\").replace("|", "\\|")


def paragraphs(text: str) -> str:
    """Multi-line user text as Markdown paragraphs, block syntax at line starts escaped."""
    lines = [_BLOCK_START.sub(r"\1\\\2", line.rstrip()) for line in str(text).strip().splitlines()]
    out = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", out)


def bullets(items: Iterable[object], *, numbered: bool = False) -> list[str]:
    """A Markdown list, one line per item; an empty list says so instead of vanishing."""
    lines = [
        f"{i}. {inline(item)}" if numbered else f"- {inline(item)}"
        for i, item in enumerate(items, 1)
    ]
    return lines or ["- _None._"]


def table(headers: Sequence[str], rows: Iterable[Sequence[object]], align: str = "") -> list[str]:
    """A Markdown table; `align` is one letter per column (l, r, c), default left."""
    marks = {"l": "---", "r": "---:", "c": ":---:"}
    spec = [marks.get(align[i] if i < len(align) else "l", "---") for i in range(len(headers))]
    lines = ["| " + " | ".join(cell(h) for h in headers) + " |", "|" + "|".join(spec) + "|"]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return lines


def quote(text: str) -> list[str]:
    """A blockquote keeping the text's line breaks (a trailing backslash is a hard break)."""
    lines = paragraphs(text).split("\n")
    out: list[str] = []
    for i, line in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        hard = "\\" if line and nxt else ""
        out.append(f"> {line}{hard}" if line else ">")
    return out


def count(text: str, limit: int) -> str:
    """`42/60 chars`, flagged when over the limit."""
    n = len(text)
    return f"{n}/{limit} chars" + (" ⚠ over the limit" if n > limit else "")


def finish(lines: list[str]) -> str:
    """Join lines into a document with exactly one trailing newline."""
    text = "\n".join(lines)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.rstrip() + "\n"


def header(title: str, brief: CampaignBrief) -> list[str]:
    """The title and the one-line context every document starts with."""
    return [
        f"# {inline(title)}",
        "",
        f"**Campaign:** {inline(brief.campaign_name)} · **Product:** {inline(brief.product)} · "
        f"**Client:** {inline(brief.client)}",
        "",
    ]


def channel_names(brief: CampaignBrief) -> str:
    """The brief's channels as people name them, comma-separated ("none" when empty)."""
    return ", ".join(c.label for c in brief.channels) or "none"


def platform_label(platform: str) -> str:
    """A social channel id as people write it ("x" → "X (Twitter)")."""
    try:
        return Channel(platform).label
    except ValueError:
        return platform.title()


__all__ = [
    "bullets",
    "cell",
    "channel_names",
    "count",
    "finish",
    "header",
    "inline",
    "paragraphs",
    "platform_label",
    "quote",
    "table",
]
