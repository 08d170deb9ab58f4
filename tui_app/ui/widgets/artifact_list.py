"""Every artifact of the selected campaign with its absolute path; the website first."""

from __future__ import annotations

from pathlib import Path

from rich.table import Table
from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ...core.models import Artifact
from ..text_style import text_style

KIND_ORDER = {
    "website": 0, "landing": 0, "document": 1, "report": 2, "table": 3, "image": 4, "brief": 5,
    "manifest": 6, "data": 7,
}  # fmt: skip


def human_size(n: int) -> str:
    if n < 1024:
        return f"{n} B"
    if n < 1024 * 1024:
        return f"{n / 1024:.1f} KB"
    return f"{n / 1024 / 1024:.1f} MB"


def ordered(artifacts: list[Artifact]) -> list[Artifact]:
    return sorted(artifacts, key=lambda a: (KIND_ORDER.get(a.kind, 9), a.path))


class ArtifactList(OptionList):
    """Options keyed by path; `highlighted_path` is what v/e/y act on."""

    COMPONENT_CLASSES = {"artifact-list--website", "artifact-list--kind", "artifact-list--path"}

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.artifacts: list[Artifact] = []
        self._paths: list[str] = []

    def _prompt(self, artifact: Artifact) -> Table:
        website = artifact.kind == "website"
        grid = Table.grid(padding=(0, 1), expand=True)
        grid.add_column(width=2)
        grid.add_column(ratio=1)
        grid.add_column(width=9)
        grid.add_column(width=9, justify="right")
        name_style = text_style(self, "artifact-list--website") if website else ""
        kind_style = text_style(self, "artifact-list--kind")
        path_style = text_style(self, "artifact-list--path")
        label = Text()
        label.append(Path(artifact.path).name, name_style)
        label.append("\n")
        label.append(artifact.path, path_style)
        grid.add_row(
            "🌐" if website else "·",
            label,
            Text(artifact.kind, kind_style),
            human_size(artifact.bytes),
        )
        return grid

    def restyle(self) -> None:
        """Build the options again (the theme changed)."""
        artifacts, self.artifacts, self._paths = self.artifacts, [], []
        self.show(artifacts)

    def show(self, artifacts: list[Artifact]) -> None:
        artifacts = ordered(artifacts)
        paths = [a.path for a in artifacts]
        if paths == self._paths and [a.sha256 for a in artifacts] == [
            a.sha256 for a in self.artifacts
        ]:
            return
        keep = self.highlighted_path
        had_website = self.website_path is not None
        self.artifacts = artifacts
        self._paths = paths
        self.clear_options()
        self.add_options(Option(self._prompt(a), id=a.path) for a in artifacts)
        if artifacts:
            # the website takes the highlight when it appears; otherwise keep the user's place
            new_website = not had_website and self.website_path is not None
            self.highlighted = paths.index(keep) if keep in paths and not new_website else 0

    @property
    def highlighted_path(self) -> str | None:
        if self.highlighted is None or not self._paths:
            return None
        if self.highlighted >= len(self._paths):
            return None
        return self._paths[self.highlighted]

    @property
    def website_path(self) -> str | None:
        return next((a.path for a in self.artifacts if a.kind == "website"), None)
