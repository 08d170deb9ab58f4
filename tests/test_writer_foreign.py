"""Briefs whose features, audience and goals are written in another language than English.

English text (the team's documents, English copy) quotes such phrases as written and never
bends them into English grammar ("with the bohnen aus eigener röstung"); it names the
audience plainly ("people in Hamburg"); copy in the phrases' own language uses them as its
own words; no search phrase ends "… for people".
"""

from __future__ import annotations

import re

import pytest

from tui_app.core.constraints.detect import language_of
from tui_app.core.models import CampaignBrief

from .writing import run_all, strings

_BASE = {"user": "tester", "budget": "€8,000", "timeline": "6 weeks"}

# (product, client, audience, goals, features, tone), written in four languages
_PHRASES = {
    "de": (
        "Kaffeekante",
        "Kaffeekante GmbH",
        "Pendler in Hamburg, die morgens wenig Zeit haben",
        ["500 neue App-Kunden gewinnen"],
        [
            "Bohnen aus eigener Röstung",
            "Bestellen per App, abholen ohne Warten",
            "Mehrwegbecher ohne Pfand",
        ],
        "friendly",
    ),
    "fr": (
        "Fournil Bastille",
        "Boulangerie Marchand",
        "Familles et télétravailleurs du 11e arrondissement de Paris",
        ["Gagner 300 clients réguliers"],
        [
            "Pain au levain cuit chaque matin",
            "Viennoiseries pur beurre",
            "Livraison à vélo dans tout le quartier",
        ],
        "warm",
    ),
    "es": (
        "Casa Nómada",
        "Nómada Coworking S.L.",
        "Nómadas digitales y autónomos en Valencia",
        ["Vender 120 bonos mensuales"],
        [
            "Espacios de trabajo con luz natural",
            "Café de especialidad sin coste",
            "Salas de reuniones por horas",
        ],
        "professional",
    ),
    "ja": (
        "Hinoki Onsen",
        "Hinoki Ryokan",
        "京都を訪れる海外からの旅行者",
        ["予約を二割増やす"],
        ["源泉かけ流しの露天風呂", "季節の懐石料理", "京都駅から送迎あり"],
        "calm",
    ),
}


def _brief(code: str, languages: list[str]) -> CampaignBrief:
    product, client, audience, goals, features, tone = _PHRASES[code]
    return CampaignBrief.parse(
        {
            **_BASE,
            "product": product,
            "client": client,
            "target_audience": audience,
            "goals": goals,
            "key_features": features,
            "tone": tone,
            "languages": languages,
            "channels": ["instagram", "email", "search_ads", "display_ads", "website"],
        }
    )


# each language's phrases in an English-only brief, and with their own language beside English
CASES = [(code, ["en"]) for code in _PHRASES] + [(code, ["en", code]) for code in _PHRASES]
# English words around a phrase that English grammar took in ("with the bohnen aus…")
_GRAMMAR = r"\b(?:the|a|an|with|for|of|your|our|its)\s+"


@pytest.fixture(scope="module", params=CASES, ids=[f"{c}-{'+'.join(ls)}" for c, ls in CASES])
def case(request):
    code, languages = request.param
    brief = _brief(code, languages)
    return code, brief, run_all(brief)


def _english(brief: CampaignBrief, sections) -> list[str]:
    """Every English string: the team's documents, and the copy in English."""
    out = []
    for name, content in sections.items():
        if name in ("copy", "social_media_campaign"):
            continue
        out += list(strings(content))
    copy, social = sections["copy"], sections["social_media_campaign"]
    out += [copy.body_copy, copy.elevator_pitch, *copy.headlines]
    out += [e.body for e in copy.emails if e.language == "en"]
    out += [p.text for p in social.posts if p.language == "en"]
    return out


def test_the_phrases_language_is_read(case):
    code, brief, _ = case
    text = " ".join([*brief.key_features, brief.target_audience, *brief.goals])
    assert language_of(text, (brief.product, brief.client)) == code


def test_english_text_never_lower_cases_a_phrase_into_its_grammar(case):
    _, brief, sections = case
    problems = []
    for phrase in [*brief.key_features, brief.target_audience]:
        lowered = phrase[0].lower() + phrase[1:]
        if lowered == phrase:  # a script without case: look for grammar words before it
            bent = re.compile(_GRAMMAR + re.escape(phrase) + r"(?!”)")
        else:
            bent = re.compile(r"(?<![“\w])" + re.escape(lowered))
        problems += [t for t in _english(brief, sections) if bent.search(t)]
        # nor "the “…”": a quoted phrase is named, never given an English article
        article = re.compile(r"\b(?:the|a|an)\s+“" + re.escape(phrase))
        problems += [t for t in _english(brief, sections) if article.search(t)]
    for goal in brief.goals:  # goals too
        lowered = re.compile(r"(?<![“\w])" + re.escape(goal[0].lower() + goal[1:]))
        problems += [
            t for t in _english(brief, sections) if goal[0].isupper() and lowered.search(t)
        ]
    assert problems == []


def test_english_copy_quotes_the_features_as_written(case):
    _, brief, sections = case
    copy = sections["copy"]
    text = " ".join([copy.body_copy, copy.elevator_pitch, *(e.body for e in copy.emails)])
    quoted = [f for f in brief.key_features if f"“{f}”" in text]
    assert quoted, text[:300]


def test_the_audience_is_named_plainly_and_no_keyword_is_for_people(case):
    _, brief, sections = case
    english = " ".join(_english(brief, sections))
    assert not re.search(r"\bfor (?:the )?pendler\b|\bthe pendler\b", english, re.I)
    for ad in sections["copy"].search_ads:
        assert not [k for k in ad.keywords if k.endswith(" for people") or " for people " in k]
    if "Hamburg" in brief.target_audience:
        assert "people in Hamburg" in english


def test_no_doubled_words(case):
    _, _brief, sections = case
    doubled = re.compile(r"\b(\w+)\s+\1\b", re.I)
    problems = [t for content in sections.values() for t in strings(content) if doubled.search(t)]
    assert problems == []


def test_copy_in_the_phrases_own_language_uses_them_natively(case):
    code, brief, sections = case
    if code not in brief.rules.languages or code == "ja":
        pytest.skip("the phrases' language is not one of the copy's (or has no case)")
    copy = sections["copy"]
    own = " ".join(e.body for e in copy.emails if e.language == code)
    assert own
    # unquoted: the brief's own words in a sentence of their language
    assert any(
        f in own and f"“{f}”" not in own and f"« {f} »" not in own for f in brief.key_features
    ), own[:300]


def test_english_briefs_stay_english():
    """An English brief with terse phrases is still read as English (or gives no sign)."""
    for text in (
        "No subscription Fast Everyone Raise €20,000",
        "Café-quality espresso for the home barista, in minutes",
        "Grenache and Cinsault blend Organic since 2012 Wine lovers in Paris and Lyon",
    ):
        assert language_of(text) in ("en", None), text
