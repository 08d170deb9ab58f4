"""Brand profiles: validated by the brief's own rules, kept in the store, managed from the
command line (flags, a JSON file, $EDITOR), filling briefs, recorded with each campaign."""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

import pytest

from tui_app import cli
from tui_app.core.brands import BrandProfile
from tui_app.core.models import BriefError
from tui_app.core.store import SCHEMA_VERSION, CampaignStore

from .conftest import make_brief


def run_cli(*args: str) -> int:
    return cli.main(list(args))


def open_store(data_dir: Path) -> CampaignStore:
    return CampaignStore(data_dir / "campaigns.db")


def test_a_profile_is_validated_and_normalised_by_the_brief_rules():
    profile = BrandProfile.parse(
        {
            "name": " Mori Coffee ",
            "client_website": "mori.example.jp",
            "languages": "Japanese, en",
            "brand_colors": ["#ABC", "0a7d5a"],
            "avoid": "cheap, best ever",
            "must_include": "Prices include tax.\nOpen from 7am, every day.",
        }
    )
    assert profile.name == "Mori Coffee"
    assert profile.client_website == "https://mori.example.jp"
    assert profile.languages == ["ja", "en"]
    assert profile.brand_colors == ["#aabbcc", "#0a7d5a"]
    assert profile.avoid == ["cheap", "best ever"]
    assert profile.must_include == ["Prices include tax.", "Open from 7am, every day."]


@pytest.mark.parametrize(
    ("data", "field", "words"),
    [
        ({"name": ""}, "name", "required"),
        ({"name": "A", "brand_colors": ["red"]}, "brand_colors", "hex colour"),
        ({"name": "A", "client_website": "ftp://x"}, "client_website", "http(s) URL"),
        ({"name": "A", "languages": ["Klingon"]}, "languages", "not known"),
        ({"name": "A", "primary_cta": "x" * 40}, "primary_cta", "limit is 25"),
        ({"name": "A\x1b[31m"}, "name", "control characters"),
        ({"name": "A", "colour": "#fff"}, "colour", "not a brand field"),
    ],
)
def test_bad_profiles_get_the_briefs_messages_under_the_profiles_field(data, field, words):
    with pytest.raises(BriefError) as error:
        BrandProfile.parse(data)
    assert words in error.value.errors[field]


def test_the_store_keeps_profiles_by_name_whatever_the_case(data_dir):
    store = open_store(data_dir)
    try:
        assert store.save_brand(BrandProfile.parse({"name": "Acme", "tone": "bold"}))
        assert not store.save_brand(BrandProfile.parse({"name": "ACME", "tone": "calm"}))
        assert [p.name for p in store.brands()] == ["ACME"]
        assert store.brand("acme").tone == "calm"
        assert store.remove_brand("Acme") and store.brand("acme") is None
    finally:
        store.close()


def test_a_version_3_database_gains_brands_and_keeps_its_campaigns(data_dir):
    store = open_store(data_dir)
    campaign = store.create_campaign(make_brief())
    store.close()
    db = sqlite3.connect(data_dir / "campaigns.db")
    db.execute("DROP TABLE brands")
    for column in ("brand", "awaiting_step", "decision_json", "parent_id", "fork_step"):
        db.execute(f"ALTER TABLE campaigns DROP COLUMN {column}")  # as version 3 had it
    db.execute("PRAGMA user_version=3")
    db.commit()
    db.close()
    store = open_store(data_dir)
    try:
        assert store.get(campaign.id).brand is None
        store.save_brand(BrandProfile(name="Acme"))
        assert store.brand("Acme") is not None
        version = store._conn.execute("PRAGMA user_version").fetchone()[0]
        assert version == SCHEMA_VERSION == 5
    finally:
        store.close()


def test_apply_fills_the_brand_facts_a_brief_leaves_unset():
    profile = BrandProfile.parse(
        {"name": "Mori Coffee", "tone": "calm", "primary_cta": "Visit us", "languages": "ja,en"}
    )
    brief = profile.apply(make_brief(tone="creative"))
    assert brief.client == "Mori Coffee"
    assert brief.primary_cta == "Visit us" and brief.languages == ["ja", "en"]
    assert brief.tone == "creative"  # the brief said so
    assert profile.apply(make_brief(primary_cta="Order now")).primary_cta == "Order now"


def test_brand_commands_add_list_show_edit_remove(data_dir, tmp_path, capsys):
    d = ("--data-dir", str(data_dir))
    assert run_cli("brand", "add", "Harbour Food Bank", "--website", "harbour.example.org",
                   "--tone", "warm", "--cta", "Give a meal", "--must-include",
                   "Registered charity 123.", "--no-selling", "--languages", "en,cy",
                   *d) == 0  # fmt: skip
    assert run_cli("brand", "add", "harbour food bank", *d) == 2  # exists
    assert "exists" in capsys.readouterr().err
    assert run_cli("brand", "list", *d) == 0
    assert "Harbour Food Bank" in capsys.readouterr().out
    assert run_cli("brand", "show", "HARBOUR FOOD BANK", "--json", *d) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["no_selling"] is True and shown["languages"] == ["en", "cy"]
    changes = tmp_path / "changes.json"
    changes.write_text(json.dumps({"avoid": ["cheap"], "tone": "hopeful"}))
    assert (
        run_cli("brand", "edit", "Harbour Food Bank", "--file", str(changes), "--cta", "Donate", *d)
        == 0
    )
    store = open_store(data_dir)
    profile = store.brand("harbour food bank")
    store.close()
    assert (profile.avoid, profile.tone, profile.primary_cta) == (["cheap"], "hopeful", "Donate")
    assert profile.must_include == ["Registered charity 123."]  # untouched fields stay
    assert run_cli("brand", "edit", "Harbour Food Bank", "--colors", "nope", *d) == 2
    assert "hex colour" in capsys.readouterr().err
    assert run_cli("brand", "remove", "Harbour Food Bank", *d) == 0
    assert run_cli("brand", "show", "Harbour Food Bank", *d) == 2


