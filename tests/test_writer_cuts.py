"""Short forms of features keep their meaning: never cut inside a negation's scope or a
coordinated phrase ("no insurance or ID required" is not "no insurance"), and a short form,
a heading, a search keyword or a hashtag made from a feature holds at least one ordinary
word ("AHV/IV/EO, BVG" is a list of codes, not a heading) — properties over every brief of
the corpora, plus reproductions of the audit."""

from __future__ import annotations

import re

import pytest

from tui_app.core.content import Content
from tui_app.core.models import CampaignBrief
from tui_app.core.providers.offline.classify import classify
from tui_app.core.providers.offline.cuts import has_word, shorten
from tui_app.core.providers.offline.facts import facts_for
from tui_app.core.providers.offline.features import read_feature
from tui_app.core.providers.offline.text import hashtag

from .test_writer_kinds import BRIEFS
from .writing import headings, public_strings, run_all


@pytest.fixture(scope="module")
def written() -> dict[str, dict[str, Content]]:
    return {key: run_all(brief) for key, brief in BRIEFS.items()}


@pytest.mark.parametrize(
    ("text", "limit", "bad"),
    [
        ("Free flu shots, no insurance or ID required", 40, "Free flu shots, no insurance"),
        ("Tours without a guide or a map included every day of the week", 40, "without a guide"),
        ("No fees and no minimum balance on any account, ever, anywhere", 30, "No fees"),
        ("AHV/IV/EO, BVG and withholding-tax rules updated each January", 48, "AHV/IV/EO, BVG"),
    ],
)
def test_shorten_never_cuts_a_negation_or_leaves_only_codes(text, limit, bad):
    head = shorten(text, limit)
    assert not head.endswith(bad.rsplit(" ", 1)[-1]) or head == text or not head, head
    assert not head or has_word(head)


def test_shorten_still_cuts_at_a_clause_boundary():
    text = "Continuous mapping of sensitive data across AWS, Azure and GCP"
    assert shorten(text, 40) == "Continuous mapping of sensitive data"


@pytest.mark.parametrize(
    ("text", "ok"),
    [("AHV/IV/EO, BVG", False), ("SOC2, ISO", False), ("Free flu shots", True), ("API keys", True)],
)
def test_has_word(text, ok):
    assert has_word(text) is ok


def test_no_feature_short_form_or_label_is_cut_in_a_negation_or_only_codes():
    bad = []
    for key, brief in BRIEFS.items():
        for feature in facts_for(brief).features:
            for form in (feature.short, feature.label):
                if not form or form.casefold() == feature.text.casefold():
                    continue
                if has_word(feature.text) and not has_word(form):
                    bad.append(f"{key}: {feature.text!r} -> {form!r}")
                # (", and data is hosted…" is a clause boundary; " and imaging systems" is not)
                rest = feature.text[len(form) :].lstrip(" ").casefold()
                if feature.text.startswith(form) and rest.startswith(("or ", "and ", "nor ")):
                    bad.append(f"{key}: {feature.text!r} -> {form!r}")
    assert not bad, bad[:10]


def test_headings_keywords_and_feature_hashtags_hold_an_ordinary_word(written):
    bad = []
    for key, sections in written.items():
        facts = facts_for(BRIEFS[key])
        bad += [
            f"{key} {where}: {text!r}"
            for where, text in headings(sections)
            if text and not has_word(text) and has_word(" ".join(BRIEFS[key].key_features))
        ]
        coded = [x.label for x in facts.features if not has_word(x.label)]
        tags = {hashtag(label, 20, whole=True) for label in coded} - {""}
        for post in sections["social_media_campaign"].posts:
            bad += [f"{key} hashtag {t}" for t in post.hashtags if t in tags]
        for ad in sections["copy"].search_ads:
            bad += [f"{key} keyword {k!r}" for k in ad.keywords if k in {c.lower() for c in coded}]
    assert not bad, bad[:10]


def _repro(key: str, written) -> str:
    return "\n".join(str(s.model_dump()) for s in written[key].values())


def test_the_audit_briefs_keep_a_negation_whole_and_codes_out_of_headings(written):
    clinic = _repro("clinic", written)
    assert "no insurance," not in clinic and "no insurance." not in clinic
    assert "no insurance'" not in clinic
    api = written["api"]
    heads = [text for _, text in headings(api)]
    assert not [h for h in heads if h.startswith("AHV/IV/EO, BVG") and "rules" not in h], heads
    tags = [t for p in api["social_media_campaign"].posts for t in p.hashtags]
    assert "#AHVIVEOBVG" not in tags
    keys = [k for ad in api["copy"].search_ads for k in ad.keywords]
    assert "ahv/iv/eo, bvg" not in keys


def test_a_brief_of_codes_only_still_gets_its_kit():
    brief = CampaignBrief.parse(
        {
            "user": "tester",
            "product": "Codex",
            "client": "Codex AG",
            "target_audience": "payroll teams",
            "goals": ["Reach payroll teams"],
            "key_features": ["AHV/IV/EO, BVG", "QR-IBAN, ISO 20022"],
            "budget": "CHF 5,000",
            "timeline": "4 weeks",
            "channels": ["email", "linkedin", "search_ads"],
        }
    )
    sections = run_all(brief)
    assert sections["copy"].headlines


# -- a participle phrase and a clause joined by a comma ("ISO 27001 certified, data hosted…")


@pytest.mark.parametrize(
    ("text", "kind", "said"),
    [
        (
            "ISO 27001 certified, data hosted in Zurich",
            "adjective",
            "ISO 27001 certified, and data is hosted in Zurich",
        ),
        (
            "FSC certified, wood sourced in Sweden",
            "adjective",
            "FSC certified, and wood is sourced in Sweden",
        ),
        ("GMP certified, made in Basel", "adjective", "GMP certified, made in Basel"),
        ("SOC 2 Type II certified", "adjective", "SOC 2 Type II certified"),
    ],
)
def test_a_participle_phrase_joined_with_a_clause_is_stated_with_is(text, kind, said):
    assert classify(text) == (kind, said)
    feature = read_feature(text, 0, ("Lohnwerk API", "Lohnwerk AG"))
    assert feature.statement("Lohnwerk API").startswith("Lohnwerk API is ")
    assert feature.doubt.startswith("Is it really ") and ", and" not in feature.doubt


_OWNED_PARTICIPLE = re.compile(
    r"\b(?:an?|the) [^.,;:]*?\b(?:certified|approved|accredited|registered|licensed|audited|"
    r"verified|hosted|insured), (?!and\b)[a-z]"
)


def test_no_participle_phrase_is_owned_like_a_thing(written):
    bad = []
    for key, sections in written.items():
        for where, text in public_strings(sections):
            bad += [f"{key} {where}: {m.group(0)!r}" for m in _OWNED_PARTICIPLE.finditer(text)]
    assert not bad, bad[:10]


def test_the_api_brief_says_it_is_certified(written):
    text = _repro("api", written)
    assert "an ISO 27001 certified" not in text
    assert "is ISO 27001 certified, and data is hosted in Zurich" in text
