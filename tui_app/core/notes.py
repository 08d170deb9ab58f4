"""What a marketer's change request says, as data: "shorter", "casual tone", "never say
cheap", "mention free parking", "CTA: Book a demo".

An LLM gets the note itself; the offline writer applies what this reads from it and writes a
new variant for the rest, so a note never goes unanswered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .constraints import derive_rules
from .vocabulary import tone_style

_SHORTER = re.compile(
    r"\b(?:shorter|short(?:en)?|concise|tighter|trim|less (?:text|copy)|briefer)\b", re.I
)
_LONGER = re.compile(r"\b(?:longer|more detail(?:ed)?|expand|elaborate|fuller)\b", re.I)
_TONE = re.compile(
    r"\b(?:tone|voice|feel|sound|make it|more|less|be)\b\W*(?P<words>[\w -]{3,40})", re.I
)
_USE = re.compile(
    r"\b(?:mention|include|add|use the words?|talk about|highlight)\s+[\"“']?"
    r"(?P<what>[^\"”'.;,\n]{2,60})",
    re.I,
)


@dataclass(frozen=True, slots=True)
class ChangeRequest:
    text: str
    avoid: tuple[str, ...] = ()
    use: tuple[str, ...] = ()
    cta: str = ""
    tone: str = ""  # a tone word that names a style ("casual", "formal")
    shorter: bool = False
    longer: bool = False

    @property
    def understood(self) -> bool:
        return bool(self.avoid or self.use or self.cta or self.tone or self.shorter or self.longer)


def read_note(note: str) -> ChangeRequest:
    text = " ".join(note.split())
    rules = derive_rules(text)
    tone = ""
    for match in _TONE.finditer(text):
        words = match.group("words")
        if tone_style(words) is not None:
            tone = next(w for w in re.findall(r"[\w-]+", words) if tone_style(w)) or words
            break
    if not tone:
        for word in re.findall(r"[\w-]+", text):
            if tone_style(word) is not None and word.lower() not in ("clear",):
                tone = word
                break
    use = tuple(
        m.group("what").strip()
        for m in _USE.finditer(text)
        if not re.match(r"(?i)the line|a line|terms", m.group("what"))
    )
    return ChangeRequest(
        text=text,
        avoid=rules.avoid,
        use=use,
        cta=rules.primary_cta,
        tone=tone.lower(),
        shorter=bool(_SHORTER.search(text)),
        longer=bool(_LONGER.search(text)) and not _SHORTER.search(text),
    )


__all__ = ["ChangeRequest", "read_note"]
