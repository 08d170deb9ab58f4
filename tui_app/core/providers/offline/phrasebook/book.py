"""The shape of a phrasebook (one module per language fills it in)."""

from __future__ import annotations

from dataclasses import dataclass, field

Line = str | tuple[str, ...]


# actions a phrasebook may not have, and the one whose CTA says the same ("Book your date":
# "Verfügbarkeit prüfen")
_NEAREST = {
    "date": "stay",
    "draw": "register",
    "entries": "register",
    "signup": "register",
    "apply": "register",
    "brochure": "leads",
    "listen": "learn",
    "stars": "learn",
    "back": "learn",
    "call": "leads",
    "install_tool": "install",
}


@dataclass(frozen=True, slots=True)
class Phrasebook:
    code: str
    headlines: tuple[str, ...]  # {brand}, {client}
    # pitch, body and angles: a sentence, or a tuple of alternatives (one is picked per brief)
    pitch: tuple[Line, ...]  # sentences; {brand}, {client}, {features}, {cta}
    body: tuple[Line, ...]  # the landing-page paragraph's sentences
    highlights: str  # the features line: "{features}" is the list, verbatim
    feature_lines: tuple[str, ...]  # one feature line for an email or post: {f0}, {f1}, {features}
    greeting: str
    signoff: str  # {client}
    subjects: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]
    preheaders: tuple[str, ...]
    email_lines: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]
    cta_line: str  # {cta}
    posts: tuple[str, ...]  # {brand}, {client}
    post_cta: str  # {cta}: where the link sits in the profile (Instagram, TikTok)
    post_cta_link: str  # {cta}: where the post carries its own link ("link below")
    taglines: tuple[str, ...]
    hero: tuple[str, ...]
    ad_headlines: tuple[str, ...]
    ad_descriptions: tuple[str, ...]
    ctas: dict[str, str]  # action key -> CTA (≤25 characters); "learn" is required
    stage_ctas: dict[str, tuple[str, ...]]  # awareness, consideration, retention
    angles: dict[str, Line]  # emotional angle -> message; {brand}, {client}
    key_message: Line
    list_and: str = " and "  # joins the last two items of a list
    list_sep: str = ", "
    stop: str = "."  # a sentence's closing mark
    space: str = " "  # between sentences ("" in Japanese)
    keep_case: bool = False  # list the brief's features as written (no lower-casing)
    quotes: tuple[str, str] = ("“", "”")  # around a feature quoted in its own language
    # as a second language, quote one of the brief's features in posts and emails (off for a
    # script whose text a Latin-script feature would swamp)
    foreign_features: bool = True
    scripts: tuple[str, ...] = field(default=())  # Unicode ranges the language's text uses

    def cta_for(self, action: str) -> str:
        """The CTA for an action key: its own, the nearest action's, or "learn"."""
        nearest = _NEAREST.get(action, "learn")
        return self.ctas.get(action) or self.ctas.get(nearest) or self.ctas["learn"]

    def join(self, items: list[str]) -> str:
        items = [i for i in items if i]
        if len(items) <= 1:
            return "".join(items)
        return self.list_sep.join(items[:-1]) + self.list_and + items[-1]


__all__ = ["Line", "Phrasebook"]
