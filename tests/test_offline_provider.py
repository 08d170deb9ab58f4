"""The offline provider: valid, deterministic, brief-specific content; revisions driven by
typed findings; the brief's rules and languages; the public interface."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tui_app.core.content import Content, Plan, Strategy
from tui_app.core.findings import Finding, FindingKind
from tui_app.core.models import LIMITS, POST_LIMITS, SOCIAL_CHANNELS, CampaignBrief, Channel, Tone
from tui_app.core.phases import campaign_phases
from tui_app.core.providers.base import ContentRequest, ProviderError
from tui_app.core.providers.offline import OfflineProvider, clear_cache, palette_for
from tui_app.core.workflow.team import TEAM
from tui_app.samples import samples

from .briefs import corpus
from .conftest import make_brief
from .writing import SECTIONS, generate, limit_problems, rule_problems, run_all, seam_problems

SECTION_MODELS = TEAM.section_models  # node -> section model, from the registry

SAMPLES = samples()
ALL_CHANNELS = [c.value for c in Channel]


def text_of(content: Content) -> str:
    return content.model_dump_json()


def long_brief(**overrides) -> CampaignBrief:
    fields = {
        "product": "Ultra Premium Hyper-Portable All-Weather Multi-Device Charging System "
        "Pro Max Edition 2025 for Expeditions and Fieldwork",
        "client": "The Extraordinarily Long-Named Equipment, Apparel & Accessories Holding "
        "Company International Ltd.",
        "target_audience": "Long-distance trekkers, overlanders, expedition photographers and "
        "remote field researchers aged 25-60 who spend weeks away from mains power",
        "goals": ["Build brand awareness across Europe", "Drive online sales"],
        "key_features": [
            "An integrated ultra-high-efficiency monocrystalline panel " * 3,
            "Fully sealed roll-top main compartment with taped seams and " * 2,
            "Integrates with every power bank and phone you could ever possibly want to bring",
            "Pause or skip any delivery of replacement parts whenever you like",
        ],
        "channels": ALL_CHANNELS,
        "tone": "vintage",
    }
    fields.update(overrides)
    return make_brief(**fields)


# -- the interface -------------------------------------------------------------------


@pytest.mark.parametrize("section", SECTIONS)
@pytest.mark.parametrize("name", list(SAMPLES))
def test_each_section_validates_without_context(name, section):
    content = generate(SAMPLES[name], section)
    schema = SECTION_MODELS[section]
    assert isinstance(content, schema)
    assert schema.model_validate_json(content.model_dump_json()) == content


def test_unknown_section_is_a_provider_error(brief):
    request = ContentRequest(section="haiku", schema=Plan, brief=brief)
    with pytest.raises(ProviderError, match="haiku"):
        OfflineProvider().generate(request)


def test_generation_has_zero_usage(brief):
    request = ContentRequest(section="strategy", schema=Strategy, brief=brief)
    result = OfflineProvider().generate(request)
    assert (result.usage.tokens_in, result.usage.tokens_out) == (0, 0)
    assert OfflineProvider().describe() == "offline"


@pytest.mark.parametrize("name", list(SAMPLES))
def test_shapes_hold_for_the_samples(name):
    brief = SAMPLES[name]
    s = run_all(brief)
    assert limit_problems(s) == [] and seam_problems(brief, s) == []
    plan = s["project_manager"]
    phases = campaign_phases(brief.timeline)
    assert [(p.name, p.weeks) for p in plan.phases] == [(p.name, p.weeks) for p in phases]
    assert len(s["audience_persona"].personas) == 3
    creative = s["creative"]
    assert len(creative.concepts) == 3 and 0 <= creative.recommended < 3
    strategy = s["strategy"]
    assert len(strategy.messaging_pillars) == 3 and 3 <= len(strategy.value_propositions) <= 5
    cta = s["cta_optimizer"]
    assert [st.stage for st in cta.stages][:3] == ["awareness", "consideration", "conversion"]
    for stage in cta.stages:
        assert len(stage.variants) == 3 and stage.recommended in stage.variants
    assert cta.primary_cta == cta.stages[2].recommended
    assert 4 <= len(s["visual"].palette) <= 5
    assert len(s["emotion_personalization"].variants) in (4, 5)
    copy = s["copy"]
    assert len(copy.headlines) == 5
    for ad in copy.search_ads + copy.display_ads:
        assert len(ad.headlines) == 3 and len(ad.descriptions) == 2
        assert 5 <= len(ad.keywords) <= 8 and len({h.lower() for h in ad.headlines}) == 3
    for post in s["social_media_campaign"].posts:
        assert 2 <= len(post.hashtags) <= 5 or post.platform == "x"
        assert all(re.fullmatch(r"#[^\W_]+", t) for t in post.hashtags)


# -- determinism -----------------------------------------------------------------------


def digest(brief: CampaignBrief) -> str:
    sections = run_all(brief)
    joined = "\n".join(sections[s].model_dump_json() for s in SECTIONS)
    return hashlib.sha256(joined.encode()).hexdigest()


def test_same_brief_gives_identical_output_without_the_cache():
    for brief in [*SAMPLES.values(), *list(corpus().values())[:6]]:
        first = digest(brief)
        clear_cache()
        assert digest(CampaignBrief.parse(brief.to_data())) == first


def test_output_does_not_depend_on_hash_seed_or_process(tmp_path):
    brief = corpus()["cafe_hinode"]
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
    briefs = [*SAMPLES.values(), *list(corpus().values())[:3]]
    expected = [digest(b) for b in briefs]
    clear_cache()
    results: dict[int, str] = {}

    def work(i: int) -> None:
        results[i] = digest(briefs[i % len(briefs)])

    threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(results[i] == expected[i % len(briefs)] for i in range(8))


# -- brief-specific --------------------------------------------------------------------


def test_two_briefs_give_different_artifacts():
    a = run_all(SAMPLES["solar_backpack"])
    b = run_all(SAMPLES["ledgerly_b2b"])
    for section in SECTIONS[:9]:
        assert text_of(a[section]) != text_of(b[section]), section
    assert "Northtrail Gear" not in text_of(b["copy"])


def test_personas_come_from_the_audience_text():
    personas = run_all(SAMPLES["solar_backpack"])["audience_persona"].personas
    assert len({p.name for p in personas}) == 3
    assert any("weekend hiker" in p.name for p in personas)
    assert any("digital nomad" in p.name for p in personas)
    assert all(p.age_range == "25-40" for p in personas)
    b2b = run_all(corpus()["vaultline_dspm"])["audience_persona"].personas
    assert any("CISO" in p.name for p in b2b)
    assert all(p.age_range == "not stated" for p in b2b)  # never "CISO · 25-34"
    assert any("LinkedIn" in p.channels for p in b2b)


def test_goals_choose_the_call_to_action():
    ctas = {key: run_all(corpus()[key])["cta_optimizer"].primary_cta for key in corpus()}
    assert ctas["fun_run"] == "Donate"
    assert ctas["plumber"] == "Get a quote"
    assert ctas["ai_notes"] == "Start a free trial"
    assert ctas["recycle_right"] == "Find your bin day online"  # the brief's own words
    conversion = run_all(corpus()["fun_run"])["cta_optimizer"].stages[2].variants
    assert "Sign up to run" in conversion
    assert ctas["freightflow"] in ("Book a demo", "Request a demo")


def test_tone_changes_the_wording_and_palette():
    casual = run_all(make_brief(tone="laid-back"))
    formal = run_all(make_brief(tone="authoritative"))
    for section in ("copy", "cta_optimizer", "visual", "creative", "emotion_personalization"):
        assert text_of(casual[section]) != text_of(formal[section]), section
    assert casual["visual"].palette != formal["visual"].palette
    assert palette_for(make_brief(tone="calm"))[0].hex != palette_for(make_brief())[0].hex
    branded = palette_for(make_brief(brand_colors=["#123456"]))
    assert branded[0].hex == "#123456"


@pytest.mark.parametrize("tone", list(Tone))
def test_every_tone_holds_every_limit(tone):
    for brief in (make_brief(tone=tone.value, channels=ALL_CHANNELS), long_brief(tone=tone.value)):
        s = run_all(brief)
        assert limit_problems(s) == []
        assert seam_problems(brief, s) == []


@pytest.mark.parametrize("name", list(SAMPLES))
def test_only_the_briefs_channels_get_channel_copy(name):
    brief = SAMPLES[name]
    s = run_all(brief)
    copy, social = s["copy"], s["social_media_campaign"]
    assert (len(copy.emails) == 3) == (Channel.EMAIL in brief.channels)
    assert (len(copy.search_ads) == 2) == (Channel.SEARCH_ADS in brief.channels)
    assert bool(copy.display_ads) == (Channel.DISPLAY_ADS in brief.channels)
    wanted = {c.value for c in brief.channels if c in SOCIAL_CHANNELS}
    assert {p.platform for p in social.posts} == wanted
    for platform in wanted:
        assert 2 <= sum(p.platform == platform for p in social.posts) <= 3


def test_brief_without_social_channels_gets_no_posts():
    s = run_all(make_brief(channels=["email", "search_ads", "website"]))
    assert s["social_media_campaign"].posts == []
    assert "no social channel" in s["social_media_campaign"].cadence.lower()
    assert s["copy"].emails and s["copy"].search_ads and not s["copy"].display_ads


def test_short_timeline_keeps_weeks_inside_it():
    s = run_all(make_brief(timeline="1 week", channels=ALL_CHANNELS))
    assert {e.send_week for e in s["copy"].emails} == {1}
    assert {p.week for p in s["social_media_campaign"].posts} == {1}
    assert [p.weeks for p in s["project_manager"].phases] == ["1"]


def test_long_names_hold_every_limit_and_are_never_cut():
    brief = long_brief()
    s = run_all(brief)
    assert limit_problems(s) == []
    assert brief.product in s["strategy"].positioning or brief.product in text_of(s["strategy"])
    assert brief.product in s["copy"].body_copy
    for ad in s["copy"].search_ads:
        for headline in ad.headlines:
            # a headline is a whole phrase: never the name cut after a word
            assert headline in ("Learn More", "See How It Works", "Find Out More") or (
                not brief.product.startswith(headline)
            )


@pytest.mark.parametrize(
    ("product", "client"),
    [
        ("Café Hinode", "Hinode Coffee K.K."),
        ("Müller Präzision", "Müller & Söhne GmbH"),
        ("Łódź Night Tram", "Łódź Transit"),
        ("Widget <b>Pro</b>", "A & B <Labs>"),
        ("Ledgerly Close", "Ledgerly Inc."),
        ("Yahoo! Mail", "Oath Ltd."),
        ("Maison", "Maison Delacroix Horlogerie"),
    ],
)
def test_names_are_used_verbatim_and_read_correctly(product, client):
    brief = make_brief(product=product, client=client, channels=ALL_CHANNELS)
    s = run_all(brief)
    assert product in s["copy"].body_copy
    assert client in s["project_manager"].summary
    assert seam_problems(brief, s) == []
    text = "\n".join(text_of(c) for c in s.values())
    assert f"{product} from {product.split()[0]}" not in text
    assert ".." not in text.replace("...", "")


def test_hashtags_are_safe_for_punctuated_names():
    brief = make_brief(
        product="Café-Crème <Deluxe> & Co. (2025)!",
        client="O'Brien & Sons, Ltd.",
        channels=ALL_CHANNELS,
    )
    social = run_all(brief)["social_media_campaign"]
    assert social.campaign_hashtag.startswith("#CaféCrème")
    for post in social.posts:
        assert all(re.fullmatch(r"#[^\W_]+", t) for t in post.hashtags)


def test_fields_are_plain_text():
    for brief in SAMPLES.values():
        for section, content in run_all(brief).items():
            text = text_of(content)
            assert "**" not in text and "__" not in text, section
            assert not re.search(r"\{[A-Za-z_]+\}", text), section


def test_braces_in_brief_text_are_printed_not_formatted():
    brief = make_brief(product="Acme {brand} Skates", key_features=["Speed {x}", "Brakes"])
    s = run_all(brief)
    assert "Acme {brand} Skates" in s["copy"].body_copy


# -- rules ---------------------------------------------------------------------------------


def test_a_primary_cta_fills_every_cta_slot():
    brief = make_brief(primary_cta="Wishlist on Steam", channels=ALL_CHANNELS)
    s = run_all(brief)
    assert rule_problems(brief, s) == []
    assert s["cta_optimizer"].primary_cta == "Wishlist on Steam"


def test_selling_and_urgency_words_never_appear_when_forbidden():
    brief = make_brief(
        goals=["Drive online sales", "Sell 500 pairs this month"],
        additional_requirements="Nothing is sold. No urgency language. No superlatives.",
        channels=ALL_CHANNELS,
    )
    s = run_all(brief)
    assert rule_problems(brief, s) == []
    variants = {v for st in s["cta_optimizer"].stages for v in st.variants}
    assert not variants & {"Shop now", "Buy now", "Order yours", "Shop the range"}


def test_must_include_lines_ride_on_every_ad_email_and_post():
    brief = make_brief(must_include=["Terms apply."], channels=ALL_CHANNELS)
    s = run_all(brief)
    assert rule_problems(brief, s) == []
    x_posts = [p for p in s["social_media_campaign"].posts if p.platform == "x"]
    assert x_posts and all("Terms apply." in p.text for p in x_posts)
    assert all(len(p.full_text) <= POST_LIMITS["x"] for p in x_posts)


def test_a_line_too_long_for_an_ad_is_left_out_of_the_ad_only():
    line = "The value of your investment can go down as well as up; you may get back less."
    line += " Past performance is no guide."
    assert len(line) > LIMITS["search_description"]
    brief = make_brief(must_include=[line], channels=["email", "search_ads", "instagram"])
    s = run_all(brief)
    assert all(line in e.body for e in s["copy"].emails)
    assert all(line in p.text for p in s["social_media_campaign"].posts)
    for ad in s["copy"].search_ads:
        assert all(len(d) <= LIMITS["search_description"] for d in ad.descriptions)


def test_an_avoided_feature_is_never_printed_in_public_copy():
    brief = make_brief(
        key_features=["Unhackable vault", "Agentless setup", "Daily reports"],
        avoid=["unhackable"],
        channels=ALL_CHANNELS,
    )
    s = run_all(brief)
    assert rule_problems(brief, s) == []


# -- languages -----------------------------------------------------------------------------


def test_a_second_language_gets_key_lines_emails_and_posts():
    brief = make_brief(languages=["en", "ja"], channels=["email", "instagram", "website"])
    s = run_all(brief)
    copy, social = s["copy"], s["social_media_campaign"]
    assert [loc.language for loc in copy.localized] == ["ja"]
    assert {e.language for e in copy.emails} == {"en", "ja"}
    assert {p.language for p in social.posts} == {"en", "ja"}
    assert brief.product in copy.localized[0].headlines[0]


def test_a_main_language_other_than_english_writes_the_public_copy_in_it():
    brief = make_brief(languages=["es"], channels=["email", "instagram", "search_ads"])
    s = run_all(brief)
    assert {e.language for e in s["copy"].emails} == {"es"}
    assert {p.language for p in s["social_media_campaign"].posts} == {"es"}
    assert s["cta_optimizer"].primary_cta not in ("Learn more", "Shop now")
    assert limit_problems(s) == []


def test_a_primary_cta_stays_verbatim_in_every_language():
    brief = make_brief(
        languages=["en", "de"], primary_cta="Book a demo", channels=["email", "linkedin"]
    )
    s = run_all(brief)
    assert rule_problems(brief, s) == []
    assert s["copy"].localized[0].cta == "Book a demo"


# -- context and revisions -------------------------------------------------------------


def test_copy_and_hero_reuse_the_recommended_tagline(brief):
    creative = generate(brief, "creative")
    creative.concepts[creative.recommended].tagline = "Skate past the coyote."
    copy = generate(brief, "copy", {"creative": creative})
    assert copy.headlines[0] == "Skate past the coyote."
    visual = generate(brief, "visual", {"creative": creative})
    assert visual.hero_headline == "Skate past the coyote."
    plan = generate(brief, "project_manager")
    plan.phases[0].name = "Dust cloud"
    summary = generate(brief, "client_summary", {"project_manager": plan})
    assert any("dust cloud" in item.lower() for item in summary.what_we_will_do)


def test_foreign_context_of_the_wrong_type_is_ignored(brief):
    wrong = Plan(summary="x", phases=[], deliverables=[], success_criteria=[])
    copy = generate(brief, "copy", {"creative": wrong})
    assert copy.headlines and brief.product in copy.body_copy


def _finding(kind: FindingKind, field: str, actual: str | None = None, limit: str | None = None):
    return Finding(kind=kind, node="x", field=field, detail="", actual=actual, limit=limit)


def test_a_limit_finding_shortens_that_field():
    brief = long_brief(channels=["x", "instagram"])
    before = [p for p in generate(brief, "social_media_campaign").posts if p.platform == "x"]
    longest = max(before, key=lambda p: len(p.full_text))
    finding = _finding(FindingKind.LIMIT, "x post 1", str(len(longest.full_text) + 40), "280")
    revised = generate(brief, "social_media_campaign", findings=[finding], revision=1)
    after = [p for p in revised.posts if p.platform == "x"]
    assert len(after) == len(before)
    assert all(len(p.full_text) <= 280 - 46 for p in after)
    assert [p for p in revised.posts if p.platform == "instagram"]


def test_a_subject_limit_finding_tightens_the_subjects():
    brief = long_brief(channels=["email"])
    finding = _finding(FindingKind.LIMIT, "email 1 subject", "x" * 75, "60")
    copy = generate(brief, "copy", findings=[finding], revision=2)
    assert all(len(e.subject) <= 60 - 15 - 12 for e in copy.emails)


def test_a_rule_finding_keeps_the_phrase_out(brief):
    before = generate(brief, "copy")
    word = brief.key_features[0].split()[0]  # a word that surely appears
    assert word.casefold() in text_of(before).casefold()
    finding = _finding(FindingKind.AVOID, "copy", word)
    after = generate(brief, "copy", findings=[finding], revision=1)
    for text in [*after.headlines, after.body_copy, after.elevator_pitch]:
        assert word.casefold() not in text.casefold()


def test_a_brief_finding_names_the_missing_terms():
    features = [f"Feature number {i} with its own name" for i in range(1, 13)]
    brief = make_brief(key_features=features)
    finding = _finding(FindingKind.BRIEF, "copy.md", features[0])
    copy = generate(brief, "copy", findings=[finding], revision=1)
    named = [f for f in features if f.casefold() in text_of(copy).casefold()]
    assert len(named) >= 2
    odd = _finding(FindingKind.BRIEF, "strategy.md", "DROP TABLE briefs")
    assert "DROP TABLE" not in text_of(generate(brief, "strategy", findings=[odd], revision=1))


def test_a_language_finding_adds_a_language_with_a_phrasebook(brief):
    finding = _finding(FindingKind.LANGUAGE, "copy", "fr")
    copy = generate(brief, "copy", findings=[finding], revision=1)
    assert "fr" in {loc.language for loc in copy.localized}
    unknown = _finding(FindingKind.LANGUAGE, "copy", "ko")
    copy = generate(brief, "copy", findings=[unknown], revision=1)
    assert "ko" not in {loc.language for loc in copy.localized}


def test_a_revision_without_findings_is_a_valid_deterministic_variant(brief):
    for section in SECTIONS:
        first = generate(brief, section, revision=2)
        assert isinstance(first, SECTION_MODELS[section])
        assert text_of(first) == text_of(generate(brief, section, revision=2))
    assert text_of(generate(brief, "copy", revision=1)) != text_of(generate(brief, "copy"))
