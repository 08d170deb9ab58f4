"""The campaign's content, section by section, as structured data.

Every content provider (offline or LLM) fills these same models, so the review checks, the
Markdown files and the website are the same whatever wrote the words. Field descriptions are
written for a language model too: they are sent as the structured-output schema.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class Content(BaseModel):
    model_config = ConfigDict(extra="ignore")


# -- project_manager ---------------------------------------------------------------


class PlanPhase(Content):
    name: str = Field(description="Phase name, e.g. 'Tease', 'Launch', 'Sustain'.")
    weeks: str = Field(description="Week range within the timeline, e.g. '1-2'.")
    focus: str = Field(description="What this phase achieves, one sentence.")


class Plan(Content):
    """project_manager: the run's plan."""

    summary: str = Field(description="Two or three sentences: what the campaign must achieve.")
    phases: list[PlanPhase] = Field(description="Three or four phases covering the timeline.")
    deliverables: list[str] = Field(description="The kit's deliverables, one line each.")
    success_criteria: list[str] = Field(description="How the client will judge success.")


# -- strategy ----------------------------------------------------------------------


class MessagingPillar(Content):
    name: str = Field(description="Short pillar name.")
    message: str = Field(description="The pillar's core message, one sentence.")
    proof_points: list[str] = Field(description="Two or three facts that back it up.")


class Strategy(Content):
    """strategy: positioning, value propositions, pillars, market notes."""

    positioning: str = Field(description="Positioning statement naming product, audience, benefit.")
    value_propositions: list[str] = Field(description="Three to five value propositions.")
    messaging_pillars: list[MessagingPillar] = Field(description="Three messaging pillars.")
    market_notes: list[str] = Field(description="Observations on the market and competitors.")
    competitive_angle: str = Field(description="Why this product wins, one sentence.")


# -- audience_persona --------------------------------------------------------------


class Persona(Content):
    name: str = Field(description="A first name and a short label, e.g. 'Maya, the planner'.")
    role: str = Field(description="Job or life role.")
    age_range: str = Field(description="e.g. '28-35'.")
    summary: str = Field(description="Two sentences about who they are.")
    needs: list[str] = Field(description="Three needs the product serves.")
    objections: list[str] = Field(description="Two or three objections to overcome.")
    channels: list[str] = Field(description="Where to reach them (channel names from the brief).")
    quote: str = Field(description="Something they would say, in their voice.")


class Personas(Content):
    """audience_persona: exactly three personas."""

    personas: list[Persona] = Field(description="Exactly three personas.")


# -- creative ----------------------------------------------------------------------


class Concept(Content):
    name: str = Field(description="Concept name.")
    big_idea: str = Field(description="The big idea in one or two sentences.")
    tagline: str = Field(description="Tagline, at most 60 characters.")
    executions: list[str] = Field(description="Two or three ways the idea shows up in channels.")


class Creative(Content):
    """creative: three concepts with a big idea and tagline each."""

    concepts: list[Concept] = Field(description="Exactly three concepts.")
    recommended: int = Field(0, description="Index (0-2) of the recommended concept.")
    rationale: str = Field(description="Why the recommended concept fits the brief.")


# -- copy --------------------------------------------------------------------------


class Email(Content):
    language: str = Field("en", description="ISO 639-1 code of the email's language.")
    subject: str = Field(description="Subject line, at most 60 characters.")
    preheader: str = Field(description="Preheader, at most 100 characters.")
    body: str = Field(description="Email body, plain text, 60-150 words.")
    send_week: int = Field(1, description="Week of the timeline to send it.")


class SearchAd(Content):
    headlines: list[str] = Field(description="Three headlines, each at most 30 characters.")
    descriptions: list[str] = Field(description="Two descriptions, each at most 90 characters.")
    keywords: list[str] = Field(description="Five to eight keywords.")


class LocalizedCopy(Content):
    """The campaign's key lines in one more language of the brief."""

    language: str = Field(description="ISO 639-1 code, e.g. 'ja'.")
    headlines: list[str] = Field(description="The headlines, written in this language.")
    elevator_pitch: str = Field(description="The elevator pitch in this language.")
    cta: str = Field(description="The primary call to action in this language, ≤25 characters.")


