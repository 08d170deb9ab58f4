"""Exporting a finished campaign: the formats, where the files go, how they are recorded.

`export_campaign` writes the chosen formats into the campaign folder (or `out_dir`), each file
atomically, then adds the new files to `manifest.json` with fresh sha256 entries and records
them (and the manifest) as artifacts in the store, so they show in the app's Artifacts list
and `campaign-tui show`. With `out_dir` the files go there instead and the kit is left as it
is. `zip` (alone or in `all`) checks the kit first: a kit with a missing or changed file is
refused before anything is written.

The CLI (`campaign-tui export`) and the TUI's export key both call this.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ..content import Content
from ..models import Artifact, Campaign, write_bytes_atomic
from ..store import CampaignStore
from .ads import ADS_FILE, search_ads_csv
from .bundle import KitRefused, add_to_manifest, file_entry, kit_problems, kit_zip, zip_name
from .emails import email_files
from .ics import ICS_FILE, calendar_ics
from .social import SOCIAL_FILE, social_schedule_csv
from .source import MANIFEST, ExportError, KitSource, load_kit

FORMATS = ("ics", "ads-csv", "email", "social-csv", "zip")
ALL = "all"
EXPORT_NODE = "export"  # the artifacts' node: made on demand, not by the workflow
SUMMARY = {
    "calendar": "the calendar (.ics)",
    "ads": "the Google Ads Editor CSV",
    "schedule": "the social schedule CSV",
    "kit": "the kit zip",
}


@dataclass(frozen=True, slots=True)
class ExportedFile:
    path: Path
    kind: str
    bytes: int
    sha256: str


@dataclass(slots=True)
class ExportReport:
    """What an export wrote, and what it has to say (notes, formats with nothing to write)."""

    files: list[ExportedFile] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    empty: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """One line for a notification or a log: what was written, by kind."""
        if not self.files:
            return "Nothing exported."
        emails = sum(f.kind == "email" for f in self.files) // 3
        parts = [
            SUMMARY[f.kind] if f.kind != "email" else f"{emails} email(s) as .html/.txt/.eml"
            for f in self.files
            if f.kind != "manifest"
        ]
        shown = ", ".join(dict.fromkeys(parts))
        where = self.files[0].path.parent if self.files else ""
        return f"Exported {shown} into {where}."


def formats_for(choice: str) -> tuple[str, ...]:
    """`all` -> every format, zip last (so it packs the other exports)."""
    if choice == ALL:
        return FORMATS
    if choice not in FORMATS:
        raise ExportError(f"unknown format {choice!r}; choose one of {', '.join(FORMATS)}, all.")
    return (choice,)


def _write(target: Path, relative: str, data: bytes | str, kind: str) -> ExportedFile:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    path = target / relative
    write_bytes_atomic(path, raw)
    return ExportedFile(path, kind, len(raw), hashlib.sha256(raw).hexdigest())


def _formats(kit: KitSource, choice: str, target: Path, report: ExportReport) -> None:
    if choice == "ics":
        if not kit.calendar:
            report.empty.append("ics: the campaign has no content calendar.")
            return
        report.files.append(_write(target, ICS_FILE, calendar_ics(kit), "calendar"))
    elif choice == "ads-csv":
        ads = search_ads_csv(kit)
        if not ads.rows:
            report.empty.append(
                "ads-csv: the campaign has no search ads (not one of its channels)."
            )
            return
        report.notes += ads.notes
        report.files.append(_write(target, ADS_FILE, ads.text, "ads"))
    elif choice == "email":
        files = email_files(kit)
        if not files:
            report.empty.append("email: the campaign has no emails (not one of its channels).")
            return
        for email in files:
            html, text, eml = email.names
            report.files.append(_write(target, html, email.html, "email"))
            report.files.append(_write(target, text, email.text, "email"))
            report.files.append(_write(target, eml, email.eml, "email"))
    elif choice == "social-csv":
        text, rows = social_schedule_csv(kit)
        if not rows:
            report.empty.append("social-csv: the campaign has no social posts.")
            return
        report.files.append(_write(target, SOCIAL_FILE, text, "schedule"))


def export_kit(kit: KitSource, choice: str, out_dir: Path | None = None) -> ExportReport:
    """Write the chosen format(s) for a loaded kit; the manifest gains the new files unless
    they go to `out_dir`. KitRefused (nothing written) for a zip of a damaged kit."""
    chosen = formats_for(choice)
    target = Path(out_dir) if out_dir is not None else kit.folder
    report = ExportReport()
    if "zip" in chosen:  # check before anything is written
        if not kit.manifest:
            raise ExportError(f"{MANIFEST} is missing: the campaign has not finished.")
        problems = kit_problems(kit.folder, kit.manifest)
        if problems:
            raise KitRefused(problems)
    for name in chosen:
        if name != "zip":
            _formats(kit, name, target, report)
    if out_dir is None and report.files:
        entries = [
            file_entry(kit.folder, f.path.relative_to(kit.folder).as_posix(), f.kind)
            for f in report.files
        ]
        raw = add_to_manifest(kit.folder, kit.manifest, entries)
        kit = dataclasses.replace(kit, manifest=json.loads(raw))
        report.files.append(
            ExportedFile(
                kit.folder / MANIFEST, "manifest", len(raw), hashlib.sha256(raw).hexdigest()
            )
        )
    if "zip" in chosen:
        report.files.append(_write(target, zip_name(kit.campaign_id), kit_zip(kit), "kit"))
    return report


def export_campaign(
    store: CampaignStore,
    campaign: Campaign,
    folder: Path,
    choice: str,
    section_models: Mapping[str, type[Content]],
    out_dir: Path | None = None,
) -> ExportReport:
    """Export a finished campaign and record what was written into its folder as artifacts
    (`section_models`: the workflow registry's node -> section model)."""
    if not campaign.status.is_finished:
        raise ExportError(f"{campaign.id} is {campaign.status.label}; export it once it is done.")
    kit = load_kit(folder, campaign.brief, campaign.id, campaign.created_at, section_models)
    report = export_kit(kit, choice, out_dir)
    if out_dir is None:
        now = time.time()
        for exported in report.files:
            node = "package" if exported.kind == "manifest" else EXPORT_NODE
            store.add_artifact(
                Artifact(
                    campaign.id,
                    str(exported.path.resolve()),
                    exported.kind,
                    node,
                    exported.bytes,
                    exported.sha256,
                    now,
                )
            )
    return report


__all__ = [
    "ALL",
    "FORMATS",
    "ExportReport",
    "ExportedFile",
    "export_campaign",
    "export_kit",
    "formats_for",
]
