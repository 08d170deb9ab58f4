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
from .labels import unlabel
from .text import an, cap, join, lower_first, squash

_AGE_RANGE = re.compile(
    r"(?:\b(?:aged?|ages)\s+)?\b(\d{1,2})\s*(?:-|–|to)\s*(\d{1,2})\b"
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
_NOTE = re.compile(r",\s*(?:many|most|some|all|half|none|several) of (?:whom|them|which)\b")
# a lower-case -ing word after the place starts what the group does ("Reading" is a town)
_DOING = re.compile(
    r"(?:,\s*|\s+)(?=(?!(?:morning|evening|during|including|wedding|building|clothing|housing|"
    r"shopping|parking|spring|meeting)\b)[a-z]{3,}ing\s)"
)
_NOT_DOING = re.compile(
    r"\b(?:morning|evening|during|including|wedding|building|clothing|housing|shopping|"
    r"parking|spring|meeting|being|king|thing|something|nothing|anything|everything)\b"
)
# a list of named places: "from Europe, the US and Tokyo", "in Lyon or Geneva"
_PLACE_NAME = r"(?:the\s+)?[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*)*"
_PLACES = re.compile(
    rf"[a-z]+(?:\s+in)?\s+{_PLACE_NAME}(?:\s*,\s*{_PLACE_NAME})*,?\s+(?:and|or)\s+{_PLACE_NAME}"
)
_TAIL = re.compile(r",\s*(?=(?:and\s+|plus\s+)?[a-z])")
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
    r"architects?|engineers?|developers?|executives?|founders?|procurement|"
    r"companies|company|businesses|enterprises?|firms?|agencies|startups?|"
    r"merchants?|retailers?|suppliers?|carriers?|wholesalers?|saas)\b",
    re.IGNORECASE,
)
# owners, teams, buyers and leaders are a business audience only after a word of work: "shop
# owners", "sales teams", "media buyers"; never "dog owners", "esports teams", "first-time buyers"
_AT_WORK = (
    r"business|shop|store|restaurant|caf[eé]|salon|venue|hotel|hospitality|fleet|practice|"
    r"clinic|agency|brand|e-?commerce|studio|gym|bar|site|website|franchise|farm|sales|"
    r"marketing|engineering|product|security|finance|ops|operations|data|hr|people|"
    r"support|success|legal|design|devops|dev|platform|it|media|trade|corporate|team|tech|"
    r"technology|industry|remote|distributed|small|growing|clinical|care|nursing|revenue|"
    r"growth|account|content|creative|analytics|research|school|council"
)
_B2B_ROLE = re.compile(rf"\b(?:{_AT_WORK})[\s-]+(?:owners?|teams?|buyers?|leaders?)\b", re.I)
_IT = re.compile(r"\bIT\b")  # the department, never the pronoun "it"


def is_b2b(text: str) -> bool:
    """Whether an audience is people buying for their work."""
    return bool(_B2B.search(text) or _B2B_ROLE.search(text) or _IT.search(text))


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
    short: str = ""  # the groups and the place, without the wish or notes, for copy
    public: str = ""  # `text` without the team's labels ("affluent"), for public copy
    whole: Segment | None = None  # "dog and cat owners": every segment, the same kind of person

    @property
    def lead(self) -> Segment:
        """The group the copy addresses: all of them when they are one kind of person ("dog and
        cat owners"), else the first one named."""
        return self.whole or self.segments[0]

    @property
    def ages(self) -> str:
        return next((s.ages for s in self.segments if s.ages), "")


def _age(part: str) -> tuple[str, str, bool]:
    """(text without its age phrase, '25-40' / '65+' / 'under 30' or '', whether the phrase
    may cover the parts before it: "hikers and nomads aged 25-40" yes, "families and adults
    over 65" no)."""
    for pattern in (_AGE_RANGE, _AGE_OPEN):
        match = pattern.search(part)
        if not match:
            continue
        before = part[: match.start()]
        if _CHILD_WORDS.search(before) and len(before.split()) > 2:
            return part, "", False  # "parents of children aged 8-12": the children's ages
        rest = squash(part[: match.start()] + " " + part[match.end() :]).strip(" ,")
        shared = bool(re.match(r"(?:aged?|ages)\b", match.group(0), re.I))
        if pattern is _AGE_RANGE:
            low, high = int(match.group(1)), int(match.group(2))
            # "aged 4-11" says it is an age; a bare "5-10" must look like one (teams of 2-4)
            said = re.match(r"(?:aged?|ages)\b", match.group(0), re.I) or re.search(
                r"year|\byo\b", match.group(0), re.I
            )
            if not ((0 if said else 5) <= low < high <= 110) or (not said and high < 10):
                return part, "", False
            return rest, f"{low}-{high}", shared or match.start() == 0
        if match.group(1) or match.group(2):
            return rest, f"{match.group(1) or match.group(2)}+", shared
        return rest, f"under {match.group(3)}", shared
    return part, "", False


