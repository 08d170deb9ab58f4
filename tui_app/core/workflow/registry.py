"""One table of facts per workflow node: the registry everything else is derived from.

A `NodeSpec` says what a node is called, what comes before it, which section model it asks a
provider for (and with which earlier sections as context), which Markdown file it writes and
which headings that file always has, and whether the review may send it back. From a
`Registry` of specs come the graph's wiring (`graph.py`), the steps list and progress totals
(the engine), the review's file owners and required sections, the section models nodes load
and the LLM's schemas. Adding a node is one spec plus its function.

Functions and renderers may be given as "module:attribute" names, resolved when the graph is
built: the registry itself imports neither LangGraph nor the renderers, so the engine and the
UI can read it at start-up for free.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from ..content import Content

Ref = Callable[..., Any] | str | None


def resolve(ref: Ref) -> Callable[..., Any] | None:
    """A callable, or the attribute a "package.module:name" string points at."""
    if ref is None or callable(ref):
        return ref
    module, _, name = ref.partition(":")
    return getattr(importlib.import_module(module), name)


@dataclass(frozen=True, slots=True)
class NodeSpec:
    """Everything the workflow, the engine, the review and the providers need about a node."""

    name: str
    title: str  # for people: progress, help, logs
    after: tuple[str, ...] = ()  # the nodes it follows in the graph (none: it starts)
    schema: type[Content] | None = None  # the section a provider writes for it
    upstream: tuple[str, ...] = ()  # earlier sections given to the provider as context
    document: str | None = None  # the Markdown file it writes
    headings: tuple[str, ...] = ()  # the `## ` headings that file always has
    render: Ref = None  # section, brief -> Markdown (section nodes)
    describe: Callable[[Any], str] | None = None  # section -> its log line (section nodes)
    run: Ref = None  # the node function; None: the generic section node
    revisable: bool = False  # the review may send it back
    # when sent back, where it goes next: the review, unless its own successors lead there
    # and must run again (the social node refreshes the media planner's calendar)
    revised_next: tuple[str, ...] = ("review",)
    reviews: bool = False  # this node judges the work and routes revisions
    approvable: bool = False  # the marketer may have the workflow pause after it
    # brief fields whose change makes this node's output stale (a variant that changes one
    # restarts here at the latest)
    depends_on: tuple[str, ...] = ()
    join: bool = False  # waits until every branch before it is done (deferred)
    artifacts: tuple[str, ...] = field(default=())  # other files it writes (for people)


class Registry:
    """The workflow's nodes in order, and the facts derived from them."""

    def __init__(self, specs: Iterable[NodeSpec]):
        self.specs: tuple[NodeSpec, ...] = tuple(specs)
        self._by_name = {spec.name: spec for spec in self.specs}
        if len(self._by_name) != len(self.specs):
            raise ValueError("two nodes share a name")
        for spec in self.specs:
            unknown = [n for n in (*spec.after, *spec.upstream) if n not in self._by_name]
            if unknown:
                raise ValueError(f"{spec.name} refers to unknown node(s): {', '.join(unknown)}")

    def __iter__(self) -> Iterator[NodeSpec]:
        return iter(self.specs)

    def __len__(self) -> int:
        return len(self.specs)

    def __getitem__(self, name: str) -> NodeSpec:
        return self._by_name[name]

    def __contains__(self, name: object) -> bool:
        return name in self._by_name

    # -- derived facts -----------------------------------------------------------------

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(spec.name for spec in self.specs)

    @property
    def steps(self) -> int:
        """How many nodes a campaign runs (progress is shown as done/steps)."""
        return len(self.specs)

    @property
    def revisable(self) -> tuple[str, ...]:
        """Nodes the review can send back, in graph order."""
        return tuple(spec.name for spec in self.specs if spec.revisable)

    @property
    def approvable(self) -> tuple[str, ...]:
        """Nodes the workflow can pause after for approval, in graph order."""
        return tuple(spec.name for spec in self.specs if spec.approvable)

    def restart_point(self, step: str, changed: Iterable[str]) -> tuple[str, str | None]:
        """Where a variant that changes these brief fields must restart, asked for `step`:
        `step`, or an earlier node whose output depends on a changed field (with the field)."""
        changed = set(changed)
        for spec in self.specs:
            if spec.name == step:
                break
            hit = sorted(changed & set(spec.depends_on))
            if hit:
                return spec.name, hit[0]
        return step, None

    @property
    def reviewer(self) -> NodeSpec | None:
        return next((spec for spec in self.specs if spec.reviews), None)

    @property
    def section_models(self) -> dict[str, type[Content]]:
        """Node -> the section model it writes (what nodes load and providers fill)."""
        return {spec.name: spec.schema for spec in self.specs if spec.schema is not None}

    @property
    def file_owners(self) -> dict[str, str]:
        """Markdown file -> the node that writes it (to blame a missing section)."""
        return {spec.document: spec.name for spec in self.specs if spec.document}

    @property
    def required_sections(self) -> dict[str, tuple[str, ...]]:
        """Markdown file -> the `## ` headings it always has."""
        return {spec.document: spec.headings for spec in self.specs if spec.document}

    def successors(self, name: str) -> list[str]:
        return [spec.name for spec in self.specs if name in spec.after]

    def ancestors(self, name: str) -> tuple[str, ...]:
        """Every node that runs before `name` on its way (transitively), in graph order."""
        seen: set[str] = set()
        stack = list(self[name].after)
        while stack:
            node = stack.pop()
            if node not in seen:
                seen.add(node)
                stack.extend(self[node].after)
        return tuple(n for n in self.names if n in seen)

    def before_review(self) -> set[str]:
        """Nodes that run before the reviewer (their files exist when it judges them)."""
        reviewer = self.reviewer
        if reviewer is None:
            return set(self.names)
        seen: set[str] = set()
        stack = list(reviewer.after)
        while stack:
            name = stack.pop()
            if name not in seen:
                seen.add(name)
                stack.extend(self[name].after)
        return seen

    # -- changing the team ---------------------------------------------------------------

    def with_node(self, spec: NodeSpec, *, before: str | None = None) -> Registry:
        """A registry with `spec` added after its `after` nodes; with `before`, that node now
        follows the new one instead of the new node's predecessors."""
        specs = list(self.specs)
        if before is not None:
            specs = [
                replace(s, after=tuple(spec.name if a in spec.after else a for a in s.after))
                if s.name == before
                else s
                for s in specs
            ]
            position = [s.name for s in specs].index(before)
        else:
            position = len(specs)
        specs.insert(position, spec)
        return Registry(specs)


__all__ = ["NodeSpec", "Registry", "resolve"]
