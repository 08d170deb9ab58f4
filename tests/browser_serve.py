"""`campaign-tui serve` in a real browser: the server as a child process, Playwright driving
the system Chromium (never a downloaded browser), and the terminal's text read from the
websocket frames the page receives (xterm.js draws on a canvas, so the DOM holds no text).

Used by tests/test_serve.py and screenshots/browser.py.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[()][A-Za-z0-9]|\x1b[=>]")


def chromium_path() -> str | None:
    return os.environ.get("CHROMIUM") or shutil.which("chromium")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def serving(data_dir: Path, port: int, timeout: float = 30.0) -> Iterator[subprocess.Popen]:
    """`campaign-tui serve` on 127.0.0.1:port until the block ends (its process group is
    stopped then: the server and the app processes it started)."""
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tui_app",
            "serve",
            "--port",
            str(port),
            "--data-dir",
            str(data_dir),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + timeout
        while True:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.5):
                break
            if process.poll() is not None or time.monotonic() > deadline:
                output = process.stdout.read().decode(errors="replace") if process.stdout else ""
                raise RuntimeError(f"serve did not start: {output[-2000:]}")
            time.sleep(0.1)
        yield process
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)


@dataclass
class BrowserView:
    """A page showing the served app: what it requested and what the terminal received."""

    page: object
    requests: list[str] = field(default_factory=list)
    frames: list[bytes] = field(default_factory=list)

    def text(self) -> str:
        raw = b"".join(self.frames).decode("utf-8", "replace")
        return ANSI.sub("", raw)

    def wait_for_text(self, needle: str, timeout: float = 30.0) -> None:
        self.wait_for_any([needle], timeout)

    def wait_for_any(self, needles: list[str], timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while not any(needle in self.text() for needle in needles):
            if time.monotonic() > deadline:
                raise AssertionError(f"none of {needles!r} reached the browser")
            self.page.wait_for_timeout(100)  # type: ignore[attr-defined]

    def press_until(self, key: str, needle: str, attempts: int = 3, each: float = 15.0) -> None:
        """Press `key` until `needle` shows. Under load the first key can reach the page before
        its terminal has focus and be lost (seen once in CI: 'n' opened no form), so the key is
        pressed again, after a click that focuses the terminal, while the screen shows nothing
        new."""
        for attempt in range(attempts):
            if attempt:
                self.page.mouse.click(5, 5)  # type: ignore[attr-defined]
            self.press(key)
            try:
                self.wait_for_text(needle, each)
                return
            except AssertionError:
                if attempt == attempts - 1:
                    raise

    def press(self, *keys: str) -> None:
        for key in keys:
            self.page.keyboard.press(key)  # type: ignore[attr-defined]
            self.page.wait_for_timeout(150)  # type: ignore[attr-defined]


@contextlib.contextmanager
def browser_view(url: str, width: int = 1280, height: int = 800) -> Iterator[BrowserView]:
    """Chromium (headless, the system's) open on the served app."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium_path(), args=["--no-sandbox"], headless=True
        )
        try:
            page = browser.new_page(viewport={"width": width, "height": height})
            view = BrowserView(page)
            page.on("request", lambda request: view.requests.append(request.url))
            page.on(
                "websocket",
                lambda ws: ws.on(
                    "framereceived",
                    lambda frame: view.frames.append(
                        frame if isinstance(frame, bytes) else frame.encode()
                    ),
                ),
            )
            page.goto(url)
            page.locator("#terminal").click()
            yield view
        finally:
            browser.close()
