"""The brief's rules: what plain requirements say, what explicit fields set, what copy breaks."""

from __future__ import annotations

import pytest

from tui_app.core.constraints import Rules, Scanner, derive_rules, language_code
from tui_app.core.models import BriefError, Tone, tone_style

from .conftest import make_brief

# (requirements as marketers write them, what must be read out of them)
PHRASINGS = [
    ("No discounts or urgency language.", {"no_urgency": True, "avoid": {"discount"}}),
    ("Please avoid urgency — no countdowns, no FOMO.", {"no_urgency": True}),
    ("Don't use scarcity tactics or fake deadlines", {"no_urgency": True}),
    (
        "Do not claim 'unhackable' or '100% secure'.",
        {"avoid": {"unhackable", "100% secure"}},
    ),
    ('Never say "cheap" or "budget".', {"avoid": {"cheap", "budget"}}),
    ("Avoid the words revolutionary and disruptive.", {"avoid": {"revolutionary", "disruptive"}}),
    ("Every ad must carry 'Terms apply.'", {"must_include": {"Terms apply."}}),
    ('All emails must include the line "Capital at risk."', {"must_include": {"Capital at risk."}}),
    (
        "Always include “Subject to status. 18+ only.”",
        {"must_include": {"Subject to status. 18+ only."}},
    ),
    # "<line> must appear on every <thing>": the line comes first, quoted or not
    (
        "Registered charity no. 1187654 must appear on every email.",
        {"must_include": {"Registered charity no. 1187654"}},
    ),
    ("Drink responsibly must appear on every ad.", {"must_include": {"Drink responsibly"}}),
    (
        "Your capital is at risk must be shown in all ads and emails.",
        {"must_include": {"Your capital is at risk"}},
    ),
    (
        "'Always read the label.' must appear on every post.",
        {"must_include": {"Always read the label."}},
    ),
    (
        "The line Gamble responsibly should appear in each ad.",
        {"must_include": {"Gamble responsibly"}},
    ),
    ("The primary call to action is 'Wishlist on Steam'.", {"primary_cta": "Wishlist on Steam"}),
    ("CTA: Book a demo", {"primary_cta": "Book a demo"}),
    ("Main CTA should be “Reserva tu mesa”.", {"primary_cta": "Reserva tu mesa"}),
    (
        "Every asset must include a path to book a technical demo.",
        {"primary_cta": "Book a technical demo"},
    ),
    ("Bilingual Japanese/English where possible.", {"languages": ("ja", "en")}),
    ("Copy in Welsh and English (the council is bilingual).", {"languages": ("cy", "en")}),
    ("All copy in French, please.", {"languages": ("fr",)}),
    ("Nothing is sold: this is a public information campaign.", {"no_selling": True}),
    ("This is a free public service; no sales language.", {"no_selling": True}),
    ("No superlatives.", {"no_superlatives": True}),
    ("Avoid hype and superlatives like 'best'.", {"no_superlatives": True}),
    ("No health claims (regulated product).", {"no_health_claims": True}),
    ("We must not claim to cure or treat anything.", {"no_health_claims": True}),
    ("Do not give medical advice.", {"no_health_claims": True}),
]


@pytest.mark.parametrize(("text", "expected"), PHRASINGS, ids=[p[0][:40] for p in PHRASINGS])
def test_plain_requirements_become_rules(text, expected):
    rules = derive_rules(text)
    for name, value in expected.items():
        got = getattr(rules, name)
        if isinstance(value, set):
            assert value <= {g.casefold() for g in got} | set(got), (name, got)
        else:
            assert got == value, (name, got)
    assert rules.derived  # said back to the user


@pytest.mark.parametrize(
    "text",
    [
        "Keep it short and friendly.",
        "Mention our 30-year history.",
        "Launch in time for the spring fair.",
        "Use photos of real customers.",
    ],
)
def test_ordinary_requirements_set_no_rule(text):
    rules = derive_rules(text)
    assert not rules.any and not rules.derived


def test_a_rule_it_cannot_read_is_reported_not_guessed():
    rules = derive_rules("Avoid greenwashing claims we cannot prove. Do not mention competitors.")
    assert rules.avoid == ()
    assert len(rules.unread) == 2
    # a piece after a semicolon that points back is reported with the piece it points at
    rules = derive_rules("Players under 18 need parental consent; say so on the sign-up page.")
    assert rules.unread == ("Players under 18 need parental consent; say so on the sign-up page.",)
    rules = derive_rules("Feature trail photos; avoid greenwashing claims we cannot prove.")
    assert rules.unread == ("avoid greenwashing claims we cannot prove.",)


