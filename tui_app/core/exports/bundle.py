"""The manifest and `<campaign_id>_kit.zip`: the whole kit in one file to send to a client.

The manifest (`manifest.json`, written by the workflow's `package` node) lists every artifact
with its size and sha256. Exports add their files to it with fresh entries (`add_to_manifest`);
the entries of the workflow's own files are never recomputed, so a file changed by hand still
shows as changed. The zip packs every file the manifest lists plus the manifest, under a
folder named after the campaign, after checking each file against its entry: a kit with a
missing or changed file is refused (`KitRefused`, listing them) and nothing is written. The
zip itself is not listed in the manifest (it would have to contain itself). Entries carry the
campaign's creation time, so the same kit always packs to the same bytes.
"""

from __future__ import annotations

import hashlib
import io
import json
import time
import zipfile
from pathlib import Path
from typing import Any

from ..models import write_bytes_atomic
from .source import MANIFEST, ExportError, KitSource


class KitRefused(ExportError):
    """The kit has missing or changed files; `problems` maps each path to what is wrong."""

    def __init__(self, problems: dict[str, str]):
        self.problems = problems
        listed = ", ".join(f"{path} ({what})" for path, what in sorted(problems.items())[:6])
        more = f" and {len(problems) - 6} more" if len(problems) > 6 else ""
        super().__init__(
            f"the kit has {len(problems)} missing or changed file(s): {listed}{more}. Nothing "
            "was packed; regenerate it (campaign-tui retry ID --from-scratch) or restore them."
        )


def zip_name(campaign_id: str) -> str:
    return f"{campaign_id}_kit.zip"


def file_entry(folder: Path, relative: str, kind: str) -> dict[str, Any]:
    """A manifest entry for a file of the campaign folder, from its current bytes."""
    raw = (folder / relative).read_bytes()
    return {
        "path": relative,
        "kind": kind,
        "bytes": len(raw),
        "sha256": hashlib.sha256(raw).hexdigest(),
    }


def add_to_manifest(folder: Path, manifest: dict[str, Any], entries: list[dict[str, Any]]) -> bytes:
    """The manifest with these entries added (replacing entries of the same path), written
    atomically; returns its bytes."""
    if not manifest:
        raise ExportError(f"{MANIFEST} is missing: the campaign has not finished.")
    fresh = {entry["path"]: entry for entry in entries}
    kept = [e for e in manifest.get("artifacts", []) if e.get("path") not in fresh]
    updated = dict(manifest)
    updated["artifacts"] = sorted([*kept, *fresh.values()], key=lambda e: e["path"])
    raw = (json.dumps(updated, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    write_bytes_atomic(folder / MANIFEST, raw)
    return raw


def kit_problems(
    folder: Path, manifest: dict[str, Any], contents: dict[str, bytes] | None = None
) -> dict[str, str]:
    """Files the manifest lists that are missing, changed, or would leave the folder; the
    bytes of the good ones go into `contents` when given (so they are read once)."""
    problems: dict[str, str] = {}
    root = folder.resolve()
    for entry in manifest.get("artifacts", []):
        relative = str(entry.get("path", ""))
        path = folder / relative
        if not relative or not path.resolve().is_relative_to(root):
            problems[relative or "?"] = "outside the kit"
            continue
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            problems[relative] = "missing"
            continue
        except OSError:
            problems[relative] = "unreadable"
            continue
        if len(raw) != entry.get("bytes") or hashlib.sha256(raw).hexdigest() != entry.get("sha256"):
            problems[relative] = "changed"
        elif contents is not None:
            contents[relative] = raw
    return problems


def kit_zip(kit: KitSource) -> bytes:
    """Every file the manifest lists, plus the manifest, checked and packed; KitRefused (and
    no bytes) when one is missing or changed."""
    if not kit.manifest:
        raise ExportError(f"{MANIFEST} is missing: the campaign has not finished.")
    contents: dict[str, bytes] = {}
    problems = kit_problems(kit.folder, kit.manifest, contents)
    if problems:
        raise KitRefused(problems)
    try:
        contents[MANIFEST] = (kit.folder / MANIFEST).read_bytes()
    except OSError:
        raise KitRefused({MANIFEST: "missing"}) from None
    stamp = time.localtime(max(kit.created_at, 315_532_800))[:6]  # zip dates start in 1980
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for relative in sorted(contents):
            info = zipfile.ZipInfo(f"{kit.campaign_id}/{relative}", date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, contents[relative])
    return buffer.getvalue()


__all__ = ["KitRefused", "add_to_manifest", "file_entry", "kit_problems", "kit_zip", "zip_name"]
