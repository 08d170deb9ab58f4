"""The media plan and the content calendar as CSV: one row per line or entry, LF line ends.

Budgets are written exactly as the plan holds them, in the currency's minor units ("681081"
for yen, "1234.567" for dinars), so the column sums to the budget in any spreadsheet.
"""

from __future__ import annotations

import csv
import io

from ..formatting import currency_decimals
from ..planning import CalendarEntry, EntryKind, MediaPlan

MEDIA_PLAN_COLUMNS = (
    "channel",
    "start_week",
    "end_week",
    "budget",
    "currency",
    "share_pct",
    "pricing",
    "cpm",
    "ctr_pct",
    "cpc",
    "cvr_pct",
    "impressions",
    "clicks",
    "conversions",
    "source",
)
CALENDAR_COLUMNS = ("week", "phase", "date_offset_days", "channel", "type", "item", "detail")


def _opt(value: float | None, scale: float = 1.0, places: int = 2) -> str:
    return "" if value is None else f"{value * scale:.{places}f}"


def media_plan_csv(plan: MediaPlan) -> str:
    """One row per line; the budget column sums exactly to the plan's total."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(MEDIA_PLAN_COLUMNS)
    places = currency_decimals(plan.currency)
    for line in plan.lines:
        writer.writerow(
            [
                line.channel,
                line.start_week,
                line.end_week,
                str(line.budget),  # already in minor units: exact
                plan.currency,
                f"{line.share * 100:.2f}",
                line.pricing,
                _opt(line.cpm, places=places),
                _opt(line.ctr, 100),
                _opt(line.cpc, places=places),
                _opt(line.cvr, 100),
                line.impressions,
                line.clicks,
                line.conversions,
                line.source,
            ]
        )
    return out.getvalue()


def calendar_csv(entries: list[CalendarEntry]) -> str:
    """The content calendar as CSV, one row per entry in calendar order."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CALENDAR_COLUMNS)
    for e in entries:
        kind = e.kind.value if e.kind else ""
        writer.writerow([e.week, e.phase, e.date_offset_days, e.channel, kind, e.item, e.detail])
    return out.getvalue()


def read_calendar_csv(text: str) -> list[CalendarEntry]:
    """A calendar CSV written by `calendar_csv` read back (rows it cannot read are skipped)."""
    entries = []
    for row in csv.DictReader(io.StringIO(text)):
        try:
            kind = row.get("type") or ""
            entries.append(
                CalendarEntry(
                    week=int(row["week"]),
                    date_offset_days=int(row.get("date_offset_days") or 0),
                    channel=row.get("channel") or "",
                    item=row.get("item") or "",
                    detail=row.get("detail") or "",
                    phase=row.get("phase") or "",
                    kind=EntryKind(kind) if kind in EntryKind._value2member_map_ else None,
                )
            )
        except (KeyError, ValueError):
            continue
    return entries


__all__ = [
    "CALENDAR_COLUMNS",
    "MEDIA_PLAN_COLUMNS",
    "calendar_csv",
    "media_plan_csv",
    "read_calendar_csv",
]
