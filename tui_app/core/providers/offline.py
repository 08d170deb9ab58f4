"""The offline content provider: brief-specific campaign copy from phrase banks, no network.

Every section is derived from the brief (product, client, audience, goals, key features, tone
and channels). Wording is picked from per-tone phrase banks by a `random.Random` seeded from the
brief and the section name, so the same brief always gives byte-identical output. Every
platform limit holds by construction: each length-bound string is chosen from templates that
fit, with shorter product forms as fallbacks, and cut at a word boundary only as a last resort.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..content import (
    SECTION_MODELS,
    CampaignSummary,
    ClientSummary,
    Concept,
    Content,
    Copy,
    Creative,
    CtaPlan,
    CtaStage,
    Email,
    EmotionVariant,
    EmotionVariants,
    MessagingPillar,
    Persona,
    Personas,
    Plan,
    PlanPhase,
    SearchAd,
    SocialCampaign,
    SocialPost,
    Strategy,
    Swatch,
    VisualDirection,
)
from ..mediaplan import MediaPlan, build_media_plan, conversion_event, goal_kinds
from ..models import (
    CHANNEL_LABELS,
    LIMITS,
    POST_LIMITS,
    SOCIAL_CHANNELS,
    CampaignBrief,
    Channel,
    Tone,
)
from .base import ContentProvider, ContentRequest, Generation, ProviderError

TAGLINE_LIMIT = LIMITS["tagline"]
CTA_LIMIT = LIMITS["cta"]
HERO_HEADLINE_LIMIT = LIMITS["hero_headline"]
HERO_SUBLINE_LIMIT = LIMITS["hero_subline"]

# ---------------------------------------------------------------------------
# Text helpers
# ---------------------------------------------------------------------------


def _clip(text: str, limit: int) -> str:
    """Cut to `limit` at a word boundary (the last resort when no template fits)."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit + 1]
    space = cut.rfind(" ")
    cut = cut[:space] if space >= limit // 2 else text[:limit]
    cut = cut.rstrip(" ,;:-–—&/(+|")
    return cut if cut else text[:limit]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


# Words that keep their capital letter mid-sentence.
_PROPER = {"Bluetooth", "Android", "Apple", "Google", "Windows", "Mac", "Wi-Fi", "English"}


def _lower_first(text: str) -> str:
    """Lower-case the first word for mid-sentence use, unless it looks like a name or acronym."""
    if not text:
        return text
    first = text.split(" ", 1)[0]
    if len(first) > 1 and first[1:] != first[1:].lower():
        return text  # CFOs, SaaS, iPhone: leave as written
    if first.strip(",.:;") in _PROPER:
        return text
    return text[:1].lower() + text[1:]


def _an(word: str) -> str:
    """'a' or 'an' before a word (by sound, roughly): an 8-week, an inventive, a useful."""
    low = word.lower()
    if re.match(r"(8|11|18|80|eight|eleven)\b|8\d", low) or (
        low[:1] in "aeio" or (low[:1] == "u" and not low.startswith(("use", "uni", "usu")))
    ):
        return "an"
    return "a"


def _quote(text: str) -> str:
    """A tagline inside a sentence: curly quotes, no trailing full stop."""
    return f"“{text.rstrip('.')}”"


def _join(items: Sequence[str], word: str = "and") -> str:
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {word} {items[-1]}"


def _end(text: str) -> str:
    """Make a sentence end with punctuation."""
    text = text.rstrip()
    return text if not text or text[-1] in ".!?…" else text + "."


_YOU = {
    "you": "they",
    "your": "their",
    "you're": "they're",
    "yours": "theirs",
    "yourself": "themselves",
}
_THEY = {"their": "my", "they": "I", "them": "me", "themselves": "myself", "theirs": "mine"}


# After "you", these words mean it is an object ("bringing you something"): "them", not "they".
_OBJECT_NEXT = {
    "something", "step", "in", "to", "as", "with", "a", "an", "the", "nothing", "more",
    "everything", "up", "on", "off", "through", "at", "for", "back", "covered", "",
}  # fmt: skip


def _third(text: str) -> str:
    """Second person to third: 'you always know' -> 'they always know', 'your' -> 'their'."""

    def swap(match: re.Match[str]) -> str:
        word = match.group(1)
        low = word.lower()
        if low == "you":
            after = re.match(r"\s*([\w']*)", text[match.end() :])
            nxt = after.group(1).lower() if after else ""
            new = "them" if nxt in _OBJECT_NEXT else "they"
        else:
            new = _YOU.get(low, word)
        return new.capitalize() if word[:1].isupper() else new

    return re.sub(r"\b(you're|yourself|yours|your|you)\b", swap, text, flags=re.I)


def _swap_words(text: str, table: dict[str, str]) -> str:
    return re.sub(
        r"\b[\w']+\b",
        lambda m: table.get(m.group(0).lower(), m.group(0)),
        text,
    )


def _hashtag(text: str, max_length: int = 28) -> str:
    """`#` + alphanumerics in CamelCase: 'Analog & Co.' -> '#AnalogCo'. Empty if nothing fits."""
    words = re.findall(r"[^\W_]+", text)
    tag = ""
    for word in words:
        part = word[:1].upper() + word[1:]
        if tag and len(tag) + len(part) > max_length:
            break
        tag += part
    return "#" + tag[:max_length] if tag else ""


def _words(text: str) -> int:
    return len(text.split())


# ---------------------------------------------------------------------------
# Reading the brief
# ---------------------------------------------------------------------------


_VERBS = {
    "pause", "skip", "cancel", "integrate", "work", "connect", "sync", "let", "help", "make",
    "keep", "save", "track", "include", "support", "charge", "play", "fit", "fold", "run",
    "learn", "adapt", "send", "show", "turn", "give", "get", "set", "choose", "switch",
    "customise", "customize", "share", "order", "plug", "pair", "stream", "book", "schedule",
    "automate", "export", "import", "protect", "lock", "unlock", "remember", "remind", "cook",
    "deliver", "ship", "clean", "wash", "store", "hold", "carry", "swap", "return", "try",
    "mix", "match", "reach", "see", "find", "join", "chat", "talk", "build", "create",
}  # fmt: skip
_IRREGULAR_PARTICIPLES = {"made", "built", "sewn", "grown", "woven", "brewed", "hand-made"}
_SMALL = {
    "the", "a", "an", "in", "on", "at", "by", "with", "from", "to", "for", "into", "every",
    "each", "your", "any", "or", "and", "anytime", "anywhere", "out", "up", "off", "all",
}  # fmt: skip


def _feature_form(feature: str) -> str:
    """How a feature reads: a noun phrase, a participle phrase, a verb, or an imperative."""
    words = feature.lower().split()
    if not words:
        return "np"
    first = words[0].strip(",.;:")
    second = words[1].strip(",.;:") if len(words) > 1 else ""
    tail = first.rsplit("-", 1)[-1]
    if first in _VERBS and (second in _SMALL or len(words) == 1):
        return "imperative"
    stem = re.sub(r"(ies)$", "y", first)
    if first.endswith("s") and (first[:-1] in _VERBS or first[:-2] in _VERBS or stem in _VERBS):
        return "verb"
    if (tail.endswith("ed") or first in _IRREGULAR_PARTICIPLES) and second in _SMALL:
        return "participle"
    return "np"


@dataclass(frozen=True, slots=True)
class Benefit:
    """What a key feature does for the audience."""

    feature: str  # verbatim from the brief
    theme: str  # short pillar-style name, e.g. "Always charged"
    clause: str  # "your devices stay charged"
    gerund: str  # "keeping every device charged"
    pain: str  # "dead batteries"
    form: str = "np"
    low: str = ""  # the feature for mid-sentence use (worked out once)
    plural: bool = False  # whether its head noun is plural ('Organic heritage grains')

    def __post_init__(self) -> None:
        low = self.low or _lower_first(self.feature)
        head = re.split(r"\s(?:with|for|through|to|of|in|on|within|from|by|at)\s", low)[0]
        last = head.split()[-1] if head.split() else ""
        plural = self.form == "np" and last.endswith("s") and not last.endswith(("ss", "us", "is"))
        object.__setattr__(self, "low", low)
        object.__setattr__(self, "plural", plural)

    @property
    def showcase(self) -> str:
        """The feature as something to show: 'the solar panel in use', 'proof that it is…'."""
        return {
            "np": f"{self.the} in use",
            "participle": f"proof that it is {self.low}",
            "verb": f"proof that it {self.low}",
            "imperative": f"how easy it is to {self.low}",
        }[self.form]

    @property
    def checkable(self) -> str:
        """What a buyer checks first: the feature itself, or proof of it."""
        return self.ref if self.form == "np" else self.showcase

    def doubt(self) -> str:
        """A buyer's doubt about the feature, in their words."""
        if self.form == "participle":
            return f"Is it really {self.low}?"
        if self.form == "verb":
            first, _, rest = self.low.partition(" ")
            base = re.sub(r"ies$", "y", first) if first.endswith("ies") else first[:-1]
            return f"Does it really {base} {rest}?".replace(" ?", "?")
        if self.form == "imperative":
            return f"Can I really {self.low}?"
        return f"{'Do' if self.plural else 'Does'} {self.the} really work as promised?"

    @property
    def the(self) -> str:
        """'the built-in solar panel'; a feature that brings its own article keeps it."""
        if re.match(r"(a|an|the|our|your|its)\s", self.low, re.I):
            return self.low
        return f"the {self.low}"

    @property
    def ref(self) -> str:
        """The feature as a noun phrase: 'the built-in solar panel', 'the option to pause'."""
        return {
            "np": self.the,
            "participle": f"the fact that it is {self.low}",
            "verb": f"the way it {self.low}",
            "imperative": f"the option to {self.low}",
        }[self.form]

    def statement(self, subject: str, variant: int = 0) -> str:
        """One sentence: the feature and what it does for the reader."""
        if self.form == "participle":
            return f"{subject} is {self.low}, so {self.clause}."
        if self.form == "verb":
            return f"{subject} {self.low}, so {self.clause}."
        if self.form == "imperative":
            return f"You can {self.low}, so {self.clause}."
        return (
            f"With {self.the}, {self.clause}.",
            f"{_cap(self.the)} {'mean' if self.plural else 'means'} {self.clause}.",
            f"Thanks to {self.the}, {self.clause}.",
        )[variant % 3]

    def also(self, subject: str) -> str:
        """A sentence for a feature whose benefit was already stated."""
        if self.form == "participle":
            return f"It is also {self.low}."
        if self.form == "verb":
            return f"It also {self.low}."
        if self.form == "imperative":
            return f"You can also {self.low}."
        verb = "make" if self.plural else "makes"
        return f"{_cap(self.the)} {verb} {_third(self.gerund)} even easier."


# Feature keywords -> (theme, benefit clause, gerund phrase, pain avoided); first match wins.
_BENEFITS: tuple[tuple[re.Pattern[str], str, str, str, str], ...] = tuple(
    (re.compile(pattern, re.I), theme, clause, gerund, pain)
    for pattern, theme, clause, gerund, pain in (
        (
            r"solar|\bcharg|\bbatter|\bpower|\busb",
            "Always charged",
            "your devices stay charged",
            "keeping every device charged",
            "dead batteries",
        ),
        (
            r"waterproof|water-resist|weather|\brain",
            "Built for weather",
            "your gear stays dry",
            "keeping what matters dry",
            "soggy gear",
        ),
        (
            r"automat",
            "Work that runs itself",
            "hours of manual work disappear",
            "taking the manual work off your plate",
            "manual busywork",
        ),
        (
            r"real[- ]?time|\blive\b|dashboard",
            "Always in the know",
            "you always know where things stand",
            "showing where things stand at a glance",
            "guesswork",
        ),
        (
            r"audit|complian|secur|encrypt",
            "Built for scrutiny",
            "every number stands up to scrutiny",
            "making every number defensible",
            "audit scrambles",
        ),
        (
            r"bluetooth|wireless",
            "Plays with everything",
            "it works with the gear you already own",
            "working with the gear you already own",
            "tangled cables",
        ),
        (
            r"integrat|sync|\bapi\b|netsuite|quickbooks|plug[- ]?in",
            "Fits your stack",
            "it fits the tools you already use",
            "fitting into the tools you already use",
            "copy-paste between systems",
        ),
        (
            r"\bai\b|smart|personali[sz]|adaptive",
            "Smart guidance",
            "it adapts to you as you go",
            "giving guidance that adapts to you",
            "one-size-fits-all advice",
        ),
        (
            r"minute|\bquick|\bfast|instant|\bspeed|acceler",
            "Fits any schedule",
            "it fits into the busiest day",
            "fitting into the busiest day",
            "wasted time",
        ),
        (
            r"\bbake|\bfresh|morning|\boven",
            "Fresh every time",
            "it tastes like it just left the oven",
            "bringing you something genuinely fresh",
            "stale shelf food",
        ),
        (
            r"deliver|shipping|doorstep",
            "Delivered to you",
            "it arrives at your door without a second thought",
            "bringing it to your door",
            "the extra errand",
        ),
        (
            r"\bfree\b|no ads|no-ads|no cost",
            "Nothing in the way",
            "it costs you nothing extra",
            "keeping costs out of the way",
            "hidden costs",
        ),
        (
            r"pause|skip|cancel|flexib|anytime|any week",
            "You're in control",
            "you stay in control of every order",
            "keeping you in control",
            "lock-in contracts",
        ),
        (
            r"organic|natural|heritage|ingredient",
            "Honest ingredients",
            "you know exactly what goes into it",
            "using ingredients you can trust",
            "cut corners",
        ),
        (
            r"recycl|sustainab|\beco\b|\beco-|upcycl",
            "Made with less",
            "it puts recycled material to work",
            "putting recycled material to work",
            "throwaway gear",
        ),
        (
            r"\bhand[- ]|craft|assembled|artisan|made in",
            "Made by hand",
            "you get craftsmanship built to last",
            "bringing craftsmanship built to last",
            "throwaway mass production",
        ),
        (
            r"preamp|sound|audio|hi-?fi|speaker",
            "Rich sound",
            "you hear every detail",
            "bringing out every detail of the sound",
            "flat, lifeless sound",
        ),
        (
            r"walnut|\bwood|\boak\b|leather|plinth|\bsolid\b|premium",
            "Beautiful materials",
            "it looks as good as it performs",
            "looking as good as it performs",
            "plastic that looks cheap",
        ),
        (
            r"streak|challenge|\bfriends?\b|communit|\bshar|\bsocial",
            "Better together",
            "motivation comes built in",
            "keeping motivation high with friends",
            "going it alone",
        ),
        (
            r"guided|coach|tutorial|step-by-step|lesson",
            "Guided every step",
            "you always know what to do next",
            "guiding you step by step",
            "second-guessing",
        ),
        (
            r"checklist|workflow|\btasks?\b|\bclose\b|\btrack",
            "Nothing slips",
            "nothing falls through the cracks",
            "making sure nothing falls through the cracks",
            "missed steps",
        ),
        (
            r"-proof|rugged|durable|tough|ripstop",
            "Built tough",
            "it shrugs off rough conditions",
            "standing up to rough conditions",
            "gear that gives up",
        ),
        (
            r"compartment|storage|capacity|\d+\s?l\b|pocket",
            "Room for it all",
            "everything has its place",
            "giving everything its place",
            "overstuffed bags",
        ),
        (
            r"lightweight|portable|compact|\blight\b",
            "Goes anywhere",
            "it goes wherever you go",
            "going wherever you go",
            "heavy, awkward kit",
        ),
        (
            r"one[- ]touch|one[- ]tap|simple|easy|intuitive",
            "Effortless",
            "using it takes no effort at all",
            "making every step effortless",
            "fiddly controls",
        ),
    )
)