@pytest.mark.parametrize(
    ("text", "avoid"),
    [
        ("No jargon like 'synergy' or 'disrupt'.", {"synergy", "disrupt"}),
        ("No gambling or betting references.", {"gambling", "betting"}),
        ("No mentions of price.", set()),  # not a list of words: nothing guessed
        ("Never discount.", {"discount", "discounted"}),
        ("No buzzwords like 'revolutionary' or 'synergy'.", {"revolutionary", "synergy"}),
        ("Do not mention competitors (Flexport, Forto) by name.", {"Flexport", "Forto"}),
        ("Use 'flacon', never 'bottle', in public copy.", {"bottle"}),
        ("Say 'the Studio' instead of 'the shop'.", {"the shop"}),
        ("Public notice: no 'buy', 'offer', 'deal' or 'discount'.", {"buy", "offer", "discount"}),
    ],
)
def test_words_named_in_a_no_rule_are_avoided(text, avoid):
    assert avoid <= set(derive_rules(text).avoid)


@pytest.mark.parametrize(
    "text",
    [
        "Our logo must appear on every ad.",
        "The FCA risk warning must appear on all ads.",
        "Charity number must be shown in every email.",
        "The CTA must appear in every email.",
        "It must appear on each post.",
    ],
)
def test_a_thing_described_is_not_taken_for_the_line_to_carry(text):
    rules = derive_rules(text)
    assert rules.must_include == ()
    assert rules.unread == (text,)  # said back to the user, not guessed


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ("Ref. 22 of the code, e.g. the FCA rules, must be followed. Keep it short.",
         "Ref. 22 of the code, e.g. the FCA rules, must be followed."),
        ("Approx. 30 stores, i.e. every St. Ives branch, must stock it. Keep it short.",
         "Approx. 30 stores, i.e. every St. Ives branch, must stock it."),
        ("Made by Vault Inc. and Bolt Ltd. for every team. Keep it short.",
         "Made by Vault Inc. and Bolt Ltd. for every team."),
        ("Permit nr. 4411 must be on file. Keep it short.", "Permit nr. 4411 must be on file."),
    ],
)  # fmt: skip
def test_an_abbreviation_does_not_end_the_sentence(text, sentence):
    assert derive_rules(text).unread == (sentence,)


def test_a_plain_no_still_ends_its_sentence():
    rules = derive_rules("Is anything sold? No. Never say 'cheap'.")
    assert rules.avoid == ("cheap",)


def test_explicit_fields_win_and_lists_join():
    brief = make_brief(
        additional_requirements="The primary call to action is 'Sign up'. Never say 'cheap'.",
        primary_cta="Book a demo",
        avoid=["free"],
        languages=["es", "en"],
    )
    rules = brief.rules
    assert rules.primary_cta == "Book a demo"
    assert set(rules.avoid) == {"free", "cheap"}
    assert rules.languages == ("es", "en")


def test_the_stored_brief_keeps_derived_and_explicit_apart(tmp_path):
    brief = make_brief(additional_requirements="Bilingual Japanese/English.")
    path = brief.to_json_file(tmp_path / "brief.json")
    assert "languages" not in path.read_text()  # derived, not written as if typed
    from tui_app.core.models import CampaignBrief

    assert CampaignBrief.from_json_file(path).rules.languages == ("ja", "en")


@pytest.mark.parametrize(
    ("value", "code"),
    [("ja", "ja"), ("Japanese", "ja"), ("日本語", "ja"), ("en-GB", "en"), ("Español", "es")],
)
def test_language_names_and_codes(value, code):
    assert language_code(value) == code


def test_unknown_language_and_too_many_are_field_errors():
    with pytest.raises(BriefError) as info:
        make_brief(languages=["klingon"])
    assert "not known" in info.value.errors["languages"]
    with pytest.raises(BriefError):
        make_brief(languages=["en", "fr", "de", "es"])


