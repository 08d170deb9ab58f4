"""Stock lines bound to a kind of product (a bag, an API, a stay, a cause…), to a B2B or a
consumer audience, or to a brief that says something is free appear only in kits of briefs
they fit — a property over every brief of the corpora, plus reproductions of the audit."""

from __future__ import annotations

import pytest

from tui_app.core.content import Content
from tui_app.core.models import CampaignBrief
from tui_app.core.providers.offline.audience import read_audience
from tui_app.core.providers.offline.kinds import bound_problems, fits, read_kind, says_free
from tui_app.samples import samples

from .briefs import corpus
from .field_briefs import field_briefs
from .test_writer_audit import _REPRO
from .writing import own_text, public_strings, run_all, strings

BRIEFS: dict[str, CampaignBrief] = {
    **{k: CampaignBrief.parse({"user": "tester", **v}) for k, v in _REPRO.items()},
    **corpus(),
    **field_briefs(),
    **samples(),
}


@pytest.fixture(scope="module")
def written() -> dict[str, dict[str, Content]]:
    return {key: run_all(brief) for key, brief in BRIEFS.items()}


def _brief(**fields) -> CampaignBrief:
    base = {
        "user": "tester",
        "product": "Thing",
        "client": "Maker",
        "target_audience": "people",
        "goals": ["Reach people"],
        "key_features": ["One"],
        "budget": "$1,000",
        "timeline": "4 weeks",
        "channels": ["email"],
    }
    return CampaignBrief.parse({**base, **fields})


@pytest.mark.parametrize(
    ("fields", "kind"),
    [
        ({"product": "Lohn REST API", "key_features": ["Sandbox in 5 minutes"]}, "software"),
        ({"product": "Flu Shots 2026", "key_features": ["Free flu shots at clinics"]}, "cause"),
        ({"product": "Winter Retreat", "key_features": ["Rooms with private baths"]}, "place"),
        ({"product": "Trail Backpack", "key_features": ["Waterproof fabric"]}, "physical"),
        ({"product": "Harbour Jazz Festival", "key_features": ["Tickets from May"]}, "event"),
        ({"product": "Thing", "key_features": ["One"]}, ""),  # nothing says: neutral
    ],
)
def test_the_kind_is_read_from_the_briefs_words(fields, kind):
    assert read_kind(_brief(**fields)) == kind


def test_free_only_when_the_brief_says_so():
    assert says_free(_brief(key_features=["Free flu shots, no insurance required"]))
    assert not says_free(_brief(key_features=["Eight rooms with private baths"]))


@pytest.mark.parametrize(
    ("line", "kind", "b2b", "free", "ok"),
    [
        ("Let {l} do the talking: every asset shows it in use, close up.", "physical", 0, 0, 1),
        ("Let {l} do the talking: every asset shows it in use, close up.", "software", 1, 0, 0),
        ("See {brand} at work.", "place", 0, 0, 0),
        ("See {brand} at work.", "", 0, 0, 0),  # unknown kind: neutral lines only
        ("Tell a colleague", "place", 0, 0, 0),
        ("Tell a colleague", "software", 1, 0, 1),
        ("Tell a friend", "software", 1, 0, 0),
        ("A first look costs nothing, which suits {segment}.", "software", 1, 0, 0),
        ("Find your fit", "cause", 0, 0, 0),
        ("Learn more", "", 0, 0, 1),
        ("Detail shots of {l0}, in use, in a real setting.", "service", 0, 0, 0),
        ("Detail shots of {l0}, in use, in a real setting.", "physical", 0, 0, 1),
        ("Close-ups that make {l0} clear: show it rather than say it.", "cause", 0, 0, 0),
    ],
)
def test_a_bound_line_fits_only_its_kind_audience_and_pricing(line, kind, b2b, free, ok):
    assert fits(line, kind, bool(b2b), bool(free)) is bool(ok)


@pytest.mark.parametrize(
    ("audience", "b2b"),
    [
        ("Dog and cat owners within 10 miles of Harbourside", False),
        ("Amateur League of Legends teams in Europe", False),
        ("First-time buyers in the UK aged 25-40", False),
        ("Homeowners in Austin", False),
        ("People who want it done today", False),  # the pronoun, not the department
        ("Small business owners in Leeds", True),
        ("Restaurant and café owners", True),
        ("Sales teams at mid-size firms", True),
        ("Media buyers", True),
        ("IT leaders in retail", True),
        ("Planning managers at UK local councils", True),
    ],
)
def test_an_audience_is_b2b_when_it_buys_for_work(audience, b2b):
    assert read_audience(audience, ("Thing", "Maker")).b2b is b2b


_AT_WORK = ("the team", "rollout", "organisations like ours", "a team like ours")


