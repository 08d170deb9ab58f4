"""Command line: the TUI by default, headless sub-commands for scripts.

    campaign-tui                       open the TUI
    campaign-tui run BRIEF.json ...    run briefs headless, printing the log as it happens
    campaign-tui list | show ID | resume ID | retry ID | samples | config

Exit codes: 0 success, 1 a campaign failed or was cancelled, 2 bad input, 130 interrupted.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import threading
import time
from datetime import datetime
from pathlib import Path
from typing import TextIO

from . import __version__
from .config import SettingsError, load_settings
from .core.events import LogLine, ProgressEvent
from .core.models import BriefError, Campaign, CampaignBrief, CampaignStatus, Priority, format_money

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


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

    listing = sub.add_parser("list", parents=[common], help="list stored campaigns")
    listing.add_argument("--status", choices=[s.value for s in CampaignStatus])

    show = sub.add_parser("show", parents=[common], help="show one campaign in full")
    show.add_argument("id", help="campaign id (or a unique part of it)")
    show.add_argument("--log", type=int, default=15, metavar="N", help="log lines to show")

    for name, text in (
        ("resume", "continue an interrupted, failed or cancelled campaign from its checkpoint"),
        ("retry", "run a failed or cancelled campaign again"),
    ):
        command = sub.add_parser(name, parents=[common, provider], help=text)
        command.add_argument("id", help="campaign id (or a unique part of it)")
        if name == "retry":
            command.add_argument(
                "--from-scratch", action="store_true", help="discard earlier results first"
            )

    samples = sub.add_parser("samples", parents=[common], help="list or write the sample briefs")
    samples.add_argument("--write", metavar="DIR", help="write the sample briefs into DIR")

    sub.add_parser("config", parents=[common, provider], help="print the effective settings")
    return parser


def main(argv: list[str] | None = None) -> int:
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
        print(f"campaign-tui: configuration error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    command = args.command
    if command is None:
        from .ui.app import run_app

        return run_app(loaded)
    handler = {
        "run": cmd_run,
        "list": cmd_list,
        "show": cmd_show,
        "resume": cmd_resume,
        "retry": cmd_resume,
        "samples": cmd_samples,
        "config": cmd_config,
    }[command]
    try:
        return handler(args, loaded)
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED


# -- helpers ---------------------------------------------------------------------------


def make_engine(loaded, *, autostart: bool = True, listener=None):
    from .core.engine import CampaignEngine
    from .core.providers.registry import provider_factory

    settings = loaded.settings
    return CampaignEngine(
        settings.data_dir,
        max_workers=settings.max_workers,
        provider=provider_factory(settings),
        autostart=autostart,
        listener=listener,
    )


def open_store(loaded):
    """The store, after marking campaigns whose process died (a crash) as interrupted."""
    from .core.engine import CampaignEngine

    engine = CampaignEngine(loaded.settings.data_dir, autostart=False)
    engine.recover(adopt_queued=False)
    return engine.store


def _error(message: str) -> None:
    print(f"campaign-tui: {message}", file=sys.stderr)


class LogPrinter:
    """Prints log lines as campaigns write them (called from worker threads)."""

    def __init__(self, out: TextIO, prefix: bool):
        self.out = out
        self.prefix = prefix
        self._lock = threading.Lock()

    def __call__(self, event: ProgressEvent) -> None:
        if not isinstance(event, LogLine):
            return
        stamp = datetime.fromtimestamp(event.at).strftime("%H:%M:%S")
        tag = f"[{event.campaign_id}] " if self.prefix else ""
        with self._lock:
            print(f"{stamp} {tag}{event.message}", file=self.out, flush=True)


def _load_brief(text: str) -> CampaignBrief:
    from .samples import load_sample, sample_paths

    path = Path(text)
    if not path.exists() and text in sample_paths():
        return load_sample(text)
    return CampaignBrief.from_json_file(path)


def _wait_interruptibly(engine, ids: list[str]) -> bool:
    """Wait for campaigns; Ctrl-C stops them at the next step (resumable) and returns False."""
    try:
        while not engine.wait(ids, timeout=0.2):
            pass
    except KeyboardInterrupt:
        print("\nStopping at the next step…", file=sys.stderr, flush=True)
        engine.shutdown(timeout=5)
        return False
    return True


def _report(engine, ids: list[str]) -> int:
    campaigns = [engine.get(i) for i in ids]
    print()
    for c in campaigns:
        where = c.website_path or c.error_summary or ""
        print(f"{c.id}  {c.status.value:<11} {where}")
    ok = all(c.status is CampaignStatus.DONE for c in campaigns)
    return EXIT_OK if ok else EXIT_FAILED


# -- commands ----------------------------------------------------------------------


def cmd_run(args, loaded) -> int:
    briefs: list[CampaignBrief] = []
    bad = False
    for name in args.briefs:
        try:
            briefs.append(_load_brief(name))
        except BriefError as exc:
            bad = True
            print(f"{name}: invalid brief", file=sys.stderr)
            for line in exc.lines():
                print(f"  {line}", file=sys.stderr)
    if bad:
        print("Nothing was run or stored.", file=sys.stderr)
        return EXIT_USAGE
    from .core.providers.registry import ProviderUnavailable, check_provider

    try:
        check_provider(loaded.settings)
    except ProviderUnavailable as exc:
        _error(str(exc))
        return EXIT_USAGE
    printer = LogPrinter(sys.stdout, prefix=len(briefs) > 1)
    engine = make_engine(loaded, listener=printer)
    try:
        engine.recover(adopt_queued=False)
        ids = [engine.submit(brief, args.priority).id for brief in briefs]
        if not _wait_interruptibly(engine, ids):
            print("Resume with: " + " ; ".join(f"campaign-tui resume {i}" for i in ids))
            return EXIT_INTERRUPTED
        return _report(engine, ids)
    finally:
        engine.close()


def cmd_resume(args, loaded) -> int:
    from .core.engine import EngineError
    from .core.providers.registry import ProviderUnavailable, check_provider

    try:
        check_provider(loaded.settings)
    except ProviderUnavailable as exc:
        _error(str(exc))
        return EXIT_USAGE
    engine = make_engine(loaded, listener=LogPrinter(sys.stdout, prefix=False))
    try:
        engine.recover(adopt_queued=False)
        campaign_id = engine.resolve_id(args.id)
        engine.retry(campaign_id, from_scratch=getattr(args, "from_scratch", False))
        if not _wait_interruptibly(engine, [campaign_id]):
            return EXIT_INTERRUPTED
        return _report(engine, [campaign_id])
    except EngineError as exc:
        _error(str(exc))
        return EXIT_USAGE
    finally:
        engine.close()


def _elapsed(c: Campaign) -> str:
    if c.execution_time is not None and c.status is not CampaignStatus.RUNNING:
        return f"{c.execution_time:.1f}s"
    if c.started_at and c.status is CampaignStatus.RUNNING:
        return f"{time.time() - c.started_at:.0f}s"
    return "-"


def cmd_list(args, loaded) -> int:
    store = open_store(loaded)
    try:
        statuses = [CampaignStatus(args.status)] if args.status else None
        campaigns = store.list_campaigns(statuses)
    finally:
        store.close()
    if not campaigns:
        print(
            "No campaigns yet. Run one with: campaign-tui run BRIEF.json (see campaign-tui samples)"
        )
        return EXIT_OK
    width = shutil.get_terminal_size((160, 20)).columns
    header = f"{'ID':<31} {'STATUS':<11} {'PROGRESS':<8} {'NAME':<28} WEBSITE"
    print(header)
    for c in campaigns:
        name = c.name if len(c.name) <= 28 else c.name[:27] + "…"
        tail = c.website_path or (c.error_summary or "")
        line = f"{c.id:<31} {c.status.value:<11} {c.progress_text:<8} {name:<28} {tail}"
        # on a terminal, one line per campaign; piped, whole lines for scripts
        print(line[: max(width, 80)] if sys.stdout.isatty() else line)
    return EXIT_OK


def cmd_show(args, loaded) -> int:
    store = open_store(loaded)
    try:
        matches = [args.id] if store.get(args.id) else store.find(args.id)
        if len(matches) != 1:
            _error(
                f"no campaign matches {args.id!r}"
                if not matches
                else f"{args.id!r} matches {len(matches)} campaigns; give more of the id"
            )
            return EXIT_USAGE
        c = store.get(matches[0])
        assert c is not None
        artifacts = store.artifacts(c.id)
        runs = store.node_runs(c.id)
        logs = store.logs(c.id, limit=args.log)
    finally:
        store.close()
    b = c.brief
    out = [
        f"Campaign   {c.id}",
        f"Name       {b.campaign_name}",
        f"Status     {c.status.value}  ({c.progress_text} steps"
        + (f", quality {c.quality_score}/100" if c.quality_score is not None else "")
        + (f", {c.revisions} revision(s)" if c.revisions else "")
        + ")",
        f"Priority   {c.priority.value}",
        f"Created    {datetime.fromtimestamp(c.created_at):%Y-%m-%d %H:%M:%S}",
        f"Elapsed    {_elapsed(c)}",
        f"Provider   {c.provider}" + (f" ({c.model})" if c.model else ""),
    ]
    if c.tokens_in or c.tokens_out:
        out.append(f"Tokens     {c.tokens_in:,} in / {c.tokens_out:,} out")
    if c.error_type:
        out.append(f"Error      {c.error_summary}")
    if c.website_path:
        out.append(f"Website    {c.website_path}")
    out += [
        "",
        "Brief",
        f"  Product    {b.product}",
        f"  Client     {b.client}" + (f"  <{b.client_website}>" if b.client_website else ""),
        f"  Audience   {b.target_audience}",
        f"  Goals      {'; '.join(b.goals)}",
        f"  Features   {'; '.join(b.key_features)}",
        f"  Budget     {format_money(b.budget.amount, b.budget.currency)}",
        f"  Timeline   {b.timeline} weeks",
        f"  Tone       {b.tone}",
        f"  Channels   {', '.join(ch.value for ch in b.channels)}",
        f"  User       {b.user}",
    ]
    if b.additional_requirements:
        out.append(f"  Notes      {b.additional_requirements}")
    if artifacts:
        out += ["", f"Artifacts ({len(artifacts)})"]
        for a in sorted(artifacts, key=lambda a: (a.kind != "website", a.kind == "data", a.path)):
            out.append(f"  {a.kind:<9} {a.bytes:>8,} B  {a.path}")
    if runs:
        out += ["", "Nodes", f"  {'NODE':<25} {'TIME':>8} {'TOKENS IN':>10} {'OUT':>8}"]
        for r in runs:
            flag = f"  {r.error}" if r.error else ""
            out.append(
                f"  {r.node:<25} {r.duration * 1000:>6.0f}ms "
                f"{r.tokens_in:>10,} {r.tokens_out:>8,}{flag}"
            )
    if logs:
        out += ["", f"Log (last {len(logs)})"]
        out += [f"  {datetime.fromtimestamp(e.at):%H:%M:%S} {e.message}" for e in logs]
    print("\n".join(out))
    return EXIT_OK


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
    from .core.providers.registry import describe_settings

    print(describe_settings(loaded))
    return EXIT_OK
