"""What the brief says, worked out once per brief and shared by every section.

Facts hold only what the brief states (names, audience, features, goals, channels, rules)
plus choices derived from it deterministically (the call to action, hashtags, the phases).
Nothing here invents a claim.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass

from ...constraints import Rules
from ...constraints.detect import language_of
from ...models import SOCIAL_CHANNELS, CampaignBrief, Channel, Tone
from ...phases import Phase, campaign_phases
from .actions import Goal, feature_cta, read_goal_for
from .audience import Audience, read_audience
from .features import Feature, read_feature
from .guard import Guard
from .kinds import fits, read_kind, says_free
from .phrasebook import PHRASEBOOKS
from .text import hashtag


@dataclass(frozen=True, slots=True)
class Facts:
    """One brief, read."""

    brief: CampaignBrief
    style: Tone  # brief.style, worked out once (it is a regex search per tone word)
    key: str  # the seed text (see `brief_key`)
    seed: int
    product: str
    client: str
    maker: str  # "VaultLine DSPM from Vault Inc." or just the product when the names overlap
    short_names: tuple[str, ...]  # the product name, then shorter forms for tight limits
    audience: Audience
    features: tuple[Feature, ...]  # the ones public copy may print (none breaks the rules)
    goals: tuple[Goal, ...]
    cta: str  # the primary call to action, in the main language
    cta_key: str  # the action it names ("donate", "demo"…; "own" for the brief's own words)
    cta_goal: Goal  # the goal the CTA serves
    second_cta: str  # a second call for a second goal ("Sign up to run"), or ""
    channels: tuple[Channel, ...]
    social: tuple[Channel, ...]
    weeks: int
    phases: tuple[Phase, ...]
    rules: Rules
    guard: Guard
    language: str  # the main copy's language (English when it is one of the brief's)
    # the language the brief's own phrases (features, audience, goals) are written in: a
    # text in any other language quotes them as written, never lower-cases them into it
    own_language: str
    extra_languages: tuple[str, ...]  # other languages with a phrasebook
    campaign_tag: str
    product_tag: str
    client_tag: str
    kind: str = ""  # what the brief promotes (see `kinds`); "" when its words don't say
    free: bool = False  # the brief itself says something is free
    # a hard moment in people's lives (a divorce, a bereavement, debt): no cheerful lines
    sensitive: bool = False

    def suits(self, line: str) -> bool:
        """Whether a stock line fits this brief's kind, audience and pricing."""
        return fits(line, self.kind, self.audience.b2b, self.free)

    @property
    def segment(self):
        return self.audience.lead

    def feature(self, index: int) -> Feature:
        return self.features[index % len(self.features)]

    def beside_cta(self, index: int) -> Feature:
        """A feature to state next to the call to action: not the one the CTA is made of
        ("Find your bin day online" is not said again before "Find your bin day online")."""
        others = [x for x in self.features if x.text.casefold() != self.cta.casefold()]
        return (others or list(self.features))[index % len(others or self.features)]

    @property
    def names(self) -> tuple[str, ...]:
        return (self.product, self.client)


def _short_names(product: str) -> tuple[str, ...]:
    """The product's name, then the forms of it that are still the name: without a
    bracketed part, or the part before a separator ("Nova – Home Edition" -> "Nova").
    A name is never cut after an arbitrary word ("Fill the Pantry Fun")."""
    forms = [product]
    bare = re.sub(r"\s*\([^)]*\)", "", product).strip()
    forms.append(bare)
    head = re.split(r"\s+[–—|-]\s+|:\s+", bare, maxsplit=1)[0].strip()
    forms.append(head)
    return tuple(f for f in dict.fromkeys(forms) if f)


def _maker(product: str, client: str) -> str:
    """'VaultLine DSPM from Vault Inc.'; just the product when the names overlap ("Maison"
    and "Maison Delacroix Horlogerie", "Hive Desk" and "Hive Workspaces")."""
    p, c = product.casefold(), client.casefold()
    if p in c or c in p or p.split()[0] == c.split()[0]:
        return product
    return f"{product} from {client}"


def _choose_cta(
    rules: Rules, goals: tuple[Goal, ...], features: tuple[Feature, ...], guard: Guard, b2b: bool
) -> tuple[str, str, Goal, str]:
    """(primary CTA, its action key, the goal it serves, a second CTA or ''), in English,
    within the rules."""
    selling_ok = not rules.no_selling
    options: list[tuple[str, str, Goal]] = []
    # a goal in the audience's own verb leads ("Sign up 900 weekly players" before "Raise
    # £30,000": the players sign up; the money is what their tickets raise)
    firm = sorted((g for g in goals if not g.action.soft), key=lambda g: not g.direct)
    soft = [g for g in goals if g.action.soft]
    for goal in firm:
        options += [(c, goal.action.key, goal) for c in goal.ctas(selling_ok)]
    first = (firm or list(goals))[0]
    options += [(c, "own", first) for c in (feature_cta(f.text) for f in features) if c]
    if b2b and not firm:
        options += [("Book a demo", "demo", first), ("Talk to our team", "leads", first)]
    for goal in soft:
        options += [(c, goal.action.key, goal) for c in goal.ctas(selling_ok)]
    options += [("Learn more", "learn", goals[0]), ("Find out more", "learn", goals[0])]
    clean = [o for o in options if guard.ok(o[0])]
    chosen, key, goal = clean[0] if clean else ("Find out more", "learn", goals[0])
    if rules.primary_cta:
        chosen, key = rules.primary_cta, "primary"
    second = next(
        (c for c, k, g in clean if g is not goal and k != key and c != chosen and k != "learn"),
        "",
    )
    return chosen, key, goal, second


