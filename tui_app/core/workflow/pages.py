"""What the campaign website and the landing page share.

- One Jinja2 environment (autoescaped, strict, compiled once) with the number filters from
  `core/formatting.py`, and a finalizer that drops control characters a provider might emit
  (they are invalid in HTML and would fail the W3C checker).
- The brand's look as a `:root` block of CSS custom properties (`theme_css`).
- Links: the client's website percent-encoded for `href` (`safe_href`), never javascript:.
- Languages: `lang` values from the brief's codes, and which of them read right to left.
- The public-text filter: what a customer may read never carries the team's notes (brief
  requirements, the budget figure, KPI jargon), whatever a provider put in a section.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from ..constraints import language_code, language_name, text_dir
from ..content import Strategy
from ..formatting import (
    LAKH_CURRENCIES,
    format_money,
    format_money_short,
    format_number,
    format_percent,
    lakh_grouping,
)
from ..look import Look
from ..models import CampaignBrief
from ..sanitize import safe_href

TEMPLATES_DIR = Path(__file__).parent / "templates"

# -- numbers and text for templates ------------------------------------------------------


def paragraphs(text: str) -> list[str]:
    """Split text on blank lines into paragraphs (line breaks inside are kept by CSS)."""
    return [p.strip() for p in re.split(r"\n\s*\n", str(text).strip()) if p.strip()]


def compact(value: int | float) -> str:
    """1,836,981 → "1.8M", 45,210 → "45.2k": for stat tiles."""
    for threshold, unit, suffix in ((1e9, 1e9, "B"), (1e6, 1e6, "M"), (1e4, 1e3, "k")):
        if value >= threshold:
            return f"{value / unit:.1f}".removesuffix(".0") + suffix
    return f"{round(value):,}"


def initials(name: str) -> str:
    """Up to two initials for an avatar ("Maya, the planner" → "M"; "Analog & Co." → "AC")."""
    head = re.split(r"[,(–—-]", name, maxsplit=1)[0]
    letters = [w[0] for w in re.findall(r"[^\W\d_]+", head)]
    return "".join(letters[:2]).upper() or "•"


# C0 and C1 controls other than tab, newline and carriage return: not allowed in HTML text.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _printable(value: Any) -> Any:
    """Jinja finalizer: every printed string loses control characters (markup stays as is)."""
    # `is str` (not isinstance): markup, a str subclass, passes as it is; and it is cheap,
    # since this runs for every value printed
    if value.__class__ is str and _CONTROLS.search(value):
        return _CONTROLS.sub("", value)
    return value


@cache
def environment() -> Environment:
    """The Jinja2 environment: autoescaped, strict about undefined names, created once."""
    env = Environment(
        loader=FileSystemLoader(TEMPLATES_DIR),
        autoescape=select_autoescape(enabled_extensions=("html", "j2"), default=True),
        undefined=StrictUndefined,
        finalize=_printable,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(
        money=format_money,
        number=format_number,
        compact=compact,
        percent=format_percent,
        paragraphs=paragraphs,
        initials=initials,
        lang_attr=lang_attr,
        language_name=lambda value: language_name(lang_code(value) or str(value)),
    )
    return env


# -- the look as CSS ---------------------------------------------------------------------

# What a theme value may contain: colours, lengths, numbers, font stacks. No `;{}<>` or `\`,
# so a value can never end the declaration, the rule or the <style> element.
_CSS_VALUE = re.compile(r"^[#\w\s,.'%()-]+$")


def theme_css(look: Look) -> Markup:
    """The `:root` block of CSS custom properties for the look.

    Marked safe because every value is one of our constants or a computed `#rrggbb`, and each
    is re-checked against `_CSS_VALUE` (no characters that could break out).
    """
    decls = []
    for name, value in look.css_variables().items():
        if not _CSS_VALUE.match(value):
            raise ValueError(f"unsafe CSS value for --{name}: {value!r}")
        decls.append(f"--{name}: {value};")
    return Markup(":root { " + " ".join(decls) + " }")


# -- links -------------------------------------------------------------------------------

# RFC 3986 characters that may stand as they are in each part; everything else is %-encoded


def display_host(brief: CampaignBrief) -> str:
    """What an ad shows as its URL: the client's host, or a made-up one from the product."""
    if safe_href(brief.client_website):
        return (urlsplit(brief.client_website).hostname or "").removeprefix("www.")
    slug = re.sub(r"[^a-z0-9]+", "", brief.product.lower())[:24] or "example"
    return f"{slug}.com"


# -- languages ---------------------------------------------------------------------------


def lang_code(value: str) -> str | None:
    """A valid `lang` value (ISO 639-1) for a language code or name; None if unknown."""
    return language_code(value or "")


def main_language(brief: CampaignBrief) -> str:
    """The language of the copy's main fields: English when the brief lists it, else the
    brief's first language (as `content.Copy` promises)."""
    languages = [code for code in brief.rules.languages if lang_code(code)] or ["en"]
    return "en" if "en" in languages else languages[0]


def lang_attr(value: str, page_lang: str = "en") -> Markup:
    """` lang="xx"` (and `dir="rtl"`) for text in another language than the page; else "".

    Markup built only from a validated ISO 639-1 code, so it is safe to print unescaped.
    """
    code = lang_code(value)
    if code is None or code == page_lang:
        return Markup("")
    direction = text_dir(code)
    return Markup(f' lang="{code}"' + (f' dir="{direction}"' if direction else ""))


