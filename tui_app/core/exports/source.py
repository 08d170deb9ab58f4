"""What the exports read: one finished campaign folder, through the content models.

`load_kit` reads the brief, the sections (`data/<node>.json` into the models of
`core/content.py`), the content calendar as the kit holds it (`content_calendar.csv`) and the
manifest, and dates the calendar from the campaign's start (`models.campaign_start`). Every
export is a pure function of a `KitSource`, so the same campaign always exports the same
bytes.

`scheduled_items` joins the calendar to the texts it schedules: each email entry to its
email and each post entry to its post, so the calendar's description and the social
schedule carry the whole text, not the calendar's snippet.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..content import Content, Copy, CtaPlan, Email, SocialCampaign, SocialPost
from ..models import CampaignBrief, campaign_start
from ..planning import CalendarEntry, EntryKind
from .csv import read_calendar_csv

MANIFEST = "manifest.json"


class ExportError(RuntimeError):
    """A kit that cannot be exported (missing or unreadable files); the message says why."""


@dataclass(frozen=True, slots=True)
class KitSource:
    """A finished campaign's data, as the exports read it."""

    campaign_id: str
    folder: Path
    brief: CampaignBrief
    created_at: float
    sections: dict[str, Content] = field(default_factory=dict)
    calendar: list[CalendarEntry] = field(default_factory=list)
    manifest: dict[str, Any] = field(default_factory=dict)

    @property
    def start(self) -> date:
        """The day week 1 starts (the brief's `start_date`, else the Monday after creation)."""
        return campaign_start(self.brief.start_date, self.created_at)

    def day(self, offset_days: int) -> date:
        return self.start + timedelta(days=offset_days)

    @property
    def copy(self) -> Copy | None:
        section = self.sections.get("copy")
        return section if isinstance(section, Copy) else None

    @property
    def social(self) -> SocialCampaign | None:
        section = self.sections.get("social_media_campaign")
        return section if isinstance(section, SocialCampaign) else None

    @property
    def cta(self) -> CtaPlan | None:
        section = self.sections.get("cta_optimizer")
        return section if isinstance(section, CtaPlan) else None


def load_kit(
    folder: Path,
    brief: CampaignBrief,
    campaign_id: str,
    created_at: float,
    section_models: Mapping[str, type[Content]],
) -> KitSource:
    """Read a campaign folder (its sections by the workflow's registry: node -> model);
    ExportError when it holds no finished kit."""
    folder = Path(folder)
    if not folder.is_dir():
        raise ExportError(f"The campaign folder {folder} does not exist.")
    sections: dict[str, Content] = {}
    for node, model in section_models.items():
        path = folder / "data" / f"{node}.json"
        if not path.is_file():
            continue
        try:
            sections[node] = model.model_validate_json(path.read_text(encoding="utf-8"))
        except (OSError, ValueError, ValidationError) as exc:
            raise ExportError(f"{path.name} cannot be read: {type(exc).__name__}.") from None
    calendar_path = folder / "content_calendar.csv"
    calendar = (
        read_calendar_csv(calendar_path.read_text(encoding="utf-8"))
        if calendar_path.is_file()
        else []
    )
    manifest: dict[str, Any] = {}
    manifest_path = folder / MANIFEST
    if manifest_path.is_file():
        try:
            manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            raise ExportError(f"{MANIFEST} is not valid JSON.") from None
    return KitSource(campaign_id, folder, brief, created_at, sections, calendar, manifest)


# -- the calendar joined to its texts ----------------------------------------------------


@dataclass(frozen=True, slots=True)
class ScheduledItem:
    """A calendar entry, its date, and the email or post it schedules (if any)."""

    index: int  # the entry's place in the calendar
    entry: CalendarEntry
    day: date
    email: Email | None = None
    email_number: int | None = None  # 1-based, as the calendar names it
    post: SocialPost | None = None


def _words(text: str) -> str:
    return " ".join(text.split())


def _snippet_matches(snippet: str, text: str) -> bool:
    """Whether the calendar's shortened detail was cut from this text."""
    shown = _words(snippet).removesuffix("…").rstrip(" ,;:-")
    return bool(shown) and _words(text).startswith(shown)


def scheduled_items(kit: KitSource) -> list[ScheduledItem]:
    """Every calendar entry with its date; email and post entries carry their text.

    An entry whose text cannot be found (the section was revised after the calendar was
    written) keeps the calendar's own detail."""
    emails = list(kit.copy.emails) if kit.copy else []
    posts = list(kit.social.posts) if kit.social else []
    unused = list(range(len(posts)))
    items = []
    for index, entry in enumerate(kit.calendar):
        day = kit.day(entry.date_offset_days)
        if entry.kind is EntryKind.EMAIL:
            number = _email_number(entry.item)
            if number is not None and 1 <= number <= len(emails):
                items.append(ScheduledItem(index, entry, day, emails[number - 1], number))
                continue
        elif entry.kind is EntryKind.POST:
            match = next(
                (
                    i
                    for i in unused
                    if posts[i].platform == entry.channel
                    and _snippet_matches(entry.detail, posts[i].text)
                ),
                None,
            )
            if match is not None:
                unused.remove(match)
                items.append(ScheduledItem(index, entry, day, post=posts[match]))
                continue
        items.append(ScheduledItem(index, entry, day))
    return items


def _email_number(item: str) -> int | None:
    head = item.split(":", 1)[0].strip()
    number = head.removeprefix("Email").strip()
    return int(number) if head.startswith("Email") and number.isdigit() else None


__all__ = ["MANIFEST", "ExportError", "KitSource", "ScheduledItem", "load_kit", "scheduled_items"]
