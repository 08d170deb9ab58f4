"""Checks of written campaign content that hold for any brief: seams, leaks from other
fields, rules, limits, languages and variety. The property tests run them over the whole
corpus (`tests/briefs.py`); each returns a list of readable problems (empty when clean).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

from tui_app.core.constraints import Scanner
from tui_app.core.content import (
    Content,
    Copy,
    Creative,
    CtaPlan,
    EmotionVariants,
    SocialCampaign,
    VisualDirection,
)
from tui_app.core.models import LIMITS, POST_LIMITS, CampaignBrief
from tui_app.core.providers.base import ContentRequest
from tui_app.core.providers.offline import OfflineProvider
from tui_app.core.providers.offline.facts import own_language
from tui_app.core.workflow.team import TEAM

SECTION_MODELS = TEAM.section_models  # node -> section model, from the registry

SECTIONS = list(SECTION_MODELS)

# Words from the sample briefs' worlds and the old writer's category tables: none may appear
# in a campaign whose brief does not use it.
LEAKS = (
    "bag", "bags", "backpack", "solar", "vinyl", "turntable", "bakery", "sourdough", "bread",
    "loaf", "fitness", "workout", "workouts", "invoice", "bookkeeping", "ledger", "hiker",
    "hikers", "trail", "charging", "charged", "battery", "batteries", "waterproof", "recycled",
    "walnut", "preamp", "oven", "streak", "streaks", "reconciliation", "month-end", "gear",
    "overstuffed", "soggy", "busiest day", "everyday gets easier", "hidden costs", "stale",
    "lock-in", "cut corners", "throwaway", "tangled", "second-guessing", "dead batteries",
    "upgrade today", "shelf", "needle", "groove", "crust", "off-grid", "nomad", "nomads",
)  # fmt: skip
# Words a heading, CTA, tagline, subject or ad headline must not end on.
DANGLING = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "of",
        "to",
        "for",
        "with",
        "from",
        "in",
        "on",
        "at",
        "by",
        "as",
        "into",
        "than",
        "that",
        "your",
        "our",
        "their",
        "its",
        "my",
        "every",
        "each",
        "no",
    ]
)


def generate(brief: CampaignBrief, section: str, context=None, findings=None, revision=0):
    request = ContentRequest(
        section=section,
        schema=SECTION_MODELS[section],
        brief=brief,
        context=dict(context or {}),
        findings=list(findings or []),
        revision=revision,
    )
    return OfflineProvider().generate(request).content


def run_all(brief: CampaignBrief) -> dict[str, Content]:
    """All sections in workflow order, each seeing the ones before it (like the graph)."""
    context: dict[str, Content] = {}
    for section in SECTIONS:
        context[section] = generate(brief, section, context)
    return context


def strings(value: Any) -> Iterator[str]:
    """Every string inside a section (recursively), except colour codes."""
    if isinstance(value, str):
        if not re.fullmatch(r"#[0-9a-fA-F]{6}", value):
            yield value
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from strings(getattr(value, name))
    elif isinstance(value, list | tuple):
        for item in value:
            yield from strings(item)


def public_strings(sections: dict[str, Content]) -> Iterator[tuple[str, str]]:
    """(where, text) for every audience-facing string of a campaign."""
    copy = sections["copy"]
    assert isinstance(copy, Copy)
    yield from (("copy", s) for s in strings(copy))
    social = sections["social_media_campaign"]
    assert isinstance(social, SocialCampaign)
    for post in social.posts:
        yield f"{post.platform} post", post.full_text
    cta = sections["cta_optimizer"]
    assert isinstance(cta, CtaPlan)
    yield from (("cta", s) for s in strings(cta.stages))
    yield "cta", cta.primary_cta
    creative = sections["creative"]
    assert isinstance(creative, Creative)
    for concept in creative.concepts:
        yield from (("creative", s) for s in strings(concept))
    emotion = sections["emotion_personalization"]
    assert isinstance(emotion, EmotionVariants)
    yield "emotion", emotion.key_message
    for variant in emotion.variants:
        yield "emotion", variant.message
    visual = sections["visual"]
    assert isinstance(visual, VisualDirection)
    for name in ("mood", "hero_headline", "hero_subline"):
        yield "visual", getattr(visual, name)
    yield from (("visual", s) for s in visual.imagery + visual.dos + visual.donts)


def headings(sections: dict[str, Content]) -> Iterator[tuple[str, str]]:
    """Texts that must never end mid-phrase: headlines, taglines, CTAs, subjects."""
    copy = sections["copy"]
    for h in copy.headlines:
        yield "headline", h
    for email in copy.emails:
        yield "subject", email.subject
    for ad in copy.search_ads + copy.display_ads:
        for h in ad.headlines:
            yield "ad headline", h
    for concept in sections["creative"].concepts:
        yield "tagline", concept.tagline
        yield "concept name", concept.name
    for stage in sections["cta_optimizer"].stages:
        for v in stage.variants:
            yield "cta", v
    visual = sections["visual"]
    yield "hero headline", visual.hero_headline
    for pillar in sections["strategy"].messaging_pillars:
        yield "pillar", pillar.name


def own_text(brief: CampaignBrief) -> list[str]:
    """The brief's own names, phrase by phrase (exempt from word families where they stand)."""
    return [brief.product, brief.client, brief.campaign_name, *brief.key_features]


