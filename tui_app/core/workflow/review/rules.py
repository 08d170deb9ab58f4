"""The brief's own rules in every audience-facing text, and the text's hygiene: no avoided
word, no forbidden family, the primary CTA in every CTA slot, the must-include lines, every
language, no internal text, no grammar seams."""

from __future__ import annotations

import re

from ...constraints import Scanner, Violation, language_name
from ...constraints.detect import looks_like
from ...content import (
    Content,
    Copy,
    CtaPlan,
    SocialCampaign,
)
from ...findings import FindingKind
from ...formatting import end_sentence
from ...models import SOCIAL_CHANNELS, CampaignBrief, Channel
from .report import Review
from .texts import PublicText

_VIOLATION_KINDS = {
    "avoid": FindingKind.AVOID,
    "urgency": FindingKind.URGENCY,
    "selling": FindingKind.SELLING,
    "price": FindingKind.SELLING,
    "superlative": FindingKind.SUPERLATIVE,
    "health claim": FindingKind.HEALTH_CLAIM,
}


# a heading, tagline or CTA must not end on one of these ("Continuous mapping of", "Get the")
_DANGLING = {
    # not "in", "on", "up", "out", "off": they end phrasal verbs ("Sign in", "Turn it on")
    "a", "an", "the", "of", "to", "for", "with", "and", "or", "but", "from", "into", "onto",
    "your", "our", "my", "their", "its", "this", "as", "than", "via", "per", "every",
}  # fmt: skip
_DOUBLED = re.compile(r"\b(\w{2,})(?:\s+|\s*-\s*)\1\b", re.IGNORECASE)
_BAD_PAIRS = re.compile(r"\b(?:the|a|an)\s+(?:every|each|the|a|an|your|our)\b", re.IGNORECASE)
# words that mark internal or template text where an audience would read it
_INTERNAL = re.compile(
    r"brief requirement|requirements?:|additional requirements|the brief (?:says|asks)|"
    r"per the brief|as requested in the brief|reviewer|quality report|review feedback|"
    r"revision \d|\bTODO\b|\bTBD\b|lorem ipsum|\[(?:product|client|name|cta|insert)[^\]]*\]|"
    r"\{\{|\}\}|\{(?:product|client|brand|cta)\}",
    re.IGNORECASE,
)


def rules(
    review: Review, brief: CampaignBrief, sections: dict[str, Content], texts: list[PublicText]
) -> None:
    rules = brief.rules
    scanner = Scanner(rules, own_text=own_phrases(brief), names=(brief.product, brief.client))
    if rules.avoid or rules.forbidden_families:
        for item in texts:
            found = scanner.scan(item.text)
            if not found:
                review.check(True, FindingKind.AVOID, item.node, item.where, "")
            for violation in _first_per_kind(found):
                kind = _VIOLATION_KINDS[violation.kind]
                review.check(
                    False,
                    kind,
                    item.node,
                    item.where,
                    _violation_detail(violation),
                    actual=violation.phrase,
                )
    if rules.primary_cta:
        cta_slots(review, rules.primary_cta, sections)
    if rules.must_include:
        for item in texts:
            if item.kind in ("email", "post", "ad"):
                required_lines(review, scanner, item)


def required_lines(review: Review, scanner: Scanner, item: PublicText) -> None:
    """The must-include lines `item` lacks: a line longer than the format can hold is
    reported as such, with the limit, and no revision is asked for it (none can fit it);
    a line that would fit is the writer's to add."""
    missing = scanner.missing_lines(item.text)
    too_long = [x for x in missing if item.room and len(x) > item.room]
    absent = [x for x in missing if x not in too_long]
    review.check(
        not absent,
        FindingKind.MUST_INCLUDE,
        item.node,
        item.where,
        lambda: end_sentence(
            "does not carry the required line(s): " + " / ".join(f"“{x}”" for x in absent)
        ),
        actual=" / ".join(absent) or None,
    )
    for line in too_long:
        review.check(
            False,
            FindingKind.MUST_INCLUDE,
            item.node,
            item.where,
            f"the required line is too long for this format: “{line}” has "
            f"{len(line)} characters, and {item.holder} holds at most {item.room}. Give a "
            "shorter form of the line for this format, or require it on the other assets only.",
            actual=line,
            limit=item.room,
            fixable=False,
        )


