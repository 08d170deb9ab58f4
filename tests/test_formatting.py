"""Money as its readers write it: rupees grouped in lakh and crore (40,00,000 INR, "1.2 crore
INR"), every other currency in thousands, as before."""

from __future__ import annotations

import random
import re
from decimal import Decimal

import pytest

from tui_app.core.formatting import format_money, format_money_short, lakh_grouping
from tui_app.core.workflow.pages import PublicFilter

from .briefs import corpus
from .conftest import make_brief
from .test_workflow import run

# an INR amount of six digits or more in thousands grouping: "4,000,000 INR", "250,000 INR"
_WESTERN_RUPEES = re.compile(r"(?<![\d,])(?:\d{1,3}(?:,\d{3}){2,}|\d{3},\d{3})(?:\.\d+)? INR")


@pytest.mark.parametrize(
    ("amount", "shown"),
    [
        (4_000_000, "40,00,000 INR"),
        (12_000_000, "1,20,00,000 INR"),
        (100_000, "1,00,000 INR"),
        (99_999, "99,999 INR"),
        (1_000, "1,000 INR"),
        (500, "500 INR"),
        (0, "0 INR"),
        (Decimal("1250.5"), "1,250.50 INR"),
        (Decimal("12345678.9"), "1,23,45,678.90 INR"),
        (Decimal("99999.994"), "99,999.99 INR"),
        (Decimal("99999.995"), "1,00,000 INR"),  # rounds to a whole amount: no paise shown
        (Decimal("0.5"), "0.50 INR"),
        (-4_000_000, "-40,00,000 INR"),
        (10**12, "10,00,00,00,00,000 INR"),
    ],
)
def test_rupees_are_grouped_in_lakh_and_crore(amount, shown):
    assert format_money(amount, "INR") == shown


@pytest.mark.parametrize(
    ("amount", "shown"),
    [
        (4_000_000, "40 lakh INR"),
        (250_000, "2.5 lakh INR"),
        (12_000_000, "1.2 crore INR"),
        (5_000_000_000, "500 crore INR"),
        (10**12, "1,00,000 crore INR"),
        (80_000, "80k INR"),
        (950, "950 INR"),
        (Decimal("950.5"), "950.50 INR"),
    ],
)
def test_short_rupee_figures_say_lakh_and_crore(amount, shown):
    assert format_money_short(amount, "INR") == shown


@pytest.mark.parametrize(
    ("amount", "currency", "shown", "short"),
    [
        (4_000_000, "USD", "4,000,000 USD", "4M USD"),
        (Decimal("1250.5"), "EUR", "1,250.50 EUR", "1.3k EUR"),
        (681_081, "JPY", "681,081 JPY", "681k JPY"),
        (Decimal("12345.678"), "KWD", "12,345.678 KWD", "12.3k KWD"),
    ],
)
def test_other_currencies_keep_thousands_grouping(amount, currency, shown, short):
    assert format_money(amount, currency) == shown
    assert format_money_short(amount, currency) == short


def test_lakh_grouping_keeps_every_digit_in_pairs_after_the_last_three():
    rng = random.Random(11)
    for _ in range(500):
        digits = str(rng.randrange(1, 10 ** rng.randint(1, 16)))
        grouped = lakh_grouping(digits)
        groups = grouped.split(",")
        assert grouped.replace(",", "") == digits
        assert len(groups[-1]) == min(3, len(digits))
        assert all(len(g) == 2 for g in groups[1:-1]) and 1 <= len(groups[0]) <= 3
        if len(groups) > 1:
            assert len(groups[0]) <= 2


@pytest.mark.parametrize(
    ("typed", "shown"), [("₹40,00,000", "40,00,000 INR"), ("₹1,20,00,000", "1,20,00,000 INR")]
)
def test_a_rupee_budget_reads_back_as_typed(typed, shown):
    assert str(make_brief(budget=typed).budget) == shown


def test_a_rupee_budget_in_any_grouping_is_kept_off_public_pages():
    public = PublicFilter(make_brief(budget="₹40,00,000"))
    for leak in ("A 40,00,000 INR push.", "Our 4,000,000 budget.", "A 40 lakh plan."):
        assert public.internal(leak), leak
    assert not public.internal("Start a SIP from ₹500 a month.")


def test_a_rupee_kit_shows_no_thousands_grouped_amount(tmp_path):
    brief = corpus()["sanchay_savings"]
    assert brief.budget.currency == "INR" and brief.budget.amount >= 1_000_000
    _, folder, _ = run(tmp_path, brief)
    texts = {
        p.name: p.read_text(encoding="utf-8")
        for p in folder.iterdir()
        if p.suffix in (".md", ".html")
    }
    budget = format_money(brief.budget.amount, "INR")
    assert re.fullmatch(r"\d{1,2}(?:,\d{2})*,\d{3} INR", budget)
    assert budget in texts["campaign_summary.md"] and budget in texts["client_summary.md"]
    assert format_money_short(brief.budget.amount, "INR").split()[1] in ("lakh", "crore")
    for name, text in texts.items():
        assert not _WESTERN_RUPEES.search(text), (name, _WESTERN_RUPEES.search(text))