def brief_text(brief: CampaignBrief) -> str:
    return " ".join(
        [
            brief.product,
            brief.client,
            brief.campaign_name,
            brief.target_audience,
            *brief.goals,
            *brief.key_features,
            brief.additional_requirements,
            brief.tone,
        ]
    ).casefold()


def seam_problems(brief: CampaignBrief, sections: dict[str, Content]) -> list[str]:
    problems = []
    names = [brief.product, brief.client, *brief.key_features]
    for section, content in sections.items():
        for text in strings(content):
            where = f"{section}: {text[:90]!r}"
            for m in re.finditer(r"\b([^\W\d_][\w'’-]*)\s+\1\b", text, re.IGNORECASE):
                if not any(m.group(0).casefold() in n.casefold() for n in names):
                    problems.append(f"doubled word {m.group(0)!r} in {where}")
            if re.search(r"(?<=[\w)])\.\.(?!\.)", text):
                problems.append(f"'..' in {where}")
            if re.search(r"\bthe (?:every|each|your|our|their|a|an|the|no)\b", text, re.I):
                problems.append(f"'the' before a determiner in {where}")
            if re.search(r"\b(?:a|an) (?:every|each|the|your|our)\b", text, re.I):
                problems.append(f"article before a determiner in {where}")
            if re.search(r"[{}]|\x00", text) and not re.search(r"[{}]", "".join(names)):
                problems.append(f"unfilled slot in {where}")
            if re.search(r"[ \t][,.;:!?](?:\s|$)", text):
                problems.append(f"space before punctuation in {where}")
            for name in (brief.product, brief.client):
                first = name.split()[0]
                same = brief.client.startswith(first) and brief.product.startswith(first)
                if same and re.search(rf"\b{re.escape(name)} from {re.escape(first)}\b", text):
                    problems.append(f"'X from X' in {where}")
    for kind, text in headings(sections):
        last = re.findall(r"[\w'’-]+", text.rstrip(" .!?…”\"'").lower())
        if not text.strip() or (last and last[-1] in DANGLING) or text.rstrip()[-1:] in ",:;-–(":
            problems.append(f"{kind} ends mid-phrase: {text!r}")
    return problems


def leak_problems(brief: CampaignBrief, sections: dict[str, Content]) -> list[str]:
    own = brief_text(brief)
    problems = []
    text = "\n".join(s for content in sections.values() for s in strings(content)).casefold()
    found = set(re.findall(r"[\w-]+", text))
    own_words = set(re.findall(r"[\w-]+", own))
    for word in LEAKS:
        if " " in word:
            hit, mine = word in text, word in own
        else:
            # the brief's own word, in the singular or the plural, is the brief's world
            forms = {word, word + "s", word.removesuffix("s"), word + "es"}
            hit, mine = word in found, bool(forms & own_words)
        if hit and not mine:
            problems.append(f"{word!r} from another field's world")
    return problems


