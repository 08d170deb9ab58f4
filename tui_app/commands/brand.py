"""`campaign-tui brand add|list|show|edit|remove`: brand profiles in the store.

A profile is validated by the brief's own field validators (`core/brands.py`). `add` and
`edit` take flags and/or a JSON file (flags win); `add --from-campaign ID` saves the brand
facts of a campaign's brief; `edit` with neither opens the profile as JSON in `$VISUAL` /
`$EDITOR`, validates it on save, and on an error says what is wrong and keeps the text: it
offers to edit it again (on a terminal) or says where the text was kept.
"""

from __future__ import annotations

import argparse
import os
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from ..core.brands import BrandProfile
from ..core.models import BriefError, CampaignBrief, parse_brief_json, read_brief_file
from ..core.sanitize import for_terminal
from .common import EXIT_OK, EXIT_USAGE, _error, open_for_reading

# flag -> profile field
FLAGS = {
    "website": "client_website",
    "tone": "tone",
    "colors": "brand_colors",
    "cta": "primary_cta",
    "avoid": "avoid",
    "must_include": "must_include",
    "languages": "languages",
    "no_selling": "no_selling",
}


def add_parser(sub, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser("brand", parents=[common], help="saved brand profiles of clients")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    fields = argparse.ArgumentParser(add_help=False)
    fields.add_argument("--file", metavar="JSON", help="read the profile's fields from a file")
    fields.add_argument("--website", help="the client's website (http/https)")
    fields.add_argument("--tone", help="free text, e.g. warm and upbeat")
    fields.add_argument("--colors", metavar="HEX,…", help="brand colours, e.g. #0a7d5a,#f5b700")
    fields.add_argument("--cta", metavar="TEXT", help="the primary call to action")
    fields.add_argument("--avoid", metavar="TEXT,…", help="words or claims never to use")
    fields.add_argument(
        "--must-include", action="append", metavar="LINE", help="a line every asset carries"
    )
    fields.add_argument("--languages", metavar="CODE,…", help="e.g. en,ja")
    fields.add_argument(
        "--no-selling",
        action="store_const",
        const=True,
        default=None,
        help="nothing is sold (no prices, discounts or purchase words)",
    )
    fields.add_argument(
        "--selling", dest="no_selling", action="store_const", const=False, help="undo --no-selling"
    )
    add = actions.add_parser("add", parents=[common, fields], help="save a new brand profile")
    add.add_argument("name", nargs="?", help="the client's name (default: from the file)")
    add.add_argument("--from-campaign", metavar="ID", help="take the facts of a campaign's brief")
    add.add_argument("--replace", action="store_true", help="replace a profile of that name")
    actions.add_parser("list", parents=[common], help="list brand profiles")
    show = actions.add_parser("show", parents=[common], help="show one profile")
    show.add_argument("name")
    show.add_argument("--json", action="store_true", help="print it as JSON (for --file)")
    edit = actions.add_parser(
        "edit", parents=[common, fields], help="change a profile (no flags: in $EDITOR)"
    )
    edit.add_argument("name")
    remove = actions.add_parser("remove", parents=[common], help="forget a profile")
    remove.add_argument("name")


def _flag_values(args) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for flag, name in FLAGS.items():
        value = getattr(args, flag, None)
        if value is not None:
            values[name] = value
    return values


def _file_values(args) -> dict[str, Any]:
    return read_brief_file(args.file) if getattr(args, "file", None) else {}


def _print_errors(exc: BriefError, what: str) -> None:
    print(f"{what}: invalid brand profile", file=sys.stderr)
    for line in exc.lines():
        print(f"  {for_terminal(line, one_line=True)}", file=sys.stderr)


def run(args, loaded) -> int:
    engine = open_for_reading(loaded)
    try:
        return {
            "add": _add,
            "list": _list,
            "show": _show,
            "edit": _edit,
            "remove": _remove,
        }[args.action](engine, args)
    finally:
        engine.close()


def _add(engine, args) -> int:
    from ..core.engine import EngineError

    data: dict[str, Any] = {}
    try:
        if args.from_campaign:
            campaign = engine.get(engine.resolve_id(args.from_campaign))
            data = BrandProfile.from_brief(campaign.brief).to_data()
        data |= _file_values(args) | _flag_values(args)
        if args.name:
            data["name"] = args.name
        profile = BrandProfile.parse(data)
    except EngineError as exc:
        _error(str(exc))
        return EXIT_USAGE
    except BriefError as exc:
        _print_errors(exc, args.name or args.file or "brand")
        return EXIT_USAGE
    if engine.store.brand(profile.name) is not None and not args.replace:
        _error(f"a brand named {profile.name!r} exists; use brand edit, or add --replace")
        return EXIT_USAGE
    engine.store.save_brand(profile)
    print(f"Saved brand {for_terminal(profile.name, one_line=True)}.")
    return EXIT_OK


def _list(engine, args) -> int:
    profiles = engine.store.brands()
    if not profiles:
        print("No brand profiles yet. Save one with: campaign-tui brand add NAME --website URL …")
        return EXIT_OK
    for p in profiles:
        facts = ", ".join(
            part
            for part in (
                p.client_website,
                p.tone,
                f"CTA “{p.primary_cta}”" if p.primary_cta else "",
                ",".join(p.languages),
            )
            if part
        )
        print(for_terminal(f"{p.name:<28} {facts}", one_line=True))
    return EXIT_OK


def _find(engine, name: str) -> BrandProfile | None:
    profile = engine.store.brand(name)
    if profile is None:
        _error(f"no brand named {name!r} (see campaign-tui brand list)")
    return profile


def _show(engine, args) -> int:
    profile = _find(engine, args.name)
    if profile is None:
        return EXIT_USAGE
    text = profile.to_json() if args.json else "\n".join(profile.lines()) + "\n"
    sys.stdout.write(for_terminal(text, one_line=False) if not args.json else text)
    return EXIT_OK


def _edit(engine, args) -> int:
    old = _find(engine, args.name)
    if old is None:
        return EXIT_USAGE
    changes = {}
    try:
        changes = _file_values(args) | _flag_values(args)
    except BriefError as exc:
        _print_errors(exc, args.file)
        return EXIT_USAGE
    if changes:
        try:
            new = BrandProfile.parse(old.to_data() | changes)
        except BriefError as exc:
            _print_errors(exc, args.name)
            return EXIT_USAGE
    else:
        edited = _edit_in_editor(old)
        if edited is None:
            return EXIT_USAGE
        new = edited
    return _replace(engine, old, new)


def _replace(engine, old: BrandProfile, new: BrandProfile) -> int:
    renamed = new.name.casefold() != old.name.casefold()
    if renamed and engine.store.brand(new.name) is not None:
        _error(f"a brand named {new.name!r} exists already; remove it first")
        return EXIT_USAGE
    engine.store.save_brand(new)
    if renamed:
        engine.store.remove_brand(old.name)
    if new == old:
        print(f"No change to brand {for_terminal(new.name, one_line=True)}.")
    else:
        print(f"Saved brand {for_terminal(new.name, one_line=True)}.")
    return EXIT_OK


def editor_command() -> list[str]:
    return shlex.split(os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi")


def _edit_in_editor(profile: BrandProfile) -> BrandProfile | None:
    """The profile as edited in $EDITOR, validated; None when given up (the text is kept)."""
    handle, name = tempfile.mkstemp(prefix="campaign-tui-brand-", suffix=".json")
    path = Path(name)
    os.close(handle)
    text = profile.to_json()
    while True:
        path.write_text(text, encoding="utf-8")
        try:
            subprocess.run([*editor_command(), str(path)], check=True)
        except (OSError, subprocess.CalledProcessError) as exc:
            _error(f"the editor did not run ({exc}); set $EDITOR. Your text is in {path}")
            return None
        text = path.read_text(encoding="utf-8")
        try:
            edited = BrandProfile.parse(parse_brief_json(text, path.name))
        except BriefError as exc:
            _print_errors(exc, profile.name)
            if sys.stdin.isatty() and _ask("Edit again? [Y/n] ") in ("", "y", "yes"):
                continue
            print(f"Nothing saved; your text is kept in {path}", file=sys.stderr)
            return None
        path.unlink(missing_ok=True)
        return edited


class BrandMissing(LookupError):
    """`run --brand NAME` with no such profile, or a profile the briefs cannot take."""


def apply_brand(
    store, name: str | None, briefs: list[CampaignBrief]
) -> tuple[list[CampaignBrief], str | None]:
    """The briefs filled from a saved profile (`BrandProfile.apply`), and its name."""
    if not name:
        return briefs, None
    profile = store.brand(name)
    if profile is None:
        raise BrandMissing(f"no brand named {name!r} (see campaign-tui brand list)")
    try:
        return [profile.apply(brief) for brief in briefs], profile.name
    except BriefError as exc:
        raise BrandMissing(f"brand {profile.name}: {exc}") from None


def _ask(question: str) -> str:
    try:
        return input(question).strip().lower()
    except EOFError:
        return "n"


def _remove(engine, args) -> int:
    profile = _find(engine, args.name)
    if profile is None:
        return EXIT_USAGE
    engine.store.remove_brand(profile.name)
    print(
        f"Removed brand {for_terminal(profile.name, one_line=True)}; campaigns made with it "
        "keep their briefs."
    )
    return EXIT_OK


__all__ = ["BrandMissing", "add_parser", "apply_brand", "editor_command", "run"]
