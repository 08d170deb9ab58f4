"""The word families a brief's rules can forbid, and how a phrase is matched in text.

Plain word matching on purpose: a rule the brief gives must never be broken, so the writers
avoid whole families and the review checks with the same lists and the same matching.
"""

from __future__ import annotations

import re
import unicodedata

# ---------------------------------------------------------------------------
# Word families the rules forbid
# ---------------------------------------------------------------------------

# Urgency and scarcity pressure.
URGENCY_PHRASES = (
    "now",
    "today",
    "tonight",
    "hurry",
    "hurry up",
    "last chance",
    "limited time",
    "limited-time",
    "time is running out",
    "running out",
    "don't miss",
    "dont miss",
    "do not miss",
    "don't wait",
    "ends soon",
    "ending soon",
    "act fast",
    "act now",
    "before it's gone",
    "before they're gone",
    "while stocks last",
    "while supplies last",
    "final hours",
    "final days",
    "last few",
    "only a few left",
    "selling fast",
    "right away",
    "immediately",
    "urgent",
    "deadline",
    "countdown",
    "expires",
    "fomo",
)
# Buying, prices and discounts (public sector, non-profit: nothing is sold).
SELLING_PHRASES = (
    "buy",
    "buying",
    "bought",
    "shop",
    "shopping",
    "purchase",
    "purchasing",
    "order",
    "orders",
    "ordering",
    "pre-order",
    "preorder",
    "price",
    "prices",
    "pricing",
    "priced",
    "discount",
    "discounts",
    "discounted",
    "sale",
    "on sale",
    "deal",
    "deals",
    "special offer",
    "offer ends",
    "coupon",
    "promo code",
    "voucher",
    "% off",
    "percent off",
    "free shipping",
    "checkout",
    "check out",
    "add to cart",
    "add to basket",
    "cart",
    "bargain",
    "cheap",
    "cheapest",
    "save money",
    "upgrade",
    "subscribe and save",
)
SUPERLATIVE_PHRASES = (
    "best",
    "greatest",
    "ultimate",
    "unbeatable",
    "unmatched",
    "unrivalled",
    "unrivaled",
    "unparalleled",
    "world-class",
    "world class",
    "world's first",
    "world's best",
    "#1",
    "number one",
    "no. 1",
    "industry-leading",
    "market-leading",
    "leading",
    "most advanced",
    "most powerful",
    "fastest",
    "finest",
    "perfect",
    "revolutionary",
    "game-changing",
    "game changer",
    "best-in-class",
)
HEALTH_CLAIM_PHRASES = (
    "cure",
    "cures",
    "cured",
    "heal",
    "heals",
    "healing",
    "treat",
    "treats",
    "treatment",
    "prevents disease",
    "prevent disease",
    "clinically proven",
    "medically proven",
    "scientifically proven",
    "doctor recommended",
    "doctor-recommended",
    "boost immunity",
    "boosts immunity",
    "immune boost",
    "detox",
    "miracle",
    "weight loss",
    "lose weight",
    "anti-aging",
    "anti-ageing",
    "therapeutic",
    "diagnose",
    "guaranteed results",
)
# Words that leave a reader with an imperative to buy; the writers use none of these in CTAs
# when selling is off.
FAMILIES = {
    "urgency": URGENCY_PHRASES,
    "selling": SELLING_PHRASES,
    "superlative": SUPERLATIVE_PHRASES,
    "health claim": HEALTH_CLAIM_PHRASES,
}
# A price: a currency symbol or code next to a number ("$29", "29 EUR", "€4.99").
PRICE = re.compile(
    r"(?:[$€£¥₹₩₺₪₫₱฿₦]\s?\d[\d,.]*|\b\d[\d,.]*\s?(?:USD|EUR|GBP|JPY|dollars?|euros?|pounds?)\b)",
    re.I,
)


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return text.replace("’", "'").replace("‘", "'")


def pattern_source(phrase: str, plural: bool = False) -> str:
    """The regular expression for a phrase in folded text: whole words, any spaces or hyphens
    between them; `plural` also matches the last word with -s/-es (an avoided "bottle" is
    avoided in "bottles" too)."""
    folded = fold(phrase).strip()
    if folded in ("emoji", "emojis"):  # "No emojis": the pictures themselves, not the word
        return r"(?<![\w])emojis?(?![\w])|[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B50\u2B06]"
    body = re.escape(folded).replace(r"\ ", r"[\s-]+")
    if plural and folded[-1:].isalpha():
        body += "(?:e?s)?"
    start = r"(?<![\w])" if folded[:1].isalnum() else ""
    end = r"(?![\w])" if folded[-1:].isalnum() else ""
    return start + body + end


_CACHE: dict[str, re.Pattern[str]] = {}


def compiled(phrase: str, plural: bool = False) -> re.Pattern[str]:
    key = f"{phrase}\x00s" if plural else phrase
    pattern = _CACHE.get(key)
    if pattern is None:
        if len(_CACHE) > 4096:
            _CACHE.clear()
        pattern = _CACHE[key] = re.compile(pattern_source(phrase, plural))
    return pattern


__all__ = [
    "FAMILIES",
    "HEALTH_CLAIM_PHRASES",
    "PRICE",
    "SELLING_PHRASES",
    "SUPERLATIVE_PHRASES",
    "URGENCY_PHRASES",
    "compiled",
    "fold",
    "pattern_source",
]
