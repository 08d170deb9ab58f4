"""The review node's checks: concrete, countable, each failure a typed `Finding` blamed on the
node that can fix it.

What is checked: every channel's length limit; required Markdown sections; the product,
client, audience and features named; every brief channel covered; three personas and three
concepts; the CTA funnel; the media plan summing to the budget; and the brief's own rules in
every audience-facing text (`public_texts`): no avoided word or claim, no urgency, selling,
superlative or health-claim words when the brief forbids them, the primary CTA in every CTA
slot, the must-include lines in every ad, email and post, every language of the brief present;
no internal text (requirements, reviewer notes, template slots) in public copy; no grammar
seams (doubled words, headings and CTAs cut after a preposition or article). The goal and
schedule checks come from the planning modules (`goal_findings`, `schedule_findings`).

The score is the weighted share of checks that pass, so it moves with real defects. A campaign
passes with no finding at all; otherwise the node with the most failed weight (blocking first)
is sent back with its findings, and what remains after the last revision ends the campaign
*done with warnings*.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ..constraints import Scanner, Violation, language_name
from ..content import (
    Content,
    Copy,
    Creative,
    CtaPlan,
    EmotionVariants,
    Personas,
    SocialCampaign,
    Strategy,
    VisualDirection,
)
from ..findings import Finding, FindingKind
from ..models import LIMITS, POST_LIMITS, SOCIAL_CHANNELS, CampaignBrief, Channel
from ..planning import MediaPlan
from .languages import looks_like
from .registry import Registry
from .team import TEAM

# weight and blocking per kind: a rule of the brief broken weighs most
KIND_WEIGHTS: dict[FindingKind, tuple[int, bool]] = {
    FindingKind.LIMIT: (3, True),
    FindingKind.MISSING: (2, True),
    FindingKind.AVOID: (5, True),
    FindingKind.URGENCY: (4, True),
    FindingKind.SELLING: (4, True),
    FindingKind.SUPERLATIVE: (3, True),
    FindingKind.HEALTH_CLAIM: (5, True),
    FindingKind.CTA: (3, True),
    FindingKind.MUST_INCLUDE: (4, True),
    FindingKind.LANGUAGE: (4, True),
    FindingKind.GOAL_KPI: (3, True),
    FindingKind.SCHEDULE: (2, True),
    FindingKind.INTERNAL_TEXT: (4, True),
    FindingKind.SEAM: (2, False),
    FindingKind.BRIEF: (2, False),
    FindingKind.FORMAT: (1, False),
    FindingKind.BUDGET: (3, True),
}
_VIOLATION_KINDS = {
    "avoid": FindingKind.AVOID,
    "urgency": FindingKind.URGENCY,
    "selling": FindingKind.SELLING,
    "price": FindingKind.SELLING,
    "superlative": FindingKind.SUPERLATIVE,
    "health claim": FindingKind.HEALTH_CLAIM,
}

_STOPWORDS = {
    "and", "the", "who", "with", "that", "their", "they", "want", "from", "into", "aged",
    "for", "are", "have", "this", "like", "them", "your", "our", "about", "more",
    "people", "users", "year", "years", "olds",
}  # fmt: skip
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


@dataclass(slots=True)
class QualityReport:
    """Every check's weight, the findings of those that failed, and the verdict."""

    total_weight: int = 0
    checks: int = 0
    findings: list[Finding] = field(default_factory=list)
    # the nodes that can be sent back, in graph order (ties go to the earliest)
    revisable: tuple[str, ...] = TEAM.revisable

    @property
    def failed_weight(self) -> int:
        return sum(f.weight for f in self.findings)

    @property
    def score(self) -> int:
        if not self.total_weight:
            return 0
        return max(0, round(100 * (self.total_weight - self.failed_weight) / self.total_weight))

    @property
    def checks_passed(self) -> int:
        return self.checks - len(self.findings)

    @property
    def passed(self) -> bool:
        """No finding at all: anything less is sent back or ends *done with warnings*."""
        return not self.findings

    @property
    def fault(self) -> str | None:
        """The node to send back: most failed weight (blocking first), earliest on ties."""
        weight: dict[str, tuple[int, int]] = {}
        for f in self.findings:
            if f.node not in self.revisable:
                continue
            blocking, total = weight.get(f.node, (0, 0))
            weight[f.node] = (blocking + f.weight * f.blocking, total + f.weight)
        if not weight:
            return None
        return max(weight, key=lambda n: (*weight[n], -self.revisable.index(n)))

    def findings_for(self, node: str) -> list[Finding]:
        return [f for f in self.findings if f.node == node]

    def to_data(self) -> dict[str, Any]:
        return {
            "score": self.score,
            "passed": self.passed,
            "fault": self.fault,
            "checks": self.checks,
            "total_weight": self.total_weight,
            "findings": [f.to_data() for f in self.findings],
        }