# -- what a customer may read -------------------------------------------------------------

# Notes a provider writes for the team, recognised by their label.
_TEAM_LABEL = re.compile(
    r"^\W*(?:brief requirements?(?: met)?|requirements?|evidence to cite|note|internal note|"
    r"reviewer(?:'s)? notes?|to do|todo)\s*:",
    re.IGNORECASE,
)
# Planning words no customer-facing line uses (case-sensitive acronyms, plain phrases).
_JARGON = re.compile(
    r"\b(?:CTR|CPA|CPC|CPM|CPL|ROAS|KPIs?)\b|\b(?:quality score|media plan|media budget)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


def team_note(text: str) -> bool:
    """A line written for the team ("Brief requirement: …"), whatever section it sits in."""
    return bool(_TEAM_LABEL.match(text))


def _budget_figures(brief: CampaignBrief, facts: str) -> re.Pattern[str] | None:
    amount = brief.budget.amount
    whole = int(amount)
    forms = {
        f"{whole:,}",
        str(whole),
        f"{whole:,}".replace(",", "."),
        f"{whole:,}".replace(",", " "),
        f"{whole:,}".replace(",", "\u202f"),
        f"{amount:,.2f}",
    }
    if whole >= 1000:
        short = f"{whole / 1000:.1f}".removesuffix(".0")
        forms |= {f"{short}k", f"{short}K"}
    if whole >= 1_000_000:
        short = f"{whole / 1_000_000:.1f}".removesuffix(".0")
        forms |= {f"{short}M", f"{short}m"}
    if brief.budget.currency in LAKH_CURRENCIES:  # "40,00,000", "40 lakh", "1.2 crore"
        forms |= {
            lakh_grouping(str(whole)),
            format_money_short(amount, brief.budget.currency).rsplit(" ", 1)[0],
        }
    # a figure the product's own facts use ("10,000 songs") is not the budget speaking
    forms = {f for f in forms if f not in facts}
    if not forms:
        return None
    alternatives = "|".join(sorted((re.escape(f) for f in forms), key=len, reverse=True))
    return re.compile(rf"(?<![\w.,]){alternatives}(?![\w]|[.,]\d)")


def _requirement_runs(brief: CampaignBrief, size: int = 6) -> set[tuple[str, ...]]:
    words = [w.casefold() for w in _WORD.findall(brief.additional_requirements)]
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


def _mentions(text: str, phrase: str) -> bool:
    words = re.findall(r"[a-z0-9]{4,}", phrase.lower())
    low = text.lower()
    return phrase.lower() in low or (bool(words) and sum(w in low for w in words) >= 2)


def feature_cards(
    brief: CampaignBrief, strategy: Strategy, keep: Callable[[str], bool] = bool
) -> list[dict[str, str]]:
    """One benefit card per key feature, with a line of strategy that speaks about it (a line
    `keep` accepts; none when no such line mentions the feature)."""
    lines = [
        *strategy.value_propositions,
        *(p.message for p in strategy.messaging_pillars),
        *(pt for p in strategy.messaging_pillars for pt in p.proof_points),
    ]
    lines = [line for line in lines if keep(line)]
    cards, used = [], set()
    for feature in brief.key_features:
        text = next((t for t in lines if t not in used and _mentions(t, feature)), "")
        used.add(text)
        cards.append({"title": feature, "text": text})
    return cards


class PublicFilter:
    """Decides which lines of provider text a customer may read.

    A line is internal when it is labelled as a team note, names planning metrics, shows the
    budget figure in any common format, or repeats six or more words in a row from the
    brief's additional requirements (instructions to the team, not copy). Terms and figures
    the product's own facts use (features, audience, names) are not held against a line.
    """

    def __init__(self, brief: CampaignBrief) -> None:
        # what the product's own facts say is public, even if it looks like planning talk
        # (an analytics product's "KPI dashboards")
        facts = " ".join(
            (brief.product, brief.client, brief.campaign_name, brief.target_audience,
             *brief.key_features)
        )  # fmt: skip
        self._allowed = {m.casefold() for m in _JARGON.findall(facts)}
        self._budget = _budget_figures(brief, facts)
        self._runs = _requirement_runs(brief)

    def internal(self, text: str) -> bool:
        if team_note(text) or (self._budget and self._budget.search(text)):
            return True
        if any(m.casefold() not in self._allowed for m in _JARGON.findall(text)):
            return True
        if self._runs:
            words = [w.casefold() for w in _WORD.findall(text)]
            return any(tuple(words[i : i + 6]) in self._runs for i in range(len(words) - 5))
        return False

    def lines(self, lines: Iterable[str]) -> list[str]:
        """The public lines, in order, without blanks."""
        return [line for line in lines if line.strip() and not self.internal(line)]

    def text(self, text: str) -> str:
        """The text without its internal sentences; paragraphs kept."""
        kept = []
        for paragraph in paragraphs(text):
            sentences = re.split(r"(?<=[.!?])\s+", paragraph)
            public = " ".join(s for s in sentences if s.strip() and not self.internal(s))
            if public:
                kept.append(public)
        return "\n\n".join(kept)


__all__ = [
    "PublicFilter",
    "compact",
    "display_host",
    "environment",
    "feature_cards",
    "initials",
    "lang_attr",
    "lang_code",
    "main_language",
    "paragraphs",
    "safe_href",
    "team_note",
    "text_dir",
    "theme_css",
]
