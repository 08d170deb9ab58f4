"""The workflow's steps, in order (plain names: importing this does not import LangGraph)."""

from __future__ import annotations

CHAIN = (
    "project_manager",
    "strategy",
    "audience_persona",
    "creative",
    "copy",
    "cta_optimizer",
    "visual",
)
# after the chain: social and emotion side by side; the media planner follows social
BRANCHES = ("social_media_campaign", "emotion_personalization")
PARALLEL = (*BRANCHES, "media_planner")
AFTER_REVIEW = ("campaign_summary", "client_summary", "web_developer", "package")

NODE_NAMES: tuple[str, ...] = (*CHAIN, *PARALLEL, "review", *AFTER_REVIEW)
STEPS = len(NODE_NAMES)  # 15

# nodes the review can send back (everything that writes content before it), in graph order
REVISABLE = (*CHAIN, *PARALLEL)
