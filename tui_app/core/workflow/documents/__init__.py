"""The campaign's Markdown artifacts, one pure renderer per file.

Each renderer turns a content section (see `tui_app.core.content`) and the normalised brief into
the Markdown a person reads: in the app's artifact viewer, in an editor, or in the delivered
kit. Renderers are deterministic (no clock, no randomness), so re-running a node after a resume
writes byte-identical files and the manifest's hashes stay stable.

The `## ` headings each file always has are facts of its node (`team.py`); the review checks them.

The renderers are grouped by what the documents are for: `groundwork` (plan, strategy,
personas), `creative_work` (concepts, copy, CTAs, visual direction, social posts, emotional
variants) and `summaries` (the internal summary with the KPI and media plans, the client
summary); `markdown` holds the building blocks they share.
"""

from __future__ import annotations

from .creative_work import (
    render_copy,
    render_creative,
    render_cta,
    render_emotion,
    render_social,
    render_visual,
)
from .groundwork import render_personas, render_plan, render_strategy
from .summaries import render_campaign_summary, render_client_summary

__all__ = [
    "render_campaign_summary",
    "render_client_summary",
    "render_copy",
    "render_creative",
    "render_cta",
    "render_emotion",
    "render_personas",
    "render_plan",
    "render_social",
    "render_strategy",
    "render_visual",
]