def rule_problems(brief: CampaignBrief, sections: dict[str, Content]) -> list[str]:
    """Every rule of the brief, in every audience-facing string and every CTA slot."""
    rules = brief.rules
    scanner = Scanner(rules, own_text(brief))
    problems = []
    for where, text in public_strings(sections):
        for violation in scanner.scan(text):
            problems.append(f"{where}: {violation.kind} {violation.phrase!r} in {text[:80]!r}")
    copy, social, cta = (
        sections["copy"],
        sections["social_media_campaign"],
        sections["cta_optimizer"],
    )
    primary = rules.primary_cta
    if primary:
        if cta.primary_cta != primary:
            problems.append(f"CtaPlan.primary_cta is {cta.primary_cta!r}")
        for stage in cta.stages:
            if stage.recommended != primary:
                problems.append(f"{stage.stage} recommends {stage.recommended!r}")
        for email in copy.emails:
            if primary not in email.body:
                problems.append(f"email without the CTA: {email.subject!r}")
        for post in social.posts:
            if primary not in post.text:
                problems.append(f"{post.platform} post without the CTA")
        for ad in copy.search_ads + copy.display_ads:
            if not any(primary.casefold() in d.casefold() for d in ad.descriptions + ad.headlines):
                problems.append(f"ad without the CTA: {ad.headlines}")
    for line in rules.must_include:
        for email in copy.emails:
            if line not in email.body:
                problems.append(f"email without {line!r}")
        for post in social.posts:
            if line not in post.full_text and len(line) < POST_LIMITS[post.platform] // 2:
                problems.append(f"{post.platform} post without {line!r}")
        if len(line) <= LIMITS["search_description"]:
            for ad in copy.search_ads + copy.display_ads:
                if not any(line in d for d in ad.descriptions):
                    problems.append(f"ad without {line!r}")
    return problems


def limit_problems(sections: dict[str, Content]) -> list[str]:
    bad: list[str] = []

    def check(name: str, text: str, limit: int) -> None:
        if len(text) > limit:
            bad.append(f"{name} is {len(text)} > {limit}: {text!r}")

    copy = sections["copy"]
    for i, email in enumerate(copy.emails, 1):
        check(f"email {i} subject", email.subject, LIMITS["email_subject"])
        check(f"email {i} preheader", email.preheader, LIMITS["email_preheader"])
    for kind, ads in (("search", copy.search_ads), ("display", copy.display_ads)):
        for ad in ads:
            for h in ad.headlines:
                check(f"{kind} ad headline", h, LIMITS["search_headline"])
            for d in ad.descriptions:
                check(f"{kind} ad description", d, LIMITS["search_description"])
    for loc in copy.localized:
        check(f"{loc.language} CTA", loc.cta, LIMITS["cta"])
    for concept in sections["creative"].concepts:
        check("tagline", concept.tagline, LIMITS["tagline"])
    for stage in sections["cta_optimizer"].stages:
        for variant in stage.variants:
            check(f"{stage.stage} CTA", variant, LIMITS["cta"])
    visual = sections["visual"]
    check("hero headline", visual.hero_headline, LIMITS["hero_headline"])
    check("hero subline", visual.hero_subline, LIMITS["hero_subline"])
    for post in sections["social_media_campaign"].posts:
        check(f"{post.platform} post", post.full_text, POST_LIMITS[post.platform])
    return bad


def sentences(sections: dict[str, Content], brief: CampaignBrief) -> set[str]:
    """The campaign's sentences with the product and client names replaced, lower-cased,
    without closing punctuation; only those of three words or more."""
    out: set[str] = set()
    names = sorted({brief.product, brief.client}, key=len, reverse=True)
    for content in sections.values():
        for text in strings(content):
            for name in names:
                text = text.replace(name, "NAME")
            for part in re.split(r"(?<=[.!?])\s+|\n+", text):
                part = " ".join(part.split()).strip(" .!?").casefold()
                if len(part.split()) >= 3:
                    out.add(part)
    return out


