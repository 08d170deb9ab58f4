"""Is this text in that language? A light check for the review and the writers, not a
language detector.

Scripts settle it for languages written in their own (Japanese needs kana or kanji, Korean
Hangul, Russian Cyrillic…); for Latin-script languages, the text must use some of the
language's most common short words. Good enough to catch English posts labelled Spanish, or
a language left out, which is what the review needs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# script ranges per language written in a script of its own
_SCRIPTS: dict[str, str] = {
    "ja": "\u3040-\u30ff\u4e00-\u9fff",
    "zh": "\u4e00-\u9fff",
    "ko": "\uac00-\ud7af\u1100-\u11ff",
    "ar": "\u0600-\u06ff",
    "fa": "\u0600-\u06ff",
    "he": "\u0590-\u05ff",
    "ru": "\u0400-\u04ff",
    "uk": "\u0400-\u04ff",
    "el": "\u0370-\u03ff",
    "th": "\u0e00-\u0e7f",
    "hi": "\u0900-\u097f",
}
# the commonest short words of Latin-script languages
_WORDS: dict[str, frozenset[str]] = {
    code: frozenset(words.split())
    for code, words in {
        "en": "the and of to for with your you our is are in on it this that a an at by from",
        "es": "el la los las de del y en para con tu su un una por que es más nuestro al sin "
        "cada desde sus nuestra",
        "fr": "le la les de des du et en pour avec votre vous un une est au aux sur dans notre "
        "à par chez sans chaque nos vos",
        "de": "der die das und mit für ihr ihre ein eine ist den dem des zu im auf von unser "
        "aus ohne bei nach oder auch nicht wir sind vom zum zur beim über",
        "pt": "o a os as de do da e em para com seu sua um uma por que é mais no na nosso",
        "it": "il lo la i gli le di del della e in per con tuo tua un una è che più al nostro",
        "nl": "de het een en van voor met je jouw uw is in op te aan ons onze",
        "sv": "och att det en ett för med din ditt är på av till vi vår",
        "no": "og å det en et for med din ditt er på av til vi vår",
        "da": "og at det en et for med din dit er på af til vi vores",
        "fi": "ja on se että kanssa sinun meidän tai kun",
        "pl": "i w z na do dla jest to że się twój nasz od",
        "cs": "a v na je se pro s do od že váš náš",
        "ro": "și în la de pentru cu este un o al nostru tău",
        "hu": "a az és egy hogy van meg is el a mi",
        "tr": "ve bir bu için ile de da sizin bizim en",
        "id": "dan yang di untuk dengan ini itu anda kami ke dari",
        "ms": "dan yang di untuk dengan ini itu anda kami ke dari",
        "tl": "ang ng sa at na mga ito para ninyo namin",
        "vi": "và của cho với là các một những bạn chúng",
        "ca": "el la els les de i en per amb és un una al nostre",
        "cy": "y yr a ac i ar yn gyda eich ein o",
        "ga": "an na agus ar le do is ár bhur",
        "eu": "eta da bat ere edo zure gure",
        "is": "og að er í á fyrir með þinn okkar",
    }.items()
}


def set_aside(text: str, phrases: Iterable[str]) -> str:
    """`text` without `phrases` (whole words, any case, longest first).

    The brief's own names stay as written in every language ("Nocturne at the Rijks" in a
    Dutch headline): they say nothing about the language the copy around them is in.
    """
    names = sorted({p.strip() for p in phrases if p and p.strip()}, key=len, reverse=True)
    if not names:
        return text
    pattern = "|".join(r"(?<!\w)" + re.escape(n) + r"(?!\w)" for n in names)
    return re.sub(pattern, " ", text, flags=re.IGNORECASE)


def looks_like(text: str, code: str, names: Iterable[str] = ()) -> bool:
    """Whether `text` reads as language `code` (True for a language this cannot judge).

    `names` (the brief's product, client, features…) are set aside first; a text that is
    nothing but names is judged as written.
    """
    bare = set_aside(text, names)
    if re.search(r"[^\W\d_]", bare):
        text = bare
    if code in _SCRIPTS:
        letters = [ch for ch in text if ch.isalpha()]
        ours = re.findall(f"[{_SCRIPTS[code]}]", text)
        if code == "ja":  # kana, or kanji with no Hangul: not Chinese or Korean text
            return bool(re.search("[\u3040-\u30ff]", text)) or (
                bool(ours) and not re.search("[\uac00-\ud7af]", text)
            )
        return bool(letters) and len(ours) >= max(1, len(letters) // 4)
    words = _WORDS.get(code)
    if words is None:
        return bool(text.strip())
    tokens = re.findall(r"[^\W\d_]+", text.casefold())
    if not tokens:
        return False
    hits = sum(1 for t in tokens if t in words)
    others = max(
        (sum(1 for t in tokens if t in w) for c, w in _WORDS.items() if c != code), default=0
    )
    return hits >= 1 and hits >= others * 0.6


# letters no English word uses: they decide between English and a language whose short
# words a brief's terse phrases happen not to use ("Bohnen aus eigener Röstung")
_MARKS = re.compile(r"[à-öø-ÿœßğışąćęłńśźżčřšžăâîșțőű]")


def language_of(text: str, names: Iterable[str] = ()) -> str | None:
    """The language `text` is most likely written in, or None when it gives no sign (too
    few words, or a tie). The writers ask it which language the brief's own phrases
    (features, audience, goals) are in; `names` are set aside first."""
    bare = set_aside(text, names)
    for code in ("ja", "ko", "zh", "ar", "he", "ru", "el", "th", "hi"):
        # a script of its own settles it (kana first: Japanese also writes kanji)
        if code in ("ja", "zh") and re.search("[\uac00-\ud7af]", bare):
            continue
        if code == "zh" and re.search("[\u3040-\u30ff]", bare):
            continue
        if code == "ja" and not re.search("[\u3040-\u30ff]", bare):
            continue
        if looks_like(bare, code):
            return code
    tokens = re.findall(r"[^\W\d_]+", bare.casefold())
    marked = sum(1 for t in tokens if _MARKS.search(t))
    scores = {code: sum(1 for t in tokens if t in words) for code, words in _WORDS.items()}
    # English function words must outweigh both any other language's and the words spelt
    # with letters English does not use
    scores["en"] -= marked
    best = max(scores.values())
    top = [code for code, score in scores.items() if score == best]
    # one short word is no sign ("No subscription" is not Portuguese) unless letters English
    # does not use back it
    enough = best >= 2 or (best == 1 and marked > 0)
    return top[0] if enough and len(top) == 1 else None


__all__ = ["language_of", "looks_like", "set_aside"]
