"""What a marketer reading the kit would cut, as properties over the whole corpus.

These pin the first-draft quality a property of grammar alone does not catch: no text for
the client talks about "the brief"; no sentence comes twice in one document; personas,
concepts and pillars are told apart and never cut mid-word; public copy never quotes a
feature like a team note; a call to action keeps its person ("after they check their
date", never "check your date"); channels read as words mid-sentence.
"""

from __future__ import annotations

import pytest

from tui_app.core.models import CampaignBrief
from tui_app.core.providers.offline.audience import read_audience
from tui_app.core.providers.offline.features import read_feature
from tui_app.samples import samples

from .briefs import corpus, generated
from .field_briefs import field_briefs
from .writing import (
    clash_problems,
    label_problems,
    meta_problems,
    quoted_feature_problems,
    repeat_problems,
    run_all,
)

BRIEFS: dict[str, CampaignBrief] = {**corpus(), **samples()}
CHECKS = (meta_problems, clash_problems, repeat_problems, label_problems, quoted_feature_problems)


@pytest.fixture(scope="module")
def written():
    return {key: run_all(brief) for key, brief in BRIEFS.items()}


@pytest.mark.parametrize("check", CHECKS, ids=lambda c: c.__name__)
def test_every_corpus_campaign_reads_as_a_first_draft(written, check):
    problems = [f"{key}: {p}" for key, s in written.items() for p in check(BRIEFS[key], s)]
    assert problems == []


def test_generated_briefs_read_as_a_first_draft():
    problems = []
    for brief in generated(30, seed=11):
        sections = run_all(brief)
        for check in CHECKS:
            problems += [f"{brief.product}: {p}" for p in check(brief, sections)]
    assert problems == []


def test_the_checks_catch_what_they_are_for(written):
    """Each check fails on the sentence it exists for (so none of them is vacuous)."""
    brief = BRIEFS["wedding_films"]
    sections = {k: v.model_copy(deep=True) for k, v in written["wedding_films"].items()}
    sections["visual"].mood = "Calm, in the brief's own words “romantic”."
    sections["strategy"].market_notes.append("We ask that they check your date.")
    personas = sections["audience_persona"].personas
    personas[2].name = personas[0].name.split(",")[0] + ", the weekend hiker, ready to act"
    sections["copy"].body_copy += " Two photographers cover the whole day for you. " * 2
    sections["social_media_campaign"].posts[0].text += f" “{brief.key_features[0]}”"
    assert meta_problems(brief, sections)
    assert clash_problems(brief, sections)
    assert len(label_problems(brief, sections)) >= 2
    assert repeat_problems(brief, sections)
    assert quoted_feature_problems(brief, sections)


@pytest.mark.parametrize(
    ("feature", "sentence"),
    [
        # a mass noun or a plural takes no article; a countable singular takes "a"/"an"
        ("Documentary-style photography", "X comes with documentary-style photography."),
        ("Online gallery within three weeks", "X comes with an online gallery within three weeks."),
        ("Packages from £1,800", "X comes with packages from £1,800."),
        ("5% down payment", "X comes with a 5% down payment."),
        ("In-house lab results the same day", "X comes with in-house lab results the same day."),
        (
            "Agentless deployment in under an hour",
            "X comes with agentless deployment in under an hour.",
        ),
        # a distance or a time is what the product is, not what it has
        ("Ten minutes on foot from Nanzen-ji", "X is ten minutes on foot from Nanzen-ji."),
    ],
)
def test_noun_phrases_take_the_article_they_need(feature, sentence):
    assert read_feature(feature, 0, ("X", "Client")).statement("X", 0) == sentence


def test_a_feature_that_names_the_product_is_stated_not_owned():
    """ "Photography" for a photographer: never "X has documentary-style photography"."""
    read = read_feature("Documentary-style photography", 0, ("Lumen Wedding Photography", "L"))
    assert read.identity
    for variant in range(4):
        text = read.statement("Lumen Wedding Photography", variant)
        assert not any(v in text for v in (" has ", " comes with ", "you get"))


def test_copy_in_each_language_reads_as_that_language(written):
    """Posts, emails and key lines in every language of the brief pass the review's language
    check once the brief's names are set aside (a name like "Nocturne at the Rijks" is not
    English copy): quoted features never swamp the other language's own words."""
    from tui_app.core.constraints.detect import looks_like

    problems = []
    for key, sections in written.items():
        brief = BRIEFS[key]
        names = sorted({brief.product, brief.client}, key=len, reverse=True)

        def bare(text: str, names: list[str] = names) -> str:
            for name in names:
                text = text.replace(name, " ")
            return text

        copy, social = sections["copy"], sections["social_media_campaign"]
        for code in brief.rules.languages:
            # judged as the review judges them: the emails together, each platform's posts
            texts = [" ".join(e.body for e in copy.emails if e.language == code)]
            for platform in {p.platform for p in social.posts}:
                texts.append(
                    " ".join(
                        p.text
                        for p in social.posts
                        if p.language == code and p.platform == platform
                    )
                )
            texts += [
                " ".join([*loc.headlines, loc.elevator_pitch])
                for loc in copy.localized
                if loc.language == code
            ]
            for text in texts:
                if text.strip() and not looks_like(bare(text), code):
                    problems.append(f"{key} ({code}): {text[:80]!r}")
    assert problems == []


@pytest.mark.parametrize(
    ("feature", "sentence"),
    [
        ("Open source under the MIT licence", "shipit is open source under the MIT licence."),
        ("Member-owned, not for profit", "shipit is member-owned, not for profit."),
        ("Locally grown", "shipit is locally grown."),
        (
            "Invests in SEBI-registered mutual funds",
            "shipit invests in SEBI-registered mutual funds.",
        ),
        (
            "Instant ocean and air freight quotes",
            "shipit comes with instant ocean and air freight quotes.",
        ),
    ],
)
def test_a_lower_case_name_keeps_its_case_and_adjectives_read_as_such(feature, sentence):
    assert read_feature(feature, 0, ("shipit", "Shipit Labs")).statement("shipit", 0) == sentence


def test_a_lower_case_product_name_is_never_capitalised(written):
    brief = BRIEFS["shipit_cli"]
    text = "\n".join(
        [
            written["shipit_cli"]["copy"].body_copy,
            *written["shipit_cli"]["strategy"].value_propositions,
        ]
    )
    assert "Shipit " not in text.replace(brief.client, "")


def test_no_headline_repeats_another_but_for_its_full_stop(written):
    """The tagline 'Adults, meet X.' and the headline 'Adults, meet X' once stood side by side."""
    problems = []
    fields = {key: run_all(brief) for key, brief in field_briefs().items()}
    for key, sections in {**written, **fields}.items():
        said = [h.casefold().rstrip(".!? ") for h in sections["copy"].headlines]
        if len(set(said)) < len(said):
            problems.append(f"{key}: {sections['copy'].headlines}")
        # where the audience is says nothing of where the product is ("X in Australia" for a
        # cruise in Japan)
        brief = {**BRIEFS, **field_briefs()}[key]
        place = read_audience(brief.target_audience, (brief.product, brief.client)).place
        if place and f"{brief.product} {place}".casefold() in said:
            problems.append(f"{key}: the product placed where its audience is")
    assert problems == []
