"""The brief's rules as data: what every node obeys and the review checks.

A brief states rules two ways: in its own fields (`primary_cta`, `avoid`, `must_include`,
`languages`, `no_selling`) and in plain words inside `additional_requirements` ("no urgency
language", "do not claim 'unhackable'", "every ad must carry 'Terms apply.'"). `derive_rules`
reads the plain rules it can recognise; `Rules.merge` lets the explicit fields win. What was
derived is kept as readable lines, so the user sees it (log, Brief tab) and can correct it.

`scan` finds where a piece of audience-facing text breaks the rules. It is deliberately plain
word matching: a rule the brief gives must never be broken, so the writers avoid whole word
families, and the review checks with the same lists.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

# ---------------------------------------------------------------------------
# Languages
# ---------------------------------------------------------------------------

# ISO 639-1 code -> English name; the brief accepts either (and a few native names).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "ja": "Japanese",
    "es": "Spanish",
    "fr": "French",
    "de": "German",
    "it": "Italian",
    "pt": "Portuguese",
    "nl": "Dutch",
    "sv": "Swedish",
    "no": "Norwegian",
    "da": "Danish",
    "fi": "Finnish",
    "pl": "Polish",
    "cs": "Czech",
    "el": "Greek",
    "tr": "Turkish",
    "ru": "Russian",
    "uk": "Ukrainian",
    "ar": "Arabic",
    "he": "Hebrew",
    "hi": "Hindi",
    "zh": "Chinese",
    "ko": "Korean",
    "th": "Thai",
    "vi": "Vietnamese",
    "id": "Indonesian",
    "ms": "Malay",
    "tl": "Filipino",
    "cy": "Welsh",
    "ga": "Irish",
    "ca": "Catalan",
    "eu": "Basque",
    "is": "Icelandic",
    "ro": "Romanian",
    "hu": "Hungarian",
}
_LANGUAGE_NAMES: dict[str, str] = {name.lower(): code for code, name in LANGUAGES.items()}
_LANGUAGE_NAMES |= {
    "español": "es",
    "castellano": "es",
    "français": "fr",
    "deutsch": "de",
    "italiano": "it",
    "português": "pt",
    "nederlands": "nl",
    "svenska": "sv",
    "norsk": "no",
    "dansk": "da",
    "suomi": "fi",
    "polski": "pl",
    "日本語": "ja",
    "中文": "zh",
    "한국어": "ko",
    "mandarin": "zh",
    "cantonese": "zh",
    "tagalog": "tl",
    "cymraeg": "cy",
    "gaeilge": "ga",
    "farsi": "fa",
    "persian": "fa",
}
LANGUAGES.setdefault("fa", "Persian")
MAX_LANGUAGES = 3


def language_code(text: str) -> str | None:
    """ "ja", "JA", "Japanese", "日本語", "en-GB" -> an ISO 639-1 code, or None."""
    value = text.strip()
    low = value.lower()
    if low in LANGUAGES:
        return low
    if re.fullmatch(r"[a-z]{2}[-_][a-z]{2,4}", low) and low[:2] in LANGUAGES:
        return low[:2]
    return _LANGUAGE_NAMES.get(low)


def language_name(code: str) -> str:
    return LANGUAGES.get(code, code)


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
_FAMILIES = {
    "urgency": URGENCY_PHRASES,
    "selling": SELLING_PHRASES,
    "superlative": SUPERLATIVE_PHRASES,
    "health claim": HEALTH_CLAIM_PHRASES,
}
# A price: a currency symbol or code next to a number ("$29", "29 EUR", "€4.99").
_PRICE = re.compile(
    r"(?:[$€£¥₹₩₺₪₫₱฿₦]\s?\d[\d,.]*|\b\d[\d,.]*\s?(?:USD|EUR|GBP|JPY|dollars?|euros?|pounds?)\b)",
    re.I,
)


# ---------------------------------------------------------------------------
# The rules
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Rules:
    """Everything audience-facing copy must obey, for one brief."""

    primary_cta: str = ""
    avoid: tuple[str, ...] = ()
    must_include: tuple[str, ...] = ()
    languages: tuple[str, ...] = ("en",)
    no_selling: bool = False
    no_urgency: bool = False
    no_superlatives: bool = False
    no_health_claims: bool = False
    # readable lines: what was read from the additional requirements
    derived: tuple[str, ...] = ()
    # sentences of the requirements that read like a rule but were not understood
    unread: tuple[str, ...] = ()

    @property
    def forbidden_families(self) -> tuple[str, ...]:
        families = []
        if self.no_urgency or self.no_selling:
            families.append("urgency")
        if self.no_selling:
            families.append("selling")
        if self.no_superlatives:
            families.append("superlative")
        if self.no_health_claims:
            families.append("health claim")
        return tuple(families)

    @property
    def bilingual(self) -> bool:
        return len(self.languages) > 1

    @property
    def any(self) -> bool:
        """True when the brief sets any rule beyond the default language."""
        return bool(
            self.primary_cta
            or self.avoid
            or self.must_include
            or self.languages != ("en",)
            or self.forbidden_families
        )

    def summary(self) -> list[str]:
        """The rules in words, one per line, for people (Brief tab, plan, `show`)."""
        lines = []
        if self.primary_cta:
            lines.append(f"Primary call to action: “{self.primary_cta}”")
        if self.avoid:
            lines.append("Never use: " + ", ".join(f"“{a}”" for a in self.avoid))
        if self.must_include:
            lines.append("Every ad, email and post carries: " + " / ".join(self.must_include))
        if self.languages != ("en",):
            lines.append("Languages: " + ", ".join(language_name(c) for c in self.languages))
        if self.no_selling:
            lines.append("No selling: no prices, discounts, purchase or urgency words")
        elif self.no_urgency:
            lines.append("No urgency or scarcity language")
        if self.no_superlatives:
            lines.append("No superlatives")
        if self.no_health_claims:
            lines.append("No health claims")
        return lines

    def merge(self, explicit: Rules) -> Rules:
        """These (derived) rules with the brief's own fields winning.

        A field the brief sets (non-empty) replaces what was derived for it; avoid lists and
        must-include lines are joined, and flags only ever add restrictions.
        """
        merged = self
        if explicit.primary_cta:
            merged = replace(merged, primary_cta=explicit.primary_cta)
        if explicit.languages and explicit.languages != ("en",):
            merged = replace(merged, languages=explicit.languages)
        return replace(
            merged,
            avoid=_unique([*explicit.avoid, *self.avoid]),
            must_include=_unique([*explicit.must_include, *self.must_include]),
            no_selling=self.no_selling or explicit.no_selling,
            no_urgency=self.no_urgency or explicit.no_urgency,
            no_superlatives=self.no_superlatives or explicit.no_superlatives,
            no_health_claims=self.no_health_claims or explicit.no_health_claims,
        )


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for item in items:
        key = item.casefold()
        if key not in seen:
            seen[key] = item
    return tuple(seen.values())


# ---------------------------------------------------------------------------
# Reading rules out of plain requirements
# ---------------------------------------------------------------------------

_QUOTED = re.compile(
    r"[\"“”„«»「『]([^\"“”„«»」』]{1,160})[\"“”»」』]|(?<![A-Za-z])'([^']{1,160})'(?![A-Za-z])|‘([^’]{1,160})’"
)
_SENTENCES = re.compile(r"(?<=[.!?;])\s+|(?<=[.!?][\"'”’])\s+|\n+")
_QUOTE_SPANS = re.compile(r"[\"“„«「『‘][^\"“”„«»「」『』‘’]{1,160}[\"”»」』’]")


def _quoted(text: str) -> list[str]:
    return [next(g for g in m.groups() if g).strip() for m in _QUOTED.finditer(text)]


def _strip_quotes(text: str) -> str:
    return text.strip().strip("\"'“”‘’„«»「」『』").strip()


_LEAD_INS = re.compile(
    r"^(?:that\s+)?(?:(?:it|we|they|the product|our product)\s+(?:is|are|'s|'re|will be|can)\s+|"
    r"(?:to be|to)\s+|the\s+|any\s+|words?\s+|phrases?\s+|terms?\s+|like\s+|such as\s+)+",
    re.I,
)


def _phrase_list(text: str, max_words: int) -> list[str]:
    """ "'unhackable' or '100% secure'" / "jargon and buzzwords" -> the phrases.

    Quoted phrases are taken as they are; unquoted ones only when short (a longer clause is a
    description of what to avoid, not the words themselves).
    """
    quoted = _quoted(text)
    if quoted:
        return quoted
    parts = re.split(r"\s*(?:,|;|/|\bor\b|\band\b|\bnor\b)\s*", text)
    phrases = []
    for part in parts:
        part = _strip_quotes(_LEAD_INS.sub("", part.strip())).rstrip(".!,:")
        if not part:
            continue
        if len(part.split()) > max_words:
            return []
        phrases.append(part)
    return phrases


_CTA = re.compile(
    r"(?:primary|main|single|one)?\s*(?:call[- ]to[- ]action|cta)s?\b"
    r"(?:\s+(?:everywhere|throughout|on every \w+))?"
    r"\s*(?:is|should be|must be|will be|=|:|reads?|says?)\s*(?P<cta>.+)$",
    re.I,
)
_PATH_TO = re.compile(
    r"(?:path|way|link|route|invitation|invite|prompt)s?\s+to\s+(?P<cta>(?:book|request|schedule|"
    r"start|get|join|sign up|register|download|apply|donate|visit|try|wishlist|claim|reserve|"
    r"contact|call|find|learn|see|watch|read|take|volunteer|subscribe)\b[^.;:\n]*)",
    re.I,
)
_AVOID = re.compile(
    r"(?:do not|don't|dont|never|must not|mustn't|cannot|can't|should not|shouldn't|no)\s+"
    r"(?:ever\s+)?(?:claim|say|use|mention|write|call (?:it|us|the product)|describe (?:it|us) as|"
    r"promise|imply|state)\s+(?P<what>.+)$"
    r"|\bavoid(?:ing)?\s+(?P<intro>the words?\s+|the phrases?\s+|words like\s+|terms like\s+|"
    r"phrases like\s+|saying\s+|using\s+|the term\s+)?(?P<what2>.+)$",
    re.I,
)
_MUST_INCLUDE = re.compile(
    r"(?:must|should|has to|have to|needs? to|to)\s+(?:always\s+)?"
    r"(?:carry|include|contain|end with|show|"
    r"display|feature|have)\b|always\s+(?:include|add|carry|show)|(?:include|add|append)\s+(?:the\s+)?"
    r"(?:line|text|disclaimer|notice|statement|footer)|disclaimer|mandatory (?:line|text)",
    re.I,
)
_LANG_CONTEXT = re.compile(
    r"bilingual|trilingual|languages?|\btranslat|\bcopy in\b|\bin (?:both )?[A-Z][a-z]+|-language|"
    r"speaking|\bwritten in\b",
    re.I,
)
# a negation, then (within the same sentence) what it forbids
_NO = r"\b(?:no|without|zero|avoid(?:ing)?|never|don't|do not|must not|not)\b[^.;]*?"
_FLAG_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "no_selling",
        re.compile(
            r"nothing (?:is|will be|to be|being) (?:sold|for sale)|not (?:selling|a sale|for sale)|"
            r"no (?:selling|sales? (?:language|pitch|copy)|prices?|pricing|purchase|commercial)|"
            r"(?:free|public) (?:service|information)|non-?commercial|must not sell|"
            r"no calls? to buy",
            re.I,
        ),
    ),
    (
        "no_urgency",
        re.compile(
            _NO + r"\b(?:urgency|urgent|scarcity|pressure|countdowns?|fomo|time[- ]limited|"
            r"hard[- ]sell|false deadlines?|rush)",
            re.I,
        ),
    ),
    ("no_superlatives", re.compile(_NO + r"\b(?:superlatives?|hype|\"?best\"?[- ]claims?)", re.I)),
    (
        "no_health_claims",
        re.compile(
            _NO + r"\b(?:health|medical|therapeutic|clinical|cure|treatment)[- ]?(?:or \w+ )?"
            r"claims?|must not claim (?:to )?(?:cure|treat|heal|prevent)",
            re.I,
        ),
    ),
)
# "no discounts" / "no free shipping" -> avoid those words
_NO_WORDS = re.compile(
    r"\bno\s+(?P<what>discounts?|coupons?|promo(?:tion)?s?|deals?|offers?|free shipping|"
    r"emojis?|exclamation marks?|slang|jargon|puns?|giveaways?)\b",
    re.I,
)
_NO_WORD_FORMS = {
    "discount": ("discount", "discounts", "discounted"),
    "coupon": ("coupon", "coupons"),
    "promo": ("promo", "promo code"),
    "promotion": ("promotion", "promotional"),
    "deal": ("deal", "deals"),
    "offer": ("special offer", "offer ends"),
    "free shipping": ("free shipping",),
    "exclamation mark": ("!",),
    "emoji": (),
    "giveaway": ("giveaway", "giveaways"),
}


def _rule_sentences(text: str) -> list[str]:
    """Sentences of the requirements, never split inside a quotation ("Subject to status.
    18+ only." is one line to carry)."""
    quotes: list[str] = []

    def hide(match: re.Match[str]) -> str:
        quotes.append(match.group(0))
        return f"\x00{len(quotes) - 1}\x00"

    hidden = _QUOTE_SPANS.sub(hide, text)
    sentences = [s.strip() for s in _SENTENCES.split(hidden) if s.strip()]
    return [re.sub("\x00(\\d+)\x00", lambda m: quotes[int(m.group(1))], s) for s in sentences]


def _clean_cta(raw: str) -> str:
    quoted = _quoted(raw)
    cta = quoted[0] if quoted else re.split(r"[.;\n]|,\s+(?:and|but|so)\b|\s+\((?!s\))", raw)[0]
    cta = _strip_quotes(cta).rstrip(".!,:")
    cta = re.sub(r"\s+(?:everywhere|in every \w+|on every \w+|throughout)$", "", cta, flags=re.I)
    return cta[:1].upper() + cta[1:] if cta else ""


def derive_rules(requirements: str) -> Rules:
    """Read the rules stated plainly in `additional_requirements`."""
    cta = ""
    avoid: list[str] = []
    must: list[str] = []
    languages: list[str] = []
    flags: dict[str, bool] = {}
    derived: list[str] = []
    unread: list[str] = []
    for sentence in _rule_sentences(requirements):
        understood = False
        for name, pattern in _FLAG_PATTERNS:
            if pattern.search(sentence):
                flags[name] = True
                understood = True
        for match in _NO_WORDS.finditer(sentence):
            word = match["what"].lower()
            key = word.rstrip("s") if word not in ("free shipping",) else word
            forms = _NO_WORD_FORMS.get(key, (word,))
            avoid.extend(forms)
            understood = True
        if m := _AVOID.search(sentence):
            what = m["what"] or m["what2"] or ""
            # "never mention competitors" names a kind of thing, not the words: quotes only
            literal = not re.search(r"\b(?:mention|describe|imply|promise)\b", m.group(0), re.I)
            limit = (4 if m["what"] or m["intro"] else 2) if literal else 0
            phrases = [
                p
                for p in _phrase_list(what, limit)
                if not re.fullmatch(r"(?i)urgency.*|superlatives?|(?:health |medical )?claims?", p)
            ]
            if phrases:
                avoid.extend(phrases)
                understood = True
        m = None if cta else (_CTA.search(sentence) or _PATH_TO.search(sentence))
        if m:
            cta = _clean_cta(m["cta"])
            understood = understood or bool(cta)
        if _MUST_INCLUDE.search(sentence) and not _CTA.search(sentence):
            quoted = _quoted(sentence)
            if quoted:
                must.extend(quoted)
                understood = True
        if _LANG_CONTEXT.search(sentence):
            found = _languages_in(sentence)
            if found:
                languages.extend(c for c in found if c not in languages)
                understood = True
        if not understood and re.search(
            r"\b(?:must|never|always|do not|don't|no|only|every|avoid)\b", sentence, re.I
        ):
            unread.append(sentence)
    if languages and len(languages) == 1 and languages[0] != "en":
        # "copy in Spanish" means Spanish only; "bilingual X/English" lists both
        pass
    avoid_t = _unique(a for a in avoid if a)
    must_t = _unique(must)
    if cta:
        derived.append(f"primary call to action “{cta}”")
    if avoid_t:
        derived.append("never use " + ", ".join(f"“{a}”" for a in avoid_t))
    if must_t:
        derived.append("every ad, email and post carries " + " / ".join(f"“{m}”" for m in must_t))
    if languages:
        derived.append("languages: " + ", ".join(language_name(c) for c in languages))
    for name, label in (
        ("no_selling", "nothing is sold (no prices, discounts or purchase words)"),
        ("no_urgency", "no urgency language"),
        ("no_superlatives", "no superlatives"),
        ("no_health_claims", "no health claims"),
    ):
        if flags.get(name):
            derived.append(label)
    return Rules(
        primary_cta=cta[:25].rstrip() if len(cta) > 25 else cta,
        avoid=avoid_t,
        must_include=must_t,
        languages=tuple(languages[:MAX_LANGUAGES]) or ("en",),
        no_selling=flags.get("no_selling", False),
        no_urgency=flags.get("no_urgency", False),
        no_superlatives=flags.get("no_superlatives", False),
        no_health_claims=flags.get("no_health_claims", False),
        derived=tuple(derived),
        unread=tuple(unread),
    )


def _languages_in(sentence: str) -> list[str]:
    found: list[tuple[int, str]] = []
    low = sentence.lower()
    for name, code in _LANGUAGE_NAMES.items():
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w])", low):
            found.append((m.start(), code))
    codes: list[str] = []
    for _, code in sorted(found):
        if code not in codes:
            codes.append(code)
    return codes


