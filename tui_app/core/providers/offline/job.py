"""One request being written: the brief's facts, the voice, a seeded random source, the
rules guard and the revision's adjustments, with the helpers every section builder uses.

Randomness is `random.Random` seeded from the brief, the section and the revision number,
so the same brief always gives byte-identical output, in any process and any thread.
"""

from __future__ import annotations

import functools
import hashlib
import random
import re
import threading
import typing
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

from ...content import Content
from .facts import Facts
from .features import Feature
from .guard import Guard
from .nouns import possessive
from .persons import cta_as
from .revision import Revision
from .text import (
    after_colon,
    an,
    cap,
    ends_dangling,
    has_seam,
    join,
    lower_first,
    tidy,
    title,
)
from .voice import Voice, voice_for

T = TypeVar("T")
Builder = Callable[["Job"], Content]


# a slot that carries the brief's words other than its names
# (the call to action is not specific: many briefs share "Book a demo")
_SPECIFIC = re.compile(r"\{(?!(?:brand|Brand|client|maker|short|cta|Cta|cta_low)\})\w+\}")


class _Missing(dict):
    """format_map helper: a slot that has no value makes the template unusable."""

    def __missing__(self, key: str) -> Any:
        raise KeyError(key)


@functools.cache
def built_type(builder: Builder) -> type[Content]:
    """The section model a builder returns, read from its annotation (one source of truth:
    no table of node -> model to keep in step with the workflow's registry)."""
    model = typing.get_type_hints(builder).get("return")
    return model if isinstance(model, type) and issubclass(model, Content) else Content


