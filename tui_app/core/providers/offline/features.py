"""A key feature of the brief, read as grammar: what kind of phrase it is and how it can sit
in a sentence.

Features come in every shape: noun phrases ("Built-in 20W solar panel"), verb phrases
("Tracks every expense"), whole clauses ("Every $10 provides 30 meals"), participles ("Made
in Solingen"), adjectives ("Vegan and gluten-free"), imperatives ("Pause or skip any week")
and elliptical clauses ("Laptops provided"). Each kind has its own sentence frames, so no
frame ever puts "the" before "every" or "with" before a verb. A feature written in another
language than English is "quoted": English sentences quote it as written (“Bohnen aus
eigener Röstung”), never lower-case it into their grammar.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from . import lexicon as lex
from .classify import classify
from .cuts import shorten
from .nouns import article, head_noun, plural_head
from .persons import cta_as
from .text import (
    cap,
    lower_first,
    squash,
    strip_dangling,
    word_count,
)

# A feature longer than this is written in full once or twice per section, then in its short
# form (shortened at a clause boundary).
LONG_WORDS = 9
LONG_CHARS = 64
SHORT_CHARS = 48


@dataclass(frozen=True, slots=True)
class Feature:
    """One key feature and the forms the writers use."""

    text: str  # as written (without a closing full stop); an elliptical clause gets its verb
    kind: str  # np, np_det, verb, imperative, participle, adjective, clause, quoted
    low: str  # for mid-sentence use in English: first word lower-cased unless it is a name
    # (quoted as written for a feature in another language)
    plural: bool = False
    short: str = ""  # head of a long feature, cut at a clause boundary ("" if not long)
    label: str = ""  # a short label for pillar names and headings
    is_long: bool = False
    index: int = 0
    raw: str = ""  # exactly as the brief wrote it (without a closing full stop)
    compact: Feature | None = field(default=None, compare=False)
    article: str = ""  # "a"/"an" for a countable singular noun phrase, "" otherwise
    identity: bool = False  # the head noun names the product itself ("… photography")
    price: bool = False  # what it costs ("Monthly payments from £14.50"): never "comes with"
    # who stands behind it ("FCA-authorised payment institution", "Family-run business since
    # 1952"): the product comes from one, it does not come with one
    maker: bool = False
    native: str = ""  # mid-sentence in the feature's own language (first word lower-cased)

    # -- sentences ---------------------------------------------------------------------

    def statement(self, subject: str, variant: int = 0, plain: bool = False) -> str:
        """One complete sentence stating the feature about `subject` (a name or 'it');
        `plain` avoids frames with a colon (for use after another colon)."""
        frames = STATEMENTS[self.kind]
        it = subject.lower() == "it"
        if self.kind == "np" and self.identity:  # "X has documentary photography" is wrong
            frames = ("Also part of it: {a_x}.", "{A_x}, too.") if it else NP_IDENTITY
        elif self.price:  # "you get monthly payments from £14.50" is wrong
            frames = PRICE
        elif self.maker:
            frames = MAKER
        elif self.kind == "clause" and it:
            frames = ("{X}.", "Worth knowing: {x}.", "Here's the thing: {x}.", "Remember: {x}.")
        elif self.kind == "quoted" and it:
            frames = ("Also part of it: {x}.", "Worth knowing: {x}.")
        elif it:  # no "{S}: …" ("It: tracks…") frames for a pronoun
            frames = tuple(f for f in frames if not f.startswith("{S}:")) or frames[:1]
        if plain:
            frames = tuple(f for f in frames if ":" not in f) or frames[:1]
        if ", " in self.low:  # "pay by card, no app needed": nothing follows its last clause
            ends = ("{x}.", "{X}.", "{a_x}.", "{A_x}.")
            frames = tuple(f for f in frames if f.endswith(ends)) or frames
        frame = frames[variant % len(frames)]
        return frame.format(
            s=subject,
            # a name keeps its own case ("shipit", "iPhone"); only a pronoun is capitalised
            S="It" if it else subject,
            x=self.low,
            X=cap(self.low),
            be="are" if self.plural else "is",
            a_x=self.a_low,
            A_x=cap(self.a_low),
        )

    @property
    def a_low(self) -> str:
        """Mid-sentence with the article a listing needs: 'a private bath in every room',
        'documentary-style photography', 'packages from £1,800'."""
        return f"{self.article} {self.low}" if self.article else self.low

    @property
    def the_low(self) -> str:
        """Mid-sentence, referred to: 'the private bath in every room', but 'documentary-style
        photography' (a mass noun or a plural takes no article)."""
        return f"the {self.low}" if self.article else self.low

    @property
    def ref(self) -> str | None:
        """The feature as a noun phrase to list ('a solar panel', '24 flavours'), or None for
        kinds that are not noun phrases."""
        return {"np": self.a_low, "np_det": self.low}.get(self.kind)

    @property
    def the_ref(self) -> str | None:
        """The feature as a noun phrase referred to ('the solar panel', 'how it maps…'), or
        None for kinds that have no natural noun form."""
        return {
            "np": self.the_low,
            "np_det": self.low,
            "verb": f"how it {self.low}",
            "imperative": f"the option to {self.low}",
        }.get(self.kind)

    @property
    def predicate(self) -> str | None:
        """What the product does or is, after its name: 'comes with a moss garden',
        'discovers every device', 'is made in Solingen'; None for whole clauses."""
        return {
            "np": f"offers {self.a_low}"
            if self.identity
            else f"is available with {self.a_low}"
            if self.price
            else f"comes from {self.a_low}"
            if self.maker
            else f"comes with {self.a_low}",
            "np_det": f"comes with {self.low}",
            "verb": self.low,
            "imperative": f"lets you {self.low}",
            "participle": f"is {self.low}",
            "adjective": f"is {self.low}",
            "measure": f"is {self.low}",
        }.get(self.kind)

    @property
    def doubt(self) -> str:
        """The question a sceptical customer asks about the feature: 'Does it really map
        every dataset?', 'Is it really free?', 'Can you tell me more about the garden?'."""
        if self.kind == "verb":
            first, _, rest = self.low.partition(" ")
            base = lex.base_of_third(first)
            if base:
                return f"Does it really {base} {rest}?".replace(" ?", "?")
        if self.price:
            return f"Are there costs beyond {self.the_low}?"
        if self.maker:
            return f"How can I check that it comes from {self.a_low}?"
        if self.kind == "np_det" and self.low.split(" ", 1)[0].lower() == "no":
            return f"Is it true there are {self.low}?"
        return {
            "np": self._identity_doubt if self.identity else f"Does it come with {self.a_low}?",
            "np_det": f"Does it come with {self.low}?",
            "imperative": f"Can I really {cta_as(self.low, 'I')}?",
            "participle": f"Is it really {self.low}?",
            "adjective": f"Is it really {self.low.split(', and ', 1)[0]}?",
            "measure": f"Is it really {self.low}?",
            "clause": f"Is it true that {self.low}?",
        }.get(self.kind, f"What does “{self.text}” mean in practice?")

    @property
    def _identity_doubt(self) -> str:
        # "Is it really 60-minute games?" asks nothing: a plural naming the product is asked about
        if self.plural:
            return f"Can you tell me more about {self.low}?"
        return f"Is it really {self.a_low}?"

    @property
    def proof(self) -> str:
        """What would prove the feature: 'proof that every $10 provides 30 meals'."""
        if self.price:
            return f"a clear breakdown of {self.the_low}"
        if self.maker:
            return f"proof that it comes from {self.a_low}"
        return {
            "np": f"proof of {self.the_low}",
            "np_det": f"proof of {self.low}",
            "verb": f"proof that it {self.low}",
            "imperative": f"proof that you can {self.low}",
            "participle": f"proof that it is {self.low}",
            "adjective": f"proof that it is {self.low}",
            "measure": f"proof that it is {self.low}",
            "fragment": f"the facts behind “{self.text}”",
            "quoted": f"the facts behind {self.low}",
        }.get(self.kind, f"proof that {self.low}")

    @property
    def showcase(self) -> str:
        """The feature as something to build a post around: 'the solar panel'."""
        return {
            "np": self.the_low,
            "np_det": self.low,
            "verb": f"how it {self.low}",
            "imperative": f"how you can {self.low}",
            "fragment": f"“{self.text}”",
            "quoted": self.low,
        }.get(self.kind, f"the fact that {self._is}{self.low}")

    @property
    def _is(self) -> str:
        return "it is " if self.kind in ("participle", "adjective", "measure") else ""

    @property
    def fragment(self) -> str:
        """The feature on its own, as a list item or a headline fragment."""
        return cap(self.text)

    @property
    def words(self) -> int:
        return word_count(self.text)