# ---------------------------------------------------------------------------
# Checking text against the rules
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Violation:
    """One place a text breaks a rule: `kind` is "avoid", "urgency", "selling", …"""

    kind: str
    phrase: str


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return text.replace("’", "'").replace("‘", "'")


def _pattern(phrase: str) -> re.Pattern[str]:
    folded = _fold(phrase).strip()
    body = re.escape(folded).replace(r"\ ", r"[\s-]+")
    start = r"(?<![\w])" if folded[:1].isalnum() else ""
    end = r"(?![\w])" if folded[-1:].isalnum() else ""
    return re.compile(start + body + end)


_PATTERNS: dict[str, re.Pattern[str]] = {}


def _compiled(phrase: str) -> re.Pattern[str]:
    pattern = _PATTERNS.get(phrase)
    if pattern is None:
        if len(_PATTERNS) > 4096:
            _PATTERNS.clear()
        pattern = _PATTERNS[phrase] = _pattern(phrase)
    return pattern


@dataclass(slots=True)
class Scanner:
    """Checks texts against one brief's rules.

    The brief's own names (product, client, features: `own`, a list of phrases, or one text
    with a phrase per line or separated by " | ") are the brief's words: "Deal Tracker" or
    "Order Ahead" never count as selling language, though "order" elsewhere does. An explicit
    `avoid` phrase always counts.
    """

    rules: Rules
    own_text: str | Sequence[str] = ""
    _own: list[re.Pattern[str]] = field(init=False, default_factory=list)

    def __post_init__(self) -> None:
        phrases = (
            re.split(r"\n| \| ", self.own_text)
            if isinstance(self.own_text, str)
            else list(self.own_text)
        )
        longest_first = sorted({p.strip() for p in phrases if p.strip()}, key=len, reverse=True)
        self._own = [_compiled(p) for p in longest_first]

    def _without_own(self, folded: str) -> str:
        for pattern in self._own:
            folded = pattern.sub(" ", folded)
        return folded

    def scan(self, text: str) -> list[Violation]:
        folded = _fold(text)
        found: list[Violation] = []
        for phrase in self.rules.avoid:
            if phrase.strip() and _compiled(phrase).search(folded):
                found.append(Violation("avoid", phrase))
        families = self.rules.forbidden_families
        if families or self.rules.no_selling:
            rest = self._without_own(folded)
            for family in families:
                for phrase in _FAMILIES[family]:
                    if _compiled(phrase).search(rest):
                        found.append(Violation(family, phrase))
            if self.rules.no_selling:
                found.extend(Violation("price", m.group(0)) for m in _PRICE.finditer(rest))
        return found

    def clean(self, text: str) -> bool:
        return not self.scan(text)

    def missing_lines(self, text: str) -> list[str]:
        """The must-include lines `text` does not carry."""
        folded = " ".join(_fold(text).split())
        return [
            line for line in self.rules.must_include if " ".join(_fold(line).split()) not in folded
        ]


def forbidden_phrases(rules: Rules) -> list[str]:
    """Every phrase the rules forbid (for LLM prompts and writers that pick wording)."""
    phrases = list(rules.avoid)
    for family in rules.forbidden_families:
        phrases.extend(_FAMILIES[family])
    return list(_unique(phrases))


def uses_phrase(text: str, phrases: Sequence[str]) -> bool:
    folded = _fold(text)
    return any(_compiled(p).search(folded) for p in phrases if p.strip())


__all__ = [
    "HEALTH_CLAIM_PHRASES",
    "LANGUAGES",
    "SELLING_PHRASES",
    "SUPERLATIVE_PHRASES",
    "URGENCY_PHRASES",
    "Rules",
    "Scanner",
    "Violation",
    "derive_rules",
    "forbidden_phrases",
    "language_code",
    "language_name",
    "uses_phrase",
]
