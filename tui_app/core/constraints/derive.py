"""Reading the rules a brief states plainly in its additional requirements."""

from __future__ import annotations

import re

from .languages import _LANGUAGE_NAMES, MAX_LANGUAGES, language_name
from .rules import Rules, _unique

# ---------------------------------------------------------------------------
# Reading rules out of plain requirements
# ---------------------------------------------------------------------------

_QUOTED = re.compile(
    r"[\"“”„«»「『]([^\"“”„«»」』]{1,160})[\"“”»」』]|(?<![A-Za-z])'([^']{1,160})'(?![A-Za-z])|‘([^’]{1,160})’"
)
# a quotation is hidden while the sentences are split (as \x00N\x00, or \x00N\x01 when it ends
# on a full stop: the sentence ends there too when a capital follows)
_SENTENCES = re.compile(r"(?<=[.!?;])\s+|(?<=[.!?][\"'”’])\s+|(?<=\x01)\s+(?=[A-Z\x00])|\n+")
_QUOTE_SPANS = re.compile(
    r"[\"“„«「『‘][^\"“”„«»「」『』‘’]{1,160}[\"”»」』’]|(?<![A-Za-z])'[^'\n]{1,160}'(?![A-Za-z])"
)


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
    # the same in the languages a brief may be written in: "debe incluir", "muss … enthalten",
    # "doit contenir", "deve includere", "moet bevatten"
    r"\b(?:debe|deben|muss|müssen|doit|doivent|deve|devem|devono|moet|moeten)\b.*?"
    r"\b(?:incluir|llevar|mostrar|enthalten|tragen|zeigen|inclure|contenir|afficher|includere|"
    r"contenere|riportare|incluir|conter|bevatten|tonen|vermelden)\b|"
    r"(?:must|should|has to|have to|needs? to|to)\s+(?:always\s+)?"
    r"(?:carry|include|contain|end with|show|state|say|mention|"
    r"display|feature|have)\b|always\s+(?:include|add|carry|show)|(?:include|add|append)\s+(?:the\s+)?"
    r"(?:line|text|disclaimer|notice|statement|footer)|disclaimer|mandatory (?:line|text)",
    re.I,
)
# "<line> must appear on every email" / "… should be shown in all ads": the words to carry
# come first, and as often as not unquoted
_MUST_APPEAR = re.compile(
    r"^(?P<line>.+?)\s+(?:must|should|has to|needs to|shall|is to)\s+(?:always\s+)?"
    r"(?:appear|be (?:shown|displayed|included|printed|stated|present|visible|carried|added))"
    r"\s+(?:(?:on|in|under|beneath|at the (?:end|bottom|foot) of)\s+)?(?:every|each|all|any)\b",
    re.I,
)
_LINE_LEAD_IN = re.compile(
    r"^(?:the\s+)?(?:line|words?|phrase|wording|text|disclaimer|statement|notice)\s+(?=\S)", re.I
)
# What to show described, not the words themselves ("Our logo", "The FCA risk warning",
# "Charity number"): reported as unread, never carried as if it were the line. A line says
# something ("Your capital is at risk", "Always read the label") or names a number.
_DETERMINER = re.compile(
    r"^(?:the|a|an|our|your|their|its|his|her|this|that|these|those|it|they|some|any)\b", re.I
)
_DESCRIPTION_NOUN = re.compile(
    r"\b(?:logo|link|url|disclaimer|warning|notice|number|address|details|statement|policy|"
    r"information|info|line|text|footer|badge|label|icon|hashtag|name|credit|wording)s?$",
    re.I,
)
_SAYS_SOMETHING = re.compile(
    r"\d|\b(?:is|are|was|were|be|been|may|might|can|could|will|would|should|must|shall|do|does|"
    r"has|have|apply|applies|read|see|drink|enjoy|play|gamble|keep|ask|consult|visit|call|"
    r"check|seek|contact|subject)\b",
    re.I,
)
_CTA_WORDS = re.compile(r"\b(?:call[- ]to[- ]action|cta)\b", re.I)


