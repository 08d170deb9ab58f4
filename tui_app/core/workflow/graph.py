"""Wiring of the campaign workflow: fifteen nodes, one review loop.

    project_manager → strategy → audience_persona → creative → copy → cta_optimizer → visual
      → social_media_campaign → media_planner ┐
      → emotion_personalization ──────────────┴→ review
      → campaign_summary → client_summary → web_developer → package

Social posts and emotional variants are independent, so they run side by side (with an LLM,
their calls overlap). The media planner follows the social node because its content calendar
schedules the posts. The review is deferred: it runs once, when both branches are done.

The review may send one node back (at most three times); a node under revision goes straight
back to the review instead of on down the chain (a revised social node refreshes the
calendar on its way).
"""

from __future__ import annotations

from collections.abc import Callable

from langgraph.graph import END, START, StateGraph
from langgraph.graph.state import CompiledStateGraph
from langgraph.types import Checkpointer

from . import nodes
from .state import CampaignState, RunContext
from .steps import AFTER_REVIEW, BRANCHES, CHAIN, REVISABLE


def _node_functions() -> dict[str, Callable]:
    functions: dict[str, Callable] = {
        "project_manager": nodes.project_manager,
        "visual": nodes.visual,
        "media_planner": nodes.media_planner,
        "review": nodes.review,
        "campaign_summary": nodes.campaign_summary,
        "client_summary": nodes.client_summary,
        "web_developer": nodes.web_developer,
        "package": nodes.package,
    }
    for section in nodes.SECTIONS:
        functions[section.node] = nodes.section_node(section)
    return functions


def _next_unless_revising(node: str, following: list[str]) -> Callable[[CampaignState], list[str]]:
    def route(state: CampaignState) -> list[str]:
        return ["review"] if state.get("revise") == node else following

    route.__name__ = f"after_{node}"
    return route


def _after_review(state: CampaignState) -> str:
    return state.get("revise") or "campaign_summary"


def build_graph() -> StateGraph:
    graph = StateGraph(CampaignState, context_schema=RunContext)
    for name, function in _node_functions().items():
        # deferred: waits until no other node is pending, so the branches join without a
        # barrier, and a node revised on its own still reaches the review
        graph.add_node(name, function, defer=name == "review")
    graph.add_edge(START, CHAIN[0])
    for node, following in zip(CHAIN, [*CHAIN[1:], None], strict=True):
        targets = [following] if following else list(BRANCHES)
        graph.add_conditional_edges(
            node, _next_unless_revising(node, targets), [*targets, "review"]
        )
    graph.add_edge("social_media_campaign", "media_planner")
    graph.add_edge("emotion_personalization", "review")
    graph.add_edge("media_planner", "review")
    graph.add_conditional_edges("review", _after_review, ["campaign_summary", *REVISABLE])
    for node, following in zip(AFTER_REVIEW, [*AFTER_REVIEW[1:], END], strict=True):
        graph.add_edge(node, following)
    return graph


def compile_workflow(checkpointer: Checkpointer | None = None) -> CompiledStateGraph:
    """The compiled campaign graph; one instance serves every campaign thread."""
    return build_graph().compile(checkpointer=checkpointer, name="campaign")