def own_phrases(brief: CampaignBrief) -> list[str]:
    """The brief's own names: never a violation of a word family (see `Scanner`)."""
    return [brief.product, brief.client, brief.campaign_name, *brief.key_features]


def _first_per_kind(found: list[Violation]) -> list[Violation]:
    seen: dict[str, Violation] = {}
    for v in found:
        seen.setdefault(v.kind if v.kind != "price" else "selling", v)
    return list(seen.values())


def _violation_detail(v: Violation) -> str:
    what = {
        "avoid": "a word or claim the brief says never to use",
        "urgency": "urgency language, which the brief forbids",
        "selling": "purchase or price language, but nothing is sold",
        "price": "a price, but nothing is sold",
        "superlative": "a superlative, which the brief forbids",
        "health claim": "a health claim, which the brief forbids",
    }[v.kind]
    return f"uses “{v.phrase}”: {what}."  # `what` is ours: it ends the sentence


def cta_slots(review: Review, cta: str, sections: dict[str, Content]) -> None:
    low = cta.casefold()
    plan = sections.get("cta_optimizer")
    if isinstance(plan, CtaPlan):
        review.check(
            plan.primary_cta.strip().casefold() == low,
            FindingKind.CTA,
            "cta_optimizer",
            "primary CTA",
            end_sentence(f"is “{plan.primary_cta}”; the brief's primary call to action is “{cta}”"),
            actual=plan.primary_cta,
            limit=cta,
        )
        for stage in plan.stages:
            review.check(
                stage.recommended.strip().casefold() == low,
                FindingKind.CTA,
                "cta_optimizer",
                f"{stage.stage} recommended CTA",
                end_sentence(f"is “{stage.recommended}”; every stage leads with “{cta}”"),
                actual=stage.recommended,
                limit=cta,
            )
    copy = sections.get("copy")
    localized = {}
    if isinstance(copy, Copy):
        localized = {loc.language: loc.cta.casefold() for loc in copy.localized if loc.cta}
        for i, email in enumerate(copy.emails, 1):
            wanted = localized.get(email.language, low)
            review.check(
                wanted in email.body.casefold() or low in email.body.casefold(),
                FindingKind.CTA,
                "copy",
                f"email {i} body",
                end_sentence(f"does not lead to the primary call to action “{cta}”"),
                limit=cta,
            )
        for kind, ads in (("search ad", copy.search_ads), ("display ad", copy.display_ads)):
            for i, ad in enumerate(ads, 1):
                text = " | ".join([*ad.headlines, *ad.descriptions]).casefold()
                review.check(
                    low in text,
                    FindingKind.CTA,
                    "copy",
                    f"{kind} {i}",
                    end_sentence(f"does not carry the primary call to action “{cta}”"),
                    limit=cta,
                )
    social = sections.get("social_media_campaign")
    if isinstance(social, SocialCampaign):
        counts: dict[str, int] = {}
        for post in social.posts:
            counts[post.platform] = counts.get(post.platform, 0) + 1
            wanted = localized.get(post.language, low)
            text = post.text.casefold()
            review.check(
                wanted in text or low in text,
                FindingKind.CTA,
                "social_media_campaign",
                f"{post.platform} post {counts[post.platform]}",
                end_sentence(f"does not carry the primary call to action “{cta}”"),
                limit=cta,
            )


