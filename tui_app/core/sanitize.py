"""Text from storage on its way to a terminal or an XML file: nothing in it can act.

Briefs are validated on the way in (no control characters), but stored data also comes from
older versions, hand-edited databases and model output, so everything printed to a terminal
or written into SVG goes through these too: an ESC in a campaign name must never clear the
user's screen.
"""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit, urlunsplit

# C0 controls except tab and newline, DEL, C1 controls, lone surrogates, bidi overrides
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]")
# … and, on one line, also the Unicode line and paragraph separators (U+2028, U+2029)
_UNSAFE_ONE_LINE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u2028-\u202e\u2066-\u2069]")
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


# -- links in HTML --------------------------------------------------------------------------

_STRAY_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
_PATH_SAFE = "/:@!$&'()*+,;=-._~%"
_QUERY_SAFE = _PATH_SAFE + "?"


def safe_href(url: str) -> str | None:
    """The client's website as a valid, percent-encoded http(s) URL for an `href`; None when
    it is not an http(s) URL with a host (so never javascript: or data:).

    Credentials in the URL are dropped, an international host is IDNA-encoded, and `<`, `"`,
    spaces, non-ASCII and stray `%` in the path, query and fragment are percent-encoded.
    """
    try:
        parts = urlsplit((url or "").strip())
        port = parts.port
    except ValueError:
        return None
    scheme, host = parts.scheme.lower(), parts.hostname or ""
    if scheme not in ("http", "https") or not host:
        return None
    if not host.isascii():
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError:
            return None
    if not re.fullmatch(r"[a-z0-9.:_-]+", host):
        return None
    if ":" in host:  # an IPv6 literal
        host = f"[{host}]"
    netloc = host + (f":{port}" if port else "")

    def encode(part: str, safe: str) -> str:
        return quote(_STRAY_PERCENT.sub("%25", part), safe=safe)

    return urlunsplit(
        (
            scheme,
            netloc,
            encode(parts.path, _PATH_SAFE),
            encode(parts.query, _QUERY_SAFE),
            encode(parts.fragment, _QUERY_SAFE),
        )
    )
