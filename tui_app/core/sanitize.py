"""Text from storage on its way to a terminal or an XML file: nothing in it can act.

Briefs are validated on the way in (no control characters), but stored data also comes from
older versions, hand-edited databases and model output, so everything printed to a terminal
or written into SVG goes through these too: an ESC in a campaign name must never clear the
user's screen.
"""

from __future__ import annotations

import re

# C0 controls except tab and newline, DEL, C1 controls, lone surrogates, bidi overrides
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]")
_UNSAFE_ONE_LINE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]")
# characters XML 1.0 does not allow at all
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _visible(match: re.Match[str]) -> str:
    return (
        f"\\x{ord(match.group(0)):02x}"
        if ord(match.group(0)) < 0x100
        else (f"\\u{ord(match.group(0)):04x}")
    )


def for_terminal(text: object, *, one_line: bool = False) -> str:
    """`text` with every control character shown as an escape (\\x1b), never acted on."""
    value = str(text)
    pattern = _UNSAFE_ONE_LINE if one_line else _UNSAFE
    return pattern.sub(_visible, value)


def for_xml(text: str) -> str:
    """`text` without the characters XML 1.0 forbids (escaping is the template's job)."""
    return _NOT_XML.sub("", text)


__all__ = ["for_terminal", "for_xml"]
