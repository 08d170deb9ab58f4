"""`content_calendar.ics`: the content calendar for any calendar app (RFC 5545).

One all-day VEVENT per calendar entry (`DTSTART;VALUE=DATE`, `DTEND` the day after), dated
from the campaign's start. `SUMMARY` is the entry, `DESCRIPTION` the whole email or post it
schedules (else the entry's detail), `CATEGORIES` the channel. `UID`s come from the campaign
id, the entry's place and its content, and `DTSTAMP` from the campaign's creation, so
exporting again gives the same file and calendar apps update events instead of duplicating
them. Built with `icalendar`, which folds long lines and escapes commas, semicolons,
backslashes and newlines in text values.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta

from icalendar import Calendar, Event

from ..models import CHANNEL_LABELS, Channel
from .source import KitSource, ScheduledItem, scheduled_items

ICS_FILE = "content_calendar.ics"
PRODID = "-//Campaign TUI//content calendar//EN"


def channel_label(channel: str) -> str:
    """A calendar channel id as people read it ("search_ads" -> "Search ads")."""
    try:
        return CHANNEL_LABELS[Channel(channel)]
    except ValueError:
        return channel.replace("_", " ").capitalize() or "Campaign"


def event_uid(campaign_id: str, item: ScheduledItem) -> str:
    """Stable across exports: the campaign, the entry's place and what it is."""
    entry = item.entry
    content = f"{entry.week}\x00{entry.channel}\x00{entry.item}".encode()
    digest = hashlib.sha256(content).hexdigest()[:12]
    return f"{campaign_id}-{item.index:03d}-{digest}@campaign-tui"


def describe(item: ScheduledItem) -> str:
    """The text the entry schedules, whole: the email or the post, else the entry's detail."""
    if item.email is not None:
        email = item.email
        parts = [f"Subject: {email.subject}", f"Preheader: {email.preheader}", "", email.body]
        return "\n".join(parts).strip()
    if item.post is not None:
        return f"{item.post.format.capitalize()} on {channel_label(item.post.platform)}:\n\n" + (
            item.post.full_text
        )
    return item.entry.detail


def summary(item: ScheduledItem) -> str:
    """The entry's title, led by its channel unless it already names it ("Email 1: …")."""
    label = channel_label(item.entry.channel)
    text = _one_line(item.entry.item)
    if item.entry.channel == "campaign" or text.casefold().startswith(label.casefold()):
        return text
    return f"{label}: {text}"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def calendar_ics(kit: KitSource) -> bytes:
    """The calendar as an iCalendar file (CRLF line ends, UTF-8)."""
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", _one_line(f"{kit.brief.campaign_name} – {kit.brief.client}"))
    stamp = datetime.fromtimestamp(kit.created_at, UTC).replace(microsecond=0)
    for item in scheduled_items(kit):
        event = Event()
        event.add("uid", event_uid(kit.campaign_id, item))
        event.add("dtstamp", stamp)
        event.add("dtstart", item.day)
        event.add("dtend", item.day + timedelta(days=1))
        event.add("summary", summary(item))
        event.add("description", describe(item))
        event.add("categories", [channel_label(item.entry.channel)])
        event.add("transp", "TRANSPARENT")  # a publishing date, not time the user is busy
        cal.add_component(event)
    return cal.to_ical()


__all__ = ["ICS_FILE", "calendar_ics", "channel_label", "describe", "event_uid", "summary"]
