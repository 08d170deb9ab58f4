"""What kind of phrase a key feature is: a noun phrase ("Built-in 20W solar panel"), a verb
phrase ("Tracks every expense"), a whole clause ("Every $10 provides 30 meals"), a participle
("Made in Solingen"), an adjective ("Vegan and gluten-free"), an imperative ("Pause or skip
any week"), a measure ("Ten minutes on foot from…") or an elliptical clause that gets its verb
("Laptops provided" -> "Laptops are provided"). `features` builds the sentence forms on it.
"""

from __future__ import annotations

import re

from . import lexicon as lex
from .nouns import is_measure
from .text import DETERMINERS

_ELLIPTICAL = frozenset(
    ["welcome", "included", "provided", "covered", "waiting", "available", "done"]
)
_IMPERATIVE_NEXT = (
    frozenset(
        [
            "online",
            "anywhere",
            "anytime",
            "together",
            "home",
            "out",
            "up",
            "in",
            "back",
            "or",
            "and",
        ]
    )
    | lex.PREPOSITIONS
    | DETERMINERS
    | lex.PRONOUNS
)
_NOUN_NEXT = frozenset(("of", "for", "and", "&"))


def _elliptical(words: list[str]) -> tuple[str, int] | None:
    """'Laptops provided' -> ('are', 1): a noun then a participle with no verb ('Annual
    vaccinations and two health checks included' -> ('are', 6))."""
    for i, word in enumerate(words[1:8], 1):
        low = word.lower().strip(",.")
        prev = words[i - 1].strip(",.")
        if words[i - 1].endswith(","):
            return None  # a second clause ("Pay by card, no app needed")
        participle = lex.is_participle(low) and "-" not in low and not low.startswith("un")
        if not (low in _ELLIPTICAL or participle):
            continue
        # "booked appointments", "connected medical devices": a participle before its noun
        # describes it; no verb is missing ("Walk-in and is booked appointments")
        nxt = words[i + 1].lower().strip(",.") if i + 1 < len(words) else ""
        follows = nxt in lex.PREPOSITIONS or nxt in ("and", "or") or nxt.endswith("ly")
        if nxt and not follows and not nxt[:1].isdigit() and not words[i].endswith(","):
            continue
        if prev.lower() in ("and", "or", "who", "that", "which", "&"):
            return None  # "residents who need help": a clause of its own
        plain = prev[1:].islower() if i == 1 else prev.islower()
        # "Wi-Fi included": a one-word name before a word that is said of it
        named = i == 1 and low in _ELLIPTICAL and prev.replace("-", "").isalpha()
        if not named and (not prev.isalpha() or not plain or prev.lower() in DETERMINERS):
            return None
        if prev.endswith("ly") or prev.lower() in lex.PREPOSITIONS:
            return None
        # the verb agrees with the subject, not with a noun after its preposition ("Free
        # parking for all guests included": is); "and" makes two subjects
        subject = re.split(r"\s(?:for|of|in|on|with|from|at|to|by)\s", " ".join(words[:i]))[0]
        many = re.search(r"\s(?:and|&)\s", subject) or lex.is_plural_noun(subject.split()[-1])
        return ("are" if many else "is", i)
    return None


def _subject_and_verb(words: list[str]) -> bool:
    """'Kids go free on weekdays', 'Chartered accountant reviews every return': a noun, then
    its verb, then what a verb takes (a determiner, a preposition, an adjective)."""
    low = [w.lower().strip(",.") for w in words]
    for i in range(1, min(4, len(low) - 1)):
        after = low[i + 1]
        takes = after in DETERMINERS or after in lex.QUANTIFIERS or after in lex.PREPOSITIONS
        takes = takes or after in ("free", "your", "you", "it", "them", "like")
        if not takes or low[i - 1] in DETERMINERS or not low[i - 1].isalpha():
            continue
        # ("Software updates every month": a mass noun then "-s every" is a noun phrase)
        mass_then_every = lex.is_mass_noun(low[i - 1]) and after in lex.QUANTIFIERS
        third = (
            lex.base_of_third(low[i]) in lex.VERBS
            and not lex.is_plural_noun(low[i - 1])
            and not mass_then_every
        )
        plural = low[i] in lex.VERBS and lex.is_plural_noun(low[i - 1])
        if third or plural:
            return True
    return False