class _Review:
    """Collects checks: each call counts its weight, and a failure becomes a finding."""

    def __init__(self, registry: Registry) -> None:
        self.report = QualityReport(revisable=registry.revisable)

    def check(
        self,
        passed: bool,
        kind: FindingKind,
        node: str,
        where: str,
        detail: str | Callable[[], str],
        *,
        actual: object = None,
        limit: object = None,
    ) -> bool:
        weight, blocking = KIND_WEIGHTS[kind]
        self.report.total_weight += weight
        self.report.checks += 1
        if not passed:
            self.report.findings.append(
                Finding(
                    kind=kind,
                    node=node,
                    field=where,
                    detail=detail() if callable(detail) else detail,
                    actual=None if actual is None else str(actual),
                    limit=None if limit is None else str(limit),
                    weight=weight,
                    blocking=blocking,
                )
            )
        return passed

    def limit(self, node: str, where: str, text: str, limit: int) -> None:
        self.check(
            len(text) <= limit,
            FindingKind.LIMIT,
            node,
            where,
            lambda: f"{len(text)} characters; the limit is {limit}.",
            actual=len(text),
            limit=limit,
        )


# -- audience-facing text ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PublicText:
    node: str
    where: str
    text: str
    kind: str  # "heading" (tagline, headline, CTA…), "body", "post", "email", "ad"
    language: str = ""