@pytest.mark.parametrize(
    ("tone", "style"),
    [
        ("bold", Tone.MODERN),
        ("playful", Tone.CREATIVE),
        ("Professional and engaging", Tone.PROFESSIONAL),
        ("calm and reassuring", Tone.PROFESSIONAL),
        ("warm, hopeful", Tone.FRIENDLY),
        ("understated luxury", Tone.VINTAGE),
        ("no-nonsense expert", Tone.AUTHORITATIVE),
        ("romantic", Tone.VINTAGE),
        ("inspiring", Tone.CREATIVE),
        ("community-minded", Tone.FRIENDLY),
        ("plain-spoken and dependable", Tone.PROFESSIONAL),
    ],
)
def test_free_text_tone_maps_to_a_style(tone, style):
    assert tone_style(tone) is style
    assert make_brief(tone=tone).style is style


def test_an_unknown_tone_gets_the_default_style_and_says_so():
    brief = make_brief(tone="zesty")
    assert brief.style is Tone.PROFESSIONAL and not brief.tone_is_known


# -- checking copy -----------------------------------------------------------------------------


def test_scanner_finds_each_kind_and_respects_the_brands_own_words():
    rules = Rules(avoid=("unhackable",), no_selling=True, no_superlatives=True)
    scanner = Scanner(rules, own_text=["Deal Tracker", "Best Buy Ltd"])
    kinds = {v.kind for v in scanner.scan("Shop now: the best, unhackable vault for $29!")}
    assert kinds == {"avoid", "selling", "urgency", "superlative", "price"}
    # the brand's own name is not a violation of a word family
    assert scanner.scan("Try Deal Tracker from Best Buy Ltd") == []


def test_scanner_matches_whole_words_and_forms():
    scanner = Scanner(Rules(no_urgency=True))
    assert scanner.scan("Known for nowcasting") == []
    assert scanner.scan("Sign up NOW") and scanner.scan("Don’t miss it")


def test_missing_lines_ignore_spacing_and_case():
    scanner = Scanner(Rules(must_include=("Terms apply.",)))
    assert scanner.missing_lines("Great offer.\nterms  apply.") == []
    assert scanner.missing_lines("Great offer.") == ["Terms apply."]


def test_an_avoided_word_is_avoided_in_the_plural_too():
    from tui_app.core.constraints import Scanner
    from tui_app.core.providers.offline.guard import Guard

    rules = derive_rules("Use 'flacon', never 'bottle'.")
    for text in ("A hand-blown bottle.", "Only 3,000 numbered bottles."):
        assert Scanner(rules).scan(text) and not Guard(rules, ()).ok(text)
    assert Guard(rules, ()).ok("Bottled at the source.")  # another word


def test_rules_in_the_languages_a_brief_may_be_written_in():
    """A Spanish clinic's registration number was in no ad, and nothing said so."""
    spanish = derive_rules("Cada anuncio debe incluir el número de registro sanitario 'CS12345'.")
    assert spanish.must_include == ("CS12345",)
    german = derive_rules("Jede Anzeige muss 'Preise inkl. MwSt.' enthalten.")
    assert german.must_include == ("Preise inkl. MwSt.",)
    # what is not understood is reported, in any of those languages
    assert derive_rules("Ne jamais utiliser le mot 'gratuit' sans astérisque.").unread
    assert derive_rules("Be clear that Kickstarter is all-or-nothing funding.").unread


def test_no_emojis_means_no_emoji_characters():
    """'No emojis' was read (and reported as read) but nothing checked a post for one."""
    from tui_app.core.constraints import Scanner

    rules = derive_rules("No emojis.")
    assert Scanner(rules).scan("Book now 🚀") and Scanner(rules).scan("Sunny ☀ days")
    assert not Scanner(rules).scan("Plain words, an arrow → and a price: €25.")


def test_an_avoided_word_inside_the_brief_s_own_names_is_the_name():
    """'Do not call the product 'cheese' alone' for 'Mellow Oat vegan cheese' forbade the
    product's own name: posts were left empty and the kit scored 0/100."""
    from tui_app.core.constraints import Scanner

    rules = derive_rules("Do not call the product 'cheese' alone. Must state 'contains cashews'.")
    assert rules.must_include == ("contains cashews",)
    scanner = Scanner(rules, names=("Mellow Oat vegan cheese", "Mellow Foods"))
    assert not scanner.scan("Mellow Oat vegan cheese melts like dairy cheddar.")
    assert scanner.scan("The best cheese on the shelf.")
