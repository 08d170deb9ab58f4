"""campaign_summary (for the team) and client_summary (for the client): built from the plan,
the creative and the channel copy, so they describe what was actually written."""

from __future__ import annotations

from ...content import CampaignSummary, ClientSummary
from ...models import Channel
from .job import Job
from .nouns import possessive
from .text import an, end, join, lower_first, quoted
from .wording import channel_list, goals_clause, label, plural, style_phrase


def build_campaign_summary(job: Job) -> CampaignSummary:
    f, b = job.facts, job.brief
    creative = job.section_of("creative")
    plan = job.section_of("project_manager")
    copy = job.section_of("copy")
    social = job.section_of("social_media_campaign")
    concept = creative.concepts[creative.recommended] if creative.concepts else None
    weeks = f"{f.weeks}-week"
    overview = " ".join(
        s
        for s in (
            f"{b.campaign_name} is {an(weeks)} {weeks} campaign for "
            f"{possessive(f.client)} {f.product}, "
            f"aimed at {f.audience.text}.",
            f"Goals: {goals_clause(f)}.",
            f"It runs on {channel_list(f.channels)} with {b.budget}, and every asset asks for "
            f"one action: “{f.cta}”.",
            f"The plan for {f.segment.plural} has {plural(len(plan.phases), 'phase')} on "
            f"{plural(len(f.channels), 'channel')}, from "
            f"{plan.phases[0].name.lower()} in week 1 to {plan.phases[-1].name.lower()} in week "
            f"{f.weeks}."
            if plan.phases
            else "",
        )
        if s
    )
    highlights = []
    if concept:
        highlights.append(f"Recommended concept: “{concept.name}”, {quoted(concept.tagline)}.")
    highlights.append(
        f"{len(f.features)} key features turned into messages, led by {label(f.feature(0))}."
    )
    if copy.emails:
        sent = join(sorted({str(e.send_week) for e in copy.emails}, key=int))
        highlights.append(
            f"{len(copy.emails)} emails, sent in weeks {sent}, opening with "
            f"{quoted(copy.emails[0].subject)}."
        )
    if social.posts:
        highlights.append(
            f"{len(social.posts)} social posts for {f.segment.plural} on "
            f"{channel_list(f.social)} under "
            f"{social.campaign_hashtag}."
        )
    if copy.localized:
        names = join([_name(loc.language) for loc in copy.localized])
        highlights.append(f"Key lines, emails and posts also in {names}.")
    risks = []
    if len(f.product) > 40:
        risks.append(
            "The product name is long for ads: where limits are tight, headlines use the "
            f"features and “{f.cta}” instead; agree this with {f.client}."
        )
    if float(b.budget.amount) / max(1, len(f.channels)) < 500:
        risks.append(
            f"{b.budget} is thin for {plural(len(f.channels), 'channel')}: run the first two "
            "weeks as a test and cut the weakest channel."
        )
    if f.weeks <= 3:
        risks.append(
            f"{plural(f.weeks, 'week')} leave little room to optimise: approve creative early."
        )
    if f.rules.any:
        kinds = []
        if f.rules.primary_cta:
            kinds.append(f"the call to action “{f.rules.primary_cta}”")
        if f.rules.must_include:
            kinds.append(plural(len(f.rules.must_include), "required line"))
        if f.rules.avoid:
            kinds.append(plural(len(f.rules.avoid), "phrase") + " to avoid")
        kinds += [f"no {k} words" for k in f.rules.forbidden_families]
        if f.rules.bilingual:
            kinds.append("copy in " + join([_name(c) for c in f.rules.languages]))
        risks.append(
            f"The rules ({join(kinds)}) apply to every public line: check each new asset "
            "against them before it goes out."
        )
    missing = [c for c in f.rules.languages if c != f.language and c not in f.extra_languages]
    if missing:
        names = join([_name(c) for c in missing])
        risks.append(f"No offline copy in {names}: a translator must write those lines.")
    risks.append(
        job.pick(
            (
                f"Benchmarks are averages: after two weeks, replace them with what "
                f"{f.segment.plural} did on {channel_list(f.channels[:2])}.",
                f"The first {plural(min(2, f.weeks), 'week')} of {f.segment.plural} on "
                f"{channel_list(f.channels[:2])} set the baseline: compare every KPI with it.",
            )
        )
    )
    steps = [
        f"Share the strategy and the creative for {f.audience.short or f.segment.plural} with "
        f"{f.client} for sign-off.",
        f"Produce the hero assets around {label(f.feature(0))} and set up tracking on "
        f"{channel_list(f.channels)} before week 1.",
        f"Schedule the calendar and review what {f.segment.plural} did on "
        f"{channel_list(f.channels[:2])} at week {max(1, (f.weeks + 1) // 2)}.",
    ]
    return CampaignSummary(
        overview=overview, highlights=highlights[:5], risks=risks[:3], next_steps=steps
    )