class Job:
    """Everything a section builder needs for one request."""

    def __init__(
        self,
        section: str,
        facts: Facts,
        context: dict[str, Content],
        revision: Revision,
        registry: dict[str, Builder],
        built: dict[str, Content] | None = None,
    ) -> None:
        self.section = section
        self.facts = facts
        self.brief = facts.brief
        self.voice: Voice = voice_for(facts.style, facts.sensitive)
        digest = hashlib.sha256(f"{facts.key}|{section}|{revision.number}".encode()).digest()
        self.rng = random.Random(int.from_bytes(digest[:8], "big"))
        self.guard: Guard = facts.guard.banning(revision.banned)
        self.revision = revision
        self.context = context
        self._registry = registry
        self._built = built if built is not None else {}
        self._uses: Counter[int] = Counter()
        self._said: set[str] = set()
        self._paragraph_leads: set[str] | None = None  # while say_all writes one paragraph
        self.protected = self._protected = (
            facts.product,
            facts.client,
            *facts.brief.key_features,
        )
        # what keeps its capital after a colon: the names, and features that start with one
        self.capitals = (
            *facts.names,
            *(x.text for x in facts.features if x.low[:1].isupper()),
        )
        self.slots = _slots_for(self)

    # -- choosing ------------------------------------------------------------------------

    def pick(self, options: Sequence[T]) -> T:
        return options[self.rng.randrange(len(options))]

    def shuffled(self, options: Iterable[T]) -> list[T]:
        items = list(options)
        self.rng.shuffle(items)
        return items

    def specific_first(self, templates: Iterable[str]) -> list[str]:
        """Templates shuffled, those with slots (the brief's words) before plain ones, so
        two briefs in the same style rarely print the same line."""
        items = self.shuffled(templates)
        specific = [t for t in items if _SPECIFIC.search(t)]
        return specific + [t for t in items if not _SPECIFIC.search(t)]

    def fill(self, template: str, **extra: Any) -> str | None:
        """The template with its slots filled, or None when a slot has no value here or
        the line belongs to another kind of product (see `kinds`)."""
        if not self.facts.suits(template):
            return None
        values = _Missing({**self.slots, **extra})
        try:
            text = template.format_map(values)
        except (KeyError, IndexError):
            return None
        if "\x00" in text:  # a slot whose value is None
            return None
        return self.tidy(text)

    def fit(
        self,
        options: Iterable[str],
        limit: int | None = None,
        *,
        heading: bool = False,
        **extra: Any,
    ) -> str | None:
        """The first option that fills, fits `limit`, obeys the rules and has no seam.

        `heading` also refuses text ending on a preposition, article or conjunction.
        """
        for option in options:
            text = self.fill(option, **extra)
            if not text or (limit is not None and len(text) > limit):
                continue
            if heading and ends_dangling(text):
                continue
            if has_seam(text, self._protected) or not self.guard.ok(text):
                continue
            return text
        return None

    def limit(self, key: str, default: int) -> int:
        """A length limit, tightened by what the review found over it last time."""
        return max(default // 2, default - self.revision.margin(key))

    # -- sentences -------------------------------------------------------------------------

    def tidy(self, text: str) -> str:
        return tidy(text, self._protected)

    def keep(self, sentences: Iterable[str | None]) -> list[str]:
        """The sentences that obey the rules, tidied; a sentence that would break a rule is
        dropped rather than printed."""
        out = []
        for sentence in sentences:
            if not sentence:
                continue
            text = self.tidy(sentence)
            if self.guard.ok(text):
                out.append(text)
        return out

    def _name_once(self, opener: str, sentence: str) -> str:
        """'Meet X:' then 'X brings…' -> 'it brings…': a name is not said on both sides of a
        colon."""
        for name in (self.facts.product, self.facts.client):
            if name and name in opener and sentence.startswith(f"{name} "):
                return f"it {sentence[len(name) + 1 :]}"
        return sentence

    def paragraph(self, sentences: Iterable[str | None]) -> str:
        """Sentences joined; one that follows an opener ending in a colon continues it."""
        kept = self.keep(sentences)
        out: list[str] = []
        for sentence in kept:
            if out and out[-1].endswith(":"):
                if ":" in sentence:  # two colons in a row read badly: drop the opener
                    out.pop()
                else:
                    sentence = after_colon(self._name_once(out[-1], sentence), self.capitals)
            out.append(sentence)
        if out and out[-1].endswith(":"):
            out.pop()
        return " ".join(out)

    def form(self, feature: Feature) -> Feature:
        """The feature to print: a long one verbatim at most twice per section, then its
        short form."""
        if feature.is_long and feature.compact is not None:
            self._uses[feature.index] += 1
            if self._uses[feature.index] > 2:
                return feature.compact
        return feature

    def say(
        self,
        feature: Feature,
        subject: str | None = None,
        variant: int | None = None,
        plain: bool = False,
    ) -> str:
        """A sentence stating the feature, with a frame picked for this brief."""
        shown = self.form(feature)
        n = self.rng.randrange(4) if variant is None else variant
        subject = subject or self.facts.product
        # the same sentence, or the same lead-in ("Here's the thing:"), twice in a section
        # reads as filler
        # reads as filler; so does the name as a label twice in one paragraph ("X: a. … X: b.")
        leads = self._paragraph_leads if self._paragraph_leads is not None else set()
        for step in range(4):
            text = shown.statement(subject, n + step, plain)
            lead = _lead_in(text, subject)
            named = text.startswith(f"{subject}: ")
            fresh = text not in self._said and not (lead and lead in self._said)
            if fresh and not (named and subject in leads):
                break
        self._said.update((text, lead) if lead else (text,))
        if named:
            leads.add(subject)
        return text

    def say_all(self, features: Iterable[Feature], subject: str | None = None) -> list[str]:
        """Sentences stating several features: noun phrases side by side share one sentence
        ("X comes with the A, the B and the C"), the others are stated one by one with the
        name and "it" taking turns, so a paragraph never repeats the name five times."""
        self._paragraph_leads = set()
        try:
            return self._say_all(features, subject)
        finally:
            self._paragraph_leads = None

    def _say_all(self, features: Iterable[Feature], subject: str | None) -> list[str]:
        name = subject or self.facts.product
        out: list[str] = []
        group: list[Feature] = []

        def flush() -> None:
            if len(group) == 1:
                out.append(self.say(group[0], name if not out else "it"))
            elif group:
                items = join([g.ref or g.low for g in group])
                # a phrase naming what the product is ("documentary photography") is not
                # something it "comes with", nor is one quoted from another language: those
                # groups are stated, not owned
                owned = not any(
                    g.identity or g.price or g.maker or g.kind == "quoted" for g in group
                )
                if not out and name.lower() != "it":
                    options = [f"{cap(items)}: that is {name}.", f"{name}: {items}."]
                    if owned:
                        options += [f"{name} comes with {items}.", f"{name} brings {items}."]
                elif not out:  # "it" right after a sentence that names the product
                    options = [f"It comes with {items}." if owned else f"At a glance: {items}."]
                else:
                    options = [f"Also part of it: {items}."]
                    if owned:
                        options += [f"It also comes with {items}.", f"It has {items} too."]
                picked = self.pick(options)
                # a sentence that opens with the product's name keeps the name's case
                out.append(picked if picked.startswith(name) else cap(picked))
            group.clear()

        listed = ("np", "np_det", "quoted")
        for feature in features:
            shown = self.form(feature)
            same = not group or (group[0].kind == "quoted") == (shown.kind == "quoted")
            if shown.kind in listed and len(group) < 3 and same:
                group.append(shown)
                continue
            flush()
            if shown.kind in listed:
                group.append(shown)
            else:
                out.append(self.say(shown, name if not out or len(out) % 2 == 0 else "it"))
        flush()
        return out

    def feature_slots(self, feature: Feature) -> dict[str, str]:
        """{label} (mid-sentence noun phrase) and {Label} (title) for one feature, when the
        feature has a noun form; otherwise the slot makes a template unusable."""
        shown = feature.compact or feature  # headings and subjects take the short form
        ref = shown.the_ref if shown.kind in ("np", "np_det") else None
        label = shown.label if shown.kind in ("np", "np_det") and len(shown.label) <= 30 else None
        return {
            "label": ref if ref else "\x00",
            "Label": title(label) if label else "\x00",
            "Lab": cap(label) if label else "\x00",
            "feature": shown.low,
            # a phrase in another language is quoted wherever English text names it
            "Feature": shown.low if shown.kind == "quoted" else cap(shown.text),
        }

    # -- earlier sections ----------------------------------------------------------------

    def section_of(self, name: str) -> Any:
        """An earlier section from the context, or written here the same way if missing (or
        of another type than this writer's builder for it returns)."""
        model = built_type(self._registry[name])
        found = self.context.get(name)
        if isinstance(found, model):
            return found
        if isinstance(found, Content):
            try:
                return model.model_validate(found.model_dump())
            except ValueError:
                pass
        if name not in self._built:
            job = Job(name, self.facts, self.context, Revision(), self._registry, self._built)
            self._built[name] = self._registry[name](job)
        return self._built[name]

    # -- slots -----------------------------------------------------------------------------

    def base_slots(self) -> dict[str, Any]:
        """The slots every template may use, from the brief alone."""
        f = self.facts
        seg = f.segment
        short = min(f.short_names, key=len)
        short = short if len(short) <= 20 else "\x00"
        cta_low = f.cta if f.cta.startswith(f.product) else lower_first(f.cta)
        # an audience named in another language: "people" (in a place)
        plain = seg.plural.split(" in ")[0] == "people"
        if f.language != "en":  # an English sentence around a CTA in another language
            cta_they = cta_i = f"take the step “{f.cta}”"
        else:
            cta_they, cta_i = cta_as(cta_low, "they"), cta_as(cta_low, "I")
        slots: dict[str, Any] = {
            "brand": f.product,
            "Brand": f.product,
            "maker": f.maker,
            "client": f.client,
            "client_own": possessive(f.client),  # "Tracelane Labs'", "Bloom Bakehouse's"
            "short": short,
            "segment": seg.plural,
            # a heading never addresses or names the plain "people" ("People, you're welcome")
            "Segment": title(seg.plural) if len(seg.plural) <= 28 and not plain else "\x00",
            "Seg": cap(seg.plural) if not plain else "\x00",
            "Segments_own": (
                possessive(title(seg.plural)) if len(seg.plural) <= 28 and not plain else "\x00"
            ),
            "singular": seg.singular,
            "place": f.audience.place or "\x00",
            "cta": f.cta,
            "cta_low": cta_low,
            "cta_they": cta_they,  # "check their date" after "couples"
            "cta_i": cta_i,  # "check my date" in a persona's words
            "who": f.audience.short or seg.plural,  # the groups and place, no wish
            "weeks": str(f.weeks),
            "A_weeks": f"{cap(an(str(f.weeks)))} {f.weeks}",
            "Weeks": str(f.weeks) if f.weeks > 1 else "\x00",
            "Cta": title(f.cta) if len(f.cta) <= 24 else "\x00",
        }
        slots.update(self.feature_slots(f.features[0]))
        return slots


def _lead_in(sentence: str, subject: str) -> str:
    """'Worth knowing:' of 'Worth knowing: it is…' (a stock phrase before a colon), or ''
    (the subject's own name before a colon labels the fact, as in a pillar's message)."""
    head, colon, _ = sentence.partition(": ")
    if not colon or len(head.split()) > 4 or head.casefold() == subject.casefold():
        return ""
    return f"{head}:"


# The base slots depend on the brief only: worked out once per brief (eleven jobs ask).
_SLOTS: OrderedDict[str, dict[str, Any]] = OrderedDict()
_SLOTS_LOCK = threading.Lock()


def _slots_for(job: Job) -> dict[str, Any]:
    key = job.facts.key
    with _SLOTS_LOCK:
        cached = _SLOTS.get(key)
    if cached is None:
        cached = job.base_slots()
        with _SLOTS_LOCK:
            _SLOTS[key] = cached
            while len(_SLOTS) > 64:
                _SLOTS.popitem(last=False)
    return dict(cached)


def clear_slots() -> None:
    with _SLOTS_LOCK:
        _SLOTS.clear()


__all__ = ["Builder", "Job", "clear_slots"]
