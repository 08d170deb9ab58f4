"""Text styles from a widget's component classes, resolved against its real background.

`get_component_rich_style(partial=True)` leaves colours like `$text-muted` ("auto 60%") with
nothing to resolve against, and they come out near white, unreadable in a light theme. The
full style resolves them against the widget's background; dropping that background again
lets the text sit on whatever row (zebra stripe, cursor) it is drawn on.
"""

from __future__ import annotations

from rich.style import Style
from textual.dom import DOMNode


def text_style(node: DOMNode, component: str) -> Style:
    """The foreground and text attributes of a component class, without its background.

    A plain style while the widget is being torn down (its component styles are gone then,
    and a last repaint must not raise)."""
    try:
        full = node.get_component_rich_style(component)
        declared = node.get_component_styles(component).has_rule("color")
    except KeyError:
        return Style()
    return Style(
        # a class without a colour of its own keeps the text's colour (not an inherited guess)
        color=full.color if declared else None,
        bold=full.bold,
        dim=full.dim,
        italic=full.italic,
        underline=full.underline,
        reverse=full.reverse,
        strike=full.strike,
    )
