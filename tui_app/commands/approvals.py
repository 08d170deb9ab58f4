"""`approve ID`, `edit ID`, `changes ID --note "…"` and `fork ID --from STEP`: the marketer's
word at a pause, and variants of a campaign.

Each decision queues the campaign again and runs it here, like `resume`: the command returns
when it is done or paused again (exit 4, with how to go on).
"""

from __future__ import annotations

import argparse
import os
import shlex
import subprocess
import sys
from typing import Any

from ..core.editing import edit_text, read_edit, with_problems, write_edit_file
from ..core.models import BriefError, CampaignBrief
from ..core.sanitize import for_terminal
from .common import (
    EXIT_FAILED,
    EXIT_USAGE,
    LogPrinter,
    _error,
    _provider_ready,
    _wait_and_report,
    make_engine,
)


def add_parsers(sub: Any, parents: list[argparse.ArgumentParser]) -> None:
    approve = sub.add_parser("approve", parents=parents, help="approve the step a campaign awaits")
    approve.add_argument("id", help="campaign id (or a unique part of it)")
    edit = sub.add_parser(
        "edit",
        parents=parents,
        help="edit the awaited step's section in $EDITOR (checked on save), then go on",
    )
    edit.add_argument("id", help="campaign id (or a unique part of it)")
    changes = sub.add_parser(
        "changes", parents=parents, help="send the awaited step back with a note; it pauses again"
    )
    changes.add_argument("id", help="campaign id (or a unique part of it)")
    changes.add_argument("--note", required=True, help='what to change, e.g. "shorter, casual"')
    fork = sub.add_parser(
        "fork",
        parents=parents,
        help="a variant: the same campaign from a step on, with brief fields changed",
    )
    fork.add_argument("id", help="the campaign to start from (or a unique part of its id)")
    fork.add_argument("--from", dest="step", required=True, metavar="STEP", help="e.g. copy")
    fork.add_argument(
        "--set",
        dest="changes",
        action="append",
        default=[],
        metavar="FIELD=VALUE",
        help="a brief field to change (repeatable), e.g. --set tone=casual",
    )


def run(args: argparse.Namespace, loaded: Any) -> int:
    from ..core.engine import EngineError

    if not _provider_ready(loaded):
        return EXIT_USAGE
    engine = make_engine(loaded, listener=LogPrinter(sys.stdout, prefix=True))
    try:
        campaign_id = engine.resolve_id(args.id)
        if args.command == "approve":
            engine.approve(campaign_id)
        elif args.command == "changes":
            engine.request_changes(campaign_id, args.note)
        elif args.command == "edit":
            code = _edit(engine, campaign_id)
            if code is not None:
                return code
        else:
            campaign_id = _fork(engine, campaign_id, args.step, args.changes)
        return _wait_and_report(engine, [campaign_id])
    except EngineError as exc:
        _error(str(exc))
        return EXIT_USAGE
    except BriefError as exc:
        for line in exc.lines():
            _error(line)
        return EXIT_USAGE
    finally:
        engine.close()


def _edit(engine: Any, campaign_id: str) -> int | None:
    """Open the awaited step's section in $EDITOR; on a valid save, go on (None). An invalid
    save keeps the text, with the problems on top, for the next `edit` (exit 2)."""
    campaign, step = engine.awaiting(campaign_id)
    spec = engine.registry[step]
    path = engine.campaign_dir(campaign_id) / "edits" / f"{step}.yaml"
    if not path.exists():  # a kept file holds an earlier, unfinished edit: open that
        current = engine.registry.section_models[step].model_validate_json(
            (engine.campaign_dir(campaign_id) / "data" / f"{step}.json").read_text("utf-8")
        )
        write_edit_file(path, edit_text(spec.title, current))
    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR")
    if not editor:
        _error(f"set $EDITOR (e.g. export EDITOR=nano) to edit; the file is {path}")
        return EXIT_USAGE
    subprocess.run([*shlex.split(editor), str(path)], check=False)
    text = path.read_text(encoding="utf-8")
    content, problems = read_edit(text, spec.schema)
    if content is None:
        write_edit_file(path, with_problems(text, problems))
        for problem in problems:
            _error(problem)
        _error(
            f"not saved; your text is kept in {path}: fix it with campaign-tui edit {campaign.id}"
        )
        return EXIT_USAGE
    engine.submit_edit(campaign_id, content)
    path.unlink(missing_ok=True)
    return None


def _fork(engine: Any, source_id: str, step: str, changes: list[str]) -> str:
    source = engine.get(source_id)
    data = source.brief.to_data()
    for change in changes:
        name, sep, value = change.partition("=")
        if not sep or not name.strip():
            raise BriefError({"set": f"{for_terminal(change)!r} is not FIELD=VALUE"})
        data[name.strip()] = value
    brief = CampaignBrief.parse(data)
    variant, why = engine.fork(source_id, step, brief)
    print(f"{variant.id} is a variant of {source_id} from {variant.fork_step}.")
    if why:
        print(f"Note: {why}.")
    return variant.id


__all__ = ["EXIT_FAILED", "add_parsers", "run"]