def public_texts(sections: dict[str, Content]) -> list[PublicText]:
    """Every text of the kit an audience reads, with the node that wrote it."""
    out: list[PublicText] = []
    add = out.append
    creative = sections.get("creative")
    if isinstance(creative, Creative):
        for i, c in enumerate(creative.concepts, 1):
            add(PublicText("creative", f"concept {i} name", c.name, "heading"))
            add(PublicText("creative", f"concept {i} tagline", c.tagline, "heading"))
            add(PublicText("creative", f"concept {i} big idea", c.big_idea, "body"))
    copy = sections.get("copy")
    if isinstance(copy, Copy):
        for i, h in enumerate(copy.headlines, 1):
            add(PublicText("copy", f"headline {i}", h, "heading"))
        add(PublicText("copy", "body copy", copy.body_copy, "body"))
        add(PublicText("copy", "elevator pitch", copy.elevator_pitch, "body"))
        for i, e in enumerate(copy.emails, 1):
            add(PublicText("copy", f"email {i} subject", e.subject, "heading", e.language))
            add(PublicText("copy", f"email {i} preheader", e.preheader, "body", e.language))
            add(PublicText("copy", f"email {i} body", e.body, "email", e.language))
        for kind, ads in (("search ad", copy.search_ads), ("display ad", copy.display_ads)):
            for i, ad in enumerate(ads, 1):
                for j, h in enumerate(ad.headlines, 1):
                    add(PublicText("copy", f"{kind} {i} headline {j}", h, "heading"))
                # separate fields stay apart: "Name | Name …" is not a doubled word
                text = " | ".join([*ad.headlines, *ad.descriptions])
                add(PublicText("copy", f"{kind} {i}", text, "ad"))
        for loc in copy.localized:
            for i, h in enumerate(loc.headlines, 1):
                add(PublicText("copy", f"{loc.language} headline {i}", h, "heading", loc.language))
            add(
                PublicText(
                    "copy", f"{loc.language} pitch", loc.elevator_pitch, "body", loc.language
                )
            )
            add(PublicText("copy", f"{loc.language} CTA", loc.cta, "heading", loc.language))
    cta = sections.get("cta_optimizer")
    if isinstance(cta, CtaPlan):
        add(PublicText("cta_optimizer", "primary CTA", cta.primary_cta, "heading"))
        for stage in cta.stages:
            for j, v in enumerate(stage.variants, 1):
                add(PublicText("cta_optimizer", f"{stage.stage} CTA {j}", v, "heading"))
    visual = sections.get("visual")
    if isinstance(visual, VisualDirection):
        add(PublicText("visual", "hero headline", visual.hero_headline, "heading"))
        add(PublicText("visual", "hero subline", visual.hero_subline, "body"))
    social = sections.get("social_media_campaign")
    if isinstance(social, SocialCampaign):
        counts: dict[str, int] = {}
        for post in social.posts:
            counts[post.platform] = counts.get(post.platform, 0) + 1
            where = f"{post.platform} post {counts[post.platform]}"
            add(PublicText("social_media_campaign", where, post.full_text, "post", post.language))
    emotion = sections.get("emotion_personalization")
    if isinstance(emotion, EmotionVariants):
        add(PublicText("emotion_personalization", "key message", emotion.key_message, "body"))
        for v in emotion.variants:
            add(PublicText("emotion_personalization", f"{v.angle} variant", v.message, "body"))
    strategy = sections.get("strategy")
    if isinstance(strategy, Strategy):
        for p in strategy.messaging_pillars:
            add(PublicText("strategy", f"pillar {p.name!r}", p.name, "heading"))
    return out


def review_campaign(
    brief: CampaignBrief,
    sections: dict[str, Content],
    media_plan: MediaPlan | None,
    files: dict[str, str],
    extra: Iterable[Finding] = (),
    *,
    registry: Registry = TEAM,
) -> QualityReport:
    """Run every check on what the nodes wrote; `extra` adds findings computed elsewhere
    (goals in the KPI plan, the schedule), each counted as a failed check."""
    review = _Review(registry)
    _limits(review, sections)
    _coverage(review, brief, sections, media_plan)
    _sections(review, files, registry)
    _brief_terms(review, brief, files, sections)
    texts = public_texts(sections)
    _rules(review, brief, sections, texts)
    _languages(review, brief, sections)
    _internal_and_seams(review, brief, texts)
    for finding in extra:
        review.report.total_weight += finding.weight
        review.report.checks += 1
        review.report.findings.append(finding)
    return review.report


# -- the checks ------------------------------------------------------------------------------


