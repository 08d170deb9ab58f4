"""Lines a brief requires in plain words ("Registered charity no. 1187654 must appear on every
email", "Drink responsibly must appear on every ad") are read as must-include lines and really
ride on every email, ad and post of the kit, and in the landing page's footer."""

from __future__ import annotations

import pytest
from markupsafe import escape

from tui_app.core.findings import FindingKind
from tui_app.core.models import LIMITS
from tui_app.core.providers.offline import OfflineProvider
from tui_app.core.workflow.landing import LANDING_PAGE, render_landing
from tui_app.core.workflow.review import review_campaign

from .briefs import corpus
from .content_factories import website_data
from .test_workflow import run
from .writing import run_all

# each brief states its line in the requirements only (none sets the must_include field)
STATED = {
    "allotment_charity": ("Registered charity no. 1187654",),
    "hospice_lottery": ("Registered charity no. 1098765",),
    "highland_gin": ("Drink responsibly",),
    "isa_platform": ("Your capital is at risk",),
    "hayfever_tablets": ("Contains cetirizine. Always read the label.",),
}
WITH_LINES = sorted(key for key, brief in corpus().items() if brief.rules.must_include)


@pytest.fixture(scope="module")
def written():
    return {key: run_all(corpus()[key]) for key in WITH_LINES}


@pytest.mark.parametrize("key", sorted(STATED))
def test_a_line_stated_in_plain_words_is_read_as_a_must_include_line(key):
    brief = corpus()[key]
    assert not brief.must_include  # only the requirements say it
    assert brief.rules.must_include == STATED[key]
    assert not any("must appear" in s or "be shown" in s for s in brief.rules.unread)


def _carriers(sections) -> list[tuple[str, str, int | None]]:
    """(where, text, limit of its shortest part) for every email, ad and post."""
    copy, social = sections["copy"], sections["social_media_campaign"]
    out: list[tuple[str, str, int | None]] = [
        (f"email {i}", e.body, None) for i, e in enumerate(copy.emails, 1)
    ]
    for kind, ads in (("search", copy.search_ads), ("display", copy.display_ads)):
        for i, ad in enumerate(ads, 1):
            out.append(
                (
                    f"{kind} ad {i}",
                    " | ".join(ad.headlines + ad.descriptions),
                    LIMITS[f"{kind}_description"],
                )
            )
    out += [(f"{p.platform} post {i}", p.text, None) for i, p in enumerate(social.posts, 1)]
    return out


def test_every_email_ad_and_post_carries_the_lines(written):
    """Over the corpus: each required line is in every email and post, and in every ad it
    fits in (a line longer than an ad's description is left out of that ad, and the review
    says so)."""
    problems = []
    for key, sections in written.items():
        brief = corpus()[key]
        carriers = _carriers(sections)
        assert carriers, key
        for where, text, limit in carriers:
            for line in brief.rules.must_include:
                if line not in text and not (limit and len(line) > limit):
                    problems.append(f"{key}: {where} lacks “{line}”")
    assert problems == []


def test_the_review_finds_no_missing_line_the_writer_could_place(written):
    """The only lines the review finds missing are ones too long for an ad's description."""
    for key, sections in written.items():
        report = review_campaign(corpus()[key], sections, None, {})
        for f in report.findings:
            if f.kind is FindingKind.MUST_INCLUDE:
                assert " ad " in f" {f.field} ", (key, f.field)
                assert all(len(line) > 90 for line in f.actual.split(" / ")), (key, f.actual)


def test_the_review_flags_a_planted_email_without_its_line(written):
    brief = corpus()["hospice_lottery"]
    sections = dict(written["hospice_lottery"])
    copy = sections["copy"].model_copy(deep=True)
    copy.emails[1].body = copy.emails[1].body.replace("Registered charity no. 1098765", "")
    sections["copy"] = copy
    report = review_campaign(brief, sections, None, {})
    missing = [f for f in report.findings if f.kind is FindingKind.MUST_INCLUDE]
    assert [(f.node, f.field) for f in missing] == [("copy", "email 2 body")]


def test_the_landing_page_shows_the_lines_word_for_word(written):
    for key, sections in written.items():
        brief = corpus()[key]
        page = render_landing(website_data(brief, sections))
        footer = page[page.index("<footer>") :]
        for line in brief.rules.must_include:
            assert str(escape(line)) in footer, (key, line)


@pytest.mark.parametrize("key", ["highland_gin", "isa_platform", "hayfever_tablets"])
def test_the_delivered_kit_carries_the_line(tmp_path, key):
    brief = corpus()[key]
    _campaign, folder, _ = run(tmp_path, brief, provider=OfflineProvider())
    (line,) = STATED[key]
    copy_md = (folder / "copy.md").read_text(encoding="utf-8")
    social_md = (folder / "social_media_campaign.md").read_text(encoding="utf-8")
    assert copy_md.count(line) >= 3  # every ad and email of the copy
    assert social_md.count(line) == social_md.count("#### Post ")
    assert str(escape(line)) in (folder / LANDING_PAGE).read_text(encoding="utf-8")