# what makes a subject a hard moment; read from what is promoted and to whom (not from the
# requirements: a mortgage's legal line speaks of repossession, the product is a mortgage)
_SENSITIVE = re.compile(
    r"\b(?:divorc\w*|separating|separation|bereave\w*|grie(?:f|ving)|funerals?|cremation|"
    r"hospices?|palliative|terminal(?:ly)? ill\w*|cancer|dementia|debts?|insolvency|bankrupt\w*|"
    r"addiction|abuse|domestic violence|miscarriage|suicid\w*|mental health|eviction|"
    r"end of life|loss of a)\b",
    re.IGNORECASE,
)


def is_sensitive(brief: CampaignBrief) -> bool:
    said = " ".join([brief.product, brief.target_audience, *brief.goals, *brief.key_features])
    return bool(_SENSITIVE.search(said))


def own_language(brief: CampaignBrief, main: str) -> str:
    """The language the brief's own phrases (features, audience, goals) are written in, as
    far as they show it; `main` (the copy's language) when they give no sign."""
    phrases = " ".join([*brief.key_features, brief.target_audience, *brief.goals])
    return language_of(phrases, (brief.product, brief.client)) or main


def _read(brief: CampaignBrief, key: str) -> Facts:
    rules = brief.rules
    names = (brief.product, brief.client)
    guard = Guard(
        rules,
        (brief.product, brief.client, *brief.key_features),
        names=(brief.product, brief.client),
    )
    languages = rules.languages or ("en",)
    main = "en" if "en" in languages else languages[0]
    if main not in PHRASEBOOKS and main != "en":
        main = "en"  # no phrasebook: the copy stays English and the review reports it
    own = own_language(brief, main)
    # English text (the copy, or the team's documents) quotes phrases in another language
    quote = own != "en"
    read = [read_feature(text, i, names, quote) for i, text in enumerate(brief.key_features)]
    # a feature that breaks an explicit rule ("avoid") is never printed in public copy
    features = tuple(f for f in read if guard.ok(f.text)) or tuple(read[:1])
    audience = read_audience(brief.target_audience, names, foreign=quote)
    about = " ".join([brief.product, brief.target_audience, *brief.key_features])
    goals = tuple(read_goal_for(g, about) for g in brief.goals)
    cta, cta_key, cta_goal, second = _choose_cta(rules, goals, features, guard, audience.b2b)
    channels = tuple(brief.channels)
    if main != "en" and not rules.primary_cta:
        cta, second = PHRASEBOOKS[main].cta_for(cta_key), ""
    extra = tuple(c for c in languages if c != main and c in PHRASEBOOKS)
    # a note in brackets is no part of the name ("FlexiLoan personal loans (£1,000-£15,000)"
    # made "#FlexiLoanPersonalLoans1")
    bare = re.sub(r"\s*\([^)]*\)", "", brief.product).strip() or brief.product
    product_tag = hashtag(bare, 24) or hashtag(brief.client, 24) or "#Launch"
    campaign_tag = hashtag(brief.campaign_name, 24) or product_tag
    seed = int.from_bytes(hashlib.sha256(key.encode("utf-8")).digest()[:8], "big")
    return Facts(
        brief=brief,
        style=brief.style,
        key=key,
        seed=seed,
        product=brief.product,
        client=brief.client,
        maker=_maker(brief.product, brief.client),
        short_names=_short_names(brief.product),
        audience=audience,
        features=features,
        goals=goals,
        cta=cta,
        cta_key=cta_key,
        cta_goal=cta_goal,
        second_cta=second,
        channels=channels,
        social=tuple(c for c in channels if c in SOCIAL_CHANNELS),
        weeks=max(1, brief.timeline),
        phases=tuple(campaign_phases(brief.timeline)),
        rules=rules,
        guard=guard,
        language=main,
        own_language=own,
        extra_languages=extra,
        campaign_tag=campaign_tag,
        product_tag=product_tag,
        client_tag=hashtag(brief.client, 24),
        kind=read_kind(brief),
        free=says_free(brief),
        sensitive=is_sensitive(brief),
    )


# -- the cache ------------------------------------------------------------------------

_LOCK = threading.Lock()
_FACTS: OrderedDict[str, Facts] = OrderedDict()
_KEYS: OrderedDict[bytes, str] = OrderedDict()
_MAX = 64


def brief_key(brief: CampaignBrief) -> str:
    """The seed text: the brief's content without who asked (`user`) or how urgently
    (`priority`), so the same brief gives the same words whoever submits it. Cached by the
    brief's fast pydantic dump, because building it costs more than writing a section."""
    dump = brief.__pydantic_serializer__.to_json(brief)
    with _LOCK:
        key = _KEYS.get(dump)
    if key is not None:
        return key
    content = {k: v for k, v in brief.to_data().items() if k not in ("user", "priority")}
    key = json.dumps(content, sort_keys=True, ensure_ascii=False)
    with _LOCK:
        _KEYS[dump] = key
        while len(_KEYS) > _MAX:
            _KEYS.popitem(last=False)
    return key


def facts_for(brief: CampaignBrief) -> Facts:
    """The brief's facts, cached (a campaign asks for eleven sections of one brief)."""
    key = brief_key(brief)
    with _LOCK:
        cached = _FACTS.get(key)
        if cached is not None:
            _FACTS.move_to_end(key)
            return cached
    facts = _read(brief, key)
    with _LOCK:
        _FACTS[key] = facts
        while len(_FACTS) > _MAX:
            _FACTS.popitem(last=False)
    return facts


def clear_cache() -> None:
    """Forget every cached brief (tests use it to prove output does not depend on it)."""
    with _LOCK:
        _FACTS.clear()
        _KEYS.clear()


__all__ = ["Facts", "brief_key", "clear_cache", "facts_for"]