def _segment(part: str, place: str, ages: str, keep: set[str], doing: str = "") -> Segment | None:
    descriptor = doing
    with_at = part.find(" with ")  # "families with children aged 4-12"
    if with_at > 0:
        part, descriptor = part[:with_at], part[with_at + 1 :]
    words = part.split()
    if not words:
        return None
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
    # ("League of Legends teams": a name's "of" leaves the head last)
    head_at = next(
        (
            i - 1
            for i, w in enumerate(words)
            # "residents of Leeds": the head is before "of"; "League of Legends teams": a
            # name runs on to the head at the end
            if w.lower() == "of"
            and i
            and not (words[min(i + 1, len(words) - 1)][:1].isupper() and i + 2 < len(words))
        ),
        len(words) - 1,
    )
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


def _place_parts(place: str) -> tuple[str, str, str, list[str]]:
    """(place, age, note, other groups) from "in the UK aged 25-40 with a deposit of 5-10%":
    neither the age nor what the people have is where they are. "with" is cut only after a
    named place: "at enterprises with 1,000+ employees" is where they work. "in Bristol and
    their families": the families are a group of their own."""
    age = note = ""
    more: list[str] = []
    found = re.search(r"\s+and\s+((?:their|his|her|our)\s+\w+.*)$", place)
    if found and re.search(r"\b[A-Z]", place[: found.start()]):
        more.append(found.group(1))
        place = place[: found.start()].strip(" ,")
    found = re.search(r",?\s+((?:aged?|ages)\s+\d\S*)", place)
    if found and "," not in place[: found.start()]:  # "in Europe, players aged 16-30": theirs
        age = found.group(1)
        place = squash(place[: found.start()] + place[found.end() :]).strip(" ,")
    found = re.search(r",?\s+((?:with|without)\s.+)$", place)
    if found and re.search(r"\b[A-Z]", place[: found.start()]):
        note = found.group(1)
        place = place[: found.start()].strip(" ,")
    return place, age, note, more


def _whole(segments: list[Segment]) -> Segment | None:
    """One group for segments that differ only in their first words ("dog owners" and "cat
    owners": "dog and cat owners"), so copy addressing the lead group leaves none out."""
    words = [s.plural.split() for s in segments]
    if len(segments) < 2 or any(not 2 <= len(w) <= 3 for w in words):
        return None
    if len({w[-1] for w in words}) != 1 or len({s.singular.split()[-1] for s in segments}) != 1:
        return None
    mods = [" ".join(w[:-1]) for w in words]
    lead = segments[0]
    singular = f"{join(mods, 'or')} {lead.singular.split()[-1]}"
    role = lead.role.replace(cap(lead.singular), cap(singular), 1)
    same = lambda name: len({getattr(s, name) for s in segments}) == 1  # noqa: E731
    return Segment(
        f"{join(mods)} {words[0][-1]}",
        singular,
        singular,
        role,
        lead.descriptor if same("descriptor") else "",
        lead.ages if same("ages") else "",
    )


def _tail_parts(text: str, appositive: bool = True) -> tuple[str, list[str]]:
    """Cut what trails after a comma and starts lower-case ("in Berlin, locals and
    visitors", "…, and their parents"): an appositive is dropped, "and X" is another group."""
    match = _TAIL.search(text)
    if not match:
        return text, []
    tail = text[match.end() :]
    more = re.match(r"(?:and|plus)\s+(.+)", tail)
    if not more and not appositive:
        return text, []
    return text[: match.start()].strip(" ,"), [more.group(1)] if more else []


