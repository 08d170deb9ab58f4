"""project_manager: the run's plan — summary, phases (from `core.phases`), deliverables and
success criteria. Internal: the team reads it, so it may name budget and rules."""

from __future__ import annotations

from ...content import Plan, PlanPhase
from ...models import Channel
from .job import Job
from .lexicon import GOAL_VERBS
from .text import an, cap, end, join, lower_first, quoted
from .wording import channel_list, goals_clause, label, plural, style_phrase

_FOCUS = {
    "launch": (
        "Go live on {channels}: publish the page, switch on tracking and lead with {l0}.",
        "Open on every channel at once and put {l0} in front of {segment} first.",
        "Introduce {brand} to {segment} on {channels}, with {l0} as the opening message.",
    ),
    "sustain": (
        "Keep {segment} hearing about {l1} and {l2}, and move spend to what responds.",
        "Rotate the proof ({l1}, then {l2}) and shift budget to the channels that work.",
        "Answer questions from {segment} in the comments and the inbox; give {l1} its turn.",
    ),
    "close": (
        "Ask for the action, “{cta}”, in reminders to everyone who engaged.",
        "Follow up with the people who clicked, with “{cta}” in every message.",
        "Bring the strongest proof, {l0}, back for the final push towards “{cta}”.",
    ),
    "review": (
        "Measure each goal against the KPI plan, report to {client} and keep {segment} warm.",
        "Report the figures per channel ({channels}) to {client} and keep {segment} in touch.",
        "Close the books with results per goal and what {segment} responded to on {channels}.",
    ),
}


def build_plan(job: Job) -> Plan:
    f, b = job.facts, job.brief
    l0 = label(f.feature(0))
    l1, l2 = label(f.feature(1)), label(f.feature(2))
    extra = {"channels": channel_list(f.channels), "l0": l0, "l1": l1, "l2": l2}
    goals = goals_clause(f)
    openers = [
        "{client} has set these goals for {brand}: " + goals + ".",
        "The brief from {client}: " + goals + ", speaking to " + f.audience.text + ".",
    ]
    if all(g.split()[0].lower() in GOAL_VERBS for g in b.goals):
        openers += [
            "{client} wants to " + goals + " with {brand}, speaking to " + f.audience.text + ".",
            "With {brand}, {client} aims to " + goals + ".",
        ]
    spans = [
        f"It runs for {plural(f.weeks, 'week')} on {{channels}}, within a budget of {b.budget}.",
        f"{b.budget} over {plural(f.weeks, 'week')}, on {{channels}}.",
        f"The campaign has {plural(f.weeks, 'week')} and {b.budget} to work with, on {{channels}}.",
    ]
    leads = [
        "The lead message is {l0}; every asset points to one action, “{cta}”.",
        "{L0} leads, and the call to action throughout is “{cta}”.",
        "Every asset ends on the same call, “{cta}”, and opens with {l0}.",
    ]
    lead = job.fill(job.pick(leads), L0=cap(l0), **extra) or ""
    tone = lower_first(b.tone)
    if lead and tone:
        lead += f" The tone is {tone}." if len(tone.split()) <= 4 else f" The tone: {quoted(tone)}."
    summary = " ".join(
        s
        for s in (
            job.fill(job.pick(openers), **extra),
            job.fill(job.pick(spans), **extra),
            lead,
        )
        if s
    )
    phases = []
    for phase in f.phases:
        options = job.shuffled(_FOCUS[phase.key])
        focus = job.fit(options, span=phase.weeks, **extra) or end(phase.purpose)
        phases.append(PlanPhase(name=phase.name, weeks=phase.weeks, focus=focus))
    return Plan(
        summary=summary,
        phases=phases,
        deliverables=_deliverables(job),
        success_criteria=_criteria(job),
    )


def _deliverables(job: Job) -> list[str]:
    f = job.facts
    segs = " and ".join(s.plural for s in f.audience.segments[:2])
    tone_text = lower_first(f.brief.tone)
    tone = f"{an(tone_text)} {tone_text}"
    out = [
        job.pick(
            (
                f"Strategy: positioning for {segs}, value propositions and three pillars",
                f"A strategy that turns {len(f.features)} key features into messages for {segs}",
            )
        ),
        job.pick(
            (
                f"Three personas drawn from the audience ({segs})",
                f"Three audience personas built on {f.segment.plural}, with needs and objections",
            )
        ),
        f"Three creative concepts for {f.segment.plural}, each with a big idea and a tagline, "
        f"in {tone} voice",
        f"Landing-page copy, five headlines and an elevator pitch that name {label(f.feature(0))}",
    ]
    if Channel.EMAIL in f.channels:
        out.append(f"A three-email sequence for {segs} across weeks 1-{f.weeks}")
    if Channel.SEARCH_ADS in f.channels:
        out.append(f"Two search ads that end on “{f.cta}”, with keywords for {segs}")
    if Channel.DISPLAY_ADS in f.channels:
        out.append(f"Two display ads aimed at {segs}, with headlines and descriptions")
    if f.social:
        out.append(
            f"Social posts for {f.segment.plural} on {channel_list(f.social)} under "
            f"{f.campaign_tag}"
        )
    for code in f.extra_languages:
        out.append(f"Key lines, emails and posts in {_language(code)} as well")
    out += [
        f"Calls to action for each funnel stage of {segs}, led by “{f.cta}”",
        f"Visual direction and a hero image in {style_phrase(f)} for {f.segment.plural}",
        f"A media plan, KPI plan and {an(str(f.weeks))} {f.weeks}-week content calendar to reach "
        f"{f.segment.plural} on {channel_list(f.channels)}",
        f"A campaign website and a client summary, both built on {label(f.feature(0))}",
    ]
    return out


def _language(code: str) -> str:
    from ...constraints import language_name

    return language_name(code)


def _criteria(job: Job) -> list[str]:
    f = job.facts
    out = []
    for goal in f.goals:
        text = goal.text.rstrip(". ")
        if goal.has_number:
            how = job.pick(
                (
                    "the figure is met by week {w}, tracked weekly in the KPI plan",
                    "the KPI plan's target for it is reached by week {w}",
                    "progress reported weekly against its figure until week {w}",
                )
            )
        else:
            how = job.pick(
                (
                    "a clear rise against the week-1 baseline by week {w}",
                    "a measured change from the launch baseline, reported by week {w}",
                    "a qualitative KPI agreed with {client}, checked in week {w}",
                )
            )
        out.append(f"{cap(text)}: {how.format(w=f.weeks, client=f.client)}.")
    rules = []
    if f.rules.primary_cta:
        rules.append(f"the call to action “{f.rules.primary_cta}” in every CTA slot")
    if f.rules.must_include:
        rules.append("the required lines on every ad, email and post")
    if f.rules.avoid:
        rules.append(f"none of the {plural(len(f.rules.avoid), 'phrase')} it rules out")
    if f.rules.forbidden_families:
        rules.append(f"no {join(list(f.rules.forbidden_families), 'or')} words")
    if f.rules.bilingual:
        rules.append("copy in " + " and ".join(_language(c) for c in f.rules.languages))
    if rules:
        out.append(cap(f"Every public asset keeps the rules: {', '.join(rules)}."))
    out.append(
        job.pick(
            (
                f"Every asset for {channel_list(f.channels)} passes the quality review.",
                "The review finds every channel's assets within their limits.",
                f"No asset reaches {f.segment.plural} before the quality review passes it.",
            )
        )
    )
    return out


__all__ = ["build_plan"]
