"""Command line: the TUI by default, headless sub-commands for scripts.

    campaign-tui                       open the TUI
    campaign-tui run BRIEF.json ...    run briefs headless, printing the log as it happens
    campaign-tui list | show ID | resume ID|--all | retry ID | samples | config
    campaign-tui export ID | diff ID1 ID2 [ARTIFACT] | brand add|list|show|edit|remove | serve
                                       (tui_app/commands/)

Exit codes: 0 success, 1 a campaign failed or was cancelled, 2 bad input (a brief, a setting,
the data dir), 3 every campaign finished but some with warnings, 130 interrupted. Whatever goes
wrong, the user gets one line, never a traceback (set CAMPAIGN_TUI_DEBUG=1 to see one).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from . import __version__
from .commands.common import (
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    LogPrinter,
    _error,
    _provider_ready,
    _wait_and_report,
    make_engine,
)
from .config import SettingsError, load_settings
from .core.datadir import DataDirError
from .core.models import BriefError, CampaignBrief, CampaignStatus, Priority, format_money
from .core.sanitize import for_terminal


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="where campaigns are stored (default: $XDG_DATA_HOME/campaign-tui)",
    )
    common.add_argument(
        "--config", metavar="FILE", default=argparse.SUPPRESS, help="config.toml to read"
    )
    provider = argparse.ArgumentParser(add_help=False)
    provider.add_argument("--provider", default=argparse.SUPPRESS, help="offline, openai or ollama")
    provider.add_argument("--model", default=argparse.SUPPRESS, help="model name for LLM providers")
    provider.add_argument(
        "--max-workers",
        type=int,
        default=argparse.SUPPRESS,
        metavar="N",
        help="campaigns run at once (default 4)",
    )

    parser = argparse.ArgumentParser(
        prog="campaign-tui",
        description="Create marketing campaigns from the keyboard. With no command, opens the TUI.",
        parents=[common, provider],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    run = sub.add_parser(
        "run", parents=[common, provider], help="run briefs headless and print the log"
    )
    run.add_argument("briefs", nargs="+", metavar="BRIEF", help="brief JSON files or sample names")
    run.add_argument(
        "--priority", choices=[p.value for p in Priority], help="override the briefs' priority"
    )
    run.add_argument(
        "--brand",
        metavar="NAME",
        help="a saved brand profile: the client, and the brand facts each brief leaves unset",
    )
    run.add_argument(
        "--approve-after",
        metavar="STEPS",
        help="pause after these steps for your approval, e.g. strategy,copy (exit 4 when paused)",
    )
    run.add_argument(
        "--resume-queued",
        action="store_true",
        help="also run every interrupted campaign and every one left queued by a stopped run",
    )

    listing = sub.add_parser("list", parents=[common], help="list stored campaigns")
    listing.add_argument("--status", choices=[s.value for s in CampaignStatus])

    show = sub.add_parser("show", parents=[common], help="show one campaign in full")
    show.add_argument("id", help="campaign id (or a unique part of it)")
    show.add_argument(
        "--log", type=int, default=15, metavar="N", help="last N log lines to show (0: none)"
    )

    for name, text in (
        (
            "resume",
            "continue interrupted, failed, cancelled or left-queued campaigns from their "
            "checkpoints",
        ),
        ("retry", "run a campaign again (--from-scratch: discard its results first)"),
    ):
        command = sub.add_parser(name, parents=[common, provider], help=text)
        command.add_argument("ids", nargs="*", metavar="ID", help="campaign id (or part of it)")
        command.add_argument(
            "--all",
            action="store_true",
            help="every interrupted campaign and every one left queued by a stopped run",
        )
        command.add_argument(
            "--from-scratch",
            action="store_true",
            help="discard earlier results first (also regenerates a done campaign)",
        )

    samples = sub.add_parser("samples", parents=[common], help="list or write the sample briefs")
    samples.add_argument("--write", metavar="DIR", help="write the sample briefs into DIR")

    sub.add_parser("config", parents=[common, provider], help="print the effective settings")
    from .commands import approvals, brand, diff, export, serve

    for command in (export, diff, brand, serve):
        command.add_parser(sub, common)
    approvals.add_parsers(sub, [common, provider])
    return parser


def main(argv: list[str] | None = None) -> int:
    """The command line; returns the exit code. Never lets a traceback reach the user."""
    try:
        return _main(argv)
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # the reader went away (`list | head -1`): stop quietly, like other Unix tools
        with _suppressed():
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except DataDirError as exc:
        _error(str(exc))
        return EXIT_USAGE
    except Exception as exc:  # a bug: one line, and the details only on request
        if os.environ.get("CAMPAIGN_TUI_DEBUG"):
            raise
        _error(
            f"unexpected error: {type(exc).__name__}: {for_terminal(exc, one_line=True)[:300]} "
            "(set CAMPAIGN_TUI_DEBUG=1 for details)"
        )
        return EXIT_FAILED


def _main(argv: list[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    flags = {
        "data_dir": getattr(args, "data_dir", None),
        "provider": getattr(args, "provider", None),
        "model": getattr(args, "model", None),
        "max_workers": getattr(args, "max_workers", None),
    }
    try:
        loaded = load_settings(flags, getattr(args, "config", None))
    except SettingsError as exc:
        print(f"campaign-tui: configuration error: {for_terminal(exc)}", file=sys.stderr)
        return EXIT_USAGE
    command = args.command
    if command is None:
        from .ui.app import run_app

        return run_app(loaded)
    from .commands import approvals, brand, diff, export, listing, serve

    handler = {
        "approve": approvals.run,
        "edit": approvals.run,
        "changes": approvals.run,
        "fork": approvals.run,
        "export": export.run,
        "diff": diff.run,
        "brand": brand.run,
        "serve": serve.run,
        "run": cmd_run,
        "list": listing.cmd_list,
        "show": listing.cmd_show,
        "resume": cmd_resume,
        "retry": cmd_resume,
        "samples": cmd_samples,
        "config": cmd_config,
    }[command]
    return handler(args, loaded)


class _suppressed:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> bool:
        return True


# -- helpers ---------------------------------------------------------------------------


def _load_brief(text: str) -> CampaignBrief:
    from .samples import load_sample, sample_paths

    path = Path(text)
    if not path.exists() and text in sample_paths():
        return load_sample(text)
    return CampaignBrief.from_json_file(path)  # BriefError for anything wrong with it


# -- commands ----------------------------------------------------------------------


def cmd_run(args, loaded) -> int:
    briefs: list[CampaignBrief] = []
    bad = False
    for name in args.briefs:  # every brief is checked before any is stored
        try:
            briefs.append(_with_approvals(_load_brief(name), args.approve_after, loaded.settings))
        except BriefError as exc:
            bad = True
            print(f"{for_terminal(name, one_line=True)}: invalid brief", file=sys.stderr)
            for line in exc.lines():
                print(f"  {for_terminal(line, one_line=True)}", file=sys.stderr)
    if bad:
        print("Nothing was run or stored.", file=sys.stderr)
        return EXIT_USAGE
    if not _provider_ready(loaded):
        return EXIT_USAGE
    printer = LogPrinter(sys.stdout, prefix=len(briefs) > 1 or args.resume_queued)
    engine = make_engine(loaded, listener=printer)
    try:
        from .commands.brand import BrandMissing, apply_brand

        try:
            briefs, brand = apply_brand(engine.store, args.brand, briefs)
        except BrandMissing as exc:
            _error(str(exc))
            return EXIT_USAGE
        engine.recover(adopt_queued=False)
        ids = [c.id for c in engine.submit_many(briefs, args.priority, brand=brand)]
        if args.resume_queued:
            ids += [i for i in engine.resume_all() if i not in ids]
        return _wait_and_report(engine, ids)
    finally:
        engine.close()


def _with_approvals(brief: CampaignBrief, flag: str | None, settings) -> CampaignBrief:
    """The brief with `--approve-after` (or the settings' default, for a brief that names no
    steps) applied; a BriefError names a step that cannot be approved."""
    steps = flag if flag is not None else (None if brief.approve_after else settings.approve_after)
    if not steps:
        return brief
    return CampaignBrief.parse({**brief.to_data(), "approve_after": steps})


def cmd_resume(args, loaded) -> int:
    from .core.engine import EngineError

    if not args.ids and not args.all:
        _error("give campaign ids to resume, or --all (see campaign-tui list)")
        return EXIT_USAGE
    if not _provider_ready(loaded):
        return EXIT_USAGE
    engine = make_engine(loaded, listener=LogPrinter(sys.stdout, prefix=True))
    try:
        engine.recover(adopt_queued=False)
        ids = [engine.resolve_id(text) for text in args.ids]
        for campaign_id in ids:
            engine.retry(campaign_id, from_scratch=args.from_scratch)
        if args.all:
            ids += [i for i in engine.resume_all() if i not in ids]
        if not ids:
            print("Nothing to resume: no interrupted or left-queued campaigns.")
            return EXIT_OK
        return _wait_and_report(engine, ids)
    except EngineError as exc:
        _error(str(exc))
        return EXIT_USAGE
    finally:
        engine.close()


def cmd_samples(args, loaded) -> int:
    from .samples import sample_paths, samples

    briefs = samples()
    if args.write:
        target = Path(args.write).expanduser()
        target.mkdir(parents=True, exist_ok=True)
        for name, path in sample_paths().items():
            dest = target / path.name
            briefs[name].to_json_file(dest)
            print(dest.resolve())
        return EXIT_OK
    for name, brief in briefs.items():
        print(
            f"{name:<16} {brief.product} for {brief.client} — {brief.tone}, "
            f"{format_money(brief.budget.amount, brief.budget.currency)}, {brief.timeline} weeks, "
            f"{', '.join(c.value for c in brief.channels)}"
        )
    print(
        "\nRun one with: campaign-tui run NAME"
        "   (or write them out: campaign-tui samples --write DIR)"
    )
    return EXIT_OK


def cmd_config(args, loaded) -> int:
    from .provider_setup import describe_settings

    print(describe_settings(loaded))
    return EXIT_OK