def build_client_summary(job: Job) -> ClientSummary:
    f, b = job.facts, job.brief
    plan = job.section_of("project_manager")
    creative = job.section_of("creative")
    concept = creative.concepts[creative.recommended] if creative.concepts else None
    tagline = concept.tagline if concept else f.product
    joint = " — " if ":" in tagline else ": "
    headline = f"{b.campaign_name}{joint}{tagline}"
    introduction = (
        f"Dear {f.client} team, here is the plan for {f.product}: over {plural(f.weeks, 'week')} "
        f"we will reach {f.audience.short or f.audience.text} on {channel_list(f.channels)}, "
        "working towards your goals "
        f"({goals_clause(f)}). Everything below fits your budget of {b.budget}."
    )
    what = [
        f"Weeks {p.weeks} ({p.name.lower()}): {lower_first(end(p.focus))}" for p in plan.phases
    ][:5]
    if len(what) < 4:
        what.append(f"One call to action on {channel_list(f.channels)}: “{f.cta}”.")
    if len(what) < 4:
        what.append(f"Lead with {label(f.feature(0))} in every channel.")
    segs = join([s.plural for s in f.audience.segments[:2]])
    get = [
        f"A strategy with three messaging pillars for {segs}",
        "Three audience personas and three creative concepts"
        + (f", led by “{concept.name}”" if concept else ""),
        f"Ready-to-use copy: five headlines, landing-page text and a pitch that leads with "
        f"{label(f.feature(0))}",
    ]
    if Channel.EMAIL in f.channels:
        weeks = join(sorted({str(e.send_week) for e in job.section_of("copy").emails}, key=int))
        get.append(f"A three-email sequence for {segs} in weeks {weeks}")
    if f.social:
        count = len(job.section_of("social_media_campaign").posts)
        get.append(
            f"{count} posts that speak to {segs} on {channel_list(f.social)}, under "
            f"{f.campaign_tag}"
        )
    get += [
        f"A media plan that adds up to {b.budget}, with KPI targets and {an(str(f.weeks))} "
        f"{f.weeks}-week "
        "content calendar",
        f"A campaign website, a public landing page that asks {segs} to "
        f"{job.slots['cta_they']}, and a hero image in {style_phrase(f)}",
    ]
    steps = [
        f"Review the three concepts for {segs} and tell us which one to take forward.",
        f"Confirm the split of {b.budget} across {plural(len(f.channels), 'channel')} and the "
        "start date for week 1.",
        f"Send brand assets and photography of {segs} so production can start before week 1.",
    ]
    return ClientSummary(
        headline=headline,
        introduction=introduction,
        what_we_will_do=what,
        what_you_get=get,
        next_steps=steps,
    )


def _name(code: str) -> str:
    from ...constraints import language_name

    return language_name(code)


__all__ = ["build_campaign_summary", "build_client_summary"]