def shared_share(a: set[str], b: set[str]) -> float:
    return len(a & b) / max(1, min(len(a), len(b)))


__all__ = [
    "CLIENT_FACING",
    "LEAKS",
    "SECTIONS",
    "agreement_problems",
    "clash_problems",
    "generate",
    "keyword_problems",
    "label_problems",
    "leak_problems",
    "limit_problems",
    "meta_problems",
    "public_strings",
    "quoted_feature_problems",
    "repeat_problems",
    "rule_problems",
    "run_all",
    "seam_problems",
    "sentences",
    "shared_share",
    "stop_problems",
    "strings",
]


# -- reading as a marketer: what a client must never read --------------------------------

# Sections a client reads (the website shows them); the plan and the campaign summary are
# the team's own documents.
CLIENT_FACING = tuple(s for s in SECTIONS if s not in ("project_manager", "campaign_summary"))
# Talk about the brief instead of the campaign: "in the brief's own words", "fits the brief
# best", "the goals count".
META = re.compile(
    r"(?<!\bin )\bbrief(?:'s|’s)?\b|\bbriefed\b|\bthe goals count\b|\bplaceholder\b", re.I
)
# Grammar a first draft must not have: a CTA's "your" after another subject ("after they
# check your date"), counts with "(s)", channel labels capitalised mid-sentence.
CLASHES = (
    (
        re.compile(r"\b(?:they|I|we)\s+(?:\w+\s+){1,2}your\b"),
        "a CTA's 'your' after another subject",
    ),
    (re.compile(r"\(s\)"), "'(s)' instead of a real plural"),
    (
        re.compile(r"\b(?:on|and|across|via)\s+(?:Email|Website|Search ads|Display ads)\b"),
        "a channel label capitalised mid-sentence",
    ),
)


def _own(brief: CampaignBrief) -> str:
    return " ".join([brief.product, brief.client, brief.campaign_name, *brief.key_features])


def meta_problems(brief: CampaignBrief, sections: dict[str, Content]) -> list[str]:
    """No client-facing text talks about the brief instead of the campaign."""
    if META.search(_own(brief)):
        return []  # the brief's own names use the word ("Morning Brief")
    return [
        f"{name}: {m.group(0)!r} in {text[:90]!r}"
        for name in CLIENT_FACING
        for text in strings(sections[name])
        if (m := META.search(text))
    ]


def clash_problems(brief: CampaignBrief, sections: dict[str, Content]) -> list[str]:
    own = _own(brief).casefold()
    problems = []
    for name, content in sections.items():
        for text in strings(content):
            for pattern, what in CLASHES:
                m = pattern.search(text)
                if m and m.group(0).casefold() not in own:
                    problems.append(f"{name}: {what}: {m.group(0)!r} in {text[:90]!r}")
    return problems


_ABBREVIATIONS = re.compile(r"(?:\b(?:Dr|Mr|Mrs|Ms|St|Ltd|Inc|Co|No|Jr|Sr|vs)|\b[A-Z])\.$")


def _sentences_of(text: str) -> list[str]:
    """Sentences, not cut after an abbreviation ("Dr. Bloom's Balm", "Vault Inc. maps…")."""
    out: list[str] = []
    for part in re.split(r"(?<=[.!?])\s+|\n+", text):
        part = " ".join(part.split())
        if out and _ABBREVIATIONS.search(out[-1]):
            out[-1] += " " + part
        elif part:
            out.append(part)
    return out