def _editor(tmp_path: Path, script: str) -> str:
    path = tmp_path / "editor.py"
    path.write_text(script)
    return f"{sys.executable} {path}"


def test_edit_in_editor_validates_on_save_and_keeps_the_text_on_error(
    data_dir, tmp_path, monkeypatch, capsys
):
    d = ("--data-dir", str(data_dir))
    assert run_cli("brand", "add", "Acme", "--tone", "bold", *d) == 0
    good = "import json,sys\np=sys.argv[1]\nd=json.load(open(p))\nd['primary_cta']='Try it'\n"
    good += "json.dump(d,open(p,'w'))\n"
    monkeypatch.setenv("EDITOR", _editor(tmp_path, good))
    assert run_cli("brand", "edit", "Acme", *d) == 0
    store = open_store(data_dir)
    assert store.brand("Acme").primary_cta == "Try it"
    store.close()
    bad = "import sys\nopen(sys.argv[1], 'w').write("
    bad += """'{"name": "Acme", "brand_colors": ["blue"]}')\n"""
    monkeypatch.setenv("EDITOR", _editor(tmp_path, bad))
    capsys.readouterr()
    assert run_cli("brand", "edit", "Acme", *d) == 2
    err = capsys.readouterr().err
    assert "hex colour" in err and "kept in" in err
    kept = Path(err.split("kept in ")[1].split()[0])
    assert "blue" in kept.read_text()
    store = open_store(data_dir)
    assert store.brand("Acme").brand_colors == []  # nothing saved
    store.close()


def test_run_with_a_brand_fills_the_brief_records_the_brand_and_obeys_its_rules(data_dir, capsys):
    d = ("--data-dir", str(data_dir))
    assert run_cli("brand", "add", "Trailhead Outfitters", "--cta", "Book a fitting",
                   "--avoid", "cheap", "--website", "trailhead.example.com", *d) == 0  # fmt: skip
    assert run_cli("run", "solar_backpack", "--brand", "trailhead outfitters", *d) in (0, 3)
    store = open_store(data_dir)
    (campaign,) = store.list_campaigns()
    store.close()
    assert campaign.brand == "Trailhead Outfitters"
    assert campaign.brief.client == "Trailhead Outfitters"
    assert campaign.brief.primary_cta == "Book a fitting"
    assert campaign.brief.rules.primary_cta == "Book a fitting"
    assert "cheap" in campaign.brief.rules.avoid
    # the brand's rules are the campaign's: kept by the writer, or named by the review
    folder = Path(campaign.website_path).parent
    cta = json.loads((folder / "data" / "cta_optimizer.json").read_text())
    if cta["primary_cta"] != "Book a fitting":
        assert any("Book a fitting" in f["detail"] for f in campaign.findings)
    assert "cheap" not in (folder / "copy.md").read_text().lower()
    capsys.readouterr()
    assert run_cli("show", campaign.id, *d) == 0
    assert "Brand      Trailhead Outfitters" in capsys.readouterr().out
    assert run_cli("run", "solar_backpack", "--brand", "nobody", *d) == 2


def test_changing_or_removing_a_profile_never_rewrites_a_past_campaign(data_dir, capsys):
    d = ("--data-dir", str(data_dir))
    assert run_cli("brand", "add", "Trailhead Outfitters", "--cta", "Book a fitting",
                   "--tone", "warm", *d) == 0  # fmt: skip
    assert run_cli("run", "solar_backpack", "--brand", "Trailhead Outfitters", *d) in (0, 3)
    store = open_store(data_dir)
    (before,) = store.list_campaigns()
    store.close()
    copy = Path(before.website_path).parent / "copy.md"
    written = copy.read_bytes()
    assert run_cli("brand", "edit", "Trailhead Outfitters", "--cta", "Shop the range",
                   "--tone", "bold", *d) == 0  # fmt: skip
    assert run_cli("brand", "remove", "Trailhead Outfitters", *d) == 0
    store = open_store(data_dir)
    (after,) = store.list_campaigns()
    store.close()
    assert after.brand == "Trailhead Outfitters"
    assert after.brief == before.brief  # the brief as it was run, not the profile now
    assert after.brief.primary_cta == "Book a fitting"
    assert copy.read_bytes() == written
    capsys.readouterr()
    assert run_cli("show", before.id, *d) in (0, 3)
    shown = capsys.readouterr().out
    assert "Trailhead Outfitters" in shown and "Book a fitting" in shown
    assert "Shop the range" not in shown
