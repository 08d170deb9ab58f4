"""The email sequence: three emails across the phases (introduce, show, ask), each with a
subject (≤60), a preheader (≤100), a 60-150 word body, the call-to-action line and the
brief's must-include lines at the end."""

from __future__ import annotations

import re

from ...content import Email
from ...models import LIMITS
from .job import Job
from .text import word_count
from .wording import in_time, site, week_plan

_INTROS = (
    "{Maker} is for {audience}.",
    "Meet {brand}: made for {segment}.",
    "{Brand}, from {client}, is for {segment}.",
    "{client} made {brand} for {segment}, and we'd like you to meet it.",
)
_DETAIL_OPEN = (
    "Here is a closer look at {brand}, for {segment}.",
    "A few details about {brand} for {segment}, in plain words.",
    "Last time we introduced {brand}; here is what it includes for {segment}.",
    "Here is what is in {brand} for {segment}.",
)
_ASK_OPEN = (
    "One last note about {brand}, written for {segment}.",
    "A short reminder for {segment}, then we'll leave it with you.",
    "If {brand} is on your list, the next step is to {cta_low}.",
    "Thank you for following {brand} these past {weeks} weeks.",
)
_ASK_LINE = (
    "When you're ready, {cta_low}.",
    "The next step for {segment} is one click: {cta_low}.",
    "If it's for you, {cta_low}; if not, thank you for reading.",
)
_WHY = (
    "We wrote this for {segment}{where}, and we'd like to hear what you think.",
    "For {who}, this is worth a look.",
    "{client} made it with {segment}{where} in mind.",
)
# Fillers that keep a short email over 60 words; {lab} is the feature as a noun phrase
# (a filler that needs it is skipped for a feature that has none).
_FILLERS = (
    "{client} made {brand} for {segment}.",
    # (nothing that asserts what the brief does not say: no consent the reader gave, no
    # promise of who answers or how often the client writes)
    "Questions about {lab} are welcome: reply to this email.",
    "Every detail is on the page, including {lab}.",
    "There is more on the page than fits in an email, starting with {lab}.",
    "Forward this to anyone who would want to hear about {lab}.",
    "Questions are welcome: reply to this email before you {cta_low}.",
    "The page has the details, and “{cta}” is there whenever you want it.",
    "The page sets out what {brand} is and why it suits {who}.",
    "{Seg} who want to look first will find every detail on the page.",
)
_PREHEADERS = (
    "{Feature}: more inside from {client}.",
    "{Feature}, and what it means for {segment}.",
    "For {segment}: {feature}.",
    "{Brand} for {segment}, in a few lines.",
    "{maker}.",
    "{Brand}.",
)


def hooks(job: Job, then: str = "") -> list[str]:
    """The style's openers that lead into a sentence about the product: none that names the
    segment (the sentence does), none that names a client whose name is the product's or
    that the sentence `then` names ("New from Civic Stack: Civic Stack made…")."""
    f = job.facts
    overlap = f.maker == f.product and f.client != f.product
    named = overlap or f.client in then or f.maker in then
    return [
        h for h in job.voice.hooks if "{segment}" not in h and not (named and "{client}" in h)
    ] or ["In short:"]


def cta_line(job: Job) -> str:
    """The email's call-to-action line; it always carries the CTA word for word."""
    f = job.facts
    where = site(f)
    if where:
        return f"{f.cta}: {where}"
    # one format for the whole sequence
    options: tuple[str, ...] = (f"{f.cta} →", f"→ {f.cta}", f"{f.cta}: follow the link below.")
    if re.match(r"(?i)(?:call|phone|ring|visit|come|pop)\b", f.cta):
        options = options[:2]  # "Call the practice: follow the link below" makes no sense
    return options[f.seed % len(options)]


