"""The review node's checks: concrete, countable, and each blamed on the node that can fix it.

The score is the weighted share of checks that pass. A campaign passes at `PASS_SCORE` with no
blocking failure (a limit a platform would reject, a missing channel, a budget that does not
add up). Otherwise the node with the most failed weight is sent back with the messages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from ..content import Content, Copy, Creative, CtaPlan, Personas, SocialCampaign, VisualDirection
from ..mediaplan import MediaPlan
from ..models import LIMITS, POST_LIMITS, SOCIAL_CHANNELS, CampaignBrief, Channel
from .documents import REQUIRED_SECTIONS
from .steps import REVISABLE

PASS_SCORE = 85

# which node writes which Markdown file (for blaming a missing section)
FILE_OWNERS = {
    "plan.md": "project_manager",
    "strategy.md": "strategy",
    "audience_personas.md": "audience_persona",
    "creative_concepts.md": "creative",
    "copy.md": "copy",
    "cta_optimization.md": "cta_optimizer",
    "visual_direction.md": "visual",
    "social_media_campaign.md": "social_media_campaign",
    "emotion_variants.md": "emotion_personalization",
}


_STOPWORDS = {
    "and", "the", "who", "with", "that", "their", "they", "want", "from", "into", "aged",
    "for", "are", "have", "this", "like", "them", "your", "our", "about", "more",
    "people", "users", "year", "years", "olds",
}  # fmt: skip


@dataclass(slots=True)
class Check:
    name: str
    node: str
    passed: bool
    detail: str
    weight: int = 1
    blocking: bool = False


@dataclass(slots=True)
class QualityReport:
    checks: list[Check] = field(default_factory=list)

    @property
    def score(self) -> int:
        total = sum(c.weight for c in self.checks)
        if not total:
            return 0
        return round(100 * sum(c.weight for c in self.checks if c.passed) / total)

    @property
    def failures(self) -> list[Check]:
        return [c for c in self.checks if not c.passed]

    @property
    def checks_passed(self) -> int:
        return sum(c.passed for c in self.checks)

    @property
    def passed(self) -> bool:
        return self.score >= PASS_SCORE and not any(c.blocking for c in self.failures)

    @property
    def fault(self) -> str | None:
        """The node to send back: most failed weight (blocking first), earliest on ties."""
        if not self.failures:
            return None
        weight: dict[str, tuple[int, int]] = {}
        for c in self.failures:
            blocking, total = weight.get(c.node, (0, 0))
            weight[c.node] = (blocking + c.weight * c.blocking, total + c.weight)
        return max(weight, key=lambda n: (*weight[n], -REVISABLE.index(n)))

    def issues_for(self, node: str) -> list[str]:
        return [c.detail for c in self.failures if c.node == node]


def _mentions(text: str, term: str) -> bool:
    return term.casefold() in text.casefold()


def audience_terms(brief: CampaignBrief) -> list[str]:
    """Distinctive words of the target audience (what personas and strategy should echo)."""
    words = re.findall(r"[A-Za-z][A-Za-z-]{3,}", brief.target_audience)
    return list(dict.fromkeys(w.lower() for w in words if w.lower() not in _STOPWORDS))


class _Checks:
    def __init__(self) -> None:
        self.report = QualityReport()

    def add(
        self,
        name: str,
        node: str,
        passed: bool,
        detail: str,
        *,
        weight: int = 1,
        blocking: bool = False,
    ) -> None:
        self.report.checks.append(Check(name, node, passed, detail, weight, blocking))

    def limit(self, name: str, node: str, text: str, limit: int) -> None:
        n = len(text)
        self.add(
            name,
            node,
            n <= limit,
            f"{name} is {n} characters; the limit is {limit}.",
            weight=3,
            blocking=True,
        )


def review_campaign(
    brief: CampaignBrief,
    sections: dict[str, Content],
    media_plan: MediaPlan | None,
    files: dict[str, str],
) -> QualityReport:
    """Run every check on what the nodes wrote."""
    checks = _Checks()
    _limits(checks, brief, sections)
    _coverage(checks, brief, sections, media_plan)
    for filename, headings in REQUIRED_SECTIONS.items():
        owner = FILE_OWNERS.get(filename)
        if owner is None:
            continue  # written after the review
        text = files.get(filename)
        if text is None:
            checks.add(f"{filename} exists", owner, False, f"{filename} was not written.", weight=2)
            continue
        present = set(re.findall(r"^##\s+(.+?)\s*$", text, re.MULTILINE))
        missing = [h for h in headings if h not in present]
        checks.add(
            f"{filename} sections",
            owner,
            not missing,
            f"{filename} lacks the section(s): {', '.join(missing)}.",
        )
    _brief_terms(checks, brief, files, sections)
    return checks.report


def _limits(checks: _Checks, brief: CampaignBrief, sections: dict[str, Content]) -> None:
    social = sections.get("social_media_campaign")
    if isinstance(social, SocialCampaign):
        counts: dict[str, int] = {}
        for post in social.posts:
            counts[post.platform] = counts.get(post.platform, 0) + 1
            limit = POST_LIMITS.get(post.platform)
            if limit:
                checks.limit(
                    f"{post.platform} post {counts[post.platform]}",
                    "social_media_campaign",
                    post.full_text,
                    limit,
                )
            bad_tags = [t for t in post.hashtags if not re.fullmatch(r"#\w+", t)]
            if bad_tags:
                checks.add(
                    "hashtags",
                    "social_media_campaign",
                    False,
                    f"Hashtags must be # followed by letters or digits: {', '.join(bad_tags)}.",
                )
    copy = sections.get("copy")
    if isinstance(copy, Copy):
        for i, email in enumerate(copy.emails, 1):
            checks.limit(f"email {i} subject", "copy", email.subject, LIMITS["email_subject"])
            checks.limit(f"email {i} preheader", "copy", email.preheader, LIMITS["email_preheader"])
        for kind, ads in (("search ad", copy.search_ads), ("display ad", copy.display_ads)):
            for i, ad in enumerate(ads, 1):
                for j, headline in enumerate(ad.headlines, 1):
                    checks.limit(
                        f"{kind} {i} headline {j}", "copy", headline, LIMITS["search_headline"]
                    )
                for j, text in enumerate(ad.descriptions, 1):
                    checks.limit(
                        f"{kind} {i} description {j}", "copy", text, LIMITS["search_description"]
                    )
    creative = sections.get("creative")
    if isinstance(creative, Creative):
        for i, concept in enumerate(creative.concepts, 1):
            checks.limit(f"concept {i} tagline", "creative", concept.tagline, LIMITS["tagline"])
    cta = sections.get("cta_optimizer")
    if isinstance(cta, CtaPlan):
        for stage in cta.stages:
            for j, variant in enumerate(stage.variants, 1):
                checks.limit(f"{stage.stage} CTA {j}", "cta_optimizer", variant, LIMITS["cta"])
    visual = sections.get("visual")
    if isinstance(visual, VisualDirection):
        checks.limit("hero headline", "visual", visual.hero_headline, LIMITS["hero_headline"])
        checks.limit("hero subline", "visual", visual.hero_subline, LIMITS["hero_subline"])


def _coverage(
    checks: _Checks,
    brief: CampaignBrief,
    sections: dict[str, Content],
    media_plan: MediaPlan | None,
) -> None:
    social = sections.get("social_media_campaign")
    platforms = {p.platform for p in social.posts} if isinstance(social, SocialCampaign) else set()
    for channel in SOCIAL_CHANNELS:
        if channel in brief.channels:
            checks.add(
                f"{channel.value} posts",
                "social_media_campaign",
                channel.value in platforms,
                f"The brief asks for {channel.label} but there is no {channel.label} post.",
                weight=2,
                blocking=True,
            )
    stray = sorted(platforms - {c.value for c in brief.channels})
    if stray:
        checks.add(
            "only the brief's platforms",
            "social_media_campaign",
            False,
            f"Posts for platforms the brief does not use: {', '.join(stray)}.",
        )
    copy = sections.get("copy")
    if isinstance(copy, Copy):
        for channel, items, what in (
            (Channel.EMAIL, copy.emails, "an email sequence"),
            (Channel.SEARCH_ADS, copy.search_ads, "search ads"),
            (Channel.DISPLAY_ADS, copy.display_ads, "display ads"),
        ):
            if channel in brief.channels:
                checks.add(
                    f"{channel.value} copy",
                    "copy",
                    bool(items),
                    f"The brief asks for {channel.label} but the copy has no {what}.",
                    weight=2,
                    blocking=True,
                )
    personas = sections.get("audience_persona")
    checks.add(
        "three personas",
        "audience_persona",
        isinstance(personas, Personas) and len(personas.personas) == 3,
        "There must be exactly three personas.",
        weight=2,
    )
    creative = sections.get("creative")
    checks.add(
        "three concepts",
        "creative",
        isinstance(creative, Creative) and len(creative.concepts) == 3,
        "There must be exactly three creative concepts.",
        weight=2,
    )
    cta = sections.get("cta_optimizer")
    stages = {s.stage.lower() for s in cta.stages} if isinstance(cta, CtaPlan) else set()
    missing = [s for s in ("awareness", "consideration", "conversion") if s not in stages]
    checks.add(
        "CTA funnel stages",
        "cta_optimizer",
        not missing,
        f"CTAs are missing for: {', '.join(missing)}.",
    )
    if media_plan is None:
        checks.add("media plan", "media_planner", False, "No media plan was written.", weight=3)
        return
    total = sum((line.budget for line in media_plan.lines), Decimal(0))
    checks.add(
        "media plan sums to budget",
        "media_planner",
        total == brief.budget.amount and media_plan.currency == brief.budget.currency,
        f"Media plan lines sum to {total} {media_plan.currency}; "
        f"the budget is {brief.budget.amount} {brief.budget.currency}.",
        weight=3,
        blocking=True,
    )
    planned = {line.channel for line in media_plan.lines}
    unplanned = [c.label for c in brief.channels if c.value not in planned]
    checks.add(
        "every channel planned",
        "media_planner",
        not unplanned,
        f"The media plan has no line for: {', '.join(unplanned)}.",
        weight=2,
    )


def _brief_terms(
    checks: _Checks, brief: CampaignBrief, files: dict[str, str], sections: dict[str, Content]
) -> None:
    for filename, node in (
        ("strategy.md", "strategy"),
        ("copy.md", "copy"),
        ("creative_concepts.md", "creative"),
    ):
        checks.add(
            f"{filename} names the product",
            node,
            _mentions(files.get(filename, ""), brief.product),
            f"{filename} does not mention the product {brief.product!r}.",
            weight=2,
        )
    checks.add(
        "plan names the client",
        "project_manager",
        _mentions(files.get("plan.md", ""), brief.client),
        f"plan.md does not mention the client {brief.client!r}.",
    )
    terms = audience_terms(brief)
    for filename, node in (
        ("audience_personas.md", "audience_persona"),
        ("strategy.md", "strategy"),
    ):
        text = files.get(filename, "")
        found = [t for t in terms if _mentions(text, t)]
        checks.add(
            f"{filename} speaks to the audience",
            node,
            not terms or bool(found),
            f"{filename} uses none of the audience's terms ({', '.join(terms[:5])}).",
        )
    copy_text = files.get("copy.md", "")
    features = [f for f in brief.key_features if _mentions(copy_text, f)]
    checks.add(
        "copy uses the key features",
        "copy",
        len(features) >= min(2, len(brief.key_features)),
        "copy.md names fewer than two of the key features: "
        + ", ".join(repr(f) for f in brief.key_features[:4])
        + ".",
        weight=2,
    )
    social = sections.get("social_media_campaign")
    if isinstance(social, SocialCampaign) and social.posts:
        tag = social.campaign_hashtag.casefold()
        anchored = [
            p
            for p in social.posts
            if _mentions(p.full_text, brief.product) or tag in p.full_text.casefold()
        ]
        checks.add(
            "posts carry the product",
            "social_media_campaign",
            len(anchored) == len(social.posts),
            f"{len(social.posts) - len(anchored)} post(s) name neither the product nor the "
            f"campaign hashtag {social.campaign_hashtag}.",
        )


def render_quality_report(report: QualityReport, *, revisions: int, sending_back: bool) -> str:
    """quality_report.md: the score, the verdict and every check."""
    verdict = (
        "Passed"
        if report.passed
        else f"Sent back to {report.fault} for revision"
        if sending_back
        else "Below the bar; issues recorded"
    )
    lines = [
        "# Quality report",
        "",
        f"**Score:** {report.score}/100 (pass mark {PASS_SCORE}, no blocking failure)  ",
        f"**Verdict:** {verdict}  ",
        f"**Revisions so far:** {revisions}",
        "",
        "## Summary",
        "",
        f"{report.checks_passed} of {len(report.checks)} checks passed.",
        "",
    ]
    if report.failures:
        lines += ["## Issues", ""]
        lines += [
            f"- **{c.name}** ({c.node}{', blocking' if c.blocking else ''}): {c.detail}"
            for c in report.failures
        ]
        lines.append("")
    lines += ["## Checks", "", "| Check | Node | Weight | Result |", "|---|---|---|---|"]
    for c in report.checks:
        result = "pass" if c.passed else "FAIL"
        lines.append(f"| {c.name.replace('|', '/')} | {c.node} | {c.weight} | {result} |")
    return "\n".join(lines) + "\n"
