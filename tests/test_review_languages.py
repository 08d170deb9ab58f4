"""The review's language check judges the copy, not the brief's names: "Nocturne at the Rijks"
in Dutch headlines does not make them English, while English copy in a Dutch campaign is
still caught."""

from __future__ import annotations

import re

import pytest

from tui_app.core.constraints.detect import looks_like, set_aside
from tui_app.core.findings import FindingKind
from tui_app.core.providers.offline.phrasebook import PHRASEBOOKS
from tui_app.core.workflow.review import review_campaign

from .briefs import corpus
from .writing import run_all

_ENGLISH_WORDS = re.compile(r"\b(?:at|the|on|to|of|and|for|from)\b", re.IGNORECASE)


def _written_languages(brief) -> bool:
    """Every language of the brief is one the offline writer has words for."""
    return all(code == "en" or code in PHRASEBOOKS for code in brief.rules.languages)


# briefs in other languages the offline writer writes (a language without a phrasebook is
# reported by the review on purpose: the writer never fakes it)
MULTILINGUAL = sorted(
    key
    for key, brief in corpus().items()
    if brief.rules.languages != ("en",) and _written_languages(brief)
)


def language_findings(brief, sections):
    report = review_campaign(brief, sections, None, {})
    return [f for f in report.findings if f.kind is FindingKind.LANGUAGE]


@pytest.fixture(scope="module")
def written():
    return {key: run_all(corpus()[key]) for key in MULTILINGUAL}


def test_the_corpus_has_non_english_campaigns_named_in_english_words():
    named = [
        key
        for key in MULTILINGUAL
        if corpus()[key].rules.languages[0] != "en" and _ENGLISH_WORDS.search(corpus()[key].product)
    ]
    assert len(named) >= 3, named


def test_no_language_warning_for_copy_the_writer_wrote_in_the_language(written):
    problems = {
        key: [f.field for f in language_findings(corpus()[key], sections)]
        for key, sections in written.items()
    }
    assert {k: v for k, v in problems.items() if v} == {}


@pytest.mark.parametrize(
    ("text", "code", "names"),
    [
        ("Nocturne at the Rijks: met zorg gemaakt. Ontdek Nocturne at the Rijks", "nl",
         ["Nocturne at the Rijks"]),
        ("Coffee on the Go für Sie. Alles zu Coffee on the Go", "de",
         ["Coffee on the Go"]),
        ("Open Air at the Lake, en bref. Tout sur OPEN AIR AT THE LAKE", "fr",
         ["Open Air at the Lake"]),
    ],
)  # fmt: skip
def test_names_are_set_aside_before_the_language_is_judged(text, code, names):
    assert not looks_like(text, code)  # the names swamp the language's own short words
    assert looks_like(text, code, names)


def test_set_aside_takes_whole_words_only():
    # "Go" is the product; "Gouda" and "Gonzo" are not
    assert set_aside("Go with Gouda and Gonzo", ["Go"]).split() == ["with", "Gouda", "and", "Gonzo"]
    assert set_aside(
        "Farm to Table Box van Kaasmakerij", ["Farm to Table", "Farm to Table Box"]
    ) == ("  van Kaasmakerij")


def planted(written, key: str, section: str):
    """The brief, its offline sections, and a copy of one section to plant a defect in."""
    sections = dict(written[key])
    sections[section] = sections[section].model_copy(deep=True)
    return corpus()[key], sections, sections[section]


def test_english_headlines_in_a_dutch_campaign_are_still_flagged(written):
    brief, sections, copy = planted(written, "cheese_box", "copy")
    assert brief.rules.languages == ("nl",)
    copy.headlines = [
        f"Meet {brief.product}",
        f"{brief.product}: made for families in Utrecht",
        f"Fresh cheese from the farm, with {brief.product}",
    ]
    copy.elevator_pitch = f"{brief.product} is the new box from {brief.client} for your family."
    assert [f.field for f in language_findings(brief, sections)] == ["Dutch headlines"]


def test_english_posts_in_a_dutch_campaign_are_still_flagged(written):
    brief, sections, social = planted(written, "cheese_box", "social_media_campaign")
    for post in social.posts:
        if post.platform == "instagram":
            post.text = f"Say hello to {brief.product}: fresh cheese for your family, every week."
    assert [f.field for f in language_findings(brief, sections)] == ["Dutch Instagram posts"]


def test_english_lines_in_the_second_language_are_still_flagged(written):
    brief, sections, copy = planted(written, "museum_lates", "copy")
    dutch = next(loc for loc in copy.localized if loc.language == "nl")
    dutch.headlines = [f"Discover {brief.product}", f"{brief.product} is for you"]
    dutch.elevator_pitch = f"{brief.product} is the new night out from {brief.client}."
    assert [f.field for f in language_findings(brief, sections)] == ["Dutch headlines"]


def test_headlines_of_names_alone_are_not_copy_in_the_language(written):
    brief, sections, copy = planted(written, "lake_festival", "copy")
    copy.headlines = [brief.product, f"{brief.product}!"]
    copy.elevator_pitch = brief.product
    assert [f.field for f in language_findings(brief, sections)] == ["French headlines"]
