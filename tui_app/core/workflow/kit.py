"""The finished kit as one object: what the website and the landing page are rendered from."""

from __future__ import annotations

from dataclasses import dataclass

from ..content import (
    ClientSummary,
    Copy,
    Creative,
    CtaPlan,
    EmotionVariants,
    Personas,
    Plan,
    SocialCampaign,
    Strategy,
    VisualDirection,
)
from ..models import CampaignBrief
from ..planning import KpiPlan, MediaPlan


@dataclass(slots=True)
class WebsiteData:
    """Everything the page shows: the brief, every content section and the computed plans.

    All sections are present when the web_developer node runs (the graph orders it last).
    """

    campaign_id: str
    brief: CampaignBrief
    plan: Plan
    strategy: Strategy
    personas: Personas
    creative: Creative
    copy: Copy
    cta: CtaPlan
    visual: VisualDirection
    social: SocialCampaign
    emotion: EmotionVariants
    media_plan: MediaPlan
    kpi_plan: KpiPlan
    client_summary: ClientSummary
    hero_svg: str


__all__ = ["WebsiteData"]
