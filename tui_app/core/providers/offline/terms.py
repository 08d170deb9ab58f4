"""The brief's terms each section must carry, guaranteed after it is written.

The review checks that strategy, copy and creative name the product, the plan names the
client, personas and strategy echo the audience's words, the copy names two key features and
every post carries the product or the campaign hashtag. The builders write them by
construction; this pass is the safety net (and what a BRIEF or MISSING finding relies on):
it adds one plain sentence where a term is missing, in a place the audience never sees
unless the section itself is public.
"""

from __future__ import annotations

import re
from typing import Any

from ...content import (
    Content,
    Copy,
    Creative,
    Personas,
    Plan,
    SocialCampaign,
    Strategy,
)
from .job import Job
from .text import has_seam

_STOPWORDS = {
    "and", "the", "who", "with", "that", "their", "they", "want", "from", "into", "aged",
    "for", "are", "have", "this", "like", "them", "your", "our", "about", "more",
    "people", "users", "year", "years", "olds",
}  # fmt: skip


def audience_words(text: str) -> list[str]:
    """The audience's distinctive words (as the review reads them)."""
    found = re.findall(r"[A-Za-z][A-Za-z-]{3,}", text)
    return list(dict.fromkeys(w.lower() for w in found if w.lower() not in _STOPWORDS))


def _has(text: str, term: str) -> bool:
    return term.casefold() in text.casefold()


def ensure_terms(content: Content, job: Job) -> Content:
    """Add what the review will look for and the section lacks."""
    f = job.facts
    text = content.model_dump_json()
    product, client = f.product, f.client
    if isinstance(content, Strategy):
        if not _has(text, product):
            content.competitive_angle += f" {product} is the product this strategy is for."
        words = audience_words(f.brief.target_audience)
        if words and not any(_has(text, w) for w in words):
            said = f.brief.target_audience.strip().rstrip(".")
            content.market_notes.append(f"The audience, in the client's own words: “{said}”.")
    elif isinstance(content, Creative):
        if not _has(text, product):
            content.rationale += f" Every concept is written for {product}."
    elif isinstance(content, Plan):
        if not _has(text, client):
            content.summary += f" Prepared for {client}."
    elif isinstance(content, Personas) and content.personas:
        words = audience_words(f.brief.target_audience)
        if words and not any(_has(text, w) for w in words):
            content.personas[
                0
            ].summary += f" Drawn from the audience as the client describes it: {f.audience.text}."
    elif isinstance(content, Copy):
        missing = [x for x in f.brief.key_features if not _has(text, x)]
        named = len(f.brief.key_features) - len(missing)
        need = min(2, len(f.brief.key_features)) - named
        if need > 0:
            extra = [f"{x.rstrip('.')}." for x in missing[:need] if job.guard.ok(x)]
            content.body_copy += "\n\n" + " ".join(extra) if extra else ""
        if not _has(content.body_copy + " ".join(content.headlines), product):
            content.body_copy += f"\n\n{product}."
    elif isinstance(content, SocialCampaign):
        tag = content.campaign_hashtag.casefold()
        for post in content.posts:
            full = post.full_text.casefold()
            if product.casefold() not in full and tag not in full:
                post.hashtags = [content.campaign_hashtag, *post.hashtags][:5]
    return content


def tidy_strings(value: Any, job: Job) -> Any:
    """Every string of a section with template seams fixed ("Ltd.." -> "Ltd.")."""
    if isinstance(value, str):
        return job.tidy(value)
    if isinstance(value, list):
        return [tidy_strings(v, job) for v in value]
    if isinstance(value, Content):
        for name in type(value).model_fields:
            old = getattr(value, name)
            new = tidy_strings(old, job)
            if new != old:
                setattr(value, name, new)
    return value


def finish(content: Content, job: Job) -> Content:
    """The section as delivered: the review's terms guaranteed, seams tidied.

    Most strings were tidied as they were written; the whole section is walked only when
    its JSON shows a seam (one search instead of one per string: ~3 ms less a campaign).
    """
    content = ensure_terms(content, job)
    dump = content.__pydantic_serializer__.to_json(content).decode()
    if has_seam(dump, job.protected):
        content = tidy_strings(content, job)
    return content


__all__ = ["audience_words", "ensure_terms", "finish", "tidy_strings"]
