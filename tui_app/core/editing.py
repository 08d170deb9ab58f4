"""A step's section as a file a marketer edits by hand: YAML, with what to do at the top, and
what was wrong with the last save there too, so nothing they typed is ever lost.

YAML (PyYAML) rather than JSON: no quotes or commas to get wrong around every line of copy,
lists read as lists, and long texts fold as block scalars.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from .files import write_text_atomic

_HEADER = """\
# {title}: edit the text below, save and close the editor.
# Keep the structure (the names before the colons, the dashes of lists); change the words.
# The edited section is checked against its model before the campaign goes on.
"""
_PROBLEMS = "# ⚠ Fix these, then save again (your text below is as you left it):\n"


@functools.cache
def _dumper() -> type:
    """A YAML dumper that writes texts with line breaks as block scalars (made on first use:
    PyYAML is imported only when someone edits, not at every start-up)."""
    import yaml

    def block_strings(dumper: yaml.SafeDumper, text: str) -> yaml.ScalarNode:
        style = "|" if "\n" in text else None
        return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)

    class Dumper(yaml.SafeDumper):
        pass

    Dumper.add_representer(str, block_strings)
    return Dumper


def edit_text(title: str, content: BaseModel) -> str:
    """The section as the file the editor opens."""
    import yaml

    body = yaml.dump(
        content.model_dump(mode="json"),
        Dumper=_dumper(),
        allow_unicode=True,
        sort_keys=False,
        width=96,
    )
    return _HEADER.format(title=title) + "\n" + body


def with_problems(text: str, problems: list[str]) -> str:
    """The user's text kept whole, with the problems of their last save on top."""
    kept = "\n".join(line for line in text.splitlines() if not line.startswith("# ⚠ "))
    kept = kept.removeprefix(_PROBLEMS)
    lines = "".join(f"# ⚠ {p}\n" for p in problems)
    return _PROBLEMS + lines + kept + ("\n" if not kept.endswith("\n") else "")


def read_edit(text: str, schema: type[BaseModel]) -> tuple[dict[str, Any] | None, list[str]]:
    """The edited section (validated) or the problems, one readable line each."""
    import yaml

    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
        problem = getattr(exc, "problem", None) or "the file is not valid YAML"
        return None, [f"{problem}{where}"]
    if not isinstance(data, dict):
        return None, ["the file must hold the section's fields (name: value lines)"]
    # a misspelt name would otherwise be dropped without a word
    known = ", ".join(schema.model_fields)
    problems = [
        f"{name}: not a field of this section (its fields: {known})"
        for name in data
        if name not in schema.model_fields
    ]
    try:
        content = schema.model_validate(data).model_dump(mode="json")
    except ValidationError as exc:
        for error in exc.errors():
            where = ".".join(str(p) for p in error.get("loc", ())) or "section"
            problems.append(f"{where}: {error.get('msg', 'invalid')}")
        content = None
    return (None, problems[:12]) if problems else (content, [])


def write_edit_file(path: Path, text: str) -> Path:
    write_text_atomic(path, text)
    return path


__all__ = ["edit_text", "read_edit", "with_problems", "write_edit_file"]
