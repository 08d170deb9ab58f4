"""The campaign domain's words: styles, priorities, channels, statuses, and the limits and
labels of the brief's fields and the channels' texts."""

from __future__ import annotations

import re
from enum import StrEnum


class Tone(StrEnum):
    """A style of voice and look. The brief's tone is free text; `tone_style` maps it here."""

    PROFESSIONAL = "professional"
    CASUAL = "casual"
    FRIENDLY = "friendly"
    AUTHORITATIVE = "authoritative"
    CREATIVE = "creative"
    MODERN = "modern"
    VINTAGE = "vintage"


# Words a marketer writes in the tone field -> the style they mean (first match wins).
TONE_WORDS: tuple[tuple[Tone, tuple[str, ...]], ...] = (
    (Tone.PROFESSIONAL, ("professional", "corporate", "business", "formal", "polished", "credible",
                         "trustworthy", "serious", "clear", "measured", "reassuring", "calm",
                         "straightforward", "practical", "dependable", "plain-spoken", "plain",
                         "sensible", "matter-of-fact", "factual", "informative", "respectful",
                         "neutral", "sober", "serene", "peaceful", "soothing")),
    (Tone.AUTHORITATIVE, ("authoritative", "expert", "confident", "assertive", "technical",
                          "scientific", "official", "trusted", "precise", "direct", "no-nonsense")),
    (Tone.FRIENDLY, ("friendly", "warm", "welcoming", "approachable", "caring", "kind", "engaging",
                     "neighbourly", "neighborly", "cheerful", "empathetic", "compassionate",
                     "inclusive", "hopeful", "heartfelt", "supportive", "community",
                     "community-minded", "generous", "gentle", "optimistic", "positive",
                     "empowering", "family-friendly", "joyful", "uplifting")),
    (Tone.CASUAL, ("casual", "relaxed", "laid-back", "laid back", "conversational", "easygoing",
                   "chill", "informal", "down-to-earth", "honest")),
    (Tone.CREATIVE, ("creative", "playful", "quirky", "fun", "witty", "whimsical", "imaginative",
                     "artistic", "irreverent", "cheeky", "humorous", "funny", "adventurous",
                     "inspiring", "aspirational", "geeky", "nerdy", "curious")),
    (Tone.MODERN, ("modern", "sleek", "minimal", "minimalist", "bold", "innovative", "futuristic",
                   "fresh", "energetic", "dynamic", "edgy", "vibrant", "punchy", "urban",
                   "youthful", "trendy", "sporty", "cool")),
    (Tone.VINTAGE, ("vintage", "retro", "nostalgic", "classic", "heritage", "timeless", "elegant",
                    "luxurious", "luxury", "refined", "sophisticated", "understated", "artisanal",
                    "crafted", "traditional", "romantic", "intimate", "poetic", "dreamy", "tender",
                    "premium", "exclusive", "upscale", "opulent", "glamorous")),
)  # fmt: skip


def tone_style(tone: str) -> Tone | None:
    """The style a free-text tone asks for ("Professional and engaging" -> professional)."""
    text = tone.casefold()
    best: tuple[int, Tone] | None = None
    for style, words in TONE_WORDS:
        for word in words:
            match = re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)
            if match and (best is None or match.start() < best[0]):
                best = (match.start(), style)
    return best[1] if best else None


