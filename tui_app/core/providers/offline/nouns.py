"""Noun phrases from a brief: their head noun, the article they take in a list ("a private
bath", "documentary photography", "packages from £1,800") and whether a number phrase is a
distance or a time ("ten minutes on foot from the temple")."""

from __future__ import annotations

import re

from . import lexicon as lex
from .text import DETERMINERS, an

# What a head noun is cut from: what follows it in the phrase.
_AFTER_HEAD = re.compile(
    r"\s(?:with|for|through|to|of|in|on|within|from|by|at|over|around|across|per|under|"
    r"near|via|who|that|which|the|a|an|every|each|all|and|or|&|plus|since)\s|,(?!\d)|\s\(",
)


_CONNECTORS = frozenset(
    ("al", "alla", "all'", "de", "del", "della", "di", "du", "des", "à", "au", "aux", "con")
)


def possessive(noun: str) -> str:
    """The possessive of a noun phrase: "the CTOs' ", "the children's", "the nurse's".
    A plural ending in s takes a bare apostrophe; anything else takes 's."""
    if noun.endswith(("s", "S")) and not noun.endswith(("ss", "SS")):
        return noun + "'"
    return noun + "'s"


def head_noun(low: str) -> str:
    """The head noun of a noun phrase: the last word before what qualifies it ('rooms' in
    'eight rooms around a moss garden', 'results' in 'lab results the same day')."""
    head = _AFTER_HEAD.split(f"{low} ", maxsplit=1)[0]
    words = head.split()
    for i, word in enumerate(words[1:], 1):  # "free plots shared by two households"
        if lex.is_participle(word) and lex.is_plural_noun(words[i - 1]):
            words = words[:i]
            break
    return words[-1].strip(",.;:()“”\"'") if words else ""


def article(low: str, kind: str, plural: bool) -> str:
    """'a'/'an' for a countable singular noun phrase; '' for mass nouns and plurals."""
    if kind != "np" or plural:
        return ""
    first = low.split(" ", 1)[0].lower().strip("“\"'(")
    if first in DETERMINERS or re.fullmatch(r"\d[\d,.]*", first):
        return ""
    # a plural before a name's connector keeps its own number: "tacos al pastor", "moules à la
    # crème" (the head is not the last word before "from")
    words = low.split()
    if len(words) > 2 and words[1] in _CONNECTORS and lex.is_plural_noun(words[0]):
        return ""
    head = head_noun(low)
    if not head or not head[:1].isalpha() or lex.is_mass_noun(head) or lex.is_plural_noun(head):
        return ""
    # "instant ocean and air freight quotes", "wheat noodles and miso tare": a plural or
    # mass noun anywhere in the coordination takes the article away
    for conjunct in re.split(r"\s(?:and|or|&)\s", low)[1:]:
        other = head_noun(conjunct)
        if other and (lex.is_plural_noun(other) or lex.is_mass_noun(other)):
            return ""
    return an(low)  # "an SDK", "a 5% down payment"


def plural_head(low: str, kind: str) -> bool:
    if kind not in ("np", "np_det"):
        return False
    last = head_noun(low)
    return lex.is_plural_noun(last) and not lex.is_mass_noun(last)


def is_measure(words: list[str]) -> bool:
    """'Ten minutes on foot from Nanzen-ji', '5 km from the beach': a distance or time."""
    if len(words) < 3:
        return False
    number = words[0].lower() in lex.QUANTIFIERS or lex.is_number(words[0])
    unit = words[1].lower().strip(",.") in lex.UNITS
    rest = " ".join(words[2:]).lower()
    return number and unit and bool(re.search(r"\b(?:from|away|on foot|walk|drive|by)\b", rest))


__all__ = ["article", "head_noun", "is_measure", "plural_head", "possessive"]