# Sentence frames per kind: {s}/{S} subject, {x}/{X} the feature, {be} is/are, {a_x} the
# feature with the article a listing needs ("a private bath", "documentary photography").
STATEMENTS: dict[str, tuple[str, ...]] = {
    "np": (
        "{S} comes with {a_x}.",
        "With {s} you get {a_x}.",
        "{S} offers {a_x}.",
        "{S} has {a_x}.",
    ),
    "np_det": (
        "{S} comes with {x}.",
        "With {s} you get {x}.",
        "{S} has {x}.",
        "{S} brings {x}.",
    ),
    "verb": ("{S} {x}.", "Put simply, {s} {x}.", "{S} {x}.", "In practice, {s} {x}."),
    "imperative": (
        "With {s} you can {x}.",
        "You can {x} with {s}.",
        "With {s}, you can {x}.",
        "{S} lets you {x}.",
    ),
    "participle": ("{S} is {x}.", "{S}: {x}.", "{S} is {x}.", "Worth knowing: {s} is {x}."),
    "adjective": ("{S} is {x}.", "{S}: {x}.", "{S} is {x}.", "Worth knowing: {s} is {x}."),
    "measure": ("{S} is {x}.", "{S}: {x}.", "{S} is {x}.", "Worth knowing: {s} is {x}."),
    "clause": ("{X}.", "{S}: {x}.", "Worth knowing: {x}.", "The short version: {x}."),
    "fragment": ("{X}.", "{S}: {x}.", "{X}.", "{S}: {x}."),
    # another language's words, quoted as written: named, never built into English grammar
    "quoted": ("{S}: {x}.", "Worth knowing: {x}.", "{S}: {x}.", "Also part of {s}: {x}."),
}
# A noun phrase that names what the product is ("Documentary-style photography" for a
# photographer) is stated, not owned.
NP_IDENTITY = ("{S}: {x}.", "{X}, from {s}.", "{S}: {x}.", "{X}: that is {s}.")
# What it costs is stated, not owned ("comes with monthly payments" is wrong).
PRICE = ("{S}: {a_x}.", "{S} is available with {a_x}.", "Worth knowing: {a_x}.", "Price: {a_x}.")
MAKER = (
    "{S} comes from {a_x}.",
    "Behind {s}: {a_x}.",
    "Worth knowing: {s} comes from {a_x}.",
    "{S} comes from {a_x}.",
)
_MAKERS = frozenset(
    (
        "institution", "provider", "company", "firm", "business", "bank", "lender", "broker",
        "charity", "supplier", "manufacturer", "organisation", "organization", "cooperative",
        "co-op", "corp", "insurer",
    )
)  # fmt: skip
_PRICE = re.compile(
    r"(?:[\w-]+\s+){0,3}(?:payments?|prices?|pricing|fees?|instal?lments?|plans|rates)\b.*\d",
    re.IGNORECASE,
)