def _limits(review: _Review, sections: dict[str, Content]) -> None:
    social = sections.get("social_media_campaign")
    if isinstance(social, SocialCampaign):
        counts: dict[str, int] = {}
        for post in social.posts:
            counts[post.platform] = counts.get(post.platform, 0) + 1
            where = f"{post.platform} post {counts[post.platform]}"
            if limit := POST_LIMITS.get(post.platform):
                review.limit("social_media_campaign", where, post.full_text, limit)
            bad = [t for t in post.hashtags if not re.fullmatch(r"#\w+", t)]
            review.check(
                not bad,
                FindingKind.FORMAT,
                "social_media_campaign",
                f"{where} hashtags",
                f"hashtags must be # followed by letters or digits: {', '.join(bad)}.",
                actual=", ".join(bad) or None,
            )
    copy = sections.get("copy")
    if isinstance(copy, Copy):
        for i, email in enumerate(copy.emails, 1):
            review.limit("copy", f"email {i} subject", email.subject, LIMITS["email_subject"])
            review.limit("copy", f"email {i} preheader", email.preheader, LIMITS["email_preheader"])
        for kind, ads in (("search ad", copy.search_ads), ("display ad", copy.display_ads)):
            for i, ad in enumerate(ads, 1):
                for j, headline in enumerate(ad.headlines, 1):
                    review.limit("copy", f"{kind} {i} headline {j}", headline, 30)
                for j, text in enumerate(ad.descriptions, 1):
                    review.limit("copy", f"{kind} {i} description {j}", text, 90)
        for loc in copy.localized:
            review.limit("copy", f"{loc.language} CTA", loc.cta, LIMITS["cta"])
    creative = sections.get("creative")
    if isinstance(creative, Creative):
        for i, concept in enumerate(creative.concepts, 1):
            review.limit("creative", f"concept {i} tagline", concept.tagline, LIMITS["tagline"])
    cta = sections.get("cta_optimizer")
    if isinstance(cta, CtaPlan):
        for stage in cta.stages:
            for j, variant in enumerate(stage.variants, 1):
                review.limit("cta_optimizer", f"{stage.stage} CTA {j}", variant, LIMITS["cta"])
    visual = sections.get("visual")
    if isinstance(visual, VisualDirection):
        review.limit("visual", "hero headline", visual.hero_headline, LIMITS["hero_headline"])
        review.limit("visual", "hero subline", visual.hero_subline, LIMITS["hero_subline"])


def _coverage(
    review: _Review,
    brief: CampaignBrief,
    sections: dict[str, Content],
    media_plan: MediaPlan | None,
) -> None:
    social = sections.get("social_media_campaign")
    platforms = {p.platform for p in social.posts} if isinstance(social, SocialCampaign) else set()
    for channel in SOCIAL_CHANNELS:
        if channel in brief.channels:
            review.check(
                channel.value in platforms,
                FindingKind.MISSING,
                "social_media_campaign",
                f"{channel.value} posts",
                f"the brief asks for {channel.label} but there is no {channel.label} post.",
            )
    stray = sorted(platforms - {c.value for c in brief.channels})
    review.check(
        not stray,
        FindingKind.MISSING,
        "social_media_campaign",
        "platforms",
        f"posts for platforms the brief does not use: {', '.join(stray)}.",
        actual=", ".join(stray) or None,
    )
    copy = sections.get("copy")
    if isinstance(copy, Copy):
        for channel, items, what in (
            (Channel.EMAIL, copy.emails, "an email sequence"),
            (Channel.SEARCH_ADS, copy.search_ads, "search ads"),
            (Channel.DISPLAY_ADS, copy.display_ads, "display ads"),
        ):
            if channel in brief.channels:
                review.check(
                    bool(items),
                    FindingKind.MISSING,
                    "copy",
                    f"{channel.value} copy",
                    f"the brief asks for {channel.label} but the copy has no {what}.",
                )
    personas = sections.get("audience_persona")
    review.check(
        isinstance(personas, Personas) and len(personas.personas) == 3,
        FindingKind.MISSING,
        "audience_persona",
        "personas",
        "there must be exactly three personas.",
    )
    creative = sections.get("creative")
    review.check(
        isinstance(creative, Creative) and len(creative.concepts) == 3,
        FindingKind.MISSING,
        "creative",
        "concepts",
        "there must be exactly three creative concepts.",
    )
    cta = sections.get("cta_optimizer")
    stages = {s.stage.lower() for s in cta.stages} if isinstance(cta, CtaPlan) else set()
    missing = [s for s in ("awareness", "consideration", "conversion") if s not in stages]
    review.check(
        not missing,
        FindingKind.MISSING,
        "cta_optimizer",
        "funnel stages",
        f"CTAs are missing for: {', '.join(missing)}.",
    )
    if media_plan is None:
        review.check(False, FindingKind.MISSING, "media_planner", "media plan", "none written.")
        return
    total = sum((line.budget for line in media_plan.lines), Decimal(0))
    review.check(
        total == brief.budget.amount and media_plan.currency == brief.budget.currency,
        FindingKind.BUDGET,
        "media_planner",
        "media plan total",
        f"the lines sum to {total} {media_plan.currency}; the budget is "
        f"{brief.budget.amount} {brief.budget.currency}.",
        actual=f"{total} {media_plan.currency}",
        limit=f"{brief.budget.amount} {brief.budget.currency}",
    )
    planned = {line.channel for line in media_plan.lines}
    unplanned = [c.label for c in brief.channels if c.value not in planned]
    review.check(
        not unplanned,
        FindingKind.MISSING,
        "media_planner",
        "media plan channels",
        f"no line for: {', '.join(unplanned)}.",
    )