def _benefit(feature: str) -> Benefit:
    form = _feature_form(feature)
    for pattern, theme, clause, gerund, pain in _BENEFITS:
        if pattern.search(feature):
            return Benefit(feature, theme, clause, gerund, pain, form)
    # no keyword: let the feature speak for itself
    words = re.findall(r"[^\W_][\w'-]*", feature)[:3]
    theme = " ".join(words).capitalize() if words else "Made for you"
    return Benefit(
        feature,
        theme,
        "the everyday gets easier",
        "making the everyday easier",
        "settling for second best",
        form,
    )


@dataclass(frozen=True, slots=True)
class Segment:
    """One group from the audience text, e.g. 'Weekend hikers'."""

    plural: str  # as written, first word lower-cased for mid-sentence use
    singular: str  # "weekend hiker"
    person: str  # a person of the group: "busy parent" for "busy families"
    role: str  # "Parent in a busy family in Portland"
    descriptor: str  # "rediscovering vinyl" (from "Music lovers rediscovering vinyl")


_AGE = re.compile(
    r"(?:\b(?:aged?|ages)\s+)?\b(\d{2})\s*(?:-|–|to)\s*(\d{2})\b"
    r"(?:\s*(?:year[- ]olds?|years?(?: old)?|yo)\b)?",
    re.I,
)
_CLAUSE = re.compile(r"\s*,?\s*\b(?:who|that|which)\b\s+", re.I)
_PLACE = re.compile(
    r"\s+\b(?:in|at|from|across|within|around|near|based in|working at|working in)\b\s+", re.I
)
_SPLIT = re.compile(r"\s*(?:,|;|&|/|\band\b|\bor\b|\bplus\b)\s*", re.I)
_IRREGULAR = {"people": "person", "men": "man", "women": "woman", "children": "child"}
# group nouns -> (mode, word): replace the noun, or append a person to it
_GROUPS = {
    "family": ("replace", "parent"),
    "household": ("replace", "parent"),
    "couple": ("replace", "partner"),
    "team": ("append", "lead"),
    "company": ("append", "leader"),
    "business": ("append", "owner"),
    "startup": ("append", "founder"),
    "brand": ("append", "marketer"),
    "shop": ("append", "owner"),
    "store": ("append", "owner"),
    "agency": ("append", "lead"),
    "organisation": ("append", "leader"),
    "organization": ("append", "leader"),
    "nonprofit": ("append", "director"),
    "school": ("append", "teacher"),
    "club": ("append", "organiser"),
}


_COHORTS = {"gen z": "Gen Z", "gen x": "Gen X", "gen alpha": "Gen Alpha", "gen y": "Gen Y"}
_ANYONE = {"anyone", "everyone", "everybody", "anybody", "people", "consumers", "customers"}


def _singular_word(word: str) -> str:
    low = word.lower()
    if low in _IRREGULAR:
        return _IRREGULAR[low] if word.islower() else _cap(_IRREGULAR[low])
    if len(word) <= 3 or low.endswith(("ss", "us", "is")):
        return word
    if word[:-1].isupper() and word.endswith("s"):
        return word[:-1]  # CFOs -> CFO
    if word.isupper():
        return word
    if low.endswith("ies"):
        return word[:-3] + "y"
    if re.search(r"(ss|sh|ch|x|z)es$", low):
        return word[:-2]
    if low.endswith("s"):
        return word[:-1]
    return word


def _segment(part: str, context: str) -> Segment | None:
    words = part.split()
    if not words:
        return None
    descriptor = ""
    for index, word in enumerate(words[1:], 1):
        if word.lower().endswith("ing") and len(word) > 4:
            descriptor = " ".join(words[index:])
            words = words[:index]
            break
    words = words[:6]
    plural = _lower_first(" ".join(words))
    where = f" {context}" if context else ""
    cohort = " ".join(words).lower()
    if cohort in _COHORTS:  # "Gen Z": a name, not a plural noun
        person = f"{_COHORTS[cohort]} consumer"
        return Segment(" ".join(words), person, person, f"{_cap(person)}{where}", descriptor)
    if cohort in _ANYONE:
        return Segment(plural, "customer", "customer", f"Customer{where}", descriptor)
    # the head noun is the last word, or the word before "of" ("parents of toddlers")
    head_at = next((i - 1 for i, w in enumerate(words) if w.lower() == "of" and i), len(words) - 1)
    singular_words = list(words)
    singular_words[head_at] = _singular_word(words[head_at])
    singular = _lower_first(" ".join(singular_words))
    head = singular_words[head_at].lower()
    if head in _GROUPS and head_at == len(words) - 1:
        mode, noun = _GROUPS[head]
        if mode == "replace":
            person = _lower_first(" ".join([*singular_words[:-1], noun]))
            role = f"{_cap(noun)} in a {singular}{where}"
        else:
            person = f"{singular} {noun}"
            role = f"{_cap(person)}{where}"
    else:
        person = singular
        role = f"{_cap(singular)}{where}"
    return Segment(plural, singular, person, role, descriptor)


def _third_person(text: str) -> str:
    """'want fresh bread' -> 'wants fresh bread' (for 'Maya ... who wants ...')."""
    words = text.split(" ", 1)
    verb = words[0]
    low = verb.lower()
    irregular = {"are": "is", "have": "has", "do": "does", "go": "goes", "were": "was"}
    if low in irregular:
        verb = irregular[low]
    elif not verb.isalpha() or low.endswith(("s", "ing", "ed")):
        return text
    elif re.search(r"[^aeiou]y$", low):
        verb = verb[:-1] + "ies"
    elif re.search(r"(sh|ch|x|z|o)$", low):
        verb += "es"
    else:
        verb += "s"
    return " ".join([verb, *words[1:]])


@dataclass(frozen=True, slots=True)
class Facts:
    """What the generators need from a brief, worked out once per brief."""

    brief: CampaignBrief
    product: str
    client: str
    brand_forms: tuple[str, ...]  # product name, longest to shortest
    audience: str  # for mid-sentence use
    segments: tuple[Segment, ...]
    ages: tuple[int, int] | None
    context: str  # "in Portland", "at mid-size SaaS companies"
    desire: str  # "want fresh bread delivered weekly"
    benefits: tuple[Benefit, ...]
    kinds: tuple[str, ...]
    conversion: str  # event id
    conversion_label: str
    channels: tuple[Channel, ...]
    social: tuple[Channel, ...]
    b2b: bool
    weeks: int
    campaign_tag: str
    product_tag: str
    client_tag: str
    requirements: tuple[str, ...]
    media: MediaPlan

    @property
    def segment(self) -> Segment:
        return self.segments[0]

    def benefit(self, index: int) -> Benefit:
        return self.benefits[index % len(self.benefits)]

    def themes(self) -> list[Benefit]:
        """Benefits with distinct themes, in feature order."""
        seen: set[str] = set()
        out = []
        for benefit in self.benefits:
            if benefit.theme not in seen:
                seen.add(benefit.theme)
                out.append(benefit)
        return out


def _brand_forms(product: str) -> tuple[str, ...]:
    forms = [product]
    bare = re.sub(r"\s*\([^)]*\)", "", product).strip()
    forms.append(bare)
    words = bare.split()
    for n in (4, 3, 2, 1):
        if len(words) > n:
            forms.append(" ".join(words[:n]).rstrip(",:;-–—&"))
    forms.append(_clip(words[0] if words else product, 20))
    return tuple(f for f in dict.fromkeys(forms) if f)


_B2B = re.compile(
    r"\b(b2b|cfo|ceo|cto|cio|controllers?|managers?|directors?|heads? of|vps?|executives?|business|"
    r"companies|company|businesses|teams?|enterprises?|saas|founders?|leaders?)\b",
    re.I,
)


def _facts_for(brief: CampaignBrief) -> Facts:
    audience_text = brief.target_audience
    remainder = re.sub(r"\s*\([^)]*\)", "", audience_text)
    ages = None
    match = _AGE.search(remainder)
    if match:
        low, high = int(match.group(1)), int(match.group(2))
        if 10 <= low < high <= 99:
            ages = (low, high)
            remainder = remainder[: match.start()] + remainder[match.end() :]
    remainder = " ".join(remainder.split()).strip(" ,.;:")
    desire = ""
    match = _CLAUSE.search(remainder)
    if match:
        desire = remainder[match.end() :].strip(" ,.;:")
        remainder = remainder[: match.start()]
    context = ""
    match = _PLACE.search(remainder)
    if match:
        context = remainder[match.start() :].strip()
        remainder = remainder[: match.start()]
    parens = re.findall(r"\(([^)]*)\)", audience_text)
    if parens and context:
        context = f"{context} ({parens[0]})"
    segments: list[Segment] = []
    seen: set[str] = set()
    for part in _SPLIT.split(remainder):
        part = part.strip(" .,;:-")
        part = re.sub(r"^(?:the|a|an)\s+", "", part, flags=re.I)
        seg = _segment(part, context) if part else None
        if seg and seg.singular.lower() not in seen:
            seen.add(seg.singular.lower())
            segments.append(seg)
        if len(segments) == 3:
            break
    if not segments:
        fallback = _clip(audience_text, 60) or "customers"
        segments.append(Segment(_lower_first(fallback), "customer", "customer", "Customer", ""))

    kinds = tuple(goal_kinds(brief.goals))
    conversion, conversion_label = conversion_event(brief.goals)
    channels = tuple(brief.channels)
    product_tag = _hashtag(brief.product, 24)
    client_tag = _hashtag(brief.client, 24)
    campaign_tag = _hashtag(brief.campaign_name, 24) or product_tag
    if not product_tag:
        product_tag = client_tag or "#NewLaunch"
    if not campaign_tag:
        campaign_tag = product_tag
    requirements = tuple(
        _cap(part.strip(" ;,"))
        for part in re.split(r"(?<=[.!?])\s+|;\s*|\n+", brief.additional_requirements)
        if part.strip(" ;,.")
    )
    return Facts(
        brief=brief,
        product=brief.product,
        client=brief.client,
        brand_forms=_brand_forms(brief.product),
        audience=_lower_first(audience_text.rstrip(". ")),
        segments=tuple(segments),
        ages=ages,
        context=context,
        desire=desire,
        benefits=tuple(_benefit(f) for f in brief.key_features) or (_benefit(brief.product),),
        kinds=kinds,
        conversion=conversion,
        conversion_label=conversion_label,
        channels=channels,
        social=tuple(c for c in channels if c in SOCIAL_CHANNELS),
        b2b=bool(_B2B.search(audience_text)) or "leads" in kinds,
        weeks=max(1, brief.timeline),
        campaign_tag=campaign_tag,
        product_tag=product_tag,
        client_tag=client_tag,
        requirements=requirements,
        media=build_media_plan(brief),
    )


_FACTS: OrderedDict[str, Facts] = OrderedDict()
_KEYS: OrderedDict[bytes, str] = OrderedDict()


def brief_key(brief: CampaignBrief) -> str:
    """The seed text: the brief's content as JSON, without who asked (`user`) or how urgently
    (`priority`), so the same brief gives the same words whoever submits it. Cached by the
    brief's fast pydantic dump because building it costs more than writing a whole section."""
    dump = brief.__pydantic_serializer__.to_json(brief)
    with _FACTS_LOCK:
        key = _KEYS.get(dump)
        if key is not None:
            return key
    content = {k: v for k, v in brief.to_data().items() if k not in ("user", "priority")}
    key = json.dumps(content, sort_keys=True, ensure_ascii=False)
    with _FACTS_LOCK:
        _KEYS[dump] = key
        while len(_KEYS) > _FACTS_MAX:
            _KEYS.popitem(last=False)
    return key


