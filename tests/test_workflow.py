"""The workflow end to end: determinism, brief-specific content, limits, review loop, escaping."""

from __future__ import annotations

import csv
import hashlib
import json
import re
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tui_app.core.content import SocialCampaign
from tui_app.core.engine import CampaignEngine
from tui_app.core.models import POST_LIMITS, CampaignStatus
from tui_app.samples import samples

from .conftest import make_brief
from .support import WrappingProvider, assert_finished_clean

HOSTILE = ["<script>alert(1)</script>", '"><img src=x onerror=alert(1)>']


def run(data_dir, brief, provider=None, expect=CampaignStatus.DONE):
    engine = CampaignEngine(data_dir, provider=provider or WrappingProvider())
    campaign_id = engine.submit(brief).id
    assert engine.wait([campaign_id], timeout=60)
    campaign = engine.get(campaign_id)
    runs = engine.store.node_runs(campaign_id)
    engine.close()
    if expect is CampaignStatus.DONE:
        assert_finished_clean(campaign, brief)
    else:
        assert campaign.status is expect, campaign.error_summary or campaign.findings
    return campaign, Path(data_dir).resolve() / "campaigns" / campaign_id, runs


def files(folder: Path, campaign_id: str) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)).replace(campaign_id, "ID"): p.read_bytes().replace(
            campaign_id.encode(), b"ID"
        )
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_same_brief_gives_the_same_bytes(tmp_path, brief):
    first, folder_1, _ = run(tmp_path / "a", brief)
    second, folder_2, _ = run(tmp_path / "b", brief)
    a, b = files(folder_1, first.id), files(folder_2, second.id)
    assert a.keys() == b.keys() and len(a) >= 29
    different = [name for name in a if a[name] != b[name]]
    # the manifest holds hashes of files that name the campaign id: compare it by meaning
    assert different == ["manifest.json"]
    manifests = [json.loads((f / "manifest.json").read_text()) for f in (folder_1, folder_2)]
    listed = [
        [(x["path"].replace(c.id, "ID"), x["kind"]) for x in m["artifacts"]]
        for m, c in zip(manifests, (first, second), strict=True)
    ]
    assert listed[0] == listed[1]
    for manifest, folder in zip(manifests, (folder_1, folder_2), strict=True):
        for entry in manifest["artifacts"]:
            data = (folder / entry["path"]).read_bytes()
            assert hashlib.sha256(data).hexdigest() == entry["sha256"]
            assert len(data) == entry["bytes"]


def test_two_briefs_give_different_campaigns(tmp_path):
    briefs = samples()
    one, folder_1, _ = run(tmp_path / "a", briefs["solar_backpack"])
    two, folder_2, _ = run(tmp_path / "b", briefs["ledgerly_b2b"])
    for name in ("strategy.md", "copy.md", "social_media_campaign.md", "client_summary.md"):
        text_1 = (folder_1 / name).read_text()
        text_2 = (folder_2 / name).read_text()
        assert text_1 != text_2
        assert "SunPack Solar Backpack" in text_1 and "SunPack" not in text_2
        assert "Ledgerly Close" in text_2 and "Ledgerly" not in text_1
    site_1 = (folder_1 / f"{one.id}_campaign_website.html").read_text()
    site_2 = (folder_2 / f"{two.id}_campaign_website.html").read_text()
    assert "Northtrail Gear" in site_1 and "Ledgerly Inc." in site_2
    assert "Weekend hikers" in site_1 and "Finance controllers" in site_2


@pytest.mark.parametrize("name", list(samples()))
def test_every_sample_holds_every_limit_and_sums_its_budget(tmp_path, name):
    brief = samples()[name]
    campaign, folder, _ = run(tmp_path, brief)
    assert campaign.quality_score == 100
    assert campaign.revisions == 0
    report = (folder / "quality_report.md").read_text()
    assert "FAIL" not in report
    social = SocialCampaign.model_validate_json(
        (folder / "data/social_media_campaign.json").read_text()
    )
    for post in social.posts:
        assert len(post.full_text) <= POST_LIMITS[post.platform]
    with (folder / "media_plan.csv").open() as handle:
        rows = list(csv.DictReader(handle))
    assert sum(Decimal(r["budget"]) for r in rows) == brief.budget.amount
    assert {r["currency"] for r in rows} == {brief.budget.currency}
    manifest = json.loads((folder / "manifest.json").read_text())
    assert {Path(a["path"]).name for a in manifest["artifacts"]} >= {
        "strategy.md",
        "media_plan.csv",
        "hero.svg",
        f"{campaign.id}_campaign_website.html",
    }