def repeat_problems(brief: CampaignBrief, sections: dict[str, Content]) -> list[str]:
    """No sentence of six words or more comes twice in one document (an email, a post, the
    body copy, or a whole non-copy section); the brief's own lines, features and call to
    action are exempt (they are meant to recur)."""
    exempt = {" ".join(x.split()).rstrip(".").casefold() for x in brief.key_features}
    exempt |= {x.rstrip(".").casefold() for x in brief.rules.must_include}
    cta = sections["cta_optimizer"].primary_cta.casefold()
    copy = sections["copy"]
    documents: list[tuple[str, list[str]]] = [
        ("body copy", [copy.body_copy]),
        ("pitch", [copy.elevator_pitch]),
        *((f"email {e.subject!r}", [e.body]) for e in copy.emails),
        *((f"{p.platform} post", [p.text]) for p in sections["social_media_campaign"].posts),
    ]
    personas = sections["audience_persona"]
    documents += [
        (name, [t for t in strings(sections[name])])
        for name in SECTIONS
        # a CTA plan lists options (the recommended one among them), not prose
        if name not in ("copy", "social_media_campaign", "audience_persona", "cta_optimizer")
    ]
    documents.append(
        (
            "personas",
            [t for p in personas.personas for t in [p.summary, *p.needs, *p.objections, p.quote]],
        )
    )
    problems = []
    for where, texts in documents:
        seen: dict[str, int] = {}
        for text in texts:
            for sentence in _sentences_of(text):
                key = sentence.rstrip(".!?").casefold()
                if len(sentence.split()) < 6 or key in exempt or cta in key:
                    continue
                seen[key] = seen.get(key, 0) + 1
        problems += [f"{where}: {s!r} ×{n}" for s, n in seen.items() if n > 1]
        if where in _PROSE or where.startswith(("email ", "post ")) or where.endswith(" post"):
            problems += _lead_in_problems(where, texts, brief)
    return problems


_PROSE = ("body copy", "pitch")


def _lead_in_problems(where: str, texts: list[str], brief: CampaignBrief) -> list[str]:
    """A lead-in ("Here's the thing:", "Worth knowing:") twice in one text, or a name
    said on both sides of a colon ("New from Civic Stack Ltd.: Civic Stack Ltd. made…")."""
    problems = []
    for text in texts:
        leads = [
            head.casefold()
            for sentence in _sentences_of(text)
            if (head := sentence.partition(": ")[0]) != sentence and len(head.split()) <= 4
        ]
        problems += [f"{where}: lead-in {h!r} twice" for h in set(leads) if leads.count(h) > 1]
        for name in {brief.client, brief.product}:
            if re.search(rf"{re.escape(name)}: {re.escape(name)}\b", text):
                problems.append(f"{where}: {name!r} on both sides of a colon")
        if brief.client not in brief.product:  # "Hello from C: X, from C, is for…"
            problems += [
                f"{where}: {brief.client!r} twice in {sentence!r}"
                for sentence in _sentences_of(text)
                if sentence.count(brief.client) > 1
            ]
    return problems


def label_problems(brief: CampaignBrief, sections: dict[str, Content]) -> list[str]:
    """Persona labels and first names unique, concept names distinct, pillar names whole."""
    from tui_app.core.providers.offline.text import ends_dangling

    problems = []
    names = [p.name for p in sections["audience_persona"].personas]
    firsts = [n.split(",")[0].casefold() for n in names]
    labels = [n.partition(",")[2].strip().casefold() for n in names]
    if len(set(firsts)) < len(firsts) or len(set(labels)) < len(labels):
        problems.append(f"personas not told apart: {names}")
    for name in names:
        if name.count(",") != 1:
            problems.append(f"persona name reads as a list: {name!r}")
    concepts = [c.name.casefold() for c in sections["creative"].concepts]
    if len(set(concepts)) < len(concepts):
        problems.append(f"concept names repeat: {concepts}")
    features = [" ".join(f.split()).casefold() for f in brief.key_features]
    for pillar in sections["strategy"].messaging_pillars:
        name = pillar.name.casefold()
        if ends_dangling(pillar.name):
            problems.append(f"pillar name cut mid-phrase: {pillar.name!r}")
        # a pillar named after a feature is the feature or a whole-word head of it
        for feature in features:
            cut = feature.startswith(name) and len(name) < len(feature)
            if cut and feature[len(name)] not in " ,;:(":
                problems.append(f"pillar name cut mid-word: {pillar.name!r}")
    return problems


