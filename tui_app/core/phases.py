"""The campaign's phases: one model for the plan, the media flights and the calendar.

Week 1 is the week the campaign goes live; every phase is a run of whole weeks and together
they cover the timeline without gaps, so `plan.md`, `media_plan.csv` and
`content_calendar.csv` can never disagree about when things happen.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Phase:
    key: str  # launch, sustain, close, review
    name: str
    start_week: int
    end_week: int
    purpose: str

    @property
    def weeks(self) -> str:
        """ "1" or "2-4", as plan tables show it."""
        if self.start_week == self.end_week:
            return str(self.start_week)
        return f"{self.start_week}-{self.end_week}"

    @property
    def length(self) -> int:
        return self.end_week - self.start_week + 1

    def covers(self, week: int) -> bool:
        return self.start_week <= week <= self.end_week


_PURPOSE = {
    "launch": "Go live on every channel: landing page, tracking, first posts, emails and ads.",
    "sustain": "Keep the message in front of the audience; test, learn and shift budget to what "
    "works.",
    "close": "Turn interest into the goal's action: reminders, follow-ups and the strongest proof.",
    "review": "Measure against the KPI plan, report results and keep the audience warm.",
}
_NAMES = {"launch": "Launch", "sustain": "Sustain", "close": "Close", "review": "Review"}


def _phase(key: str, start: int, end: int) -> Phase:
    return Phase(key, _NAMES[key], start, end, _PURPOSE[key])


def campaign_phases(weeks: int) -> list[Phase]:
    """Phases covering weeks 1..`weeks` in order, the launch in week 1.

    1 week: launch. 2: launch, close. 3-9: launch, sustain, close. 10+: launch, sustain,
    close, review.
    """
    weeks = max(1, int(weeks))
    if weeks == 1:
        return [_phase("launch", 1, 1)]
    if weeks == 2:
        return [_phase("launch", 1, 1), _phase("close", 2, 2)]
    if weeks < 10:
        launch = max(1, round(weeks / 4))
        close = max(1, round(weeks / 4))
        return [
            _phase("launch", 1, launch),
            _phase("sustain", launch + 1, weeks - close),
            _phase("close", weeks - close + 1, weeks),
        ]
    launch = max(2, round(weeks * 0.2))
    review = max(1, round(weeks * 0.15))
    close = max(2, round(weeks * 0.2))
    return [
        _phase("launch", 1, launch),
        _phase("sustain", launch + 1, weeks - close - review),
        _phase("close", weeks - close - review + 1, weeks - review),
        _phase("review", weeks - review + 1, weeks),
    ]


def phase_of(week: int, phases: list[Phase]) -> Phase:
    """The phase a week falls in (the last one for a week past the end)."""
    for phase in phases:
        if phase.covers(week):
            return phase
    return phases[-1]


__all__ = ["Phase", "campaign_phases", "phase_of"]
