"""Files the kit exports for other tools: CSV tables (spreadsheets, ad platforms' bulk sheets)."""

from .csv import (
    CALENDAR_COLUMNS,
    MEDIA_PLAN_COLUMNS,
    calendar_csv,
    media_plan_csv,
    read_calendar_csv,
)

__all__ = [
    "CALENDAR_COLUMNS",
    "MEDIA_PLAN_COLUMNS",
    "calendar_csv",
    "media_plan_csv",
    "read_calendar_csv",
]
