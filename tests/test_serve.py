"""`campaign-tui serve`: localhost by default, no external request, a one-line message
without the extra, and the real app working in headless Chromium.

The browser test needs Playwright (the `test` extra) and Chromium (Debian's `chromium`,
installed by .ci/run); where either is missing it is skipped with the reason, except under
CI (`CI=true`), where that is a failure.
"""

from __future__ import annotations

import builtins
import importlib.util
import os
import time
from pathlib import Path

import pytest

from tui_app import cli
from tui_app.commands import serve
from tui_app.core.store import CampaignStore
from tui_app.samples import samples

from .browser_serve import browser_view, chromium_path, free_port, serving


def need(condition: object, reason: str) -> None:
    if condition:
        return
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI must install it: see .ci/run)")
    pytest.skip(reason)


def test_without_the_web_extra_serve_is_one_line_with_the_pip_command(monkeypatch, capsys):
    real_import = builtins.__import__

    def no_textual_serve(name, *args, **kwargs):
        if name.startswith("textual_serve"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_textual_serve)
    assert cli.main(["serve"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "pip install 'campaign-tui[web]'" in err


def test_the_page_template_loads_nothing_from_another_host(tmp_path):
    need(importlib.util.find_spec("textual_serve"), "textual-serve is not installed")
    import textual_serve

    package = Path(textual_serve.__file__).parent
    assert "fonts.googleapis.com" in (package / "templates" / "app_index.html").read_text()
    page = (serve.local_template_dir(package, tmp_path) / "app_index.html").read_text()
    assert "googleapis" not in page and "fonts/RobotoMono-VariableFont_wght.ttf" in page
    fake = tmp_path / "fake"
    (fake / "templates").mkdir(parents=True)
    (fake / "templates" / "app_index.html").write_text('<script src="https://cdn.example/x.js">')
    with pytest.raises(RuntimeError, match=r"cdn\.example"):
        serve.local_template_dir(fake, tmp_path / "out")


@pytest.mark.parametrize(
    ("host", "local"),
    [("127.0.0.1", True), ("localhost", True), ("::1", True), ("0.0.0.0", False),
     ("192.168.1.5", False), ("example.com", False)],
)  # fmt: skip
def test_loopback_hosts(host, local):
    assert serve.is_loopback(host) is local


@pytest.mark.parametrize("host", ["127.0.0.1", "0.0.0.0"])
def test_serve_says_where_it_binds_and_warns_off_localhost(host, monkeypatch, capsys, data_dir):
    need(importlib.util.find_spec("textual_serve"), "textual-serve is not installed")
    started = {}

    class FakeServer:
        def __init__(self, command, **kwargs):
            started.update(kwargs, command=command)

        def serve(self):
            started["served"] = True

    monkeypatch.setattr("textual_serve.server.Server", FakeServer)
    assert cli.main(["serve", "--host", host, "--data-dir", str(data_dir)]) == 0
    out, err = capsys.readouterr()
    assert started["served"] and started["host"] == host and started["port"] == 8000
    assert "--data-dir" in started["command"] and str(data_dir.resolve()) in started["command"]
    if host == "127.0.0.1":
        assert "this machine only" in out and not err
    else:
        assert "Warning" in err and "no login" in err


def test_the_app_works_in_headless_chromium_with_no_external_request(data_dir):
    need(importlib.util.find_spec("textual_serve"), "textual-serve is not installed")
    need(importlib.util.find_spec("playwright"), "Playwright is not installed (pip: playwright)")
    need(chromium_path(), "Chromium is not installed (Debian: apt-get install chromium)")
    port = free_port()
    origin = f"127.0.0.1:{port}"
    with serving(data_dir, port), browser_view(f"http://{origin}/") as view:
        view.wait_for_text("No campaigns yet")  # the dashboard renders
        view.press_until("n", "Start from a sample")  # n opens the form
        # each step waits for what it shows: under load a key pressed before the screen
        # has caught up would go to the wrong widget
        view.press("Enter")
        view.wait_for_any([f"{b.product} — " for b in samples().values()])  # the list is open
        view.press("ArrowDown", "Enter")
        clients = [brief.client for brief in samples().values()]
        view.wait_for_any(clients)  # the form is filled from the sample
        view.press("Control+s")
        view.wait_for_text("Campaign created")
        store = CampaignStore(data_dir / "campaigns.db")
        try:
            deadline = time.monotonic() + 60
            while not any(c.status.is_finished for c in store.list_campaigns()):
                assert time.monotonic() < deadline, "the campaign never finished"
                time.sleep(0.2)
            (campaign,) = store.list_campaigns()
        finally:
            store.close()
        view.wait_for_text("15/15")
        assert campaign.steps_done == 15
        assert view.requests and all(
            url.startswith((f"http://{origin}/", f"ws://{origin}/")) for url in view.requests
        ), view.requests
