"""Every word the LLM provider sends to a model, in one place.

A request becomes two messages: a system prompt (the agent's role, the house rules and the
limits that apply to its section) and a user message (the brief, the sections written before
this one as compact JSON, the task, and the review's feedback when the section is being
revised). The structure itself travels as the tool / JSON schema of the section's pydantic
model, whose field descriptions are written for the model too (see `core.content`).

Messages are returned as `(role, text)` pairs so this module needs no LangChain import.
"""

from __future__ import annotations

import json
from typing import Any

from ..constraints import Rules, forbidden_phrases, language_name
from ..content import Content
from ..models import CHANNEL_LABELS, LIMITS, POST_LIMITS, SOCIAL_CHANNELS, CampaignBrief, Channel
from ..phases import campaign_phases
from .base import ContentRequest

# Sections whose words an audience reads (the brief's rules bind them word for word).
AUDIENCE_FACING = {
    "creative",
    "copy",
    "cta_optimizer",
    "visual",
    "social_media_campaign",
    "emotion_personalization",
}

# The fifteen agents of the original team; these eleven write words.
ROLES: dict[str, str] = {
    "project_manager": (
        "You are the project manager of a marketing agency team. You turn the client's brief "
        "into the plan the team works from."
    ),
    "strategy": (
        "You are a senior marketing strategist. You position the product for its audience and "
        "set the messaging pillars everyone else writes from."
    ),
    "audience_persona": (
        "You are an audience researcher. You describe the people the campaign speaks to, in "
        "enough detail that a copywriter can hear their voice."
    ),
    "creative": "You are a creative director. You find the big ideas the campaign is built on.",
    "copy": "You are a senior copywriter. You write the campaign's words, channel by channel.",
    "cta_optimizer": (
        "You are a conversion specialist. You write the calls to action for each stage of the "
        "funnel."
    ),
    "visual": (
        "You are an art director. You set the campaign's look: mood, palette, type and imagery."
    ),
    "social_media_campaign": (
        "You are a social media manager. You write the campaign's posts, platform by platform."
    ),
    "emotion_personalization": (
        "You are a personalisation strategist. You rewrite the key message for different "
        "emotional angles and the people they suit."
    ),
    "campaign_summary": (
        "You are the account director. You write the internal summary the team reads before launch."
    ),
    "client_summary": (
        "You are the account manager. You write the summary the client reads: warm, clear and "
        "free of agency jargon."
    ),
}

HOUSE_RULES = """\
Rules:
- Fill in every field of the structure you are given; answer with the structure only.
- Plain text in every field: no Markdown, no HTML, no placeholders such as [Product] or TBD.
- Write for this brief: use the product's and the client's real names, the audience's words
  and the brief's tone. Invent no prices, statistics or awards.
- Every character limit is a hard limit: count the characters and stay below it."""


def _social_channels(brief: CampaignBrief) -> list[Channel]:
    return [c for c in SOCIAL_CHANNELS if c in brief.channels]


