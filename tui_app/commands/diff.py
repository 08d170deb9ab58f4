"""`campaign-tui diff ID1 ID2 [ARTIFACT]`: what differs between two campaigns.

First a one-line summary of the briefs' differences, then a unified diff of the same artifact in
both kits (every Markdown document both have, in workflow order, when no ARTIFACT is given).
Campaign ids are masked as `ID` in the texts, so an id is never a change. Like `git diff`, it
exits 0 whether or not they differ; `--exit-code` makes a difference exit 1.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..core.compare import (
    WEBSITE,
    CompareError,
    artifact_file,
    brief_differences,
    files_in,
    markdown_documents,
    mask_ids,
    read_text,
    summary_line,
    unified,
)
from ..core.sanitize import for_terminal
from .common import EXIT_FAILED, EXIT_OK, EXIT_USAGE, _error, open_for_reading

# ANSI colours, used only when stdout is a terminal
_COLOURS = {"+": "\x1b[32m", "-": "\x1b[31m", "@": "\x1b[36m", "header": "\x1b[1m"}
_RESET = "\x1b[0m"


def add_parser(sub, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser(
        "diff",
        parents=[common],
        help="compare two campaigns: their briefs, and an artifact of each as a unified diff",
        description="Print what differs in the two campaigns' briefs, then a unified diff of "
        "ARTIFACT in both (a file name in the campaign folder, such as copy.md or "
        f"landing_page.html; '{WEBSITE}' means the campaign website). Without ARTIFACT, every "
        "Markdown document both have, in workflow order. Campaign ids in the texts show as ID.",
    )
    parser.add_argument("id1", metavar="ID1", help="campaign id (or a unique part of it)")
    parser.add_argument("id2", metavar="ID2", help="campaign id (or a unique part of it)")
    parser.add_argument(
        "artifact", nargs="?", metavar="ARTIFACT", help="file to compare (default: documents)"
    )
    parser.add_argument(
        "--exit-code",
        action="store_true",
        help="exit 1 when the campaigns differ, 0 when they do not (like git diff)",
    )


def run(args, loaded) -> int:
    from ..core.engine import EngineError

    engine = open_for_reading(loaded)
    try:
        try:
            left = engine.get(engine.resolve_id(args.id1))
            right = engine.get(engine.resolve_id(args.id2))
        except EngineError as exc:
            _error(str(exc))
            return EXIT_USAGE
        left_dir, right_dir = engine.campaign_dir(left.id), engine.campaign_dir(right.id)
    finally:
        engine.close()
    changes = brief_differences(left.brief, right.brief)
    out = Printer(sys.stdout.isatty())
    try:
        if args.artifact:
            lines, differ = _one(args.artifact, left.id, left_dir, right.id, right_dir)
        else:
            lines, differ = _documents(left.id, left_dir, right.id, right_dir)
    except CompareError as exc:
        _error(str(exc))
        return EXIT_USAGE
    out.line(summary_line(changes))
    for line in lines:
        out.line(line)
    if args.exit_code and (changes or differ):
        return EXIT_FAILED
    return EXIT_OK


class Printer:
    """Prints diff lines escaped, coloured on a terminal only."""

    def __init__(self, colour: bool) -> None:
        self.colour = colour

    def line(self, text: str) -> None:
        shown = for_terminal(text, one_line=True)
        if self.colour:
            key = _kind(text)
            if key:
                shown = f"{_COLOURS[key]}{shown}{_RESET}"
        print(shown)


def _kind(text: str) -> str | None:
    if text.startswith(("+++ ", "--- ", "== ")):
        return "header"
    if text[:1] in ("+", "-"):
        return text[0]
    if text.startswith("@@"):
        return "@"
    return None


def _diff(left_id: str, left: Path, right_id: str, right: Path, names: tuple[str, str]):
    ids = (left_id, right_id)
    a = mask_ids(read_text(left / names[0]), ids)
    b = mask_ids(read_text(right / names[1]), ids)
    return unified(a, b, f"{left_id}/{names[0]}", f"{right_id}/{names[1]}")


def _one(
    artifact: str, left_id: str, left: Path, right_id: str, right: Path
) -> tuple[list[str], bool]:
    """The diff of one artifact; CompareError when neither campaign has it."""
    names = (artifact_file(artifact, left_id), artifact_file(artifact, right_id))
    shown = WEBSITE if names[0] != artifact.strip() else names[0]
    has = (names[0] in files_in(left), names[1] in files_in(right))
    if not any(has):
        raise CompareError(f"neither campaign has {artifact!r} (see campaign-tui show ID)")
    if not all(has):
        where = right_id if has[1] else left_id
        return [f"{shown}: only in {where}"], True
    lines = _diff(left_id, left, right_id, right, names)
    if not lines:
        return [f"{shown}: identical"], False
    return lines, True


def _documents(left_id: str, left: Path, right_id: str, right: Path) -> tuple[list[str], bool]:
    """Every Markdown document both have, each headed by its name, then those only one has."""
    left_names, right_names = files_in(left), files_in(right)
    both = markdown_documents(left_names & right_names)
    only_left = markdown_documents(left_names - right_names)
    only_right = markdown_documents(right_names - left_names)
    if not (both or only_left or only_right):
        return ["Neither campaign has written a document yet."], False
    lines: list[str] = []
    differ = bool(only_left or only_right)
    for name in both:
        try:
            diff = _diff(left_id, left, right_id, right, (name, name))
        except CompareError as exc:  # one unreadable document does not hide the others
            lines += [f"== {name} ==", f"not compared: {exc}"]
            continue
        if diff:
            differ = True
            lines += [f"== {name} ==", *diff]
        else:
            lines.append(f"== {name} == identical")
    for campaign_id, names in ((left_id, only_left), (right_id, only_right)):
        if names:
            lines.append(f"Only in {campaign_id}: {', '.join(names)}")
    return lines, differ


__all__ = ["add_parser", "run"]
