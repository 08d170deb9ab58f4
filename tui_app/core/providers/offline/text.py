"""Grammar helpers for writing English from templates and brief phrases.

Everything here is plain string work with no knowledge of campaigns: articles, joining,
sentence case (shortening a phrase lives in `cuts`), and the seam
checks the writers run on every public string (doubled words, "..", a heading that ends on a
preposition or article).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from .lexicon import PROPER_WORDS


def _words(text: str) -> frozenset[str]:
    """A set of words written as one string (easier to read and edit than a list)."""
    return frozenset(text.split())


# Words a heading, button or tagline must never end on: it reads as cut off mid-phrase.
DANGLING = _words(
    """a an the and or but nor of to for with from in on at by as into onto over under than
    that which who whom whose your our their its my his her this these those via per
    about across through within without between among & + - – — , : ; so if because
    while when where plus versus vs"""
)
# Words that may precede a noun phrase directly; "the" before them reads wrong ("the every").
DETERMINERS = _words(
    """a an the every each all any some no your our their its my his her this these those one
    two three four five six seven eight nine ten more most many much few several both
    either neither another other whatever"""
)
# Determiners that cannot end a phrase ("Classes of no", "Webhooks for every").
_DANGLING_DETERMINERS = DETERMINERS - {
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "more",
    "most",
    "both",
    "all",
    "other",
    "another",
    "either",
    "neither",
    "whatever",
}

_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"[^\W_][\w'’-]*")


def squash(text: str) -> str:
    """One line, single spaces."""
    return _SPACE.sub(" ", text).strip()


def cap(text: str) -> str:
    """Upper-case the first letter (leaves the rest alone)."""
    return text[:1].upper() + text[1:] if text else text


def lower_first(text: str, names: Iterable[str] = ()) -> str:
    """Lower-case the first word for mid-sentence use, unless it looks like a name.

    A word with capitals after its first letter (CFOs, SaaS, iPhone), a digit, a letter
    outside ASCII (Łódź, Müller), a word followed by another capitalised one ("Gas Safe",
    "Grenache and Cinsault") or a text starting with one of `names` stays as written.
    """
    if not text:
        return text
    parts = re.split(r"[\s,;:]+", text, maxsplit=3)
    first = parts[0]
    later = parts[1:3] if len(parts) > 1 and parts[1].lower() in ("and", "&", "or") else parts[1:2]
    if (
        (len(first) > 1 and (first[1:] != first[1:].lower() or any(ch.isdigit() for ch in first)))
        or not first.isascii()
        # "Gas Safe engineers" is a name; "Hospital CIOs" is not (an acronym follows)
        or any(
            w[:1].isupper()
            and w.split("-", 1)[0] not in PROPER_WORDS
            and not _acronym(w)
            and not _PEOPLE_WORD.match(w)  # "Aged Cambodian oud": a nationality follows
            for w in later[-1:]
        )
        or any(name and text.startswith(name) for name in names)
        or re.match(r"^[A-Z]-", first)
        or first.rstrip(".") in PROPER_WORDS
        or first.split("-", 1)[0] in PROPER_WORDS  # "Spanish-speaking nurses"
        or (len(parts) > 1 and re.fullmatch(r"v?\d+(?:\.\d+)+", parts[1]) is not None)
    ):
        return text
    return text[:1].lower() + text[1:]


# a nationality or language adjective ("Cambodian", "Japanese", "Spanish", "Thai"): written with a
# capital, yet not the second word of a name
_PEOPLE_WORD = re.compile(r"[A-Z][a-z]+(?:ian|ean|ese|ish|ic|i)[,.]?$")


def _acronym(word: str) -> bool:
    """'CIOs', 'IT', 'CFO': two or more capitals, optionally a plural s."""
    core = word.strip(",.;:()").removesuffix("s")
    return len(core) > 1 and core.isupper() and core.isalpha()


def after_colon(text: str, names: Iterable[str] = ()) -> str:
    """A sentence continuing after a colon: its first word lower-cased, unless the sentence
    starts with one of `names` or its first word is an acronym ("With X you get…" ->
    "with X you get…", "VaultLine DSPM maps…" stays)."""
    if not text or any(name and text.startswith(name) for name in names):
        return text
    first = text.split(" ", 1)[0]
    if (
        first[1:] != first[1:].lower()
        or not first[:1].isupper()
        or first.rstrip(",.") in PROPER_WORDS
    ):
        return text
    return text[:1].lower() + text[1:]


# An acronym of 4+ letters with a vowel, no run of three vowels and no run of three
# consonants after its first letter (REST, NASA, SaaS, JSON, UNESCO, SPRAY) is read as a
# word; any other (SDK, HR, CRM, ISBN, IEEE, HTTPS, and every one of 2-3 letters) is read
# letter by letter.
_SPOKEN = re.compile(r"(?=.*[AEIOU])(?!.+[^AEIOU]{3})(?!.*[AEIOU]{3})[A-Z]{4,}")


def acronym_article(token: str) -> str | None:
    """The article for an acronym (None for a token that is not one): one read as a word
    takes the article of its sound ("a REST API", "a NASA grant", "an OSHA audit"; a
    leading U or EU sounds "you": "a UNESCO site", "a EULA"); one read letter by letter
    takes the article of its first letter's name ("an SDK", "an HR team", "a CRM")."""
    token = re.sub(r"\d+$", "", token)  # HTML5, MP3
    capitals = sum(c.isupper() for c in token)
    if not token.isalpha() or capitals < 2 or capitals * 2 < len(token):
        return None
    upper = token.upper()
    if _SPOKEN.fullmatch(upper):
        return "an" if upper[0] in "AEIO" and not upper.startswith("EU") else "a"
    return "an" if upper[0] in "AEFHILMNORSX" else "a"