def test_consumer_personas_never_speak_of_their_team_or_a_rollout(written):
    """Pet owners, gamers and home buyers were once read as B2B ('owners', 'teams', 'buyers')
    and asked for 'a one-pager to share with the team'."""
    bad = []
    for key, sections in written.items():
        brief = BRIEFS[key]
        if read_audience(brief.target_audience, (brief.product, brief.client)).b2b:
            continue
        own = " ".join(own_text(brief)).lower()
        for text in strings(sections["audience_persona"]):
            bad += [
                f"{key}: {text!r}" for word in _AT_WORK if word in text.lower() and word not in own
            ]
    assert not bad, bad[:12]


def test_no_line_meant_for_one_kind_appears_in_a_kit_of_another(written):
    bad = []
    for key, sections in written.items():
        brief = BRIEFS[key]
        kind, free = read_kind(brief), says_free(brief)
        b2b = read_audience(brief.target_audience, (brief.product, brief.client)).b2b
        own = sorted(own_text(brief), key=len, reverse=True)
        for where, text in public_strings(sections):
            for phrase in own:  # the brief's own words may say anything
                text = text.replace(phrase, "")
            for pattern in bound_problems(text, kind, b2b, free):
                bad.append(f"{key} ({kind or 'unknown'}, b2b={b2b}) {where}: {text!r} ~ {pattern}")
    assert not bad, bad[:12]


@pytest.mark.parametrize(
    ("key", "absent"),
    [
        ("clinic", ("close up", "at work", "See how it works", "Find your fit", "costs nothing")),
        ("api", ("close up", "Find your fit", "Take a peek", "Tell a friend", "costs nothing")),
        ("inn", ("close up", "at work", "Tell a colleague", "See the features", "costs nothing")),
    ],
)
def test_the_audit_briefs_get_no_line_from_another_category(written, key, absent):
    texts = [t for _, t in public_strings(written[key])]
    found = [(p, t) for t in texts for p in absent if p in t]
    assert not found, found[:5]


def test_a_hard_subject_gets_no_cheerful_line(written):
    """A divorce service in a warm tone once opened 'Here's something nice:'."""
    from tui_app.core.providers.offline.facts import is_sensitive
    from tui_app.core.providers.offline.voice import _CHEERFUL

    hard = [key for key, brief in BRIEFS.items() if is_sensitive(brief)]
    assert "divorce_solicitors" in hard
    bad = []
    for key in hard:
        own = sorted(own_text(BRIEFS[key]), key=len, reverse=True)
        for where, text in public_strings(written[key]):
            for phrase in own:
                text = text.replace(phrase, "")
            if found := _CHEERFUL.search(text):
                bad.append(f"{key} {where}: {text!r} ~ {found.group(0)}")
    assert not bad, bad[:12]


def test_only_a_post_whose_link_sits_in_the_bio_says_so(written):
    """A German LinkedIn post ended 'Demo vereinbaren: Link in der Bio.': only Instagram and
    TikTok keep a post's link in the profile; elsewhere the post carries it."""
    import re

    bad = [
        f"{key} {post.platform}: {post.text!r}"
        for key, sections in written.items()
        for post in sections["social_media_campaign"].posts
        if post.platform not in ("instagram", "tiktok")
        and re.search(r"(?i)\bbio\b|الملف الشخصي", post.text)
    ]
    assert not bad, bad[:6]


def test_no_topical_hashtag_is_made_of_a_figure(written):
    """'Representative 19.9% APR' became '#Representative199APR' (read as 199% APR) and
    '10% off dental treatment' '#10OffDentalTreatment'."""
    import re

    bad = []
    for key, sections in written.items():
        brief = BRIEFS[key]
        named = {re.sub(r"\W", "", n).casefold() for n in (brief.product, brief.client)}
        named.add(re.sub(r"\W", "", brief.campaign_name).casefold())
        for post in sections["social_media_campaign"].posts:
            for tag in post.hashtags:
                word = tag.lstrip("#").casefold()
                if re.search(r"\d", word) and not any(word in n or n in word for n in named):
                    bad.append(f"{key}: {tag}")
    assert not bad, bad[:8]


def test_a_required_line_never_runs_into_a_post_s_call(written):
    """'Sign up → bio Please drink responsibly.' pointed the arrow at the disclaimer."""
    bad = []
    for key, sections in written.items():
        for line in BRIEFS[key].rules.must_include:
            for post in sections["social_media_campaign"].posts:
                at = post.text.find(line)
                if at > 0 and post.text[at - 1] != "\n":
                    bad.append(f"{key} {post.platform}: {post.text[max(0, at - 30) : at + 20]!r}")
    assert not bad, bad[:6]


def test_a_persona_never_speaks_in_the_brand_s_voice(written):
    """'Is it really hand-stitched in our Geneva atelier?' put the brand's 'our' in a
    customer's mouth."""
    import re

    bad = [
        f"{key}: {text!r}"
        for key, sections in written.items()
        for persona in sections["audience_persona"].personas
        for text in [persona.quote, persona.summary, *persona.needs, *persona.objections]
        if re.search(r"\bour\b", text, re.I)
    ]
    assert not bad, bad[:6]
