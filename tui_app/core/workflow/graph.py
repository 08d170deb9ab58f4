"""Wiring of the campaign workflow, derived from the node registry (`team.py`).

Each node follows the nodes in its spec's `after`; a node with no successor ends the graph. A
node the review may send back routes by the state: while it is under revision it goes to its
`revised_next` nodes (the review, or what must run again on the way there), otherwise on down
the graph. The reviewer routes to the node it sends back, or on. Nodes that join branches
(`join`) are deferred: they run once every pending branch is done, without a barrier.
"""

from __future__ import annotations

from collections.abc import Callable

from langgraph.graph import END, START, StateGraph
from langgraph.graph.state import CompiledStateGraph
from langgraph.types import Checkpointer

from .nodes import approval, node_function
from .registry import Registry
from .state import CampaignState, RunContext
from .team import TEAM

APPROVAL = "approval"  # the gate a campaign pauses at; not a step of the team


def _route(
    node: str, revised_next: list[str], following: list[str], approvable: bool = False
) -> Callable:
    def route(state: CampaignState) -> list[str]:
        if state.get("revise") == node:
            return revised_next
        if (
            approvable
            and node in (state.get("approve_after") or ())
            and not (state.get("approved") or {}).get(node)
        ):
            return [APPROVAL]
        return following

    route.__name__ = f"after_{node}"
    return route


def _after_approval(registry: Registry) -> Callable:
    def route(state: CampaignState) -> list[str]:
        step = state.get("gate") or ""
        if state.get("gate_decision") == "changes":
            return [step]  # written again with the note, then back to the gate
        return registry.successors(step)

    route.__name__ = "after_approval"
    return route


def _after_review(following: str) -> Callable:
    def route(state: CampaignState) -> str:
        return state.get("revise") or following

    route.__name__ = "after_review"
    return route


def build_graph(registry: Registry = TEAM) -> StateGraph:
    graph = StateGraph(CampaignState, context_schema=RunContext)
    for spec in registry:
        graph.add_node(spec.name, node_function(spec), defer=spec.join)
    if registry.approvable:
        graph.add_node(APPROVAL, approval)
        targets = {n for step in registry.approvable for n in registry.successors(step)}
        graph.add_conditional_edges(
            APPROVAL, _after_approval(registry), sorted({*registry.approvable, *targets})
        )
    for spec in registry:
        if not spec.after:
            graph.add_edge(START, spec.name)
        following = registry.successors(spec.name)
        if spec.reviews:
            (onward,) = following or [END]
            graph.add_conditional_edges(
                spec.name, _after_review(onward), [onward, *registry.revisable]
            )
        elif spec.revisable:
            targets = following or [END]
            revised_next = list(spec.revised_next)
            gate = [APPROVAL] if spec.approvable else []
            graph.add_conditional_edges(
                spec.name,
                _route(spec.name, revised_next, targets, spec.approvable),
                list(dict.fromkeys([*targets, *revised_next, *gate])),
            )
        elif following:
            for successor in following:
                graph.add_edge(spec.name, successor)
        else:
            graph.add_edge(spec.name, END)
    return graph


def compile_workflow(
    checkpointer: Checkpointer | None = None, registry: Registry = TEAM
) -> CompiledStateGraph:
    """The compiled campaign graph; one instance serves every campaign thread."""
    return build_graph(registry).compile(checkpointer=checkpointer, name="campaign")
