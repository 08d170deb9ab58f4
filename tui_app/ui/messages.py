"""What screens ask the app to do, and what workers tell it: the UI's commands as messages.

Screens never call the engine: they post one of these and the app — which alone owns the
engine — carries it out and answers with notifications and a refreshed dashboard. One command
path, whichever screen or key a command comes from.
"""

from __future__ import annotations

from textual.message import Message

from ..core.brands import BrandProfile
from ..core.models import CampaignBrief


class SubmitCampaign(Message):
    """Store and queue a new campaign from a validated brief."""

    def __init__(self, brief: CampaignBrief, brand: str | None = None) -> None:
        super().__init__()
        self.brief = brief
        self.brand = brand


class CancelCampaign(Message):
    """Cancel a queued campaign now, or a running one after its current step."""

    def __init__(self, campaign_id: str) -> None:
        super().__init__()
        self.campaign_id = campaign_id


class RetryCampaign(Message):
    """Queue a campaign again: from its checkpoint, or from scratch (a done one)."""

    def __init__(self, campaign_id: str, *, from_scratch: bool = False) -> None:
        super().__init__()
        self.campaign_id = campaign_id
        self.from_scratch = from_scratch


class ExportCampaign(Message):
    """Write every export of a finished campaign (off the UI thread)."""

    def __init__(self, campaign_id: str) -> None:
        super().__init__()
        self.campaign_id = campaign_id


class ExportFinished(Message):
    """An export worker is done: what it wrote, or why it could not."""

    def __init__(self, campaign_id: str, summary: str, notes: list[str], error: str | None):
        super().__init__()
        self.campaign_id = campaign_id
        self.summary = summary
        self.notes = notes
        self.error = error


class SaveBrand(Message):
    """Store a brand profile (replacing one of the same name)."""

    def __init__(self, profile: BrandProfile) -> None:
        super().__init__()
        self.profile = profile


class OpenFile(Message):
    """Open a file: in the browser, in $EDITOR, or copy its path."""

    def __init__(self, path: str, how: str) -> None:
        super().__init__()
        self.path = path
        self.how = how  # "browser", "editor" or "copy"


class ApproveStep(Message):
    """Approve the step a campaign awaits."""

    def __init__(self, campaign_id: str) -> None:
        super().__init__()
        self.campaign_id = campaign_id


class EditStep(Message):
    """Edit the awaited step's section in $EDITOR (checked on save)."""

    def __init__(self, campaign_id: str) -> None:
        super().__init__()
        self.campaign_id = campaign_id


class RequestChanges(Message):
    """Send the awaited step back with a note."""

    def __init__(self, campaign_id: str, note: str) -> None:
        super().__init__()
        self.campaign_id = campaign_id
        self.note = note


class ForkCampaign(Message):
    """A variant of a campaign from a step on, with this brief."""

    def __init__(self, campaign_id: str, step: str, brief: CampaignBrief) -> None:
        super().__init__()
        self.campaign_id = campaign_id
        self.step = step
        self.brief = brief


class EditRejected(Message):
    """The edited section did not validate: what was wrong (the text is kept)."""

    def __init__(self, campaign_id: str, problems: list[str]) -> None:
        super().__init__()
        self.campaign_id = campaign_id
        self.problems = problems


class DashboardReady(Message):
    """The dashboard's widgets exist: the app may start applying updates."""


class SelfTestFinished(Message):
    """The thread-pool self-test is done."""

    def __init__(self, result: object) -> None:
        super().__init__()
        self.result = result


__all__ = [
    "ApproveStep",
    "CancelCampaign",
    "DashboardReady",
    "EditRejected",
    "EditStep",
    "ExportCampaign",
    "ExportFinished",
    "ForkCampaign",
    "OpenFile",
    "RequestChanges",
    "RetryCampaign",
    "SaveBrand",
    "SelfTestFinished",
    "SubmitCampaign",
]
