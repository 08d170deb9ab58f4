"""Comparing two campaigns: what differs in their briefs, and the same artifact of each.

The command line (`campaign-tui diff`) and the TUI's compare screen share everything here: the
brief's differences as typed records (`FieldChange`) and their one-line summary, which files
both kits have (Markdown documents in workflow order), the texts with campaign ids masked so an
id is never reported as a change, and the line alignment the side-by-side view scrolls through.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Any

from .brief import CampaignBrief
from .fields import Budget
from .formatting import format_money
from .models import Campaign
from .workflow.team import TEAM

EMPTY = "—"
ID_MASK = "ID"
WEBSITE = "website"  # the alias of <campaign_id>_campaign_website.html
WEBSITE_SUFFIX = "_campaign_website.html"
MAX_BYTES = 2_000_000  # the artifact viewer's bound too: a kit's texts are far smaller
VALUE_WIDTH = 32  # a brief value in the summary is cut to this many characters
_CAMPAIGN_ID = re.compile(r"campaign_\d{8}_\d{6}_\d{5}")


class CompareError(ValueError):
    """An artifact that cannot be compared (unknown, not a file name, not text)."""


# -- the briefs ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One brief field that differs: its name (as `--set` spells it) and both values shown.

    For list fields with entries on both sides, `added` and `removed` say which entries
    changed, which reads better than two long lists."""

    field: str
    before: str
    after: str
    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()

    def describe(self, width: int = VALUE_WIDTH) -> str:
        """`tone (professional → casual)`, `channels (+tiktok, −email)`."""
        if self.added or self.removed:
            parts = [f"+{_cut(v, width)}" for v in self.added]
            parts += [f"−{_cut(v, width)}" for v in self.removed]
            return f"{self.field} ({', '.join(parts)})"
        return f"{self.field} ({_cut(self.before, width)} → {_cut(self.after, width)})"


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split())  # one line: a multi-line field reads as one
    return text if len(text) <= width else text[: width - 1] + "…"


def _items(value: Any) -> list[str]:
    return [_shown(v) for v in value]


def _shown(value: Any) -> str:
    """A brief value for people: money with its currency, enum values, yes/no."""
    if value is None or value == "" or value == []:
        return EMPTY
    if isinstance(value, Budget):
        return format_money(value.amount, value.currency)
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple | set | frozenset):
        return ", ".join(_items(value)) or EMPTY
    return str(value)


def brief_differences(a: CampaignBrief, b: CampaignBrief) -> list[FieldChange]:
    """The fields whose values differ, in the brief's field order (every field the model has,
    so a field added later is compared too)."""
    changes: list[FieldChange] = []
    for name in type(a).model_fields:
        before, after = getattr(a, name), getattr(b, name)
        if before == after:
            continue
        change = FieldChange(name, _shown(before), _shown(after))
        if isinstance(before, list) and isinstance(after, list) and before and after:
            old, new = _items(before), _items(after)
            added = tuple(v for v in new if v not in old)
            removed = tuple(v for v in old if v not in new)
            if added or removed:  # else only the order changed: show both lists
                change = FieldChange(name, change.before, change.after, added, removed)
        changes.append(change)
    return changes


def summary_line(changes: Sequence[FieldChange], width: int = VALUE_WIDTH) -> str:
    """ "Briefs differ in: tone (professional → casual), …" or "Briefs are identical"."""
    if not changes:
        return "Briefs are identical"
    return "Briefs differ in: " + ", ".join(change.describe(width) for change in changes)


# -- the kits' files -------------------------------------------------------------------------


def document_order() -> list[str]:
    """The Markdown files a kit has, in workflow order (each node's document, then its other
    Markdown artifacts, such as the review's report)."""
    names: list[str] = []
    for spec in TEAM:
        for name in (spec.document, *spec.artifacts):
            if name and name.endswith(".md") and name not in names:
                names.append(name)
    return names


def files_in(folder: Path) -> set[str]:
    """The names of the regular files at the top of a campaign's folder (none if it is gone)."""
    try:
        return {p.name for p in folder.iterdir() if p.is_file()}
    except OSError:
        return set()


def markdown_documents(names: Iterable[str]) -> list[str]:
    """The Markdown files among `names`: the workflow's in its order, any others by name."""
    present = {n for n in names if n.endswith(".md")}
    ordered = [n for n in document_order() if n in present]
    return ordered + sorted(present - set(ordered))