def an(word: str) -> str:
    """'a' or 'an' for the sound the word starts with: an hour, a user, an SDK, an 8-week."""
    w = word.strip("“\"'(")
    if not w:
        return "a"
    low = w.lower()
    if w[0].isdigit():
        return "an" if re.match(r"(8|11|18)(\D|$)|8\d", w) else "a"
    token = re.split(r"[\s-]", w, maxsplit=1)[0]
    if (shown := acronym_article(token)) is not None:
        return shown
    if low.startswith(("hour", "honest", "honou", "heir")):
        return "an"
    if low.startswith(("uni", "use", "usu", "uti", "eu", "one", "once", "ur", "ufo", "uk")):
        return "a"
    return "an" if low[0] in "aeiou" else "a"


def with_article(phrase: str) -> str:
    """'an 8-week plan'; a phrase that brings its own determiner keeps it."""
    first = phrase.split(" ", 1)[0].lower()
    if first in DETERMINERS or first[:1].isdigit():
        return phrase
    return f"{an(phrase)} {phrase}"


def the(phrase: str) -> str:
    """'the built-in solar panel'; never 'the every …' or 'the your …'."""
    first = phrase.split(" ", 1)[0].lower().strip("“\"'(")
    if first in DETERMINERS:
        return phrase
    return f"the {phrase}"


def join(items: Iterable[str], word: str = "and") -> str:
    """'a', 'a and b', 'a, b and c'; a comma before the last 'and' when an item has its
    own comma ('free, no insurance needed, and open on Saturdays'), unless that comma is
    inside quotes (“Bestellen per App, abholen ohne Warten” and “Bohnen…”)."""
    parts = [i for i in items if i]
    if len(parts) <= 1:
        return "".join(parts)
    comma = "," if any(", " in re.sub(r"“[^”]*”", "", p) for p in parts) else ""
    return f"{', '.join(parts[:-1])}{comma} {word} {parts[-1]}"


def join_predicates(predicates: Iterable[str]) -> str:
    """'comes with a garden' + 'comes with a bath' -> 'comes with a garden and a bath'."""
    parts = [p for p in predicates if p]
    if len(parts) == 2:
        a, b = parts
        lead = " ".join(a.split()[:2])
        if lead in ("comes with", "lets you") and b.startswith(lead + " "):
            return join([a, b[len(lead) + 1 :]])
        if a.split()[0] in ("is", "offers") and b.split()[0] == a.split()[0]:
            return join([a, b.split(" ", 1)[1]])
    return join(parts)


def end(text: str) -> str:
    """The text as a finished sentence: one closing mark, never '..'."""
    text = text.rstrip()
    if not text:
        return text
    if text[-1] in ".!?…":
        return text
    if text[-1] in "”\"'’)" and len(text) > 1 and text[-2] in ".!?":
        return text
    return text.rstrip(",;:–—- ") + "."


def sentence(text: str) -> str:
    return end(cap(squash(text)))


def quoted(text: str) -> str:
    """A line inside a sentence: curly quotes, no closing full stop inside."""
    return f"“{text.rstrip('.').strip()}”"


def title(text: str) -> str:
    """Title Case for ad headlines and names; words with capitals keep them ("eG", "iPhone",
    "eBay" are written so on purpose)."""
    small = {"a", "an", "and", "the", "for", "of", "to", "in", "on", "with", "by", "or", "at"}
    words = text.split(" ")
    return " ".join(
        w
        if (i and w.lower() in small) or not w[:1].islower() or not w.islower()
        else w[:1].upper() + w[1:]
        for i, w in enumerate(words)
    )


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def word_count(text: str) -> int:
    return len(text.split())