_FACTS_LOCK = threading.Lock()
_FACTS_MAX = 64


def facts_for(brief: CampaignBrief, key: str) -> Facts:
    """The brief's facts, cached by its JSON (a campaign asks for 11 sections of one brief)."""
    with _FACTS_LOCK:
        cached = _FACTS.get(key)
        if cached is not None:
            _FACTS.move_to_end(key)
            return cached
    facts = _facts_for(brief)
    with _FACTS_LOCK:
        _FACTS[key] = facts
        while len(_FACTS) > _FACTS_MAX:
            _FACTS.popitem(last=False)
    return facts


# ---------------------------------------------------------------------------
# Voices: per-tone phrase banks
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Voice:
    adjectives: tuple[str, ...]
    openers: tuple[str, ...]
    closers: tuple[str, ...]
    greeting: str
    signoff: str
    cta: dict[str, tuple[str, ...]]
    concept_names: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]
    taglines: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]
    subjects: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]
    palette: tuple[tuple[str, str, str], ...]
    mood: str
    typography: str
    imagery: str
    dos: tuple[str, ...]
    donts: tuple[str, ...]
    angles: tuple[str, ...]
    connector: str  # joins a feature and its benefit: "{feature}{connector}{benefit}"


VOICES: dict[Tone, Voice] = {
    Tone.PROFESSIONAL: Voice(
        adjectives=("reliable", "proven", "well-designed", "practical", "dependable"),
        openers=(
            "Introducing {brand}.",
            "Meet {brand} from {client}.",
            "A better way for {segment}.",
            "Here is what changes with {brand}.",
        ),
        closers=(
            "Learn more at the link.",
            "See how it works.",
            "Find out more today.",
            "The details are one click away.",
        ),
        greeting="Hello,",
        signoff="Kind regards,\nThe {client} team",
        cta={
            "awareness": ("Learn more", "See how it works", "Discover more"),
            "consideration": ("Explore features", "Read the details", "Compare options"),
            "retention": ("Share your feedback", "Refer a colleague", "See what's new"),
        },
        concept_names=(
            ("Proof in Practice", "{Theme}, Demonstrated", "Seen at Work"),
            ("Made for {Segment}", "In Their Words", "Built Around {Segment}"),
            ("The Better Way", "Before and After", "Beyond {Pain}"),
        ),
        taglines=(
            ("{Theme}, proven by {brand}.", "See what {brand} can do.", "{Theme}. Built in."),
            (
                "Made for {segment}.",
                "{brand}: built around {segment}.",
                "Built for the way you work.",
            ),
            ("Leave {pain} behind.", "A better answer to {pain}.", "Less {pain}. More progress."),
        ),
        subjects=(
            ("Introducing {brand}", "{brand}: {theme} for {segment}", "Meet {brand} from {client}"),
            (
                "Inside {brand}: {feature}",
                "{Feature}, explained",
                "What {segment} gain with {brand}",
            ),
            ("Your next step with {brand}", "{cta}: it takes a minute", "Ready when you are"),
        ),
        palette=(
            ("Navy", "#1f3a5f", "Headlines and primary buttons"),
            ("Slate", "#4a5a6a", "Body text"),
            ("Sky", "#3d8bd9", "Links and highlights"),
            ("Mist", "#eef2f6", "Backgrounds and cards"),
            ("Amber", "#f2a541", "Calls to action, sparingly"),
        ),
        mood="Clear, confident and uncluttered",
        typography=(
            "A clean sans-serif (Inter or Source Sans 3) in two weights; sentence-case "
            "headlines, generous line spacing, no more than two type sizes per layout."
        ),
        imagery="natural light, real settings, calm compositions with one clear subject",
        dos=(
            "Use plenty of white space so each message stands alone.",
            "Keep one primary call to action per layout, in Amber.",
        ),
        donts=(
            "Don't crowd layouts with more than one headline.",
            "Don't use generic stock handshakes or staged office smiles.",
        ),
        angles=("aspiration", "relief", "confidence", "pride", "curiosity"),
        connector=": ",
    ),
    Tone.CASUAL: Voice(
        adjectives=("easy", "no-fuss", "handy", "laid-back", "seriously good"),
        openers=(
            "Real talk:",
            "Okay, hear us out.",
            "Quick one for {segment}:",
            "Heads up, {segment}:",
            "So, this is new.",
        ),
        closers=("Give it a go.", "Try it and see.", "You're welcome.", "Go on, have a look."),
        greeting="Hey there,",
        signoff="Cheers,\nThe {client} crew",
        cta={
            "awareness": ("Check it out", "Take a look", "See what's up"),
            "consideration": ("See how it works", "Get the details", "Compare for yourself"),
            "retention": ("Tell a friend", "Share your story", "Come back for more"),
        },
        concept_names=(
            ("Just Watch", "See It Work", "No Filter"),
            ("Your Thing", "Real {Segment}", "People Like You"),
            ("Bye, {Pain}", "Nope to {Pain}", "The Easy Switch"),
        ),
        taglines=(
            ("{Theme}. No fuss.", "Watch {brand} just work.", "{brand}. It just works."),
            ("Made for {segment}. Obviously.", "Your new favourite thing.", "{brand} gets you."),
            ("Bye-bye, {pain}.", "{Pain}? Not anymore.", "Less {pain}, more fun."),
        ),
        subjects=(
            ("Say hi to {brand}", "Okay, this is new: {brand}", "{brand} just landed"),
            ("Real talk: {feature}", "Real talk: {theme}", "Why {brand} just works"),
            ("Still thinking about {brand}?", "Your move: {cta_lower}", "Go on, take a look"),
        ),
        palette=(
            ("Tangerine", "#ff7a45", "Headlines and stickers"),
            ("Sunny", "#ffd166", "Highlights and backgrounds"),
            ("Mint", "#06d6a0", "Buttons and badges"),
            ("Denim", "#118ab2", "Body text on light backgrounds"),
            ("Cream", "#fff8ec", "Page background"),
        ),
        mood="Relaxed, candid and a little playful",
        typography=(
            "A rounded sans-serif (Nunito or Poppins); chunky headlines, casual sentence case, "
            "short lines that read at a glance on a phone."
        ),
        imagery="candid phone-style shots, real moments, nothing posed",
        dos=(
            "Shoot vertical first: most of this audience sees it on a phone.",
            "Let people laugh, move and look unstaged.",
        ),
        donts=(
            "Don't over-polish: glossy studio shots feel like an ad.",
            "Don't use more than two colours per frame.",
        ),
        angles=("joy", "relief", "belonging", "curiosity", "aspiration"),
        connector=", so ",
    ),
    Tone.FRIENDLY: Voice(
        adjectives=("welcoming", "thoughtful", "helpful", "warm", "simple"),
        openers=(
            "Good news:",
            "Hi friends!",
            "We made something for you.",
            "You asked, we listened.",
            "Here's a little something for {segment}.",
        ),
        closers=(
            "We'd love to hear what you think.",
            "Come say hello.",
            "We can't wait to see you.",
            "Tell us what you think.",
        ),
        greeting="Hi there,",
        signoff="Warmly,\nEveryone at {client}",
        cta={
            "awareness": ("Say hello", "Learn more", "Take a peek"),
            "consideration": ("See how it works", "Find your fit", "Ask us anything"),
            "retention": ("Tell a friend", "Share the love", "Join the community"),
        },
        concept_names=(
            ("A Day with {brand}", "Little Wins", "Made Easy"),
            ("Among Friends", "Made with {Segment} in Mind", "Good Company"),
            ("One Less Worry", "Goodbye, {Pain}", "The Kinder Way"),
        ),
        taglines=(
            ("{Theme}, made easy.", "A little {brand} goes a long way.", "Good days start here."),
            (
                "Made with {segment} in mind.",
                "For you, and the people you love.",
                "Good things, shared.",
            ),
            (
                "Say goodbye to {pain}.",
                "One less worry: {pain}.",
                "No more {pain}. Just good days.",
            ),
        ),
        subjects=(
            ("Hello from {client}!", "Something new for you: {brand}", "We made {brand} for you"),
            (
                "A closer look at {feature}",
                "How {brand} makes life easier",
                "The little things in {brand}",
            ),
            (
                "Whenever you're ready: {cta_lower}",
                "Still curious about {brand}?",
                "Ready when you are",
            ),
        ),
        palette=(
            ("Coral", "#ff6f61", "Headlines and calls to action"),
            ("Butter", "#ffe6a7", "Highlights and cards"),
            ("Sage", "#88b04b", "Icons and accents"),
            ("Teal", "#2a9d8f", "Links and secondary buttons"),
            ("Linen", "#fdf6ec", "Page background"),
        ),
        mood="Warm, welcoming and easy-going",
        typography=(
            "A friendly humanist sans-serif (Nunito Sans or Lato); soft weights, rounded "
            "corners on buttons, generous spacing."
        ),
        imagery="warm light, smiles, hands and shared moments at home or in the neighbourhood",
        dos=(
            "Show people together: sharing, helping, enjoying.",
            "Use warm morning or evening light.",
        ),
        donts=(
            "Don't use cold, clinical studio backgrounds.",
            "Don't crop faces out: the people are the point.",
        ),
        angles=("belonging", "joy", "relief", "aspiration", "confidence"),
        connector=", so ",
    ),
    Tone.AUTHORITATIVE: Voice(
        adjectives=("rigorous", "definitive", "proven", "precise", "industry-grade"),
        openers=(
            "The facts are simple.",
            "Here is the new standard.",
            "The evidence is in.",
            "Precision matters.",
            "Serious work deserves serious tools.",
        ),
        closers=(
            "See the evidence.",
            "Set the standard.",
            "Make the decision with data.",
            "Review the details.",
        ),
        greeting="Hello,",
        signoff="Regards,\n{client}",
        cta={
            "awareness": ("Get the facts", "See the evidence", "Learn the method"),
            "consideration": ("Compare the results", "See how it works", "Review the details"),
            "retention": ("Share with your team", "Access resources", "Request a review"),
        },
        concept_names=(
            ("Proof, Not Promises", "The Evidence", "By the Numbers"),
            ("The Professional's Choice", "Built for {Segment}", "Where Experts Start"),
            ("The End of {Pain}", "A New Standard", "No Room for {Pain}"),
        ),
        taglines=(
            ("{Theme}. Proven.", "The standard for {theme}.", "Evidence, not promises."),
            (
                "Built for {segment} who lead.",
                "The professional's choice.",
                "Made for serious work.",
            ),
            ("The end of {pain}.", "No room for {pain}.", "Raise the standard."),
        ),
        subjects=(
            (
                "{brand}: the new standard",
                "Introducing {brand} from {client}",
                "The case for {brand}",
            ),
            (
                "The evidence behind {feature}",
                "{Feature}: how it works",
                "What {segment} need to know",
            ),
            ("Your next step: {cta_lower}", "{cta} and see the proof", "Decision time"),
        ),
        palette=(
            ("Ink", "#14213d", "Headlines and navigation"),
            ("Graphite", "#3c4858", "Body text"),
            ("Gold", "#c9a227", "Key figures and calls to action"),
            ("Steel", "#8d99ae", "Charts, rules and captions"),
            ("Paper", "#f5f5f2", "Backgrounds"),
        ),
        mood="Assured, precise and evidence-led",
        typography=(
            "A strong serif for headlines (Merriweather or Source Serif) with a neutral sans "
            "for body text; tabular figures for every number."
        ),
        imagery="real workplaces, data on screen, decisive people at work",
        dos=(
            "Put one hard number in every key visual.",
            "Use charts and real product screens, not illustrations.",
        ),
        donts=(
            "Don't use playful illustration or emoji.",
            "Don't show numbers you cannot source.",
        ),
        angles=("confidence", "pride", "relief", "aspiration", "curiosity"),
        connector=": ",
    ),
    Tone.CREATIVE: Voice(
        adjectives=("inventive", "bold", "unexpected", "imaginative", "vivid"),
        openers=(
            "Imagine this:",
            "Picture it.",
            "Plot twist:",
            "Here's an idea.",
            "New chapter, {segment}.",
        ),
        closers=(
            "Your move.",
            "Start the story.",
            "See where it takes you.",
            "Go make something.",
        ),
        greeting="Hello there,",
        signoff="Stay curious,\nThe {client} team",
        cta={
            "awareness": ("Start exploring", "See the story", "Take a look inside"),
            "consideration": ("See it in action", "Explore the details", "Find your favourite"),
            "retention": ("Share your story", "Show us yours", "Join the crew"),
        },
        concept_names=(
            ("The Live Test", "Field Notes", "{Theme}, Unfiltered"),
            ("Main Character Energy", "The Everyday Epic", "Your Story, Amplified"),
            ("Plot Twist", "Flip the Script", "Escape from {Pain}"),
        ),
        taglines=(
            ("{Theme}, wherever the day goes.", "See {brand} in the wild.", "Made to be tested."),
            (
                "Every {singular} deserves this.",
                "Your story needs {brand}.",
                "Made for {segment} who go further.",
            ),
            ("Flip the script on {pain}.", "Goodbye {pain}. Hello {brand}.", "Rewrite the ending."),
        ),
        subjects=(
            ("Imagine this: {brand}", "Plot twist: {brand}", "A new story starts: {brand}"),
            (
                "Field notes: {feature}",
                "Behind the scenes of {brand}",
                "How {brand} changes the story",
            ),
            ("Ready to write yours? {cta}", "Your next chapter: {cta_lower}", "Your move"),
        ),
        palette=(
            ("Electric violet", "#6c3ce1", "Headlines and hero backgrounds"),
            ("Hot coral", "#ff5a5f", "Calls to action"),
            ("Citrus", "#f9c80e", "Highlights and stickers"),
            ("Lagoon", "#00a6a6", "Secondary accents"),
            ("Night", "#1b1b2f", "Text and dark sections"),
        ),
        mood="Bold, surprising and full of movement",
        typography=(
            "An expressive display face (Space Grotesk or Syne) for headlines at dramatic "
            "scale, paired with a clean sans for body text."
        ),
        imagery="unexpected angles, motion blur, saturated colour and real places",
        dos=(
            "Break the grid once per layout for a moment of surprise.",
            "Use colour blocking to make the product pop.",
        ),
        donts=(
            "Don't play it safe with centred stock photos.",
            "Don't let effects hide the product.",
        ),
        angles=("curiosity", "aspiration", "joy", "belonging", "relief"),
        connector=", so ",
    ),
    Tone.MODERN: Voice(
        adjectives=("smart", "seamless", "streamlined", "effortless", "future-ready"),
        openers=(
            "New:",
            "Meet {brand}.",
            "This is {brand}.",
            "Built for now.",
            "Simple. Fast. {brand}.",
        ),
        closers=("Get started in minutes.", "See it in action.", "Upgrade today.", "Try it now."),
        greeting="Hi,",
        signoff="The {client} team",
        cta={
            "awareness": ("See what's new", "Take the tour", "Discover more"),
            "consideration": ("See the features", "How it works", "Explore the specs"),
            "retention": ("Invite a friend", "Unlock more", "Stay in the loop"),
        },
        concept_names=(
            ("Zero to Done", "Made to Work", "Live in 60 Seconds"),
            ("Built Around You", "Your Way, Upgraded", "For {Segment}, by Design"),
            ("Upgrade Path", "Delete {Pain}", "The Fast Lane"),
        ),
        taglines=(
            (
                "{Theme}. Instantly.",
                "Everything you need. Nothing you don't.",
                "{brand}: simply better.",
            ),
            ("Designed for {segment}.", "Your life, upgraded.", "Built around how you live."),
            ("Delete {pain}.", "{Pain}, solved.", "Upgrade from {pain}."),
        ),
        subjects=(
            ("Meet {brand}", "New: {brand}", "{brand} is live"),
            ("{Feature}, explained", "How {brand} works", "Under the hood: {feature}"),
            ("Get started in minutes", "{cta}: it's quick", "Ready? {cta}"),
        ),
        palette=(
            ("Carbon", "#111111", "Text and dark sections"),
            ("Cloud", "#f4f4f5", "Backgrounds"),
            ("Electric blue", "#2563eb", "Primary buttons and links"),
            ("Signal", "#22d3ee", "Highlights and focus states"),
            ("Lime", "#a3e635", "Small accents and badges"),
        ),
        mood="Sleek, minimal and confident",
        typography=(
            "A geometric sans-serif (Manrope or Inter) with tight tracking, large numerals and "
            "a strict 8-point spacing grid."
        ),
        imagery="clean product close-ups, soft gradients, screens and hands in use",
        dos=(
            "Keep layouts minimal: one idea, one visual, one button.",
            "Use motion sparingly to show how it works.",
        ),
        donts=(
            "Don't add texture or ornament.",
            "Don't mix more than one typeface family.",
        ),
        angles=("aspiration", "curiosity", "relief", "confidence", "joy"),
        connector=": ",
    ),
    Tone.VINTAGE: Voice(
        adjectives=("timeless", "handcrafted", "classic", "time-honoured", "storied"),
        openers=(
            "Some things are worth the wait.",
            "Remember when things were made to last?",
            "The old way, done right.",
            "Good things take time.",
            "Pull up a chair.",
        ),
        closers=(
            "Made the way it should be.",
            "Built to be handed down.",
            "Come and see for yourself.",
            "Some things never go out of style.",
        ),
        greeting="Dear friend,",
        signoff="Yours sincerely,\nThe folks at {client}",
        cta={
            "awareness": ("Discover the story", "Take a closer look", "Step inside"),
            "consideration": ("Read our story", "Explore the details", "See the craftsmanship"),
            "retention": ("Join the club", "Share the tradition", "Pass it on"),
        },
        concept_names=(
            ("Tried and True", "Built the Old Way", "Workshop Stories"),
            ("Generations", "The Family Album", "Kindred Spirits"),
            ("Worth the Wait", "They Don't Make Them Like This", "The Antidote to {Pain}"),
        ),
        taglines=(
            (
                "{Theme}, the way it used to be.",
                "Tried, tested and true.",
                "Made to last. Made for you.",
            ),
            (
                "For {segment} who know the difference.",
                "Handed down, never outgrown.",
                "A classic for {segment}.",
            ),
            ("The antidote to {pain}.", "No more {pain}. Just the real thing.", "Worth the wait."),
        ),
        subjects=(
            (
                "A new classic: {brand}",
                "From {client}, with care",
                "Some things are worth the wait",
            ),
            ("The craft behind {feature}", "How we made {brand}", "A closer look at {feature}"),
            ("An invitation: {cta_lower}", "Still thinking it over?", "Your {brand} awaits"),
        ),
        palette=(
            ("Oxblood", "#7b2d26", "Headlines and seals"),
            ("Mustard", "#d4a017", "Highlights and calls to action"),
            ("Olive", "#6b7d3a", "Secondary accents"),
            ("Cream", "#f3e9d2", "Paper-like backgrounds"),
            ("Walnut", "#4e342e", "Body text"),
        ),
        mood="Warm, nostalgic and crafted",
        typography=(
            "A classic serif (Playfair Display or Libre Baskerville) with small caps for labels "
            "and a subtle letterpress texture on headlines."
        ),
        imagery="warm film grain, workshop details, hands, wood and paper textures",
        dos=(
            "Use film grain and warm tones for an analogue feel.",
            "Show the hands and tools behind the product.",
        ),
        donts=(
            "Don't use neon colours or glossy 3D renders.",
            "Don't fake age with heavy sepia filters.",
        ),
        angles=("nostalgia", "belonging", "confidence", "relief", "aspiration"),
        connector=": ",
    ),
}