class LongXPost(WrappingProvider):
    """Breaks the X limit in the social section `times` times, then behaves."""

    def __init__(self, times: int) -> None:
        super().__init__()
        self.times = times
        self.feedback: list[list[str]] = []

    def generate(self, request):
        result = super().generate(request)
        if request.section == "social_media_campaign":
            self.feedback.append(list(request.feedback))
            if self.times > 0:
                self.times -= 1
                for post in result.content.posts:
                    if post.platform == "x":
                        post.text += " and so much more" * 20
        return result


def test_review_sends_the_node_at_fault_back(tmp_path, brief):
    provider = LongXPost(times=1)
    campaign, folder, runs = run(tmp_path, brief, provider)
    assert campaign.revisions == 1
    assert campaign.quality_score == 100
    assert campaign.steps_done == 15
    done = [r.node for r in runs if r.error is None]
    # social → media planner (its calendar) → review, then on down the chain
    assert done.count("social_media_campaign") == 2
    assert done.count("media_planner") == 2
    assert done.count("review") == 2
    assert done.count("emotion_personalization") == 1 and done.count("copy") == 1
    # the revision was told what was wrong
    assert provider.feedback[0] == []
    assert any("x post" in line and "the limit is 280" in line for line in provider.feedback[1])
    social = SocialCampaign.model_validate_json(
        (folder / "data/social_media_campaign.json").read_text()
    )
    assert all(len(p.full_text) <= POST_LIMITS[p.platform] for p in social.posts)


def test_review_gives_up_after_three_revisions(tmp_path, brief):
    campaign, folder, runs = run(
        tmp_path, brief, LongXPost(times=99), expect=CampaignStatus.WARNINGS
    )
    assert campaign.revisions == 3
    assert campaign.quality_score < 100
    done = [r.node for r in runs if r.error is None]
    assert done.count("social_media_campaign") == 4 and done.count("review") == 4
    report = (folder / "quality_report.md").read_text()
    assert (
        "Done with warnings" in report and "| limit (blocking) | social_media_campaign |" in report
    )
    assert (folder / f"{campaign.id}_campaign_website.html").is_file()
    # the findings that remain make it *done with warnings*, never "met"
    assert campaign.status is CampaignStatus.WARNINGS
    assert campaign.findings and all(f["kind"] == "limit" for f in campaign.findings)


class TagCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def test_hostile_brief_is_escaped_everywhere(tmp_path):
    brief = make_brief(
        product=f"Skates {HOSTILE[0]}",
        client=f"Acme {HOSTILE[1]}",
        campaign_name=HOSTILE[1],
        target_audience=f"Runners {HOSTILE[0]} and {HOSTILE[1]}",
        goals=[f"Sell {HOSTILE[0]}", "Build brand awareness"],
        key_features=[HOSTILE[1], f"Fast {HOSTILE[0]}"],
        additional_requirements=" ".join(HOSTILE),
    )
    campaign, folder, _ = run(tmp_path, brief)
    html = (folder / f"{campaign.id}_campaign_website.html").read_text()
    svg = (folder / "hero.svg").read_text()
    for text in (html, svg):
        assert "<script>alert" not in text
        assert "<img src=x" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    parser = TagCollector()
    parser.feed(html)
    assert not [t for t, _ in parser.tags if t == "script"]
    assert not [a for _, a in parser.tags if "onerror" in a]
    assert not [a for t, a in parser.tags if t == "img" and a.get("src") == "x"]
    # no resource is fetched from the network
    resources = [
        a.get("src") or a.get("href") or ""
        for t, a in parser.tags
        if t in ("img", "script", "link", "iframe", "source", "image", "use")
    ]
    assert not [r for r in resources if re.match(r"(https?:)?//", r)]
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", html)
    assert "@import" not in html
