"""The brief's rules as data: what every node obeys and the review checks.

A brief states rules two ways: in its own fields (`primary_cta`, `avoid`, `must_include`,
`languages`, `no_selling`) and in plain words inside `additional_requirements` ("no urgency
language", "do not claim 'unhackable'", "every ad must carry 'Terms apply.'"). `derive_rules`
reads the plain rules it can recognise; `Rules.merge` lets the explicit fields win. What was
derived is kept as readable lines, so the user sees it (log, Brief tab) and can correct it.

`scan` finds where a piece of audience-facing text breaks the rules. It is deliberately plain
word matching: a rule the brief gives must never be broken, so the writers avoid whole word
families, and the review checks with the same lists.
"""

from .derive import derive_rules
from .languages import (
    LANGUAGES,
    MAX_LANGUAGES,
    RTL_LANGUAGES,
    language_code,
    language_name,
    text_dir,
)
from .rules import Rules
from .scan import Scanner, Violation, forbidden_phrases, uses_phrase
from .words import (
    HEALTH_CLAIM_PHRASES,
    SELLING_PHRASES,
    SUPERLATIVE_PHRASES,
    URGENCY_PHRASES,
    fold,
    pattern_source,
)

__all__ = [
    "HEALTH_CLAIM_PHRASES",
    "LANGUAGES",
    "MAX_LANGUAGES",
    "RTL_LANGUAGES",
    "SELLING_PHRASES",
    "SUPERLATIVE_PHRASES",
    "URGENCY_PHRASES",
    "Rules",
    "Scanner",
    "Violation",
    "derive_rules",
    "fold",
    "forbidden_phrases",
    "language_code",
    "language_name",
    "pattern_source",
    "text_dir",
    "uses_phrase",
]