def _line_to_carry(sentence: str) -> list[str]:
    """The line(s) a "<line> must appear on every <thing>" sentence asks for, or none."""
    m = _MUST_APPEAR.search(sentence)
    if not m:
        return []
    line = m["line"].strip()
    quoted = _quoted(line)
    if quoted:
        return quoted
    line = _strip_quotes(_LINE_LEAD_IN.sub("", line)).rstrip(",:")
    named = _DETERMINER.search(line) or (len(line.split()) <= 3 and _DESCRIPTION_NOUN.search(line))
    if _CTA_WORDS.search(line) or (named and not _SAYS_SOMETHING.search(line)):
        return []
    return [line]


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
            r"(?:claims?|advice)|must not claim (?:to )?(?:cure|treat|heal|prevent)",
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
_NO_MENTIONS = re.compile(
    r"\bno\s+(?P<what>[\w-]+(?:\s+(?:or|and|nor)\s+[\w-]+)*)\s+"
    r"(?:references?|mentions?|words?|terms?)\b",
    re.I,
)
_NAMES_NOT_TO_MENTION = re.compile(
    r"\b(?:do not|don't|never|must not|no)\s+(?:mention|name|use|show)\b[^()]*\(([^)]{2,120})\)",
    re.I,
)
_NEVER_DISCOUNT = re.compile(
    r"\b(?:never|do not|don't|must not)\s+(?:offer\s+(?:a\s+)?)?discounts?\b|\bno discounting\b",
    re.I,
)
_NO_QUOTED = re.compile(
    r"\b(?:no|nunca|jamais|nie|kein(?:e|en)?|mai|nooit|sin)\s+"
    r"(?:(?:the\s+)?(?:words?|mots?|palabras?|wörter|parole)\s+|[\w-]+\s+(?:like|such as)\s+)?"
    r"(?:[\"“‘'][^\"”’']{1,40}[\"”’'](?:\s*(?:or|and|,|ou|o|y|oder|und|e)\s*)?)+",
    re.I,
)
_NEVER_QUOTED = re.compile(
    r"\b(?:never|not|instead of|rather than)\s+"
    r"(?:[\"“‘'][^\"”’']{1,40}[\"”’'](?:\s*(?:or|,)\s*)?)+",
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
    "emoji": ("emoji",),  # matched as any emoji character (see words.pattern_source)
    "giveaway": ("giveaway", "giveaways"),
}


def _rule_sentences(text: str) -> list[str]:
    """Sentences of the requirements, never split inside a quotation ("Subject to status.
    18+ only." is one line to carry) or after an abbreviation ("charity no. 1187654")."""
    quotes: list[str] = []

    def hide(match: re.Match[str]) -> str:
        quotes.append(match.group(0))
        end = "\x01" if re.search(r"[.!?]\W$", match.group(0)) else "\x00"
        return f"\x00{len(quotes) - 1}{end}"

    hidden = _QUOTE_SPANS.sub(hide, text)
    sentences: list[str] = []
    for piece in (s.strip() for s in _SENTENCES.split(hidden)):
        if piece and sentences and _continues(sentences[-1], piece):
            sentences[-1] += " " + piece
        elif piece:
            sentences.append(piece)
    return [re.sub("\x00(\\d+)[\x00\x01]", lambda m: quotes[int(m.group(1))], s) for s in sentences]


# Abbreviations whose full stop ends no sentence: "Registered charity no. 1187654 must appear
# on every email." is one rule. Those before a number ("no. 5", "Ref. 22") only count as
# abbreviations there, so a plain "No." answer still ends its sentence.
_ABBREVIATIONS = frozenset(
    ("approx", "e.g", "i.e", "eg", "ie", "inc", "ltd", "st", "co", "corp", "dr", "mr", "mrs",
     "ms", "vs", "incl", "esp", "dept", "cf")
)  # fmt: skip
_BEFORE_NUMBERS = frozenset(
    ("no", "nos", "nr", "nrs", "ref", "reg", "tel", "fig", "art", "para", "ca")
)  # fmt: skip


