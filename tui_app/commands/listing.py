"""`campaign-tui list` and `campaign-tui show ID`: what is stored, for people and scripts.

`show` checks every artifact against the size and sha256 recorded when it was written, and
everything printed from stored data has its control characters escaped.
"""

from __future__ import annotations

import shutil
import sys
import time
from datetime import datetime

from ..core.models import Campaign, CampaignStatus, format_money
from ..core.sanitize import for_terminal
from .common import EXIT_OK, EXIT_USAGE, _error, open_for_reading


def _elapsed(c: Campaign) -> str:
    if c.execution_time is not None and c.status is not CampaignStatus.RUNNING:
        return f"{c.execution_time:.1f}s"
    if c.started_at and c.status is CampaignStatus.RUNNING:
        return f"{time.time() - c.started_at:.0f}s"
    return "-"


def cmd_list(args, loaded) -> int:
    engine = open_for_reading(loaded)
    try:
        statuses = [CampaignStatus(args.status)] if args.status else None
        campaigns = engine.store.list_campaigns(statuses)
    finally:
        engine.close()
    if not campaigns:
        print(
            "No campaigns yet. Run one with: campaign-tui run BRIEF.json (see campaign-tui samples)"
        )
        return EXIT_OK
    width = shutil.get_terminal_size((160, 20)).columns
    header = f"{'ID':<31} {'STATUS':<11} {'PROGRESS':<8} {'NAME':<28} WEBSITE"
    print(header)
    for c in campaigns:
        name = for_terminal(c.name, one_line=True)
        name = name if len(name) <= 28 else name[:27] + "…"
        tail = for_terminal(_note(c) or c.website_path or c.error_summary or "", one_line=True)
        line = f"{c.id:<31} {c.status.value:<11} {c.progress_text:<8} {name:<28} {tail}"
        # on a terminal, one line per campaign; piped, whole lines for scripts
        print(line[: max(width, 80)] if sys.stdout.isatty() else line)
    return EXIT_OK


def cmd_show(args, loaded) -> int:
    from ..core.engine import EngineError

    engine = open_for_reading(loaded)
    try:
        try:
            campaign_id = engine.resolve_id(args.id)
        except EngineError as exc:
            _error(str(exc))
            return EXIT_USAGE
        c = engine.get(campaign_id)
        artifacts = engine.store.artifacts(c.id)
        problems = engine.artifact_problems(c.id)
        runs = engine.store.node_runs(c.id)
        lines = abs(args.log)  # `--log -3` reads like `tail -3`: the last 3
        logs = engine.store.logs(c.id, limit=lines) if lines else []
    finally:
        engine.close()
    print("\n".join(for_terminal(line) for line in _describe(c, artifacts, problems, runs, logs)))
    return EXIT_OK


def _start(c: Campaign) -> str:
    from ..core.models import campaign_start

    day = campaign_start(c.brief.start_date, c.created_at)
    return f"{day:%a %Y-%m-%d}" + ("" if c.brief.start_date else " (the Monday after creation)")


def _title(step: str) -> str:
    from ..core.workflow.team import TEAM

    return TEAM[step].title if step in TEAM else step


def _note(c: Campaign) -> str:
    """What `list` says about a campaign that waits for someone or cannot be read."""
    if c.damaged:
        return f"damaged brief: see campaign-tui show {c.id}"
    if c.status is CampaignStatus.AWAITING and c.awaiting_step:
        return f"awaits {c.user}'s approval of {_title(c.awaiting_step)}"
    return ""


def _describe(c: Campaign, artifacts, problems: dict[str, str], runs, logs) -> list[str]:
    b = c.brief
    out = [
        f"Campaign   {c.id}",
        f"Name       {b.campaign_name}",
        f"Status     {c.status.label}  ({c.progress_text} steps"
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
    if c.status is CampaignStatus.AWAITING and c.awaiting_step:
        out.append(
            f"Awaiting   {c.user}'s approval of {_title(c.awaiting_step)}: campaign-tui approve "
            f'{c.id} | edit {c.id} | changes {c.id} --note "…"'
        )
    if c.damaged:
        out.append(f"Damaged    {c.damaged}")
    if c.parent_id:
        out.append(f"Variant    of {c.parent_id} from {c.fork_step}")
    if c.error_type:
        out.append(f"Error      {c.error_summary}")
    for finding in c.findings:
        out.append(f"Warning    {finding['node']}: {finding['field']}: {finding['detail']}")
    if c.website_path:
        gone = " (missing)" if problems.get(c.website_path) == "missing" else ""
        out.append(f"Website    {c.website_path}{gone}")
    out += [
        "",
        "Brief",
        f"  Product    {b.product}",
        f"  Client     {b.client}" + (f"  <{b.client_website}>" if b.client_website else ""),
        f"  Audience   {b.target_audience}",
        f"  Goals      {'; '.join(b.goals)}",
        f"  Features   {'; '.join(b.key_features)}",
        f"  Budget     {format_money(b.budget.amount, b.budget.currency)}",
        f"  Timeline   {b.timeline} weeks, from {_start(c)}",
        f"  Tone       {b.tone}",
        f"  Channels   {', '.join(ch.value for ch in b.channels)}",
        f"  User       {b.user}",
    ]
    if c.brand:
        out.append(f"  Brand      {c.brand} (the profile it started from)")
    if b.additional_requirements:
        out.append(f"  Notes      {b.additional_requirements}")
    rules = b.rules
    for line in rules.summary():
        out.append(f"  Rule       {line}")
    if rules.derived:
        out.append("  (read from the notes: " + "; ".join(rules.derived) + ")")
    if artifacts:
        out += ["", f"Artifacts ({len(artifacts)})"]
        for a in sorted(artifacts, key=lambda a: (a.kind != "website", a.kind == "data", a.path)):
            flag = f"  [{problems[a.path].upper()}]" if a.path in problems else ""
            out.append(f"  {a.kind:<9} {a.bytes:>8,} B  {a.path}{flag}")
        if problems:
            missing = sum(1 for p in problems.values() if p == "missing")
            changed = len(problems) - missing
            out.append(
                f"  {missing} missing and {changed} changed since they were written; "
                f"generate them again with: campaign-tui retry {c.id} --from-scratch"
            )
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
    return out


__all__ = ["cmd_list", "cmd_show"]