def read_feature(raw: str, index: int, names: tuple[str, ...], quoted: bool = False) -> Feature:
    """A feature from the brief's text, with its kind, forms and a short form if long;
    `quoted` for a feature in another language than English (its English forms quote it)."""
    text = squash(raw).rstrip(".;:,") or squash(raw)
    if quoted:
        return _quoted(text, index, names)
    kind, said = classify(text)
    low = lower_first(said, names)
    plural = plural_head(low, kind)
    is_long = word_count(text) > LONG_WORDS or len(text) > LONG_CHARS
    # a label is cut at a clause boundary; a phrase with none stays whole up to 60
    # characters, else it is cut at a word (never mid-word: "automati")
    label_src = said if len(said) <= 40 else shorten(said, 40)
    if not label_src:
        label_src = said if len(said) <= 60 else strip_dangling(said[:60].rsplit(" ", 1)[0])
    name_words = {lex.singular(w).casefold() for n in names for w in re.findall(r"[\w-]+", n)}
    feature = Feature(
        text=said,
        kind=kind,
        low=low,
        plural=plural,
        label=cap(label_src),
        is_long=is_long,
        index=index,
        raw=text,
        article=article(low, kind, plural),
        identity=kind == "np" and lex.singular(head_noun(low)).casefold() in name_words,
        price=kind == "np" and bool(_PRICE.match(low)),
        maker=kind == "np" and lex.singular(head_noun(low)).casefold() in _MAKERS,
        native=low,
    )
    if not is_long:
        return feature
    head = shorten(said, SHORT_CHARS, min_words=2)
    if not head or head == said:
        return replace(feature, short=said)
    low = lower_first(head, names)
    plural = plural_head(low, kind)
    short = replace(
        feature,
        text=head,
        low=low,
        is_long=False,
        short="",
        plural=plural,
        article=article(low, kind, plural),
        native=low,
    )
    return replace(feature, short=head, compact=short)


def _quoted(text: str, index: int, names: tuple[str, ...]) -> Feature:
    """A feature in another language: as written, quoted wherever an English sentence
    names it; its short form (a long one's head, cut at a clause boundary) likewise."""
    is_long = word_count(text) > LONG_WORDS or len(text) > LONG_CHARS
    feature = Feature(
        text=text,
        kind="quoted",
        low=f"“{text}”",
        label=text if len(text) <= 40 else (shorten(text, 40) or text[:40].rsplit(" ", 1)[0]),
        is_long=is_long,
        index=index,
        raw=text,
        native=lower_first(text, names),
    )
    head = shorten(text, SHORT_CHARS, min_words=2) if is_long else ""
    if not head or head == text:
        return replace(feature, short=text) if is_long else feature
    short = replace(feature, text=head, low=f"“{head}”", is_long=False, short="")
    return replace(feature, short=head, compact=replace(short, native=lower_first(head, names)))


__all__ = ["Feature", "classify", "read_feature"]
