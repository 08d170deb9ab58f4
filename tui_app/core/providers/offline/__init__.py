"""The offline content provider: campaign copy for any brief, from the brief's own words.

Every section is written by its own module from what the brief states (product, client,
audience, features, goals, channels, tone and rules); nothing is borrowed from a product
category the brief is not in. Wording is picked from per-style banks by a `random.Random`
seeded from the brief, the section and the revision, so the same brief always gives
byte-identical output, in any process and any thread, and different briefs rarely share a
sentence. Every public string is checked against the brief's rules before it is used, and
every platform limit holds by construction (options that do not fit are skipped, never cut
mid-phrase).

Modules: `facts` (the brief, read once and cached), `features`/`audience`/`actions` (how its
phrases are read), `text`/`lexicon` (grammar), `voice` (the seven styles), `guard` (the
rules), `job` (one request), `revision` (findings -> adjustments), one module per section,
`languages` and `phrasebook` (other languages), `terms` (the review's term checks).
"""

from __future__ import annotations

import hashlib
from typing import Any

from ...content import Content
from ...models import CampaignBrief
from ...notes import read_note
from ..base import ContentProvider, ContentRequest, Generation, ProviderError
from . import facts as _facts
from .copy import build_copy
from .creative import build_creative
from .cta import build_cta
from .emotion import build_emotion
from .facts import brief_key, facts_for
from .job import Builder, Job, clear_slots
from .personas import build_personas
from .plan import build_plan
from .revision import read_findings
from .social import build_social
from .strategy import build_strategy
from .summaries import build_campaign_summary, build_client_summary
from .terms import finish
from .visual import build_visual, palette_for

BUILDERS: dict[str, Builder] = {
    "project_manager": build_plan,
    "strategy": build_strategy,
    "audience_persona": build_personas,
    "creative": build_creative,
    "copy": build_copy,
    "cta_optimizer": build_cta,
    "visual": build_visual,
    "social_media_campaign": build_social,
    "emotion_personalization": build_emotion,
    "campaign_summary": build_campaign_summary,
    "client_summary": build_client_summary,
}


def clear_cache() -> None:
    """Forget every cached brief (tests use it to prove the output does not depend on it)."""
    _facts.clear_cache()
    clear_slots()


class OfflineProvider(ContentProvider):
    """Deterministic, brief-specific content from the brief's own words; no network,
    thread-safe (no shared mutable state but a locked cache of each brief's facts)."""

    name = "offline"
    model = None

    def generate(self, request: ContentRequest) -> Generation:
        builder = BUILDERS.get(request.section)
        if builder is None:
            raise ProviderError(f"The offline provider cannot write section {request.section!r}.")
        brief, variant = _with_note(request.brief, request.note)
        facts = facts_for(brief)
        revision = read_findings(request.findings, request.revision + variant)
        job = Job(request.section, facts, dict(request.context), revision, BUILDERS)
        content: Content = finish(builder(job), job)
        schema = request.schema
        if not isinstance(content, schema):
            content = schema.model_validate(content.model_dump())
        return Generation(content=content)


def _with_note(brief: CampaignBrief, note: str) -> tuple[CampaignBrief, int]:
    """The brief as the marketer's change request reshapes it (tone, CTA, words to avoid or
    to mention), and a variant number: a note always gives a new variant."""
    if not note:
        return brief, 0
    asked = read_note(note)
    update: dict[str, Any] = {}
    if asked.tone:
        update["tone"] = asked.tone
    if asked.cta:
        update["primary_cta"] = asked.cta[:25]
    if asked.avoid:
        update["avoid"] = list(dict.fromkeys([*brief.avoid, *asked.avoid]))[:20]
    if asked.use:
        update["key_features"] = list(dict.fromkeys([*asked.use, *brief.key_features]))[:12]
    changed = brief.model_copy(update=update) if update else brief
    # a stable variant per note: the same note gives the same words
    variant = 1 + int.from_bytes(hashlib.sha256(note.encode("utf-8")).digest()[:2], "big") % 97
    return changed, variant


__all__ = ["BUILDERS", "OfflineProvider", "brief_key", "clear_cache", "palette_for"]
