"""The languages a brief's copy can be in: ISO 639-1 codes, their names, and reading both."""

from __future__ import annotations

import re

# ---------------------------------------------------------------------------
# Languages
# ---------------------------------------------------------------------------

# ISO 639-1 code -> English name; the brief accepts either (and a few native names).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "ja": "Japanese",
    "es": "Spanish",
    "fr": "French",
    "de": "German",
    "it": "Italian",
    "pt": "Portuguese",
    "nl": "Dutch",
    "sv": "Swedish",
    "no": "Norwegian",
    "da": "Danish",
    "fi": "Finnish",
    "pl": "Polish",
    "cs": "Czech",
    "el": "Greek",
    "tr": "Turkish",
    "ru": "Russian",
    "uk": "Ukrainian",
    "ar": "Arabic",
    "he": "Hebrew",
    "hi": "Hindi",
    "zh": "Chinese",
    "ko": "Korean",
    "th": "Thai",
    "vi": "Vietnamese",
    "id": "Indonesian",
    "ms": "Malay",
    "tl": "Filipino",
    "cy": "Welsh",
    "ga": "Irish",
    "ca": "Catalan",
    "eu": "Basque",
    "is": "Icelandic",
    "ro": "Romanian",
    "hu": "Hungarian",
}
_LANGUAGE_NAMES: dict[str, str] = {name.lower(): code for code, name in LANGUAGES.items()}
_LANGUAGE_NAMES |= {
    "español": "es",
    "castellano": "es",
    "français": "fr",
    "deutsch": "de",
    "italiano": "it",
    "português": "pt",
    "nederlands": "nl",
    "svenska": "sv",
    "norsk": "no",
    "dansk": "da",
    "suomi": "fi",
    "polski": "pl",
    "日本語": "ja",
    "中文": "zh",
    "한국어": "ko",
    "mandarin": "zh",
    "cantonese": "zh",
    "tagalog": "tl",
    "cymraeg": "cy",
    "gaeilge": "ga",
    "farsi": "fa",
    "persian": "fa",
}
LANGUAGES.setdefault("fa", "Persian")
MAX_LANGUAGES = 3


def language_code(text: str) -> str | None:
    """ "ja", "JA", "Japanese", "日本語", "en-GB" -> an ISO 639-1 code, or None."""
    value = text.strip()
    low = value.lower()
    if low in LANGUAGES:
        return low
    if re.fullmatch(r"[a-z]{2}[-_][a-z]{2,4}", low) and low[:2] in LANGUAGES:
        return low[:2]
    return _LANGUAGE_NAMES.get(low)


def language_name(code: str) -> str:
    return LANGUAGES.get(code, code)


__all__ = ["LANGUAGES", "MAX_LANGUAGES", "language_code", "language_name"]


RTL_LANGUAGES = frozenset({"ar", "he", "fa", "ur", "yi"})


def text_dir(code: str | None) -> str | None:
    """`rtl` for a language written right to left, else None."""
    return "rtl" if code in RTL_LANGUAGES else None