def artifact_file(name: str, campaign_id: str) -> str:
    """The file `name` means in a campaign's folder: `website` (or another campaign's website
    file name) is this campaign's `<id>_campaign_website.html`. CompareError unless `name` is a
    plain file name."""
    name = name.strip()
    if not name or name in (".", "..") or "/" in name or "\\" in name or "\x00" in name:
        raise CompareError(f"{name!r} is not a file name in a campaign's folder")
    if name.casefold() == WEBSITE or (
        name.endswith(WEBSITE_SUFFIX) and _CAMPAIGN_ID.fullmatch(name[: -len(WEBSITE_SUFFIX)])
    ):
        return f"{campaign_id}{WEBSITE_SUFFIX}"
    return name


def read_text(path: Path) -> str:
    """A text artifact's content; CompareError when it is too large or not text."""
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise CompareError(f"cannot read {path.name}: {exc.strerror or exc}") from None
    if len(data) > MAX_BYTES:
        raise CompareError(f"{path.name} is over {MAX_BYTES // 1_000_000} MB; not compared")
    if b"\x00" in data:
        raise CompareError(f"{path.name} is not a text file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise CompareError(f"{path.name} is not UTF-8 text") from None


def mask_ids(text: str, campaign_ids: Iterable[str]) -> str:
    """`text` with each of the campaigns' ids shown as `ID`, so ids never count as changes."""
    for campaign_id in sorted(set(campaign_ids), key=len, reverse=True):
        text = text.replace(campaign_id, ID_MASK)
    return text


# -- a comparison, for the screen -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Side:
    """One of the two campaigns: what the compare view shows of it."""

    campaign_id: str
    name: str
    status: str
    brief: CampaignBrief


@dataclass(frozen=True, slots=True)
class Comparison:
    """Two campaigns side by side: the brief's differences, the Markdown documents both have
    (workflow order) with their texts (ids masked), and the documents only one has."""

    left: Side
    right: Side
    changes: list[FieldChange]
    texts: dict[str, tuple[str, str]] = field(default_factory=dict)
    only_left: list[str] = field(default_factory=list)
    only_right: list[str] = field(default_factory=list)

    @property
    def documents(self) -> list[str]:
        return list(self.texts)

    @property
    def summary(self) -> str:
        return summary_line(self.changes)

    @property
    def default_document(self) -> str | None:
        """copy.md when both have it, else the first document both have."""
        if "copy.md" in self.texts:
            return "copy.md"
        return next(iter(self.texts), None)


def _side(campaign: Campaign) -> Side:
    return Side(campaign.id, campaign.name, campaign.status.value, campaign.brief)


def compare_campaigns(
    left: Campaign, left_dir: Path, right: Campaign, right_dir: Path
) -> Comparison:
    """Read both kits' Markdown documents; a document that cannot be read counts as absent."""
    ids = (left.id, right.id)
    left_names, right_names = files_in(left_dir), files_in(right_dir)
    texts: dict[str, tuple[str, str]] = {}
    for name in markdown_documents(left_names & right_names):
        try:
            pair = (read_text(left_dir / name), read_text(right_dir / name))
        except CompareError:
            continue
        texts[name] = (mask_ids(pair[0], ids), mask_ids(pair[1], ids))
    return Comparison(
        _side(left),
        _side(right),
        brief_differences(left.brief, right.brief),
        texts,
        markdown_documents(left_names - right_names),
        markdown_documents(right_names - left_names),
    )


# -- lines -----------------------------------------------------------------------------------


def unified(a: str, b: str, a_label: str, b_label: str, context: int = 3) -> list[str]:
    """`difflib.unified_diff` of two texts, line by line, without line ends."""
    return list(
        difflib.unified_diff(
            a.splitlines(), b.splitlines(), a_label, b_label, n=context, lineterm=""
        )
    )


@dataclass(frozen=True, slots=True)
class Row:
    """One row of a side-by-side view: a line index on each side (None: no line there, the
    other side has extra lines), and whether the row differs."""

    left: int | None
    right: int | None
    changed: bool


def align(a: Sequence[str], b: Sequence[str]) -> list[Row]:
    """Rows pairing the lines of `a` and `b`: equal lines side by side, changed lines paired in
    order, and blanks opposite lines only one side has, so the same row is the same place in
    both texts."""
    rows: list[Row] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            rows += [Row(i1 + k, j1 + k, False) for k in range(i2 - i1)]
            continue
        for k in range(max(i2 - i1, j2 - j1)):
            left = i1 + k if i1 + k < i2 else None
            right = j1 + k if j1 + k < j2 else None
            rows.append(Row(left, right, True))
    return rows


__all__ = [
    "EMPTY",
    "ID_MASK",
    "WEBSITE",
    "CompareError",
    "Comparison",
    "FieldChange",
    "Row",
    "Side",
    "align",
    "artifact_file",
    "brief_differences",
    "compare_campaigns",
    "document_order",
    "files_in",
    "markdown_documents",
    "mask_ids",
    "read_text",
    "summary_line",
    "unified",
]
