"""The brief: parsing, defaults and one clear message per invalid field."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from tui_app.core.models import (
    BriefError,
    CampaignBrief,
    Channel,
    Tone,
    parse_budget,
    parse_timeline,
    safe_filename,
)
from tui_app.samples import sample_paths, samples

from .conftest import make_brief

VALID = {
    "product": "Widget",
    "client": "Widgets Ltd",
    "target_audience": "Makers",
    "goals": ["Sell widgets"],
    "key_features": ["Small"],
}


def errors_for(**overrides) -> dict[str, str]:
    with pytest.raises(BriefError) as info:
        CampaignBrief.parse({**VALID, **overrides})
    return info.value.errors


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("product", "", "Product is required."),
        ("product", "   ", "Product is required."),
        ("client", "", "Client is required."),
        ("target_audience", "", "Target audience is required."),
        ("goals", [], "Goals needs at least one entry"),
        ("goals", " , ,", "Goals needs at least one entry"),
        ("key_features", [], "Key features needs at least one entry"),
        ("client_website", "ftp://example.com", "must be an http(s) URL"),
        ("client_website", "not a url", "must be an http(s) URL"),
        ("client_website", "https://", "must be an http(s) URL"),
        ("budget", "lots", "is not an amount"),
        ("budget", "-5", "is not an amount"),
        ("budget", 0, "more than zero"),
        ("budget", "5000 XYZ", "currency 'XYZ' is not supported"),
        ("timeline", "soon", "is not a duration"),
        ("timeline", "1,000 days", "is not a duration"),  # a thousands mark, not a decimal
        ("timeline", "6 parsecs", "is not a duration"),
        ("timeline", "0 weeks", "at least one week"),
        ("timeline", "5 years", "104-week limit"),
        ("tone", "x" * 61, "the limit is 60"),
        ("priority", "urgent", "'urgent' is not one of: low, normal, high"),
        ("channels", ["email", "myspace"], "Channel 'myspace' is not one we plan for; use: email"),
        ("product", "x" * 121, "is 121 characters; the limit is 120"),
        ("target_audience", "a" * 601, "the limit is 600"),
        ("additional_requirements", "a" * 2001, "the limit is 2000"),
        ("goals", [f"goal {i}" for i in range(9)], "has 9 entries; the limit is 8"),
        ("key_features", ["f" * 201], "over the 200-character limit"),
        ("product", "bad\x00name", "control characters"),
    ],
)
def test_each_bad_input_has_its_message(field, value, expected):
    errors = errors_for(**{field: value})
    assert list(errors) == [field]
    assert expected in errors[field]


def test_every_bad_field_is_reported_at_once():
    with pytest.raises(BriefError) as info:
        CampaignBrief.parse({"budget": "lots", "unknown": 1})
    errors = info.value.errors
    assert {"product", "client", "target_audience", "goals", "key_features", "budget"} <= set(
        errors
    )
    assert errors["unknown"] == "'unknown' is not a brief field."
    assert all(line.count(": ") >= 1 for line in info.value.lines())


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("$5,000", "5000", "USD"),
        ("5000 EUR", "5000", "EUR"),
        ("€2,500.50", "2500.50", "EUR"),
        ("£12k", "12000", "GBP"),
        ("7500", "7500", "USD"),
        (7500, "7500", "USD"),
        ("1,234,567.89 usd", "1234567.89", "USD"),
        ({"amount": 300, "currency": "CAD"}, "300", "CAD"),
        ("₹40,00,000", "4000000", "INR"),  # Indian lakh grouping
        # as much of Europe and Latin America writes amounts, and the Swiss way
        ("€60.000", "60000", "EUR"),
        ("60.000 EUR", "60000", "EUR"),
        ("1.234.567,89 €", "1234567.89", "EUR"),
        ("60.000,00 EUR", "60000", "EUR"),
        ("60,50 €", "60.50", "EUR"),
        ("2,5k EUR", "2500", "EUR"),
        ("R$ 50.000", "50000", "BRL"),
        ("CHF 12'500", "12500", "CHF"),
        ("60 000 €", "60000", "EUR"),
        ("60.000 KWD", "60", "KWD"),  # three decimals: the dot is a decimal point
        ("1.250 KWD", "1.250", "KWD"),
        ("$100.006", "100.01", "USD"),  # a decimal point where the currency writes one
        ("12.500", "12.50", "USD"),
    ],
)
def test_budget_parses(text, amount, currency):
    budget = parse_budget(text)
    assert budget.amount == Decimal(amount)
    assert str(budget.amount) == amount  # plain digits, never 5E+3 or 5000.00
    assert budget.currency == currency


@pytest.mark.parametrize(
    ("text", "weeks"),
    [
        ("6 weeks", 6),
        ("3 months", 13),
        ("12", 12),
        (8, 8),
        ("1 year", 52),
        ("14 days", 2),
        # a fraction goes to the nearest whole week, halves up (never 2.5 -> 2)
        ("2.5 weeks", 3),
        (2.5, 3),
        ("4.5", 5),
        (2.4, 2),
        ("10 days", 1),
        ("1 month", 4),
        ("6 months", 26),
        # in the languages the copy can be written in
        ("10 Wochen", 10),
        ("2,5 Wochen", 3),
        ("3 mois", 13),
        ("8 semanas", 8),
        ("6 settimane", 6),
        ("12 veckor", 12),
        ("6週間", 6),
        ("3ヶ月", 13),
    ],
)
def test_timeline_parses(text, weeks):
    assert parse_timeline(text) == weeks


@pytest.mark.parametrize(
    ("text", "shown"), [("MAD 400,000", "400,000 MAD"), ("QAR 50,000", "50,000 QAR")]
)
def test_more_iso_currencies_are_budgets(text, shown):
    """The Moroccan dirham, an ISO 4217 code, was refused as 'not supported'."""
    assert str(CampaignBrief.parse({**VALID, "budget": text}).budget) == shown


def test_a_comma_inside_a_number_does_not_split_a_list():
    brief = CampaignBrief.parse(
        {**VALID, "goals": "Register 256 teams, Reach 40,000 viewers, Raise $1,000,000"}
    )
    assert brief.goals == ["Register 256 teams", "Reach 40,000 viewers", "Raise $1,000,000"]
    sizes = CampaignBrief.parse({**VALID, "key_features": "Sizes 8,10,12"})
    assert sizes.key_features == ["Sizes 8", "10", "12"]  # not a thousands group: items


def test_defaults_are_filled_in():
    brief = CampaignBrief.parse({**VALID, "goals": "Generate leads, brand awareness"})
    assert brief.goals == ["Generate leads", "brand awareness"]
    assert brief.campaign_name == "Widget Launch"
    assert brief.budget.amount == 5000 and brief.budget.currency == "USD"
    assert brief.timeline == 6
    assert brief.tone == "professional" and brief.style is Tone.PROFESSIONAL
    assert brief.user == "tester"
    # channels chosen from the goals, website always in
    assert Channel.LINKEDIN in brief.channels and Channel.WEBSITE in brief.channels
    assert Channel.INSTAGRAM in brief.channels


def test_bare_domain_becomes_https():
    assert make_brief(client_website="acme.example.com").client_website == (
        "https://acme.example.com"
    )


def test_json_round_trip(tmp_path):
    brief = make_brief(budget="€1,250.75", additional_requirements="Use <b>bold</b> claims")
    path = brief.to_json_file(tmp_path / "brief.json")
    again = CampaignBrief.from_json_file(path)
    assert again == brief
    assert json.loads(path.read_text())["budget"] == {"amount": 1250.75, "currency": "EUR"}


def test_bad_json_file_messages(tmp_path):
    missing = tmp_path / "missing.json"
    with pytest.raises(BriefError, match="No such file"):
        CampaignBrief.from_json_file(missing)
    broken = tmp_path / "broken.json"
    broken.write_text('{"product": ')
    with pytest.raises(BriefError, match="not valid JSON"):
        CampaignBrief.from_json_file(broken)
    listing = tmp_path / "list.json"
    listing.write_text("[1, 2]")
    with pytest.raises(BriefError, match="JSON object"):
        CampaignBrief.from_json_file(listing)


def test_samples_are_valid_and_varied():
    briefs = samples()
    assert len(briefs) >= 4
    assert len({b.style for b in briefs.values()}) >= 4
    assert len({tuple(b.channels) for b in briefs.values()}) >= 4
    assert len({b.goals[0] for b in briefs.values()}) == len(briefs)
    for path in sample_paths().values():
        assert CampaignBrief.from_json_file(path).product


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("../../evil", "evil"),
        ("/etc/passwd", "etc-passwd"),
        ("..", "campaign"),
        ("Spring Sale 2026!", "Spring-Sale-2026"),
        ("   ", "campaign"),
        (".hidden", "hidden"),
    ],
)
def test_safe_filename(text, expected):
    assert safe_filename(text) == expected