# Conversion CTAs by what the goals count as a conversion (all at most 25 characters).
CONVERSION_CTAS: dict[str, tuple[str, ...]] = {
    "demo": ("Book a demo", "Request a demo", "See a live demo"),
    "preorder": ("Pre-order now", "Reserve yours", "Pre-order {brand}"),
    "subscription": ("Start my subscription", "Subscribe now", "Subscribe today"),
    "install": ("Get the app", "Download now", "Install now"),
    "trial": ("Start my trial", "Try it now", "Start free trial"),
    "signup": ("Sign up now", "Create my account", "Join today"),
    "lead": ("Get in touch", "Talk to us", "Request a call"),
    "booking": ("Book now", "Reserve a spot", "Check dates"),
    "purchase": ("Shop now", "Get yours today", "Buy {brand}"),
    "visit": ("Visit the site", "Learn more", "See how it works"),
}

PHASES: dict[str, tuple[str, str, str, str]] = {
    "awareness": ("Tease", "Launch", "Amplify", "Sustain"),
    "leads": ("Warm up", "Launch", "Nurture", "Convert"),
    "sales": ("Build anticipation", "Launch", "Convert", "Retain"),
    "engagement": ("Spark", "Launch", "Grow the community", "Keep it going"),
    "traffic": ("Prime", "Launch", "Scale", "Optimise"),
}

PERSONA_NAMES = (
    "Maya", "Jonas", "Priya", "Leo", "Amara", "Tom", "Sofia", "Kenji", "Nadia", "Sam",
    "Elena", "Marcus", "Aisha", "Ben", "Lucia", "Omar", "Hannah", "Diego", "Mei", "Felix",
)  # fmt: skip

POST_FORMATS: dict[str, tuple[str, str, str]] = {
    "instagram": ("Carousel", "Reel", "Single image"),
    "tiktok": ("15-second video", "Tutorial video", "Stitch prompt"),
    "linkedin": ("Document post", "Text post with image", "Short video"),
    "x": ("Single post", "Thread opener", "Post with image"),
    "facebook": ("Video post", "Link post", "Photo album"),
}

RATIONALE_BY_KIND = {
    "awareness": "a memorable idea that stops the scroll",
    "leads": "proof a buyer can take to their team",
    "sales": "a clear reason to act now",
    "engagement": "something people want to share",
    "traffic": "a clear reason to click",
}
RECOMMENDED_BY_KIND = {"awareness": 1, "engagement": 1, "leads": 0, "traffic": 0, "sales": 2}


# ---------------------------------------------------------------------------
# Review feedback
# ---------------------------------------------------------------------------

_LIMIT_FEEDBACK = re.compile(
    r"^(?P<name>.+?) is (?P<n>\d+) characters; the limit is (?P<limit>\d+)"
)
_FEEDBACK_KINDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^(x|linkedin|instagram|tiktok|facebook) post", re.I), "{0}_post"),
    (re.compile(r"^email \d+ subject", re.I), "email_subject"),
    (re.compile(r"^email \d+ preheader", re.I), "email_preheader"),
    (re.compile(r"^(search|display) ad \d+ headline", re.I), "ad_headline"),
    (re.compile(r"^(search|display) ad \d+ description", re.I), "ad_description"),
    (re.compile(r"tagline", re.I), "tagline"),
    (re.compile(r"\bCTA\b", re.I), "cta"),
    (re.compile(r"^hero headline", re.I), "hero_headline"),
    (re.compile(r"^hero subline", re.I), "hero_subline"),
)


@dataclass(slots=True)
class Feedback:
    """What the review asked to fix: tighter limits and terms that must appear."""

    margins: dict[str, int] = field(default_factory=dict)
    terms: list[str] = field(default_factory=list)
    audience: bool = False