def _section_rules(section: str, brief: CampaignBrief) -> list[str]:
    """What this section must contain to pass the review (and to be useful)."""
    product, client = brief.product, brief.client
    if section == "project_manager":
        phases = "; ".join(f"{p.name} (weeks {p.weeks})" for p in campaign_phases(brief.timeline))
        return [
            f"Name the client ({client}) and the product ({product}) in the summary.",
            f"Use exactly these phases, names and weeks, in order: {phases}. The campaign goes "
            "live in week 1.",
        ]
    if section == "strategy":
        return [
            f"Name the product ({product}) in the positioning statement.",
            "Echo the target audience's own words in the positioning and value propositions.",
            "Exactly three messaging pillars, each with two or three proof points taken from "
            "the key features.",
        ]
    if section == "audience_persona":
        channels = ", ".join(c.value for c in brief.channels)
        return [
            "Exactly three personas, all within the target audience; use the audience's words.",
            f"Each persona's channels are chosen from the brief's channels: {channels}.",
        ]
    if section == "creative":
        return [
            "Exactly three concepts; recommended is the index (0, 1 or 2) of the best one.",
            f"Name the product ({product}) in each big idea.",
            f"Each tagline is at most {LIMITS['tagline']} characters.",
        ]
    if section == "copy":
        rules = [
            f"Name the product ({product}) in the headlines or body copy.",
            "Use at least two of the key features word for word: "
            + "; ".join(brief.key_features)
            + ".",
        ]
        if Channel.EMAIL in brief.channels:
            rules.append(
                f"emails: a sequence of three; subject at most {LIMITS['email_subject']} "
                f"characters, preheader at most {LIMITS['email_preheader']}, body 60-150 "
                "words."
            )
        else:
            rules.append("emails: an empty list (email is not a channel of this brief).")
        for channel, name, headline, description in (
            (Channel.SEARCH_ADS, "search_ads", "search_headline", "search_description"),
            (Channel.DISPLAY_ADS, "display_ads", "display_headline", "display_description"),
        ):
            if channel in brief.channels:
                rules.append(
                    f"{name}: two ads; each headline at most {LIMITS[headline]} characters, "
                    f"each description at most {LIMITS[description]} characters."
                )
            else:
                rules.append(f"{name}: an empty list ({channel.value} is not a channel).")
        return rules
    if section == "cta_optimizer":
        return [
            "One stage each for awareness, consideration and conversion (retention optional), "
            "in that order; stage is the lower-case stage name.",
            f"Each CTA variant is at most {LIMITS['cta']} characters.",
            "primary_cta is one of the conversion variants.",
        ]
    if section == "visual":
        return [
            "Palette colours are hex codes like #1a2b3c and suit the brief's tone.",
            f"hero_headline at most {LIMITS['hero_headline']} characters, hero_subline at most "
            f"{LIMITS['hero_subline']} characters.",
        ]
    if section == "social_media_campaign":
        channels = _social_channels(brief)
        if not channels:
            return ["The brief has no social channel: posts is an empty list."]
        limits = "; ".join(
            f"{c.value} ({CHANNEL_LABELS[c]}) {POST_LIMITS[c.value]}" for c in channels
        )
        return [
            "Two or three posts for each of these platforms and no others; platform is the "
            "id before the brackets: " + ", ".join(c.value for c in channels) + ".",
            "Limits per post, counting the text plus a blank line plus the hashtags joined by "
            f"spaces: {limits} characters.",
            "Hashtags are # followed by letters, digits or underscores only (no spaces, no "
            "hyphens).",
            f"Every post names the product ({product}) or carries the campaign hashtag.",
        ]
    if section == "emotion_personalization":
        return ["Four or five variants, each a different emotional angle."]
    if section == "campaign_summary":
        return ["Base the highlights on the sections above; the KPI plan is added separately."]
    if section == "client_summary":
        return [f"Address {client} directly; explain the deliverables in plain words."]
    return []


def _rules_for(section: str, rules: Rules) -> list[str]:
    """The brief's own rules as they bind this section (see core.constraints)."""
    lines: list[str] = []
    if section not in AUDIENCE_FACING:
        return lines
    phrases = forbidden_phrases(rules)
    if phrases:
        shown = ", ".join(f'"{p}"' for p in phrases[:80])
        lines.append(f"Never use these words or phrases, in any form or language: {shown}.")
    if rules.no_selling:
        lines.append("Nothing is sold: no prices, discounts, offers or purchase words.")
    cta = rules.primary_cta
    if cta and section == "cta_optimizer":
        lines.append(
            f'primary_cta is exactly "{cta}", and every stage\'s recommended CTA is exactly '
            f'"{cta}" (other variants may support it).'
        )
    elif cta and section in ("copy", "social_media_campaign"):
        lines.append(f'Every email body, ad and post ends with the call to action "{cta}".')
    elif cta and section == "visual":
        lines.append(f'The hero leads to the call to action "{cta}".')
    if rules.must_include and section in ("copy", "social_media_campaign"):
        carried = " / ".join(f'"{m}"' for m in rules.must_include)
        lines.append(
            f"Every email body, every post and one description of every ad carries, word for "
            f"word: {carried}."
        )
    if rules.bilingual and section in ("copy", "social_media_campaign"):
        names = ", ".join(f"{language_name(c)} ({c})" for c in rules.languages)
        main = "en" if "en" in rules.languages else rules.languages[0]
        if section == "copy":
            lines.append(
                f"Languages: {names}. The main fields are in {language_name(main)}; `localized` "
                "has one entry per other language with its headlines, pitch and CTA; write the "
                "email sequence once per language, each email's `language` set to its code."
            )
        else:
            lines.append(
                f"Languages: {names}. Write each post once per language, its `language` set to "
                "the code."
            )
    return lines


