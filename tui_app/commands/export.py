"""`campaign-tui export ID [--format …] [--out DIR]`: a finished kit's exports on demand."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..core.exports.run import ALL, FORMATS
from ..core.sanitize import for_terminal
from .common import EXIT_FAILED, EXIT_OK, EXIT_USAGE, _error, open_for_reading

HELP = {
    "ics": "content_calendar.ics (calendar apps)",
    "ads-csv": "search_ads_google_ads_editor.csv (Google Ads Editor)",
    "email": "emails/NN_subject.html, .txt and .eml drafts (mail tools)",
    "social-csv": "social_posts_schedule.csv (Vista Social's bulk CSV)",
    "zip": "<campaign_id>_kit.zip: every artifact plus the manifest, checked first",
}


def add_parser(sub, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser(
        "export",
        parents=[common],
        help="write a finished campaign's exports (calendar, ads, emails, social, zip)",
        description="Write exports of a finished campaign into its folder (recorded as "
        "artifacts and in manifest.json), or into --out DIR. Formats: "
        + "; ".join(f"{name}: {text}" for name, text in HELP.items())
        + "; all: every one, the zip last.",
    )
    parser.add_argument("id", help="campaign id (or a unique part of it)")
    parser.add_argument("--format", choices=[*FORMATS, ALL], default=ALL, help="default: all")
    parser.add_argument(
        "--out",
        metavar="DIR",
        help="write the files into DIR instead (the campaign's kit is left as it is)",
    )


def run(args, loaded) -> int:
    from ..core.engine import EngineError
    from ..core.exports.run import export_campaign
    from ..core.exports.source import ExportError

    out = Path(args.out).expanduser() if args.out else None
    if out is not None and out.exists() and not out.is_dir():
        _error(f"--out {out} is a file; give a folder")
        return EXIT_USAGE
    engine = open_for_reading(loaded)
    try:
        try:
            campaign = engine.get(engine.resolve_id(args.id))
        except EngineError as exc:
            _error(str(exc))
            return EXIT_USAGE
        try:
            report = export_campaign(
                engine.store,
                campaign,
                engine.campaign_dir(campaign.id),
                args.format,
                engine.registry.section_models,
                out,
            )
        except ExportError as exc:
            _error(f"not exported: {exc}")
            return EXIT_FAILED
        except OSError as exc:
            _error(f"not exported: {exc.strerror or exc} ({exc.filename or ''})")
            return EXIT_FAILED
    finally:
        engine.close()
    for line in report.empty:
        print(f"nothing to export: {for_terminal(line, one_line=True)}")
    for note in report.notes:
        print(f"note: {for_terminal(note, one_line=True)}")
    for exported in report.files:
        print(f"{exported.kind:<9} {exported.bytes:>9,} B  {for_terminal(str(exported.path))}")
    if not report.files:
        return EXIT_FAILED
    return EXIT_OK
