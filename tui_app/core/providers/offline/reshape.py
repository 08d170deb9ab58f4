"""A marketer's change note, applied by the offline writer: the brief as the note reshapes it
(tone, CTA, words to avoid or to mention) and, for "shorter", lists and texts cut to their
first half. What it cannot do ("longer" needs facts the brief does not give) it says so in the log
rather than pad the copy.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from typing import Any

from pydantic import ValidationError

from ...content import Content
from ...models import CampaignBrief
from ...notes import ChangeRequest

# a sentence ends at . ! ? before a capital, a digit or an opening quote
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[\"“«¿¡(]?[A-Z0-9À-ÖØ-Þ])")
_MIN_CUT = 80  # shorter texts are left as they are


def reshape_brief(brief: CampaignBrief, asked: ChangeRequest) -> CampaignBrief:
    """The brief the section is written from after the note."""
    update: dict[str, Any] = {}
    if asked.tone:
        update["tone"] = asked.tone
    if asked.cta:
        update["primary_cta"] = asked.cta[:25]
    features = list(brief.key_features)
    if asked.avoid:
        update["avoid"] = list(dict.fromkeys([*brief.avoid, *asked.avoid]))[:20]
        # "never say wheels" is the marketer's word: features that say it are left out
        # (the brief's own phrases are otherwise exempt from its avoid list)
        pattern = re.compile(
            r"\b(?:" + "|".join(re.escape(w) for w in asked.avoid) + r")\b", re.IGNORECASE
        )
        features = [f for f in features if not pattern.search(f)] or features
    if asked.use:
        features = list(dict.fromkeys([*asked.use, *features]))
    if features != list(brief.key_features):
        update["key_features"] = features[:12]
    return brief.with_changes(**update) if update else brief


def variant_number(note: str) -> int:
    """A stable variant per note: the same note gives the same words, another note others."""
    return 1 + int.from_bytes(hashlib.sha256(note.encode("utf-8")).digest()[:2], "big") % 97


def shorten(content: Content, keep: Iterable[str]) -> Content:
    """The section about half as long: lists of three or more lines cut to their first half
    where the section's model allows it (lists of records stay whole: other steps refer to
    them), paragraphs to the first half of their sentences, letters to their opening and
    close. An item, paragraph or sentence holding one of `keep` (the CTA, lines that must
    appear) always stays."""
    kept = tuple(k.casefold() for k in keep if k)
    model = type(content)

    def holds(value: Any) -> bool:
        text = json.dumps(value, ensure_ascii=False).casefold()
        return any(k in text for k in kept)

    def halve(paragraph: str) -> str:
        if len(paragraph) < _MIN_CUT:
            return paragraph
        sentences = _SENTENCE_END.split(paragraph)
        half = (len(sentences) + 1) // 2
        return " ".join(s for i, s in enumerate(sentences) if i < half or holds(s))

    def cut(text: str) -> str:
        paragraphs = text.split("\n\n")
        if len(paragraphs) >= 5:  # a letter: keep its opening, its close and what must stay
            last = len(paragraphs) - 2
            paragraphs = [p for i, p in enumerate(paragraphs) if i < 2 or i >= last or holds(p)]
        return "\n\n".join(halve(p) for p in paragraphs)

    def texts(value: Any) -> Any:
        if isinstance(value, str):
            return cut(value)
        if isinstance(value, list):
            return [texts(v) for v in value]
        if isinstance(value, dict):
            return {k: texts(v) for k, v in value.items()}
        return value

    def lists(value: Any, path: tuple[Any, ...] = ()) -> Iterable[tuple[Any, ...]]:
        if isinstance(value, dict):
            for key, item in value.items():
                yield from lists(item, (*path, key))
        elif isinstance(value, list):
            if len(value) >= 3 and all(isinstance(v, str) for v in value):
                yield path
            for index, item in enumerate(value):
                yield from lists(item, (*path, index))

    data = texts(content.model_dump(mode="json"))
    for path in list(lists(data)):
        parent = data
        for key in path[:-1]:
            parent = parent[key]
        items = parent[path[-1]]
        half = (len(items) + 1) // 2
        parent[path[-1]] = [v for i, v in enumerate(items) if i < half or holds(v)]
        try:
            model.model_validate(data)  # the model's minimums decide what may go
        except ValidationError:
            parent[path[-1]] = items
    return model.model_validate(data)


def applied(asked: ChangeRequest, brief: CampaignBrief, reshaped: CampaignBrief) -> str:
    """One log line: what the offline writer took from the note."""
    done = []
    if asked.tone:
        done.append(f"tone {asked.tone}")
    if asked.cta:
        done.append(f"CTA “{reshaped.primary_cta}”")
    if asked.avoid:
        done.append("avoiding " + ", ".join(f"“{w}”" for w in asked.avoid))
        dropped = [f for f in brief.key_features if f not in reshaped.key_features]
        if dropped:
            done.append("leaving out " + ", ".join(f"“{f}”" for f in dropped))
    if asked.use:
        done.append("mentioning " + ", ".join(f"“{w}”" for w in asked.use))
    if asked.shorter:
        done.append("shorter")
    line = (
        "Change note applied: " + "; ".join(done)
        if done
        else (
            "The change note names no tone, CTA, words or length the offline writer can apply; "
            "this is a new variant of the step"
        )
    )
    if asked.longer:
        line += (
            ". “Longer” is not applied offline: more text needs facts the brief does not "
            "give (add them to the brief, or use an LLM provider)"
        )
    return line + "."


__all__ = ["applied", "reshape_brief", "shorten", "variant_number"]
