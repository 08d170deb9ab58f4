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

from ...content import Content
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
from .reshape import applied, reshape_brief, shorten, variant_number
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
        brief, variant, asked = request.brief, 0, None
        if request.note:
            asked = read_note(request.note)
            brief, variant = reshape_brief(request.brief, asked), variant_number(request.note)
            request.log(applied(asked, request.brief, brief))
        facts = facts_for(brief)
        revision = read_findings(request.findings, request.revision + variant)
        job = Job(request.section, facts, dict(request.context), revision, BUILDERS)
        content: Content = finish(builder(job), job)
        if asked is not None and asked.shorter:
            rules = brief.rules
            content = shorten(content, (rules.primary_cta, *rules.must_include))
        schema = request.schema
        if not isinstance(content, schema):
            content = schema.model_validate(content.model_dump())
        return Generation(content=content)


__all__ = ["BUILDERS", "OfflineProvider", "brief_key", "clear_cache", "palette_for"]