def body(job: Job, paragraphs: list[list[str | None]], filler: list[str]) -> tuple[str, int]:
    """Greeting, paragraphs, the CTA line, sign-off and the must-include lines, kept
    between 60 and 150 words (sentences are dropped or added whole, never cut); returns
    the body and how many fillers it used."""
    f = job.facts
    greeting = job.pick(job.voice.greetings)
    line = cta_line(job)
    last = line.rstrip(" .→").split()[-1].casefold() if line.split() else ""
    signoffs = [s for s in job.voice.signoffs if s.split()[0].strip(",").casefold() != last]
    signoff = job.pick(signoffs or job.voice.signoffs).format(client=f.client)
    paras = [job.keep(p) for p in paragraphs]
    paras = [p for p in paras if p] or [[]]  # fillers still have a paragraph to join
    tail = [line, signoff, *f.rules.must_include]

    def render() -> str:
        text = "\n\n".join(job.paragraph(p) for p in paras if p)
        return "\n\n".join(x for x in (greeting, text, *tail) if x)

    text = render()
    while word_count(text) > 150 and any(len(p) > 1 for p in paras):
        longest = max(paras, key=lambda p: sum(word_count(s) for s in p))
        longest.pop()
        text = render()
    used = 0
    while word_count(text) < 60 and used < len(filler):
        sentence = filler[used]
        used += 1
        if sentence and job.guard.ok(sentence):
            paras[-1].append(sentence)
            text = render()
    return text, used


def emails(job: Job) -> list[Email]:
    f = job.facts
    s_limit = job.limit("email_subject", LIMITS["email_subject"])
    p_limit = job.limit("email_preheader", LIMITS["email_preheader"])
    weeks = week_plan(f.phases, 3)
    extra = {
        "Maker": f.maker,
        "audience": f.audience.public or f.audience.text,
        "where": f" {f.audience.place}" if f.audience.place else "",
    }
    wish = f.audience.wish
    features = list(f.features)
    f0, f1, _f2 = f.feature(0), f.feature(1), f.feature(2)
    hook = job.pick(hooks(job))
    intro = job.fit(job.shuffled(_INTROS), **extra)
    if "{client}" in hook and f.client in intro:  # "New from X: X made…"
        hook = job.pick(hooks(job, intro))
    stages = [
        [
            [job.fill(hook), intro],
            job.say_all([f0, f1] if f1 is not f0 else [f0]),
            [job.fit(job.shuffled(_WHY), **extra)],
        ],
        [
            [job.fit(job.shuffled(_DETAIL_OPEN), **extra)],
            job.say_all(features[:4]),
            [
                f"That matters if you {wish.replace(' their ', ' your ')}."
                if wish and not wish.startswith("are ")
                else None
            ],
        ],
        [
            [job.fit(in_time(job.shuffled(_ASK_OPEN), weeks[2], f.weeks), **extra)],
            [
                job.say(f.beside_cta(2), "it"),
                job.say(f.beside_cta(0), "it") if f.beside_cta(2) is not f.beside_cta(0) else None,
            ],
            [job.fit(job.shuffled(_ASK_LINE))],
        ],
    ]
    out = []
    fillers = job.shuffled(_FILLERS)  # each filler is used once in the whole sequence
    for index, paragraphs in enumerate(stages):
        feature = f.feature(index)
        slots = job.feature_slots(feature)
        subject = (
            job.fit(
                [
                    *job.shuffled(job.voice.subjects[index]),
                    "{maker}",
                    "{brand}",
                    "{short}",
                    "News from {client}",
                ],
                s_limit,
                heading=True,
                **slots,
            )
            or f.cta
        )
        preheader = (
            job.fit(
                job.shuffled(_PREHEADERS[:3]) + list(_PREHEADERS[3:]),
                p_limit,
                **slots,
            )
            or f.cta
        )
        shown = job.form(feature)
        lab = shown.the_ref if shown.kind in ("np", "np_det") else None
        filler = [job.fill(x, lab=lab or "\x00") or "" for x in fillers]
        text, used = body(job, paragraphs, filler)
        fillers = fillers[used:]
        out.append(Email(subject=subject, preheader=preheader, body=text, send_week=weeks[index]))
    return out


__all__ = ["body", "cta_line", "emails"]
