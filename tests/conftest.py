"""Shared fixtures. Every test gets temporary XDG dirs, HOME and TMPDIR: nothing touches the
real home, and files a command keeps for the user (an edit that failed to parse) stay in the
test's own dirs."""

from __future__ import annotations

import tempfile

import pytest

from tui_app.core.models import CampaignBrief


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    scratch = home / "tmp"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    for key in list(__import__("os").environ):
        if key.startswith("CAMPAIGN_TUI_"):
            monkeypatch.delenv(key)
    # getpass.getuser() reads these in this order: pin the default brief user everywhere
    for key in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        monkeypatch.setenv(key, "tester")
    return home


@pytest.fixture
def data_dir(tmp_path):
    return tmp_path / "data"


def make_brief(**overrides) -> CampaignBrief:
    fields = {
        "product": "Acme Rocket Skates",
        "client": "Acme Corp",
        "target_audience": "Road runners and desert commuters aged 25-45",
        "goals": ["Drive online sales", "Build brand awareness"],
        "key_features": ["Jet-assisted acceleration", "Desert-proof wheels", "One-touch brakes"],
        "budget": "10000 USD",
        "timeline": "6 weeks",
        "tone": "creative",
        "user": "tester",
        "channels": ["email", "instagram", "x", "search_ads", "website"],
    }
    fields.update(overrides)
    return CampaignBrief.parse(fields)


@pytest.fixture
def brief() -> CampaignBrief:
    return make_brief()