def quoted_feature_problems(brief: CampaignBrief, sections: dict[str, Content]) -> list[str]:
    """Copy in the brief's own language never quotes a feature like a team note (“Built-in
    panel”). (In another language a feature is quoted on purpose: it is not translated;
    so is a feature written in another language than the copy's.)"""
    quoted = [f"“{f.rstrip('.')}”" for f in brief.key_features]
    copy, social = sections["copy"], sections["social_media_campaign"]
    main = copy.emails[0].language if copy.emails else "en"
    if own_language(brief, main) != main:
        return []
    texts = [copy.body_copy, copy.elevator_pitch, *copy.headlines]
    texts += [e.body for e in copy.emails if e.language == main]
    texts += [p.text for p in social.posts if p.language == main]
    texts += [v.message for v in sections["emotion_personalization"].variants]
    return [f"quoted feature in {t[:90]!r}" for t in texts if any(q in t for q in quoted)]


# -- sentence ends: one stop, never two ----------------------------------------------------

# a quoted sentence that ends in its own punctuation, then a full stop (“Hello!”.), and
# a doubled stop ("Ltd..") that is not an ellipsis
DOUBLE_STOP = re.compile(r"[.!?…][”\"’]\.|(?<![.…])\.\.(?![.…])")


def stop_problems(where: str, text: str) -> list[str]:
    """Each place in `text` where a sentence ends twice."""
    return [
        f"{where}: {text[max(0, m.start() - 50) : m.end() + 10]!r}"
        for m in DOUBLE_STOP.finditer(text)
    ]


# -- grammar around the product's name, and search phrases ---------------------------------


def agreement_problems(brief: CampaignBrief, sections: dict[str, Content]) -> list[str]:
    """The product is one thing: a sentence that opens with its name never goes on with a
    verb's plain form ("Harbourline Stocks & Shares ISA start from £25 a month")."""
    from tui_app.core.providers.offline import lexicon as lex

    opening = re.compile(r"(?:^|(?<=[.!?:]\s))" + re.escape(brief.product) + r" ([a-z]+)\b")
    problems = []
    for name, content in sections.items():
        for text in strings(content):
            for m in opening.finditer(text):
                word = m.group(1)
                if lex.is_base_verb(word) and lex.base_of_third(word) is None:
                    problems.append(f"{name}: {text[m.start() : m.end() + 30]!r}")
    return problems


_VERB_OF_A_SENTENCE = re.compile(r"\b(?:is|are|was|were|has|have|will)\b")


def keyword_problems(brief: CampaignBrief, sections: dict[str, Content]) -> list[str]:
    """Search keywords are phrases people type: no article the brief's own names do not
    have ("harbourline isa the uk"), no sentence, nothing cut mid-phrase, at most eight
    words, and "near me" only for an audience with a place."""
    own = " ".join([brief.product, brief.client, *brief.key_features]).casefold()
    own_words = set(re.findall(r"[\w'-]+", own))
    place = re.search(r"\b(?:in|near|around)\s+[A-Z]", brief.target_audience)
    problems = []
    for ad in sections["copy"].search_ads:
        for keyword in ad.keywords:
            words = keyword.split()
            if any(w in ("the", "a", "an") and w not in own_words for w in words):
                problems.append(f"article in {keyword!r}")
            question = words[:1] in (["what"], ["how"], ["who"], ["where"])  # "what is x"
            if (
                _VERB_OF_A_SENTENCE.search(keyword)
                and not question
                and not _VERB_OF_A_SENTENCE.search(own)
            ):
                problems.append(f"a sentence, not a search phrase: {keyword!r}")
            if (words and words[-1] in DANGLING) or len(words) > 8:
                problems.append(f"not a search phrase: {keyword!r}")
            if keyword.endswith("near me") and not place:
                problems.append(f"'near me' with no place in the audience: {keyword!r}")
    return problems