def classify(text: str) -> tuple[str, str]:
    """(kind, text) for a feature; an elliptical clause comes back with its verb added."""
    words = text.split()
    w0 = words[0].lower().strip(",.;:")
    w1 = words[1].lower().strip(",.;:") if len(words) > 1 else ""
    if w0 in lex.FRAGMENT_STARTS and len(words) > 1 and not lex.is_adjective(w0):
        return "fragment", text  # "Now with 2x battery", "Also in blue"
    w2 = words[2].lower().strip(",.;:") if len(words) > 2 else ""
    # "Free-to-play with no pay-to-win items", "Ready-to-wear in three sizes": an adjective
    # (before a noun it describes it: "an easy-to-use dashboard")
    if re.fullmatch(r"[a-z]+-to-[a-z]+", w0) and (not w1 or w1 in lex.PREPOSITIONS):
        return "adjective", text
    if f"{w0} {w1}" in lex.TWO_WORD_ADJECTIVES and (
        not w2 or w2 in lex.PREPOSITIONS or w2 in ("and", "or") or words[1].endswith(",")
    ):
        return "adjective", text  # "Open source under the MIT licence"
    # a count ("120 puzzle levels") is a determiner; "5% down payment" is not
    pure_number = bool(re.fullmatch(r"\d[\d,.]*", w0))
    if is_measure(words):
        return "measure", text
    # a subject then a finite verb: "Every $10 provides 30 meals", "We come to your office"
    if w0 in lex.QUANTIFIERS or w0 in lex.PRONOUNS or pure_number:
        for i, word in enumerate(words[1:6], 1):
            low = word.lower().strip(",.")
            nxt = words[i + 1].lower() if i + 1 < len(words) else ""
            finite = lex.base_of_third(low) is not None or (
                low in lex.VERBS and (w0 in lex.PLURAL_SUBJECTS or lex.is_plural_noun(words[i - 1]))
            )
            if finite and words[i - 1].lower() not in DETERMINERS and not lex.is_participle(nxt):
                return "clause", text
        if w0 in lex.PRONOUNS:
            return "clause", text
    # "SOC 2 Type II certified", "FSCS protected up to £85,000": a name then a participle
    for i, word in enumerate(words[1:6], 1):
        if words[i - 1].endswith(","):
            break  # a second clause ("€15 tickets, drinks included")
        named = any(
            (j and w[:1].isupper())
            or w.isupper()
            or any(c.isdigit() for c in w)
            or any(c.isupper() for c in w[1:])  # "OpenTelemetry", "iOS"
            for j, w in enumerate(words[:i])
        )
        # "Wi-Fi included" says the Wi-Fi is included, not that the product is
        of_the_noun = word.lower().strip(",.") in _ELLIPTICAL
        after_name = not of_the_noun and (
            lex.is_participle(word.rstrip(",")) or word.lower() in lex.POSTPOSITIVE
        )
        # "5-year fixed rate": a participle before its noun is attributive, not "is fixed"
        nxt = words[i + 1].lower().strip(",.") if i + 1 < len(words) else ""
        attributive = (
            not word.endswith(",")
            and nxt
            and not (
                nxt in lex.PREPOSITIONS or nxt in ("and", "or", "up", "since") or nxt[:1].isdigit()
            )
        )
        if after_name and named and not attributive:
            # "ISO 27001 certified, data hosted in Zurich": a second, elliptical clause gets
            # its verb ("…certified, and data is hosted in Zurich")
            tail = words[i + 1 :] if word.endswith(",") else []
            found = _elliptical(tail) if len(tail) > 1 else None
            if found:
                be, at = found
                head = " ".join(words[: i + 1]).rstrip(",")
                return "adjective", " ".join([f"{head}, and", *tail[:at], be, *tail[at:]])
            return "adjective", text
    clause = _subject_and_verb(words)
    if clause:
        return "clause", text
    found = _elliptical(words)
    if found and len(words) > 1:
        be, at = found
        return "clause", " ".join([*words[:at], be, *words[at:]])
    # "Plans from $9 a month" names a price; "Ships from Berlin" is a verb
    priced = w1 == "from" and bool(re.match(r"[^\w\s]?\d|[A-Z]{3}\b", words[2] if w2 else ""))
    # "Money arrives in minutes", "Data stays in the EU": a mass noun, then its verb
    # ("Software updates every month" is a noun phrase: a verb is followed by a preposition,
    # a number or an object's determiner)
    verb = lex.base_of_third(w1)
    counted = lex.is_number(w2) or (w2 in lex.QUANTIFIERS and w2 not in ("every", "each", "all"))
    after_verb = w2 in lex.PREPOSITIONS or counted or w2 in ("a", "an", "the", "your")
    if len(words) > 2 and lex.is_mass_noun(w0) and verb in lex.VERBS and after_verb:
        return "clause", text
    if lex.base_of_third(w0) and w1 not in _NOUN_NEXT and len(words) > 1 and not priced:
        return "verb", text
    if lex.is_adjective(w0) and w0 in lex.PREDICATE_ADJECTIVES and w1 in lex.QUANTIFIERS:
        return "adjective", text  # "Open every Saturday" (not "Open an account")
    if w0 in ("open", "available") and (
        w1 in ("until", "till", "late", "daily", "from", "on", "at", "24/7") or w1[:1].isdigit()
    ):
        return "adjective", text  # "Open until 10 pm", "Available 24 hours a day"
    if (
        lex.is_base_verb(w0)
        and not (lex.is_mass_noun(w0) and w1 in lex.PREPOSITIONS)
        and (w1 in _IMPERATIVE_NEXT or w1.endswith("ly"))
    ):
        return "imperative", text
    if lex.is_participle(w0) and (w1 in lex.PREPOSITIONS or w1 in DETERMINERS or w1 in ("fresh",)):
        return "participle", text
    if lex.is_adjective(w0) and (
        len(words) == 1
        or w1 in lex.PREPOSITIONS
        or w1 in ("and", "or", "since", "not")
        or (w1[:1].isdigit() and (len(words) == 2 or w0 == "open"))
        or (w1 in lex.QUANTIFIERS and w1 not in ("a", "an"))
    ):
        return "adjective", text
    if w0.endswith("ly") and len(words) == 2 and (lex.is_adjective(w1) or lex.is_participle(w1)):
        return "adjective", text
    if len(words) == 1 and (
        lex.is_adjective(w0) or w0.endswith(("ful", "ous", "ive", "ic", "able", "ible", "al"))
    ):
        return "adjective", text
    if w0 in lex.QUANTIFIERS or pure_number or w0 == "no":
        return "np_det", text
    return "np", text


__all__ = ["classify"]