def parse_feedback(lines: Iterable[str], revision: int, facts: Facts) -> Feedback:
    """Turn review messages into margins (characters to stay under a limit) and terms."""
    fb = Feedback()
    brief_terms = [facts.product, facts.client, *facts.brief.key_features, *facts.brief.goals]
    for line in lines:
        match = _LIMIT_FEEDBACK.match(line.strip())
        if match:
            name, n, limit = match["name"], int(match["n"]), int(match["limit"])
            for pattern, kind in _FEEDBACK_KINDS:
                found = pattern.search(name)
                if found:
                    key = kind.format(found.group(1).lower() if found.groups() else "")
                    # stay well under: the overshoot plus a margin that grows per revision
                    margin = min(limit // 3, max(n - limit, 0) + 8 * max(revision, 1))
                    fb.margins[key] = max(fb.margins.get(key, 0), margin)
                    break
            continue
        if "audience" in line.lower():
            fb.audience = True
        # quoted terms: only ones from the brief are worth adding (never echo arbitrary text)
        for term in re.findall(r"'([^']+)'|\"([^\"]+)\"", line):
            text = term[0] or term[1]
            for known in brief_terms:
                if known.casefold() == text.casefold() and known not in fb.terms:
                    fb.terms.append(known)
    return fb


# ---------------------------------------------------------------------------
# One request
# ---------------------------------------------------------------------------


# Sentence starts that continue in lower case after an opener ending in a colon.
_SOFT_STARTS = {
    "For", "With", "Here", "It", "A", "The", "No", "If", "Your", "You", "Made", "Still", "Meet",
}  # fmt: skip


def _today(cta: str) -> str:
    """'Book a demo' -> 'Book a demo today'; 'Shop now' stays as it is."""
    return cta if re.search(r"\b(now|today|yours)$", cta, re.I) else f"{cta} today"


class _Job:
    """One section request: the brief's facts, the tone's voice, a seeded RNG and the context."""

    def __init__(
        self,
        section: str,
        brief: CampaignBrief,
        key: str,
        context: dict[str, Content],
        feedback: Feedback | None,
        revision: int,
        built: dict[str, Content] | None = None,
    ) -> None:
        self.section = section
        self.brief = brief
        self.key = key
        self.facts = facts_for(brief, key)
        self.voice = VOICES[brief.style]
        seed_text = key + section + (f"#revision{revision}" if revision else "")
        seed = int.from_bytes(hashlib.sha256(seed_text.encode("utf-8")).digest()[:8], "big")
        self.rng = random.Random(seed)
        self.context = context
        self.fb = feedback or Feedback()
        self.revision = revision
        # sections written here because the context lacked them, shared with nested jobs
        self._built: dict[str, Content] = {} if built is None else built
        f = self.facts
        b0, b1 = f.benefit(0), f.benefit(1)
        seg = f.segment
        self.slots: dict[str, str] = {
            "product": f.product,
            "brand": f.brand_forms[0],
            "client": f.client,
            "segment": seg.plural,
            "Segment": _cap(seg.plural),
            "singular": seg.singular,
            "theme": b0.theme.lower(),
            "Theme": b0.theme,
            "feature": _lower_first(b0.feature),
            "Feature": _cap(b0.feature),
            "pain": b0.pain,
            "Pain": _cap(b0.pain),
            "benefit": b0.clause,
            "theme2": b1.theme.lower(),
            "cta": self.conversion_ctas()[0],
        }

    # -- choices --------------------------------------------------------------

    def pick(self, options: Sequence[Any]) -> Any:
        return options[self.rng.randrange(len(options))]

    def shuffled(self, options: Iterable[Any]) -> list[Any]:
        items = list(options)
        self.rng.shuffle(items)
        return items

    def limit(self, kind: str, base: int) -> int:
        return max(10, base - self.fb.margins.get(kind, 0))

    def fmt(self, template: str, **extra: str) -> str:
        return template.format_map({**self.slots, **extra})

    def fit(self, templates: Iterable[str], limit: int, **extra: str) -> str:
        """The first template that fits `limit`, trying shorter product names before giving up."""
        slots = {**self.slots, **extra}
        last = ""
        for template in templates:
            brands = self.facts.brand_forms if "{brand}" in template else self.facts.brand_forms[:1]
            for brand in brands:
                slots["brand"] = brand
                text = " ".join(template.format_map(slots).split(" "))
                if text and len(text) <= limit:
                    return text
                last = text or last
        return _clip(last, limit)

    def brand(self, limit: int) -> str:
        for form in self.facts.brand_forms:
            if len(form) <= limit:
                return form
        return _clip(self.facts.brand_forms[-1], limit)

    def conversion_ctas(self) -> list[str]:
        out = []
        for template in CONVERSION_CTAS[self.facts.conversion]:
            text = template.replace("{brand}", self.brand(CTA_LIMIT - 4))
            if len(text) <= CTA_LIMIT:
                out.append(text)
        return out or ["Learn more"]

    def lead(self, text: str, email: bool = False) -> str:
        """The tone's opener, then `text` (lower-cased after a colon where that reads right)."""
        openers = [
            o
            for o in self.voice.openers
            if not ("{segment}" in o and self.facts.segment.plural in text)
            and not (email and o.startswith(("Hi ", "Hello", "Hey")))
        ]
        opener = self.fit([*self.shuffled(openers), "{brand}."], 160)
        first = text.split(" ", 1)[0]
        if opener.endswith(":") and first in _SOFT_STARTS:
            text = text[:1].lower() + text[1:]
        return f"{opener} {text}"

    def signoff(self) -> str:
        return self.voice.signoff.format(client=self.facts.client)

    # -- earlier sections --------------------------------------------------------

    def section_of(self, name: str) -> Any:
        """An earlier section from the context, or written here the same way if missing."""
        model = SECTION_MODELS[name]
        found = self.context.get(name)
        if isinstance(found, model):
            return found
        if isinstance(found, Content):
            try:
                return model.model_validate(found.model_dump())
            except ValueError:
                pass
        if name not in self._built:
            job = _Job(name, self.brief, self.key, self.context, None, 0, self._built)
            self._built[name] = BUILDERS[name](job)
        return self._built[name]

    def tagline(self) -> str:
        creative = self.section_of("creative")
        concepts = creative.concepts
        if concepts:
            index = creative.recommended if 0 <= creative.recommended < len(concepts) else 0
            return concepts[index].tagline
        return self.fit(["{Theme}. {brand}.", "{brand}."], TAGLINE_LIMIT)


# ---------------------------------------------------------------------------
# Section builders
# ---------------------------------------------------------------------------


def _channel_labels(channels: Iterable[Channel]) -> str:
    return _join([CHANNEL_LABELS[c] for c in channels])


def _goals_text(facts: Facts) -> str:
    return _join([_lower_first(g.rstrip(". ")) for g in facts.brief.goals])


def _phase_ranges(weeks: int, count: int) -> list[str]:
    ranges = []
    for i in range(count):
        start = min(weeks, 1 + i * weeks // count)
        end = max(start, (i + 1) * weeks // count)
        ranges.append(str(start) if start == end else f"{start}-{end}")
    return ranges


def _top_line(facts: Facts):
    paid = [line for line in facts.media.lines if line.pricing != "fixed"]
    return max(paid, key=lambda line: line.budget) if paid else None


_GOAL_VERBS = re.compile(
    r"^(build|drive|grow|generate|launch|position|increase|get|boost|win|raise|create|reach|"
    r"sell|make|double|triple|attract|earn|establish|expand|improve|introduce|promote|win)\b",
    re.I,
)


def _build_plan(job: _Job) -> Plan:
    f, v = job.facts, job.voice
    kind = f.kinds[0]
    names = PHASES[kind]
    count = 4 if f.weeks >= 8 else 3
    ranges = _phase_ranges(f.weeks, count)
    reach = [c for c in f.channels if c in (*SOCIAL_CHANNELS, Channel.DISPLAY_ADS)]
    reach_text = _channel_labels(reach[:3]) or _channel_labels(f.channels[:2])
    b0, b1 = f.benefit(0), f.benefit(1)
    cta = job.slots["cta"].lower()
    proof = f"; proof point: {_quote(b1.feature)}" if b1.feature != b0.feature else ""
    focus = [
        f"Seed {_quote(b0.theme)} with {f.segment.plural} on {reach_text} before the main push.",
        f"Go live on {_channel_labels(f.channels)} with one message ({b0.clause}){proof}.",
        {
            "awareness": "Put more budget behind the best-performing posts and placements "
            "while the message stays the same",
            "leads": f"Nurture new contacts with the email sequence and retargeting until they "
            f"{cta}",
            "sales": f"Turn interest into {f.conversion_label} with search, retargeting and "
            "the email sequence",
            "engagement": f"Invite {f.segment.plural} to share their own stories, and reply "
            "to every comment",
            "traffic": "Scale the channels with the lowest cost per click and fix landing-page "
            "drop-offs",
        }[kind],
        f"Report against the KPI plan, keep {f.segment.plural} engaged after the push, "
        "and hand over the learnings.",
    ]
    focus[2] += ", then report against the KPI plan." if count == 3 else "."
    phases = [PlanPhase(name=names[i], weeks=ranges[i], focus=focus[i]) for i in range(count)]
    adjective = job.pick(v.adjectives)
    lead = f"leads with {_quote(b0.feature)}"
    if _GOAL_VERBS.match(f.brief.goals[0]):
        summary = (
            f"{f.client} wants to {_goals_text(f)} with {f.product}, speaking to {f.audience}. "
            f"This {f.weeks}-week, {adjective} campaign runs on {_channel_labels(f.channels)} "
            f"with a budget of {f.brief.budget}, and {lead}."
        )
    else:
        summary = (
            f"{f.client} has set these goals for {f.product}: {_goals_text(f)}. The campaign "
            f"speaks to {f.audience} over {f.weeks} weeks on {_channel_labels(f.channels)}, "
            f"with a budget of {f.brief.budget}, and {lead}."
        )
    deliverables = [
        "Strategy: positioning, value propositions and three messaging pillars",
        "Three audience personas with needs, objections and channels",
        "Three creative concepts, each with a big idea and a tagline",
        "Landing-page copy, five headlines and an elevator pitch",
    ]
    if Channel.EMAIL in f.channels:
        deliverables.append("A three-email sequence with subject lines and preheaders")
    if Channel.SEARCH_ADS in f.channels:
        deliverables.append("Two search ads with headlines, descriptions and keywords")
    if Channel.DISPLAY_ADS in f.channels:
        deliverables.append("Two display ads with headlines and descriptions")
    if f.social:
        deliverables.append(f"Social posts for {_channel_labels(f.social)}, with hashtags")
    deliverables += [
        "CTA variants for every funnel stage",
        f"Visual direction and a hero image in the {f.brief.style.value} palette",
        "Media plan, KPI plan and week-by-week content calendar",
        "Campaign website and client summary",
    ]
    criteria = []
    for goal in f.brief.goals:
        criterion = {
            "awareness": f"reach and impressions on target by week {f.weeks}",
            "leads": f"{f.conversion_label} at or under the planned cost per conversion",
            "sales": f"{f.conversion_label} tracked weekly against the KPI plan's target",
            "engagement": "comments, shares and saves growing week on week",
            "traffic": "clicks and visits by channel at or above the plan",
        }[goal_kinds([goal])[0]]
        criteria.append(f"{_cap(goal.rstrip('. '))}: {criterion}.")
    criteria.append("Every asset passes the quality review: platform limits and brief terms.")
    criteria += [f"Brief requirement met: {_end(r)}" for r in f.requirements]
    return Plan(
        summary=summary, phases=phases, deliverables=deliverables, success_criteria=criteria
    )


def _pillars(job: _Job) -> list[MessagingPillar]:
    f = job.facts
    subject = f.product
    pillars = []
    for benefit in f.themes()[:2]:
        same = [b.feature for b in f.benefits if b.theme == benefit.theme][:3]
        proof = list(dict.fromkeys(same))
        if len(proof) < 2:
            proof.append(_cap(f"designed for {f.segment.plural} {f.context}".strip()))
        pillars.append(
            MessagingPillar(
                name=benefit.theme, message=benefit.statement(subject), proof_points=proof
            )
        )
    if len(pillars) < 2:  # one theme only: add a pillar about the audience
        pillars.append(
            MessagingPillar(
                name=f"Made for {f.segment.plural}",
                message=f"{f.product} is designed around what {f.segment.plural} need day to day.",
                proof_points=[_cap(f.segment.role), _cap(f.benefit(0).gerund)],
            )
        )
    kind = f.kinds[-1] if len(f.kinds) > 1 else f.kinds[0]
    name, message = {
        "awareness": (
            f"Made by {f.client}",
            f"{f.client} made {f.product} for {f.segment.plural}, and it shows in every detail.",
        ),
        "leads": (
            "Proof for the buying team",
            f"{f.product} gives {f.segment.plural} a case they can take to the rest of the team.",
        ),
        "sales": (
            "Easy to say yes",
            f"Choosing {f.product} is simple, and {f.client} stands behind it.",
        ),
        "engagement": (
            "Better together",
            f"{f.product} is more fun with others: {f.segment.plural} share it, compare notes "
            "and come back.",
        ),
        "traffic": (
            "Ready in a tap",
            f"Getting started with {f.product} takes moments, not an afternoon.",
        ),
    }[kind]
    used = {p.name for p in pillars}
    proof = [b.feature for b in f.benefits if b.theme not in used][:2]
    for requirement in f.requirements:
        if re.search(r"\bcite\b|proof|result|data|\d", requirement, re.I):
            evidence = re.sub(r"^cite\s+(the\s+)?", "", requirement, flags=re.I)
            proof.append(_end(f"Evidence to cite: {evidence}"))
            break
    if len(proof) < 2:
        proof.append(f"Backed by {f.client}")
    if len(proof) < 2:
        proof.append(f.benefits[-1].feature)
    pillars.append(MessagingPillar(name=name, message=message, proof_points=proof[:3]))
    return pillars[:3]


def _value_props(job: _Job) -> list[str]:
    f, v = job.facts, job.voice
    props, seen = [], set()
    for benefit in f.benefits[:5]:
        if benefit.theme in seen:
            tail = f"{benefit.gerund} gets even easier"
        else:
            tail = benefit.clause
            seen.add(benefit.theme)
        props.append(_end(f"{_cap(benefit.feature)}{v.connector}{tail}"))
    return props


def _build_strategy(job: _Job) -> Strategy:
    f, v = job.facts, job.voice
    themes = f.themes()
    g0 = _third(themes[0].gerund)
    g1 = _third(themes[1].gerund) if len(themes) > 1 else ""
    adjective = job.pick(v.adjectives)
    positioning = (
        f"For {f.audience}, {f.product} is the {adjective} choice for {g0}"
        + (f" and {g1}" if g1 else "")
        + f", from {f.client}."
    )
    props = _value_props(job)
    if len(props) < 3:
        props.append(
            f"From {f.client}: {_an(adjective)} {adjective} partner for {f.segment.plural}."
        )
        props.append(f"Made for {f.segment.plural}: {f.benefit(0).clause}.")
    notes = [
        f"{_cap(f.segment.plural)} compare options quickly: the first impression has to make "
        f"{_quote(themes[0].theme)} obvious within a second.",
        f"Most alternatives talk about specifications; {f.product} should talk about what "
        f"{f.segment.plural} get: {g0}.",
    ]
    if len(f.segments) > 1:
        notes.append(
            f"Two groups share the need but not the context: {f.segments[0].plural} and "
            f"{f.segments[1].plural}. Keep one message and change the proof for each."
        )
    if f.ages:
        low, high = f.ages
        notes.append(
            f"Ages {low}-{high}: "
            + (
                "mobile-first, sound-off-ready video and fast-loading pages matter most."
                if (low + high) / 2 < 35
                else "clear detail, trust signals and an easy way to reach a person matter most."
            )
        )
    top = _top_line(f)
    if top is not None:
        notes.append(
            f"{f.brief.budget} over {f.weeks} weeks supports a focused mix; {top.label} carries "
            f"the largest share ({top.share:.0%}) because the goals are {_join(list(f.kinds))}."
        )
    notes += [f"Brief requirement: {_end(r)}" for r in f.requirements]
    b0, b1 = f.benefit(0), f.benefit(1)
    if b1.feature != b0.feature:
        angle = (
            f"Where alternatives make {f.segment.plural} choose, {f.product} gives them both: "
            f"{b0.theme.lower()} ({b0.low}) and {b1.theme.lower()} ({b1.low})."
        )
    else:
        angle = f"{f.product} leads with {b0.ref}, so {b0.clause}."
    return Strategy(
        positioning=positioning,
        value_propositions=props,
        messaging_pillars=_pillars(job),
        market_notes=notes,
        competitive_angle=angle,
    )


def _age_band(job: _Job, index: int, seg: Segment) -> str:
    f = job.facts
    if f.ages:
        low, high = f.ages
        span = high - low + 1
        start = low + index * span // 3
        end = low + (index + 1) * span // 3 - 1
        return f"{start}-{max(start, end)}"
    text = seg.person.lower()
    for pattern, band in (
        (r"student|teen|gen ?z", "18-24"),
        (r"young|graduate|junior", "23-30"),
        (r"parent|famil", "30-45"),
        (r"\bc[a-z]o\b|chief|director|head|vp|founder|owner|executive|partner", "40-55"),
        (r"manager|controller|lead|specialist|analyst|evaluator", "30-45"),
        (r"retire|senior|grand", "60-75"),
    ):
        if re.search(pattern, text):
            return band
    return ("25-34", "35-44", "45-54")[index % 3]


def _persona_channels(job: _Job, young: bool) -> list[str]:
    f = job.facts
    if f.b2b:
        preference = [Channel.LINKEDIN, Channel.EMAIL, Channel.SEARCH_ADS, Channel.X]
    elif young:
        preference = [Channel.TIKTOK, Channel.INSTAGRAM, Channel.X, Channel.SEARCH_ADS]
    else:
        preference = [Channel.INSTAGRAM, Channel.FACEBOOK, Channel.EMAIL, Channel.SEARCH_ADS]
    chosen = [c for c in preference if c in f.channels]
    chosen += [c for c in f.channels if c not in chosen and c is not Channel.WEBSITE]
    if not chosen:
        chosen = list(f.channels) or [Channel.WEBSITE]
    return [CHANNEL_LABELS[c] for c in chosen[:3]]


_OBJECTIONS = (
    "Is {product} worth it next to what I use now?",
    "Switching sounds like a hassle.",
    "{doubt}",
    "I don't have time to learn something new.",
    "I've been burned by big promises before.",
    "I need to see it working for someone like me.",
)
_OBJECTIONS_B2B = (
    "Needs sign-off from finance and IT before anything changes.",
    "Worried about migrating from the current tools mid-quarter.",
    "Wants proof from teams of a similar size.",
    "{doubt}",
    "Has no time for a long implementation.",
)
_QUOTE_TAILS = (
    "but whatever I choose has to keep up with me.",
    "so show me why this is better than what I have.",
    "and I don't have time for anything that overpromises.",
    "and I'll tell everyone if something actually works.",
)


def _persona_groups(job: _Job) -> list[tuple[Segment, str]]:
    """Three (segment, label) pairs: the audience's groups, padded with inferred ones."""
    f = job.facts
    seg0 = f.segment
    where = f" {f.context}" if f.context else ""
    groups: list[tuple[Segment, str]] = [(s, "") for s in f.segments[:3]]
    if len(groups) < 2:
        groups.append(
            (
                Segment(
                    seg0.plural,
                    seg0.singular,
                    seg0.person,
                    f"{_cap(seg0.person)}{where}",
                    "always first to try something new",
                ),
                "the early adopter",
            )
        )
    if len(groups) < 3:
        if f.b2b:
            person, role, descriptor, label = (
                "hands-on evaluator",
                f"Hands-on evaluator on the buying team{where}",
                "testing tools before the team commits",
                "the hands-on evaluator",
            )
        elif "engagement" in f.kinds:
            person, role, descriptor, label = (
                "community champion",
                f"{_cap(seg0.person)} who shares everything with friends",
                "bringing friends along to everything",
                "the community champion",
            )
        elif "sales" in f.kinds:
            person, role, descriptor, label = (
                "gift buyer",
                f"Buys for {_an(seg0.person)} {seg0.person} in their life",
                "looking for a gift that actually gets used",
                "the gift buyer",
            )
        else:
            person, role, descriptor, label = (
                "curious newcomer",
                f"Newcomer to {f.product}",
                "hearing about it for the first time",
                "the curious newcomer",
            )
        groups.append((Segment(seg0.plural, person, person, role, descriptor), label))
    return groups


def _build_personas(job: _Job) -> Personas:
    f = job.facts
    names = job.shuffled(PERSONA_NAMES)[:3]
    objection_bank = job.shuffled(_OBJECTIONS_B2B if f.b2b else _OBJECTIONS)
    tails = job.shuffled(_QUOTE_TAILS)
    themes = f.themes()
    personas = []
    for index, ((seg, label), name) in enumerate(zip(_persona_groups(job), names, strict=False)):
        age = _age_band(job, index, seg)
        young = int(age.split("-")[0]) < 30
        label = label or f"the {seg.person}"
        b_a = themes[index % len(themes)]
        b_b = themes[(index + 1) % len(themes)]
        parsed = index < len(f.segments)
        # who they are: the audience's own words first, so each persona sounds different
        if seg.descriptor:
            who = f"{name} is {_an(seg.person)} {seg.person} {seg.descriptor}"
            voice = "I'm " + _swap_words(seg.descriptor, _THEY)
            first_need = _cap(seg.descriptor)
        elif f.desire and parsed and index == 0:
            who = f"{name} is {_an(seg.person)} {seg.person} who {_third_person(f.desire)}"
            voice = "I " + _swap_words(f.desire, _THEY)
            first_need = _cap(re.sub(r"^(want|need|would like)s?\s+(to\s+)?", "", f.desire))
        else:
            who = f"{name} is {_an(seg.person)} {seg.person} with little patience for {b_a.pain}"
            voice = f"I've had enough of {b_a.pain}"
            first_need = f"An end to {b_a.pain}"
        summary = (
            f"{_end(who)} {name} cares most about {_third(b_a.gerund)}, and {b_a.checkable} "
            f"{'are' if b_a.plural else 'is'} the first thing {name} will check."
        )
        needs = [
            first_need.rstrip("."),
            f"Confidence that {_third(b_a.clause)}",
            f"Confidence that {_third(b_b.clause)}"
            if b_b.clause != b_a.clause
            else f"Proof that it works for {f.segment.plural}",
        ]
        objections = [
            b_a.doubt() if o == "{doubt}" else job.fmt(o)
            for o in objection_bank[2 * index : 2 * index + 2]
        ] or [job.fmt(objection_bank[0])]
        if f.brief.budget.amount < 1000 or index == 2:
            objections.append("Wants to know exactly what it costs before clicking.")
        personas.append(
            Persona(
                name=f"{name}, {label}",
                role=seg.role,
                age_range=age,
                summary=summary,
                needs=needs,
                objections=objections[:3],
                channels=_persona_channels(job, young),
                quote=f"{_cap(voice)}, {tails[index % len(tails)]}",
            )
        )
    return Personas(personas=personas)


def _executions(job: _Job, archetype: int) -> list[str]:
    f = job.facts
    b = f.benefit(archetype)
    angle = (
        b.showcase,
        f"real {f.segment.plural}",
        f"the before and after of {b.pain}",
    )[archetype]
    templates = {
        Channel.INSTAGRAM: "Instagram: carousels and Reels built around {angle}.",
        Channel.TIKTOK: "TikTok: native 15-second videos showing {angle}, sound on.",
        Channel.LINKEDIN: "LinkedIn: document posts that unpack {angle} for decision-makers.",
        Channel.X: "X: short posts and one thread on {angle}, each linking to the page.",
        Channel.FACEBOOK: "Facebook: video and link ads on {angle}, retargeting site visitors.",
        Channel.EMAIL: "Email: the sequence opens with {angle}.",
        Channel.SEARCH_ADS: "Search ads: headlines that lead with {theme}.",
        Channel.DISPLAY_ADS: "Display ads: banners that show {angle} at a glance.",
        Channel.WEBSITE: "Website: a hero section built on {angle}.",
    }
    channels = [c for c in f.channels if c is not Channel.WEBSITE] or [Channel.WEBSITE]
    start = archetype % len(channels)
    rotated = channels[start:] + channels[:start]
    out = [templates[c].format(angle=angle, theme=_quote(b.theme)) for c in rotated[:3]]
    if len(out) < 2:
        out.append(f"Launch film: 30 seconds on {angle}, cut down for every placement.")
    return out


def _build_creative(job: _Job) -> Creative:
    f, v = job.facts, job.voice
    limit = job.limit("tagline", TAGLINE_LIMIT)
    concepts = []
    for archetype in range(3):
        b = f.benefit(archetype)
        extra = {"Theme": b.theme, "theme": b.theme.lower(), "pain": b.pain, "Pain": _cap(b.pain)}
        name = job.fmt(
            job.pick(v.concept_names[archetype]),
            **{**extra, "Pain": _title(b.pain), "Segment": _title(f.segment.plural)},
        )
        tagline = job.fit(
            [*job.shuffled(v.taglines[archetype]), "{Theme}. {brand}.", "{brand}."],
            limit,
            **extra,
        )
        big_idea = (
            f"Show, don't tell: {f.product} {_third(b.gerund)} in the real moments "
            f"{f.segment.plural} face, with {b.checkable} front and centre.",
            f"Put {f.segment.plural} at the centre: real people, real weeks, and the moment "
            f"{f.product} made the difference ({b.theme.lower()}).",
            f"Contrast the old way ({b.pain}) with life after {f.product}: one simple "
            "before-and-after that works in every channel.",
        )[archetype]
        concepts.append(
            Concept(
                name=name,
                big_idea=big_idea,
                tagline=tagline,
                executions=_executions(job, archetype),
            )
        )
    recommended = RECOMMENDED_BY_KIND[f.kinds[0]]
    chosen = concepts[recommended]
    responds = ("proof they can see", "people like them", "a problem they recognise")[recommended]
    rationale = (
        f"“{chosen.name}” fits the brief best: the goals ({_goals_text(f)}) need "
        f"{RATIONALE_BY_KIND[f.kinds[0]]}, and {f.segment.plural} respond to {responds}. "
        f"Its tagline, {_quote(chosen.tagline)}, carries across {_channel_labels(f.channels)}."
    )
    return Creative(concepts=concepts, recommended=recommended, rationale=rationale)


def _feature_sentences(job: _Job, benefits: Sequence[Benefit], subject: str) -> list[str]:
    """One sentence per feature; a repeated benefit is not promised twice."""
    start = job.rng.randrange(3)
    out, seen = [], set()
    for i, b in enumerate(benefits):
        out.append(b.also(subject) if b.theme in seen else b.statement(subject, start + i))
        seen.add(b.theme)
    return out


def _email_body(job: _Job, paragraphs: list[list[str]], cta_line: str) -> str:
    """Greeting, paragraphs, CTA line and sign-off, kept between 60 and 150 words."""
    greeting, signoff = job.voice.greeting, job.signoff()
    paras = [[s for s in p if s] for p in paragraphs]
    paras = [p for p in paras if p]

    def render() -> str:
        body = "\n\n".join(" ".join(p) for p in paras)
        return f"{greeting}\n\n{body}\n\n{cta_line}\n\n{signoff}"

    text = render()
    # too long (many or long features): drop trailing sentences, then shorten sentences
    while _words(text) > 150:
        longest = max(paras, key=lambda p: sum(_words(x) for x in p))
        if len(longest) > 1:
            longest.pop()
        else:
            shorter = _end(_clip(longest[0], max(30, len(longest[0]) * 2 // 3)))
            if shorter == longest[0]:
                break
            longest[0] = shorter
        text = render()
    fillers = [
        f"{job.facts.client} built it for {job.facts.segment.plural}, and it shows.",
        _end(job.pick(job.voice.closers)),
        f"Questions? Reply to this email and a real person at {job.facts.client} will answer.",
        f"Thank you for reading, and for being part of the {job.facts.client} story.",
    ]
    while _words(text) < 60 and fillers:
        paras[-1].append(fillers.pop(0))
        text = render()
    return text


def _title(text: str) -> str:
    """Title Case for ad headlines and concept names (keeps existing capitals)."""
    small = {"a", "an", "and", "the", "for", "of", "to", "in", "on", "with", "by", "or"}
    return " ".join(
        w if (i and w.lower() in small) or not w[:1].islower() else w[:1].upper() + w[1:]
        for i, w in enumerate(text.split(" "))
    )


def _ad_set(
    job: _Job, headline_options: list[str], description_options: list[list[str]]
) -> tuple[list[str], list[str]]:
    """Three distinct headlines and two descriptions, each within its limit."""
    h_limit = job.limit("ad_headline", LIMITS["search_headline"])
    d_limit = job.limit("ad_description", LIMITS["search_description"])
    headlines: list[str] = []
    fallbacks = [*job.facts.brand_forms, "Learn More", "See How It Works", "Find Out More"]
    for option in [*headline_options, *fallbacks]:
        text = job.fit([option], h_limit)
        if text != job.fit([option], 10_000):
            continue  # would have to be cut: skip rather than truncate a headline
        if text.lower() not in {h.lower() for h in headlines}:
            headlines.append(text)
        if len(headlines) == 3:
            break
    descriptions = [job.fit(options, d_limit) for options in description_options[:2]]
    return headlines, descriptions


def _cta_line(job: _Job, cta: str) -> str:
    site = job.facts.brief.client_website
    if site:
        return f"{cta}: {re.sub(r'^https?://', '', site).rstrip('/')}"
    return f"{cta} at the link below."


def _emails(job: _Job, tagline: str) -> list[Email]:
    f, v = job.facts, job.voice
    themes = f.themes()
    b_a, b_b, b_c = themes[0], themes[1 % len(themes)], themes[2 % len(themes)]
    ctas = job.conversion_ctas()
    s_limit = job.limit("email_subject", LIMITS["email_subject"])
    p_limit = job.limit("email_preheader", LIMITS["email_preheader"])
    weeks = f.weeks
    send_weeks = [1, max(1, (weeks + 1) // 2), weeks if weeks >= 3 else max(1, weeks)]
    first = [
        job.lead(f"Meet {f.product}, made by {f.client} for {f.segment.plural}.", email=True),
        b_a.statement(f.product, 0),
    ]
    if b_b is not b_a:
        first.append(b_b.statement(f.product, 2))
    third_claim = (
        f"{_cap(b_a.clause)}, and {b_c.clause}." if b_c is not b_a else f"{_cap(b_a.clause)}."
    )
    stages = [
        (b_a, [first, [_quote(tagline)[1:-1] + "."]], ctas[0]),
        (
            b_b,
            [
                [f"Here is a closer look at what makes {f.product} different."],
                _feature_sentences(job, f.benefits[:3], f.product),
                [f"That is why it suits {f.segment.plural} who care about {_third(b_a.gerund)}."],
            ],
            ctas[1 % len(ctas)],
        ),
        (
            b_c,
            [
                [f"A quick reminder: {f.product} is ready when you are.", third_claim],
                [
                    "If you have been waiting for the right moment, this is it: "
                    f"{_lower_first(_today(ctas[-1]))}."
                ],
            ],
            ctas[-1],
        ),
    ]
    emails = []
    for index, (benefit, paragraphs, cta) in enumerate(stages):
        extra = {
            "feature": benefit.checkable,
            "Feature": _cap(benefit.feature),
            "theme": benefit.theme.lower(),
            "cta": cta,
            "cta_lower": _lower_first(cta),
        }
        subject = job.fit(
            [*job.shuffled(v.subjects[index]), "{brand} from {client}", "{brand}", "News"],
            s_limit,
            **extra,
        )
        preheader = job.fit(
            [
                f"{_cap(benefit.clause)}: {benefit.low} and more from {f.client}.",
                f"{_cap(benefit.clause)}, with {{brand}}.",
                f"{_cap(benefit.clause)}.",
                "{brand} from {client}.",
            ],
            p_limit,
        )
        emails.append(
            Email(
                subject=subject,
                preheader=preheader,
                body=_email_body(job, paragraphs, _cta_line(job, cta)),
                send_week=send_weeks[index],
            )
        )
    return emails


def _keywords(job: _Job) -> list[str]:
    f = job.facts
    product = " ".join(f.product.lower().split())
    intent = {
        "demo": "demo",
        "preorder": "pre-order",
        "subscription": "subscription",
        "install": "app",
        "trial": "free trial",
        "signup": "sign up",
        "lead": "pricing",
        "booking": "booking",
        "purchase": "buy",
        "visit": "reviews",
    }[f.conversion]
    words = [product, f"buy {product}" if intent == "buy" else f"{product} {intent}"]
    words += [b.feature.lower() for b in f.benefits if len(b.feature.split()) <= 5][:4]
    words += [f.client.lower(), f"{product} reviews"]
    out = list(dict.fromkeys(" ".join(w.split()).strip(" .,;:") for w in words if w.strip()))
    out = [w for w in out if w][:8]
    extras = ("price", "online", "best", "deals", "near me")
    i = 0
    while len(out) < 5:
        out.append(f"{f.brand_forms[-1].lower()} {extras[i]}")
        i += 1
    return out


def _search_ads(job: _Job, ctas: list[str]) -> list[SearchAd]:
    f = job.facts
    b0, b1, b2 = f.benefit(0), f.benefit(1), f.benefit(2)
    cta = ctas[0]
    keywords = _keywords(job)
    ads = []
    for index in range(2):
        b = f.benefit(index)
        if index == 0:
            h_options = [f.product, "{brand} by {client}", _title(b.theme), _title(cta), b.feature]
        else:
            h_options = [
                _title(f"{b.theme} for {f.segment.plural}"),
                _title(_today(cta)),
                _title(b.theme),
                "{brand}",
                f"{f.client} Official Site",
            ]
        listing = [
            f"{_cap(b0.feature)}, {b1.low} and {b2.low}. {cta}.",
            f"{_cap(b0.feature)} and {b1.low}. {cta}.",
            f"{_cap(b0.clause)}. {cta}.",
            f"{cta} with {{brand}}.",
        ]
        benefit = [
            f"{_cap(b.clause)} with {{brand}}. {_today(cta)}.",
            f"Made for {f.segment.plural}: {b.low}. {cta}.",
            f"{_cap(b.clause)}. {cta}.",
            f"{_today(cta)}.",
        ]
        d_options = [listing, benefit] if index == 0 else [benefit, listing]
        headlines, descriptions = _ad_set(job, h_options, d_options)
        ads.append(SearchAd(headlines=headlines, descriptions=descriptions, keywords=keywords))
    return ads


def _display_ads(job: _Job, ctas: list[str], tagline: str) -> list[SearchAd]:
    f = job.facts
    creative = job.section_of("creative")
    targeting = list(
        dict.fromkeys(
            [s.plural.lower() for s in f.segments]
            + [b.theme.lower() for b in f.themes()]
            + [" ".join(f.product.lower().split())]
        )
    )[:8]
    for extra in ("in-market audiences", "similar audiences", "site visitors (retargeting)"):
        if len(targeting) >= 5:
            break
        targeting.append(extra)
    ads = []
    for index in range(2):
        b = f.benefit(index + 1)
        cta = ctas[index % len(ctas)]
        concept_line = creative.concepts[index % len(creative.concepts)].tagline.rstrip(".")
        h_options = [concept_line, _title(b.theme), "{brand}", _title(cta)]
        d_options = [
            [
                f"{_cap(b.clause)}: {b.low}. From {f.client}.",
                f"{_cap(b.feature)}. {cta}.",
                f"{_cap(b.clause)}.",
                "{brand} from {client}.",
            ],
            [f"{tagline} {cta}.", f"Made for {f.segment.plural}. {cta}.", f"{cta}."],
        ]
        headlines, descriptions = _ad_set(job, h_options, d_options)
        ads.append(SearchAd(headlines=headlines, descriptions=descriptions, keywords=targeting))
    return ads


def _build_copy(job: _Job) -> Copy:
    f, v = job.facts, job.voice
    tagline = job.tagline()
    b0, b1 = f.benefit(0), f.benefit(1)
    ctas = job.conversion_ctas()
    cta = ctas[0]
    candidates = [
        tagline,
        f"{f.product} for {f.segment.plural}: {b0.theme.lower()}",
        f"{_cap(b0.clause)}. Every time.",
        f"No more {b0.pain}: meet {f.product}",
        f"{_cap(b1.clause)}, with {f.product}",
        f"{_cap(b0.feature)}, {b1.low} and more from {f.client}",
        f"{f.product}, from {f.client}",
        f"Made for {f.segment.plural}",
    ]
    headlines = [h for h in dict.fromkeys(candidates) if len(h) <= 80][:5]
    if f.segment.descriptor:
        hook = (
            f"If you're one of the {f.segment.plural} {f.segment.descriptor}, "
            "you know what matters."
        )
    elif f.desire:
        hook = f"For {f.segment.plural} who {f.desire}, the details matter."
    else:
        hook = f"For {f.audience}, the details matter."
    p1 = f"{job.lead(hook)} {f.product} from {f.client} is built for exactly that."
    sentences = _feature_sentences(job, f.benefits[:5], f.product)
    if len(f.benefits) > 5:
        sentences.append("Also included: " + _join([b.low for b in f.benefits[5:]]) + ".")
    p3 = (
        f"{_cap(b0.gerund)} should not be hard, and with {f.product} it isn't. "
        f"{cta} and see for yourself. {_end(job.pick(v.closers))}"
    )
    body = f"{p1}\n\n{' '.join(sentences)}\n\n{p3}"
    with_b1 = f" and {_third(b1.gerund)}" if b1.gerund != b0.gerund else ""
    pairs = b0.statement(f.product) + (
        " " + b1.statement(f.product, 1) if b1.theme != b0.theme else ""
    )
    pitch = (
        f"{f.product} helps {f.segment.plural} with {_third(b0.gerund)}{with_b1}. {pairs} "
        f"{f.client} is launching it now for {f.segment.plural}"
        + (f" and {f.segments[1].plural}." if len(f.segments) > 1 else ".")
    )
    return Copy(
        headlines=headlines,
        body_copy=body,
        elevator_pitch=pitch,
        emails=_emails(job, tagline) if Channel.EMAIL in f.channels else [],
        search_ads=_search_ads(job, ctas) if Channel.SEARCH_ADS in f.channels else [],
        display_ads=_display_ads(job, ctas, tagline) if Channel.DISPLAY_ADS in f.channels else [],
    )


def _build_cta(job: _Job) -> CtaPlan:
    f, v = job.facts, job.voice
    limit = job.limit("cta", CTA_LIMIT)
    brand = job.brand(limit - 5)
    stages = []
    for stage in ("awareness", "consideration", "conversion", "retention"):
        if stage == "conversion":
            options = [*job.conversion_ctas(), f"Get {brand}", "Get started"]
        else:
            options = list(v.cta[stage])
            if stage == "awareness":
                options.append(f"Meet {brand}")
            if stage == "retention" and "engagement" in f.kinds:
                options.insert(0, "Join the community")
        variants: list[str] = []
        for option in options:
            text = option if len(option) <= limit else _clip(option, limit)
            if text and text.lower() not in {x.lower() for x in variants}:
                variants.append(text)
        # the stage's best fit leads; the others are shuffled for A/B variety
        variants = (variants[:1] + job.shuffled(variants[1:]))[:3]
        for spare in ("Learn more", "Get started", "See more", "Go"):
            if len(variants) >= 3:
                break
            if spare.lower() not in {x.lower() for x in variants}:
                variants.append(spare)
        rationale = {
            "awareness": f"Low commitment: {f.segment.plural} meeting {f.product} for the "
            "first time want to look before they leap.",
            "consideration": f"People comparing options want to see {f.benefit(0).checkable} "
            "before they decide.",
            "conversion": f"Names the action the goals count ({f.conversion_label}), so the "
            "click matches what happens next.",
            "retention": "Keeps new customers close and turns them into advocates.",
        }[stage]
        stages.append(
            CtaStage(stage=stage, variants=variants, recommended=variants[0], rationale=rationale)
        )
    return CtaPlan(stages=stages, primary_cta=stages[2].recommended)


def _build_visual(job: _Job) -> VisualDirection:
    f, v = job.facts, job.voice
    b0, b1 = f.benefit(0), f.benefit(1)
    mood = f"{v.mood}: {f.product} shown with real {f.segment.plural}, in {v.imagery}."
    palette = [Swatch(name=name, hex=hex_, use=use) for name, hex_, use in v.palette]
    imagery = [
        f"Real {f.segment.plural}"
        + (f" {f.segment.descriptor}" if f.segment.descriptor else "")
        + (f" {f.context}" if f.context else "")
        + ", photographed where they actually use it.",
        f"Close-ups that show {b0.showcase}: show that {b0.clause}, don't just say it.",
        f"A before-and-after pair that makes {b0.pain} versus {f.product} obvious at a glance.",
    ]
    dos = [*v.dos, f"Show {b1.showcase}, in a real setting rather than on a plain background."]
    donts = [*v.donts, f"Don't use stock models who don't look like {f.segment.plural}."]
    for requirement in f.requirements:
        text = _end(requirement)
        if re.search(r"\b(avoid|don't|do not|never|no)\b", text, re.I):
            donts.insert(0, _cap(text))
        elif re.search(r"photo|image|visual|colou?r|logo|look|style|video|film", text, re.I):
            dos.insert(0, _cap(text))
    headline = job.tagline()
    h_limit = job.limit("hero_headline", HERO_HEADLINE_LIMIT)
    if len(headline) > h_limit:
        headline = job.fit([headline, "{Theme}. {brand}.", "{brand}."], h_limit)
    subline = job.fit(
        [
            f"{_cap(b0.feature)} and {b1.low}, from {{client}}.",
            f"{_cap(b0.clause)}, with {{brand}} from {{client}}.",
            f"{_cap(b0.clause)}, with {{brand}}.",
            f"{_cap(b0.clause)}.",
            "{brand} from {client}.",
        ],
        job.limit("hero_subline", HERO_SUBLINE_LIMIT),
    )
    return VisualDirection(
        mood=mood,
        palette=palette,
        typography=v.typography,
        imagery=imagery,
        hero_headline=headline,
        hero_subline=subline,
        dos=dos[:4],
        donts=donts[:4],
    )


def _post_text(job: _Job, platform: str, index: int, pillar: MessagingPillar, cta: str) -> str:
    f, v = job.facts, job.voice
    b = f.benefit(index)
    hook = (
        f"{f.product} is here.",
        f"Made for {f.segment.plural}{(' ' + f.context) if f.context else ''}.",
        f"Still putting up with {b.pain}?",
    )[index % 3]
    opening = job.lead(hook)
    closer = _end(job.pick(v.closers))
    message = _end(pillar.message)
    if platform == "instagram":
        return f"{opening}\n\n{message}\n\n{closer} Link in bio: {cta.lower()}."
    if platform == "tiktok":
        return f"{opening} {message} {closer} {cta} at the link in bio."
    if platform == "linkedin":
        proof = "; ".join(_lower_first(p.rstrip(".")) for p in pillar.proof_points[:3])
        return (
            f"{opening}\n\n{message}\n\nWhy it matters for {f.segment.plural}: "
            f"{_third(b.clause)}. What backs it up: {proof}.\n\n{closer} {cta}: link in the "
            "comments."
        )
    # facebook
    extra = "" if b.clause in message else f" {_cap(b.clause)}."
    return f"{opening}\n\n{message}{extra}\n\n{closer} {cta}: link below."


def _x_text(job: _Job, index: int, pillar: MessagingPillar, cta: str, room: int) -> str:
    f = job.facts
    b = f.benefit(index)
    message = _end(pillar.message)
    options = [
        job.lead(f"{message} {cta}."),
        f"{message} {cta}.",
        f"{_cap(b.feature)}, so {b.clause}. {cta}.",
        f"{{brand}}: {b.clause}. {cta}.",
        f"{_cap(b.clause)}. {cta}.",
        f"{cta}.",
    ]
    if index == 0:
        options.insert(0, job.lead(f"{f.product} is here: {b.clause}. {cta}."))
    return job.fit(options, room)


def _build_social(job: _Job) -> SocialCampaign:
    f = job.facts
    if not f.social:
        return SocialCampaign(
            posts=[],
            campaign_hashtag=f.campaign_tag,
            cadence="No social channel in this brief, so no posts are planned. Add Instagram, "
            "TikTok, LinkedIn, X or Facebook to the channels to get a social plan.",
        )
    strategy = job.section_of("strategy")
    pillars = list(strategy.messaging_pillars) or _pillars(job)
    cta = job.section_of("cta_optimizer").primary_cta or job.conversion_ctas()[0]
    count = 3 if f.weeks >= 3 else 2
    topical = [
        t
        for t in (_hashtag(f.segment.plural, 20), _hashtag(f.benefit(0).theme, 20), f.client_tag)
        if t
    ]
    posts: list[SocialPost] = []
    for channel in f.social:
        platform = channel.value
        limit = job.limit(f"{platform}_post", POST_LIMITS[platform])
        for index in range(count):
            pillar = pillars[index % len(pillars)]
            tags = list(dict.fromkeys([f.campaign_tag, f.product_tag, *topical[index % 2 :]]))
            tags = [t for t in tags if t][: 2 if platform == "x" else 4]
            room = limit - len(" ".join(tags)) - 2  # text + blank line + hashtags
            if platform == "x":
                text = _x_text(job, index, pillar, cta, room)
            else:
                text = _post_text(job, platform, index, pillar, cta)
                if len(text) > room:
                    text = _clip(text, room)
            posts.append(
                SocialPost(
                    platform=platform,
                    text=text,
                    hashtags=tags,
                    format=POST_FORMATS[platform][index % 3],
                    week=min(1 + index * f.weeks // count, f.weeks),
                )
            )
    weeks = sorted({p.week for p in posts})
    cadence = (
        f"{count} posts per platform on {_channel_labels(f.social)} over {f.weeks} weeks "
        f"(weeks {_join([str(w) for w in weeks])}), one messaging pillar per post; launch "
        "posts go out in week 1. Reply to comments within a day and boost the best performer."
    )
    return SocialCampaign(posts=posts, campaign_hashtag=f.campaign_tag, cadence=cadence)


_ANGLES: dict[str, str] = {
    "aspiration": "Picture the week where {benefit}. {brand} makes that the everyday.",
    "relief": "No more {pain}. {statement}",
    "belonging": "You're in good company: {brand} is made for {segment} like you.",
    "confidence": "Choose with confidence. {statement} And {client} stands behind it.",
    "pride": "Be the one who raised the bar: with {brand}, {benefit}.",
    "curiosity": "What changes when {benefit}? {brand} is how you find out.",
    "joy": "The small joy of knowing {benefit}. That's {brand}.",
    "nostalgia": "Remember when things were made to last? {brand} brings that back: "
    "{statement_lower}",
}
_MOMENTS = (
    "when they first hear about it",
    "while comparing options",
    "right before they decide",
    "after the first week of use",
    "when recommending it to a friend",
)


def _build_emotion(job: _Job) -> EmotionVariants:
    f, v = job.facts, job.voice
    personas = job.section_of("audience_persona").personas
    themes = f.themes()
    b0, b1 = themes[0], themes[1 % len(themes)]
    key = f"{f.product}: {b0.clause}" + (f", and {b1.clause}." if b1 is not b0 else ".")
    variants = []
    for index, angle in enumerate(v.angles):
        b = themes[index % len(themes)]
        message = _ANGLES[angle].format_map(
            {
                **job.slots,
                "brand": f.product,
                "benefit": b.clause,
                "pain": b.pain,
                "ref": b.ref,
                "statement": b.statement(f.product, index),
                "statement_lower": _lower_first(b.statement(f.product, index)),
            }
        )
        who = personas[index % len(personas)].name if personas else _cap(f.segment.plural)
        variants.append(
            EmotionVariant(angle=angle, message=_cap(message), best_for=f"{who}, {_MOMENTS[index]}")
        )
    return EmotionVariants(key_message=key, variants=variants)


def _build_campaign_summary(job: _Job) -> CampaignSummary:
    f = job.facts
    creative = job.section_of("creative")
    plan = job.section_of("project_manager")
    copy = job.section_of("copy")
    social = job.section_of("social_media_campaign")
    concept = creative.concepts[creative.recommended] if creative.concepts else None
    media = f.media
    top = _top_line(f)
    overview = (
        f"{f.brief.campaign_name} is {_an(str(f.weeks))} {f.weeks}-week campaign for "
        f"{f.client}'s {f.product}, aimed at {f.audience}. Goals: {_goals_text(f)}. It runs on "
        f"{_channel_labels(f.channels)} with {f.brief.budget}"
        + (
            f"; “{concept.name}” leads, with the line {_quote(concept.tagline)}."
            if concept
            else "."
        )
        + (
            f" The plan has {len(plan.phases)} phases, from {plan.phases[0].name.lower()} to "
            f"{plan.phases[-1].name.lower()}."
            if plan.phases
            else ""
        )
    )
    highlights = []
    if concept:
        highlights.append(f"Recommended concept: “{concept.name}”, {_quote(concept.tagline)}.")
    highlights.append(
        f"Every key feature turned into a benefit, led by {_quote(f.benefit(0).feature)}."
    )
    if copy.emails:
        weeks = _join([str(e.send_week) for e in copy.emails])
        highlights.append(f"{len(copy.emails)}-email sequence, sent in weeks {weeks}.")
    if copy.search_ads:
        highlights.append(
            f"{len(copy.search_ads)} search ads on {len(copy.search_ads[0].keywords)} keywords."
        )
    if social.posts:
        highlights.append(
            f"{len(social.posts)} social posts on {_channel_labels(f.social)} under "
            f"{social.campaign_hashtag}."
        )
    if top is not None:
        highlights.append(
            f"Media plan: {top.label} carries the largest share ({top.share:.0%}); an estimated "
            f"{media.totals.conversions:,} {f.conversion_label} in total."
        )
    risks = []
    if len(f.product) > 40:
        risks.append(
            f"The product name is long for ads: shorter forms such as “{f.brand_forms[-1]}” "
            "are used where limits are tight; agree them with the client."
        )
    if float(f.brief.budget.amount) / max(1, len(f.channels)) < 500:
        risks.append(
            "The budget is thin for this many channels: run the first two weeks as a test and "
            "cut the weakest channel."
        )
    if f.weeks <= 3:
        risks.append(
            "A short timeline leaves little room to optimise: approve all creative before launch."
        )
    if f.requirements:
        risks.append(
            f"Brief requirements ({_join([_lower_first(r.rstrip('.')) for r in f.requirements])}) "
            "must be checked in every asset before sign-off."
        )
    risks.append(
        "Benchmarks are industry averages: replace them with the account's own data after two "
        "weeks and reset the KPI targets."
    )
    next_steps = [
        f"Share the strategy and recommended concept with {f.client} for sign-off.",
        "Produce the hero assets and set up tracking for every channel before week 1.",
        "Schedule the content calendar and review results at the mid-campaign check-in.",
    ]
    return CampaignSummary(
        overview=overview, highlights=highlights[:5], risks=risks[:3], next_steps=next_steps
    )


def _build_client_summary(job: _Job) -> ClientSummary:
    f = job.facts
    plan = job.section_of("project_manager")
    creative = job.section_of("creative")
    concept = creative.concepts[creative.recommended] if creative.concepts else None
    tagline = concept.tagline if concept else job.tagline()
    headline = f"{f.brief.campaign_name}: {tagline}"
    introduction = (
        f"Dear {f.client} team, here is the plan for {f.product}. Over {f.weeks} weeks we "
        f"will reach {f.audience} on {_channel_labels(f.channels)}, working towards your goals: "
        f"{_goals_text(f)}. Everything below fits your budget of {f.brief.budget}."
    )
    what = [f"Weeks {p.weeks}: {p.name}. {_end(p.focus)}" for p in plan.phases][:5]
    if len(what) < 4:
        what.append(f"Lead with one promise: {f.benefit(0).clause}.")
    get = [
        f"A clear strategy and three messaging pillars for {f.product}",
        "Three audience personas and three creative concepts"
        + (f", led by “{concept.name}”" if concept else ""),
        "Ready-to-use copy: headlines, landing-page text and an elevator pitch",
    ]
    if Channel.EMAIL in f.channels:
        get.append("A three-email sequence, ready to load into your email tool")
    if f.social:
        get.append(f"Posts for {_channel_labels(f.social)}, scheduled week by week")
    get += [
        "A media plan that adds up to your budget, with KPI targets and a content calendar",
        "A campaign website and a hero image in your campaign colours",
    ]
    next_steps = [
        "Review the recommended concept and tagline, and tell us what to change.",
        "Confirm the budget split and the start date for week 1.",
        "Send brand assets (logo, photography, product shots) so production can start.",
    ]
    return ClientSummary(
        headline=headline,
        introduction=introduction,
        what_we_will_do=what,
        what_you_get=get,
        next_steps=next_steps,
    )


BUILDERS: dict[str, Callable[[_Job], Content]] = {
    "project_manager": _build_plan,
    "strategy": _build_strategy,
    "audience_persona": _build_personas,
    "creative": _build_creative,
    "copy": _build_copy,
    "cta_optimizer": _build_cta,
    "visual": _build_visual,
    "social_media_campaign": _build_social,
    "emotion_personalization": _build_emotion,
    "campaign_summary": _build_campaign_summary,
    "client_summary": _build_client_summary,
}


# ---------------------------------------------------------------------------
# Terms the review found missing
# ---------------------------------------------------------------------------


def _text_of(content: Content) -> str:
    return content.model_dump_json()


def _term_sentence(term: str, facts: Facts) -> str:
    if term == facts.product:
        return f"{facts.product} is at the heart of this campaign."
    if term == facts.client:
        return f"A campaign by {facts.client}."
    for benefit in facts.benefits:
        if term == benefit.feature:
            return benefit.statement(facts.product)
    return _end(f"This also serves the goal: {_lower_first(term)}")


def _ensure_terms(content: Content, job: _Job) -> Content:
    """Add a sentence for every term the review asked for that the section still lacks."""
    f = job.facts
    if not job.fb.terms and not job.fb.audience:
        return content
    wanted = list(job.fb.terms)
    if job.fb.audience and not any(
        s.plural.casefold() in _text_of(content).casefold() for s in f.segments
    ):
        wanted.append(f.brief.target_audience)
    text = _text_of(content).casefold()
    missing = [t for t in wanted if t.casefold() not in text]
    if not missing:
        return content
    sentences = [
        f"Written for {f.audience}." if t == f.brief.target_audience else _term_sentence(t, f)
        for t in missing
    ]
    extra = " ".join(sentences)
    if isinstance(content, Plan):
        content.summary += " " + extra
    elif isinstance(content, Strategy):
        content.market_notes.extend(sentences)
    elif isinstance(content, Personas) and content.personas:
        content.personas[0].summary += " " + extra
    elif isinstance(content, Creative):
        content.rationale += " " + extra
    elif isinstance(content, Copy):
        content.body_copy += "\n\n" + extra
    elif isinstance(content, CtaPlan) and content.stages:
        content.stages[-1].rationale += " " + extra
    elif isinstance(content, VisualDirection):
        content.mood += " " + extra
    elif isinstance(content, SocialCampaign):
        content.cadence += " " + extra
    elif isinstance(content, EmotionVariants):
        content.key_message += " " + extra
    elif isinstance(content, CampaignSummary):
        content.overview += " " + extra
    elif isinstance(content, ClientSummary):
        content.introduction += " " + extra
    return content


_DOUBLE_STOP = re.compile(r"(?<=\w)\.\.(?=\s|$)")


def _tidy(value: Any) -> Any:
    """Fix the one seam templates leave: a name ending in '.' before a full stop ('Inc..')."""
    if isinstance(value, str):
        return _DOUBLE_STOP.sub(".", value) if ".." in value else value
    if isinstance(value, list):
        return [_tidy(v) for v in value]
    if isinstance(value, Content):
        for name in type(value).model_fields:
            old = getattr(value, name)
            new = _tidy(old)
            if new is not old and new != old:
                setattr(value, name, new)
    return value


# ---------------------------------------------------------------------------
# The provider
# ---------------------------------------------------------------------------


class OfflineProvider(ContentProvider):
    """Deterministic, brief-specific content from templates; no network, thread-safe."""

    name = "offline"
    model = None

    def generate(self, request: ContentRequest) -> Generation:
        builder = BUILDERS.get(request.section)
        if builder is None:
            raise ProviderError(f"The offline provider cannot write section {request.section!r}.")
        key = brief_key(request.brief)
        facts = facts_for(request.brief, key)
        feedback = parse_feedback(request.feedback, request.revision, facts)
        job = _Job(
            request.section, request.brief, key, dict(request.context), feedback, request.revision
        )
        content = _ensure_terms(builder(job), job)
        if b".." in content.__pydantic_serializer__.to_json(content):
            content = _tidy(content)
        schema = request.schema
        if not isinstance(content, schema):
            content = schema.model_validate(content.model_dump())
        return Generation(content=content)


__all__ = ["OfflineProvider", "parse_feedback"]
