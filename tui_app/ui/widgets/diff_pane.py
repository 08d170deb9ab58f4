"""One side of the compare view: a text with line numbers, changed lines highlighted, scrolling
in step with the other side.

Both sides are laid out together (`side_by_side`): each aligned row (`core.compare.align`) is
wrapped to the panes' width and padded to the taller side, so row N of one pane is always row
N of the other, and setting one pane's scroll offset on the other keeps the same text facing.
A Line-API widget, like the campaign table: only the visible lines are drawn.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ...core.compare import Row

Kind = Literal["same", "changed", "filler"]


@dataclass(frozen=True, slots=True)
class Line:
    """A line as a pane draws it: its number in the file (blank on a wrapped line's
    continuation and on fillers), its text, and what it is."""

    number: str
    text: str
    kind: Kind


def _wrap(text: str, width: int, console: Console) -> list[str]:
    if not text:
        return [""]
    lines = Text(text, no_wrap=False).wrap(console, width, overflow="fold")
    return [line.plain.rstrip() for line in lines] or [""]


def side_by_side(
    rows: Sequence[Row],
    left: Sequence[str],
    right: Sequence[str],
    width: int,
    console: Console,
) -> tuple[list[Line], list[Line]]:
    """Both panes' lines for aligned `rows` of `left` and `right`, wrapped to `width` cells;
    the two lists are always the same length."""
    width = max(1, width)
    out_left: list[Line] = []
    out_right: list[Line] = []
    for row in rows:
        sides = []
        for index, lines in ((row.left, left), (row.right, right)):
            if index is None:
                sides.append((None, [""]))
            else:
                sides.append((index, _wrap(lines[index], width, console)))
        height = max(len(chunks) for _, chunks in sides)
        for (index, chunks), out in zip(sides, (out_left, out_right), strict=True):
            kind: Kind = "filler" if index is None else ("changed" if row.changed else "same")
            for k in range(height):
                number = str(index + 1) if index is not None and k == 0 else ""
                text = chunks[k] if k < len(chunks) else ""
                out.append(Line(number, text, kind))
    return out_left, out_right


class DiffPane(ScrollView, can_focus=True):
    """A text of one campaign; scrolling it scrolls `partner` to the same line."""

    COMPONENT_CLASSES = {
        "diff-pane--number",
        "diff-pane--removed",
        "diff-pane--added",
        "diff-pane--filler",
    }

    def __init__(self, side: Literal["left", "right"], **kwargs) -> None:
        super().__init__(**kwargs)
        self.side = side
        self.partner: DiffPane | None = None
        self.lines: list[Line] = []
        self._gutter = 1
        self._strips: dict[int, Strip] = {}

    def show(self, lines: list[Line], gutter: int) -> None:
        """Draw these lines (already wrapped to the pane's width), numbers `gutter` wide."""
        self.lines = lines
        self._gutter = gutter
        self._strips.clear()
        self.virtual_size = Size(self.scrollable_content_region.width, len(lines))
        self.refresh()

    @property
    def changed_lines(self) -> int:
        """How many lines of this side's file are marked as changed."""
        return sum(1 for line in self.lines if line.kind == "changed" and line.number)

    def restyle(self) -> None:
        self._strips.clear()
        self.refresh()

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        partner = self.partner
        # exact, not rounded: during an animation the partner follows every frame, and it
        # ends where this pane ends (the partner's own watch sees equal values and stops)
        if partner is not None and partner.scroll_y != new_value:
            partner.scroll_to(y=new_value, animate=False, immediate=True)

    def _background(self, kind: Kind) -> Style:
        if kind == "same":
            return self.rich_style
        name = kind if kind == "filler" else ("removed" if self.side == "left" else "added")
        full = self.get_component_rich_style(f"diff-pane--{name}")
        return self.rich_style + Style(bgcolor=full.bgcolor, color=full.color)

    def render_line(self, y: int) -> Strip:
        index = y + self.scroll_offset.y
        width = self.scrollable_content_region.width
        if not 0 <= index < len(self.lines):
            return Strip.blank(width, self.rich_style)
        cached = self._strips.get(index)
        if cached is not None and cached.cell_length == width:
            return cached
        line = self.lines[index]
        base = self._background(line.kind)
        number_style = base + Style(color=self.get_component_rich_style("diff-pane--number").color)
        text = line.text if line.kind != "filler" else ""
        segments = [
            Segment(line.number.rjust(self._gutter) + " ", number_style),
            Segment(text, base),
        ]
        strip = Strip(segments).crop_extend(0, width, base)
        self._strips[index] = strip
        return strip

    def on_resize(self) -> None:
        self._strips.clear()


__all__ = ["DiffPane", "Line", "side_by_side"]