def read_audience(text: str, names: tuple[str, ...], foreign: bool = False) -> Audience:
    """Segments, place and wish from the audience text; nothing that is not in it.

    `foreign`: the text is in another language than English. Its words are not English
    grammar to take apart: English sentences name the audience plainly ("people in
    Hamburg", a place only when it is a name) and quote it as written where it is cited."""
    if foreign:
        return _foreign(text)
    keep: set[str] = set()  # the audience is plain words: only names stay capitalised
    body = re.sub(r"\s*\([^)]*\)", "", text)
    body = re.sub(r"\b(\d{2})\s+and\s+(over|above|older)\b", r"\1+", body, flags=re.I)
    body = squash(body).strip(" ,.;:")
    body = _NOTE.split(body, maxsplit=1)[0].strip(" ,")
    wish = ""
    extra: list[str] = []
    match = _WISH.search(body)
    if match:
        wish = body[match.end() :].strip(" ,.;:")
        body = body[: match.start()]
        # "who eat plant-based, aged 20-35, in the UK": an age or a place after the wish
        found = re.search(r",\s*((?:aged?|ages)\s+\d.*?)(?=,|$)", wish)
        if found:
            body += f" {found.group(1)}"
            wish = (wish[: found.start()] + wish[found.end() :]).strip(" ,")
        found = re.search(r",\s*((?:in|from|across|around|near)\s+.+)$", wish)
        if found:
            body += f" {found.group(1)}"
            wish = wish[: found.start()].strip(" ,")
        wish, extra = _tail_parts(wish, appositive=False)
        if re.search(r",\s*(?:and|plus)\s+[^,]+$", body):
            wish = ""  # "…, and the planners who recommend suppliers": theirs, not everyone's
    else:
        match = _LOOKING.search(body)
        if match:
            wish = f"are {match.group(1)} {body[match.end() :]}".strip(" ,.;:")
            body = body[: match.start()]
    place = doing = ""
    match = _PLACE.search(body)
    if match:
        place = body[match.start() :].strip()
        body = body[: match.start()]
        # "in Cornwall planning a 2027 wedding", "in Halifax, earning …": what they do is
        # not where they are
        doing_at = _DOING.search(place)
        if doing_at:
            doing = place[doing_at.start() :].strip(" ,")
            place = place[: doing_at.start()].strip(" ,")
        place, age, note, more = _place_parts(place)
        body = f"{body} {age}" if age else body  # the age goes back to the groups
        doing = doing or note
        extra += more
        if not _PLACES.fullmatch(place):  # "from Europe, the US and Tokyo" stays whole
            place, more = _tail_parts(place)
            extra += more
    else:
        body, more = _tail_parts(body)
        extra += more
    # "Londoners aged 22-40 working or living in East London": what they do is no group of
    # its own ("living") and no part of their name ("Londoners working")
    trailing = re.search(r"\s+([a-z]{3,}ing(?:\s+(?:or|and)\s+[a-z]{3,}ing)*)$", body)
    if trailing and not _NOT_DOING.search(trailing.group(1)):
        doing = doing or trailing.group(1)
        body = body[: trailing.start()]
    body = unlabel(body)  # segments are named in public copy: no "affluent couples"
    parts = [
        re.sub(r"^(?:the|a|an|their|our|your|all|every)\s+", "", p.strip(" .,;:-"), flags=re.I)
        for p in [*_SPLIT.split(body), *extra]
    ]
    parts = [p for p in parts if p]
    # "Restaurant and care-home managers": a lone modifier shares the next part's head noun
    for i in range(len(parts) - 1):
        if len(parts[i].split()) == 1 and not lex.is_plural_noun(parts[i]):
            # (the head without an age: "flexitarian and vegan shoppers aged 22-50")
            parts[i] = f"{parts[i]} {_age(parts[i + 1])[0].split()[-1]}"
    read = [_age(p) for p in parts]
    aged = [(p, a) for p, a, _ in read]
    # an age on the last part only ("hikers and nomads aged 25-40") covers every part
    # before it, not a group named after it ("…, and their parents")
    own = len(parts) - len(extra)
    last = read[own - 1] if own > 0 else None
    if last and last[2] and not any(a for _, a in aged[: own - 1]):
        aged = [(p, last[1]) if i < own else (p, a) for i, (p, a) in enumerate(aged)]
    segments: list[Segment] = []
    seen: set[str] = set()
    for part, ages in aged:
        seg = _segment(part, place, ages, keep, doing)
        if seg and wish and len(aged) == 1 and part.lower() in _ANYONE:
            # "People who hate mornings": the wish is what defines the group
            who = f"{seg.plural} who {wish}"
            seg = Segment(who, seg.singular, seg.person, seg.role, seg.descriptor, seg.ages)
        if seg and seg.singular.lower() not in seen and seg.person.lower() not in seen:
            seen |= {seg.singular.lower(), seg.person.lower()}
            segments.append(seg)
        if len(segments) == 3:
            break
    if not segments:
        who = lower_first(squash(text)[:60], keep) or "customers"
        segments.append(Segment(who, "customer", "customer", "Customer", "", ""))
    groups = join([squash(body), *extra]) if extra else squash(body)
    short = lower_first(f"{groups} {place}".strip(), keep) if groups else segments[0].plural
    return Audience(
        text=lower_first(squash(text).rstrip(". "), keep),
        segments=tuple(segments),
        place=place,
        wish=wish,
        b2b=is_b2b(text),
        short=short,
        public=lower_first(unlabel(squash(text).rstrip(". ")), keep),
        whole=_whole(segments),
    )


def _foreign(text: str) -> Audience:
    body = squash(re.sub(r"\s*\([^)]*\)", "", text)).strip(" ,.;:")
    found = re.search(r"\bin\s+((?:[A-Z][\w'’.-]*\s?){1,3})", body)
    # the place belongs to the group's name ("people in Hamburg"), so no sentence adds it
    # a second time
    where = f" in {found.group(1).strip()}" if found else ""
    ages = next((a for part in _SPLIT.split(body) if (a := _age(part)[1])), "")
    lead = Segment(f"people{where}", "customer", "customer", f"Customer{where}", "", ages)
    return Audience(
        text=f"“{squash(text).rstrip('. ')}”",
        segments=(lead,),
        place="",
        wish="",
        b2b=is_b2b(text),
        short=lead.plural,
    )


__all__ = ["Audience", "Segment", "read_audience"]