def _limits_block(brief: CampaignBrief) -> str:
    """The brief's channel limits, so every writer knows what the channels accept."""
    lines = []
    for channel in brief.channels:
        if channel.value in POST_LIMITS:
            lines.append(f"- {CHANNEL_LABELS[channel]} post: {POST_LIMITS[channel.value]}")
    if Channel.EMAIL in brief.channels:
        lines.append(
            f"- Email subject: {LIMITS['email_subject']}; preheader: {LIMITS['email_preheader']}"
        )
    if Channel.SEARCH_ADS in brief.channels:
        lines.append(
            f"- Search ad headline: {LIMITS['search_headline']}; "
            f"description: {LIMITS['search_description']}"
        )
    if Channel.DISPLAY_ADS in brief.channels:
        lines.append(
            f"- Display ad headline: {LIMITS['display_headline']}; "
            f"description: {LIMITS['display_description']}"
        )
    lines.append(f"- Tagline: {LIMITS['tagline']}; CTA button: {LIMITS['cta']}")
    return "Character limits of this campaign's channels:\n" + "\n".join(lines)


def system_prompt(section: str, brief: CampaignBrief) -> str:
    """The system prompt for one section: role, house rules, limits, section rules."""
    role = ROLES.get(section, "You are a member of a marketing agency team.")
    rules = "\n".join(
        f"- {rule}" for rule in [*_section_rules(section, brief), *_rules_for(section, brief.rules)]
    )
    voice = f'Voice: the brief\'s tone is "{brief.tone}" ({brief.style.value} style).'
    return (
        f"{role}\n\n{HOUSE_RULES}\n{voice}\n\n{_limits_block(brief)}\n\nFor this section:\n{rules}"
    )


def brief_data(brief: CampaignBrief) -> dict[str, Any]:
    """The brief as the model sees it (bookkeeping fields left out)."""
    data = brief.to_data()
    for key in ("user", "priority"):
        data.pop(key, None)
    return data


def compact_json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def context_data(context: dict[str, Content]) -> dict[str, Any]:
    return {name: section.model_dump(mode="json") for name, section in context.items()}


def user_prompt(request: ContentRequest, *, schema_in_prompt: bool = False) -> str:
    """The brief, earlier sections, the task and (when revising) the review's feedback."""
    parts = [f"The brief:\n{compact_json(brief_data(request.brief))}"]
    if request.context:
        parts.append(
            "Sections the team has written so far (build on them, do not contradict them):\n"
            + compact_json(context_data(request.context))
        )
    name = request.schema.__name__
    task = f"Write the {request.section.replace('_', ' ')} section as a {name} structure."
    if schema_in_prompt:
        # json_mode has no schema channel of its own: the model must read it here
        schema = compact_json(request.schema.model_json_schema())
        task += f" Answer with one JSON object that matches this JSON schema:\n{schema}"
    parts.append(task)
    if request.note:
        parts.append(
            "The client reviewed this section and asked for changes. Write it again and do "
            f"exactly what they asked, keeping the brief's rules:\n“{request.note}”"
        )
    if request.feedback:
        issues = "\n".join(f"- {item}" for item in request.feedback)
        parts.append(
            f"The reviewer sent this section back (revision {request.revision}). Write it again "
            f"and fix every one of these problems; keep what was fine:\n{issues}"
        )
    return "\n\n".join(parts)


def build_messages(
    request: ContentRequest, *, schema_in_prompt: bool = False
) -> list[tuple[str, str]]:
    """The messages for one section, as (role, text) pairs."""
    return [
        ("system", system_prompt(request.section, request.brief)),
        ("human", user_prompt(request, schema_in_prompt=schema_in_prompt)),
    ]


def repair_prompt(schema_name: str, problem: str, output: str) -> str:
    """Asks once more after output that did not fit the structure."""
    shown = output if len(output) <= 1500 else output[:1500] + "…"
    return (
        f"Your last answer could not be used: {problem}\n"
        f"It was:\n{shown}\n\n"
        f"Answer again with one complete, valid {schema_name} structure, every field filled in."
    )