def _sections(review: _Review, files: dict[str, str], registry: Registry) -> None:
    owners = registry.file_owners
    judged = registry.before_review()
    for filename, headings in registry.required_sections.items():
        owner = owners[filename]
        if owner not in judged:
            continue  # written after the review
        text = files.get(filename)
        if text is None:
            review.check(False, FindingKind.MISSING, owner, filename, "the file was not written.")
            continue
        present = set(re.findall(r"^##\s+(.+?)\s*$", text, re.MULTILINE))
        missing = [h for h in headings if h not in present]
        review.check(
            not missing,
            FindingKind.MISSING,
            owner,
            filename,
            f"lacks the section(s): {', '.join(missing)}.",
        )


def _mentions(text: str, term: str) -> bool:
    return term.casefold() in text.casefold()


def audience_terms(brief: CampaignBrief) -> list[str]:
    """Distinctive words of the target audience (what personas and strategy should echo)."""
    words = re.findall(r"[^\W\d_][\w-]{3,}", brief.target_audience)
    return list(dict.fromkeys(w.lower() for w in words if w.lower() not in _STOPWORDS))


def _brief_terms(
    review: _Review, brief: CampaignBrief, files: dict[str, str], sections: dict[str, Content]
) -> None:
    for filename, node in (
        ("strategy.md", "strategy"),
        ("copy.md", "copy"),
        ("creative_concepts.md", "creative"),
    ):
        review.check(
            _mentions(files.get(filename, ""), brief.product),
            FindingKind.BRIEF,
            node,
            filename,
            f"does not mention the product {brief.product!r}.",
        )
    review.check(
        _mentions(files.get("plan.md", ""), brief.client),
        FindingKind.BRIEF,
        "project_manager",
        "plan.md",
        f"does not mention the client {brief.client!r}.",
    )
    terms = audience_terms(brief)
    for filename, node in (
        ("audience_personas.md", "audience_persona"),
        ("strategy.md", "strategy"),
    ):
        text = files.get(filename, "")
        review.check(
            not terms or any(_mentions(text, t) for t in terms),
            FindingKind.BRIEF,
            node,
            filename,
            f"uses none of the audience's words ({', '.join(terms[:5])}).",
        )
    copy_text = files.get("copy.md", "")
    named = [f for f in brief.key_features if _mentions(copy_text, f)]
    review.check(
        len(named) >= min(2, len(brief.key_features)),
        FindingKind.BRIEF,
        "copy",
        "copy.md",
        "names fewer than two of the key features: "
        + ", ".join(repr(f) for f in brief.key_features[:4])
        + ".",
    )
    social = sections.get("social_media_campaign")
    if isinstance(social, SocialCampaign) and social.posts:
        tag = social.campaign_hashtag.casefold()
        loose = [
            p for p in social.posts
            if not (_mentions(p.full_text, brief.product) or tag in p.full_text.casefold())
        ]  # fmt: skip
        review.check(
            not loose,
            FindingKind.BRIEF,
            "social_media_campaign",
            "posts",
            f"{len(loose)} post(s) name neither the product nor the campaign hashtag "
            f"{social.campaign_hashtag}.",
        )


