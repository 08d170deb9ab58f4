"""`campaign-tui export` on campaigns the workflow really ran: every format for every sample,
artifacts recorded, the manifest refreshed, a damaged kit refused with nothing written."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest
from icalendar import Calendar

from tui_app import cli
from tui_app.core.exports import read_calendar_csv
from tui_app.core.exports.bundle import zip_name
from tui_app.core.store import CampaignStore
from tui_app.samples import samples


def run_cli(*args: str) -> int:
    return cli.main(list(args))


@pytest.fixture(scope="module")
def campaigns(tmp_path_factory):
    """Every sample, run once by the real workflow (offline)."""
    data_dir = tmp_path_factory.mktemp("export-data")
    code = run_cli("run", *samples(), "--data-dir", str(data_dir))
    assert code in (0, 3)  # done, or done with warnings
    store = CampaignStore(data_dir / "campaigns.db")
    try:
        yield data_dir, store.list_campaigns()
    finally:
        store.close()


def test_export_all_for_every_sample_records_artifacts_and_parses_back(campaigns, capsys):
    data_dir, stored = campaigns
    for campaign in stored:
        capsys.readouterr()
        assert run_cli("export", campaign.id, "--data-dir", str(data_dir)) == 0
        out = capsys.readouterr().out
        folder = Path(campaign.website_path).parent
        assert str(folder / "content_calendar.ics") in out
        store = CampaignStore(data_dir / "campaigns.db")
        try:
            recorded = {
                Path(a.path).relative_to(folder).as_posix(): a for a in store.artifacts(campaign.id)
            }
        finally:
            store.close()
        assert {"content_calendar.ics", "social_posts_schedule.csv", zip_name(campaign.id)} <= set(
            recorded
        )
        manifest = json.loads((folder / "manifest.json").read_text())
        listed = {e["path"]: e["sha256"] for e in manifest["artifacts"]}
        for path, artifact in recorded.items():
            raw = (folder / path).read_bytes()
            assert artifact.sha256 == hashlib.sha256(raw).hexdigest(), path  # `show` sees no change
            if path not in ("manifest.json", zip_name(campaign.id)):
                assert listed[path] == artifact.sha256, path
        events = list(
            Calendar.from_ical((folder / "content_calendar.ics").read_bytes()).walk("VEVENT")
        )
        calendar = read_calendar_csv((folder / "content_calendar.csv").read_text())
        assert len(events) == len(calendar) > 0
        channels = {c.value for c in campaign.brief.channels}
        assert (folder / "search_ads_google_ads_editor.csv").exists() == ("search_ads" in channels)
        assert bool(list(folder.glob("emails/*.eml"))) == ("email" in channels)
        with zipfile.ZipFile(folder / zip_name(campaign.id)) as archive:
            assert f"{campaign.id}/content_calendar.ics" in archive.namelist()
        assert run_cli("show", campaign.id, "--data-dir", str(data_dir)) == 0
        assert "CHANGED" not in capsys.readouterr().out


def test_export_one_format_into_another_folder(campaigns, tmp_path, capsys):
    data_dir, stored = campaigns
    campaign = stored[0]
    out = tmp_path / "handoff"
    assert run_cli("export", campaign.id[-5:], "--format", "ics", "--out", str(out),
                   "--data-dir", str(data_dir)) == 0  # fmt: skip
    assert [p.name for p in out.iterdir()] == ["content_calendar.ics"]


def test_a_format_the_campaign_has_nothing_for_says_so(campaigns, capsys):
    data_dir, stored = campaigns
    campaign = next(c for c in stored if "search_ads" not in {ch.value for ch in c.brief.channels})
    capsys.readouterr()
    assert run_cli("export", campaign.id, "--format", "ads-csv", "--data-dir", str(data_dir)) == 1
    assert "no search ads" in capsys.readouterr().out


def test_a_kit_with_a_missing_or_changed_file_is_not_zipped(campaigns, capsys):
    data_dir, stored = campaigns
    campaign = stored[-1]
    folder = Path(campaign.website_path).parent
    (folder / zip_name(campaign.id)).unlink(missing_ok=True)
    (folder / "strategy.md").write_text("edited by hand\n")
    (folder / "hero.svg").unlink()
    capsys.readouterr()
    assert run_cli("export", campaign.id, "--format", "zip", "--data-dir", str(data_dir)) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "strategy.md (changed)" in err and "hero.svg (missing)" in err
    assert not (folder / zip_name(campaign.id)).exists()


def test_export_of_an_unknown_or_unfinished_campaign_is_one_line(data_dir, capsys):
    assert run_cli("export", "nope", "--data-dir", str(data_dir)) == 2
    assert capsys.readouterr().err.startswith("campaign-tui: No campaign")
