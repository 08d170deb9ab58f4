"""The exports, read back with the parsers their users' tools rely on, over every sample,
briefs from other fields (other languages and currencies) and hostile briefs whose every text
holds quotes, commas, newlines and markup."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date, datetime, timedelta
from email import policy
from email.parser import BytesParser

import pytest
from icalendar import Calendar

from tui_app.core.exports.ads import COLUMNS as AD_COLUMNS
from tui_app.core.exports.ads import search_ads_csv
from tui_app.core.exports.bundle import KitRefused, zip_name
from tui_app.core.exports.emails import email_files
from tui_app.core.exports.ics import ICS_FILE, calendar_ics
from tui_app.core.exports.run import export_kit
from tui_app.core.exports.social import COLUMNS as SOCIAL_COLUMNS
from tui_app.core.exports.social import SOCIAL_FILE, social_schedule_csv
from tui_app.core.exports.source import scheduled_items
from tui_app.core.models import campaign_start

from .export_kits import CREATED_AT, HOSTILE, export_briefs, write_kit
from .html_pages import external_requests, parse

BRIEFS = export_briefs()


@pytest.fixture(scope="module", params=sorted(BRIEFS))
def kit(request, tmp_path_factory):
    brief, sections = BRIEFS[request.param]
    folder = tmp_path_factory.mktemp(request.param)
    return write_kit(folder / "campaign", brief, sections, f"campaign_{request.param}")


def test_the_cases_cover_other_fields_languages_and_currencies():
    briefs = [brief for brief, _ in BRIEFS.values()]
    assert len(briefs) >= 20
    assert {"ja", "ar", "fr"} <= {code for b in briefs for code in b.rules.languages}
    assert len({b.budget.currency for b in briefs}) >= 6


# -- calendar ----------------------------------------------------------------------------


def test_every_calendar_entry_round_trips_on_its_date(kit):
    parsed = Calendar.from_ical(calendar_ics(kit))
    events = list(parsed.walk("VEVENT"))
    items = scheduled_items(kit)
    assert len(events) == len(kit.calendar) == len(items) > 0
    assert len({str(e["UID"]) for e in events}) == len(events)
    for event, item in zip(events, items, strict=True):
        start = event.decoded("DTSTART")
        assert type(start) is date  # all-day: DTSTART;VALUE=DATE
        assert start == kit.start + timedelta(days=item.entry.date_offset_days)
        assert event.decoded("DTEND") == start + timedelta(days=1)
        assert event["DTSTAMP"].dt.tzinfo is not None
        assert str(event["SUMMARY"]) and "\n" not in str(event["SUMMARY"])
        assert event["CATEGORIES"].cats
        description = str(event["DESCRIPTION"])
        if item.post is not None:
            assert item.post.full_text in description  # the whole post, not the snippet
        elif item.email is not None:
            assert item.email.body.strip() in description


def test_posts_and_emails_find_their_calendar_entries(kit):
    items = scheduled_items(kit)
    posts = kit.social.posts if kit.social else []
    emails = kit.copy.emails if kit.copy else []
    assert sum(item.post is not None for item in items) == len(posts)
    assert sum(item.email is not None for item in items) == len(emails)


def test_exporting_again_gives_the_same_calendar():
    brief, sections = BRIEFS["solar_backpack"]
    first = calendar_ics(write_kit_tmp(brief, sections))
    assert calendar_ics(write_kit_tmp(brief, sections)) == first


def write_kit_tmp(brief, sections):
    import tempfile
    from pathlib import Path

    return write_kit(Path(tempfile.mkdtemp()) / "c", brief, sections, "campaign_same")


def test_the_start_date_is_the_briefs_or_the_monday_after_creation():
    hostile, _ = BRIEFS["hostile"]
    assert campaign_start(hostile.start_date, CREATED_AT) == date(2026, 2, 2)
    for day in range(7):
        created = datetime(2025, 3, 3 + day, 12).timestamp()  # Mon 3 March … Sun 9 March
        start = campaign_start(None, created)
        assert start.weekday() == 0 and 1 <= (start - date(2025, 3, 3 + day)).days <= 7


# -- search ads ----------------------------------------------------------------------------


def test_search_ads_csv_has_google_ads_editors_columns_and_limits(kit):
    ads = search_ads_csv(kit)
    rows = list(csv.DictReader(io.StringIO(ads.text)))
    assert tuple(csv.reader(io.StringIO(ads.text)).__next__()) == AD_COLUMNS
    assert len(rows) == len(kit.copy.search_ads if kit.copy else [])
    for row in rows:
        headlines = [row[f"Headline {n}"] for n in range(1, 16) if row[f"Headline {n}"]]
        descriptions = [row[f"Description {n}"] for n in range(1, 5) if row[f"Description {n}"]]
        assert headlines and descriptions
        assert all(len(h) <= 30 for h in headlines)
        assert all(len(d) <= 90 for d in descriptions)
        assert len(row["Path 1"]) <= 15 and len(row["Path 2"]) <= 15
        assert len({h.casefold() for h in headlines}) == len(headlines)
        assert all("\n" not in value for value in row.values())
        assert row["Final URL"] == kit.brief.client_website
        assert row["Campaign"] == " ".join(kit.brief.campaign_name.split())
    if rows and not kit.brief.client_website:
        assert any("Final URL" in note for note in ads.notes)


def test_hostile_ad_text_survives_csv_quoting():
    brief, sections = BRIEFS["hostile"]
    ads = search_ads_csv(write_kit_tmp(brief, sections))
    row = next(csv.DictReader(io.StringIO(ads.text)))
    assert row["Headline 1"] == '"Hi", <b>0</b>, & more'
    assert row["Description 2"] == 'Line one, line two <i>0</i> & "three"'
    assert any("shortened" in note for note in ads.notes)


# -- emails ----------------------------------------------------------------------------------


def test_every_email_parses_back_as_a_draft_with_both_parts(kit):
    emails = kit.copy.emails if kit.copy else []
    files = email_files(kit)
    assert len(files) == len(emails)
    assert len({f.stem for f in files}) == len(files)
    for email, exported in zip(emails, files, strict=True):
        assert "/" not in exported.stem and not exported.stem.startswith(".")
        message = BytesParser(policy=policy.default).parsebytes(exported.eml)
        assert message.get_content_type() == "multipart/alternative"
        assert message["Subject"] == " ".join(email.subject.split())
        assert message["X-Unsent"] == "1"
        assert message["Content-Language"] == email.language
        plain = message.get_body(("plain",)).get_content()
        html = message.get_body(("html",)).get_content()
        assert plain.replace("\r\n", "\n") == exported.text
        assert html.replace("\r\n", "\n") == exported.html
        assert email.body.strip().splitlines()[0] in exported.text


def test_email_html_is_self_contained_escaped_and_in_the_emails_language(kit):
    for email, exported in zip(kit.copy.emails if kit.copy else [], email_files(kit), strict=True):
        page = parse(exported.html)
        assert not page.errors, page.errors[:3]
        assert not external_requests(page, exported.html)
        assert not page.find("script") and not page.find("style")
        assert page.find("html")[0]["lang"] == email.language
        assert " ".join(email.subject.split()) in page.words


def test_hostile_text_is_escaped_in_every_email_file():
    brief, sections = BRIEFS["hostile"]
    kit = write_kit_tmp(brief, sections)
    for exported in email_files(kit):
        assert "<script>" not in exported.html and "&lt;script&gt;" in exported.html
        assert "<script>alert(1)</script>" in exported.text  # plain text keeps it as text
        page = parse(exported.html)
        assert not page.errors
    arabic = email_files(kit)[1]
    assert 'dir="rtl"' in arabic.html
    message = BytesParser(policy=policy.default).parsebytes(email_files(kit)[2].eml)
    assert message["Content-Language"] == "ja"


# -- social schedule ------------------------------------------------------------------------


def test_social_schedule_follows_the_bulk_layout_and_dates_every_post(kit):
    text, count = social_schedule_csv(kit)
    posts = kit.social.posts if kit.social else []
    reader = csv.reader(io.StringIO(text))
    assert tuple(next(reader)) == SOCIAL_COLUMNS
    assert SOCIAL_COLUMNS[:4] == ("message", "type", "link", "time")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert count == len(rows) == len(posts)
    last_day = kit.start + timedelta(weeks=kit.brief.timeline)
    for row in rows:
        when = datetime.strptime(row["time"], "%Y-%m-%d %H:%M")
        assert row["time"] == f"{row['date']} {row['time_24h']}"
        assert kit.start <= when.date() < last_day
        assert row["type"] in ("message", "article") and (row["type"] == "article") == bool(
            row["link"]
        )
        assert row["message"].startswith(row["text"])
        assert row["message"].endswith(row["hashtags"])
    assert sorted(row["text"] for row in rows) == sorted(post.text for post in posts)


def test_hostile_post_text_round_trips_exactly():
    brief, sections = BRIEFS["hostile"]
    text, _ = social_schedule_csv(write_kit_tmp(brief, sections))
    rows = list(csv.DictReader(io.StringIO(text)))
    assert {row["text"] for row in rows} == {
        p.text for p in sections["social_media_campaign"].posts
    }
    assert all(HOSTILE in row["message"] for row in rows)
    assert rows[0]["date"] >= "2026-02-02"


# -- the kit zip and the manifest -------------------------------------------------------------


def test_export_all_adds_fresh_manifest_entries_and_packs_every_file(tmp_path):
    brief, sections = BRIEFS["ledgerly_b2b"]
    kit = write_kit(tmp_path / "c", brief, sections, "campaign_zip")
    report = export_kit(kit, "all")
    written = {f.path.relative_to(kit.folder).as_posix() for f in report.files}
    assert {ICS_FILE, SOCIAL_FILE, "manifest.json", zip_name("campaign_zip")} <= written
    import hashlib
    import json

    manifest = json.loads((kit.folder / "manifest.json").read_text())
    listed = {e["path"]: e for e in manifest["artifacts"]}
    for path in written - {"manifest.json", zip_name("campaign_zip")}:
        raw = (kit.folder / path).read_bytes()
        assert listed[path]["sha256"] == hashlib.sha256(raw).hexdigest()
    with zipfile.ZipFile(kit.folder / zip_name("campaign_zip")) as archive:
        names = set(archive.namelist())
        assert names == {f"campaign_zip/{p}" for p in [*listed, "manifest.json"]}
        assert archive.testzip() is None
        assert (
            archive.read("campaign_zip/manifest.json")
            == (kit.folder / "manifest.json").read_bytes()
        )


@pytest.mark.parametrize("damage", ["missing", "changed"])
def test_the_zip_refuses_a_kit_with_a_missing_or_changed_file(tmp_path, damage):
    brief, sections = BRIEFS["bloom_bakery"]
    kit = write_kit(tmp_path / "c", brief, sections, "campaign_bad")
    target = kit.folder / "content_calendar.csv"
    if damage == "missing":
        target.unlink()
    else:
        target.write_text(target.read_text() + "1,launch,0,x,,tampered,\n")
    before = sorted(p.name for p in kit.folder.rglob("*"))
    with pytest.raises(KitRefused) as refused:
        export_kit(kit, "zip")
    assert refused.value.problems == {"content_calendar.csv": damage}
    assert "content_calendar.csv" in str(refused.value)
    with pytest.raises(KitRefused):
        export_kit(kit, "all")  # `all` checks first: nothing at all is written
    assert sorted(p.name for p in kit.folder.rglob("*")) == before


def test_the_same_kit_zips_to_the_same_bytes(tmp_path):
    brief, sections = BRIEFS["fitpulse_app"]
    kit = write_kit(tmp_path / "c", brief, sections, "campaign_same")
    first = kit.folder / zip_name("campaign_same")
    export_kit(kit, "zip")
    data = first.read_bytes()
    export_kit(kit, "zip")
    assert first.read_bytes() == data


def test_out_dir_leaves_the_kit_as_it_is(tmp_path):
    brief, sections = BRIEFS["vinyl_revival"]
    kit = write_kit(tmp_path / "c", brief, sections, "campaign_out")
    manifest = (kit.folder / "manifest.json").read_bytes()
    report = export_kit(kit, "all", tmp_path / "out")
    assert all(f.path.is_relative_to(tmp_path / "out") for f in report.files)
    assert (kit.folder / "manifest.json").read_bytes() == manifest
    assert not (kit.folder / ICS_FILE).exists()
