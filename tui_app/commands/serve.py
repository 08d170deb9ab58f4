"""`campaign-tui serve [--host 127.0.0.1] [--port 8000]`: the same TUI in a web browser.

textual-serve (the optional extra `campaign-tui[web]`) runs one `campaign-tui` process per
browser tab and streams it over a websocket. It binds to 127.0.0.1 by default, so only this
machine can open it: there is no login, and whoever reaches the port can create, read and
export campaigns. Binding anywhere else prints a warning saying so.

No request leaves the machine: textual-serve's page loads its font from Google Fonts, so the
page is served from a copy of its template that loads the same font (Roboto Mono, shipped
inside textual-serve) from the local server instead (`local_template_dir`).
"""

from __future__ import annotations

import argparse
import ipaddress
import re
import shlex
import sys
import tempfile
from pathlib import Path

from .common import EXIT_OK, EXIT_USAGE, _error

INSTALL = "pip install 'campaign-tui[web]'"
FONT_LINK = re.compile(r"<link[^>]*fonts\.googleapis\.com[^>]*>", re.S)
LOCAL_FONT = """<style>
      @font-face {
        font-family: "Roboto Mono";
        font-style: normal;
        src: url("{{ config.static.url }}fonts/RobotoMono-VariableFont_wght.ttf");
      }
      @font-face {
        font-family: "Roboto Mono";
        font-style: italic;
        src: url("{{ config.static.url }}fonts/RobotoMono-Italic-VariableFont_wght.ttf");
      }
    </style>"""
# what may still name another host in the template: the SVG namespace, never fetched
_HARMLESS = ("http://www.w3.org/",)


def add_parser(sub, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser(
        "serve",
        parents=[common],
        help="serve the TUI in a web browser (needs campaign-tui[web])",
        description="Serve the app in a web browser with textual-serve. Binds to 127.0.0.1 "
        "(this machine only) unless --host says otherwise; there is no login.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="port (default 8000)")


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def local_template_dir(package_dir: Path, target: Path) -> Path:
    """A copy of textual-serve's templates whose page fetches nothing from another host.

    RuntimeError if the template links anything else outside the server (a newer
    textual-serve), so an external request can never slip in unnoticed."""
    source = (package_dir / "templates" / "app_index.html").read_text(encoding="utf-8")
    page = FONT_LINK.sub(LOCAL_FONT, source)
    leftover = [
        url
        for url in re.findall(r"""(?:https?:)?//[^\s"'<>)]+""", page)
        if not url.startswith(_HARMLESS)
    ]
    if leftover:
        raise RuntimeError(f"textual-serve's page loads {leftover[0]}; cannot serve it offline")
    target.mkdir(parents=True, exist_ok=True)
    (target / "app_index.html").write_text(page, encoding="utf-8")
    return target


def app_command(args) -> str:
    """The command each browser tab runs: this Python, this package, the same data and
    config flags (so the browser shows the same campaigns as the terminal)."""
    parts = [sys.executable, "-m", "tui_app"]
    for flag in ("data_dir", "config"):
        value = getattr(args, flag, None)
        if value:
            parts += [f"--{flag.replace('_', '-')}", str(Path(value).expanduser().resolve())]
    return shlex.join(parts)


def run(args, loaded) -> int:
    try:
        import textual_serve
        from textual_serve.server import Server
    except ImportError:
        _error(f"serve needs the web extra: {INSTALL}")
        return EXIT_USAGE
    if not 0 < args.port < 65536:
        _error(f"--port {args.port} is not a port (1-65535)")
        return EXIT_USAGE
    templates = local_template_dir(
        Path(textual_serve.__file__).parent, Path(tempfile.mkdtemp(prefix="campaign-tui-web-"))
    )
    host = args.host
    shown = f"[{host}]" if ":" in host else host
    url = f"http://{shown}:{args.port}"
    if is_loopback(host):
        print(f"Serving Campaign TUI on {url} — this machine only ({host}).")
    else:
        print(
            f"Warning: binding to {host} makes the app reachable from other machines; there "
            "is no login, so anyone who reaches this port can create, read and export "
            "campaigns. Use --host 127.0.0.1 to keep it on this machine.",
            file=sys.stderr,
        )
        print(f"Serving Campaign TUI on {url}.")
    print("Open it in a browser; Ctrl+C stops the server.", flush=True)
    server = Server(
        app_command(args),
        host=host,
        port=args.port,
        title="Campaign TUI",
        templates_path=templates,
    )
    server.serve()
    return EXIT_OK
