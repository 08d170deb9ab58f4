"""The offline provider: valid, deterministic, brief-specific content within every limit."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tui_app.core.content import (
    SECTION_MODELS,
    Content,
    Copy,
    Creative,
    CtaPlan,
    MessagingPillar,
    Plan,
    SocialCampaign,
    Strategy,
    VisualDirection,
)
from tui_app.core.models import LIMITS, POST_LIMITS, SOCIAL_CHANNELS, CampaignBrief, Channel, Tone
from tui_app.core.providers import offline
from tui_app.core.providers.base import ContentRequest, ProviderError
from tui_app.core.providers.offline import OfflineProvider
from tui_app.samples import samples

from .conftest import make_brief

SAMPLES = samples()
SECTIONS = list(SECTION_MODELS)
PLATFORM_LIMITS = POST_LIMITS
ALL_CHANNELS = [c.value for c in Channel]

LONG_PRODUCT = (
    "Ultra Premium Hyper-Portable All-Weather Multi-Device Solar Charging Adventure "
    "Backpack System Pro Max Edition 2025"
)[:120]


def long_brief(**overrides) -> CampaignBrief:
    fields = {
        "product": LONG_PRODUCT.ljust(120, "X"),
        "client": "The Extraordinarily Long-Named Outdoor Equipment, Apparel & Accessories "
        "Holding Company International Ltd.",
        "target_audience": "Long-distance trekkers, overlanders, expedition photographers and "
        "remote field researchers aged 25-60 who spend weeks away from mains power",
        "goals": ["Build brand awareness across Europe", "Drive online sales"],
        "key_features": [
            "An integrated ultra-high-efficiency monocrystalline solar panel " * 3,
            "Fully waterproof roll-top main compartment with taped seams and " * 2,
            "Integrates with every power bank and phone you could ever possibly want to bring",
            "Pause or skip any delivery of replacement parts whenever you like",
        ],
        "channels": ALL_CHANNELS,
        "tone": "vintage",
    }
    fields.update(overrides)
    return make_brief(**fields)


def generate(brief: CampaignBrief, section: str, context=None, feedback=None, revision=0):
    request = ContentRequest(
        section=section,
        schema=SECTION_MODELS[section],
        brief=brief,
        context=dict(context or {}),
        feedback=list(feedback or []),
        revision=revision,
    )
    return OfflineProvider().generate(request).content


def run_all(brief: CampaignBrief) -> dict[str, Content]:
    """All sections in workflow order, each seeing the ones before it (like the graph)."""
    context: dict[str, Content] = {}
    for section in SECTIONS:
        context[section] = generate(brief, section, context)
    return context


def text_of(content: Content) -> str:
    return content.model_dump_json()


def limit_violations(sections: dict[str, Content]) -> list[str]:
    """Every length limit the review and the platforms enforce."""
    bad: list[str] = []

    def check(name: str, text: str, limit: int) -> None:
        if len(text) > limit:
            bad.append(f"{name} is {len(text)} > {limit}: {text!r}")

    copy = sections["copy"]
    assert isinstance(copy, Copy)
    for i, email in enumerate(copy.emails, 1):
        check(f"email {i} subject", email.subject, LIMITS["email_subject"])
        check(f"email {i} preheader", email.preheader, LIMITS["email_preheader"])
    for kind, ads in (("search", copy.search_ads), ("display", copy.display_ads)):
        for i, ad in enumerate(ads, 1):
            for h in ad.headlines:
                check(f"{kind} ad {i} headline", h, LIMITS["search_headline"])
            for d in ad.descriptions:
                check(f"{kind} ad {i} description", d, LIMITS["search_description"])
    for i, concept in enumerate(sections["creative"].concepts, 1):
        check(f"concept {i} tagline", concept.tagline, 60)
    for stage in sections["cta_optimizer"].stages:
        for variant in stage.variants:
            check(f"{stage.stage} CTA", variant, 25)
    visual = sections["visual"]
    check("hero headline", visual.hero_headline, 60)
    check("hero subline", visual.hero_subline, 90)
    social = sections["social_media_campaign"]
    for post in social.posts:
        check(f"{post.platform} post", post.full_text, PLATFORM_LIMITS[post.platform])
    return bad


def assert_hashtags(social: SocialCampaign) -> None:
    assert re.fullmatch(r"#[^\W_]+", social.campaign_hashtag), social.campaign_hashtag
    for post in social.posts:
        assert 2 <= len(post.hashtags) <= 5
        for tag in post.hashtags:
            assert re.fullmatch(r"#[^\W_]+", tag), tag


def audience_words(brief: CampaignBrief) -> list[str]:
    stop = {"and", "the", "who", "with", "that", "their", "they", "want", "from", "aged"}
    words = re.findall(r"[A-Za-z][A-Za-z-]{3,}", brief.target_audience)
    return [w.lower() for w in words if w.lower() not in stop]


# -- every sample, every section ---------------------------------------------------


@pytest.mark.parametrize("section", SECTIONS)
@pytest.mark.parametrize("name", list(SAMPLES))
def test_each_section_validates_without_context(name, section):
    brief = SAMPLES[name]
    content = generate(brief, section)
    schema = SECTION_MODELS[section]
    assert isinstance(content, schema)
    # a round trip through JSON validates every field again (hex colours, types)
    assert schema.model_validate_json(content.model_dump_json()) == content


@pytest.mark.parametrize("name", list(SAMPLES))
def test_full_run_holds_every_limit_and_shape(name):
    brief = SAMPLES[name]
    sections = run_all(brief)
    assert limit_violations(sections) == []
    assert_hashtags(sections["social_media_campaign"])

    plan = sections["project_manager"]
    assert isinstance(plan, Plan) and 3 <= len(plan.phases) <= 4
    assert len(sections["audience_persona"].personas) == 3
    creative = sections["creative"]
    assert isinstance(creative, Creative) and len(creative.concepts) == 3
    assert 0 <= creative.recommended < 3
    strategy = sections["strategy"]
    assert isinstance(strategy, Strategy) and len(strategy.messaging_pillars) == 3
    assert 3 <= len(strategy.value_propositions) <= 5
    cta = sections["cta_optimizer"]
    assert isinstance(cta, CtaPlan)
    assert [s.stage for s in cta.stages][:3] == ["awareness", "consideration", "conversion"]
    for stage in cta.stages:
        assert len(stage.variants) == 3 and stage.recommended in stage.variants
    assert cta.primary_cta == cta.stages[2].recommended
    visual = sections["visual"]
    assert isinstance(visual, VisualDirection) and 4 <= len(visual.palette) <= 5
    assert len(sections["emotion_personalization"].variants) in (4, 5)

    copy = sections["copy"]
    assert len(copy.headlines) == 5
    for email in copy.emails:
        assert 60 <= len(email.body.split()) <= 150
        assert 1 <= email.send_week <= brief.timeline
    for ad in copy.search_ads + copy.display_ads:
        assert len(ad.headlines) == 3 and len(ad.descriptions) == 2
        assert 5 <= len(ad.keywords) <= 8
        assert len({h.lower() for h in ad.headlines}) == 3
    social = sections["social_media_campaign"]
    for post in social.posts:
        assert 1 <= post.week <= brief.timeline


def test_unknown_section_is_a_provider_error(brief):
    request = ContentRequest(section="haiku", schema=Plan, brief=brief)
    with pytest.raises(ProviderError, match="haiku"):
        OfflineProvider().generate(request)


def test_generation_has_zero_usage(brief):
    request = ContentRequest(section="strategy", schema=Strategy, brief=brief)
    result = OfflineProvider().generate(request)
    assert (result.usage.tokens_in, result.usage.tokens_out) == (0, 0)
    assert OfflineProvider().describe() == "offline"


# -- determinism -------------------------------------------------------------------


def digest(brief: CampaignBrief) -> str:
    sections = run_all(brief)
    joined = "\n".join(sections[s].model_dump_json() for s in SECTIONS)
    return hashlib.sha256(joined.encode()).hexdigest()


@pytest.mark.parametrize("name", list(SAMPLES))
def test_same_brief_gives_identical_output(name):
    brief = SAMPLES[name]
    first = {s: c.model_dump_json() for s, c in run_all(brief).items()}
    offline._FACTS.clear()  # no help from the cache the second time
    offline._KEYS.clear()
    again = CampaignBrief.parse(brief.to_data())
    second = {s: c.model_dump_json() for s, c in run_all(again).items()}
    assert first == second


def test_output_does_not_depend_on_hash_seed_or_process(tmp_path):
    brief = SAMPLES["solar_backpack"]
    path = tmp_path / "brief.json"
    brief.to_json_file(path)
    script = (
        "import sys; sys.path.insert(0, sys.argv[2]);"
        "from tests.test_offline_provider import digest;"
        "from tui_app.core.models import CampaignBrief;"
        "print(digest(CampaignBrief.from_json_file(sys.argv[1])))"
    )
    root = str(Path(__file__).resolve().parent.parent)
    outputs = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", script, str(path), root],
            capture_output=True,
            text=True,
            env=env,
            cwd=tmp_path,
            check=True,
            timeout=120,
        )
        outputs.add(done.stdout.strip())
    outputs.add(digest(brief))
    assert len(outputs) == 1


def test_threads_give_the_same_output_as_one_thread():
    briefs = list(SAMPLES.values())
    expected = [digest(b) for b in briefs]
    results: dict[int, str] = {}

    def work(i: int) -> None:
        results[i] = digest(briefs[i % len(briefs)])

    threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(results[i] == expected[i % len(briefs)] for i in range(8))


# -- brief-specific ------------------------------------------------------------------


@pytest.mark.parametrize("name", list(SAMPLES))
def test_brief_terms_appear_where_they_belong(name):
    brief = SAMPLES[name]
    s = run_all(brief)
    product, client = brief.product.casefold(), brief.client.casefold()
    for section in ("strategy", "copy", "creative", "social_media_campaign"):
        assert product in text_of(s[section]).casefold(), section
    assert client in s["project_manager"].summary.casefold()
    assert client in text_of(s["client_summary"]).casefold()
    words = audience_words(brief)
    for section in ("audience_persona", "strategy"):
        found = [w for w in words if w in text_of(s[section]).casefold()]
        assert found, f"{section} uses none of {words}"
    body = s["copy"].body_copy.casefold()
    features = [f for f in brief.key_features if f.casefold() in body]
    assert len(features) >= min(2, len(brief.key_features))
    # every social post carries the product or the campaign hashtag
    tag = s["social_media_campaign"].campaign_hashtag.casefold()
    for post in s["social_media_campaign"].posts:
        assert product in post.full_text.casefold() or tag in post.full_text.casefold()


def test_two_briefs_give_different_artifacts():
    a = run_all(SAMPLES["solar_backpack"])
    b = run_all(SAMPLES["ledgerly_b2b"])
    for section in ("strategy", "copy", "social_media_campaign", "audience_persona", "creative"):
        assert text_of(a[section]) != text_of(b[section])
    assert a["copy"].body_copy != b["copy"].body_copy
    assert a["strategy"].positioning != b["strategy"].positioning
    assert "Northtrail Gear" not in text_of(b["copy"])


def test_personas_come_from_the_audience_text():
    personas = run_all(SAMPLES["solar_backpack"])["audience_persona"].personas
    names = [p.name for p in personas]
    assert len(set(names)) == 3
    assert any("weekend hiker" in n for n in names)
    assert any("digital nomad" in n for n in names)
    # ages stay inside the brief's 25-40 range
    for persona in personas:
        low, high = map(int, persona.age_range.split("-"))
        assert 25 <= low <= high <= 40
    ledgerly = run_all(SAMPLES["ledgerly_b2b"])["audience_persona"].personas
    assert any("CFO" in p.name for p in ledgerly)
    assert any("LinkedIn" in p.channels for p in ledgerly)


def test_goals_drive_the_plan_and_ctas():
    leads = run_all(SAMPLES["ledgerly_b2b"])
    assert leads["cta_optimizer"].primary_cta == "Book a demo"
    assert "demo" in text_of(leads["project_manager"]).casefold()
    subs = run_all(SAMPLES["bloom_bakery"])
    assert "subscri" in subs["cta_optimizer"].primary_cta.casefold()
    app = run_all(SAMPLES["fitpulse_app"])
    assert "app" in app["cta_optimizer"].primary_cta.casefold()


def test_tone_changes_the_wording():
    casual = run_all(make_brief(tone="casual"))
    authoritative = run_all(make_brief(tone="authoritative"))
    for section in ("copy", "cta_optimizer", "visual", "creative", "emotion_personalization"):
        assert text_of(casual[section]) != text_of(authoritative[section]), section
    assert casual["visual"].palette != authoritative["visual"].palette
    casual_ctas = {v for s in casual["cta_optimizer"].stages for v in s.variants}
    formal_ctas = {v for s in authoritative["cta_optimizer"].stages for v in s.variants}
    assert casual_ctas != formal_ctas
    assert casual["copy"].emails[0].body.startswith("Hey there,")
    assert authoritative["copy"].emails[0].body.startswith("Hello,")


@pytest.mark.parametrize("tone", list(Tone))
def test_every_tone_holds_every_limit(tone):
    for brief in (make_brief(tone=tone.value, channels=ALL_CHANNELS), long_brief(tone=tone.value)):
        sections = run_all(brief)
        assert limit_violations(sections) == []
        assert_hashtags(sections["social_media_campaign"])


# -- channels ------------------------------------------------------------------------


@pytest.mark.parametrize("name", list(SAMPLES))
def test_only_the_briefs_channels_get_channel_copy(name):
    brief = SAMPLES[name]
    s = run_all(brief)
    copy, social = s["copy"], s["social_media_campaign"]
    assert (len(copy.emails) == 3) == (Channel.EMAIL in brief.channels)
    assert bool(copy.emails) == (Channel.EMAIL in brief.channels)
    assert (len(copy.search_ads) == 2) == (Channel.SEARCH_ADS in brief.channels)
    assert bool(copy.search_ads) == (Channel.SEARCH_ADS in brief.channels)
    assert bool(copy.display_ads) == (Channel.DISPLAY_ADS in brief.channels)
    wanted = {c.value for c in brief.channels if c in SOCIAL_CHANNELS}
    assert {p.platform for p in social.posts} == wanted
    for platform in wanted:
        assert 2 <= sum(p.platform == platform for p in social.posts) <= 3


def test_no_linkedin_posts_without_linkedin():
    brief = make_brief(channels=["instagram", "tiktok", "email"])
    social = run_all(brief)["social_media_campaign"]
    assert {p.platform for p in social.posts} == {"instagram", "tiktok"}


def test_brief_without_social_channels_gets_no_posts():
    brief = make_brief(channels=["email", "search_ads", "website"])
    s = run_all(brief)
    social = s["social_media_campaign"]
    assert social.posts == []
    assert "no social channel" in social.cadence.lower()
    assert re.fullmatch(r"#[^\W_]+", social.campaign_hashtag)
    assert s["copy"].emails and s["copy"].search_ads and not s["copy"].display_ads


def test_short_timeline_keeps_weeks_inside_it():
    brief = make_brief(timeline="1 week", channels=ALL_CHANNELS)
    s = run_all(brief)
    assert {e.send_week for e in s["copy"].emails} == {1}
    assert {p.week for p in s["social_media_campaign"].posts} == {1}
    assert all(p.weeks == "1" for p in s["project_manager"].phases)


# -- long names ----------------------------------------------------------------------


def test_long_names_hold_every_limit():
    brief = long_brief()
    assert len(brief.product) == 120
    sections = run_all(brief)
    assert limit_violations(sections) == []
    assert_hashtags(sections["social_media_campaign"])
    # the full name still appears where there is room for it
    assert brief.product in sections["strategy"].positioning
    assert brief.product in sections["copy"].body_copy
    for ad in sections["copy"].search_ads:
        assert all(h.strip() for h in ad.headlines)


def test_hashtags_are_safe_for_punctuated_names():
    brief = make_brief(
        product="Café-Crème <Deluxe> & Co. (2025)!",
        client="O'Brien & Sons, Ltd.",
        campaign_name="",
        channels=ALL_CHANNELS,
    )
    social = run_all(brief)["social_media_campaign"]
    assert_hashtags(social)
    assert social.campaign_hashtag.startswith("#CaféCrème")


def test_features_with_their_own_article_read_naturally():
    brief = make_brief(
        key_features=["A solar panel on the lid", "An ice-proof zip", "The 5-year warranty"]
    )
    s = run_all(brief)
    body = s["copy"].body_copy
    assert "the a " not in body.lower() and "the an " not in body.lower()
    assert sum(f.casefold() in body.casefold() for f in brief.key_features) >= 2


def test_user_text_is_used_verbatim():
    brief = make_brief(product="Widget <b>Pro</b>", client="A & B <Labs>")
    s = run_all(brief)
    assert "Widget <b>Pro</b>" in s["copy"].body_copy
    assert "A & B <Labs>" in s["project_manager"].summary


def test_fields_are_plain_text():
    for brief in SAMPLES.values():
        for section, content in run_all(brief).items():
            text = text_of(content)
            assert "**" not in text and "__" not in text, section
            assert not re.search(r"</?[a-z]+>", text), section
            assert not re.search(r"\{[A-Za-z_]+\}", text), section  # no unfilled slot


# -- context and feedback ------------------------------------------------------------


def test_copy_reuses_the_creative_tagline_and_social_the_pillars(brief):
    creative = generate(brief, "creative")
    creative.concepts[creative.recommended].tagline = "Skate past the coyote."
    copy = generate(brief, "copy", {"creative": creative})
    assert copy.headlines[0] == "Skate past the coyote."
    visual = generate(brief, "visual", {"creative": creative})
    assert visual.hero_headline == "Skate past the coyote."

    strategy = generate(brief, "strategy")
    strategy.messaging_pillars[0] = MessagingPillar(
        name="Speed", message="Nothing on the mesa moves faster.", proof_points=["a", "b"]
    )
    social = generate(brief, "social_media_campaign", {"strategy": strategy})
    assert any("Nothing on the mesa moves faster." in p.text for p in social.posts)

    plan = generate(brief, "project_manager")
    plan.phases[0].name = "Dust cloud"
    summary = generate(brief, "client_summary", {"project_manager": plan})
    assert any("Dust cloud" in item for item in summary.what_we_will_do)


def test_foreign_context_of_the_wrong_type_is_ignored(brief):
    copy = generate(
        brief,
        "copy",
        {"creative": Plan(summary="x", phases=[], deliverables=[], success_criteria=[])},
    )
    assert copy.headlines and brief.product in copy.body_copy


def test_feedback_on_x_length_makes_posts_shorter():
    brief = long_brief(channels=["x", "instagram"])
    before = [p for p in generate(brief, "social_media_campaign").posts if p.platform == "x"]
    feedback = ["x post 1 is 350 characters; the limit is 280."]
    revised = generate(brief, "social_media_campaign", feedback=feedback, revision=1)
    after = [p for p in revised.posts if p.platform == "x"]
    assert len(after) == len(before)
    # the margin is the overshoot (70) plus 8 per revision
    assert max(len(p.full_text) for p in before) > 280 - 78
    assert all(len(p.full_text) <= 280 - 78 for p in after)
    # other platforms keep their own limits untouched
    assert [p for p in revised.posts if p.platform == "instagram"]


def test_feedback_on_subjects_tightens_them():
    brief = long_brief(channels=["email"])
    feedback = [
        "email 1 subject is 75 characters; the limit is 60.",
        "email 2 preheader is 130 characters; the limit is 100.",
    ]
    copy = generate(brief, "copy", feedback=feedback, revision=2)
    margin_subject = min(60 // 3, 15 + 16)
    assert all(len(e.subject) <= 60 - margin_subject for e in copy.emails)
    assert all(len(e.preheader) <= 100 - min(100 // 3, 30 + 16) for e in copy.emails)


def test_feedback_adds_missing_brief_terms():
    features = [f"Feature number {i} with its own name" for i in range(1, 13)]
    brief = make_brief(key_features=features)
    plain = generate(brief, "strategy")
    missing = features[11].casefold()
    assert missing not in text_of(plain).casefold()  # strategy lists the first five only
    feedback = [f"strategy.md does not mention the feature {features[11]!r}."]
    revised = generate(brief, "strategy", feedback=feedback, revision=1)
    assert missing in text_of(revised).casefold()  # the review compares case-insensitively
    # text that is not from the brief is never echoed back
    odd = generate(
        brief, "strategy", feedback=["strategy.md lacks 'DROP TABLE briefs'"], revision=1
    )
    assert "DROP TABLE" not in text_of(odd)


def test_revision_without_feedback_still_valid(brief):
    for section in SECTIONS:
        content = generate(brief, section, revision=2)
        assert isinstance(content, SECTION_MODELS[section])


# -- speed -----------------------------------------------------------------------------


def test_a_whole_campaign_is_fast():
    briefs = list(SAMPLES.values())
    for b in briefs:
        run_all(b)  # warm up
    start = time.perf_counter()
    rounds = 10
    for _ in range(rounds):
        for b in briefs:
            run_all(b)
    per_brief_ms = (time.perf_counter() - start) / (rounds * len(briefs)) * 1000
    # the target is well under 5 ms; the bound here only catches gross regressions
    assert per_brief_ms < 50, per_brief_ms
