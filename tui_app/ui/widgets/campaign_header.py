"""A line or two above the details tabs: what the selected campaign is and where it stands."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from ...core.models import Campaign, CampaignStatus
from ..paths import shown
from ..text_style import text_style


def middle_truncate(text: str, width: int) -> str:
    """Keep both ends of a long path (the folder and the file name matter most)."""
    if width < 10 or len(text) <= width:
        return text
    keep = width - 1
    return text[: keep // 2] + "…" + text[len(text) - (keep - keep // 2) :]


class CampaignHeader(Static):
    COMPONENT_CLASSES = {
        "campaign-header--name",
        "campaign-header--dim",
        "campaign-header--error",
        "campaign-header--website",
    }

    _campaign: Campaign | None = None
    _shown: Text | None = None

    def _set(self, text: Text) -> None:
        # its height is fixed (two lines), so a new text never needs a layout pass
        if text != self._shown:
            self._shown = text
            self.update(text, layout=False)

    def on_resize(self) -> None:
        self.show(self._campaign)

    def show(self, campaign: Campaign | None) -> None:
        self._campaign = campaign
        if campaign is None:
            self._set(Text())
            return
        dim = text_style(self, "campaign-header--dim")
        text = Text(no_wrap=True, overflow="ellipsis")
        text.append(campaign.name, text_style(self, "campaign-header--name"))
        text.append(f"  {campaign.client} · {campaign.id} · {campaign.status.value}", dim)
        text.append(f" · {campaign.progress_text} steps", dim)
        if campaign.quality_score is not None:
            text.append(f" · quality {campaign.quality_score}/100", dim)
        if campaign.revisions:
            text.append(f" · {campaign.revisions} revision(s)", dim)
        if campaign.tokens_in or campaign.tokens_out:
            text.append(f" · tokens {campaign.tokens_in:,} in / {campaign.tokens_out:,} out", dim)
        if campaign.parent_id:
            parent = campaign.parent_id.rsplit("_", 1)[-1]
            text.append(f" · variant of {parent} from {campaign.fork_step}", dim)
        if campaign.provider != "offline":
            model = f" {campaign.model}" if campaign.model else ""
            text.append(f" · {campaign.provider}{model}", dim)
        text.append("\n")
        if campaign.damaged:  # its stored brief cannot be read: say so, and what to do
            text.append(f"⚠ {campaign.damaged}", text_style(self, "campaign-header--error"))
        elif campaign.status is CampaignStatus.FAILED and campaign.error_summary:
            text.append(
                f"✖ {campaign.error_summary}",
                text_style(self, "campaign-header--error"),
            )
        elif campaign.website_path:
            keys = "   o open · y copy path"
            room = (self.size.width or 200) - len(keys) - 4
            if campaign.status is CampaignStatus.WARNINGS:
                warned = f"⚠ {len(campaign.findings)} finding(s) remain (see the log) · "
                text.append(warned, text_style(self, "campaign-header--error"))
                room -= len(warned)
            text.append("🌐 ", dim)
            text.append(
                middle_truncate(shown(campaign.website_path), room),
                text_style(self, "campaign-header--website"),
            )
            text.append(keys, dim)
        elif campaign.status is CampaignStatus.AWAITING:
            text.append(
                f"⏸ {campaign.awaiting_step or 'A step'} awaits your approval — press p (or "
                "enter) to review it: approve, edit or ask for changes.",
                text_style(self, "campaign-header--name"),
            )
        elif campaign.status is CampaignStatus.INTERRUPTED:
            text.append("↻ Interrupted — press r to resume from the last checkpoint.", dim)
        elif campaign.status is CampaignStatus.CANCELLED:
            text.append("■ Cancelled — press r to continue from the last checkpoint.", dim)
        elif campaign.status is CampaignStatus.QUEUED:
            text.append("◷ Waiting for a free worker.", dim)
        else:
            text.append(f"▶ {campaign.current_node or 'starting'}…", dim)
        self._set(text)