class Copy(Content):
    """copy: headlines, body copy, elevator pitch, and channel copy for the brief's channels.

    The main fields are in the brief's first language (English when English is one of them);
    `localized` carries the key lines in each other language, and every email and social post
    names its language.
    """

    headlines: list[str] = Field(description="Five headline options for the campaign.")
    body_copy: str = Field(description="Two or three paragraphs of landing-page body copy.")
    elevator_pitch: str = Field(description="A 30-second pitch, two or three sentences.")
    emails: list[Email] = Field(
        default_factory=list, description="An email sequence (3 emails) if email is a channel."
    )
    search_ads: list[SearchAd] = Field(
        default_factory=list, description="Two search ads if search_ads is a channel."
    )
    display_ads: list[SearchAd] = Field(
        default_factory=list,
        description="Two display ads (headline ≤30, description ≤90) if display_ads is a channel.",
    )
    localized: list[LocalizedCopy] = Field(
        default_factory=list,
        description="For each language of the brief other than the main one: the key lines.",
    )


# -- cta_optimizer -----------------------------------------------------------------


class CtaStage(Content):
    stage: str = Field(
        description="Funnel stage: awareness, consideration, conversion or retention."
    )
    variants: list[str] = Field(description="Three CTA button texts, at most 25 characters each.")
    recommended: str = Field(description="The variant to lead with.")
    rationale: str = Field(description="Why it fits this stage, one sentence.")


class CtaPlan(Content):
    """cta_optimizer: CTA variants per funnel stage."""

    stages: list[CtaStage] = Field(description="One entry per funnel stage, in funnel order.")
    primary_cta: str = Field(description="The main CTA used on the website.")


# -- visual ------------------------------------------------------------------------


class Swatch(Content):
    name: str = Field(description="Colour name.")
    hex: str = Field(description="Hex colour like #1a2b3c.", pattern=r"^#[0-9a-fA-F]{6}$")
    use: str = Field(description="Where the colour is used.")


class VisualDirection(Content):
    """visual: the look of the campaign (the hero SVG is drawn from it)."""

    mood: str = Field(description="Mood of the visuals, one sentence.")
    palette: list[Swatch] = Field(description="Four or five colours.")
    typography: str = Field(description="Type direction.")
    imagery: list[str] = Field(description="Three imagery guidelines.")
    hero_headline: str = Field(description="Headline on the hero image, at most 60 characters.")
    hero_subline: str = Field(description="Subline on the hero image, at most 90 characters.")
    dos: list[str] = Field(description="Three visual do's.")
    donts: list[str] = Field(description="Three visual don'ts.")


# -- social_media_campaign ---------------------------------------------------------


class SocialPost(Content):
    platform: str = Field(description="Channel id: instagram, tiktok, linkedin, x or facebook.")
    language: str = Field("en", description="ISO 639-1 code of the post's language.")
    text: str = Field(description="Post text without hashtags, within the platform's limit.")
    hashtags: list[str] = Field(description="Two to five hashtags without spaces, each with #.")
    format: str = Field(description="Post format, e.g. carousel, reel, thread, single image.")
    week: int = Field(1, description="Week of the timeline to publish it.")

    @property
    def full_text(self) -> str:
        """The post as published: text, a blank line, then the hashtags."""
        tags = " ".join(self.hashtags)
        return f"{self.text}\n\n{tags}" if tags else self.text


class SocialCampaign(Content):
    """social_media_campaign: posts per platform within each limit."""

    posts: list[SocialPost] = Field(description="Two or three posts for each social channel.")
    campaign_hashtag: str = Field(description="The campaign's own hashtag, with #.")
    cadence: str = Field(description="Posting cadence across the timeline.")


# -- emotion_personalization -------------------------------------------------------


class EmotionVariant(Content):
    angle: str = Field(description="Emotional angle, e.g. aspiration, belonging, relief.")
    message: str = Field(description="The key message written for this angle.")
    best_for: str = Field(description="Which persona or moment it suits.")


class EmotionVariants(Content):
    """emotion_personalization: the key message across emotional angles."""

    key_message: str = Field(description="The neutral key message.")
    variants: list[EmotionVariant] = Field(description="Four or five variants.")


# -- campaign_summary / client_summary ---------------------------------------------


class CampaignSummary(Content):
    """campaign_summary: the internal summary (the KPI plan is computed, not written)."""

    overview: str = Field(description="One paragraph overview for the team.")
    highlights: list[str] = Field(description="Four or five highlights of the kit.")
    risks: list[str] = Field(description="Two or three risks with their mitigation.")
    next_steps: list[str] = Field(description="Three next steps for the team.")


class ClientSummary(Content):
    """client_summary: what the client reads."""

    headline: str = Field(description="A one-line headline for the client.")
    introduction: str = Field(description="A short paragraph addressed to the client.")
    what_we_will_do: list[str] = Field(description="Four or five points.")
    what_you_get: list[str] = Field(description="The deliverables in client language.")
    next_steps: list[str] = Field(description="Three next steps for the client.")
