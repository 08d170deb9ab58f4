"""`social_posts_schedule.csv`: the social posts, dated, in Vista Social's bulk-scheduling
layout.

Vista Social's bulk-scheduling CSV fixes its first four columns, in this order and with
exactly these headings: `message` (the post as published), `type` (one of image, video,
article, message), `link` (the image, video or article the post carries) and `time`
(`YYYY-MM-DD HH:MM`, 24-hour). Vista documents further optional columns by heading (comments,
title…); the columns after the fourth here are ours, for the team and for splitting the file
per profile (a file is posted to the profiles chosen at upload): `platform`, `language`,
`date`, `time_24h`, `text` (without the hashtags), `hashtags` and `image_path`. Should an
importer refuse headings it does not know, delete those columns.

Dates come from the content calendar (week 1 starts on the campaign's start date); each
platform posts at a typical time of day for it (below), the same every week, so the plan is
easy to shift. A post links to the client's website (`type` article) where the platform
makes links clickable and the brief has one; otherwise it is a text post (`type` message).
`image_path` names the kit's hero image as the post's visual: networks take PNG or JPEG, so
export it to one before attaching it.
"""

from __future__ import annotations

import csv
import io
from datetime import date, time, timedelta

from ..content import SocialPost
from ..models import CHANNEL_LABELS, Channel
from ..sanitize import safe_href
from .source import KitSource, scheduled_items

SOCIAL_FILE = "social_posts_schedule.csv"
COLUMNS = (
    "message",
    "type",
    "link",
    "time",
    "platform",
    "language",
    "date",
    "time_24h",
    "text",
    "hashtags",
    "image_path",
)
# Local time of day per platform: working-hours peaks for LinkedIn, lunch for X and
# Facebook, evenings for Instagram and TikTok (common guidance; adjust per audience).
POST_TIME = {
    "linkedin": time(8, 30),
    "x": time(12, 0),
    "facebook": time(13, 0),
    "instagram": time(18, 0),
    "tiktok": time(19, 0),
}
DEFAULT_TIME = time(10, 0)
# platforms whose post text shows a link people can click
LINKS_CLICKABLE = {"linkedin", "x", "facebook"}
HERO_IMAGE = "hero.svg"


def platform_label(platform: str) -> str:
    try:
        return CHANNEL_LABELS[Channel(platform)]
    except ValueError:
        return platform


def _row(kit: KitSource, post: SocialPost, day: date) -> list[str]:
    at = POST_TIME.get(post.platform, DEFAULT_TIME)
    href = safe_href(kit.brief.client_website) if post.platform in LINKS_CLICKABLE else None
    image = HERO_IMAGE if (kit.folder / HERO_IMAGE).is_file() else ""
    return [
        post.full_text,
        "article" if href else "message",
        href or "",
        f"{day.isoformat()} {at:%H:%M}",
        platform_label(post.platform),
        post.language,
        day.isoformat(),
        f"{at:%H:%M}",
        post.text,
        " ".join(post.hashtags),
        image,
    ]


def social_schedule_csv(kit: KitSource) -> tuple[str, int]:
    """The schedule as CSV text (CRLF line ends, as spreadsheets write it) and its row count.

    Posts the calendar does not list (a section revised after the calendar was written) are
    dated from their own week."""
    rows: list[tuple[date, int, list[str]]] = []
    placed = []
    for item in scheduled_items(kit):
        if item.post is not None:
            placed.append(id(item.post))
            rows.append((item.day, item.index, _row(kit, item.post, item.day)))
    posts = list(kit.social.posts) if kit.social else []
    weeks = max(1, kit.brief.timeline)
    for number, post in enumerate(posts):
        if id(post) not in placed:
            week = min(max(1, post.week), weeks)
            day = kit.start + timedelta(days=(week - 1) * 7 + 2)
            rows.append((day, 10_000 + number, _row(kit, post, day)))
    rows.sort(key=lambda r: (r[0], r[2][3], r[1]))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(row for _, _, row in rows)
    return out.getvalue(), len(rows)


__all__ = ["COLUMNS", "POST_TIME", "SOCIAL_FILE", "social_schedule_csv"]