def languages(review: Review, brief: CampaignBrief, sections: dict[str, Content]) -> None:
    languages = brief.rules.languages
    if languages == ("en",):
        return
    main = "en" if "en" in languages else languages[0]
    # The brief's names and the lines it asks for word for word are quoted as written in every
    # language; only the words around them say which language the copy is in.
    names = [*own_phrases(brief), *brief.rules.must_include]
    copy = sections.get("copy")
    social = sections.get("social_media_campaign")
    for code in languages:
        name = language_name(code)
        if isinstance(copy, Copy):
            if code == main:
                sample = " ".join([*copy.headlines, copy.elevator_pitch])
            else:
                loc = next((x for x in copy.localized if x.language == code), None)
                sample = " ".join([*loc.headlines, loc.elevator_pitch]) if loc else ""
            review.check(
                bool(sample.strip()) and looks_like(sample, code, names),
                FindingKind.LANGUAGE,
                "copy",
                f"{name} headlines",
                f"the brief asks for {name} copy; the headlines and pitch in {name} are missing "
                "or not in that language.",
                limit=code,
            )
            if Channel.EMAIL in brief.channels:
                emails = [e for e in copy.emails if e.language == code]
                review.check(
                    bool(emails) and looks_like(" ".join(e.body for e in emails), code, names),
                    FindingKind.LANGUAGE,
                    "copy",
                    f"{name} emails",
                    f"no email in {name}.",
                    limit=code,
                )
        if isinstance(social, SocialCampaign):
            for channel in SOCIAL_CHANNELS:
                if channel not in brief.channels:
                    continue
                posts = [
                    p for p in social.posts if p.platform == channel.value and p.language == code
                ]
                review.check(
                    bool(posts) and looks_like(" ".join(p.text for p in posts), code, names),
                    FindingKind.LANGUAGE,
                    "social_media_campaign",
                    f"{name} {channel.label} posts",
                    f"no {channel.label} post in {name}.",
                    limit=code,
                )


def _ends_on_name(text: str, names: list[str]) -> bool:
    """True when `text` ends on one of the brief's names (a product "Hotel an", a client
    "Ryokan Kasumi-an"): a name is whole, never a phrase cut short."""
    end = text.rstrip(" .!?…”\"'").casefold()
    return any(n and end.endswith(n) for n in names)


def internal_and_seams(review: Review, brief: CampaignBrief, texts: list[PublicText]) -> None:
    names = [
        " ".join(n.split()).rstrip(" .!?…").casefold()
        for n in (brief.product, brief.client, brief.campaign_name)
    ]
    requirements = [
        " ".join(s.split()).casefold()
        for s in re.split(r"(?<=[.!?;])\s+|\n+", brief.additional_requirements)
        if len(s.split()) >= 5
    ]
    for item in texts:
        folded = " ".join(item.text.split()).casefold()
        leaked = next((r for r in requirements if r.rstrip(".!;") in folded), None)
        marker = _INTERNAL.search(item.text)
        review.check(
            leaked is None and marker is None,
            FindingKind.INTERNAL_TEXT,
            item.node,
            item.where,
            "contains internal text an audience must not read"
            + (end_sentence(f": “{marker.group(0)}”") if marker else ": the brief's requirements."),
            actual=(marker.group(0) if marker else leaked),
        )
        doubled = _DOUBLED.search(item.text) or _BAD_PAIRS.search(item.text)
        cut = None
        if item.kind == "heading" and not _ends_on_name(item.text, names):
            # a hyphenated word is one word: "Kasumi-an" does not end on "an"
            words = re.findall(r"[\w'’]+(?:-[\w'’]+)*", item.text.casefold())
            if words and words[-1] in _DANGLING and not item.text.rstrip().endswith(("?", "!")):
                cut = words[-1]
        review.check(
            doubled is None and cut is None,
            FindingKind.SEAM,
            item.node,
            item.where,
            (f"reads “{doubled.group(0)}”" if doubled else f"ends on “{cut}”, cut mid-phrase")
            if (doubled or cut)
            else "",
            actual=doubled.group(0) if doubled else cut,
        )


__all__ = ["cta_slots", "internal_and_seams", "languages", "own_phrases", "rules"]