class Priority(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"

    @property
    def rank(self) -> int:
        """Higher runs first."""
        return {"low": 0, "normal": 1, "high": 2}[self.value]


class Channel(StrEnum):
    EMAIL = "email"
    INSTAGRAM = "instagram"
    TIKTOK = "tiktok"
    LINKEDIN = "linkedin"
    X = "x"
    FACEBOOK = "facebook"
    SEARCH_ADS = "search_ads"
    DISPLAY_ADS = "display_ads"
    WEBSITE = "website"

    @property
    def label(self) -> str:
        return CHANNEL_LABELS[self]


CHANNEL_LABELS: dict[Channel, str] = {
    Channel.EMAIL: "Email",
    Channel.INSTAGRAM: "Instagram",
    Channel.TIKTOK: "TikTok",
    Channel.LINKEDIN: "LinkedIn",
    Channel.X: "X (Twitter)",
    Channel.FACEBOOK: "Facebook",
    Channel.SEARCH_ADS: "Search ads",
    Channel.DISPLAY_ADS: "Display ads",
    Channel.WEBSITE: "Website",
}

SOCIAL_CHANNELS = (
    Channel.INSTAGRAM,
    Channel.TIKTOK,
    Channel.LINKEDIN,
    Channel.X,
    Channel.FACEBOOK,
)


class CampaignStatus(StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    # finished, but findings of the review remain (listed in the report, `show` and the TUI)
    WARNINGS = "warnings"
    FAILED = "failed"
    CANCELLED = "cancelled"
    INTERRUPTED = "interrupted"
    # paused after a step for the marketer's approval (holds no worker slot)
    AWAITING = "awaiting"

    @property
    def is_active(self) -> bool:
        return self in (CampaignStatus.QUEUED, CampaignStatus.RUNNING)

    @property
    def is_finished(self) -> bool:
        """Done, with or without warnings: the kit exists (it can be regenerated)."""
        return self in (CampaignStatus.DONE, CampaignStatus.WARNINGS)

    @property
    def label(self) -> str:
        return {
            CampaignStatus.WARNINGS: "done with warnings",
            CampaignStatus.AWAITING: "awaiting approval",
        }.get(self, self.value)

    @property
    def can_fork(self) -> bool:
        """A variant can start from it: it ran (or failed) and is not running now."""
        return self in (
            CampaignStatus.DONE,
            CampaignStatus.WARNINGS,
            CampaignStatus.FAILED,
            CampaignStatus.CANCELLED,
            CampaignStatus.INTERRUPTED,
            CampaignStatus.AWAITING,
        )

    @property
    def can_retry(self) -> bool:
        return self in (
            CampaignStatus.FAILED,
            CampaignStatus.CANCELLED,
            CampaignStatus.INTERRUPTED,
        )


# The steps a marketer can check before the next one is written (`approve_after`), with the
# words people use for them. The node registry marks the same nodes `approvable` (tested).
APPROVABLE_STEPS = (
    "project_manager",
    "strategy",
    "audience_persona",
    "creative",
    "copy",
    "cta_optimizer",
    "visual",
)
STEP_ALIASES = {
    "plan": "project_manager",
    "personas": "audience_persona",
    "persona": "audience_persona",
    "audience": "audience_persona",
    "concepts": "creative",
    "ctas": "cta_optimizer",
    "cta": "cta_optimizer",
    "visuals": "visual",
}


def step_name(text: str) -> str | None:
    """An approvable step from its name or a word for it ("personas"), or None."""
    key = text.strip().lower().replace("-", "_").replace(" ", "_")
    key = STEP_ALIASES.get(key, key)
    return key if key in APPROVABLE_STEPS else None


# Per-channel text limits, in characters (what the platforms accept).
LIMITS = {
    "x_post": 280,
    "linkedin_post": 3000,
    "instagram_caption": 2200,
    "tiktok_caption": 2200,
    "facebook_post": 63206,
    "search_headline": 30,
    "search_description": 90,
    "email_subject": 60,
    "email_preheader": 100,
    "display_headline": 30,
    "display_description": 90,
    # our own limits, so taglines, buttons and the hero read well
    "tagline": 60,
    "cta": 25,
    "hero_headline": 60,
    "hero_subline": 90,
}

# Social platform id -> the length limit of one post (text, blank line, hashtags).
POST_LIMITS: dict[str, int] = {
    "x": LIMITS["x_post"],
    "linkedin": LIMITS["linkedin_post"],
    "instagram": LIMITS["instagram_caption"],
    "tiktok": LIMITS["tiktok_caption"],
    "facebook": LIMITS["facebook_post"],
}

# Length limits on brief fields (characters) and lists (items).
FIELD_LIMITS = {
    "product": 120,
    "client": 120,
    "campaign_name": 120,
    "client_website": 300,
    "target_audience": 600,
    "goals": 200,
    "key_features": 200,
    "additional_requirements": 2000,
    "user": 64,
    "tone": 60,
    "primary_cta": 25,
    "avoid": 80,
    "must_include": 120,
}
LIST_LIMITS = {"goals": 8, "key_features": 12, "avoid": 20, "must_include": 4, "brand_colors": 5}

# Human names for brief fields, used in messages.
FIELD_LABELS = {
    "product": "Product",
    "client": "Client",
    "campaign_name": "Campaign name",
    "client_website": "Client website",
    "target_audience": "Target audience",
    "goals": "Goals",
    "key_features": "Key features",
    "budget": "Budget",
    "timeline": "Timeline",
    "tone": "Tone",
    "additional_requirements": "Additional requirements",
    "user": "User",
    "priority": "Priority",
    "channels": "Channels",
    "approve_after": "Approve after",
    "primary_cta": "Primary CTA",
    "avoid": "Avoid",
    "must_include": "Must include",
    "languages": "Languages",
    "no_selling": "No selling",
    "brand_colors": "Brand colours",
    "start_date": "Start date",
}

# ---------------------------------------------------------------------------


def channels_for_goals(goals: list[str]) -> list[Channel]:
    """Pick channels that serve the goals (in channel order); the website is always in.

    The goal classifier (`core/goals`) says which channels serve which kind of goal; it is
    imported here, on first use, so that loading stored briefs (which name their channels)
    never pays for it at start-up."""
    from .goals import channel_ids_for_goals

    chosen = {*channel_ids_for_goals(goals), Channel.WEBSITE.value}
    return [c for c in Channel if c.value in chosen]


__all__ = [
    "CHANNEL_LABELS",
    "FIELD_LABELS",
    "FIELD_LIMITS",
    "LIMITS",
    "LIST_LIMITS",
    "POST_LIMITS",
    "SOCIAL_CHANNELS",
    "TONE_WORDS",
    "CampaignStatus",
    "Channel",
    "Priority",
    "Tone",
    "channels_for_goals",
    "step_name",
    "tone_style",
]
