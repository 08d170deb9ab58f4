"""The brief's audience, read into segments: who they are, where, what they want, and their
ages only when the audience text states them.

"Weekend hikers and digital nomads aged 25-40 who carry phones off-grid" gives two segments
(weekend hikers, digital nomads) aged 25-40 with the wish "carry phones off-grid"; "Parents
of children aged 8-12" gives parents with no age (the ages are the children's).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import lexicon as lex
from .text import an, cap, lower_first, squash

_AGE_RANGE = re.compile(
    r"(?:\b(?:aged?|ages)\s+)?\b(\d{1,2})\s*(?:-|–|to)\s*(\d{2})\b"
    r"(?:\s*(?:year[- ]olds?|years?(?: old)?|yo)\b)?",
    re.IGNORECASE,
)
_AGE_OPEN = re.compile(
    r"(?:\b(?:aged?|ages)\s+)?\b(\d{2})\s*(?:\+|and (?:over|above|older)|or (?:over|older))"
    r"|\b(?:over|above)\s+(?:the age of\s+)?(\d{2})\b|\b(?:under|below)\s+(\d{2})\b",
    re.IGNORECASE,
)
_CHILD_WORDS = re.compile(
    r"\b(?:child|children|kids?|babies|baby|toddlers?|teens?|teenagers?|pupils?|sons?|"
    r"daughters?|grandchildren|students)\s*(?:aged?|ages)?\s*$",
    re.IGNORECASE,
)
_WISH = re.compile(r"\s*,?\s*\b(?:who|that|which)\b\s+", re.IGNORECASE)
_LOOKING = re.compile(r"\s+\b(looking for|in search of|interested in|wanting|needing)\b\s+", re.I)
_PLACE = re.compile(
    r"\s+\b(?:in|at|from|across|within|around|near|on|without|based in|working at|working in|"
    r"visiting)\b\s+",
    re.IGNORECASE,
)
_SPLIT = re.compile(r"\s*(?:,|;|&|/|\band\b|\bor\b|\bplus\b)\s*", re.IGNORECASE)
# group nouns: the person in them ("families" -> a parent, "firms" -> a partner)
_GROUPS = {
    "family": "parent",
    "household": "householder",
    "couple": "partner",
    "team": "lead",
    "company": "leader",
    "business": "owner",
    "firm": "partner",
    "startup": "founder",
    "brand": "marketer",
    "shop": "owner",
    "store": "owner",
    "agency": "lead",
    "organisation": "leader",
    "organization": "leader",
    "nonprofit": "director",
    "charity": "director",
    "school": "teacher",
    "club": "organiser",
}
_ANYONE = {"anyone", "everyone", "everybody", "people", "consumers", "customers", "public"}
_B2B = re.compile(
    r"\b(?:b2b|c[a-z]?[eiftmo]os?|cisos?|vps?|directors?|heads? of|managers?|controllers?|"
    r"architects?|engineers?|developers?|executives?|founders?|leaders?|buyers?|procurement|"
    r"companies|company|businesses|enterprises?|firms?|agencies|startups?|teams?|"
    r"owners?|merchants?|retailers?|suppliers?|carriers?|saas|it)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Segment:
    """One group of the audience, e.g. weekend hikers."""

    plural: str  # for mid-sentence use: "weekend hikers"
    singular: str  # "weekend hiker"
    person: str  # one person of the group: "parent" for "busy families"
    role: str  # "Weekend hiker in the Peak District"
    descriptor: str = ""  # "rediscovering vinyl" (from "Music lovers rediscovering vinyl")
    ages: str = ""  # "25-40", "65+" or "" when the audience text gives none


@dataclass(frozen=True, slots=True)
class Audience:
    text: str  # as written, for mid-sentence use
    segments: tuple[Segment, ...]
    place: str  # "in Portland", "at mid-size SaaS companies", "" when none
    wish: str  # "want fresh bread delivered weekly" (what follows "who")
    b2b: bool

    @property
    def lead(self) -> Segment:
        return self.segments[0]

    @property
    def ages(self) -> str:
        return next((s.ages for s in self.segments if s.ages), "")


def _age(part: str) -> tuple[str, str]:
    """(text without its age phrase, '25-40' / '65+' / 'under 30' or '')."""
    for pattern in (_AGE_RANGE, _AGE_OPEN):
        match = pattern.search(part)
        if not match:
            continue
        if _CHILD_WORDS.search(part[: match.start()]):
            return part, ""  # the children's ages, not this group's
        rest = squash(part[: match.start()] + " " + part[match.end() :]).strip(" ,")
        if pattern is _AGE_RANGE:
            low, high = int(match.group(1)), int(match.group(2))
            if not 5 <= low < high <= 110:
                return part, ""
            return rest, f"{low}-{high}"
        if match.group(1) or match.group(2):
            return rest, f"{match.group(1) or match.group(2)}+"
        return rest, f"under {match.group(3)}"
    return part, ""


def _segment(part: str, place: str, ages: str, keep: set[str]) -> Segment | None:
    words = part.split()
    if not words:
        return None
    descriptor = ""
    for i, word in enumerate(words[1:-1], 1):
        # "Music lovers rediscovering vinyl": an -ing verb after a plural noun, with an object
        if word.lower().endswith("ing") and len(word) > 4 and lex.is_plural_noun(words[i - 1]):
            descriptor = " ".join(words[i:])
            words = words[:i]
            break
    words = words[:6]
    where = f" {place}" if place else ""
    text = " ".join(words)
    if text.lower() in _ANYONE:
        return Segment(
            lower_first(text, keep), "customer", "customer", f"Customer{where}", descriptor, ages
        )
    if re.fullmatch(r"gen\s?[zxy]|gen alpha|millennials", text, re.IGNORECASE):
        person = f"{text} consumer"
        return Segment(text, person, person, f"{cap(person)}{where}", descriptor, ages)
    # the head noun: the last word, or the word before "of" ("parents of toddlers")
    head_at = next((i - 1 for i, w in enumerate(words) if w.lower() == "of" and i), len(words) - 1)
    single = list(words)
    single[head_at] = lex.singular(words[head_at])
    singular = lower_first(" ".join(single), keep)
    head = single[head_at].lower()
    if head in _GROUPS and head_at == len(words) - 1:
        noun = _GROUPS[head]
        before = single[:-1]
        person = lower_first(" ".join([*before, noun]), keep) if before else noun
        if head in ("family", "couple") and before:
            group = lower_first(" ".join([*before, head]))
            role = f"{cap(noun)} in {an(group)} {group}{where}"
        elif head in ("family", "household", "couple"):
            role = f"{cap(noun)}{where}"
        else:
            person = f"{singular} {noun}"
            role = f"{cap(person)}{where}"
    else:
        person = singular
        role = f"{cap(singular)}{where}"
    return Segment(lower_first(text, keep), singular, person, role, descriptor, ages)


def read_audience(text: str, names: tuple[str, ...]) -> Audience:
    """Segments, place and wish from the audience text; nothing that is not in it."""
    keep: set[str] = set()  # the audience is plain words: only names stay capitalised
    body = re.sub(r"\s*\([^)]*\)", "", text)
    body = re.sub(r"\b(\d{2})\s+and\s+(over|above|older)\b", r"\1+", body, flags=re.I)
    body = squash(body).strip(" ,.;:")
    wish = ""
    match = _WISH.search(body)
    if match:
        wish = body[match.end() :].strip(" ,.;:")
        body = body[: match.start()]
    else:
        match = _LOOKING.search(body)
        if match:
            wish = f"are {match.group(1)} {body[match.end() :]}".strip(" ,.;:")
            body = body[: match.start()]
    place = ""
    match = _PLACE.search(body)
    if match:
        place = body[match.start() :].strip()
        body = body[: match.start()]
    parts = [
        re.sub(r"^(?:the|a|an|their|our|your)\s+", "", p.strip(" .,;:-"), flags=re.I)
        for p in _SPLIT.split(body)
    ]
    parts = [p for p in parts if p]
    # "Restaurant and care-home managers": a lone modifier shares the next part's head noun
    for i in range(len(parts) - 1):
        if len(parts[i].split()) == 1 and not lex.is_plural_noun(parts[i]):
            parts[i] = f"{parts[i]} {parts[i + 1].split()[-1]}"
    aged = [_age(p) for p in parts]
    # an age on the last part only ("hikers and nomads aged 25-40") covers every part
    if aged and aged[-1][1] and not any(a for _, a in aged[:-1]):
        aged = [(p, aged[-1][1]) for p, _ in aged]
    segments: list[Segment] = []
    seen: set[str] = set()
    for part, ages in aged:
        seg = _segment(part, place, ages, keep)
        if seg and wish and len(aged) == 1 and part.lower() in _ANYONE:
            # "People who hate mornings": the wish is what defines the group
            who = f"{seg.plural} who {wish}"
            seg = Segment(who, seg.singular, seg.person, seg.role, seg.descriptor, seg.ages)
        if seg and seg.singular.lower() not in seen:
            seen.add(seg.singular.lower())
            segments.append(seg)
        if len(segments) == 3:
            break
    if not segments:
        who = lower_first(squash(text)[:60], keep) or "customers"
        segments.append(Segment(who, "customer", "customer", "Customer", "", ""))
    return Audience(
        text=lower_first(squash(text).rstrip(". "), keep),
        segments=tuple(segments),
        place=place,
        wish=wish,
        b2b=bool(_B2B.search(text)),
    )


__all__ = ["Audience", "Segment", "read_audience"]