def _continues(sentence: str, following: str) -> bool:
    """Whether `following` goes on with `sentence` (it stopped at an abbreviation)."""
    words = sentence.split()
    if not words or not words[-1].endswith("."):
        return False
    word = words[-1].lstrip("([").rstrip(".").casefold()
    if word in _ABBREVIATIONS:
        return True
    return word in _BEFORE_NUMBERS and bool(re.match(r"[#(]?\d", following))


def _clean_cta(raw: str) -> str:
    quoted = _quoted(raw)
    cta = quoted[0] if quoted else re.split(r"[.;\n]|,\s+(?:and|but|so)\b|\s+\((?!s\))", raw)[0]
    cta = _strip_quotes(cta).rstrip(".!,:")
    cta = re.sub(r"\s+(?:everywhere|in every \w+|on every \w+|throughout)$", "", cta, flags=re.I)
    return cta[:1].upper() + cta[1:] if cta else ""


# "…; say so on the sign-up page": the piece after the semicolon points back at the one before
_REFERS_BACK = re.compile(r"(?:\w+\s+){0,2}(?:so|this|that|it)\b", re.I)
# a sentence with one of these reads like a rule: one not understood is reported as not read
_RULE_WORDS = re.compile(
    r"\b(?:must|never|always|do not|don't|no|only|every|avoid|need|needs|say|state|mention|"
    r"ensure|make sure|should|required|requires?|please|be clear|make clear|explain|"
    r"debe|deben|nunca|siempre|muss|müssen|nie|immer|doit|doivent|jamais|toujours|deve|devem|"
    r"devono|mai|sempre|moet|moeten|nooit|altijd)\b",
    re.I,
)


def derive_rules(requirements: str) -> Rules:
    """Read the rules stated plainly in `additional_requirements`."""
    cta = ""
    avoid: list[str] = []
    must: list[str] = []
    languages: list[str] = []
    flags: dict[str, bool] = {}
    derived: list[str] = []
    unread: list[str] = []
    previous, understood_before = "", False
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
            # "No jargon like 'synergy' or 'disrupt'": the examples are the words
            avoid.extend(_quoted(sentence[match.end() :]))
            understood = True
        for match in _NO_MENTIONS.finditer(sentence):  # "No gambling or betting references"
            avoid.extend(_phrase_list(match["what"], 2))
            understood = True
        if m := _NAMES_NOT_TO_MENTION.search(sentence):
            # "Do not mention competitors (Flexport, Forto) by name": the names are the words
            names = [n.strip(" .'\"") for n in re.split(r",|\bor\b|\band\b", m.group(1))]
            avoid.extend(n for n in names if n and len(n.split()) <= 3)
            understood = True
        if _NEVER_DISCOUNT.search(sentence):  # "Never discount.", "No discounting."
            avoid.extend(_NO_WORD_FORMS["discount"])
            understood = True
        for match in _NO_QUOTED.finditer(sentence):  # "no 'buy', 'offer', 'deal' or 'discount'"
            avoid.extend(_quoted(match.group(0)))
            understood = True
        for match in _NEVER_QUOTED.finditer(sentence):
            # "Use 'flacon', never 'bottle'", "Say 'flacon' instead of 'bottle'"
            avoid.extend(_quoted(match.group(0)))
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
        elif lines := _line_to_carry(sentence):
            must.extend(lines)
            understood = True
        if _LANG_CONTEXT.search(sentence):
            found = _languages_in(sentence)
            if found:
                languages.extend(c for c in found if c not in languages)
                understood = True
        if not understood and _RULE_WORDS.search(sentence):
            # "Players under 18 need parental consent; say so on the sign-up page." is one
            # thought: a piece after a semicolon is reported with the piece before it
            refers = previous.endswith(";") and _REFERS_BACK.match(sentence)
            if refers and unread and unread[-1] == previous:
                unread[-1] = f"{previous} {sentence}"
            elif refers and not understood_before:
                unread.append(f"{previous} {sentence}")
            else:
                unread.append(sentence)
        previous, understood_before = sentence, understood
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


__all__ = ["derive_rules"]
