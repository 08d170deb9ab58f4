"""Campaign folders for the export tests, written the way the workflow writes them.

`write_kit` lays out a finished kit from a brief and its sections: `data/<node>.json`, the
media plan, the calendar CSV (built by the planning code from the same sections), the hero,
`brief.json` and a manifest listing every file with its sha256. `export_briefs` is every brief
the export tests run over: the samples, briefs from other fields (other languages and
currencies among them) and hostile ones whose every text carries quotes, commas, newlines and
markup.
"""

from __future__ import annotations

import json
from pathlib import Path

from tui_app.core.content import Content, Email, SearchAd, SocialPost
from tui_app.core.exports import calendar_csv, media_plan_csv
from tui_app.core.exports.bundle import file_entry
from tui_app.core.exports.source import KitSource, load_kit
from tui_app.core.models import CampaignBrief
from tui_app.core.phases import campaign_phases
from tui_app.core.planning import build_calendar, build_media_plan
from tui_app.core.workflow.hero import render_hero_svg
from tui_app.core.workflow.team import TEAM
from tui_app.samples import samples

from .content_factories import make_sections, offline_sections
from .field_briefs import field_briefs
from .html_pages import hostile_brief, multilingual_sections
from .web_briefs import field_briefs as web_field_briefs

CREATED_AT = 1_767_000_000.0  # a fixed creation time: Mon 2025-12-29 (UTC)
# what every hostile text field carries
HOSTILE = "Say \"hi\", <script>alert(1)</script> & 'bye';\nnew line, ½ — 🚀 مرحبا"


def hostile_sections(brief: CampaignBrief) -> dict[str, Content]:
    """Sections whose every exported text holds quotes, commas, newlines and markup."""
    sections = multilingual_sections(brief, make_sections(brief))
    copy = sections["copy"].model_copy(deep=True)
    copy.emails = [
        Email(
            language=code,
            subject=f"{HOSTILE} subject {n}",
            preheader=f"{HOSTILE} preheader",
            body=f'{HOSTILE}\n\nSecond paragraph, with "quotes" and <b>tags</b>.\n{HOSTILE}',
            send_week=n,
        )
        for n, code in enumerate(["en", "ar", "ja"], 1)
    ]
    copy.search_ads = [
        SearchAd(
            headlines=[
                f'"Hi", <b>{n}</b>, & more',
                HOSTILE,
                "A headline of forty characters long!!",
            ],
            descriptions=[HOSTILE, f'Line one,\nline two <i>{n}</i> & "three"'],
            keywords=['<kw> "one"', "two, three"],
        )
        for n in range(2)
    ]
    sections["copy"] = copy
    social = sections["social_media_campaign"].model_copy(deep=True)
    social.posts = [
        SocialPost(
            platform=platform,
            language="en",
            text=f"{HOSTILE} {platform}",
            hashtags=["#a,b", '#"q"'],
            format="single image",
            week=week,
        )
        for week, platform in enumerate(["x", "instagram", "linkedin", "facebook", "tiktok"], 1)
    ]
    sections["social_media_campaign"] = social
    return sections


def export_briefs() -> dict[str, tuple[CampaignBrief, dict[str, Content]]]:
    """Brief name -> (brief, sections) for every case the export tests cover."""
    out: dict[str, tuple[CampaignBrief, dict[str, Content]]] = {}
    for name, brief in {**samples(), **field_briefs(), **web_field_briefs()}.items():
        out[name] = (brief, multilingual_sections(brief, offline_sections(brief)))
    hostile = hostile_brief(
        channels=["email", "x", "instagram", "linkedin", "facebook", "tiktok", "search_ads"],
        must_include=[HOSTILE.replace("\n", " ")[:120]],
        languages=["en", "ar", "ja"],
        budget="¥1,500,000",
        timeline="6 weeks",
        start_date="2026-02-02",
    )
    out["hostile"] = (hostile, hostile_sections(hostile))
    plain = hostile_brief(client_website="", channels=["search_ads", "email", "x"])
    out["hostile-no-website"] = (plain, hostile_sections(plain))
    return out


def write_kit(
    folder: Path, brief: CampaignBrief, sections: dict[str, Content], campaign_id: str
) -> KitSource:
    """A finished campaign folder for these sections, with its manifest; returns the kit."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "data").mkdir(exist_ok=True)
    files: dict[str, str] = {"brief.json": brief.to_json()}
    for node, section in sections.items():
        files[f"data/{node}.json"] = section.model_dump_json(indent=2) + "\n"
    phases = campaign_phases(brief.timeline)
    plan = build_media_plan(brief, phases)
    files["data/media_planner.json"] = plan.model_dump_json(indent=2) + "\n"
    files["media_plan.csv"] = media_plan_csv(plan)
    calendar = build_calendar(
        brief,
        copy=sections.get("copy"),
        social=sections.get("social_media_campaign"),
        plan=plan,
        phases=phases,
    )
    files["content_calendar.csv"] = calendar_csv(calendar)
    files["hero.svg"] = render_hero_svg(sections["visual"], brief)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    manifest = {
        "campaign_id": campaign_id,
        "campaign_name": brief.campaign_name,
        "artifacts": [file_entry(folder, name, name.split(".")[0]) for name in sorted(files)],
    }
    (folder / "manifest.json").write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    return load_kit(folder, brief, campaign_id, CREATED_AT, TEAM.section_models)