def last_word(text: str) -> str:
    found = re.findall(r"[\w&+'’-]+|[&+–—-]", text.rstrip(" .!?…”\"'"))
    return found[-1].lower() if found else ""


def ends_dangling(text: str) -> bool:
    """True when a heading/CTA/tagline ends on a word that needs a continuation."""
    stripped = text.rstrip(" .!?…”\"'")
    if not stripped:
        return True
    if stripped[-1] in ",:;–—-&+(":
        return True
    last = last_word(stripped)
    return last in DANGLING or last in _DANGLING_DETERMINERS


def strip_dangling(text: str) -> str:
    """Drop trailing words that would leave a phrase hanging ('mapping of' -> 'mapping')."""
    out = text.rstrip(" ,;:–—-&+(")
    while out and ends_dangling(out):
        cut = re.sub(r"[\s,;:–—-]*[\w&+'’-]+[\s,;:–—-]*$", "", out)
        if cut == out:
            break
        out = cut.rstrip(" ,;:–—-&+(")
    # an opening bracket or quote left without its partner is a cut too
    if out.count("(") > out.count(")"):
        out = out[: out.rfind("(")].rstrip(" ,;:–—-")
    return out


_DOUBLED = re.compile(r"\b([^\W\d_][\w'’-]*)([ \t]+)\1\b", re.IGNORECASE)
_SEAMS = (
    (re.compile(r"(?<=[\w)”\"'’])\.\.(?!\.)"), "."),
    # (a '"' after the stop: `finish` looks for seams in a section's JSON)
    (re.compile(r"([!?])\.(?=[\s\"]|$)"), r"\1"),
    # a quoted sentence that ends in its own stop takes no second one: “Hello!”. -> “Hello!”
    (re.compile(r"([.!?…][”’])\.(?=[\s\"]|$)"), r"\1"),
    (re.compile(r"[ \t]+([,.;:!?])(?=\s|$)"), r"\1"),
    (re.compile(r",\s*,"), ","),
    (re.compile(r"[ \t]{2,}"), " "),
)


# Cheap tests first: `tidy` runs on every string the writers try, and the seam patterns
# (alternations, a back-reference) cost ~50x more than these C-level checks.


_QUOTE_STOP = re.compile(r"[.!?…][”’]\.")


def _maybe_seam(text: str) -> bool:
    return (
        ".." in text
        or "!." in text
        or "?." in text
        or (("”." in text or "’." in text) and _QUOTE_STOP.search(text) is not None)
        or " ," in text
        or " ." in text
        or " ;" in text
        or " :" in text
        or " !" in text
        or " ?" in text
        or "  " in text
        or ",," in text
        or ", ," in text
        or "\t" in text
    )


def _maybe_doubled(text: str) -> bool:
    words = text.lower().split(" ")
    return any(map(str.__eq__, words, words[1:]))


def tidy(text: str, protected: Sequence[str] = ()) -> str:
    """Fix the seams template joins can leave: 'Ltd..', '?.', ' ,', doubled words.

    A doubled word inside one of `protected` (the brief's own names: "Bora Bora Resort")
    is left alone. Words on different lines are not doubles ("Order yours" / "Yours,").
    """
    if _maybe_seam(text):
        for pattern, repl in _SEAMS:
            text = pattern.sub(repl, text)
    if _maybe_doubled(text):

        def single(match: re.Match[str]) -> str:
            whole = match.group(0)
            if any(whole.casefold() in p.casefold() for p in protected):
                return whole
            return match.group(1)

        text = _DOUBLED.sub(single, text)
    return text


def has_seam(text: str, protected: Sequence[str] = ()) -> bool:
    """True when `tidy` would change the text."""
    return tidy(text, protected) != text


def hashtag(text: str, max_length: int = 28, whole: bool = False) -> str:
    """'#' and CamelCase letters and digits: 'Analog & Co.' -> '#AnalogCo'; '' if none.
    With `whole`, a text whose tag would be cut returns ''."""
    tag = ""
    for word in re.findall(r"[^\W_]+", text):
        part = word[:1].upper() + word[1:]
        if tag and len(tag) + len(part) > max_length:
            if whole:
                return ""
            break
        tag += part
    return "#" + tag[:max_length] if tag else ""


__all__ = [
    "DANGLING",
    "DETERMINERS",
    "acronym_article",
    "an",
    "cap",
    "end",
    "ends_dangling",
    "has_seam",
    "hashtag",
    "join",
    "join_predicates",
    "lower_first",
    "quoted",
    "sentence",
    "squash",
    "strip_dangling",
    "the",
    "tidy",
    "title",
    "with_article",
]