def _rules(
    review: _Review, brief: CampaignBrief, sections: dict[str, Content], texts: list[PublicText]
) -> None:
    rules = brief.rules
    scanner = Scanner(rules, own_text=own_phrases(brief))
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
        _cta_slots(review, rules.primary_cta, sections)
    if rules.must_include:
        for item in texts:
            if item.kind in ("email", "post", "ad"):
                missing = scanner.missing_lines(item.text)
                review.check(
                    not missing,
                    FindingKind.MUST_INCLUDE,
                    item.node,
                    item.where,
                    lambda m=missing: (
                        "does not carry the required line(s): "
                        + " / ".join(f"“{x}”" for x in m)
                        + "."
                    ),
                    actual=" / ".join(missing) or None,
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
    return f"uses “{v.phrase}”: {what}."


def _cta_slots(review: _Review, cta: str, sections: dict[str, Content]) -> None:
    low = cta.casefold()
    plan = sections.get("cta_optimizer")
    if isinstance(plan, CtaPlan):
        review.check(
            plan.primary_cta.strip().casefold() == low,
            FindingKind.CTA,
            "cta_optimizer",
            "primary CTA",
            f"is “{plan.primary_cta}”; the brief's primary call to action is “{cta}”.",
            actual=plan.primary_cta,
            limit=cta,
        )
        for stage in plan.stages:
            review.check(
                stage.recommended.strip().casefold() == low,
                FindingKind.CTA,
                "cta_optimizer",
                f"{stage.stage} recommended CTA",
                f"is “{stage.recommended}”; every stage leads with “{cta}”.",
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
                f"does not lead to the primary call to action “{cta}”.",
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
                    f"does not carry the primary call to action “{cta}”.",
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
                f"does not carry the primary call to action “{cta}”.",
                limit=cta,
            )


def _languages(review: _Review, brief: CampaignBrief, sections: dict[str, Content]) -> None:
    languages = brief.rules.languages
    if languages == ("en",):
        return
    main = "en" if "en" in languages else languages[0]
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
                bool(sample.strip()) and looks_like(sample, code),
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
                    bool(emails) and looks_like(" ".join(e.body for e in emails), code),
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
                    bool(posts) and looks_like(" ".join(p.text for p in posts), code),
                    FindingKind.LANGUAGE,
                    "social_media_campaign",
                    f"{name} {channel.label} posts",
                    f"no {channel.label} post in {name}.",
                    limit=code,
                )


def _internal_and_seams(review: _Review, brief: CampaignBrief, texts: list[PublicText]) -> None:
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
            + (f": “{marker.group(0)}”." if marker else ": the brief's requirements."),
            actual=(marker.group(0) if marker else leaked),
        )
        doubled = _DOUBLED.search(item.text) or _BAD_PAIRS.search(item.text)
        cut = None
        if item.kind == "heading":
            words = re.findall(r"[\w']+", item.text.casefold())
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


def render_quality_report(report: QualityReport, *, revisions: int, sending_back: bool) -> str:
    """quality_report.md: the score, the verdict and every finding (from the typed data)."""
    if report.passed:
        verdict = "Passed: no findings"
    elif sending_back:
        verdict = f"Sent back to {report.fault} for revision"
    else:
        verdict = "Done with warnings: the findings below remain"
    lines = [
        "# Quality report",
        "",
        f"**Score:** {report.score}/100 (the weighted share of {report.checks} checks that pass)  ",
        f"**Verdict:** {verdict}  ",
        f"**Revisions so far:** {revisions}",
        "",
        "## Summary",
        "",
        f"{report.checks_passed} of {report.checks} checks passed; "
        f"{len(report.findings)} finding(s).",
        "",
    ]
    if report.findings:
        lines += ["## Findings", "", "| Kind | Node | Where | Finding |", "|---|---|---|---|"]
        for f in report.findings:
            cell = lambda s: s.replace("|", "/").replace("\n", " ")  # noqa: E731
            flag = " (blocking)" if f.blocking else ""
            lines.append(
                f"| {f.kind.value}{flag} | {f.node} | {cell(f.field)} | {cell(f.detail)} |"
            )
        lines.append("")
    return "\n".join(lines) + "\n"


__all__ = [
    "PublicText",
    "QualityReport",
    "audience_terms",
    "public_texts",
    "render_quality_report",
    "review_campaign",
]
